"""A compiled form of the data, so a start does not parse and check YAML every time.

Reading, checking and indexing the YAML takes far longer than answering a
question, and a piped one-liner pays it on every start. So the built engine
parts are pickled into the user's cache directory under a key made from every
data file's path, size and modification time (and the package's own source
files and compiled modules): change a YAML file and the next start rebuilds.

Unpickling runs whatever the pickle says, so a file is only unpickled when it
is provably one this user's own program wrote:

* the cache directory is found as :mod:`assistant.userdirs` says (a relative
  ``XDG_CACHE_HOME`` is ignored) and is used only if it belongs to the user
  and nobody else can write to it;
* every file starts with a MAC of its name and contents (keyed BLAKE2b, a MAC
  by design: a third of the time HMAC-SHA256 took here), made with a random key
  of the user's, kept 0600 in ``$XDG_STATE_HOME/twitch-assistant``
  (0700). The key is not kept beside the cache on purpose: caches get shared
  and restored (CI caches of ``~/.cache``, synced folders), state does not;
* the MAC is checked before unpickling, and what comes out must be of the
  type the caller expects.

Any problem (no key, a foreign or open directory, a bad MAC, a truncated file,
the wrong type, a read-only disk) just means building afresh. Set
TWITCH_ASSISTANT_NO_CACHE=1 to never read or write it.

Why not plain data (JSON) instead: the engine parts would have to be rebuilt
from it, and that rebuilding (checking and indexing) is about 35 of the 50 ms
a full build takes, against about 6 ms to unpickle, so every one-liner would
start some 30 ms slower.
"""

from __future__ import annotations

import copyreg
import gc
import os
import sys
from _operator import _compare_digest as compare_digest  # what hmac.compare_digest is
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from types import MappingProxyType

from .native import Generic
from .userdirs import StrPath, app_dir, open_private, private_dir

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")
else:
    T = "T"  # only type checkers read Packed's parameter (see native.Generic)

# The C pickler itself: the pickle module around it also builds its pure-Python
# fallback classes on import, about 1.5 ms of a piped start. Protocol -1 is the highest.
if TYPE_CHECKING:  # typeshed describes the pickle module: check against it
    from pickle import dumps, loads
else:
    try:
        from _pickle import dumps, loads
    except ImportError:  # another Python: the pickle module's own
        from pickle import dumps, loads

# CPython's own BLAKE2. hashlib loads OpenSSL on import, which costs a piped one-liner
# 3 to 4 ms of its 80 and 3 MB; this does not.
if TYPE_CHECKING:  # typeshed has no stubs for _blake2: check against hashlib's
    from hashlib import blake2b
else:
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python: hashlib's is the same function, slower to load
        from hashlib import blake2b

KEEP = 8  # builds kept in the cache directory
MAGIC = b"twitch-assistant compiled 3\n"  # what the file is, and which layout and MAC
KEY_BYTES = 32
_MAC_BYTES = 32
_PACKAGE = os.path.dirname(__file__)


def _mapping_proxy(items: dict[object, object]) -> MappingProxyType[object, object]:
    """Rebuild a read-only mapping when a cached build is unpickled."""
    return MappingProxyType(items)


# MappingProxyType keeps loaded data read-only but cannot be pickled by itself.
copyreg.pickle(MappingProxyType, lambda proxy: (_mapping_proxy, (dict(proxy),)))


class Packed(Generic[T]):
    """A part of a build that few questions read, kept pickled on its own, inside the
    build's pickle, and unpickled the first time it is read.

    A start unpickles its whole build, and unpickling costs per object made (and per
    page of memory they fill), not per byte: a table of thousands of strings that only
    a rare question reads costs every start its objects. Packed, the table is one bytes
    object until then. With ``compressed``, the bytes are zlib's too, for a large part
    whose bytes would cost every start their MAC and read (zlib is imported when one is
    packed or read, not at a start). What is read is a copy of what was packed (the
    same object, in the process that packed it), made once per process.
    """

    def __init__(self, value: T, compressed: bool = False) -> None:
        self._value: T | None = value
        self._packed = compress(dumps(value, protocol=-1)) if compressed else dumps(
            value, protocol=-1)
        self._compressed = compressed

    @property
    def value(self) -> T:
        """What was packed: unpickled the first time it is read in this process."""
        value = self._value
        if value is None:  # two threads may both unpickle it: each gets an equal copy
            packed = decompress(self._packed) if self._compressed else self._packed
            value = self._value = loads(packed)
        return value

    def __getstate__(self) -> dict[str, object]:
        return {"_packed": self._packed, "_compressed": self._compressed}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._value = None


def compress(data: bytes) -> bytes:
    """zlib's bytes, for a part of a build that few starts read (see Packed)."""
    import zlib  # only when packing, or reading what was packed: never at a start

    return zlib.compress(data)


def decompress(data: bytes) -> bytes:
    """What :func:`compress` was given."""
    import zlib

    return zlib.decompress(data)


def cache_dir(environ: Mapping[str, str] = os.environ) -> str:
    """Where builds are kept: $XDG_CACHE_HOME/twitch-assistant, or ~/.cache/..."""
    return app_dir(environ, "XDG_CACHE_HOME", ".cache")


def key_path(environ: Mapping[str, str] = os.environ) -> str:
    """The secret that signs builds: $XDG_STATE_HOME/twitch-assistant/cache-key."""
    return os.path.join(app_dir(environ, "XDG_STATE_HOME", os.path.join(".local", "state")),
                        "cache-key")


def load_or_build(directories: Iterable[StrPath], build: Callable[[], T], expected: type[T]) -> T:
    """The cached build for these data directories, or a fresh one (then cached).

    ``expected`` is the type a build has; a cached object of any other type is
    never returned.
    """
    if os.environ.get("TWITCH_ASSISTANT_NO_CACHE"):
        return build()
    try:
        name = _fingerprint(directories)
        directory = private_dir(cache_dir())
        key = _key(key_path())
    except OSError:  # missing data (the build says so), or no safe place for a cache
        return build()
    path = os.path.join(directory, f"{name}.pickle")
    found = _read(path, name, key)
    if isinstance(found, expected):
        return found
    built = build()
    _write(path, name, key, built)
    return built


def _fingerprint(directories: Iterable[StrPath]) -> str:
    """A name for the build of these directories with this code and this Python."""
    stamp = [f"{sys.version_info[:2]}"]
    # The package's modules, as source and as compiled by mypyc (see native.py): the
    # classes a build pickles are native in one and plain in the other.
    for directory, suffixes in [(_PACKAGE, (".py", ".so", ".pyd")),
                                *((d, (".yaml", ".yml")) for d in directories)]:
        root = os.path.realpath(directory)  # once per directory, not for every file
        with os.scandir(root) as entries:
            files = sorted((e for e in entries if e.name.endswith(suffixes)),
                           key=lambda e: e.name)
        for entry in files:
            stat = entry.stat()
            stamp.append(f"{root}/{entry.name}|{stat.st_size}|{stat.st_mtime_ns}")
    text = "\n".join(stamp).encode()
    # A hash of the stamp with the MAC's own BLAKE2b, already loaded: zlib's checksums
    # cost a start another import.
    return f"{blake2b(text, digest_size=8).hexdigest()}{len(stamp) - 1:04x}"


def _key(path: str) -> bytes:
    """The user's signing key, made on first use; OSError when it cannot be kept safely.

    Two first starts at once may each make a key; the last one written wins, and
    the other's build simply fails its check next time and is made again.
    """
    private_dir(os.path.dirname(path))
    try:
        with open(open_private(path, os.O_RDONLY), "rb") as file:
            key = file.read(KEY_BYTES + 1)
    except FileNotFoundError:
        key = b""
    if len(key) != KEY_BYTES:
        key = os.urandom(KEY_BYTES)
        _replace(path, key)
    return key


def _mac(key: bytes, name: str, payload: bytes | memoryview) -> bytes:
    """Keyed BLAKE2b (RFC 7693) of the layout, the file's name (so a build cannot pass
    for another) and the pickle. Every start checks the whole file, and BLAKE2b does
    that about three times as fast as HMAC-SHA256 (about 1 ms against 3 for a build of
    the packaged data), with the key in the hash itself rather than in two passes."""
    mac = blake2b(MAGIC + name.encode(), key=key, digest_size=_MAC_BYTES)
    mac.update(payload)
    return mac.digest()


def _read(path: str, name: str, key: bytes) -> object:
    """The unpickled build, or None if the file is missing, not the user's, or not intact."""
    try:
        with open(open_private(path, os.O_RDONLY), "rb") as file:
            data = file.read()
    except OSError:
        return None
    start = len(MAGIC) + _MAC_BYTES
    if len(data) <= start or not data.startswith(MAGIC):
        return None
    payload = memoryview(data)[start:]
    if not compare_digest(data[len(MAGIC):start], _mac(key, name, payload)):
        return None  # written by someone without the key, or damaged: never unpickled
    # Unpickling makes some 30,000 objects (mostly strings, tuples and sets): the cyclic
    # collector would run dozens of times meanwhile and find nothing, as nothing loaded
    # is garbage yet. Pausing it makes a start's load about a quarter faster.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return loads(payload)
    except Exception:  # our own file, but made by another version of a dependency
        return None
    finally:
        if collecting:
            gc.enable()


def _write(path: str, name: str, key: bytes, value: object) -> None:
    """Write the signed build; failing to is no harm, the next start builds again."""
    try:
        payload = _unmemoized(_shared(dumps(value, protocol=-1)))
        _replace(path, MAGIC + _mac(key, name, payload) + payload)
        _prune(os.path.dirname(path))
    except Exception:
        pass


def _shared(payload: bytes) -> bytes:
    """The same build pickled again with every distinct string, and every tuple made only
    of strings (phrases), stored once; and every distinct bytes object (a part that two
    owners packed alike, see Packed).

    A build holds many equal strings made separately ('i', 'what', '{nutrient}': 52,700
    strings, 18,200 distinct, in the packaged data), and the pickler shares only the very
    same object, so each copy was stored and made again at every start. Read back once
    through the pure-Python unpickler, which lets each equal string or tuple become one
    object, and pickled again, the build is a fifth smaller and a third faster to load.
    This costs the write, which happens once per data change, a pure-Python pass.
    Strings, bytes and tuples cannot change, so sharing them changes nothing a reader can
    see.
    """
    import io
    import pickle  # only when writing, which a normal start does not do

    makers = (pickle.SHORT_BINUNICODE, pickle.BINUNICODE, pickle.BINUNICODE8, pickle.UNICODE,
              pickle.SHORT_BINBYTES, pickle.BINBYTES, pickle.BINBYTES8,
              pickle.EMPTY_TUPLE, pickle.TUPLE1, pickle.TUPLE2, pickle.TUPLE3, pickle.TUPLE)
    unpickler = pickle._Unpickler(io.BytesIO(payload))
    table = pickle._Unpickler.dispatch
    unpickler.dispatch = _sharing(table, [opcode[0] for opcode in makers])  # type: ignore[misc]
    return dumps(unpickler.load(), protocol=-1)


def _unmemoized(payload: bytes) -> bytes:
    """The same pickle without the memo entries that nothing refers back to.

    The pickler remembers every string, tuple and container it writes in case it comes
    again (47,650 in a build of the packaged data), and the unpickler keeps each one in
    its memo table as told; some 11,200 come again. pickletools.optimize leaves out the
    rest: the file is 4% smaller and its load about a tenth quicker. Only when writing.
    """
    import pickletools  # only when writing, which a normal start does not do

    return pickletools.optimize(payload)


def _sharing(dispatch: dict[int, Callable[[Any], None]], makers: list[int]
             ) -> dict[int, Callable[[Any], None]]:
    """The pure-Python unpickler's opcode table, with each opcode that makes a string,
    bytes or a tuple followed by a swap of what it made for the first equal one seen.

    Only plain values are shared: a string, bytes, or a tuple of shareable values (a
    tuple holding anything else, a list say, is left as it is)."""
    seen: dict[object, object] = {}

    def plain(value: object) -> bool:
        return type(value) in (str, bytes) or (type(value) is tuple
                                               and all(map(plain, value)))

    def sharing(load: Callable[[Any], None]) -> Callable[[Any], None]:
        def load_shared(self: Any) -> None:
            load(self)
            made = self.stack[-1]
            if plain(made):
                self.stack[-1] = seen.setdefault(made, made)
        return load_shared

    return {**dispatch, **{opcode: sharing(dispatch[opcode]) for opcode in makers}}


def _replace(path: str, data: bytes) -> None:
    """Write a new 0600 file in one step, so a concurrent start never reads half of it."""
    import tempfile  # only when writing, which a normal start does not do

    descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    try:
        with open(descriptor, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _prune(directory: str) -> None:
    """Keep the newest few builds: every data or code change makes a new one."""
    with os.scandir(directory) as entries:
        builds = sorted((entry for entry in entries if entry.name.endswith(".pickle")),
                        key=lambda entry: entry.stat().st_mtime, reverse=True)
    for stale in builds[KEEP:]:
        with suppress(FileNotFoundError):  # pruned by another start meanwhile
            os.unlink(stale.path)
