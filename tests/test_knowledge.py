"""Every fact of the seed article and of the two reference files, checked in the loaded data.

Sources of truth: /work/shared/seed/muscle-twitching.txt (the article),
/work/shared/reference/daily-intakes.md and /work/shared/reference/when-to-see-a-doctor.md.
Each table below is one part of those texts; a fact that goes missing from
knowledge/*.yaml, or changes, fails the row that states it. Prose is checked by
its key words (the data may reword a sentence, not drop its content); ids,
numbers, lists and the comparison table are checked exactly.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from assistant import Assistant
from assistant.knowledge import Amount, Intake, KnowledgeBase, Nutrient, load_knowledge

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
ZINC = Path(__file__).resolve().parent / "fixtures" / "zinc"

ARTICLE = "Understanding the Causes of Muscle Twitching (seed article)"
NIH_ODS = "NIH Office of Dietary Supplements, Health Professional Fact Sheets"


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Assistants cache their compiled data; keep that out of the user's cache."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        patch.delenv("TWITCH_ASSISTANT_NO_CACHE", raising=False)
        yield cache


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge([KNOWLEDGE])


# ---------------------------------------------------------------- helpers

def assert_mentions(text: str, *phrases: str) -> None:
    """Every phrase appears in the text (case and line breaks ignored)."""
    flat = " ".join(text.lower().split())
    missing = [phrase for phrase in phrases if phrase.lower() not in flat]
    assert not missing, f"{missing} not found in {text!r}"


def nutrient_text(nutrient: Nutrient) -> str:
    """All the prose a nutrient carries, for facts whose field the data may choose."""
    return " ".join([nutrient.summary, nutrient.role, nutrient.mechanism, nutrient.supplements,
                     nutrient.foods_note, nutrient.other_sources_note])


def intake_of(kb: KnowledgeBase, nutrient_id: str) -> Intake:
    intake = kb.nutrients[nutrient_id].intake
    assert intake is not None, f"{nutrient_id} has no daily intake"
    return intake


def matching(amounts: tuple[Amount, ...], sex: str | None, age: int) -> set[tuple[float, str]]:
    """The (amount, also) figures that apply to a person, as a set (overlaps agree)."""
    return {(a.amount, a.also) for a in amounts if a.applies_to(sex, age)}


def tags_of(kb: KnowledgeBase, food_or_group: str) -> frozenset[str]:
    item = kb.foods.get(food_or_group) or kb.groups[food_or_group]
    return item.tags


def shared_foods(kb: KnowledgeBase, first: str, second: str) -> tuple[str, ...]:
    others = set(kb.foods_of(second))
    return tuple(food for food in kb.foods_of(first) if food in others)


def walk(value: Any, path: str = "kb") -> Iterator[tuple[str, Any]]:
    """Every value reachable from a loaded object, with a readable path to it.

    Records may be dataclasses or named tuples; either way fields are named in the path.
    """
    yield path, value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from walk(getattr(value, item.name), f"{path}.{item.name}")
    elif isinstance(value, tuple) and hasattr(value, "_fields"):
        for name in value._fields:
            yield from walk(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, (dict, MappingProxyType)):
        for key, item in value.items():
            yield from walk(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")


def source_refs(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """Every (path, ref) of a field that names where a fact comes from."""
    return [(path, value) for path, value in walk(kb)
            if path.rsplit(".", 1)[-1] in {"source", "see_doctor_source", "urgent_source"}]


# ---------------------------------------------------------------- twitching itself

@pytest.mark.parametrize(("field", "phrases"), [
    ("name", ("muscle twitching",)),
    ("also_called", ("fasciculation",)),
    ("definition", ("also known as fasciculation", "individual muscle fib",
                    "contract involuntarily")),
    ("outlook", ("most cases", "harmless", "temporary")),
    ("first_step", ("root cause", "first step", "relief")),
    ("persistent_link", ("significant and persistent", "nutritional deficiencies",
                         "electrolyte imbalances")),
])
def test_twitching_facts(kb: KnowledgeBase, field: str, phrases: tuple[str, ...]) -> None:
    assert_mentions(getattr(kb.twitching, field), *phrases)


def test_twitching_is_also_called_fasciculation_exactly(kb: KnowledgeBase) -> None:
    assert (kb.twitching.name, kb.twitching.also_called) == ("muscle twitching", "fasciculation")


# ---------------------------------------------------------------- causes and triggers

@pytest.mark.parametrize(("group", "expected"), [
    # "Common triggers include stress, fatigue, dehydration, and ... caffeine or alcohol"
    ("common", ("stress", "fatigue", "dehydration", "caffeine", "alcohol")),
    # "significant and persistent twitching ... nutritional deficiencies and electrolyte imbalances"
    ("persistent", ("nutritional-deficiency", "electrolyte-imbalance")),
    # nicotine (lifestyle), sweating (potassium), some medicines (NHS)
    ("also", ("nicotine", "exercise", "medicines")),
])
def test_causes_in_the_articles_order(kb: KnowledgeBase, group: str,
                                      expected: tuple[str, ...]) -> None:
    assert getattr(kb.causes, group) == expected


TRIGGERS = [
    # id, name, key words of the explanation, relief factor, source, aliases people use
    ("stress", "stress and anxiety", ("stress", "anxiety", "muscle twitching"),
     "stress-management", "article#lifestyle", ("stress", "anxiety", "anxious")),
    ("fatigue", "fatigue and lack of sleep", ("fatigue", "trigger"),
     "sleep", "article#lifestyle", ("fatigue", "tired", "lack of sleep")),
    ("dehydration", "dehydration", ("dehydration", "very common cause", "electrolyte balance"),
     "hydration", "article#lifestyle", ("dehydration", "dehydrated")),
    ("caffeine", "caffeine", ("excessive caffeine", "overstimulate the nervous system"),
     "stimulants", "article#lifestyle", ("caffeine", "coffee", "energy drinks")),
    ("alcohol", "alcohol", ("excessive alcohol", "lifestyle"),
     "", "article#intro", ("alcohol", "beer", "wine")),
    ("nicotine", "nicotine", ("excessive nicotine", "overstimulate the nervous system"),
     "stimulants", "article#lifestyle", ("nicotine", "smoking", "vaping")),
    ("exercise", "strenuous exercise and heavy sweating",
     ("strenuous exercise", "heavy sweating", "athletes", "sweat excessively", "potassium"),
     "hydration", "article#potassium", ("exercise", "sweating", "workout")),
    ("nutritional-deficiency", "nutritional deficiencies",
     ("persistent", "magnesium", "potassium", "calcium", "vitamin d", "b vitamins"),
     "", "article#intro", ("nutritional deficiency", "vitamin deficiency")),
    ("electrolyte-imbalance", "electrolyte imbalance",
     ("minerals with an electric charge", "nerve signal", "muscle contraction", "potassium",
      "magnesium", "calcium", "uncontrolled muscle movements"),
     "hydration", "article#intro", ("electrolyte imbalance", "low electrolytes")),
    ("medicines", "some medicines", ("medicines", "twitching"),
     "", "nhs", ("medicine", "medication", "antidepressants")),
]


@pytest.mark.parametrize(("trigger_id", "name", "phrases", "relief", "source", "aliases"),
                         TRIGGERS, ids=[row[0] for row in TRIGGERS])
def test_trigger(kb: KnowledgeBase, trigger_id: str, name: str, phrases: tuple[str, ...],
                 relief: str, source: str, aliases: tuple[str, ...]) -> None:
    trigger = kb.triggers[trigger_id]
    assert (trigger.name, trigger.relief, trigger.source) == (name, relief, source)
    assert_mentions(trigger.explanation, *phrases)
    assert set(aliases) <= set(trigger.aliases)


def test_the_triggers_are_exactly_the_articles_and_the_nhs(kb: KnowledgeBase) -> None:
    assert list(kb.triggers) == [row[0] for row in TRIGGERS]


@pytest.mark.parametrize(("trigger_id", "phrases"), [
    ("alcohol", ("significantly reduce",)),
    ("nutritional-deficiency", ("whole food sources",)),
    ("medicines", ("see a doctor", "do not stop a prescribed medicine", "medical advice")),
])
def test_triggers_without_a_lifestyle_factor_give_advice(kb: KnowledgeBase, trigger_id: str,
                                                         phrases: tuple[str, ...]) -> None:
    assert_mentions(kb.triggers[trigger_id].advice, *phrases)


# ---------------------------------------------------------------- electrolytes

@pytest.mark.parametrize(("field", "phrases"), [
    ("definition", ("minerals", "electric charge", "nerve signal", "muscle contraction")),
    ("imbalance", ("delicate balance", "uncontrolled muscle movements")),
    ("vitamins", ("b vitamins", "vitamin d", "neuromuscular function", "twitches and spasms")),
])
def test_electrolyte_facts(kb: KnowledgeBase, field: str, phrases: tuple[str, ...]) -> None:
    assert_mentions(getattr(kb.electrolytes, field), *phrases)


def test_electrolytes_are_potassium_magnesium_and_calcium(kb: KnowledgeBase) -> None:
    assert kb.electrolytes.members == ("potassium", "magnesium", "calcium")
    assert {n.id for n in kb.nutrients.values() if n.electrolyte} == set(kb.electrolytes.members)
    assert {kb.nutrients[m].kind for m in kb.electrolytes.members} == {"mineral"}


# ---------------------------------------------------------------- nutrients

NUTRIENTS = [
    # id, name, kind, electrolyte, source, part_of, members
    ("magnesium", "magnesium", "mineral", True, "article#magnesium", "", ()),
    ("calcium", "calcium", "mineral", True, "article#calcium", "", ()),
    ("potassium", "potassium", "mineral", True, "article#potassium", "", ()),
    ("vitamin-d", "vitamin D", "vitamin", False, "article#vitamin-d", "", ()),
    ("b-vitamins", "B vitamins", "vitamin", False, "article#b-vitamins", "",
     ("b6", "b12", "folate")),
    ("b6", "vitamin B6", "vitamin", False, "article#b-vitamins", "b-vitamins", ()),
    ("b12", "vitamin B12", "vitamin", False, "article#b-vitamins", "b-vitamins", ()),
    ("folate", "folate (vitamin B9)", "vitamin", False, "article#b-vitamins", "b-vitamins", ()),
]


@pytest.mark.parametrize(("nutrient_id", "name", "kind", "electrolyte", "source", "part_of",
                          "members"), NUTRIENTS, ids=[row[0] for row in NUTRIENTS])
def test_nutrient_identity(kb: KnowledgeBase, nutrient_id: str, name: str, kind: str,
                           electrolyte: bool, source: str, part_of: str,
                           members: tuple[str, ...]) -> None:
    n = kb.nutrients[nutrient_id]
    assert (n.name, n.kind, n.electrolyte, n.source, n.part_of, n.members) == (
        name, kind, electrolyte, source, part_of, members)


def test_the_nutrients_are_exactly_the_articles(kb: KnowledgeBase) -> None:
    assert list(kb.nutrients) == [row[0] for row in NUTRIENTS]


@pytest.mark.parametrize(("nutrient_id", "aliases"), [
    ("magnesium", ("magnesium",)),
    ("calcium", ("calcium",)),
    ("potassium", ("potassium",)),
    ("vitamin-d", ("vitamin d",)),
    ("b-vitamins", ("b vitamins",)),
    ("b6", ("b6", "vitamin b6")),
    ("b12", ("b12", "vitamin b12")),
    ("folate", ("folate", "b9", "folic acid")),
])
def test_nutrient_aliases(kb: KnowledgeBase, nutrient_id: str, aliases: tuple[str, ...]) -> None:
    assert set(aliases) <= set(kb.nutrients[nutrient_id].aliases)


NUTRIENT_FACTS = [
    # Magnesium
    ("magnesium", "summary", ("magnesium", "mineral", "preventing muscle twitches and spasms")),
    ("magnesium", "role", ("muscle relaxation",
                           "regulate the flow of calcium into and out of muscle cells")),
    ("magnesium", "mechanism", ("low magnesium", "buildup of calcium inside muscle cells",
                                "prolonged contraction", "twitches and cramps")),
    # Calcium
    ("calcium", "summary", ("essential for muscle contraction",)),
    ("calcium", "role", ("triggers the muscle to contract", "vital for nerve function",
                         "delicate balance with magnesium", "relax")),
    ("calcium", "mechanism", ("deficiency", "imbalance between the two", "neuromuscular issues")),
    # Potassium
    ("potassium", "summary", ("primary electrolyte",)),
    ("potassium", "role", ("fundamental", "regulating nerve signals and muscle contractions")),
    # Vitamin D
    ("vitamin-d", "summary", ("not a direct player in muscle function",)),
    ("vitamin-d", "role", ("essential", "absorb calcium")),
    ("vitamin-d", "mechanism", ("without", "calcium levels can drop", "calcium deficiency")),
    # B vitamins
    ("b-vitamins", "summary", ("b6", "b12", "crucial for nerve function")),
    ("b-vitamins", "role", ("nerve", "energy production")),
    ("b-vitamins", "mechanism", ("b12", "central and peripheral nervous systems")),
    ("b6", "role", ("nerve function", "energy production")),
    ("b12", "role", ("central and peripheral nervous systems",)),
    ("folate", "summary", ("folate", "b9", "b vitamins")),
]


@pytest.mark.parametrize(("nutrient_id", "field", "phrases"), NUTRIENT_FACTS,
                         ids=[f"{row[0]}-{row[1]}" for row in NUTRIENT_FACTS])
def test_nutrient_facts(kb: KnowledgeBase, nutrient_id: str, field: str,
                        phrases: tuple[str, ...]) -> None:
    assert_mentions(getattr(kb.nutrients[nutrient_id], field), *phrases)


DEFICIENCIES = [
    # id, name, symptoms (exact, the article's words), key word of the note
    ("magnesium", "", ("twitching", "spasms", "cramps"), ""),
    ("calcium", "", ("neuromuscular excitability", "tetany"), ""),
    ("potassium", "hypokalemia", ("muscle weakness", "cramps", "twitches"), ""),
    ("vitamin-d", "", ("muscle weakness", "twitching"), "indirectly"),
    ("b-vitamins", "", ("twitching", "tingling", "numbness"), "b12"),
    ("b12", "", ("twitching", "tingling", "numbness"), "neurological"),
]


@pytest.mark.parametrize(("nutrient_id", "name", "symptoms", "note"), DEFICIENCIES,
                         ids=[row[0] for row in DEFICIENCIES])
def test_deficiency(kb: KnowledgeBase, nutrient_id: str, name: str, symptoms: tuple[str, ...],
                    note: str) -> None:
    deficiency = kb.nutrients[nutrient_id].deficiency
    assert deficiency is not None
    assert (deficiency.name, deficiency.symptoms) == (name, symptoms)
    assert_mentions(deficiency.note, note)


def test_hypokalemia_is_known_by_both_spellings(kb: KnowledgeBase) -> None:
    deficiency = kb.nutrients["potassium"].deficiency
    assert deficiency is not None
    assert {"hypokalemia", "hypokalaemia"} <= set(deficiency.aliases)


def test_only_potassium_names_people_at_risk(kb: KnowledgeBase) -> None:
    # "Athletes and those who sweat excessively may be particularly at risk of depletion."
    assert {n.id: n.at_risk for n in kb.nutrients.values() if n.at_risk} == {
        "potassium": ("athletes", "people who sweat excessively")}


SUPPLEMENT_FACTS = [
    ("magnesium", ("supplementation can be highly effective", "abundant in many foods")),
    ("potassium", ("replenishing potassium through diet is key",)),
    ("calcium", ("sufficient calcium intake is vital for proper function",)),
    ("vitamin-d", ("sunlight exposure is the primary way",)),
]


@pytest.mark.parametrize(("nutrient_id", "phrases"), SUPPLEMENT_FACTS)
def test_supplement_and_intake_statements(kb: KnowledgeBase, nutrient_id: str,
                                          phrases: tuple[str, ...]) -> None:
    assert_mentions(nutrient_text(kb.nutrients[nutrient_id]), *phrases)


def test_magnesium_and_potassium_supplement_fields(kb: KnowledgeBase) -> None:
    assert_mentions(kb.nutrients["magnesium"].supplements, "supplementation", "highly effective")
    assert_mentions(kb.nutrients["potassium"].supplements, "through diet")


def test_sunlight_is_vitamin_ds_primary_source(kb: KnowledgeBase) -> None:
    vitamin_d = kb.nutrients["vitamin-d"]
    assert vitamin_d.other_sources == ("sunlight",)
    assert_mentions(vitamin_d.other_sources_note, "sunlight", "primary")
    assert {n.id for n in kb.nutrients.values() if n.other_sources} == {"vitamin-d"}


@pytest.mark.parametrize(("pair", "phrases", "source"), [
    (("magnesium", "calcium"), ("calcium triggers the muscle to contract",
                                "magnesium ensures it can relax", "neuromuscular issues"),
     "article#calcium"),
    (("vitamin-d", "calcium"), ("absorb calcium", "calcium levels can drop"), "article#vitamin-d"),
])
def test_interactions(kb: KnowledgeBase, pair: tuple[str, str], phrases: tuple[str, ...],
                      source: str) -> None:
    forward, backward = kb.interaction(*pair), kb.interaction(pair[1], pair[0])
    assert forward is not None and forward is backward
    assert_mentions(forward.how, *phrases)
    assert forward.source == source


def test_no_interaction_is_invented(kb: KnowledgeBase) -> None:
    assert kb.interaction("potassium", "b12") is None
    assert len(kb.interactions) == 2


# ---------------------------------------------------------------- food lists

# One row per line of the article's lists: (ref, is_group, examples); a plain food
# has no examples, a group line such as "Leafy greens (spinach, kale)" lists them.
FOOD_LISTS = {
    "magnesium": [("leafy-greens", True, ("spinach", "kale")),
                  ("nuts", True, ("almonds", "cashews")),
                  ("seeds", True, ("pumpkin-seeds", "sesame-seeds")),
                  ("whole-grains", True, ()),
                  ("avocado", False, ()),
                  ("dark-chocolate", False, ())],
    "calcium": [("dairy", True, ("milk", "yogurt", "cheese")),
                ("fortified-plant-milk", False, ()),
                ("tofu", False, ()),
                ("leafy-greens", True, ("broccoli", "kale")),
                ("sardines", False, ()),
                ("salmon", False, ())],
    "potassium": [("banana", False, ()), ("sweet-potato", False, ()), ("spinach", False, ()),
                  ("avocado", False, ()), ("beans", False, ()), ("lentils", False, ())],
    "vitamin-d": [("fish", True, ("salmon", "mackerel")),
                  ("fortified-milk", False, ()),
                  ("fortified-cereals", False, ()),
                  ("mushrooms", False, ())],
    "b-vitamins": [("meat", False, ()), ("poultry", False, ()), ("fish", True, ()),
                   ("eggs", False, ()), ("dairy", True, ()), ("leafy-greens", True, ()),
                   ("whole-grains", True, ()), ("fortified-cereals", False, ())],
    "folate": [("leafy-greens", True, ())],
}


@pytest.mark.parametrize(("nutrient_id", "entries"), list(FOOD_LISTS.items()),
                         ids=list(FOOD_LISTS))
def test_food_list_lines(kb: KnowledgeBase, nutrient_id: str,
                         entries: list[tuple[str, bool, tuple[str, ...]]]) -> None:
    got = [(e.ref, e.is_group, e.examples) for e in kb.nutrients[nutrient_id].foods]
    assert got == entries


@pytest.mark.parametrize(("nutrient_id", "ref", "label", "note"), [
    ("vitamin-d", "fish", "fatty fish", ""),            # "Fatty fish (salmon, mackerel)"
    ("b-vitamins", "leafy-greens", "", "for folate, B9"),  # "Leafy greens (folate/B9)"
])
def test_food_list_labels_and_notes(kb: KnowledgeBase, nutrient_id: str, ref: str, label: str,
                                    note: str) -> None:
    entry = next(e for e in kb.nutrients[nutrient_id].foods if e.ref == ref)
    assert (entry.label, entry.note) == (label, note)


FOODS_OF = {
    "magnesium": ("spinach", "kale", "almonds", "cashews", "pumpkin-seeds", "sesame-seeds",
                  "whole-grains", "avocado", "dark-chocolate"),
    "calcium": ("milk", "yogurt", "cheese", "fortified-plant-milk", "tofu", "broccoli", "kale",
                "sardines", "salmon"),
    "potassium": ("banana", "sweet-potato", "spinach", "avocado", "beans", "lentils"),
    "vitamin-d": ("salmon", "mackerel", "fortified-milk", "fortified-cereals", "mushrooms"),
    "b-vitamins": ("meat", "poultry", "sardines", "salmon", "mackerel", "eggs", "milk", "yogurt",
                   "cheese", "spinach", "kale", "broccoli", "whole-grains", "fortified-cereals"),
    "b12": ("meat", "poultry", "sardines", "salmon", "mackerel", "eggs", "milk", "yogurt",
            "cheese", "fortified-cereals"),
    "folate": ("spinach", "kale", "broccoli"),
}


@pytest.mark.parametrize(("nutrient_id", "foods"), list(FOODS_OF.items()), ids=list(FOODS_OF))
def test_foods_of(kb: KnowledgeBase, nutrient_id: str, foods: tuple[str, ...]) -> None:
    assert kb.foods_of(nutrient_id) == foods


FOOD_NUTRIENTS = {
    # group members named in the article carry the nutrient: "Leafy greens (spinach, kale)"
    "spinach": ("magnesium", "potassium", "b-vitamins", "folate"),
    "kale": ("magnesium", "calcium", "b-vitamins", "folate"),
    "broccoli": ("calcium", "b-vitamins", "folate"),
    "almonds": ("magnesium",),
    "cashews": ("magnesium",),
    "pumpkin-seeds": ("magnesium",),
    "sesame-seeds": ("magnesium",),
    "avocado": ("magnesium", "potassium"),
    "dark-chocolate": ("magnesium",),
    "milk": ("calcium", "b-vitamins", "b6", "b12"),
    "yogurt": ("calcium", "b-vitamins", "b6", "b12"),
    "cheese": ("calcium", "b-vitamins", "b6", "b12"),
    "fortified-plant-milk": ("calcium",),
    "tofu": ("calcium",),
    "sardines": ("calcium", "b-vitamins", "b6", "b12"),
    "salmon": ("calcium", "vitamin-d", "b-vitamins", "b6", "b12"),
    "mackerel": ("vitamin-d", "b-vitamins", "b6", "b12"),
    "banana": ("potassium",),
    "sweet-potato": ("potassium",),
    "beans": ("potassium",),
    "lentils": ("potassium",),
    "fortified-milk": ("vitamin-d",),
    "fortified-cereals": ("vitamin-d", "b-vitamins", "b6", "b12"),
    "mushrooms": ("vitamin-d",),
    "meat": ("b-vitamins", "b6", "b12"),
    "poultry": ("b-vitamins", "b6", "b12"),
    "eggs": ("b-vitamins", "b6", "b12"),
    # groups named on their own lines
    "leafy-greens": ("magnesium", "calcium", "b-vitamins", "folate"),
    "nuts": ("magnesium",),
    "seeds": ("magnesium",),
    "whole-grains": ("magnesium", "b-vitamins", "b6"),
    "dairy": ("calcium", "b-vitamins", "b6", "b12"),
    "fish": ("vitamin-d", "b-vitamins", "b6", "b12"),
}


@pytest.mark.parametrize(("food_id", "nutrients"), list(FOOD_NUTRIENTS.items()),
                         ids=list(FOOD_NUTRIENTS))
def test_food_nutrients(kb: KnowledgeBase, food_id: str, nutrients: tuple[str, ...]) -> None:
    assert kb.food_nutrients[food_id] == nutrients


def test_every_food_carries_a_nutrient_and_no_unknown_id_does(kb: KnowledgeBase) -> None:
    assert set(kb.food_nutrients) == set(FOOD_NUTRIENTS)
    assert set(kb.foods) <= set(kb.food_nutrients)


def test_group_members_lists_each_food_under_its_group_in_file_order(kb: KnowledgeBase) -> None:
    # The index that keeps loading linear: a group's foods are looked up, not searched for.
    assert {food for members in kb.group_members.values() for food in members} == set(kb.foods)
    for group, members in kb.group_members.items():
        assert members == tuple(f.id for f in kb.foods.values() if f.group == group)


def test_food_nutrients_agrees_with_foods_of(kb: KnowledgeBase) -> None:
    for nutrient_id in kb.nutrients:
        for food_id in kb.foods_of(nutrient_id):
            assert nutrient_id in kb.food_nutrients[food_id], (nutrient_id, food_id)


# ---------------------------------------------------------------- the comparison table

TABLE = [
    # nutrient, Primary Role in Muscle Function, Key Deficiency Symptom, Best Dietary Sources
    ("magnesium", "Aids in muscle relaxation by regulating calcium",
     "Twitching, spasms, and cramps", "Spinach, almonds, pumpkin seeds"),
    ("potassium", "Regulates nerve signals for muscle contraction",
     "Muscle weakness, cramps, and twitches", "Bananas, sweet potatoes, spinach"),
    ("calcium", "Triggers muscle contraction; vital for nerve function",
     "Neuromuscular excitability, tetany", "Dairy, fortified foods, leafy greens"),
    ("vitamin-d", "Facilitates calcium absorption",
     "Can indirectly lead to muscle weakness and twitching",
     "Sunlight, fatty fish, fortified milk"),
    ("b-vitamins", "Supports nerve health and energy metabolism",
     "Twitching, tingling, and numbness (especially B12)", "Meat, eggs, dairy, fortified cereals"),
]


@pytest.mark.parametrize(("nutrient_id", "role", "symptom", "sources"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_comparison_table_row(kb: KnowledgeBase, nutrient_id: str, role: str, symptom: str,
                              sources: str) -> None:
    row = kb.nutrients[nutrient_id].table
    assert row is not None
    assert (row.role, row.deficiency_symptom, row.best_sources, row.source) == (
        role, symptom, sources, "article#comparison")


def test_the_table_has_exactly_the_articles_rows(kb: KnowledgeBase) -> None:
    assert {n.id for n in kb.nutrients.values() if n.table} == {row[0] for row in TABLE}


@pytest.mark.parametrize(("nutrient_id", "best"), [
    ("magnesium", ("spinach", "almonds", "pumpkin-seeds")),
    ("potassium", ("banana", "sweet-potato", "spinach")),
    ("calcium", ("dairy", "fortified-foods", "leafy-greens")),
    ("vitamin-d", ("fish", "fortified-milk")),
    ("b-vitamins", ("meat", "eggs", "dairy", "fortified-cereals")),
])
def test_the_tables_best_sources_are_in_the_food_lists(kb: KnowledgeBase, nutrient_id: str,
                                                       best: tuple[str, ...]) -> None:
    carriers = set(kb.foods_of(nutrient_id))
    for ref in best:
        members = {f.id for f in kb.foods.values() if f.group == ref} if ref in kb.groups else set()
        assert ref in carriers or members & carriers, f"{ref} carries no {nutrient_id}"


# ---------------------------------------------------------------- daily intakes (NIH ODS)

@pytest.mark.parametrize(("nutrient_id", "measure", "unit"), [
    ("magnesium", "RDA", "mg"),
    ("calcium", "RDA", "mg"),
    ("potassium", "AI", "mg"),
    ("vitamin-d", "RDA", "IU"),
    ("b12", "RDA", "mcg"),
    ("b6", "RDA", "mg"),
])
def test_intake_measure_and_unit(kb: KnowledgeBase, nutrient_id: str, measure: str,
                                 unit: str) -> None:
    intake = intake_of(kb, nutrient_id)
    assert (intake.measure, intake.unit, intake.source) == (measure, unit, "nih-ods")


def test_folate_rda_is_400_mcg_dfe(kb: KnowledgeBase) -> None:
    intake = intake_of(kb, "folate")
    (rda,) = intake.amounts
    assert (intake.measure, intake.source, rda.amount) == ("RDA", "nih-ods", 400)
    assert intake.unit.split()[0] == "mcg"
    assert "DFE" in f"{intake.unit} {rda.also}"


def test_folate_upper_limit_is_1000_mcg_not_dfe(kb: KnowledgeBase) -> None:
    intake = intake_of(kb, "folate")
    (limit,) = intake.upper_limits
    assert (limit.amount, intake.unit, limit.also) == (1000, "mcg", "")


def test_no_nutrient_without_an_intake_in_the_reference(kb: KnowledgeBase) -> None:
    assert {n.id for n in kb.nutrients.values() if n.intake} == {
        "magnesium", "calcium", "potassium", "vitamin-d", "b12", "b6", "folate"}


DAILY = [
    # nutrient, sex, age, {(amount, also)} that apply
    ("magnesium", "men", 19, {(400, "")}), ("magnesium", "men", 30, {(400, "")}),
    ("magnesium", "men", 31, {(420, "")}), ("magnesium", "men", 85, {(420, "")}),
    ("magnesium", "women", 19, {(310, "")}), ("magnesium", "women", 30, {(310, "")}),
    ("magnesium", "women", 31, {(320, "")}), ("magnesium", "women", 85, {(320, "")}),
    ("calcium", "men", 19, {(1000, "")}), ("calcium", "women", 50, {(1000, "")}),
    ("calcium", "men", 51, {(1000, "")}), ("calcium", "men", 70, {(1000, "")}),
    ("calcium", "men", 71, {(1200, "")}), ("calcium", "women", 51, {(1200, "")}),
    ("calcium", "women", 70, {(1200, "")}), ("calcium", "women", 71, {(1200, "")}),
    ("potassium", "men", 19, {(3400, "")}), ("potassium", "men", 80, {(3400, "")}),
    ("potassium", "women", 19, {(2600, "")}), ("potassium", "women", 80, {(2600, "")}),
    ("vitamin-d", "men", 19, {(600, "15 mcg")}), ("vitamin-d", "women", 70, {(600, "15 mcg")}),
    ("vitamin-d", "men", 71, {(800, "20 mcg")}), ("vitamin-d", "women", 90, {(800, "20 mcg")}),
    ("b12", "men", 19, {(2.4, "")}), ("b12", "women", 80, {(2.4, "")}),
    ("b6", "men", 19, {(1.3, "")}), ("b6", "women", 50, {(1.3, "")}),
    ("b6", "men", 51, {(1.7, "")}), ("b6", "women", 51, {(1.5, "")}),
    ("b6", "men", 90, {(1.7, "")}), ("b6", "women", 90, {(1.5, "")}),
    ("folate", "men", 19, {(400, "")}), ("folate", "women", 80, {(400, "")}),
]


@pytest.mark.parametrize(("nutrient_id", "sex", "age", "expected"), DAILY,
                         ids=[f"{n}-{s}-{a}" for n, s, a, _ in DAILY])
def test_daily_amount(kb: KnowledgeBase, nutrient_id: str, sex: str, age: int,
                      expected: set[tuple[float, str]]) -> None:
    amounts = intake_of(kb, nutrient_id).amounts
    got = matching(amounts, sex, age)
    if nutrient_id == "folate":  # 'DFE' may sit in the unit or beside the figure
        got = {(amount, also.replace("DFE", "").strip(" ()")) for amount, also in got}
    assert got == expected


UPPER = [
    # nutrient, age, {(amount, also)}; the ULs do not differ by sex
    ("magnesium", 19, {(350, "")}), ("magnesium", 85, {(350, "")}),
    ("calcium", 19, {(2500, "")}), ("calcium", 50, {(2500, "")}),
    ("calcium", 51, {(2000, "")}), ("calcium", 85, {(2000, "")}),
    ("potassium", 30, set()), ("b12", 30, set()),
    ("vitamin-d", 19, {(4000, "100 mcg")}), ("vitamin-d", 85, {(4000, "100 mcg")}),
    ("b6", 19, {(100, "")}), ("b6", 85, {(100, "")}),
    ("folate", 19, {(1000, "")}), ("folate", 85, {(1000, "")}),
]


@pytest.mark.parametrize(("nutrient_id", "age", "expected"), UPPER,
                         ids=[f"{n}-{a}" for n, a, _ in UPPER])
@pytest.mark.parametrize("sex", ["men", "women"])
def test_upper_limit(kb: KnowledgeBase, nutrient_id: str, age: int,
                     expected: set[tuple[float, str]], sex: str) -> None:
    assert matching(intake_of(kb, nutrient_id).upper_limits, sex, age) == expected


@pytest.mark.parametrize(("nutrient_id", "phrases"), [
    ("magnesium", ("supplements and medicines only", "no upper limit for magnesium in food")),
    ("potassium", ("no upper limit",)),
    ("b12", ("no upper limit",)),
    ("folate", ("supplements and fortified foods",)),
])
def test_upper_limit_notes(kb: KnowledgeBase, nutrient_id: str, phrases: tuple[str, ...]) -> None:
    assert_mentions(intake_of(kb, nutrient_id).upper_limit_note, *phrases)


@pytest.mark.parametrize("nutrient_id", ["magnesium", "calcium", "potassium", "vitamin-d", "b12",
                                         "b6", "folate"])
def test_no_amount_is_given_for_children(kb: KnowledgeBase, nutrient_id: str) -> None:
    # "Pregnancy, breastfeeding and children differ and are out of scope"
    intake = intake_of(kb, nutrient_id)
    assert matching(intake.amounts + intake.upper_limits, None, 18) == set()


@pytest.mark.parametrize(("sex", "age", "who", "expected"), [
    ("men", 25, "women", False), ("women", 25, "women", True), (None, 25, "women", True),
    ("men", 25, "adults", True), ("women", 18, "adults", False), ("women", None, "men", False),
])
def test_amount_applies_to(sex: str | None, age: int | None, who: str, expected: bool) -> None:
    amount = Amount(who, 19, 30, 1.0)  # type: ignore[arg-type]
    assert amount.applies_to(sex, age) is expected


# ---------------------------------------------------------------- foods and groups

FOODS = [
    # id, name, plural, group, tags
    ("spinach", "spinach", "spinach", "leafy-greens", {"plant-based"}),
    ("kale", "kale", "kale", "leafy-greens", {"plant-based"}),
    ("broccoli", "broccoli", "broccoli", "leafy-greens", {"plant-based"}),
    ("almonds", "almond", "almonds", "nuts", {"plant-based"}),
    ("cashews", "cashew", "cashews", "nuts", {"plant-based"}),
    ("pumpkin-seeds", "pumpkin seed", "pumpkin seeds", "seeds", {"plant-based"}),
    ("sesame-seeds", "sesame seed", "sesame seeds", "seeds", {"plant-based"}),
    ("avocado", "avocado", "avocados", "fruit", {"plant-based"}),
    ("dark-chocolate", "dark chocolate", "dark chocolate", "sweets", {"plant-based"}),
    ("milk", "milk", "milk", "dairy", {"dairy"}),
    ("yogurt", "yogurt", "yogurt", "dairy", {"dairy"}),
    ("cheese", "cheese", "cheese", "dairy", {"dairy"}),
    ("fortified-plant-milk", "fortified plant-based milk", "fortified plant-based milks",
     "fortified-foods", {"plant-based", "fortified"}),
    ("tofu", "tofu", "tofu", "soy", {"plant-based"}),
    ("sardines", "sardine", "sardines", "fish", {"fish"}),
    ("salmon", "salmon", "salmon", "fish", {"fish"}),
    ("mackerel", "mackerel", "mackerel", "fish", {"fish"}),
    ("banana", "banana", "bananas", "fruit", {"plant-based", "starchy"}),
    ("sweet-potato", "sweet potato", "sweet potatoes", "vegetables", {"plant-based", "starchy"}),
    ("beans", "bean", "beans", "legumes", {"plant-based", "starchy"}),
    ("lentils", "lentil", "lentils", "legumes", {"plant-based", "starchy"}),
    ("fortified-milk", "fortified milk", "fortified milk", "fortified-foods",
     {"dairy", "fortified"}),
    ("fortified-cereals", "fortified cereal", "fortified cereals", "fortified-foods",
     {"plant-based", "fortified", "grain"}),
    ("mushrooms", "mushroom", "mushrooms", "mushrooms", {"plant-based"}),
    ("meat", "meat", "meat", "meat", {"meat"}),
    ("poultry", "poultry", "poultry", "meat", {"meat"}),
    ("eggs", "egg", "eggs", "eggs", {"egg"}),
]
DIET_TAGS = {"dairy", "fish", "meat", "egg", "grain", "plant-based", "fortified", "starchy"}


@pytest.mark.parametrize(("food_id", "name", "plural", "group", "tags"), FOODS,
                         ids=[row[0] for row in FOODS])
def test_food(kb: KnowledgeBase, food_id: str, name: str, plural: str, group: str,
              tags: set[str]) -> None:
    food = kb.foods[food_id]
    assert (food.id, food.name, food.plural, food.group, food.tags) == (
        food_id, name, plural, group, frozenset(tags))
    assert food.aliases[0] == name.lower()  # the name is always an alias
    assert food.group in kb.groups
    assert food.tags and food.tags <= DIET_TAGS


def test_the_foods_are_exactly_the_articles(kb: KnowledgeBase) -> None:
    assert list(kb.foods) == [row[0] for row in FOODS]


@pytest.mark.parametrize(("food_id", "aliases"), [
    ("avocado", ("avocado", "avocados")), ("banana", ("banana", "bananas")),
    ("yogurt", ("yogurt", "yoghurt")), ("sweet-potato", ("sweet potato", "sweet potatoes")),
    ("pumpkin-seeds", ("pumpkin seeds", "pumpkin seed")), ("poultry", ("chicken",)),
    ("fortified-plant-milk", ("oat milk", "soy milk")), ("dark-chocolate", ("chocolate",)),
])
def test_food_aliases(kb: KnowledgeBase, food_id: str, aliases: tuple[str, ...]) -> None:
    assert set(aliases) <= set(kb.foods[food_id].aliases)


@pytest.mark.parametrize(("group_id", "name", "tags"), [
    ("leafy-greens", "leafy greens", {"plant-based"}),
    ("nuts", "nuts", {"plant-based"}),
    ("seeds", "seeds", {"plant-based"}),
    ("whole-grains", "whole grains", {"plant-based", "grain"}),
    ("dairy", "dairy products", {"dairy"}),
    ("fish", "fish", {"fish"}),
    ("legumes", "beans and lentils", {"plant-based", "starchy"}),
    ("fortified-foods", "fortified foods", {"fortified"}),
    ("meat", "meat and poultry", {"meat"}),
    ("eggs", "eggs", {"egg"}),
])
def test_group(kb: KnowledgeBase, group_id: str, name: str, tags: set[str]) -> None:
    group = kb.groups[group_id]
    assert (group.name, group.tags) == (name, frozenset(tags))


@pytest.mark.parametrize(("group_id", "members"), [
    ("leafy-greens", ("spinach", "kale", "broccoli")),
    ("dairy", ("milk", "yogurt", "cheese")),
    ("fish", ("sardines", "salmon", "mackerel")),
    ("nuts", ("almonds", "cashews")),
    ("seeds", ("pumpkin-seeds", "sesame-seeds")),
    ("legumes", ("beans", "lentils")),
])
def test_group_members(kb: KnowledgeBase, group_id: str, members: tuple[str, ...]) -> None:
    assert tuple(f.id for f in kb.foods.values() if f.group == group_id) == members


@pytest.mark.parametrize(("diet_id", "excludes"), [
    ("vegan", {"dairy", "fish", "meat", "egg"}),
    ("vegetarian", {"meat", "fish"}),
    ("dairy-free", {"dairy"}),
    ("no-fish", {"fish"}),
    ("gluten-free", {"grain"}),
])
def test_diet(kb: KnowledgeBase, diet_id: str, excludes: set[str]) -> None:
    assert kb.diets[diet_id].excludes == frozenset(excludes)


# ---------------------------------------------------------------- questions over the data

def test_foods_with_both_magnesium_and_potassium(kb: KnowledgeBase) -> None:
    assert shared_foods(kb, "magnesium", "potassium") == ("spinach", "avocado")


@pytest.mark.parametrize(("nutrient_id", "diet_id", "expected"), [
    ("calcium", "dairy-free",
     ("fortified-plant-milk", "tofu", "broccoli", "kale", "sardines", "salmon")),
    ("calcium", "vegan", ("fortified-plant-milk", "tofu", "broccoli", "kale")),
    ("vitamin-d", "vegan", ("fortified-cereals", "mushrooms")),
    ("b12", "vegan", ("fortified-cereals",)),
    ("b12", "vegetarian", ("eggs", "milk", "yogurt", "cheese", "fortified-cereals")),
    ("magnesium", "gluten-free", ("spinach", "kale", "almonds", "cashews", "pumpkin-seeds",
                                  "sesame-seeds", "avocado", "dark-chocolate")),
])
def test_sources_for_a_diet(kb: KnowledgeBase, nutrient_id: str, diet_id: str,
                            expected: tuple[str, ...]) -> None:
    excluded = kb.diets[diet_id].excludes
    kept = tuple(f for f in kb.foods_of(nutrient_id) if not tags_of(kb, f) & excluded)
    assert kept == expected


def test_what_is_in_avocados(kb: KnowledgeBase) -> None:
    assert kb.food_nutrients["avocado"] == ("magnesium", "potassium")


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


@pytest.mark.parametrize(("question", "intent", "phrases"), [
    ("what is in avocados", "food_nutrients", ("avocados", "magnesium", "potassium")),
    ("which foods have magnesium and potassium", "foods_shared", ("spinach", "avocados")),
    ("what has potassium", "nutrient_foods",
     ("bananas", "sweet potatoes", "spinach", "avocados", "beans", "lentils")),
    ("calcium foods without dairy", "nutrient_foods_without",
     ("fortified plant-based milks", "tofu", "sardines", "salmon")),
])
def test_the_engine_answers_from_the_data(bot: Assistant, question: str, intent: str,
                                          phrases: tuple[str, ...]) -> None:
    reply = bot.ask(question)
    assert reply.intent == intent
    assert_mentions(reply.text, *phrases)


def test_dairy_free_answer_names_no_dairy(bot: Assistant) -> None:
    text = bot.ask("calcium foods without dairy").text.lower()
    assert re.findall(r"\b(dairy products|yogurt|cheese|milk)\b", text) == []


# ---------------------------------------------------------------- lifestyle

LIFESTYLE = [
    # id, field, key words
    ("hydration", "why", ("dehydration", "very common cause", "electrolyte balance")),
    ("hydration", "advice", ("fluid", "throughout the day")),
    ("hydration", "extra", ("strenuous exercise", "electrolyte drinks", "replenish lost minerals")),
    ("stress-management", "why", ("anxiety", "stress", "muscle twitching")),
    ("stress-management", "advice", ("meditation", "yoga", "deep breathing",
                                      "stress-induced muscle tension")),
    ("sleep", "why", ("fatigue", "trigger")),
    ("sleep", "advice", ("7 to 9 hours", "quality sleep", "muscle recovery", "nerve health")),
    ("stimulants", "why", ("caffeine", "nicotine", "overstimulate the nervous system")),
    ("stimulants", "advice", ("cutting back", "relief")),
    ("stimulants", "tip", ("caffeine", "nicotine")),
    ("stretching", "advice", ("gently stretch", "affected muscles", "before bed", "leg twitches")),
]


@pytest.mark.parametrize(("factor_id", "field", "phrases"), LIFESTYLE,
                         ids=[f"{row[0]}-{row[1]}" for row in LIFESTYLE])
def test_lifestyle_facts(kb: KnowledgeBase, factor_id: str, field: str,
                         phrases: tuple[str, ...]) -> None:
    assert_mentions(getattr(kb.lifestyle[factor_id], field), *phrases)


def test_lifestyle_factors_are_the_articles_five(kb: KnowledgeBase) -> None:
    assert list(kb.lifestyle) == ["hydration", "stress-management", "sleep", "stimulants",
                                  "stretching"]
    assert {f.source for f in kb.lifestyle.values()} == {"article#lifestyle"}


def test_stress_practices_and_sleep_hours(kb: KnowledgeBase) -> None:
    assert kb.lifestyle["stress-management"].practices == ("meditation", "yoga", "deep breathing")
    assert kb.lifestyle["sleep"].hours == "7-9"


def test_stretching_is_for_night_time_leg_twitches(kb: KnowledgeBase) -> None:
    factor = kb.lifestyle["stretching"]
    assert_mentions(factor.advice, "nocturnal")
    assert {"before bed", "at night", "nocturnal"} <= set(factor.aliases)


def test_food_first_and_whole_foods(kb: KnowledgeBase) -> None:
    # "Remember to prioritize whole food sources"
    assert_mentions(kb.care.food_first.text, "whole food sources")
    assert kb.care.food_first.source == "article#conclusion"


# ---------------------------------------------------------------- care

def test_article_advice_on_when_to_see_a_provider(kb: KnowledgeBase) -> None:
    advice = kb.care.article_advice
    assert_mentions(advice.text, "persistent", "severe", "neurological symptoms",
                    "healthcare provider", "underlying medical conditions")
    assert advice.source == "article#conclusion"


def test_nhs_reassurance(kb: KnowledgeBase) -> None:
    assert_mentions(kb.care.reassurance.text, "common", "very rarely", "serious",
                    "stop on their own", "few days or weeks")
    assert kb.care.reassurance.source == "nhs"


def test_nhs_see_a_doctor_signs(kb: KnowledgeBase) -> None:
    signs = [(s.id, s.text) for s in kb.care.see_doctor_if]
    assert signs == [
        ("duration", "a twitch lasts more than 2 weeks"),
        ("spreading", "twitches happen in more than one place"),
        ("weakness", "the affected area feels weak"),
        ("medicine", "you think a prescribed medicine might be causing it"),
    ]
    assert kb.care.see_doctor_source == "nhs"


@pytest.mark.parametrize(("lead_id", "phrases", "source"), [
    ("duration", ("more than 2 weeks", "doctor"), "nhs"),
    ("spreading", ("more than one place", "doctor"), "nhs"),
    ("weakness", ("weak", "doctor"), "nhs"),
    ("medicine", ("prescribed medicine", "do not stop a prescribed medicine",
                  "without medical advice"), "nhs"),
    ("numbness", ("numbness", "neurological symptoms", "healthcare provider"),
     "article#conclusion"),
    ("fear", ("can't tell", "doctor"), "nhs"),
])
def test_care_leads(kb: KnowledgeBase, lead_id: str, phrases: tuple[str, ...],
                    source: str) -> None:
    lead = kb.care.leads[lead_id]
    assert_mentions(lead.text, *phrases)
    assert lead.source == source


def test_urgent_signs_need_emergency_care(kb: KnowledgeBase) -> None:
    care = kb.care
    assert care.urgent_signs == ("sudden weakness or numbness",
                                 "sudden trouble speaking (such as slurred speech), swallowing "
                                 "or breathing",
                                 "loss of consciousness",
                                 "a headache that comes on suddenly and is extremely painful")
    assert_mentions(care.urgent_advice, "emergency care at once", "emergency number")
    assert care.urgent_source == "emergency-guidance"


def test_cleveland_clinic_for_more_information(kb: KnowledgeBase) -> None:
    assert kb.care.learn_more_name == "Cleveland Clinic"
    assert_mentions(kb.care.learn_more.text, "muscle spasms", "cleveland clinic")
    assert kb.care.learn_more.source == "article#conclusion"


def test_reminder_and_intake_note(kb: KnowledgeBase) -> None:
    assert_mentions(kb.care.reminder, "not medical advice", "healthcare provider")
    assert_mentions(kb.care.intake_note.text, "age", "sex", "pregnancy", "health conditions",
                    "healthcare provider", "before taking supplements")
    assert kb.care.intake_note.source == "nih-ods"


def test_children_and_pregnancy_are_out_of_scope(kb: KnowledgeBase) -> None:
    assert {a.id for a in kb.care.audiences} >= {"children", "pregnancy"}
    assert all(a.professional for a in kb.care.audiences)


# ---------------------------------------------------------------- sources

@pytest.mark.parametrize(("ref", "citation"), [
    ("article", ARTICLE),
    ("article#intro", f"{ARTICLE}, section 'Understanding the Causes of Muscle Twitching'"),
    ("article#magnesium", f"{ARTICLE}, section 'Magnesium'"),
    ("article#calcium", f"{ARTICLE}, section 'Calcium'"),
    ("article#potassium", f"{ARTICLE}, section 'Potassium'"),
    ("article#vitamin-d", f"{ARTICLE}, section 'Vitamin D'"),
    ("article#b-vitamins", f"{ARTICLE}, section 'B Vitamins'"),
    ("article#comparison",
     f"{ARTICLE}, section 'Comparison of Key Nutrients for Muscle Twitching'"),
    ("article#lifestyle", f"{ARTICLE}, section 'Additional Considerations and Lifestyle Factors'"),
    ("article#conclusion", f"{ARTICLE}, section 'Conclusion'"),
    ("nih-ods", f"{NIH_ODS} (outside reference: adult daily intakes)"),
    ("nhs", "NHS, Twitching eyes and muscles (outside reference: when to see a doctor)"),
    ("emergency-guidance", "General emergency guidance (outside reference: urgent signs, "
                           "summarised beside the NHS advice and NHS, Headaches)"),
])
def test_cite(kb: KnowledgeBase, ref: str, citation: str) -> None:
    assert kb.cite(ref) == citation


def test_every_fact_names_a_source_that_resolves(kb: KnowledgeBase) -> None:
    refs = source_refs(kb)
    assert len(refs) > 40  # the walk really reached the facts
    for path, ref in refs:
        assert ref, f"{path} has no source"
        assert kb.cite(ref), path


def test_every_source_is_used(kb: KnowledgeBase) -> None:
    used = {ref.partition("#")[0] for _, ref in source_refs(kb)}
    assert used == set(kb.sources)


FACT_SOURCES: list[tuple[str, Callable[[KnowledgeBase], str], str]] = [
    ("twitching", lambda kb: kb.twitching.source, "article#intro"),
    ("electrolytes", lambda kb: kb.electrolytes.source, "article#intro"),
    *[(f"{row[0]}-table", lambda kb, n=row[0]: kb.nutrients[n].table.source,  # type: ignore[misc]
       "article#comparison") for row in TABLE],
    *[(f"{n}-intake", lambda kb, n=n: intake_of(kb, n).source, "nih-ods")
      for n in ("magnesium", "calcium", "potassium", "vitamin-d", "b12", "b6", "folate")],
    ("care-reassurance", lambda kb: kb.care.reassurance.source, "nhs"),
    ("care-signs", lambda kb: kb.care.see_doctor_source, "nhs"),
    ("care-urgent", lambda kb: kb.care.urgent_source, "emergency-guidance"),
    ("care-article", lambda kb: kb.care.article_advice.source, "article#conclusion"),
    ("care-learn-more", lambda kb: kb.care.learn_more.source, "article#conclusion"),
    ("care-intake-note", lambda kb: kb.care.intake_note.source, "nih-ods"),
]


@pytest.mark.parametrize(("read", "expected"), [row[1:] for row in FACT_SOURCES],
                         ids=[row[0] for row in FACT_SOURCES])
def test_fact_source(kb: KnowledgeBase, read: Callable[[KnowledgeBase], str],
                     expected: str) -> None:
    assert read(kb) == expected


# ---------------------------------------------------------------- immutability and sharing

# Whatever the records are (frozen dataclasses, named tuples), changing them must fail:
# attribute assignment with AttributeError, item assignment with TypeError.
MUTATIONS: list[tuple[str, Callable[[KnowledgeBase], object], type[Exception]]] = [
    ("kb attribute", lambda kb: setattr(kb, "twitching", None), AttributeError),
    ("kb new attribute", lambda kb: setattr(kb, "extra", 1), AttributeError),
    ("kb item", lambda kb: operator.setitem(kb, 0, None), TypeError),
    ("nutrient field", lambda kb: setattr(kb.nutrients["magnesium"], "name", "x"),
     AttributeError),
    ("nutrients mapping", lambda kb: operator.setitem(kb.nutrients, "zinc", None), TypeError),
    ("foods mapping", lambda kb: operator.delitem(kb.foods, "spinach"), TypeError),
    ("food tags", lambda kb: kb.foods["milk"].tags.add("vegan"), AttributeError),
    ("amount", lambda kb: setattr(intake_of(kb, "magnesium").amounts[0], "amount", 1),
     AttributeError),
    ("amounts", lambda kb: operator.setitem(intake_of(kb, "magnesium").amounts, 0, None),
     TypeError),
    ("source sections",
     lambda kb: operator.setitem(kb.sources["article"].sections, "x", "y"), TypeError),
    ("care leads", lambda kb: operator.setitem(kb.care.leads, "x", None), TypeError),
    ("food_nutrients", lambda kb: operator.setitem(kb.food_nutrients, "spinach", ()), TypeError),
    ("group_members", lambda kb: operator.setitem(kb.group_members, "nuts", ()), TypeError),
    ("symptoms", lambda kb: kb.nutrients["potassium"].deficiency.symptoms.append("x"),
     AttributeError),
]


@pytest.mark.parametrize(("change", "error"), [row[1:] for row in MUTATIONS],
                         ids=[row[0] for row in MUTATIONS])
def test_loaded_objects_cannot_be_changed(change: Callable[[KnowledgeBase], object],
                                          error: type[Exception]) -> None:
    kb = load_knowledge([KNOWLEDGE])  # a private copy: a failed test must not taint others
    with pytest.raises(error):
        change(kb)
    assert kb == load_knowledge([KNOWLEDGE])


def test_nothing_mutable_is_reachable(kb: KnowledgeBase) -> None:
    mutable = [path for path, value in walk(kb) if isinstance(value, (list, dict, set))]
    assert mutable == []


def test_loading_twice_gives_equal_data(kb: KnowledgeBase) -> None:
    again = load_knowledge([KNOWLEDGE])
    assert again == kb and again is not kb
    assert list(again.foods) == list(kb.foods)
    assert hash(again.nutrients["magnesium"].intake) == hash(kb.nutrients["magnesium"].intake)


def _snapshot(kb: KnowledgeBase) -> tuple[object, ...]:
    return (
        tuple((n, kb.foods_of(n)) for n in kb.nutrients),
        tuple(kb.food_nutrients.items()),
        tuple(kb.cite(ref) for _, ref in source_refs(kb)),
        tuple(matching(intake_of(kb, "calcium").amounts, "women", age) == {(1200, "")}
              for age in range(19, 100)),
        shared_foods(kb, "magnesium", "potassium"),
    )


def test_concurrent_reads_see_the_same_data(kb: KnowledgeBase) -> None:
    expected = _snapshot(kb)
    start = threading.Barrier(8)

    def read(_: int) -> list[tuple[object, ...]]:
        start.wait()
        return [_snapshot(kb) for _ in range(20)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [snap for batch in pool.map(read, range(8)) for snap in batch]
    assert len(results) == 160
    assert all(snap == expected for snap in results)


def test_concurrent_loads_give_equal_data(kb: KnowledgeBase) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        loaded = list(pool.map(lambda _: load_knowledge([KNOWLEDGE]), range(8)))
    assert all(other == kb for other in loaded)


def test_concurrent_questions_get_the_same_replies(bot: Assistant) -> None:
    questions = ["what has potassium", "what is in avocados", "how much magnesium a day",
                 "what does vitamin d do"] * 10
    expected = {q: bot.ask(q).text for q in set(questions)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(pool.map(lambda q: (q, bot.ask(q).text), questions))
    assert all(text == expected[q] for q, text in replies)


# ---------------------------------------------------------------- extra knowledge: zinc

@pytest.fixture(scope="module")
def zinc_bot() -> Assistant:
    return Assistant(extra_knowledge=[ZINC])


def test_zinc_fixture_adds_to_the_packaged_knowledge(zinc_bot: Assistant) -> None:
    kb = zinc_bot.knowledge
    zinc = kb.nutrients["zinc"]
    assert (zinc.name, zinc.kind, zinc.source) == ("zinc", "mineral", "zinc-fixture")
    assert kb.cite(zinc.source) == "Test fixture: zinc (test data (not from the article))"
    assert list(kb.nutrients) == [row[0] for row in NUTRIENTS] + ["zinc"]
    assert set(kb.foods) == {row[0] for row in FOODS} | {"oysters", "hemp-seeds", "chickpea-flour"}


def test_zinc_foods_resolve(zinc_bot: Assistant) -> None:
    kb = zinc_bot.knowledge
    assert kb.foods_of("zinc") == ("oysters", "pumpkin-seeds", "hemp-seeds", "cashews",
                                   "chickpea-flour", "meat")
    assert all(food in kb.foods for food in kb.foods_of("zinc"))
    assert kb.food_nutrients["pumpkin-seeds"] == ("magnesium", "zinc")
    assert kb.food_nutrients["oysters"] == ("zinc",)
    assert kb.foods["oysters"].group == "shellfish"
    assert shared_foods(kb, "zinc", "magnesium") == ("pumpkin-seeds", "cashews")


def test_zinc_fixture_leaves_the_packaged_data_alone(zinc_bot: Assistant,
                                                     kb: KnowledgeBase) -> None:
    for nutrient_id in kb.nutrients:
        assert zinc_bot.knowledge.nutrients[nutrient_id] == kb.nutrients[nutrient_id]
        assert zinc_bot.knowledge.foods_of(nutrient_id) == kb.foods_of(nutrient_id)


ZINC_CITATION = "Test fixture: zinc (test data (not from the article))"


@pytest.mark.parametrize(("question", "intent", "phrases"), [
    ("what foods have zinc", "nutrient_foods",
     ("zinc", "oysters", "pumpkin seeds", "hemp seeds", "cashews", "chickpea flour", "meat")),
    ("what does zinc do", "nutrient_role", ("trace mineral", "nerve signalling")),
    ("signs of low zinc", "nutrient_symptoms", ("low zinc", "loss of appetite",
                                                "slow wound healing")),
])
def test_the_engine_answers_about_zinc_with_no_code_change(zinc_bot: Assistant, question: str,
                                                           intent: str,
                                                           phrases: tuple[str, ...]) -> None:
    reply = zinc_bot.ask(question)
    assert reply.intent == intent
    assert reply.entities["nutrient"] == ("zinc",)
    assert_mentions(reply.text, *phrases)
    assert ZINC_CITATION in reply.sources


@pytest.mark.parametrize("question", ["what foods have zinc", "what does zinc do",
                                      "signs of low zinc"])
def test_zinc_is_out_of_scope_with_the_packaged_data(bot: Assistant, question: str) -> None:
    reply = bot.ask(question)
    assert reply.intent is None
    assert_mentions(reply.text, "magnesium")  # says what it covers instead
    assert "zinc" not in bot.knowledge.nutrients


def test_a_cached_start_knows_zinc_too(zinc_bot: Assistant, private_cache: Path) -> None:
    assert list(private_cache.rglob("*.pickle")), "the first start wrote no compiled cache"
    again = Assistant(extra_knowledge=[ZINC])  # read back from the cache
    assert again.knowledge == zinc_bot.knowledge
    for question in ("what foods have zinc", "signs of low zinc"):
        assert again.ask(question) == zinc_bot.ask(question)


def test_editing_extra_knowledge_is_seen_at_the_next_start(tmp_path: Path) -> None:
    notes = Path(shutil.copytree(ZINC, tmp_path / "zinc"))
    assert_mentions(Assistant(extra_knowledge=[notes]).ask("signs of low zinc").text,
                    "slow wound healing")
    path = notes / "nutrients.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("slow wound healing", "hair loss"),
                    encoding="utf-8")
    text = Assistant(extra_knowledge=[notes]).ask("signs of low zinc").text
    assert_mentions(text, "hair loss")
    assert "wound" not in text
