"""A bounded load test on loopback: 200 conversations of 10 questions, all at once.

The server is a real ``twitch-assistant serve`` on 127.0.0.1; the load is
benchmarks/web_load.py's, whose follow-up questions are answered from their
own conversation's context, so an answer given in the wrong conversation names
the wrong nutrient. Requests per second and p99 latency are printed, never
asserted: the test fails only on an error or an answer crossing conversations.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, child_env
from live_server import LiveServer

CONVERSATIONS, TURNS = 200, 10
TIME_LIMIT = 90  # seconds; the run normally takes under 10


def test_200_conversations_at_once_without_errors_or_crossed_answers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    web_load = importlib.import_module("web_load")
    with LiveServer(tmp_path / "server.log") as server:
        result = web_load.measure(server.url, server.process.pid, CONVERSATIONS, TURNS,
                                  TIME_LIMIT)
    with capsys.disabled():
        print(f"\n{web_load.table([('200 at once', result)])}")
    assert result.errors == []
    assert result.crossed == []
    assert len(result.latencies) == CONVERSATIONS * TURNS
    assert "magnesium" not in server.output(), "a question reached the log"


def test_the_benchmark_script_prints_its_table() -> None:
    done = subprocess.run([sys.executable, "benchmarks/web_load.py", "--conversations", "5",
                           "--turns", "3"], capture_output=True, text=True, cwd=REPO,
                          env=child_env(), timeout=TIME_LIMIT)
    assert done.returncode == 0, done.stderr
    for row in ("5 at once", "one at a time", "requests per second", "latency p99",
                "answers crossing conversations", "server CPU per request"):
        assert row in done.stdout, f"no {row!r} in:\n{done.stdout}"
