"""Smoke test of benchmarks/run.py: it runs and prints every row of its tables.

Only the shape of the output is checked, never a timing: how fast is for people
to judge from the printed table (benchmarks/README.md), not for a test to fail on.
The 2x size is there so the synthetic data generator is known to still produce
data the loader accepts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_quick_benchmark_prints_every_row() -> None:
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--quick", "--sizes", "1,2"],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    table = done.stdout
    for row in ("1x assistant", "1x BM25", "1x rapidfuzz", "2x assistant", "2x BM25",
                "2x rapidfuzz", "median / BM25", "p99 / rapidfuzz", "growth 1x -> 2x",
                "piped questions, wall time", "peak RSS of the pipe",
                "start-up, echo hi | python -m assistant", "start-up, python -c 'import rapidfuzz'",
                "start-up ratio"):
        assert row in table, f"no row {row!r} in:\n{table}"
    assert re.search(r"^1x( +[\d,]+){5} ", table, re.MULTILINE), table  # data counts
    assert re.search(r"^2x( +[\d,]+){5} ", table, re.MULTILINE), table
    verdicts = {label: re.search(rf"^{re.escape(label)}.*\s(PASS|MISS|not run)$", table,
                                 re.MULTILINE)
                for label in ("median per question, 1x", "p99 per question, 1x",
                              "p99 per question, 100x", "p99 growth 10x -> 100x",
                              "pipe start-up / import rapidfuzz", "10,000 piped questions",
                              "peak RSS, 10,000 piped")}
    assert all(verdicts.values()), table
