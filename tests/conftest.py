"""Shared pytest configuration: markers, the test order, and one private, warm cache per run.

``slow`` marks tests that build and install the package; they still run by default
(CI runs everything). Deselect them locally with ``pytest -m "not slow"``.

The tests run in parallel (pytest-xdist, ``-n auto`` in pyproject.toml), so nothing
may be shared by accident:

- The compiled cache. Every ``Assistant()`` and every ``python -m assistant`` a test
  starts reads ``$XDG_CACHE_HOME/twitch-assistant``, signed with the key under
  ``$XDG_STATE_HOME``. Left at the user's, the tests would write their builds there
  (other checkouts' builds are then pruned: only the newest few are kept) and start
  cold whenever another run had pruned theirs. So the whole run, every worker and
  every child process, gets one private pair of directories, made and warmed once
  by the first process (the controller, or the only one), removed when it ends.
  Tests about the cache itself still point these variables at their own folders.
- Module-scoped fixtures are per process, so each module runs on one worker
  (``--dist loadfile``): a module whose tests share an expensive fixture (a wheel
  build, every evaluation question asked and ranked) makes it once. (``loadgroup``
  would split finer, but pytest-xdist 3.8 cannot name groups under pytest 9.2.) The
  two longest modules are sent out first (``FIRST``, with ``--no-loadscope-reorder``),
  one to each worker, while the rest fill in around them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile

import pytest

# Set by the process that made the run's directory; its workers find it there.
RUN_DIR = "TWITCH_ASSISTANT_TEST_RUN_DIR"
_OWNED: list[str] = []  # the directory this process made, and so removes


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds or installs the package (seconds, network); runs by default")
    run_dir = os.environ.get(RUN_DIR)
    if run_dir is None:  # the controller, or a run without workers: workers inherit this
        run_dir = tempfile.mkdtemp(prefix="twitch-assistant-tests-")
        os.environ[RUN_DIR] = run_dir
        _OWNED.append(run_dir)
    # Set here, not in a fixture: modules build assistants when they are imported.
    os.environ["XDG_CACHE_HOME"] = os.path.join(run_dir, "cache")
    os.environ["XDG_STATE_HOME"] = os.path.join(run_dir, "state")
    if _OWNED:
        _warm()


# Modules whose shared fixtures make them the longest chains: compiling the default
# wheel (about two minutes of one CPU), and asking and ranking every evaluation question.
FIRST = ("test_packaging.py", "test_matcher.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest modules first, in FIRST's order, the rest as collected. Every worker
    collects, and sorts, alike; the order of the tests within a module is kept."""
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return FIRST.index(name) if name in FIRST else len(FIRST)

    items.sort(key=rank)


def _warm() -> None:
    """Build the packaged data's cache once, before any worker starts, so that no two
    processes build it at the same time and every child process starts warm."""
    from assistant import Assistant, DataError

    if os.environ.get("TWITCH_ASSISTANT_NO_CACHE"):
        return  # nothing would be kept
    with contextlib.suppress(DataError):  # broken data: the tests say so, one by one
        Assistant()


def pytest_unconfigure(config: pytest.Config) -> None:
    while _OWNED:
        shutil.rmtree(_OWNED.pop(), ignore_errors=True)
