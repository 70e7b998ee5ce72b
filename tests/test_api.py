"""The library's public face: what it refuses, what a Reply gives back, what it documents."""

from __future__ import annotations

import inspect
import json

import pytest

import assistant
from assistant import Assistant, Reply
from assistant.reply import CandidateRecord, Explanation, MentionRecord, ReplyRecord


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


NOT_TEXT = [
    (None, "question must be text (str), not NoneType"),
    (42, "question must be text (str), not int"),
    (3.5, "question must be text (str), not float"),
    (b"what has potassium", "question must be text (str), not bytes (decode it first)"),
    (bytearray(b"hi"), "question must be text (str), not bytearray (decode it first)"),
    (["what has potassium"], "question must be text (str), not list"),
]


@pytest.mark.parametrize(("question", "message"), NOT_TEXT)
def test_ask_refuses_anything_but_text(bot: Assistant, question: object, message: str) -> None:
    with pytest.raises(TypeError) as info:
        bot.ask(question)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(("question", "message"), NOT_TEXT)
def test_a_conversation_refuses_it_too_and_keeps_its_context(bot: Assistant, question: object,
                                                            message: str) -> None:
    conversation = bot.conversation()
    conversation.ask("what does magnesium do")
    with pytest.raises(TypeError) as info:
        conversation.ask(question)  # type: ignore[arg-type]
    assert str(info.value) == message
    follow_up = conversation.ask("and which foods have it")
    assert follow_up.entities["nutrient"] == ("magnesium",)


def test_a_str_subclass_is_text(bot: Assistant) -> None:
    class Question(str):
        pass

    assert bot.ask(Question("what has potassium")).intent == "nutrient_foods"


def test_to_dict_is_the_record_and_to_json_its_text(bot: Assistant) -> None:
    reply = bot.ask("what has potassium")
    record = reply.to_dict("what has potassium")
    assert isinstance(record, dict)
    assert record["intent"] == "nutrient_foods"
    assert record["entities"] == {"nutrient": ["potassium"]}
    text = reply.to_json("what has potassium")
    assert isinstance(text, str) and "\n" not in text
    assert json.loads(text) == record
    assert json.loads(reply.to_json("q", explain=True))["explain"] == \
        reply.to_dict("q", explain=True)["explain"]


def test_to_dict_has_exactly_the_keys_its_type_declares(bot: Assistant) -> None:
    """ReplyRecord is what type checkers promise callers; the record must keep to it."""
    reply = bot.ask("what has potassium")
    assert set(reply.to_dict("q")) == ReplyRecord.__required_keys__
    explained = reply.to_dict("q", explain=True)
    assert set(explained) == ReplyRecord.__required_keys__ | ReplyRecord.__optional_keys__
    assert set(explained["explain"]) == Explanation.__required_keys__
    assert {key for c in explained["explain"]["candidates"] for key in c} == \
        CandidateRecord.__required_keys__
    assert {key for m in explained["explain"]["entities"] for key in m} == \
        MentionRecord.__required_keys__


def _public_members(obj: object) -> list[tuple[str, object]]:
    """The names a user reaches on a public class: its own, not tuple's or Exception's."""
    if not inspect.isclass(obj):
        return []
    return [(name, value) for name, value in vars(obj).items()
            if not name.startswith("_") and (callable(value) or isinstance(value, property))]


@pytest.mark.parametrize("name", assistant.__all__)
def test_every_public_name_and_its_methods_have_a_docstring(name: str) -> None:
    obj = getattr(assistant, name)
    assert inspect.getdoc(obj), f"assistant.{name} has no docstring"
    missing = [member for member, value in _public_members(obj) if not inspect.getdoc(value)]
    assert not missing, f"assistant.{name}: no docstring on {missing}"


def test_public_names_are_found_lazily_and_unknown_ones_are_not() -> None:
    assert assistant.Reply is Reply
    assert set(assistant.__all__) <= set(dir(assistant))
    with pytest.raises(AttributeError, match="no attribute 'Assistent'"):
        assistant.Assistent  # noqa: B018
