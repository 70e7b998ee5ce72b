"""The compiled cache: written once, reused, rebuilt when data changes, never in the way,
and never a way to run someone else's code."""

from __future__ import annotations

import hashlib
import os
import pickle
import pickletools
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import TIMEOUT, child_env
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant import Assistant, compiled
from assistant.engine import packaged_dir

QUESTION = "what has potassium"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
    return tmp_path / "cache" / "twitch-assistant"


@pytest.fixture
def key_file(tmp_path: Path, cache: Path) -> Path:
    return tmp_path / "state" / "twitch-assistant" / "cache-key"


def builds(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.pickle"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Planted:
    """A pickle that, when loaded, creates a file: proof that loading ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return Path.touch, (str(self.marker),)  # type: ignore[return-value]


def signed(name: str, key: bytes, value: object) -> bytes:
    """A cache file in the real layout, signed with the given key."""
    payload = pickle.dumps(value)
    return compiled.MAGIC + compiled._mac(key, name, payload) + payload


def the_build(cache: Path) -> Path:
    Assistant()
    (build,) = builds(cache)
    return build


# ---------------------------------------------------------------- doing its job

def test_a_build_is_written_once_and_reused(cache: Path) -> None:
    first = Assistant().ask(QUESTION).text
    written = builds(cache)
    assert len(written) == 1
    stamp = written[0].stat().st_mtime_ns
    assert Assistant().ask(QUESTION).text == first
    assert builds(cache) == written and written[0].stat().st_mtime_ns == stamp


def test_files_are_private(cache: Path, key_file: Path) -> None:
    build = the_build(cache)
    assert (mode(cache), mode(build)) == (0o700, 0o600)
    assert (mode(key_file.parent), mode(key_file)) == (0o700, 0o600)
    assert len(key_file.read_bytes()) == compiled.KEY_BYTES
    assert build.read_bytes().startswith(compiled.MAGIC)


def test_changed_data_is_rebuilt(cache: Path, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(packaged_dir("knowledge"), knowledge)
    assert "bananas" in Assistant(knowledge=knowledge).ask(QUESTION).text
    foods = knowledge / "foods.yaml"
    foods.write_text(foods.read_text().replace("plural: bananas", "plural: plantains"))
    os.utime(foods, ns=(0, foods.stat().st_mtime_ns + 10**9))
    assert "plantains" in Assistant(knowledge=knowledge).ask(QUESTION).text
    assert len(builds(cache)) == 2


def test_an_unwritable_cache_does_not_stop_the_assistant(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
    assert "bananas" in Assistant().ask(QUESTION).text


def test_no_cache_when_asked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWITCH_ASSISTANT_NO_CACHE", "1")
    Assistant()
    assert builds(cache) == []


def test_only_the_newest_builds_are_kept(cache: Path) -> None:
    cache.mkdir(parents=True, mode=0o700)
    for number in range(compiled.KEEP + 3):
        old = cache / f"old{number}.pickle"
        old.write_bytes(b"x")
        os.utime(old, ns=(0, number))
    Assistant()
    kept = builds(cache)
    assert len(kept) == compiled.KEEP
    assert not (cache / "old0.pickle").exists()


@settings(max_examples=200, deadline=None)
@given(key=st.binary(min_size=compiled.KEY_BYTES, max_size=compiled.KEY_BYTES),
       name=st.text(), payload=st.binary(max_size=5000))
def test_the_mac_is_keyed_blake2b(key: bytes, name: str, payload: bytes) -> None:
    message = compiled.MAGIC + name.encode() + payload
    expected = hashlib.blake2b(message, key=key, digest_size=32).digest()
    assert compiled._mac(key, name, payload) == expected
    assert compiled._mac(key, name, memoryview(payload)) == compiled._mac(key, name, payload)


def test_a_cached_start_does_not_load_openssl(cache: Path) -> None:
    # Why the MAC comes from _blake2: importing hashlib or hmac loads OpenSSL, 3 to 4 ms
    # of a piped one-liner's start.
    code = ("import sys; from assistant import Assistant; Assistant(); "
            "print(sorted({'_hashlib', 'hashlib', 'hmac'} & set(sys.modules)))")
    Assistant()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=child_env(XDG_CACHE_HOME=os.environ["XDG_CACHE_HOME"],
                                        XDG_STATE_HOME=os.environ["XDG_STATE_HOME"]),
                          timeout=TIMEOUT)
    assert done.stdout == "[]\n", done.stderr


# ---------------------------------------------------------------- never running planted code

def test_a_planted_pickle_is_not_run(cache: Path, tmp_path: Path) -> None:
    build = the_build(cache)
    marker = tmp_path / "PWNED"
    build.write_bytes(pickle.dumps(Planted(marker)))  # the old layout: a bare pickle
    assert "bananas" in Assistant().ask(QUESTION).text
    assert not marker.exists()
    assert build.read_bytes().startswith(compiled.MAGIC)  # replaced by a good build


def test_a_pickle_signed_with_another_key_is_not_run(cache: Path, tmp_path: Path) -> None:
    build = the_build(cache)
    marker = tmp_path / "PWNED"
    build.write_bytes(signed(build.stem, os.urandom(compiled.KEY_BYTES), Planted(marker)))
    assert "bananas" in Assistant().ask(QUESTION).text
    assert not marker.exists()


def test_a_signed_build_cannot_pass_for_another(cache: Path, key_file: Path,
                                                tmp_path: Path) -> None:
    build = the_build(cache)
    marker = tmp_path / "PWNED"
    key = key_file.read_bytes()
    build.write_bytes(signed("some-other-build", key, Planted(marker)))
    Assistant()
    assert not marker.exists()


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],                       # truncated
    lambda data: data[: len(compiled.MAGIC) + 10],             # cut inside the MAC
    lambda data: b"",                                          # empty
    lambda data: data[:-1] + bytes([data[-1] ^ 1]),            # one bit flipped
    lambda data: b"not a pickle",
])
def test_a_damaged_build_is_rebuilt(cache: Path, damage) -> None:
    build = the_build(cache)
    good = build.read_bytes()
    build.write_bytes(damage(good))
    assert "bananas" in Assistant().ask(QUESTION).text
    assert build.read_bytes().startswith(compiled.MAGIC)
    assert len(build.read_bytes()) == len(good)


@pytest.mark.parametrize("value", [{"knowledge": None}, None, ["a", "list"], 42])
def test_a_signed_build_of_the_wrong_shape_is_rebuilt(cache: Path, key_file: Path,
                                                      value: object) -> None:
    # Today's crash: a cache holding a dict gave AttributeError at start-up.
    build = the_build(cache)
    build.write_bytes(signed(build.stem, key_file.read_bytes(), value))
    assert "bananas" in Assistant().ask(QUESTION).text


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Started in a stranger's folder with XDG_CACHE_HOME=cache: that folder's cache is
    # neither read nor written; the user's own ~/.cache is used.
    home, stranger = tmp_path / "home", tmp_path / "stranger"
    planted = stranger / "cache" / "twitch-assistant"
    planted.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    monkeypatch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "cache")
    monkeypatch.chdir(stranger)
    assert compiled.cache_dir() == str(home / ".cache" / "twitch-assistant")
    Assistant()
    assert len(builds(home / ".cache" / "twitch-assistant")) == 1
    assert builds(planted) == []


def test_without_an_absolute_home_nothing_is_kept_in_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, value in (("HOME", "home"), ("XDG_CACHE_HOME", "cache"),
                            ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(variable, value)
    monkeypatch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert "bananas" in Assistant().ask(QUESTION).text
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("loose", [0o777, 0o770, 0o722])
def test_a_cache_directory_others_can_write_to_is_not_used(cache: Path, key_file: Path,
                                                           tmp_path: Path, loose: int) -> None:
    # Even a correctly signed file is not read from there: the directory check stands alone.
    build = the_build(cache)
    marker = tmp_path / "PWNED"
    build.write_bytes(signed(build.stem, key_file.read_bytes(), Planted(marker)))
    cache.chmod(loose)
    assert "bananas" in Assistant().ask(QUESTION).text
    assert not marker.exists()
    assert mode(cache) == loose  # not touched, nothing written


def test_a_cache_directory_of_another_user_is_not_used(cache: Path, key_file: Path,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    build = the_build(cache)
    marker = tmp_path / "PWNED"
    build.write_bytes(signed(build.stem, key_file.read_bytes(), Planted(marker)))
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1)  # as if we were someone else
    assert "bananas" in Assistant().ask(QUESTION).text
    assert not marker.exists()


def test_a_cache_directory_only_readable_by_others_is_tightened(cache: Path) -> None:
    cache.mkdir(parents=True)
    cache.chmod(0o755)  # as earlier versions left it
    Assistant()
    assert mode(cache) == 0o700 and len(builds(cache)) == 1


def test_a_key_directory_others_can_write_to_means_no_cache(cache: Path,
                                                            key_file: Path) -> None:
    key_file.parent.mkdir(parents=True)
    key_file.parent.chmod(0o777)
    Assistant()
    assert builds(cache) == [] and not key_file.exists()


# Named: a random value in a test's id differs between xdist workers, which then refuse
# to run (each worker collects the tests, and all must collect the same ids).
@pytest.mark.parametrize("content", [b"", b"short", os.urandom(compiled.KEY_BYTES + 1)],
                         ids=["empty", "short", "one-byte-too-long"])
def test_a_damaged_key_is_replaced_and_old_builds_are_not_trusted(cache: Path, key_file: Path,
                                                                  tmp_path: Path,
                                                                  content: bytes) -> None:
    build = the_build(cache)
    marker = tmp_path / "PWNED"
    build.write_bytes(signed(build.stem, content, Planted(marker)))
    key_file.write_bytes(content)
    assert "bananas" in Assistant().ask(QUESTION).text
    assert not marker.exists()
    assert len(key_file.read_bytes()) == compiled.KEY_BYTES and mode(key_file) == 0o600


def test_a_symlinked_key_is_not_followed(cache: Path, key_file: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(os.urandom(compiled.KEY_BYTES))
    key_file.parent.mkdir(parents=True, mode=0o700)
    key_file.symlink_to(elsewhere)
    assert "bananas" in Assistant().ask(QUESTION).text
    assert builds(cache) == []


def test_equal_strings_and_phrases_come_back_as_one_object(cache: Path) -> None:
    """The cache stores each distinct string and tuple of strings once (a fifth of the
    file, a third of its loading time); the build read back is equal all the same."""
    parts = ["".join(["tw", "itch"]), "".join(["twi", "tch"])]
    value = {"words": parts, "phrases": [tuple(parts), tuple(parts)], "kept": [[1], [1]]}
    assert parts[0] is not parts[1]
    compiled.load_or_build([], lambda: value, dict)
    found = compiled.load_or_build([], lambda: {}, dict)
    assert found == value
    assert found["words"][0] is found["words"][1]
    assert found["phrases"][0] is found["phrases"][1]
    assert found["kept"][0] is not found["kept"][1]  # lists are never shared


def test_only_what_comes_again_is_remembered(cache: Path) -> None:
    """The stored pickle keeps in the unpickler's memo only the objects it refers back to
    (a tenth of a load's time is spent on a memo of everything otherwise)."""
    twice = ("twitch", "eye")
    value = {"a": twice, "b": twice, "once": ["calf", ("leg",)]}
    compiled.load_or_build([], lambda: value, dict)
    (build,) = builds(cache)
    payload = build.read_bytes()[len(compiled.MAGIC) + compiled._MAC_BYTES:]
    opcodes = [opcode.name for opcode, _, _ in pickletools.genops(payload)]
    remembered = sum(name in ("MEMOIZE", "PUT", "BINPUT", "LONG_BINPUT") for name in opcodes)
    recalled = sum(name in ("GET", "BINGET", "LONG_BINGET") for name in opcodes)
    assert (remembered, recalled) == (1, 1)  # the tuple, stored once and named again
    assert compiled.load_or_build([], lambda: {}, dict) == value


@pytest.mark.parametrize("compressed", [False, True])
def test_a_packed_part_is_unpickled_when_first_read(cache: Path, compressed: bool) -> None:
    """A Packed part is one bytes object in the cache until it is read, and reads back
    equal, once per process; two owners that pack it alike share its bytes."""
    table = {"weakness": ("feels weak", "can not * grip"), "numbness": ("numb",)}
    value = {"first": compiled.Packed(table, compressed), "again": compiled.Packed(table,
                                                                                   compressed)}
    assert value["first"].value is table  # the process that packed it reads it as it is
    compiled.load_or_build([], lambda: value, dict)
    (build,) = builds(cache)
    payload = build.read_bytes()[len(compiled.MAGIC) + compiled._MAC_BYTES:]
    made = [(opcode.name, argument) for opcode, argument, _ in pickletools.genops(payload)]
    assert not {"weakness", "feels weak", "numb"} & {argument for _, argument in made}
    assert sum(name.endswith("BINBYTES") for name, _ in made) == 1  # its bytes, once
    found = compiled.load_or_build([], lambda: {}, dict)
    assert found["first"]._value is None  # not unpickled until read
    assert found["first"].value == table and found["again"].value == table
    assert found["first"].value is found["first"].value


def test_a_cached_assistant_has_the_signs_phrases(cache: Path) -> None:
    """The compiled cache keeps no copy of the signs' phrases beside the reader's scan
    table; Assistant.intents reads them again from the files, and the rules the cache
    keeps leave them out."""
    from assistant.intents import load_intents

    Assistant()
    bot = Assistant()  # from the cache
    assert bot.intents.safety == load_intents([packaged_dir("intents")]).safety
    assert bot.intents is bot.intents
    assert all(not rule.phrases for rule in bot._intents.safety.signs)
