"""Load on the web API: many conversations at once against a real server on loopback.

    python benchmarks/web_load.py                        # 200 conversations x 10 questions
    python benchmarks/web_load.py --conversations 50     # a smaller run

Starts ``python -m assistant serve`` on a free port of 127.0.0.1 (with
tests/live_server.py, as the tests do), then runs every conversation at once,
each asking its ten questions in order over its own keep-alive connection.
Most questions are follow-ups ("and calcium?", "which foods have it") whose
answer depends on what that conversation asked before, and neighbouring
conversations ask about different nutrients, so an answer given in the wrong
conversation would name the wrong nutrient. Every answer is compared with the
one an in-process :class:`assistant.Conversation` gives to the same questions.

Prints a table: requests, errors, crossed answers, wall time, requests per
second and latency percentiles. It contacts only 127.0.0.1; the number of
requests is fixed and the run is stopped after ``--time-limit`` seconds.
``tests/test_web_load.py`` runs the same load and fails on any error or crossed
answer; neither ever fails on a figure.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
NUTRIENTS = ("magnesium", "potassium", "calcium", "vitamin d")
# Conversation i asks about PAIRS[i % 12]: no two neighbours ask the same.
PAIRS = tuple(permutations(NUTRIENTS, 2))
# {a} and {b} are the conversation's two nutrients; the comment is who the answer is about.
SCRIPT = (
    "what foods have {a}",                                 # a
    "and {b}?",                                            # b, from the last question
    "how much do i need a day, im a 40 year old woman",    # b, from the conversation
    "and {a}?",                                            # a
    "which foods have it",                                 # a
    "what does {b} do",                                    # b
    "which foods have it",                                 # b
    "what is the upper limit",                             # b
    "and {a}?",                                            # a
    "what happens if i dont get enough",                   # a
)
REQUEST_TIMEOUT = 30.0
ALONE_TURNS = 100


@dataclass
class LoadResult:
    """What one load run saw; ``crossed`` lists answers unlike the reference answer."""

    conversations: int
    turns: int
    latencies: list[float] = field(default_factory=list)  # seconds, one per answered request
    errors: list[str] = field(default_factory=list)
    crossed: list[str] = field(default_factory=list)
    wall: float = 0.0
    server_cpu: float | None = None  # seconds of CPU the server process used (Linux)
    client_cpu: float | None = None  # seconds of CPU this process used sending the load

    @property
    def requests(self) -> int:
        return self.conversations * self.turns

    def rps(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    def percentile(self, fraction: float) -> float:
        """Nearest rank: a latency that was really measured."""
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else 0.0

    def per_request_ms(self, seconds: float | None) -> str:
        if seconds is None:
            return "not measured"
        return f"{seconds / max(1, len(self.latencies)) * 1000:.2f} ms"


def table(runs: Sequence[tuple[str, LoadResult]]) -> str:
    """The runs side by side, one column each."""
    rows = [("conversations x questions", [f"{r.conversations} x {r.turns}" for _, r in runs]),
            ("requests", [f"{r.requests:,}" for _, r in runs]),
            ("errors", [f"{len(r.errors):,}" for _, r in runs]),
            ("answers crossing conversations", [f"{len(r.crossed):,}" for _, r in runs]),
            ("wall time", [f"{r.wall:.2f} s" for _, r in runs]),
            ("requests per second", [f"{r.rps():,.0f}" for _, r in runs]),
            ("latency p50", [f"{r.percentile(0.50) * 1000:.1f} ms" for _, r in runs]),
            ("latency p99", [f"{r.percentile(0.99) * 1000:.1f} ms" for _, r in runs]),
            ("latency max", [f"{max(r.latencies, default=0) * 1000:.1f} ms" for _, r in runs]),
            ("server CPU per request", [r.per_request_ms(r.server_cpu) for _, r in runs]),
            ("client CPU per request", [r.per_request_ms(r.client_cpu) for _, r in runs])]
    header = ("measure", [label for label, _ in runs])
    first = max(len(name) for name, _ in [header, *rows])
    widths = [max(len(cells[i]) for _, cells in [header, *rows]) for i in range(len(runs))]

    def line(name: str, cells: Sequence[str]) -> str:
        padded = (cell.rjust(width) for cell, width in zip(cells, widths, strict=True))
        return "  ".join([name.ljust(first), *padded])

    return "\n".join([line(*header), line("-" * first, ["-" * w for w in widths]),
                      *(line(name, cells) for name, cells in rows)])


def questions(pair: tuple[str, str], turns: int) -> list[str]:
    return [SCRIPT[n % len(SCRIPT)].format(a=pair[0], b=pair[1]) for n in range(turns)]


Expected = dict[tuple[str, str], list[dict[str, Any]]]


def reference_answers(conversations: int, turns: int) -> Expected:
    """What each conversation must be told, asked in-process one question at a time."""
    from assistant import Assistant

    bot = Assistant()
    answers = {}
    for pair in PAIRS[:conversations]:
        conversation = bot.conversation()
        answers[pair] = [conversation.ask(q).to_dict(q) for q in questions(pair, turns)]
    return answers


async def run_load(base_url: str, expected: Expected, conversations: int, turns: int,
                   time_limit: float) -> LoadResult:
    """All conversations at once against ``base_url``; bounded in requests and in time."""
    import httpx2

    result = LoadResult(conversations, turns)
    limits = httpx2.Limits(max_connections=conversations,
                           max_keepalive_connections=conversations)
    async with httpx2.AsyncClient(base_url=base_url, limits=limits,
                                  timeout=REQUEST_TIMEOUT) as client:

        async def converse(number: int) -> None:
            pair = PAIRS[number % len(PAIRS)]
            conversation = None
            for turn, question in enumerate(questions(pair, turns)):
                started = time.perf_counter()
                try:
                    response = await client.post("api/ask", json={
                        "question": question, "conversation": conversation})
                except httpx2.HTTPError as error:
                    result.errors.append(f"conversation {number} turn {turn}: {error!r}")
                    return
                result.latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    result.errors.append(f"conversation {number} turn {turn}: "
                                         f"{response.status_code} {response.text[:200]}")
                    return
                record = response.json()
                want = expected[pair][turn]
                same_conversation = record["new_conversation"] == (conversation is None)
                if not same_conversation or any(record[k] != want[k] for k in want):
                    result.crossed.append(
                        f"conversation {number} ({pair[0]}, {pair[1]}) turn {turn} "
                        f"{question!r}: got {record['intent']} {record['entities']}, expected "
                        f"{want['intent']} {want['entities']}")
                conversation = record["conversation"]

        started = time.perf_counter()
        try:
            await asyncio.wait_for(asyncio.gather(*(converse(n) for n in range(conversations))),
                                   timeout=time_limit)
        except asyncio.TimeoutError:
            result.errors.append(f"stopped after the time limit of {time_limit:g} s")
        result.wall = time.perf_counter() - started
    return result


def measure(base_url: str, server_pid: int, conversations: int = 200, turns: int = 10,
            time_limit: float = 120.0) -> LoadResult:
    """Run the load and note the CPU time the server and this client spent on it.

    Both share the machine's CPUs, so the client's share says how much of the
    wall time is the load generator rather than the server.
    """
    expected = reference_answers(conversations, turns)
    before, client_before = cpu_seconds(server_pid), time.process_time()
    result = asyncio.run(run_load(base_url, expected, conversations, turns, time_limit))
    after, result.client_cpu = cpu_seconds(server_pid), time.process_time() - client_before
    if before is not None and after is not None:
        result.server_cpu = after - before
    return result


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process from /proc (Linux); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--turns", type=int, default=len(SCRIPT),
                        help="questions per conversation (default %(default)s)")
    parser.add_argument("--time-limit", type=float, default=120.0,
                        help="stop the load after this many seconds (default %(default)s)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO / "tests"))
    from live_server import LiveServer

    with tempfile.TemporaryDirectory() as scratch, \
            LiveServer(Path(scratch) / "server.log") as server:
        loaded = measure(server.url, server.process.pid, args.conversations, args.turns,
                         args.time_limit)
        # The same questions one at a time: the latency one visitor sees on an idle server.
        alone = measure(server.url, server.process.pid, 1, ALONE_TURNS, args.time_limit)
    print(f"twitch-assistant web load, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    print()
    print(table([(f"{args.conversations} at once", loaded), ("one at a time", alone)]))
    for problem in (loaded.errors + loaded.crossed + alone.errors + alone.crossed)[:10]:
        print(problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
