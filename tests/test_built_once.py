"""What the engine works out once, when the data is built, must be what it would work out
for each question: the diet cuts of every nutrient's food list."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from assistant.knowledge import KnowledgeBase, load_knowledge

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge([KNOWLEDGE])


def counted(kb: KnowledgeBase, exclude: frozenset[str],
            skip: frozenset[str]) -> dict[str, tuple[int, int]]:
    """The cuts counted line by line for every nutrient, as a diet answer once did."""
    cuts = {}
    for nutrient in kb.nutrients.values():
        listed = sum(kb.line_kept(e, skip=skip) for e in nutrient.foods)
        left = sum(kb.line_kept(e, exclude, skip) for e in nutrient.foods)
        if left != listed:
            cuts[nutrient.id] = (listed, left)
    return cuts


def test_every_diet_has_its_cuts_worked_out_when_the_data_is_built(kb: KnowledgeBase) -> None:
    assert set(kb.diet_cuts) == {diet.excludes for diet in kb.diets.values()}
    assert any(kb.diet_cuts.values()), "no diet cuts any food list: the test checks nothing"
    for diet in kb.diets.values():
        assert dict(kb.diet_cuts[diet.excludes]) == counted(kb, diet.excludes, frozenset())


def test_cuts_with_foods_ruled_out_and_diets_together_are_counted_alike(
        kb: KnowledgeBase) -> None:
    excludes = [diet.excludes for diet in kb.diets.values()]
    excludes += [a | b for a, b in combinations(excludes, 2)]
    skips = [frozenset(), *(frozenset({food}) for food in [*kb.foods, *kb.groups])]
    skips += [frozenset(pair) for pair in combinations(list(kb.foods)[:8], 2)]
    for exclude in excludes:
        for skip in skips:
            assert {n: tuple(cut) for n, cut in kb.cuts(exclude, skip).items()} \
                == counted(kb, exclude, skip), (sorted(exclude), sorted(skip))
