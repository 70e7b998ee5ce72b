"""Safe YAML loading that remembers where every value came from.

Data files are written by people, so every problem has to be reported as
``file:line: what was expected`` rather than as a traceback. PyYAML forgets line
numbers once it builds Python objects; the loader here keeps them on the
mappings and lists it builds, and :class:`Record` turns a mapping into checked
fields while it still knows those lines.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Literal, TypeVar, overload

    from .userdirs import StrPath

    T = TypeVar("T")


class DataError(Exception):
    """A problem in a data file, worded for the person who edits that file."""

    def __init__(self, file: str | os.PathLike[str], line: int | None, message: str) -> None:
        self.file = display_path(file)
        self.line = line
        self.message = message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {message}")


def display_path(path: str | os.PathLike[str]) -> str:
    """Show a path relative to the working directory when that is shorter to read."""
    from pathlib import Path  # only for an error message: a normal start never needs it

    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


class LocatedDict(dict[str, object]):
    """A mapping that knows its own line and the line of each key."""

    line: int
    key_lines: dict[str, int]


class LocatedList(list[object]):
    """A list that knows its own line and the line of each item."""

    line: int
    item_lines: list[int]


MAX_FILE_BYTES = 5_000_000
"""The largest data file read (5 MB). PyYAML holds a whole document's node tree
at once, and a knowledge file needs about 60 bytes of memory for each of its
bytes while it loads (a 4 MB file about 250 MB and 3 s), so the limit keeps a
start within a few hundred MB; bigger data can be split into several files."""


def load_yaml(path: Path) -> object:
    """Parse one YAML file safely; tags that would build Python objects are errors.

    PyYAML is imported here rather than at the top: with a compiled cache, a normal
    start never parses YAML, and importing it would cost more than the rest.
    """
    import yaml

    from .yaml_loader import LineLoader

    text = _read_text(path)
    loader = LineLoader(text)
    loader.file = str(path)
    try:
        with _no_cycle_collection():
            return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or error.context or "invalid YAML"
        if isinstance(error, yaml.constructor.ConstructorError) and "tag" in problem:
            problem = f"tag {_tag_of(problem)} is not allowed in data files"
        raise DataError(path, line, problem) from None
    except yaml.YAMLError as error:
        raise DataError(path, None, str(error)) from None
    finally:
        loader.dispose()


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a document is built.

    Parsing makes hundreds of thousands of long-lived objects and no garbage
    cycles, but the allocations keep triggering collections, and the older
    generations' collections walk every object made so far. With the collector
    on, composing a 4 MB file took 5 times as long as a 1 MB one and 3.7 times
    as long as with it paused (cProfile put the time inside PyYAML's C parser;
    timing with gc disabled showed why). Paused, parsing grows linearly.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_text(path: Path) -> str:
    """The file as text, refused before parsing when it is over MAX_FILE_BYTES.

    At most one byte more than the limit is read, so even an endless file (a
    device, a file still growing) cannot fill the memory.
    """
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise DataError(path, None, f"cannot read ({error.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise DataError(path, 1, f"larger than {MAX_FILE_BYTES:,} bytes (5 MB), the limit "
                                 "for a data file; split it into several files")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataError(path, line, f"not UTF-8 text ({error.reason})") from None


def _tag_of(problem: str) -> str:
    """Pull the offending tag out of PyYAML's 'could not determine a constructor' text."""
    start = problem.find("'")
    end = problem.rfind("'")
    return problem[start : end + 1] if 0 <= start < end else "(unknown)"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' hint, or '' when nothing is close enough to help."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    best = process.extractOne(word, list(choices), scorer=OSA.normalized_similarity)
    if best and best[1] >= 0.6:
        return f" (did you mean '{best[0]}'?)"
    return ""


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list", dict: "a mapping"}


def type_name(kind: type) -> str:
    """Errors are read by data authors, who know 'a whole number', not 'int'."""
    return _TYPE_NAMES.get(kind, kind.__name__)


class Record:
    """Reads the fields of one YAML mapping, checking types and unknown keys.

    Every read names the field and the line, so a data author sees exactly which
    value is wrong. Call :meth:`finish` after the last read to reject keys that
    no reader asked for (usually typos of optional fields).
    """

    def __init__(self, file: Path, mapping: object, where: str, line: int) -> None:
        if not isinstance(mapping, dict):
            label = f"{where}: " if where else ""
            raise DataError(file, line, f"{label}expected a mapping, got {describe(mapping)}")
        self.file = file
        self.mapping: dict[str, object] = mapping
        self.where = where
        self.line = getattr(mapping, "line", line)
        self._seen: set[str] = set()

    def line_of(self, key: str) -> int:
        """Point an error at the key's own line; a mapping built in code has none, so its own."""
        key_lines: dict[str, int] = getattr(self.mapping, "key_lines", {})
        return key_lines.get(key, self.line)

    def error(self, key: str | None, message: str) -> DataError:
        """Word any problem found by a reader as file:line: field: message, for raising."""
        line = self.line_of(key) if key else self.line
        return DataError(self.file, line, f"{self.label(key)}: {message}")

    def label(self, key: str | None) -> str:
        """How a field is named in messages: 'potassium.foods', or just 'foods' at the top."""
        if not key:
            return self.where
        return f"{self.where}.{key}" if self.where else key

    def has(self, key: str) -> bool:
        """Lets a reader choose between shapes without marking the field as read."""
        return self.mapping.get(key) is not None

    def required(self, key: str, kind: type[T]) -> T:
        """A field the data cannot do without: missing or null is an error at the record."""
        self._seen.add(key)
        if key not in self.mapping or self.mapping[key] is None:
            raise self.error(None, f"missing required field '{key}'")
        return self._checked(key, self.mapping[key], kind)

    def optional(self, key: str, kind: type[T], default: T) -> T:
        """A field that may be left out (or null); present, it is checked like a required one."""
        self._seen.add(key)
        value = self.mapping.get(key)
        return default if value is None else self._checked(key, value, kind)

    def text(self, key: str, *, required: bool = True) -> str:
        """Text with its whitespace collapsed, so YAML line folding never reaches an answer."""
        value = self.required(key, str) if required else self.optional(key, str, "")
        value = " ".join(value.split())
        if required and not value:
            raise self.error(key, "must not be empty")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of text items; a single text is accepted as a list of one."""
        value = self.optional(key, object, None)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list):
            raise self.error(key, f"expected a list of text, got {describe(value)}")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise DataError(self.file, item_line(value, index, self.line_of(key)),
                                f"{self.label(key)}[{index}]: expected text, got {describe(item)}")
        return tuple(" ".join(item.split()) for item in value)

    def records(self, key: str, *, required: bool = False) -> Iterator[Record]:
        """Each mapping of a list field, as a Record of its own."""
        items = self.required(key, list) if required else self.optional(key, list, [])
        for index, item in enumerate(items):
            line = item_line(items, index, self.line_of(key))
            name = item.get("id", index) if isinstance(item, dict) else index
            yield Record(self.file, item, f"{self.label(key)}[{name}]", line)

    if TYPE_CHECKING:  # typing.overload is for type checkers only
        @overload
        def record(self, key: str, *, required: Literal[True] = ...) -> Record: ...
        @overload
        def record(self, key: str, *, required: bool) -> Record | None: ...

    def record(self, key: str, *, required: bool = True) -> Record | None:
        """A nested mapping as a Record of its own, so its errors name 'parent.key'."""
        if not required and self.mapping.get(key) is None:
            self._seen.add(key)
            return None
        value = self.required(key, dict)
        return Record(self.file, value, self.label(key), self.line_of(key))

    def finish(self) -> None:
        """Catch typos of optional fields, which would otherwise be silently ignored."""
        for key in self.mapping:
            if key not in self._seen:
                hint = did_you_mean(key, self._seen)
                raise self.error(key, f"unknown field '{key}'{hint}")

    def _checked(self, key: str, value: object, kind: type[T]) -> T:
        if isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool)):
            return value  # any value is an object, so kind object takes everything
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            # T is float here, but mypy does not narrow a type variable from `kind is float`
            return float(value)  # type: ignore[return-value]
        raise self.error(key, f"expected {type_name(kind)}, got {describe(value)}")


def item_line(items: object, index: int, default: int) -> int:
    """Point an error at a list item's own line; a list built in code has none, so ``default``."""
    lines: list[int] | None = getattr(items, "item_lines", None)
    return lines[index] if lines and index < len(lines) else default


def describe(value: object) -> str:
    """How a wrong value is shown in an error: its kind, and a short form of it."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "...'"
    return f"{type_name(type(value))} {shown}"


def yaml_files(directory: StrPath) -> list[Path]:
    """The YAML files of a data directory, in a stable order."""
    from pathlib import Path  # only when building: a start with a compiled cache never is

    directory = Path(directory)
    if not directory.is_dir():
        problem = "not a directory" if directory.exists() else "no such directory"
        raise DataError(directory, None, problem)
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml"))
    if not files:
        raise DataError(directory, None, "no .yaml files found")
    return files


def directories(argument: str, value: object, *, allow_empty: bool = False) -> list[StrPath]:
    """The directories an ``Assistant`` argument names: one path, or several.

    What a library caller passes is checked here, so a mistake reads as one
    ("knowledge: expected a directory ... got int 42") rather than as
    "'int' object is not iterable" from deep inside the loader. Text is never
    read as a list of one-letter paths, and bytes are refused: a path's encoding
    is the caller's to decide.
    """
    expected = "a directory (str or os.PathLike) or a list of directories"
    if isinstance(value, (str, os.PathLike)):
        items: list[object] = [value]
    elif isinstance(value, (bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{argument}: expected {expected}, got {_python_value(value)}")
    else:
        items = list(value)
    if not items:
        if not allow_empty:
            raise ValueError(f"{argument}: no directories given; leave it out to use the "
                             "packaged data")
        return []
    from pathlib import Path  # only for directories the caller names: a plain start names none

    paths: list[StrPath] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"{argument}: expected {expected}, got {_python_value(item)} "
                            "in the list")
        if not os.fspath(item):
            raise ValueError(f"{argument}: a directory name is empty")
        paths.append(Path(item))
    return paths


def _python_value(value: object) -> str:
    """A wrong argument as a programmer reads it: 'int 42', 'bytes b'/data''."""
    shown = repr(value)
    return f"{type(value).__name__} {shown if len(shown) <= 40 else shown[:37] + '...'}"
