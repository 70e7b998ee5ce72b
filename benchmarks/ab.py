"""Two source trees side by side: CPU per question, or a piped start, taken alternately.

    git worktree add /tmp/before HEAD~1
    python benchmarks/ab.py asks /tmp/before .        # CPU (process_time) per ask
    python benchmarks/ab.py asks /tmp/before . --size 100   # on data grown 100 times
    python benchmarks/ab.py ranks /tmp/before .       # CPU per matcher call alone
    python benchmarks/ab.py startup /tmp/before .     # `echo hi | python -m assistant`
    python benchmarks/ab.py together /tmp/before .    # both trees in one process, ask by ask

On a machine shared with others, wall-clock time per question moves with their load
by more than most changes save. CPU time of the asking process moves far less, and
running the two trees in turn, one fresh interpreter each, spreads what is left over
both; so a saving of a few percent shows as the same shift in every row. A start-up
is timed from outside, wall clock and the child's CPU (its rusage, from os.wait4),
beside `python -c "import rapidfuzz"` (run.py's baseline) in the same rounds.

A few percent is about what separate interpreters still differ by (each has its own
hash seed, memory layout and moment of the machine), and the tree run second in a pair
can gain from it. ``together`` imports both trees' packages side by side in each of
``--pairs`` interpreters (copied under other names) and asks every benchmark question of
each tree in turn, in shuffled order, so that both meet the same moments of the machine;
it prints medians of the runs and the median of the runs' ratios to the first tree.

Each tree is imported from its own directory (run there, with it on PYTHONPATH: `-c`
and `-m` put the working directory first) with a cache directory of this run's own,
so neither reads the other's compiled build or the user's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from builds import child_env
from run import QUESTIONS, REPO, format_table, note

_ASKS = """
import json, math, random, sys, time
from assistant import Assistant
bot = Assistant(*sys.argv[3:5])  # the grown data's knowledge and intents, if given
questions = [q for q in open(sys.argv[1], encoding="utf-8").read().splitlines() if q.strip()]
for question in questions:
    bot.ask(question)  # first asks fill the per-word caches: not what is compared
rng, samples, clock = random.Random(7), [], time.process_time_ns
for _ in range(int(sys.argv[2])):
    rng.shuffle(questions)
    for question in questions:
        start = clock()
        bot.ask(question)
        samples.append((clock() - start) / 1e6)
samples.sort()
at = lambda f: samples[max(1, math.ceil(f * len(samples))) - 1]
print(json.dumps({"median": at(0.5), "p99": at(0.99), "mean": sum(samples) / len(samples)}))
"""
# The matcher's part of the asks: the calls the engine makes to the matcher for each
# benchmark question (rank, or leading where the matcher has it: see
# OverlapMatcher.leading) are recorded, then made again in shuffled rounds. The matcher
# keeps the last few units' scores, which a question asked again in the real rounds
# seldom finds (see matcher.UNITS_KEPT): they are cleared before each timed call.
_RANKS = """
import json, math, random, sys, time
from assistant import Assistant
bot = Assistant(*sys.argv[3:5])
matcher, calls = bot.matcher, []
methods = [name for name in ("rank", "leading") if hasattr(matcher, name)]
class Recording(type(matcher)):  # the engine's calls, made by the matcher itself
    pass
def recorder(name):
    method = getattr(matcher, name)
    def recording(self, whole, clauses, *rest):
        calls.append((method, tuple(whole), tuple(map(tuple, clauses)), rest))
        return method(whole, clauses, *rest)
    return recording
for name in methods:
    setattr(Recording, name, recorder(name))
recording = Recording.__new__(Recording)
recording.__setstate__(matcher.__getstate__())
bot.matcher = recording
for question in open(sys.argv[1], encoding="utf-8").read().splitlines():
    if question.strip():
        bot.ask(question)
bot.matcher = matcher
kept = [matcher._scored, matcher._scored_arrays, matcher._queried]
rng, samples, clock = random.Random(7), [], time.process_time_ns
for _ in range(int(sys.argv[2])):
    rng.shuffle(calls)
    for method, whole, clauses, rest in calls:
        for cache in kept:
            cache.cache_clear()
        start = clock()
        method(whole, clauses, *rest)
        samples.append((clock() - start) / 1e3)
samples.sort()
at = lambda f: samples[max(1, math.ceil(f * len(samples))) - 1]
print(json.dumps({"median": at(0.5), "p99": at(0.99), "mean": sum(samples) / len(samples)}))
"""
# Both trees in one process (see the module doc): argv is the scratch directory the
# packages were copied into, the questions, the rounds, then each tree's data directory.
_TOGETHER = """
import json, math, random, sys, time
from importlib import import_module
sys.path.insert(0, sys.argv[1])
trees = sys.argv[4:]
bots = [import_module(f"tree{number}.engine").Assistant(f"{tree}/knowledge", f"{tree}/intents")
        for number, tree in enumerate(trees)]
questions = [q for q in open(sys.argv[2], encoding="utf-8").read().splitlines() if q.strip()]
for bot in bots:
    for question in questions:
        bot.ask(question)
rng, clock, order = random.Random(7), time.process_time_ns, list(range(len(bots)))
samples = [[] for _ in bots]
for _ in range(int(sys.argv[3])):
    rng.shuffle(questions)
    for question in questions:
        rng.shuffle(order)
        for number in order:
            start = clock()
            bots[number].ask(question)
            samples[number].append((clock() - start) / 1e6)
figures = []
for times in samples:
    times.sort()
    at = lambda f: times[max(1, math.ceil(f * len(times))) - 1]
    figures.append({"median": at(0.5), "p99": at(0.99), "mean": sum(times) / len(times)})
print(json.dumps(figures))
"""


def together(trees: list[Path], rounds: int, scratch: Path) -> list[dict[str, float]]:
    """CPU milliseconds per ask (median, p99, mean) of each tree, all asked in one fresh
    interpreter, question by question; the packages are copied as tree0, tree1, ... and
    read their own data with the cache off (a copied package has no data beside it)."""
    import shutil

    packages = scratch / "packages"
    if not packages.exists():
        for number, tree in enumerate(trees):
            shutil.copytree(tree / "assistant", packages / f"tree{number}",
                            ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    env = child_env(scratch)
    env["TWITCH_ASSISTANT_NO_CACHE"] = "1"
    done = subprocess.run([sys.executable, "-c", _TOGETHER, str(packages), str(QUESTIONS),
                           str(rounds), *(str(tree.resolve()) for tree in trees)],
                          capture_output=True, text=True, check=True, env=env)
    figures: list[dict[str, float]] = json.loads(done.stdout)
    return figures


def asks(tree: Path, rounds: int, cache: Path, data: list[str],
         script: str = _ASKS) -> dict[str, float]:
    """One fresh interpreter's CPU milliseconds per ask for this tree (median, p99, mean),
    on the packaged data or on ``data`` (a knowledge and an intents directory); with the
    ``_RANKS`` script, its CPU microseconds per call the engine makes to the matcher."""
    done = subprocess.run([sys.executable, "-c", script, str(QUESTIONS), str(rounds), *data],
                          capture_output=True, text=True, check=True, env=_env(tree, cache),
                          cwd=tree)
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def startup(tree: Path | None, cache: Path) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one piped question (or, with no tree, of
    `python -c "import rapidfuzz"`), from start to exit."""
    command = ["-m", "assistant"] if tree else ["-c", "import rapidfuzz"]
    env = _env(tree, cache) if tree else child_env(cache)
    begin = time.perf_counter_ns()
    child = subprocess.Popen([sys.executable, *command], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, env=env, cwd=tree)
    assert child.stdin is not None
    child.stdin.write(b"hi\n")
    child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter_ns() - begin) / 1e6
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def _env(tree: Path, cache: Path) -> dict[str, str]:
    """child_env, with this tree's package first on the path instead of this checkout's."""
    env = child_env(cache)
    env["PYTHONPATH"] = str(tree.resolve())
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measure", choices=("asks", "ranks", "startup", "together"))
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--pairs", type=int, default=8, help="runs of each tree, in turn")
    parser.add_argument("--rounds", type=int, default=10,
                        help="asks, ranks, together: rounds of the benchmark questions per run")
    parser.add_argument("--size", type=int, default=1,
                        help="asks, ranks: data grown this many times (1: the packaged data)")
    args = parser.parse_args()
    if args.measure == "together" and args.size > 1:
        parser.error("together asks on the packaged data only")
    trees = {"before": args.before, "after": args.after}
    with tempfile.TemporaryDirectory(prefix="twitch-ab-") as scratch:
        cache = Path(scratch)
        if args.measure == "together":
            runs = []
            for pair in range(args.pairs):
                note(f"run {pair + 1} of {args.pairs}")
                runs.append(together([args.before, args.after], args.rounds, cache))
            rows = [[name, *(f"{statistics.median(r[number][key] for r in runs):.3f}"
                             for key in ("median", "p99", "mean")),
                     *(f"{statistics.median(r[number][key] / r[0][key] for r in runs):.3f}"
                       for key in ("median", "p99", "mean"))]
                    for number, name in enumerate(trees)]
            print(format_table(["tree (CPU ms per ask, one process)", "median", "p99", "mean",
                                "median / before", "p99 / before", "mean / before"], rows))
            return
        if args.measure in ("asks", "ranks"):
            data: list[str] = []
            if args.size > 1:
                import synthetic

                note(f"generating {args.size}x data")
                grown = synthetic.grow(REPO / "knowledge", REPO / "intents", args.size,
                                       cache / "data")
                data = [str(grown.knowledge), str(grown.intents)]
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for pair in range(args.pairs):
                note(f"pair {pair + 1} of {args.pairs}")
                for name, tree in trees.items():
                    runs[name].append(asks(tree, args.rounds, cache, data,
                                           _ASKS if args.measure == "asks" else _RANKS))
            digits, what = (3, "ms per ask") if args.measure == "asks" else (1, "us per rank")
            rows = [[name, *(f"{statistics.median(r[key] for r in runs[name]):.{digits}f}"
                             for key in ("median", "p99", "mean"))] for name in trees]
            print(format_table([f"tree (CPU {what}, median of runs)", "median", "p99",
                                "mean"], rows))
            return
        for tree in trees.values():  # bytecode and compiled builds, before any timing
            startup(tree, cache)
        starts: dict[str, list[tuple[float, float]]] = {name: []
                                                         for name in (*trees, "rapidfuzz")}
        for _ in range(args.pairs):
            starts["rapidfuzz"].append(startup(None, cache))
            for name, tree in trees.items():
                starts[name].append(startup(tree, cache))
        medians = {name: [statistics.median(t[i] for t in runs) for i in (0, 1)]
                   for name, runs in starts.items()}
        print(format_table(["start", "wall ms, median", "x import rapidfuzz",
                            "CPU ms, median", "x import rapidfuzz"],
                           [[name, f"{wall:.1f}", f"{wall / medians['rapidfuzz'][0]:.2f}",
                             f"{cpu:.1f}", f"{cpu / medians['rapidfuzz'][1]:.2f}"]
                            for name, (wall, cpu) in medians.items()]))


if __name__ == "__main__":
    main()
