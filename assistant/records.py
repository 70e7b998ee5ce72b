"""``NamedTuple`` for the package's record classes, made at a third of typing's cost.

Every record of the engine (intents, foods, readings, replies, ...) is a NamedTuple,
and a start creates some fifty of those classes before it can answer. ``typing``'s
NamedTuple checks each field's annotation as it makes the class, and turns every
postponed annotation (a string) into a ``ForwardRef``, compiling it: about two
thirds of the 3.5 to 5.5 ms those classes took a piped start. Nothing here reads
annotations at run time, so this one leaves them as written and makes the very
class ``typing`` would: ``collections.namedtuple`` with the body's methods,
properties and docstring on it, and the annotations kept in ``__annotations__``.

The class itself comes from ``collections.namedtuple``, not from a copy of it: one
that also compiled ``__new__`` once per number of fields, rather than once per class,
saved about 1.3 ms more of a start, not worth keeping a copy of namedtuple in step with
each Python release. ``tests/test_records.py`` holds a record beside typing's twin.
Type checkers see ``typing.NamedTuple`` itself, so a record is checked as one.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing for it
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    from collections import namedtuple

    # What typing refuses to have a class body overwrite, and what it does not copy.
    _PROHIBITED = frozenset({"_fields", "_asdict", "_make", "_field_defaults",
                             "__getnewargs__", "_replace", "__slots__", "__init__",
                             "__new__", "_source"})
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _RecordMeta(type):
        """Turns ``class Name(NamedTuple): ...`` into a namedtuple class, as typing's
        NamedTupleMeta does, without checking the annotations."""

        def __new__(cls, typename, bases, namespace):
            if bases != (NamedTuple,):
                raise TypeError("a record class inherits from NamedTuple alone")
            fields = namespace.get("__annotations__", {})
            defaults = []
            for name in fields:
                if name in namespace:
                    defaults.append(name)
                elif defaults:
                    raise TypeError(f"{typename}: field {name} without a default follows "
                                    "fields with defaults")
            record = namedtuple(typename, fields,
                                defaults=[namespace[name] for name in defaults],
                                module=namespace["__module__"])
            record.__annotations__ = record.__new__.__annotations__ = dict(fields)
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in fields:
                    setattr(record, key, value)
            return record

    NamedTuple = type.__new__(_RecordMeta, "NamedTuple", (), {})
