"""Where the program keeps the user's own files, and keeping them the user's own.

Two kinds of file live outside the package: the compiled cache (whose contents
are unpickled, so whoever can write it can run code as the user) and the chat
history (what the user asked, which may be private). Both go in per-user
directories found the XDG Base Directory way, and both are only used when
nobody else can have put or changed anything there:

* a relative ``XDG_*_HOME`` is ignored, as the spec says, so a start in some
  other folder never reads that folder's files;
* a directory is created 0700; an existing one must belong to the user and
  must not be writable by group or others (one that is only readable by them,
  as earlier versions made it, is tightened to 0700);
* a file is opened without following a symlink, must belong to the user, and
  is created (or tightened to) 0600.

Problems are raised as OSError with a reason a person can act on; callers
decide whether that means a warning (history) or quietly doing without (cache).
Owners and modes are POSIX ideas: elsewhere only the locations apply.

Paths are plain strings (``os.path``), not ``pathlib``: the compiled cache is found on
every start, and importing pathlib (with urllib.parse and ipaddress) cost a piped
question about 2.5 ms.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping

APP = "twitch-assistant"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_POSIX = os.name == "posix"
StrPath = str | os.PathLike[str]  # what the functions here take as a path
TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from typing import TypeVar

    P = TypeVar("P", str, os.PathLike[str])


def app_dir(environ: Mapping[str, str], variable: str, fallback: str) -> str:
    """``$variable/twitch-assistant``, or ``~/fallback/twitch-assistant`` when the
    variable is unset, empty or relative. OSError when there is no absolute home
    either: a relative one would again mean files in whatever folder we started in."""
    value = environ.get(variable, "")
    if value and os.path.isabs(value):
        return os.path.join(value, APP)
    home = environ.get("HOME", "")
    if not os.path.isabs(home):
        home = os.path.expanduser("~")  # the password database, when HOME is unset
    if not os.path.isabs(home):
        raise OSError(errno.ENOENT, f"no home directory to keep files in (HOME={home!r})")
    return os.path.join(home, fallback, APP)


def private_dir(path: P) -> P:
    """The directory, created 0700 if missing; OSError if it is not safely the user's."""
    os.makedirs(path, mode=0o700, exist_ok=True)  # parents get the default mode
    info = os.stat(path)  # a symlink is followed: the directory it leads to must be ours
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, f"{path} is not a directory", str(path))
    if _POSIX:
        _check_owner(path, info, "directory ")
        if info.st_mode & 0o022:
            raise PermissionError(errno.EACCES, f"directory {path} can be written by "
                                                "other users", str(path))
        if info.st_mode & 0o077:
            os.chmod(path, 0o700)
    return path


def open_private(path: StrPath, flags: int) -> int:
    """A file descriptor for a file of a private directory, created 0600 if ``flags``
    has O_CREAT. Raises OSError for a symlink, a non-regular file, or a file of
    another user; an existing file readable by others is tightened to 0600."""
    try:
        descriptor = os.open(path, flags | _NOFOLLOW, 0o600)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, f"{path} is a symbolic link", str(path)) from None
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, f"{path} is not a regular file", str(path))
        if _POSIX:
            _check_owner(path, info, "")
            if info.st_mode & 0o077:
                os.fchmod(descriptor, 0o600)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _check_owner(path: StrPath, info: os.stat_result, kind: str) -> None:
    if info.st_uid != os.geteuid():
        raise PermissionError(errno.EACCES, f"{kind}{path} belongs to another user", str(path))
