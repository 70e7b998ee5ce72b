"""A compiled form of the data, so a start does not parse and check YAML every time.

Reading, checking and indexing the YAML takes far longer than answering a
question, and a piped one-liner pays it on every start. So the built engine
parts are pickled into the user's cache directory under a key made from every
data file's path, size and modification time (and the package's own source
files): change a YAML file and the next start rebuilds. Any problem with the
cache (unreadable, stale format, read-only disk) just means building afresh.
Set TWITCH_ASSISTANT_NO_CACHE=1 to never read or write it.
"""

from __future__ import annotations

import copyreg
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

T = TypeVar("T")
KEEP = 8  # builds kept in the cache directory
_PACKAGE = Path(__file__).parent


def _mapping_proxy(items: dict[object, object]) -> Mapping[object, object]:
    return MappingProxyType(items)


# MappingProxyType keeps loaded data read-only but cannot be pickled by itself.
copyreg.pickle(MappingProxyType, lambda proxy: (_mapping_proxy, (dict(proxy),)))


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "twitch-assistant"


def load_or_build(directories: Iterable[Path], build: Callable[[], T]) -> T:
    """The cached build for these data directories, or a fresh one (then cached)."""
    if os.environ.get("TWITCH_ASSISTANT_NO_CACHE"):
        return build()
    try:
        path = cache_dir() / f"{_fingerprint(directories)}.pickle"
    except OSError:
        return build()
    try:
        with path.open("rb") as file:
            return pickle.load(file)  # our own file, in the user's own cache
    except Exception:  # any unreadable cache just means rebuilding
        pass
    built = build()
    _write(path, built)
    return built


def _fingerprint(directories: Iterable[Path]) -> str:
    files = sorted(_PACKAGE.glob("*.py"))
    for directory in directories:
        files += sorted(p for p in Path(directory).iterdir() if p.suffix in (".yaml", ".yml"))
    stamp = [f"{sys.version_info[:2]}"]
    for file in files:
        stat = file.stat()
        stamp.append(f"{file.resolve()}|{stat.st_size}|{stat.st_mtime_ns}")
    text = "\n".join(stamp).encode()
    # Two checksums of the stamp: cheap to import, and collisions are vanishingly rare.
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}{len(files):04x}"


def _write(path: Path, value: object) -> None:
    """Write atomically, so a concurrent start never reads half a file."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as file:
            temporary = Path(file.name)
            try:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:
                temporary.unlink(missing_ok=True)
                raise
        os.replace(temporary, path)
        _prune(path.parent)
    except Exception:  # no cache is no harm: the next start builds again
        pass


def _prune(directory: Path) -> None:
    """Keep the newest few builds: every data or code change makes a new one."""
    builds = sorted(directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in builds[KEEP:]:
        stale.unlink(missing_ok=True)
