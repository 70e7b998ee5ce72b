"""Work done once, or done faster, must give what the plain way gives: the diet cuts of
every nutrient's food list worked out when the data is built, and the answer text's
sentence casing and spacing."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant import answers
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


# The answer text's last steps, written to skip to the few places they change: each must
# give what the plain regular expression it replaced gives, on any text.
def _sentence_case_by_one_pattern(text: str) -> str:
    return re.sub(r"(^-?\s*|[.!?]\s+|\n-?\s*)([a-z])",
                  lambda m: m.group(1) + m.group(2).upper(), text)


@given(st.text(alphabet="ab Z.!?\n\t\r-", max_size=30))
def test_sentence_case_is_the_one_pattern_version(text: str) -> None:
    assert answers.sentence_case(text) == _sentence_case_by_one_pattern(text)


@given(st.text(alphabet="a \t\n", max_size=20))
def test_runs_of_spaces_become_one_as_before(text: str) -> None:
    assert re.sub(answers._SPACES, " ", text) == re.sub(r"[ \t]+", " ", text)


def test_fields_marked_data_only_read_nothing_of_the_question(kb: KnowledgeBase) -> None:
    """A field filled once for every question must say the same whatever was asked."""
    nutrients = tuple(kb.nutrients)[:2]
    asked = answers.Scene(
        kb, {"nutrient": nutrients, "food": tuple(kb.foods)[:2], "diet": tuple(kb.diets)[:1],
             "trigger": tuple(kb.triggers)[:1], "factor": tuple(kb.lifestyle)[:1]},
        answers.Person("women", 40), ("urgent", "weakness"), (), answers.Person("men", 30),
        tuple(kb.foods)[:3])
    assert answers.DATA_ONLY, "no field is filled once: the test checks nothing"
    for namespace, name in answers.DATA_ONLY:
        field = answers.FIELDS[namespace][name]
        assert field(asked) == field(answers.Scene(kb)), (namespace, name)


def test_templates_of_data_only_fields_are_filled_when_the_data_is_built() -> None:
    from assistant import Assistant  # the packaged data, as the engine builds it

    bot = Assistant()
    filled = answers.fill_data_only(bot.intents, bot.knowledge)
    out_of_scope = bot.intents.intents["out_of_scope"].answers[0].text
    assert out_of_scope in filled
    for text, fact in filled.items():
        assert fact == answers._fill(text, answers.Scene(bot.knowledge))
    reply = bot.ask("what is the capital of france")
    assert reply.intent is None and reply.text == filled[out_of_scope].text
