"""Scoring intent routing on a labelled file, in the spirit of ``rasa test nlu``.

The file (see ``tests/eval/labelled.yaml``) has independent ``cases`` and
``conversations`` whose ``turns`` are asked in one conversation, in order::

    cases:
      - q: what has potassium
        intent: nutrient_foods            # null = should be recognised as out of scope
        entities: {nutrient: potassium}   # optional; an id or a list of ids per kind
        contains: [banana]                # optional; text the answer must contain
    conversations:
      - turns:
          - {q: what does magnesium do, intent: nutrient_role}
          - {q: and which foods have it, intent: nutrient_foods}

A case passes when the intent matches, every listed entity id is among the
reply's ids of that kind (order does not matter, extra ids are allowed), and
every ``contains`` text appears in the answer (ignoring case). Intent accuracy
is the headline number; entity and text checks are reported on their own so a
routing regression is never hidden by, or blamed on, an extraction one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .data import DataError, Record, describe, did_you_mean, display_path, load_yaml

if TYPE_CHECKING:
    from . import Assistant, Reply

_CONFUSIONS_SHOWN = 10


@dataclass(frozen=True)
class Case:
    """One labelled question; ``conversation`` and ``turn`` count from 1 (0 = a lone case)."""

    question: str
    intent: str | None
    entities: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    contains: tuple[str, ...] = ()
    file: str = ""
    line: int = 0
    id: str = ""
    conversation: int = 0
    turn: int = 0
    where: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    """Line and label of 'intent' and of each 'entities.KIND', for messages about labels."""


@dataclass(frozen=True)
class Result:
    """A case with what the assistant said about it."""

    case: Case
    intent: str | None
    confidence: float
    entities: Mapping[str, tuple[str, ...]]
    answer: str

    @property
    def intent_ok(self) -> bool:
        """Routing is what the accuracy floor in CI guards, so it is judged on its own."""
        return self.intent == self.case.intent

    @property
    def missing_entities(self) -> dict[str, list[str]]:
        """Expected entity ids the reply did not carry, by kind."""
        missing = {}
        for kind, ids in self.case.entities.items():
            got = set(self.entities.get(kind, ()))
            lost = [i for i in ids if i not in got]
            if lost:
                missing[kind] = lost
        return missing

    @property
    def entities_ok(self) -> bool:
        """Right intent with the wrong nutrient is still a wrong answer: judged apart."""
        return not self.missing_entities

    @property
    def missing_text(self) -> list[str]:
        """Expected phrases the answer lacks, named so a failure shows what to fix."""
        answer = self.answer.casefold()
        return [text for text in self.case.contains if text.casefold() not in answer]

    @property
    def passed(self) -> bool:
        """A case passes only when everything it checks holds, as a user would judge it."""
        return self.intent_ok and self.entities_ok and not self.missing_text


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Report:
    """All results of one run, and the numbers computed from them."""

    path: str
    results: tuple[Result, ...]

    @property
    def total(self) -> int:
        """The denominator of every rate, so each is read against the same run."""
        return len(self.results)

    @property
    def intent_correct(self) -> int:
        """Kept as a count beside the rate, so small files are not over-read."""
        return sum(r.intent_ok for r in self.results)

    @property
    def intent_accuracy(self) -> float:
        """Correct intents over all questions; 0.0 for an empty file (nothing was shown)."""
        return self.intent_correct / self.total if self.total else 0.0

    def per_intent(self) -> list[tuple[str | None, int, int]]:
        """(expected intent, correct, total) for each intent, worst accuracy first."""
        totals: Counter[str | None] = Counter(r.case.intent for r in self.results)
        correct: Counter[str | None] = Counter(r.case.intent for r in self.results if r.intent_ok)
        rows = [(intent, correct[intent], count) for intent, count in totals.items()]
        return sorted(rows, key=lambda row: (row[1] / row[2], -row[2], _name(row[0])))

    def confusions(self) -> list[tuple[str | None, str | None, int]]:
        """(expected, got, count) for wrong intents, most frequent first."""
        counts: Counter[tuple[str | None, str | None]] = Counter(
            (r.case.intent, r.intent) for r in self.results if not r.intent_ok)
        return [(expected, got, n) for (expected, got), n in
                sorted(counts.items(), key=lambda item: (-item[1], _name(item[0][0]),
                                                         _name(item[0][1])))]

    def _counts(self) -> dict[str, tuple[int, int]]:
        out_of_scope = [r for r in self.results if r.case.intent is None]
        in_scope = [r for r in self.results if r.case.intent is not None]
        with_entities = [r for r in self.results if r.case.entities]
        with_text = [r for r in self.results if r.case.contains]
        return {
            "out_of_scope_rejection": (sum(r.intent is None for r in out_of_scope),
                                       len(out_of_scope)),
            "false_rejection": (sum(r.intent is None for r in in_scope), len(in_scope)),
            "entity_accuracy": (sum(r.entities_ok for r in with_entities), len(with_entities)),
            "contains_accuracy": (sum(not r.missing_text for r in with_text), len(with_text)),
            "passed": (sum(r.passed for r in self.results), self.total),
        }

    @property
    def failures(self) -> list[Result]:
        """The cases to look at next, in file order, written out by --failures."""
        return [r for r in self.results if not r.passed]

    def summary(self) -> dict[str, object]:
        """The report's numbers as plain data (for --json and for scripts)."""
        rates = {name: {"rate": _rate(part, whole), "count": part, "total": whole}
                 for name, (part, whole) in self._counts().items()}
        return {
            "file": self.path,
            "questions": self.total,
            "intent_accuracy": self.intent_accuracy,
            "intent_correct": self.intent_correct,
            **rates,
            "per_intent": [{"intent": i, "correct": c, "total": t}
                           for i, c, t in self.per_intent()],
            "confusions": [{"expected": e, "got": g, "count": n}
                           for e, g, n in self.confusions()],
        }

    def format(self) -> str:
        """The human report: headline, per-intent table, confusions, other rates."""
        lines = [f"Evaluated {self.total} questions from {self.path}",
                 "",
                 f"Intent accuracy: {_percent(self.intent_correct, self.total)}",
                 ""]
        lines += self._format_table()
        lines += ["", "Most frequent confusions (expected -> got):"]
        confusions = self.confusions()
        width = max((len(f"{_name(e)} -> {_name(g)}") for e, g, _ in confusions), default=0)
        lines += [f"  {f'{_name(e)} -> {_name(g)}':<{width}}  {n}"
                  for e, g, n in confusions[:_CONFUSIONS_SHOWN]] or ["  none"]
        counts = self._counts()
        lines += [
            "",
            "Out-of-scope rejection: "
            f"{_percent(*counts['out_of_scope_rejection'])} (expected null, got null)",
            "False rejection: "
            f"{_percent(*counts['false_rejection'])} (expected an intent, got null)",
            f"Entity accuracy: {_percent(*counts['entity_accuracy'])}",
            f"Answer text checks: {_percent(*counts['contains_accuracy'])}",
            f"Cases passing every check: {_percent(*counts['passed'])}",
        ]
        return "\n".join(lines) + "\n"

    def _format_table(self) -> list[str]:
        rows = self.per_intent()
        width = max([len("intent"), *(len(_name(i)) for i, _, _ in rows)])
        lines = ["Accuracy per intent (worst first; null = out of scope):",
                 f"  {'intent':<{width}}  accuracy  correct/total"]
        for intent, correct, total in rows:
            lines.append(f"  {_name(intent):<{width}}  {correct / total:>8.1%}  "
                         f"{f'{correct}/{total}':>13}")
        return lines

    def failures_yaml(self) -> str:
        """The failing cases, with what was expected and what came back, as YAML."""
        import yaml

        items = [_failure(r) for r in self.failures]
        header = f"# {len(items)} failing of {self.total} questions in {self.path}\n"
        return header + yaml.safe_dump({"failures": items}, sort_keys=False,
                                       allow_unicode=True, width=100)


def _failure(result: Result) -> dict[str, Any]:
    case = result.case
    item: dict[str, Any] = {"q": case.question, "where": f"{case.file}:{case.line}"}
    if case.id:
        item["id"] = case.id
    if case.conversation:
        item["conversation"] = case.conversation
        item["turn"] = case.turn
    item["expected"] = {"intent": case.intent}
    item["got"] = {"intent": result.intent, "confidence": round(result.confidence, 3)}
    if case.entities:
        item["expected"]["entities"] = {k: list(v) for k, v in case.entities.items()}
    if case.entities or result.entities:
        item["got"]["entities"] = {k: list(v) for k, v in result.entities.items()}
    if result.missing_entities:
        item["missing_entities"] = result.missing_entities
    if result.missing_text:
        item["missing_text"] = result.missing_text
    item["answer"] = result.answer
    return item


def _name(intent: str | None) -> str:
    return "null" if intent is None else intent


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "n/a (no such questions)"


# ---------------------------------------------------------------- loading

def load_cases(path: Path) -> list[list[Case]]:
    """The file's questions in groups: a lone case is a group of one, a conversation
    a group of its turns. Every problem is a DataError naming file and line."""
    document = load_yaml(path)
    if not isinstance(document, dict):
        raise DataError(path, getattr(document, "line", 1),
                        f"expected a mapping with 'cases' and/or 'conversations', "
                        f"got {describe(document)}")
    top = Record(path, document, "", 1)
    groups = [[_case(record, path)] for record in top.records("cases")]
    for number, conversation in enumerate(top.records("conversations"), start=1):
        turns = [_case(record, path, conversation=number, turn=index)
                 for index, record in enumerate(conversation.records("turns", required=True),
                                                start=1)]
        if not turns:
            raise conversation.error("turns", "a conversation needs at least one turn")
        conversation.finish()
        groups.append(turns)
    top.finish()
    if not groups:
        raise DataError(path, 1, "no questions: expected 'cases' and/or 'conversations'")
    return groups


def _case(record: Record, path: Path, *, conversation: int = 0, turn: int = 0) -> Case:
    question = record.text("q")
    if "intent" not in record.mapping:
        raise record.error(None, "missing required field 'intent' (use null for out of scope)")
    intent = record.optional("intent", str, None)
    if intent is not None and not intent.strip():
        raise record.error("intent", "must not be empty (use null for out of scope)")
    where = {"intent": (record.line_of("intent"), record.label("intent"))}
    case = Case(question=question, intent=intent, entities=_entities(record, where),
                contains=record.texts("contains"), file=display_path(path),
                line=record.line, id=record.text("id", required=False),
                conversation=conversation, turn=turn, where=where)
    record.finish()
    return case


def _entities(record: Record, where: dict[str, tuple[int, str]]
              ) -> dict[str, tuple[str, ...]]:
    """entities: {kind: id or [ids]}; every id must be non-empty text."""
    sub = record.record("entities", required=False)
    if sub is None:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for kind in sub.mapping:
        ids = sub.texts(kind)
        if not ids or not all(ids):
            raise sub.error(kind, f"expected an id or a list of ids, got "
                                  f"{describe(sub.mapping[kind])}")
        found[kind] = ids
        where[f"entities.{kind}"] = (sub.line_of(kind), sub.label(kind))
    where["entities"] = (sub.line, sub.label(None))
    return found


# Signs the safety check derives rather than reads from intents/safety.yaml.
_DERIVED_SIGNS = ("urgent", "places", "duration")


def check_labels(groups: Sequence[Sequence[Case]], bot: Assistant) -> None:
    """Every expected intent and entity id must exist in the assistant's data.

    A typo in a label ('nutrient_food', 'magnesum') would otherwise be scored as
    the assistant's mistake, and the person tuning the data would chase a
    routing problem that is really a spelling one.
    """
    intents = set(bot.intents.intents)
    ids = _known_ids(bot)
    for case in (case for group in groups for case in group):
        if case.intent is not None and case.intent not in intents:
            line, label = case.where["intent"]
            raise DataError(case.file, line, f"{label}: unknown intent '{case.intent}'"
                                             f"{did_you_mean(case.intent, intents)}")
        for kind, expected in case.entities.items():
            line, label = case.where[f"entities.{kind}"]
            if kind not in ids:
                raise DataError(case.file, line, f"{case.where['entities'][1]}: unknown entity "
                                                 f"kind '{kind}'{did_you_mean(kind, ids)}; "
                                                 f"expected one of: {', '.join(ids)}")
            for entity_id in expected:
                if entity_id not in ids[kind]:
                    raise DataError(case.file, line, f"{label}: unknown {kind} '{entity_id}'"
                                                     f"{did_you_mean(entity_id, ids[kind])}")


def _known_ids(bot: Assistant) -> dict[str, frozenset[str]]:
    """The ids a reply can carry, by entity kind."""
    kb = bot.knowledge
    foods = frozenset(kb.foods) | frozenset(kb.groups)
    signs = frozenset(rule.id for rule in bot.intents.safety.signs) | set(_DERIVED_SIGNS)
    return {"nutrient": frozenset(kb.nutrients), "food": foods,
            "trigger": frozenset(kb.triggers), "factor": frozenset(kb.lifestyle),
            "diet": frozenset(kb.diets), "sign": signs, "except": foods}


# ---------------------------------------------------------------- running

def evaluate(bot: Assistant, path: Path | str) -> Report:
    """Ask every question of the file (turns in one conversation each) and score it.

    Raises DataError (``file:line``) for a mistake in the file, including an
    intent or entity id the assistant's data does not have.
    """
    path = Path(path)
    groups = load_cases(path)
    check_labels(groups, bot)
    results = tuple(_ask_all(bot, groups))
    return Report(path=groups[0][0].file, results=results)


def _ask_all(bot: Assistant, groups: Sequence[list[Case]]) -> Iterator[Result]:
    for group in groups:
        ask = bot.conversation().ask if len(group) > 1 or group[0].conversation else bot.ask
        for case in group:
            yield _result(case, ask(case.question))


def _result(case: Case, reply: Reply) -> Result:
    return Result(case=case, intent=reply.intent, confidence=reply.confidence,
                  entities={k: tuple(v) for k, v in reply.entities.items()}, answer=reply.text)


__all__ = ["Case", "Report", "Result", "check_labels", "evaluate", "load_cases"]
