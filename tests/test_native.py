"""What keeps the modules that hatch_build.py compiles with mypyc compilable, in a pure
checkout: a compiled build is slow to make, so these catch its known breakages first."""

from __future__ import annotations

import ast
import pickle
import re
from io import BytesIO
from pathlib import Path

from assistant import Assistant, native, records

REPO = Path(__file__).resolve().parents[1]


def compiled_modules() -> tuple[str, ...]:
    """hatch_build.MODULES, read from its source (hatchling is a build dependency only)."""
    tree = ast.parse((REPO / "hatch_build.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "MODULES" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return tuple(map(str, value))
    raise AssertionError("hatch_build.py names no MODULES")


def test_the_compiled_modules_exist() -> None:
    modules = compiled_modules()
    assert "matcher" in modules
    assert all((REPO / "assistant" / f"{name}.py").is_file() for name in modules)


def test_no_compiled_module_runs_code_that_mypy_takes_for_unreachable() -> None:
    """mypyc takes TYPE_CHECKING to be true: an ``else`` under it is compiled into an
    error raised when it runs ('Reached allegedly unreachable code!')."""
    for name in compiled_modules():
        tree = ast.parse((REPO / "assistant" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.If) and isinstance(node.test, ast.Name)
                    and node.test.id == "TYPE_CHECKING"):
                assert not node.orelse, f"assistant/{name}.py:{node.lineno}"


def test_every_part_the_cache_pickles_from_a_compiled_module_is_marked() -> None:
    """Unpickling a native class's instance runs its __init__ without arguments unless
    the class is serializable (see native.py); the cache would then fail to load and
    every start would build the engine afresh, seconds instead of milliseconds."""
    bot = Assistant()
    seen: set[type] = set()

    class Recording(pickle.Pickler):
        def persistent_id(self, obj: object) -> None:
            seen.add(type(obj))

    Recording(BytesIO(), protocol=-1).dump([bot.knowledge, bot.intents, bot.matcher,
                                            bot.reader, bot._dialogue, bot._renderer])
    compiled = {f"assistant.{name}" for name in compiled_modules()}
    marked = re.compile(r"@mypyc_attr\(allow_interpreted_subclasses=True, serializable=True\)"
                        r"\nclass (\w+)")
    checked = set()
    for cls in seen:
        if cls.__module__ in compiled and not issubclass(cls, tuple):
            source = (REPO / "assistant" / f"{cls.__module__.split('.')[1]}.py").read_text(
                encoding="utf-8")
            assert cls.__name__ in marked.findall(source), cls
            checked.add(cls.__name__)
    assert {"OverlapMatcher", "Reader", "SafetyCheck", "Normalizer", "Dialogue",
            "Renderer"} <= checked


class _Plain:
    def __init__(self) -> None:
        self.kept = 1
        self.cache = {2: 3}


def test_attributes_and_restore_of_a_plain_class() -> None:
    state = native.attributes(_Plain(), ("cache",))
    assert state == {"kept": 1}
    fresh = _Plain.__new__(_Plain)
    native.restore(fresh, state)
    assert vars(fresh) == {"kept": 1}
    assert native.mypyc_attr(serializable=True)(_Plain) is _Plain


def test_the_compiled_records_are_made_by_what_the_build_names() -> None:
    """hatch_build.py points mypyc's NamedTuple classes at assistant.records by name (so
    that a compiled start imports no typing): a name renamed there would fail only in a
    compiled build, at import, so the names are checked here."""
    source = (REPO / "hatch_build.py").read_text(encoding="utf-8")
    found = re.findall(r'\("typing", "(\w+)"\): \("assistant\.records", "(\w+)"\)', source)
    assert {typing_name for typing_name, _ in found} == {"_NamedTuple", "NamedTupleMeta"}
    named = dict(found)
    base, meta = (getattr(records, named[n]) for n in ("_NamedTuple", "NamedTupleMeta"))
    assert type(base) is meta
    record = meta("Record", (base,), {"__module__": __name__, "__annotations__": {"a": int}})
    assert record(1).a == 1 and record._fields == ("a",)
