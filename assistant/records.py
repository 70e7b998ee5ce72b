"""``NamedTuple`` for the package's record classes, made for a fraction of typing's cost.

Every record of the engine (intents, foods, readings, replies, ...) is a NamedTuple,
and a start makes some fifty of those classes before it can answer: 3.5 to 5.5 ms of
a piped question with ``typing.NamedTuple``. Two things cost most of that. typing
checks each field's annotation, turning every postponed one (a string) into a
compiled ``ForwardRef``; nothing here reads annotations at run time, so they are kept
as written. And ``collections.namedtuple`` compiles each class's ``__new__`` from
source, because its parameters carry the field names; here one ``__new__`` is compiled
per number of fields and each class gets a copy of its code with its own parameter
names (``CodeType.replace``), the same bytecode namedtuple would compile.

The class made is otherwise the one typing makes: a tuple subclass with the same
namespace as ``collections.namedtuple`` builds (fields, defaults, ``_make``,
``_replace``, ``_asdict``, ``__repr__``, pickling), then the class body's methods,
properties and docstring. ``tests/test_records.py`` holds the two side by side.
Type checkers see ``typing.NamedTuple`` itself, so a record is checked as one.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing for it
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import sys
    from collections import _tuplegetter  # namedtuple's field descriptor (C)
    from types import FunctionType

    # What typing refuses to have a class body overwrite, and what it does not copy.
    _PROHIBITED = frozenset({"_fields", "_asdict", "_make", "_field_defaults",
                             "__getnewargs__", "_replace", "__slots__", "__init__",
                             "__new__", "_source"})
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})
    _NEW_GLOBALS = {"_tuple_new": tuple.__new__, "__builtins__": {}}
    _new_codes = {}  # number of fields -> code of a __new__ taking that many

    def _new(typename, fields, defaults):
        """namedtuple's ``__new__`` for these fields, from a shared code object."""
        code = _new_codes.get(len(fields))
        if code is None:
            args = ", ".join(f"_{index}" for index in range(len(fields)))
            code = eval(f"lambda _cls, {args}: _tuple_new(_cls, ({args},))",
                        _NEW_GLOBALS).__code__
            _new_codes[len(fields)] = code
        new = FunctionType(code.replace(co_varnames=("_cls", *fields)), _NEW_GLOBALS,
                           "__new__", defaults)
        new.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"
        new.__module__ = f"namedtuple_{typename}"
        return new

    def _namespace(typename, fields, defaults):
        """What collections.namedtuple puts in the class it makes."""
        count = len(fields)
        # Names the hot methods find in their closure, as namedtuple's do, not as globals.
        tuple_new, length, mapping = tuple.__new__, len, map
        repr_format = f"({', '.join(f'{name}=%r' for name in fields)})"

        def _make(cls, iterable):
            result = tuple_new(cls, iterable)
            if length(result) != count:
                raise TypeError(f"Expected {count} arguments, got {len(result)}")
            return result

        def _replace(self, /, **kwds):
            result = self._make(mapping(kwds.pop, fields, self))
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return result

        def __repr__(self):
            return self.__class__.__name__ + repr_format % self

        def _asdict(self):
            return dict(zip(self._fields, self, strict=True))

        def __getnewargs__(self):
            return tuple(self)

        _make.__doc__ = f"Make a new {typename} object from a sequence or iterable"
        _replace.__doc__ = (f"Return a new {typename} object replacing specified fields "
                            "with new values")
        __repr__.__doc__ = "Return a nicely formatted representation string"
        _asdict.__doc__ = "Return a new dict which maps field names to their values."
        __getnewargs__.__doc__ = "Return self as a plain tuple.  Used by copy and pickle."
        new = _new(typename, fields, defaults)
        for method in (new, _make, _replace, __repr__, _asdict, __getnewargs__):
            method.__qualname__ = f"{typename}.{method.__name__}"
        namespace = {
            "__doc__": f"{typename}({', '.join(fields)})", "__slots__": (),
            "_fields": fields,
            "_field_defaults": dict(zip(fields[count - len(defaults):], defaults, strict=True)),
            "__new__": new, "_make": classmethod(_make), "_replace": _replace,
            "__repr__": __repr__, "_asdict": _asdict, "__getnewargs__": __getnewargs__,
            "__match_args__": fields,
        }
        for index, name in enumerate(fields):
            namespace[name] = _tuplegetter(index, sys.intern(f"Alias for field number {index}"))
        return namespace

    class _RecordMeta(type):
        """Turns ``class Name(NamedTuple): ...`` into a namedtuple class, as typing's
        NamedTupleMeta does, without checking the annotations."""

        def __new__(cls, typename, bases, body):
            if bases != (NamedTuple,):
                raise TypeError("a record class inherits from NamedTuple alone")
            annotations = body.get("__annotations__", {})
            fields = tuple(annotations)
            defaults = []
            for name in fields:
                if name in body:
                    defaults.append(body[name])
                elif defaults:
                    raise TypeError(f"{typename}: field {name} without a default follows "
                                    "fields with defaults")
            namespace = _namespace(typename, fields, tuple(defaults))
            namespace["__module__"] = body["__module__"]
            for key, value in body.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in fields:
                    namespace[key] = value
            record = type(typename, (tuple,), namespace)
            record.__annotations__ = record.__new__.__annotations__ = dict(annotations)
            return record

    NamedTuple = type.__new__(_RecordMeta, "NamedTuple", (), {})
