"""The compiled cache: written once, reused, rebuilt when data changes, never in the way."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant import Assistant, compiled
from assistant.engine import packaged_dir


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
    return tmp_path / "cache" / "twitch-assistant"


def builds(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.pickle"))


def test_a_build_is_written_once_and_reused(cache: Path) -> None:
    first = Assistant().ask("what has potassium").text
    written = builds(cache)
    assert len(written) == 1
    stamp = written[0].stat().st_mtime_ns
    assert Assistant().ask("what has potassium").text == first
    assert builds(cache) == written and written[0].stat().st_mtime_ns == stamp


def test_changed_data_is_rebuilt(cache: Path, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(packaged_dir("knowledge"), knowledge)
    assert "bananas" in Assistant(knowledge=knowledge).ask("what has potassium").text
    foods = knowledge / "foods.yaml"
    foods.write_text(foods.read_text().replace("plural: bananas", "plural: plantains"))
    os.utime(foods, ns=(0, foods.stat().st_mtime_ns + 10**9))
    assert "plantains" in Assistant(knowledge=knowledge).ask("what has potassium").text
    assert len(builds(cache)) == 2


def test_a_broken_build_file_is_rebuilt(cache: Path) -> None:
    Assistant()
    (build,) = builds(cache)
    build.write_bytes(b"not a pickle")
    assert "bananas" in Assistant().ask("what has potassium").text
    assert build.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_does_not_stop_the_assistant(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
    assert "bananas" in Assistant().ask("what has potassium").text


def test_no_cache_when_asked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWITCH_ASSISTANT_NO_CACHE", "1")
    Assistant()
    assert builds(cache) == []


def test_only_the_newest_builds_are_kept(cache: Path) -> None:
    cache.mkdir(parents=True)
    for number in range(compiled.KEEP + 3):
        old = cache / f"old{number}.pickle"
        old.write_bytes(b"x")
        os.utime(old, ns=(0, number))
    Assistant()
    kept = builds(cache)
    assert len(kept) == compiled.KEEP
    assert not (cache / "old0.pickle").exists()
