"""What lets the per-question modules be compiled to C by mypyc and still run as Python.

The package is plain Python. ``TWITCH_ASSISTANT_COMPILE=1 pip install .`` compiles the
modules listed in ``hatch_build.py`` with mypyc (about 1.8 to 2 times less CPU
per question). A compiled module's classes are native: their instances have no
``__dict__``, and pickling one calls the class's ``__new__`` without arguments, which
for a native class runs ``__init__`` unless the class is marked ``serializable``. The
compiled cache pickles the engine's parts, so each class whose instances it holds
is marked with :func:`mypyc_attr` and keeps its state through :func:`attributes` and
:func:`restore` rather than ``__dict__``. The mark also allows interpreted subclasses:
with ``serializable`` alone, mypyc 2.4.1 runs no ``__init__`` for an instance made from
Python code (the data loaders are not compiled), whose attributes then stay unset.

This module itself is never compiled: mypyc takes ``if TYPE_CHECKING`` to be true
at compile time and would treat the ``else`` branch below as unreachable.
"""

from __future__ import annotations

from collections.abc import Collection

# No module a start imports imports typing at run time: typing costs a piped start
# about 3 ms (its own module body), a tenth of it. Type checkers see typing's names;
# what runs is the stand-ins below, or nothing (a TypeVar only annotations name, and
# this package's annotations are postponed strings, goes under TYPE_CHECKING).
# tests/test_startup.py checks that a piped start never imports typing.
TYPE_CHECKING = False  # typing.TYPE_CHECKING, as records.py spells it
if TYPE_CHECKING:
    from typing import Generic as Generic
    from typing import Protocol as Protocol
    from typing import cast as cast

    from mypy_extensions import mypyc_attr as mypyc_attr
else:
    class Generic:
        """typing.Generic for a class whose type parameters only type checkers read:
        at run time ``Generic[T]`` is this plain base, whatever T is."""

        def __class_getitem__(cls, parameters):
            return cls

    class Protocol:
        """typing.Protocol for a protocol only type checkers check: at run time a
        plain base class with the protocol's methods and docstrings."""

    def cast(kind, value):
        """typing.cast: the value itself, for type checkers only."""
        return value

    def mypyc_attr(*flags, **settings):
        """mypy_extensions.mypyc_attr, which mypyc reads when it compiles a class and
        which does nothing at run time: the package does not need mypy_extensions."""
        return lambda cls: cls


def attributes(owner: object, left_out: Collection[str] = ()) -> dict[str, object]:
    """What pickling one of the engine's parts keeps of it: its attributes, less those
    in ``left_out`` (caches that :meth:`__setstate__` makes again). A native class
    names its attributes in ``__mypyc_attrs__``; an attribute never set is left out."""
    names = getattr(type(owner), "__mypyc_attrs__", None)
    if names is None:
        return {k: v for k, v in vars(owner).items() if k not in left_out}
    return {name: getattr(owner, name) for name in names
            if name not in left_out and name != "__dict__" and hasattr(owner, name)}


def restore(owner: object, state: dict[str, object]) -> None:
    """Puts back on an unpickled part what :func:`attributes` kept."""
    for name, value in state.items():
        setattr(owner, name, value)
