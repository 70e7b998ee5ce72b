"""``NamedTuple`` for the package's record classes, made at a third of typing's cost.

Every record of the engine (intents, foods, readings, replies, ...) is a NamedTuple,
and a start creates some fifty of those classes before it can answer. ``typing``'s
NamedTuple checks each field's annotation as it makes the class, and turns every
postponed annotation (a string) into a ``ForwardRef``, compiling it: about two
thirds of the 3.5 to 5.5 ms those classes took a piped start. Nothing here reads
annotations at run time, so this one leaves them as written and makes the very
class ``typing`` would: ``collections.namedtuple`` with the body's methods,
properties and docstring on it, and the annotations kept in ``__annotations__``.

The class is made as ``collections.namedtuple`` makes it, with one difference:
namedtuple compiles each class's ``__new__`` from source text, some 50 us a class,
and a start makes 56 of them. Here it is compiled once per number of fields and
renamed for each class (its code's argument names replaced), which is the function
namedtuple compiles. ``tests/test_records.py`` holds a record beside typing's twin,
attribute by attribute, so a Python whose namedtuple grows a method fails there.
Type checkers see ``typing.NamedTuple`` itself, so a record is checked as one.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing for it
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import sys
    from collections import _tuplegetter

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
            record = _namedtuple(typename, tuple(map(sys.intern, fields)),
                                 tuple(namespace[name] for name in defaults),
                                 namespace["__module__"])
            record.__annotations__ = record.__new__.__annotations__ = dict(fields)
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in fields:
                    setattr(record, key, value)
            return record

    NamedTuple = type.__new__(_RecordMeta, "NamedTuple", (), {})

    def _namedtuple(typename, fields, defaults, module):
        """The class ``collections.namedtuple(typename, fields, defaults=defaults,
        module=module)`` makes, with its ``__new__`` made by :func:`_new`."""
        if any(name.startswith("_") for name in fields):
            raise ValueError(f"{typename}: field names cannot start with an underscore")
        count, tuple_new = len(fields), tuple.__new__
        arguments = ", ".join(fields) + ("," if count == 1 else "")
        repr_format = "(" + ", ".join(f"{name}=%r" for name in fields) + ")"
        new = _new(typename, fields, defaults)
        new.__doc__ = f"Create new instance of {typename}({arguments})"

        @classmethod
        def _make(cls, iterable):
            result = tuple_new(cls, iterable)
            if len(result) != count:
                raise TypeError(f"Expected {count} arguments, got {len(result)}")
            return result

        _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

        def _replace(self, /, **kwds):
            result = self._make(map(kwds.pop, fields, self))
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return result

        _replace.__doc__ = (f"Return a new {typename} object replacing specified "
                            "fields with new values")

        def __repr__(self):
            "Return a nicely formatted representation string"
            return self.__class__.__name__ + repr_format % self

        def _asdict(self):
            "Return a new dict which maps field names to their values."
            return dict(zip(self._fields, self, strict=True))

        def __getnewargs__(self):
            "Return self as a plain tuple.  Used by copy and pickle."
            return tuple(self)

        for method in (new, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
            method.__qualname__ = f"{typename}.{method.__name__}"
        body = {"__doc__": f"{typename}({arguments})", "__slots__": (), "_fields": fields,
                "_field_defaults": dict(zip(fields[count - len(defaults):], defaults,
                                                     strict=True)),
                "__new__": new, "_make": _make, "_replace": _replace, "__repr__": __repr__,
                "_asdict": _asdict, "__getnewargs__": __getnewargs__, "__match_args__": fields}
        if sys.version_info >= (3, 13):  # copy.replace's hook, which namedtuple adds there
            body["__replace__"] = _replace
        for index, name in enumerate(fields):
            body[name] = _tuplegetter(index, sys.intern(f"Alias for field number {index}"))
        record = type(typename, (tuple,), body)
        record.__module__ = module
        return record

    # Per number of fields, namedtuple's __new__ for fields named _0, _1, ... (see
    # record_new.py); one for a record of more fields is compiled when first needed.
    from .record_new import NEW_BY_COUNT as _NEW_BY_COUNT

    def _new(typename, fields, defaults):
        """The ``__new__`` namedtuple compiles for these fields: the one compiled for
        their number, its arguments renamed (the names its errors and keywords use)."""
        template = _NEW_BY_COUNT.get(len(fields))
        if template is None:
            names = ", ".join(f"_{index}" for index in range(len(fields)))
            names += "," if len(fields) == 1 else ""
            template = _NEW_BY_COUNT[len(fields)] = eval(
                f"lambda _cls, {names}: _tuple_new(_cls, ({names}))",
                {"_tuple_new": tuple.__new__, "__builtins__": {}})
        code = template.__code__.replace(co_varnames=("_cls", *fields))
        globals_ = {"_tuple_new": tuple.__new__, "__builtins__": {},
                    "__name__": f"namedtuple_{typename}"}
        new = type(template)(code, globals_, "__new__")
        new.__defaults__ = defaults  # as namedtuple sets them: () when there are none
        return new
