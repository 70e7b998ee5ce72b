"""The evaluation report: its numbers (on a scripted fake assistant, so they are
exact), how conversations are asked, and how bad eval files are reported."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import yaml
from helpers import REPO

from assistant import Assistant, DataError
from assistant.data import display_path
from assistant.evaluation import Report, evaluate, load_cases
from assistant.reply import Reply


@functools.cache
def real_assistant() -> Assistant:
    return Assistant()


class ScriptedBot:
    """Answers from a table; records which conversation asked what. Its data (which
    intents and entity ids exist, for checking labels) is the real assistant's."""

    def __init__(self, answers: dict[str, tuple[str | None, dict[str, tuple[str, ...]], str]]):
        self.answers = answers
        self.asked: list[tuple[int | None, str]] = []
        self._conversations = 0
        self.intents = real_assistant().intents
        self.knowledge = real_assistant().knowledge

    def reply(self, question: str) -> Reply:
        intent, entities, text = self.answers.get(question, (None, {}, "I can't help with that."))
        return Reply(text=text, intent=intent, confidence=0.5, entities=entities)

    def ask(self, question: str) -> Reply:
        self.asked.append((None, question))
        return self.reply(question)

    def conversation(self) -> ScriptedConversation:
        self._conversations += 1
        return ScriptedConversation(self, self._conversations)


class ScriptedConversation:
    def __init__(self, bot: ScriptedBot, number: int) -> None:
        self.bot, self.number = bot, number

    def ask(self, question: str) -> Reply:
        self.bot.asked.append((self.number, question))
        return self.bot.reply(question)


ANSWERS = {
    "what has potassium": ("nutrient_foods", {"nutrient": ("potassium",)},
                           "Bananas and Spinach have potassium."),
    "foods with magnesium and calcium": ("foods_shared",
                                         {"nutrient": ("calcium", "magnesium")}, "Almonds."),
    "potassium for twitching": ("nutrient_role", {"nutrient": ("potassium",)}, "It helps."),
    "what does magnesium do": ("nutrient_role", {"nutrient": ("magnesium",)}, "Nerves."),
    "and which foods have it": ("nutrient_foods", {}, "Nuts."),
    "im weak and twitching": ("trigger", {}, "Maybe stress."),
    "capital of france": (None, {}, "I can only help with twitching."),
    "calories in a banana": ("food_nutrients", {"food": ("banana",)}, "Bananas have potassium."),
}

EVAL = """\
cases:
  - q: what has potassium
    intent: nutrient_foods
    entities: {nutrient: potassium}
    contains: [BANANAS, spinach]
  - q: foods with magnesium and calcium
    intent: foods_shared
    entities: {nutrient: [magnesium, calcium]}
  - q: potassium for twitching
    intent: nutrient_foods
    entities: {nutrient: potassium}
  - q: im weak and twitching
    intent: seek_care
  - q: who won the football
    intent: seek_care
  - q: capital of france
    intent: null
  - q: calories in a banana
    intent: null
    contains: [apples]
conversations:
  - turns:
      - {q: what does magnesium do, intent: nutrient_role, entities: {nutrient: magnesium}}
      - {q: and which foods have it, intent: nutrient_foods, entities: {nutrient: magnesium}}
  - turns:
      - {q: what does magnesium do, intent: nutrient_role}
"""


@pytest.fixture
def report(tmp_path: Path) -> tuple[Report, ScriptedBot]:
    path = tmp_path / "eval.yaml"
    path.write_text(EVAL)
    bot = ScriptedBot(ANSWERS)
    return evaluate(bot, path), bot  # type: ignore[arg-type]


def test_intent_accuracy(report):
    result, _ = report
    assert result.total == 10
    assert result.intent_correct == 6
    assert result.intent_accuracy == pytest.approx(0.6)


def test_per_intent_worst_first_with_counts(report):
    result, _ = report
    assert result.per_intent() == [
        ("seek_care", 0, 2),
        (None, 1, 2),
        ("nutrient_foods", 2, 3),
        ("nutrient_role", 2, 2),  # ties: more questions first
        ("foods_shared", 1, 1),
    ]


def test_confusions_most_frequent_first(report):
    result, _ = report
    assert result.confusions() == [
        (None, "food_nutrients", 1),
        ("nutrient_foods", "nutrient_role", 1),
        ("seek_care", None, 1),
        ("seek_care", "trigger", 1),
    ]


def test_rates(report):
    result, _ = report
    summary = result.summary()
    assert summary["out_of_scope_rejection"] == {"rate": 0.5, "count": 1, "total": 2}
    assert summary["false_rejection"] == {"rate": 0.125, "count": 1, "total": 8}
    # entities: order-free subset check; the follow-up's missing magnesium fails
    assert summary["entity_accuracy"] == {"rate": 0.8, "count": 4, "total": 5}
    # contains: case-insensitive; "apples" is missing
    assert summary["contains_accuracy"] == {"rate": 0.5, "count": 1, "total": 2}


def test_conversation_turns_share_one_conversation_and_cases_are_independent(report):
    _, bot = report
    conversations = [number for number, _ in bot.asked]
    assert conversations == [None] * 7 + [1, 1, 2]


def test_failures_yaml_lists_what_was_expected_and_what_came_back(report):
    result, _ = report
    document = yaml.safe_load(result.failures_yaml())
    failures = document["failures"]
    assert [f["q"] for f in failures] == [
        "potassium for twitching", "im weak and twitching", "who won the football",
        "calories in a banana", "and which foods have it"]
    follow_up = failures[-1]
    assert follow_up["where"].endswith(":24")
    assert (follow_up["conversation"], follow_up["turn"]) == (1, 2)
    assert follow_up["missing_entities"] == {"nutrient": ["magnesium"]}
    assert failures[3]["missing_text"] == ["apples"]
    assert failures[0]["got"] == {"intent": "nutrient_role", "confidence": 0.5,
                                  "entities": {"nutrient": ["potassium"]}}


def test_format_reads_like_a_report(report):
    result, _ = report
    text = result.format()
    lines = text.splitlines()
    assert lines[0].startswith("Evaluated 10 questions from ")
    assert "Intent accuracy: 60.0% (6/10)" in lines
    table = lines[lines.index("Accuracy per intent (worst first; null = out of scope):") + 2:]
    assert [row.split()[0] for row in table[:5]] == [
        "seek_care", "null", "nutrient_foods", "nutrient_role", "foods_shared"]
    assert table[0].split()[1:] == ["0.0%", "0/2"]
    assert "Out-of-scope rejection: 50.0% (1/2) (expected null, got null)" in lines
    assert "False rejection: 12.5% (1/8) (expected an intent, got null)" in lines
    assert "Entity accuracy: 80.0% (4/5)" in lines
    assert any(re.fullmatch(r"  seek_care -> trigger\s+1", line) for line in lines)


def test_empty_categories_say_n_a(tmp_path):
    path = tmp_path / "e.yaml"
    path.write_text("cases:\n  - {q: capital of france, intent: null}\n")
    text = evaluate(ScriptedBot(ANSWERS), path).format()  # type: ignore[arg-type]
    assert "False rejection: n/a (no such questions)" in text
    assert "Entity accuracy: n/a (no such questions)" in text


# ---------------------------------------------------------------- validation

@pytest.mark.parametrize("content, line, message", [
    ("", 1, "expected a mapping with 'cases' and/or 'conversations', got nothing"),
    ("- q: hi\n", 1, "expected a mapping with 'cases' and/or 'conversations', got a list"),
    ("{}\n", 1, "no questions: expected 'cases' and/or 'conversations'"),
    ("cases:\n  - q: hi\n    intnet: greet\n", 2,
     "cases[0]: missing required field 'intent' (use null for out of scope)"),
    ("cases:\n  - q: hi\n    intent: greet\n    contain: [hello]\n", 4,
     "cases[0].contain: unknown field 'contain' (did you mean 'contains'?)"),
    ("cases:\n  - intent: greet\n", 2, "cases[0]: missing required field 'q'"),
    ("cases:\n  - q: hi\n    intent: [greet]\n", 3, "cases[0].intent: expected text, got a list"),
    ("cases:\n  - q: hi\n    intent: ''\n", 3, "cases[0].intent: must not be empty"),
    ("cases:\n  - q: hi\n    intent: greet\n    entities: [potassium]\n", 4,
     "cases[0].entities: expected a mapping, got a list"),
    ("cases:\n  - q: hi\n    intent: greet\n    entities: {nutrient: 5}\n", 4,
     "cases[0].entities.nutrient: expected a list of text, got a whole number 5"),
    ("cases:\n  - q: hi\n    intent: greet\n    entities:\n      nutrient: [a, 5]\n", 5,
     "cases[0].entities.nutrient[1]: expected text, got a whole number 5"),
    ("cases:\n  - q: hi\n    intent: greet\n    entities: {nutrient: []}\n", 4,
     "cases[0].entities.nutrient: expected an id or a list of ids, got a list"),
    ("cases: hello\n", 1, "cases: expected a list, got text 'hello'"),
    ("conversations:\n  - turns: []\n", 2,
     "conversations[0].turns: a conversation needs at least one turn"),
    ("conversations:\n  - {q: hi, intent: greet}\n", 2,
     "conversations[0]: missing required field 'turns'"),
    ("conversations:\n  - turns:\n      - {q: hi}\n", 3,
     "conversations[0].turns[0]: missing required field 'intent'"),
    ("cases:\n  - q: hi\n    intent: greet\n  - q: [unclosed\n", 5, ""),
    ("cases:\n  - q: hi\n    intent: greet\ncases: []\n", 4, "duplicate key 'cases'"),
    ("cases:\n  - {q: hi, intent: greet}\nextra: 1\n", 3, "unknown field 'extra'"),
])
def test_bad_eval_files_are_reported_with_file_and_line(tmp_path, content, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(DataError) as caught:
        load_cases(path)
    text = str(caught.value)
    assert text.startswith(f"{display_path(path)}:{line}: "), text
    assert message in text


@pytest.mark.parametrize("content, line, message", [
    ("cases:\n  - q: hi\n    intent: greeting\n", 3,
     "cases[0].intent: unknown intent 'greeting' (did you mean 'greet'?)"),
    ("cases:\n  - q: hi\n    intent: zzz\n", 3, "cases[0].intent: unknown intent 'zzz'"),
    ("conversations:\n  - turns:\n      - {q: hi, intent: greet}\n"
     "      - {q: and k, intent: nutrient_foods, entities: {nutrient: [potassium, kalium]}}\n",
     4, "conversations[0].turns[1].entities.nutrient: unknown nutrient 'kalium' "
        "(did you mean 'calcium'?)"),
    ("cases:\n  - q: coffee\n    intent: trigger\n    entities:\n      trigger: coffee\n", 5,
     "cases[0].entities.trigger: unknown trigger 'coffee' (did you mean 'caffeine'?)"),
    ("cases:\n  - q: hi\n    intent: greet\n    entities: {weather: sunny}\n", 4,
     "cases[0].entities: unknown entity kind 'weather'; expected one of: nutrient, food, "
     "trigger, factor, diet, sign, except"),
])
def test_labels_the_data_does_not_have_are_reported_before_any_question(tmp_path, content,
                                                                        line, message):
    path = tmp_path / "labels.yaml"
    path.write_text(content)
    bot = ScriptedBot(ANSWERS)
    with pytest.raises(DataError) as caught:
        evaluate(bot, path)  # type: ignore[arg-type]
    assert str(caught.value) == f"{display_path(path)}:{line}: {message}"
    assert bot.asked == []


@pytest.mark.parametrize("entities", [
    "{nutrient: [magnesium, b12]}", "{food: [spinach, nuts]}", "{trigger: caffeine}",
    "{factor: sleep}", "{diet: vegan}", "{sign: [urgent, numbness, duration]}",
])
def test_every_kind_of_real_id_is_a_valid_label(tmp_path, entities):
    path = tmp_path / "labels.yaml"
    path.write_text(f"cases:\n  - {{q: hi, intent: seek_care, entities: {entities}}}\n")
    assert evaluate(ScriptedBot(ANSWERS), path).total == 1  # type: ignore[arg-type]


def test_an_id_is_allowed_and_shown_in_failures(tmp_path):
    path = tmp_path / "e.yaml"
    path.write_text("cases:\n  - {id: c1, q: who won the football, intent: greet}\n")
    report = evaluate(ScriptedBot(ANSWERS), path)  # type: ignore[arg-type]
    assert yaml.safe_load(report.failures_yaml())["failures"][0]["id"] == "c1"


def test_the_labelled_set_is_valid():
    groups = load_cases(REPO / "tests" / "eval" / "labelled.yaml")
    cases = [case for group in groups for case in group]
    assert len(cases) > 300
    assert any(case.intent is None for case in cases)
    assert any(len(group) > 1 for group in groups)


def test_evaluate_with_the_real_assistant(tmp_path):
    path = tmp_path / "e.yaml"
    path.write_text("cases:\n  - {q: what has potassium, intent: nutrient_foods,"
                    " entities: {nutrient: potassium}}\n")
    report = evaluate(Assistant(), path)
    assert report.total == 1
    assert report.intent_accuracy == 1.0, report.failures_yaml()
