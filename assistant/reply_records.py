"""The JSON records of replies, as ``--json`` and the web API write them, typed for
callers: :meth:`assistant.reply.Reply.to_dict` returns a :class:`ReplyRecord`.

Their own module, because a TypedDict needs typing at run time, which no start
imports (see native.py); ``assistant.reply`` gives these names all the same, and the
renderer names :class:`Why` for type checkers only.
Annotations are evaluated, not postponed (no ``from __future__ import annotations``):
TypedDict would compile each field's annotation string.
"""

from typing import TypedDict

from .reply import Candidate, Mention


class Why(TypedDict):
    """How a reply was reached: the same for every outcome, so the renderer gives it to
    Reply as keywords."""

    alternatives: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    mentions: tuple[Mention, ...]


class CandidateRecord(TypedDict):
    """A :class:`Candidate` as ``--json --explain`` writes it, score rounded for reading."""

    intent: str
    score: float


class MentionRecord(TypedDict):
    """A :class:`Mention` as ``--json --explain`` writes it, score rounded for reading."""

    kind: str
    id: str
    text: str
    score: float


class Explanation(TypedDict):
    """Why an answer was chosen, for people tuning the data rather than reading answers."""

    candidates: list[CandidateRecord]
    entities: list[MentionRecord]


class _RecordFields(TypedDict):
    question: str
    intent: str | None
    confidence: float
    entities: dict[str, list[str]]
    answer: str
    sources: list[str]


class ReplyRecord(_RecordFields, total=False):
    """The JSON record promised to scripts (README, 'JSON output'), typed so that a
    change to its shape is a change to this class, not a surprise in a caller."""

    explain: Explanation
