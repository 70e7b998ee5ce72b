"""assistant.records.NamedTuple makes the class typing.NamedTuple makes, only cheaper."""

from __future__ import annotations

import inspect
import pickle
import re
import typing
from typing import Any

import pytest

from assistant import records


def _twins() -> tuple[Any, Any]:
    """The same record class body, made by typing's NamedTuple and by the package's."""
    made = []
    for base in (typing.NamedTuple, records.NamedTuple):
        class Food(base):  # type: ignore[misc, valid-type]
            """A food and how much of a nutrient it has."""

            name: str
            amounts: tuple[float, ...]
            unit: str = "mg"
            note: str | None = None

            def total(self) -> float:
                return sum(self.amounts)

            @property
            def label(self) -> str:
                return f"{self.name} ({self.unit})"

        made.append(Food)
    return made[0], made[1]


def _parameters(method: Any) -> list[tuple[str, object, object]]:
    """A signature without its annotations, which typing turns into ForwardRefs."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(method).parameters.values()]


def test_a_record_class_behaves_as_typings() -> None:
    typed, ours = _twins()
    assert ours.__mro__[1:] == typed.__mro__[1:] == (tuple, object)
    # every attribute, so that a method a later namedtuple adds is missed here first
    assert set(vars(ours)) == set(vars(typed)) - {"__orig_bases__"}  # typing's alone
    for attribute in ("_fields", "_field_defaults", "__doc__", "__match_args__",
                      "__module__", "__qualname__", "__slots__"):
        assert getattr(ours, attribute) == getattr(typed, attribute), attribute
    assert list(ours.__annotations__) == list(typed.__annotations__)
    for method in ("__new__", "_make", "_replace", "__repr__", "_asdict", "__getnewargs__"):
        theirs, mine = getattr(typed, method), getattr(ours, method)
        assert _parameters(mine) == _parameters(theirs), method
        assert (mine.__qualname__, mine.__doc__) == (theirs.__qualname__, theirs.__doc__)
    for name in typed._fields:
        assert getattr(ours, name).__doc__ == getattr(typed, name).__doc__
        assert getattr(ours("kale", (1.0,)), name) == getattr(typed("kale", (1.0,)), name)
    a, b = typed("kale", (1.0, 2.5)), ours("kale", (1.0, 2.5))
    assert tuple(a) == tuple(b) and repr(a) == repr(b)
    assert tuple(ours(amounts=(1.0, 2.5), name="kale")) == tuple(b)
    assert b.total() == a.total() and b.label == a.label
    assert tuple(b._replace(unit="g")) == tuple(a._replace(unit="g"))
    assert b._asdict() == a._asdict()
    assert type(ours._make(a)) is ours
    for wrong in ((), ("kale", (1.0,), "g", None, "extra")):
        with pytest.raises(TypeError) as expected:
            typed(*wrong)
        with pytest.raises(TypeError, match=re.escape(str(expected.value))):
            ours(*wrong)
    with pytest.raises(TypeError, match="Expected 4 arguments, got 1"):
        ours._make(["kale"])
    with pytest.raises(ValueError):
        b._replace(colour="green")


def test_records_of_the_package_pickle_as_themselves() -> None:
    from assistant.reply import Candidate

    candidate = Candidate("nutrient_foods", 0.5)
    again = pickle.loads(pickle.dumps(candidate, protocol=-1))
    assert type(again) is Candidate and again == candidate


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default"):
        class Broken(records.NamedTuple):
            first: int = 0
            second: int  # type: ignore[misc]


def test_namedtuple_attributes_cannot_be_overwritten() -> None:
    with pytest.raises(AttributeError, match="_replace"):
        class Broken(records.NamedTuple):
            value: int

            def _replace(self) -> None:  # type: ignore[misc]
                pass


@pytest.mark.parametrize("count", range(1, 36))
def test_each_written_out_new_is_the_one_namedtuple_compiles(count: int) -> None:
    """record_new's templates are written by hand: each must be, instruction for
    instruction, the lambda records compiles for a count it has no template for."""
    from assistant.record_new import NEW_BY_COUNT

    names = ", ".join(f"_{index}" for index in range(count)) + ("," if count == 1 else "")
    compiled = eval(f"lambda _cls, {names}: _tuple_new(_cls, ({names}))",
                    {"_tuple_new": tuple.__new__})
    written = NEW_BY_COUNT[count].__code__
    assert (written.co_code, written.co_varnames, written.co_argcount) == (
        compiled.__code__.co_code, compiled.__code__.co_varnames, compiled.__code__.co_argcount)
    fields = tuple(f"f{index}" for index in range(count))
    record = records._namedtuple("Wide", fields, (), __name__)  # type: ignore[attr-defined]
    assert record(*range(count)) == tuple(range(count))
    assert record(**dict(zip(fields, range(count), strict=True))) == tuple(range(count))


def test_a_record_of_more_fields_than_written_out_compiles_its_own() -> None:
    fields = tuple(f"f{index}" for index in range(40))
    record = records._namedtuple("Wider", fields, (), __name__)  # type: ignore[attr-defined]
    assert record(*range(40)).f39 == 39
