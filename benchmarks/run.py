"""How fast is twitch-assistant, and does it stay fast as the data grows?

    python benchmarks/run.py                  # the full run, a few minutes
    python benchmarks/run.py --quick          # a smoke run, fewer repetitions
    python benchmarks/run.py --sizes 1,10     # only some data sizes
    python benchmarks/run.py --readme         # the full run, written into README.md too
    python benchmarks/run.py --compiled VENV/bin/python   # and a compiled install beside it

Prints plain-text tables: time per question in-process on the packaged data
and on synthetic data 10x and 100x larger (see synthetic.py), beside a BM25 and
a rapidfuzz retriever over the same examples measured in the same processes
(baselines.py), with the ratios to them and how fast each grows with the data;
10,000 questions piped through ``python -m assistant``, start-up of pipe mode
against ``python -c "import rapidfuzz"``, peak memory, and the project's
targets with PASS or MISS. ``--readme`` also writes the tables into
benchmarks/README.md. ``--compiled`` measures the install of another
interpreter (one compiled by mypyc: see builds.py) in the same run, and adds
its rows beside this checkout's. It never fails on a slow figure: benchmarks
report, people decide.

Every measurement runs in a child process of its own, started the way a user
would start it, so one measurement's caches or memory never leak into another.
Children get a temporary XDG_CACHE_HOME: whatever the engine caches on disk
starts empty, and the user's own cache is neither used nor filled with
synthetic data sets.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builds import Build, compiled, pure

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
QUESTIONS = HERE / "questions.txt"
_RSS_UNIT = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes or KiB


@dataclass(frozen=True)
class Settings:
    """How much to repeat each measurement."""

    asks: int  # timed asks per data size (after one cold pass over the questions)
    loads: int  # Assistant() loads per size; the median is reported
    pipe_lines: int  # questions piped through one `python -m assistant` process
    startup_runs: int  # start-ups of each command; the median is reported


FULL = Settings(asks=6_000, loads=3, pipe_lines=10_000, startup_runs=20)
QUICK = Settings(asks=600, loads=1, pipe_lines=1_000, startup_runs=5)

# The project's targets (issue 11). Lower is better for every one of them.
TARGET_MEDIAN_MS = 0.15
TARGET_P99_MS = 0.6
TARGET_P99_100X_MS = 5.0
TARGET_GROWTH = 0.5  # p99 from 10x to 100x data grows at most as size ** this
TARGET_STARTUP_RATIO = 1.3
TARGET_PIPE_S = 2.0
TARGET_PIPE_LINES = 10_000
TARGET_PIPE_RSS_MB = 40.0
README = HERE / "README.md"
RESULTS_START = "<!-- run.py --readme writes from here -->"
RESULTS_END = "<!-- run.py --readme writes up to here -->"
BASELINES = {"bm25": "BM25", "rapidfuzz": "rapidfuzz"}


@dataclass(frozen=True)
class PipeRun:
    lines: int
    answers: int
    wall_s: float
    peak_rss_mb: float | None
    exit_status: int


@dataclass(frozen=True)
class StartUp:
    runs: int
    pipe_ms: float
    rapidfuzz_ms: float
    python_ms: float  # `python -c pass`: the floor under both
    first_pipe_ms: float  # the very first start, with an empty cache directory
    compiled_ms: float | None = None  # the compiled install's pipe, in the same rounds
    first_compiled_ms: float | None = None

    @property
    def ratio(self) -> float:
        return self.pipe_ms / self.rapidfuzz_ms

    @property
    def compiled_ratio(self) -> float | None:
        return None if self.compiled_ms is None else self.compiled_ms / self.rapidfuzz_ms


@dataclass(frozen=True)
class Measured:
    """One build's figures: in-process per data size, and its piped questions."""

    results: dict[int, dict[str, Any]]
    pipe: PipeRun


# ---------------------------------------------------------------- arguments

def parse_sizes(text: str) -> list[int]:
    """'1,10,100' -> [1, 10, 100]; 1 is the packaged data, N is N times as much."""
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 1,10,100, got {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes are whole numbers from 1 up")
    return sizes


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Timings are printed, never asserted. See benchmarks/README.md.")
    parser.add_argument("--quick", action="store_true",
                        help=f"a smoke run: {QUICK.asks} asks per size, "
                             f"{QUICK.pipe_lines} piped lines, {QUICK.startup_runs} start-ups")
    parser.add_argument("--sizes", type=parse_sizes, default=[1, 10, 100],
                        help="data sizes to measure in-process, as multiples of the "
                             "packaged data (default: 1,10,100)")
    parser.add_argument("--readme", action="store_true",
                        help="also write the tables into benchmarks/README.md, between "
                             "its two run.py markers")
    parser.add_argument("--compiled", metavar="PYTHON",
                        help="also measure the compiled install of this interpreter (a venv "
                             "where TWITCH_ASSISTANT_COMPILE=1 pip install '.[large]' was run "
                             "from this checkout), in the same run, beside this checkout")
    return parser.parse_args(list(argv))


# ---------------------------------------------------------------- child processes

def note(message: str) -> None:
    """Progress on stderr, so stdout stays the table alone."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def measure_inprocess(size: int, data: tuple[Path | None, Path | None], settings: Settings,
                      cache: Path, build: Build) -> dict[str, Any]:
    """Run inprocess.py for one data size in a fresh interpreter of ``build`` and read its
    JSON line."""
    knowledge, intents = data
    command = [build.python, str(HERE / "inprocess.py"), "--questions", str(QUESTIONS),
               "--asks", str(settings.asks), "--loads", str(settings.loads)]
    if knowledge and intents:
        command += ["--knowledge", str(knowledge), "--intents", str(intents)]
    done = subprocess.run(command, capture_output=True, text=True, env=build.env(cache),
                          cwd=build.cwd)
    if done.returncode != 0:
        raise SystemExit(f"in-process benchmark at {size}x ({build.label}) failed:\n"
                         f"{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def pipe_input(lines: int) -> bytes:
    """``lines`` questions from questions.txt, repeated in order, one per line."""
    questions = [q for q in QUESTIONS.read_text(encoding="utf-8").splitlines() if q.strip()]
    return "".join(f"{questions[i % len(questions)]}\n" for i in range(lines)).encode()


def measure_pipe(lines: int, cache: Path, build: Build) -> PipeRun:
    """Wall time and peak memory of one `python -m assistant --json --independent` run.

    One unmeasured start comes first, so the run sees what a user's second run
    sees (bytecode written, any engine cache filled). Answers go to a file, so the
    child never waits on a full pipe; the child is reaped with os.wait4, which
    returns that one process's rusage (RUSAGE_CHILDREN would also count the
    in-process workers).
    """
    data = pipe_input(lines)
    command = [build.python, "-m", "assistant", "--json", "--independent"]
    time_command(command, b"hi\n", cache, build)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter_ns()
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=err,
                                 env=build.env(cache), cwd=build.cwd)
        assert child.stdin is not None
        try:
            child.stdin.write(data)
            child.stdin.close()
        except BrokenPipeError:  # the child died early; its exit status tells why
            pass
        status, peak = _reap(child)
        wall_s = (time.perf_counter_ns() - start) / 1e9
        out.seek(0)
        answers = sum(1 for line in out if line.strip())
    return PipeRun(lines, answers, wall_s, peak, status)


def _reap(child: subprocess.Popen[bytes]) -> tuple[int, float | None]:
    """Wait for a child; its exit status and peak RSS in MB (None where unknown).

    On Linux a child's ru_maxrss starts at its parent's peak, so the figure only
    means something while this driver stays smaller than the child; it does (the
    data is generated and measured in other processes), and it is checked here.
    """
    if not hasattr(os, "wait4"):
        return child.wait(), None
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if usage.ru_maxrss <= own:
        return child.returncode, None
    return child.returncode, usage.ru_maxrss / _RSS_UNIT


def time_command(command: list[str], stdin: bytes, cache: Path, build: Build) -> float:
    """Milliseconds from spawning a command, as ``build``'s children are started, to its exit."""
    start = time.perf_counter_ns()
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=build.env(cache), cwd=build.cwd, check=True)
    return (time.perf_counter_ns() - start) / 1e6


def measure_startup(runs: int, cache: Path, other: Build | None) -> StartUp:
    """Median start-up of `echo hi | python -m assistant` and of `python -c 'import rapidfuzz'`,
    and of the compiled install's pipe when there is ``other``.

    They are interleaved, so a busy moment on the machine hits all alike. Each is run
    once first, so all are measured with warm file caches and bytecode; that first
    pipe start, made with an empty cache directory, is reported apart.
    """
    checkout = pure()
    commands = {"pipe": ([sys.executable, "-m", "assistant"], checkout),
                "rapidfuzz": ([sys.executable, "-c", "import rapidfuzz"], checkout),
                "python": ([sys.executable, "-c", "pass"], checkout)}
    if other:
        commands["compiled"] = ([other.python, "-m", "assistant"], other)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs + 1):
        for name, (command, build) in commands.items():
            times[name].append(time_command(command, b"hi\n", cache, build))
    pipe, rapidfuzz, python = (statistics.median(times[name][1:])
                               for name in ("pipe", "rapidfuzz", "python"))
    if not other:
        return StartUp(runs, pipe, rapidfuzz, python, first_pipe_ms=times["pipe"][0])
    return StartUp(runs, pipe, rapidfuzz, python, first_pipe_ms=times["pipe"][0],
                   compiled_ms=statistics.median(times["compiled"][1:]),
                   first_compiled_ms=times["compiled"][0])


# ---------------------------------------------------------------- data

def grow_data(size: int, into: Path) -> tuple[Path | None, Path | None]:
    """Knowledge and intents directories for a size: None for the packaged data (1x),
    else a grown copy written by synthetic.py in a child process (see its docstring)."""
    if size == 1:
        return None, None
    note(f"generating {size}x data")
    command = [sys.executable, str(HERE / "synthetic.py"), str(size), str(into)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"generating {size}x data failed:\n{done.stderr}")
    paths = json.loads(done.stdout)
    return Path(paths["knowledge"]), Path(paths["intents"])


# ---------------------------------------------------------------- tables

def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Plain-text columns: the first left-aligned, the others right-aligned."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [str(cell).ljust(w) if i == 0 else str(cell).rjust(w)
                 for i, (cell, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def ms(value: float) -> str:
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def data_table(results: dict[int, dict[str, Any]]) -> str:
    """Per data size: how much data, how long Assistant() takes, peak memory."""
    headers = ["data", "intents", "examples", "nutrients", "foods", "groups",
               "first load ms", "load ms", "import ms", "peak RSS MB"]
    rows = [[f"{size}x", f"{r['intents']:,}", f"{r['examples']:,}", f"{r['nutrients']:,}",
             f"{r['foods']:,}", f"{r['groups']:,}", ms(r["first_load_ms"]), ms(r["load_ms"]),
             ms(r["import_ms"]), f"{r['peak_rss_mb']:.1f}"]
            for size, r in results.items()]
    return format_table(headers, rows)


def asks_table(results: dict[int, dict[str, Any]],
               compiled: dict[int, dict[str, Any]] | None = None) -> str:
    """Per data size: milliseconds per question for the assistant (cold: first sight;
    then repeated) and for the two baselines on the same questions; then the same for the
    compiled install, with the baselines measured in its own processes."""
    headers = ["in-process, per question", "cold median", "asks", "mean", "median", "p99",
               "max"]
    rows = []
    for size in results:
        for label, build in (("assistant", results), ("compiled", compiled or {})):
            if size not in build:
                continue
            r = build[size]
            beside = "" if label == "assistant" else " (compiled run)"
            rows.append([f"{size}x {label}", f"{ms(r['cold_median_ms'])} ms", f"{r['asks']:,}",
                         *(f"{ms(r[key])} ms" for key in ("mean_ms", "median_ms", "p99_ms",
                                                          "max_ms"))])
            for key, name in BASELINES.items():
                b = r["baselines"][key]
                rows.append([f"{size}x {name}{beside}", "", f"{r['asks']:,}",
                             *(f"{ms(b[k])} ms" for k in ("mean_ms", "median_ms", "p99_ms",
                                                          "max_ms"))])
    return format_table(headers, rows)


def ratios_table(results: dict[int, dict[str, Any]],
                 compiled: dict[int, dict[str, Any]] | None = None) -> str:
    """The assistant's time per question divided by each baseline's, per data size; the
    compiled install's by the baselines measured in its own processes."""
    headers = ["assistant / baseline", *(f"{stat} / {label}" for label in BASELINES.values()
                                         for stat in ("mean", "median", "p99"))]

    def row(label: str, r: dict[str, Any]) -> list[str]:
        return [label, *(f"{r[f'{stat}_ms'] / r['baselines'][key][f'{stat}_ms']:.2f}x"
                         for key in BASELINES for stat in ("mean", "median", "p99"))]

    rows = []
    for size, r in results.items():
        rows.append(row(f"{size}x data", r))
        if compiled and size in compiled:
            rows.append(row(f"{size}x data, compiled", compiled[size]))
    return format_table(headers, rows)


def growth_pair(results: dict[int, dict[str, Any]]) -> tuple[int, int] | None:
    """The two sizes growth is judged between: 10x and 100x, else the two largest."""
    if 10 in results and 100 in results:
        return 10, 100
    sizes = sorted(results)
    return (sizes[-2], sizes[-1]) if len(sizes) > 1 else None


def exponent(small: float, large: float, factor: float) -> float:
    """k in time = c * size ** k: 1 is linear growth, 0 none."""
    return math.log(large / small) / math.log(factor)


def growth_table(results: dict[int, dict[str, Any]],
                 compiled: dict[int, dict[str, Any]] | None = None) -> str:
    """How time per question grows with the data, as the exponent k of size ** k."""
    pair = growth_pair(results)
    if pair is None:
        return "growth: needs two data sizes"
    factor = pair[1] / pair[0]

    def row(label: str, small: dict[str, float], large: dict[str, float]) -> list[str]:
        return [label, *(f"{exponent(small[f'{stat}_ms'], large[f'{stat}_ms'], factor):.2f}"
                         for stat in ("mean", "median", "p99"))]

    small, large = results[pair[0]], results[pair[1]]
    rows = [row("assistant", small, large)]
    if compiled:
        rows.append(row("compiled", compiled[pair[0]], compiled[pair[1]]))
    rows += [row(label, small["baselines"][key], large["baselines"][key])
             for key, label in BASELINES.items()]
    return format_table([f"growth {pair[0]}x -> {pair[1]}x (k in size ** k)", "mean", "median",
                         "p99"], rows)


def pipe_rows(pipe: PipeRun, suffix: str = "") -> list[list[str]]:
    """The rows of one build's piped questions."""
    rss = f"{pipe.peak_rss_mb:.1f} MB" if pipe.peak_rss_mb is not None else "n/a"
    answered = (f"{pipe.answers:,} answers" if pipe.exit_status == 0
                else f"{pipe.answers:,} answers, exit status {pipe.exit_status}")
    return [
        [f"{pipe.lines:,} piped questions, wall time{suffix}", f"{pipe.wall_s:.2f} s", answered],
        ["  per question, start-up included", f"{pipe.wall_s * 1000 / pipe.lines:.3f} ms", ""],
        ["  peak RSS of the pipe process", rss, "os.wait4 rusage"],
    ]


def process_table(pipe: PipeRun, startup: StartUp, compiled: PipeRun | None = None) -> str:
    rows = pipe_rows(pipe)
    if compiled:
        rows += pipe_rows(compiled, ", compiled")
    rows += [
        ["start-up, echo hi | python -m assistant", f"{startup.pipe_ms:.1f} ms",
         f"median of {startup.runs}"],
    ]
    if startup.compiled_ms is not None:
        rows.append(["start-up, the same compiled", f"{startup.compiled_ms:.1f} ms",
                     f"median of {startup.runs}"])
    rows += [
        ["start-up, python -c 'import rapidfuzz'", f"{startup.rapidfuzz_ms:.1f} ms",
         f"median of {startup.runs}"],
        ["start-up, python -c pass", f"{startup.python_ms:.1f} ms",
         f"median of {startup.runs}, the floor"],
        ["first start, empty cache directory", f"{startup.first_pipe_ms:.1f} ms",
         "1 run, not in the median"],
    ]
    if startup.first_compiled_ms is not None:
        rows.append(["first start compiled, empty cache directory",
                     f"{startup.first_compiled_ms:.1f} ms", "1 run, not in the median"])
    rows.append(["start-up ratio", f"{startup.ratio:.2f}x", ""])
    if startup.compiled_ratio is not None:
        rows.append(["start-up ratio, compiled", f"{startup.compiled_ratio:.2f}x", ""])
    return format_table(["end to end (python -m assistant)", "measured", "note"], rows)


def verdict(measured: float | None, limit: float, strict: bool = False) -> str:
    if measured is None:
        return "not run"
    ok = measured < limit if strict else measured <= limit
    return "PASS" if ok else "MISS"


def target_rows(results: dict[int, dict[str, Any]], pipe: PipeRun, ratio: float | None,
                suffix: str = "") -> list[list[str]]:
    """One build's figures against issue 11's targets: measured, limit and verdict."""
    packaged, largest = results.get(1), results.get(100)
    judged = pipe.lines == TARGET_PIPE_LINES and pipe.exit_status == 0
    piped = pipe.wall_s if judged else None
    pipe_rss = pipe.peak_rss_mb if judged else None
    pipe_note = "" if pipe.lines == TARGET_PIPE_LINES else f" (ran {pipe.lines:,}: not judged)"
    growth = None
    if 10 in results and 100 in results:
        growth = exponent(results[10]["p99_ms"], results[100]["p99_ms"], 10)

    def get(result: dict[str, Any] | None, key: str) -> float | None:
        return result[key] if result else None

    rows: list[tuple[str, float | None, Callable[[float], str], str, str]] = [
        ("median per question, 1x", get(packaged, "median_ms"), lambda v: f"{v:.3f} ms",
         f"<= {TARGET_MEDIAN_MS} ms", verdict(get(packaged, "median_ms"), TARGET_MEDIAN_MS)),
        ("p99 per question, 1x", get(packaged, "p99_ms"), lambda v: f"{v:.3f} ms",
         f"<= {TARGET_P99_MS:g} ms", verdict(get(packaged, "p99_ms"), TARGET_P99_MS)),
        ("p99 per question, 100x", get(largest, "p99_ms"), lambda v: f"{v:.3f} ms",
         f"<= {TARGET_P99_100X_MS:g} ms", verdict(get(largest, "p99_ms"), TARGET_P99_100X_MS)),
        ("p99 growth 10x -> 100x, k in size ** k", growth, lambda v: f"{v:.2f}",
         f"< {TARGET_GROWTH}", verdict(growth, TARGET_GROWTH, strict=True)),
        ("pipe start-up / import rapidfuzz", ratio, lambda v: f"{v:.2f}x",
         f"<= {TARGET_STARTUP_RATIO}x", verdict(ratio, TARGET_STARTUP_RATIO)),
        (f"{TARGET_PIPE_LINES:,} piped questions{pipe_note}", piped, lambda v: f"{v:.2f} s",
         f"< {TARGET_PIPE_S:g} s", verdict(piped, TARGET_PIPE_S, strict=True)),
        (f"peak RSS, {TARGET_PIPE_LINES:,} piped{pipe_note}", pipe_rss, lambda v: f"{v:.1f} MB",
         f"< {TARGET_PIPE_RSS_MB:g} MB", verdict(pipe_rss, TARGET_PIPE_RSS_MB, strict=True)),
    ]
    return [[label + suffix, shown(value) if value is not None else "-", limit, result]
            for label, value, shown, limit, result in rows]


def targets_table(results: dict[int, dict[str, Any]], pipe: PipeRun, startup: StartUp,
                  compiled: Measured | None = None) -> str:
    """The targets for this checkout (the pure fallback), then for the compiled install,
    which is what `pip install .` gives wherever a C compiler is found, when measured."""
    rows = target_rows(results, pipe, startup.ratio)
    if compiled:
        rows += target_rows(compiled.results, compiled.pipe, startup.compiled_ratio,
                            ", compiled")
    return format_table(["target", "measured", "limit", "result"], rows)


def header(settings: Settings, quick: bool, load: float, build_line: str = "") -> str:
    """What was measured, and on what: figures only compare between alike headers."""
    mode = "quick (smoke run, not for comparison)" if quick else "full"
    return (f"twitch-assistant benchmarks, {mode}, at {revision()}\n"
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs, load average {load:.2f} at start\n"
            + (f"{build_line}\n" if build_line else "")
            + f"{len(QUESTIONS.read_text(encoding='utf-8').splitlines())} questions from "
            f"benchmarks/questions.txt; {settings.asks:,} timed asks per data size "
            f"after one cold pass")


def revision() -> str:
    """The checkout's commit, '-dirty' when files differ from it ('unknown' without git)."""
    try:
        done = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True,
                              text=True, cwd=REPO, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown revision"
    return done.stdout.strip() or "unknown revision"


# ---------------------------------------------------------------- main

def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    settings = QUICK if args.quick else FULL
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    builds = [pure()]
    with tempfile.TemporaryDirectory(prefix="twitch-bench-") as tmp:
        root = Path(tmp)
        build_line = ""
        if args.compiled:
            install, build_line = compiled(args.compiled, root / "compiled")
            note(build_line)
            builds.append(install)
        note(f"start-up, {settings.startup_runs} runs of each command")
        startup = measure_startup(settings.startup_runs, root / "cache-startup",
                                  builds[1] if len(builds) > 1 else None)
        results: dict[str, dict[int, dict[str, Any]]] = {build.label: {} for build in builds}
        for size in args.sizes:
            data = grow_data(size, root)
            for build in builds:  # the same data, one build after the other
                note(f"in-process, {size}x data, {build.label}")
                results[build.label][size] = measure_inprocess(
                    size, data, settings, root / f"cache-{size}x-{build.label}", build)
        pipes = {}
        for build in builds:
            note(f"piping {settings.pipe_lines:,} questions, {build.label}")
            pipes[build.label] = measure_pipe(settings.pipe_lines,
                                              root / f"cache-pipe-{build.label}", build)
    mine, pipe = results["assistant"], pipes["assistant"]
    other_results = results.get("compiled")
    other = Measured(other_results, pipes["compiled"]) if other_results is not None else None
    report = "\n\n".join([header(settings, args.quick, load, build_line), data_table(mine),
                           asks_table(mine, other_results), ratios_table(mine, other_results),
                           growth_table(mine, other_results),
                           process_table(pipe, startup, other.pipe if other else None),
                           targets_table(mine, pipe, startup, other)])
    print(report)
    if args.readme:
        write_readme(report, compiled=bool(args.compiled))
        note(f"written into {README}")
    return 0


def write_readme(report: str, compiled: bool = False) -> None:
    """Put the report, as a code block, between README.md's two markers."""
    text = README.read_text(encoding="utf-8")
    try:
        before, rest = text.split(RESULTS_START, 1)
        _, after = rest.split(RESULTS_END, 1)
    except ValueError:
        raise SystemExit(f"{README} has no '{RESULTS_START}' ... '{RESULTS_END}' block") from None
    command = "python benchmarks/run.py --readme" + (" --compiled VENV/bin/python" if compiled
                                                      else "")
    block = f"{RESULTS_START}\nProduced by `{command}`:\n\n```\n{report}\n```\n{RESULTS_END}"
    README.write_text(before + block + after, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
