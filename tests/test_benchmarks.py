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


def _figures(median: float, size: int) -> dict[str, object]:
    """inprocess.py's JSON for one data size, with made-up timings."""
    timings = {"mean_ms": median * 1.2, "median_ms": median, "p99_ms": median * 4,
               "max_ms": median * 6}
    baseline = {"mean_ms": 0.03 * size, "median_ms": 0.025 * size, "p99_ms": 0.1 * size,
                "max_ms": 0.15 * size}
    return {"intents": 32, "examples": 965, "nutrients": 8, "foods": 27, "groups": 15,
            "first_load_ms": 3000.0, "load_ms": 7.0, "import_ms": 14.0, "peak_rss_mb": 70.0,
            "cold_median_ms": median * 1.5, "asks": 600, **timings,
            "baselines": {"bm25": baseline,
                          "rapidfuzz": {key: value * 2 for key, value in baseline.items()}}}


def test_compiled_rows_beside_the_pure_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a compiled install measured, every per-question figure gets a compiled row with
    its own ratios; without one, the tables are as CI knows them."""
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    import run

    pure = {size: _figures(0.2 * size, size) for size in (1, 10, 100)}
    compiled = {size: _figures(0.1 * size, size) for size in (1, 10, 100)}
    pipe = run.PipeRun(10_000, 10_000, 2.9, 25.0, 0)
    startup = run.StartUp(20, 42.0, 34.0, 11.0, 3000.0, compiled_ms=40.0,
                          first_compiled_ms=3100.0)
    alone = run.StartUp(20, 42.0, 34.0, 11.0, 3000.0)
    table = "\n".join([run.asks_table(pure, compiled), run.ratios_table(pure, compiled),
                       run.growth_table(pure, compiled), run.process_table(pipe, startup, pipe),
                       run.targets_table(pure, pipe, startup,
                                         run.Measured(compiled, pipe))])
    for row in ("1x compiled ", "1x BM25 (compiled run)", "100x rapidfuzz (compiled run)",
                "1x data, compiled ", "100x data, compiled ", "start-up, the same compiled",
                "start-up ratio, compiled", "10,000 piped questions, wall time, compiled"):
        assert row in table, f"no row {row!r} in:\n{table}"
    assert re.search(r"^1x data, compiled +4\.00x +4\.00x +4\.00x +2\.00x", table,
                     re.MULTILINE), table
    assert re.search(r"^compiled( +[\d.]+){3}$", table, re.MULTILINE), table  # growth
    for label in ("median per question, 1x, compiled", "p99 per question, 100x, compiled",
                  "pipe start-up / import rapidfuzz, compiled",
                  "10,000 piped questions, compiled"):
        assert re.search(rf"^{re.escape(label)} .*\s(PASS|MISS)$", table, re.MULTILINE), table
    default = "\n".join([run.asks_table(pure), run.ratios_table(pure), run.growth_table(pure),
                         run.process_table(pipe, alone), run.targets_table(pure, pipe, alone)])
    assert "compiled" not in default, default


def test_compiled_refuses_this_checkout(tmp_path: Path) -> None:
    """An interpreter whose assistant is this checkout (the editable install the tests run
    from) is not a compiled install: run.py says so rather than measuring it twice."""
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--quick", "--sizes", "1",
                           "--compiled", sys.executable], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode != 0
    # this checkout when the tests run from the editable install; another checkout of the
    # project (a second worktree on the same interpreter) has no compiled module either
    assert ("not a compiled install" in done.stderr
            or "has no compiled module" in done.stderr), done.stderr
