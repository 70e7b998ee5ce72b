"""What the engine gives back for one question: the answer and how it was reached."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .records import NamedTuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from .reply_records import ReplyRecord

# The JSON records' types (reply_records.py) import typing, which no start does: they
# are this module's names all the same, made the first time one is read (``__getattr__``).
RECORD_TYPES = ("CandidateRecord", "MentionRecord", "Explanation", "ReplyRecord")


class Candidate(NamedTuple):
    """One intent the matcher considered, with its score between 0 and 1."""

    intent: str
    score: float


class Mention(NamedTuple):
    """An entity found in the question: which one, the words that named it, how surely."""

    kind: str
    id: str
    text: str
    score: float


class Reply(NamedTuple):
    """The answer to one question.

    ``intent`` is None when the question is outside what the assistant covers;
    ``text`` then says what it can answer. ``reminder`` repeats the closing
    general-information line (already part of ``text``) so a front end can show
    it dimmed. ``candidates`` and ``mentions`` explain how the answer was chosen.
    """

    text: str
    intent: str | None
    confidence: float
    entities: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    sources: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    reminder: str = ""
    candidates: tuple[Candidate, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def to_dict(self, question: str, *, explain: bool = False) -> ReplyRecord:
        """The record promised to scripts (see README, 'JSON output'), as plain data.

        ``question`` is passed in because a Reply does not keep it: the front end
        decides what counts as the question (after decoding and cutting).
        """
        record: ReplyRecord = {
            "question": question,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "entities": {kind: list(ids) for kind, ids in self.entities.items()},
            "answer": self.text,
            "sources": list(self.sources),
        }
        if explain:
            record["explain"] = {
                "candidates": [{"intent": c.intent, "score": round(c.score, 3)}
                               for c in self.candidates],
                "entities": [{"kind": m.kind, "id": m.id, "text": m.text,
                              "score": round(m.score, 3)} for m in self.mentions],
            }
        return record

    def to_json(self, question: str, *, explain: bool = False) -> str:
        """:meth:`to_dict` as one line of JSON, UTF-8 characters kept as they are."""
        import json  # here, not at the top: most starts never write JSON

        return json.dumps(self.to_dict(question, explain=explain), ensure_ascii=False)


def __getattr__(name: str) -> object:
    """A JSON record type (see RECORD_TYPES) read at run time, from reply_records."""
    if name in RECORD_TYPES:
        from . import reply_records

        return getattr(reply_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
