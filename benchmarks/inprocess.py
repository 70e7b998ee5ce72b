"""Time ``Assistant.ask`` in this process and print the figures as one JSON line.

``run.py`` starts this script once per data size, in a fresh interpreter, so
each size gets its own clean caches and its own peak memory (``ru_maxrss``
only ever goes up within a process, so sizes measured one after the other in
one process could not be told apart).

The same questions, in the same order, then go to two plain retrievers built
from the same intents' examples (baselines.py: BM25 and rapidfuzz), timed the
same way in the same process, so the assistant's figures can be given as
ratios to theirs.

Each distinct question is asked once first: those are the *cold* timings,
before the engine's per-word caches have seen the question. The timed run
then asks the questions round-robin in a shuffled order until ``--asks`` is
reached, one ``perf_counter_ns`` pair per ask.

The first ``Assistant()`` of the process is timed apart from the later ones:
it is the only one that pays for first-time work (bytecode, lazy imports, and
any on-disk cache the engine keeps, which run.py points at an empty directory).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--asks", type=int, default=6000)
    parser.add_argument("--loads", type=int, default=3,
                        help="loads to time after the first one (their median is kept)")
    parser.add_argument("--knowledge", type=Path, help="default: the packaged knowledge")
    parser.add_argument("--intents", type=Path, help="default: the packaged intents")
    return parser.parse_args(argv)


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile: a value that was actually measured, never interpolated."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    On Linux, ru_maxrss of a freshly started program also counts the RSS of the
    process that spawned it (the kernel carries the old peak over the exec), so
    the peak of this address space alone, VmHWM, is read instead where it exists.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def time_calls(ask: Callable[[str], object], questions: list[str]) -> list[float]:
    """Milliseconds per call, one perf_counter_ns pair around each ask."""
    timings = []
    for question in questions:
        start = time.perf_counter_ns()
        ask(question)
        timings.append((time.perf_counter_ns() - start) / 1e6)
    return timings


def schedule(questions: list[str], asks: int, seed: int = 1) -> list[str]:
    """``asks`` questions: whole shuffled passes over the list, so the mix stays as written."""
    rng = random.Random(seed)
    order: list[str] = []
    while len(order) < asks:
        batch = questions[:]
        rng.shuffle(batch)
        order.extend(batch)
    return order[:asks]


def summary(timings: list[float]) -> dict[str, float]:
    return {"mean_ms": statistics.fmean(timings), "median_ms": statistics.median(timings),
            "p99_ms": percentile(timings, 0.99), "max_ms": max(timings)}


def baselines(bot: Any, questions: list[str], order: list[str]) -> dict[str, dict[str, float]]:
    """The BM25 and rapidfuzz retrievers over the assistant's own intents' examples,
    each warmed with one pass over the questions, then timed on the same order."""
    from baselines import BM25, Fuzzy

    examples = [(name, " ".join(example)) for name, intent in bot.intents.intents.items()
                for example in intent.examples]
    timed = {}
    for name, retriever in (("bm25", BM25(examples)), ("rapidfuzz", Fuzzy(examples))):
        time_calls(retriever.best, questions)
        timed[name] = summary(time_calls(retriever.best, order))
    return timed


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Import, load and ask, timing each; the import is timed here, not at the top of the
    module, so that it can be reported."""
    started = time.perf_counter_ns()
    from assistant import Assistant

    import_ms = (time.perf_counter_ns() - started) / 1e6

    def load() -> Assistant:
        return Assistant(knowledge=args.knowledge, intents=args.intents)

    load_times = []
    for _ in range(1 + max(1, args.loads)):
        begin = time.perf_counter_ns()
        bot = load()
        load_times.append((time.perf_counter_ns() - begin) / 1e6)
    questions = [line.strip() for line in args.questions.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    cold = time_calls(bot.ask, questions)
    order = schedule(questions, args.asks)
    warm = time_calls(bot.ask, order)
    intents = bot.intents.intents.values()
    return {
        "import_ms": import_ms,
        "first_load_ms": load_times[0],
        "load_ms": statistics.median(load_times[1:]),
        "intents": len(intents),
        "examples": sum(len(intent.examples) for intent in intents),
        "nutrients": len(bot.knowledge.nutrients),
        "foods": len(bot.knowledge.foods),
        "groups": len(bot.knowledge.groups),
        "questions": len(questions),
        "cold_median_ms": statistics.median(cold),
        "cold_max_ms": max(cold),
        "asks": len(warm),
        **summary(warm),
        "peak_rss_mb": peak_rss_mb(),  # before the baselines are built
        "baselines": baselines(bot, questions, order),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    print(json.dumps(measure(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
