"""Where the time goes, for the targets run.py reports as MISS.

    python benchmarks/hotspots.py imports            # -X importtime of a pipe-mode start
    python benchmarks/hotspots.py startup            # a pipe-mode start, phase by phase
    python benchmarks/hotspots.py asks --size 100    # cProfile of Assistant.ask
    python benchmarks/hotspots.py slowest --size 1   # the slowest questions, one by one

run.py says how fast; this says why, in the same terms the README uses, so
each finding there can be reproduced with one command. Start-ups are measured
with warm bytecode and a warm engine cache (one unmeasured start first), as in
run.py; engine caches go to a temporary directory, never the user's.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from builds import child_env
from run import QUESTIONS, REPO, format_table, note

PIPE = [sys.executable, "-m", "assistant"]


def questions() -> list[str]:
    return [q for q in QUESTIONS.read_text(encoding="utf-8").splitlines() if q.strip()]


# ---------------------------------------------------------------- start-up

def imports(top: int, cache: Path) -> str:
    """What a pipe-mode start imports beyond `python -c 'import rapidfuzz'`, the baseline
    of the start-up target, from `python -X importtime` of both (self times summed)."""
    subprocess.run(PIPE, input=b"hi\n", capture_output=True, env=child_env(cache), cwd=REPO)
    pipe = _import_log(PIPE[1:], cache)
    baseline = {row[0] for row in _import_log(["-c", "import rapidfuzz"], cache)}
    extra = [row for row in pipe if row[0] not in baseline]
    total, extra_total = sum(row[1] for row in pipe), sum(row[1] for row in extra)
    by_package: dict[str, int] = defaultdict(int)
    for name, own, _, _ in extra:
        by_package[_package(name)] += own
    packages = sorted(by_package.items(), key=lambda item: -item[1])[:top]
    slowest = sorted(extra, key=lambda row: -row[1])[:top]
    return "\n\n".join([
        f"imports of `echo hi | python -m assistant`: {total / 1000:.1f} ms; of them, "
        f"{extra_total / 1000:.1f} ms are modules `python -c 'import rapidfuzz'` never loads",
        format_table(["extra imports by package", "self ms", "share of extra"],
                     [[name, f"{own / 1000:.1f}", f"{own / extra_total:.0%}"]
                      for name, own in packages]),
        format_table(["extra module", "self ms", "cumulative ms", "imported by"],
                     [[name, f"{own / 1000:.1f}", f"{cumulative / 1000:.1f}", parent]
                      for name, own, cumulative, parent in slowest]),
    ])


def _import_log(args: list[str], cache: Path) -> list[tuple[str, int, int, str]]:
    """(module, self us, cumulative us, importing module) for each line of -X importtime.

    The log lists a module after everything it imported, one level less indented,
    so a module's importer is the next line that is less indented than its own.
    """
    done = subprocess.run([sys.executable, "-X", "importtime", *args], input=b"hi\n",
                          capture_output=True, env=child_env(cache), cwd=REPO, check=True)
    parsed = []
    for line in done.stderr.decode().splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            parsed.append((match.group(4), int(match.group(1)), int(match.group(2)),
                           len(match.group(3))))
    rows = []
    for index, (name, own, cumulative, depth) in enumerate(parsed):
        parent = next((other for other, _, _, d in parsed[index + 1:] if d < depth), "-")
        rows.append((name, own, cumulative, parent))
    return rows


def _package(module: str) -> str:
    """'assistant.engine' -> 'assistant'; standard-library modules are grouped together."""
    first = module.split(".")[0]
    if first in ("assistant", "rapidfuzz", "yaml", "prompt_toolkit", "_yaml"):
        return first
    return first if first in sys.stdlib_module_names else f"{first} (other)"


# The phases as a piped start runs them: the entry point imports the CLI with the
# collector paused and then freezes what it imported, and the CLI loads the engine
# likewise (assistant/__main__.py, cli._load_for_good); without that, the first ask
# would be timed with a collection over everything loaded.
_PHASES = """
import gc, json, sys, time
start = time.perf_counter()
import rapidfuzz.process, rapidfuzz.distance.OSA
rapidfuzz_done = time.perf_counter()
gc.disable()
import assistant.__main__, assistant.cli
gc.freeze(); gc.enable()
imported = time.perf_counter()
from assistant.engine import Assistant
gc.disable()
bot = Assistant()
gc.freeze(); gc.enable()
loaded = time.perf_counter()
bot.ask("hi")
answered = time.perf_counter()
print(json.dumps({"import rapidfuzz": rapidfuzz_done - start,
                  "import assistant and its CLI": imported - rapidfuzz_done,
                  "Assistant() with a warm cache": loaded - imported,
                  "ask('hi')": answered - loaded}))
"""


def startup(runs: int, cache: Path) -> str:
    """A pipe-mode start split into phases, timed inside fresh interpreters (median of
    ``runs``), beside the two whole-process baselines run.py compares."""
    env = child_env(cache)
    subprocess.run(PIPE, input=b"hi\n", capture_output=True, env=env, cwd=REPO)
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _PHASES], capture_output=True, env=env,
                              cwd=REPO, check=True)
        for phase, seconds in json.loads(done.stdout).items():
            samples[phase].append(seconds * 1000)
        for name, command in (("whole `python -c pass`", ["-c", "pass"]),
                              ("whole `python -c 'import rapidfuzz'`", ["-c", "import rapidfuzz"]),
                              ("whole `echo hi | python -m assistant`", PIPE[1:])):
            begin = time.perf_counter_ns()
            subprocess.run([sys.executable, *command], input=b"hi\n", capture_output=True,
                           env=env, cwd=REPO, check=True)
            samples[name].append((time.perf_counter_ns() - begin) / 1e6)
    rows = [[phase, f"{statistics.median(times):.1f}"] for phase, times in samples.items()]
    return format_table([f"start-up phase (median of {runs} fresh interpreters)", "ms"], rows)


# ---------------------------------------------------------------- asking

def load_assistant(size: int, into: Path) -> Any:
    """An Assistant on the packaged data (size 1) or on data grown ``size`` times."""
    sys.path.insert(0, str(REPO))
    from assistant import Assistant

    if size == 1:
        return Assistant()
    import synthetic

    note(f"generating {size}x data")
    grown = synthetic.grow(REPO / "knowledge", REPO / "intents", size, into)
    return Assistant(knowledge=grown.knowledge, intents=grown.intents)


def asks(size: int, passes: int, top: int, into: Path, cold: bool = False,
         longer_than: int = 0) -> str:
    """cProfile of ``passes`` rounds over the questions, after one unprofiled round;
    with ``cold``, of that first round alone (each question seen for the first time);
    with ``longer_than``, of the long questions only (the ones that make the p99). With
    only a few questions in a round, the matcher may still hold their units' scores from
    the round before (it keeps the last 8): its share is then understated."""
    bot = load_assistant(size, into)
    mix = [question for question in questions() if len(question) > longer_than]
    if cold:
        passes = 1
    else:
        for question in mix:
            bot.ask(question)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(passes):
        for question in mix:
            bot.ask(question)
    profiler.disable()
    stats = pstats.Stats(profiler)
    longer = f" of questions over {longer_than} characters" if longer_than else ""
    header = f"{passes * len(mix):,} {'cold ' if cold else ''}asks{longer} on {size}x data"
    return "\n\n".join([header, profile_table(stats, top, "cumulative"),
                        profile_table(stats, top, "tottime")])


def slowest(size: int, repeats: int, top: int, into: Path) -> str:
    """Median ms per question over ``repeats`` asks each: which questions make the p99.

    The asks go round all the questions ``repeats`` times rather than repeating one
    question: the matcher keeps the scores of the last few units it ranked, so a
    question asked again at once would be timed without its matching."""
    bot = load_assistant(size, into)
    mix = questions()
    samples: dict[str, list[float]] = {question: [] for question in mix}
    for question in mix:
        bot.ask(question)
    for _ in range(repeats):
        for question in mix:
            start = time.perf_counter_ns()
            bot.ask(question)
            samples[question].append((time.perf_counter_ns() - start) / 1e6)
    timings = [(statistics.median(times), question) for question, times in samples.items()]
    timings.sort(reverse=True)
    total = sum(t for t, _ in timings)
    rows = [[f"{ms:.3f}", f"{ms / total:.0%}", _short(q, 70)] for ms, q in timings[:top]]
    return (f"median of {repeats} asks per question on {size}x data; all {len(timings)} "
            f"questions once: {total:.1f} ms\n\n"
            + format_table(["ms", "share", "question"], rows))


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


# ---------------------------------------------------------------- tables

def profile_table(stats: pstats.Stats, top: int, order: str) -> str:
    """The top functions of a profile by own ('tottime') or cumulative time."""
    entries: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    column = 2 if order == "tottime" else 3
    ranked = sorted(entries.items(), key=lambda item: -item[1][column])[:top]
    rows = [[_where(key), f"{value[1]:,}", f"{value[2] * 1000:.1f}", f"{value[3] * 1000:.1f}",
             f"{value[column] / total:.0%}"] for key, value in ranked]
    title = "by own time" if order == "tottime" else "by cumulative time"
    return format_table([f"function ({title}; total {total * 1000:.1f} ms)", "calls",
                         "own ms", "cum ms", "share"], rows)


def _where(key: tuple[str, int, str]) -> str:
    """'assistant/matcher.py:120(_score)', or the built-in's name."""
    file, line, name = key
    if file == "~":
        return name
    path = Path(file)
    for root in (REPO, Path(sys.prefix)):
        try:
            path = path.relative_to(root)
            break
        except ValueError:
            continue
    parts = path.parts
    short = "/".join(parts[-2:]) if len(parts) > 1 else path.name
    return f"{short}:{line}({name})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["imports", "startup", "asks", "slowest"])
    parser.add_argument("--size", type=int, default=1, help="data size for asks/slowest")
    parser.add_argument("--passes", type=int, default=20, help="rounds of questions for asks")
    parser.add_argument("--repeats", type=int, default=20,
                        help="asks per question for slowest; fresh interpreters for startup")
    parser.add_argument("--top", type=int, default=20, help="rows per table")
    parser.add_argument("--cold", action="store_true",
                        help="asks: profile the first round only, before any cache is warm")
    parser.add_argument("--longer-than", type=int, default=0, metavar="CHARS",
                        help="asks: only the questions longer than this")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="twitch-profile-") as tmp:
        root = Path(tmp)
        # In-process loads too keep their engine cache out of the user's (see run.py).
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")
        if args.what == "imports":
            print(imports(args.top, root / "cache"))
        elif args.what == "startup":
            print(startup(args.repeats, root / "cache"))
        elif args.what == "asks":
            print(asks(args.size, args.passes, args.top, root, cold=args.cold,
                       longer_than=args.longer_than))
        else:
            print(slowest(args.size, args.repeats, args.top, root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
