"""The question sets under tests/eval/: each loads, ids are unique, the held-out set shares
no question with the sets we tune on, and the sets are as large as tests/eval/README.md says.

heldout.yaml is held out: only code reads it. Every failure message here names ids, field
names and counts, never a question's text (do not run this file with --showlocals).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import REPO

from assistant.evaluation import load_cases

EVAL = REPO / "tests" / "eval"

# Every set file and its format: "judge" = /work/shared/eval/FORMAT.md (judge.py),
# "eval" = the `twitch-assistant --eval` format (labelled intents).
SETS = {
    "dev.yaml": "judge",
    "heldout.yaml": "judge",
    "heldout2.yaml": "judge",
    "labelled.yaml": "eval",
    "general_requests.yaml": "eval",
}
HELDOUT = ["heldout.yaml", "heldout2.yaml"]
DEVELOPMENT = ["dev.yaml"]  # judge-format sets tuned on: none may hold a held-out question

KINDS = {"answer", "seek_care", "out_of_scope", "decline"}
TURN_FIELDS = {"q", "kind", "topic", "any", "none"}
CASE_FIELDS = TURN_FIELDS | {"id"}
REAL_SHAPE = re.compile(r"(med|num|spread|long|head|near|sym|plain|t)-")

# (file, what is counted, minimum)
MINIMUM_SIZES = [
    ("dev.yaml", "real-shape cases", 500),
    ("dev.yaml", "conversations", 1),
    ("heldout.yaml", "cases", 1),
    ("heldout2.yaml", "cases", 200),
    ("general_requests.yaml", "cases", 500),
    ("labelled.yaml", "cases", 300),
]


def normalise(question: str) -> str:
    """Lower case, accents removed, punctuation dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", question.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace())
    return " ".join(text.split())


@cache
def _parse(path: Path, mtime_ns: int) -> Any:
    with path.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load(path: Path) -> dict[str, Any]:
    """The parsed file (cached while it is unchanged; do not modify the result)."""
    document = _parse(path, path.stat().st_mtime_ns)
    assert isinstance(document, dict), f"{path.name}: not a mapping"
    return document


def questions(path: Path) -> Iterator[tuple[str, str]]:
    """(where, question) for every single case and conversation turn, in either format;
    `where` is an id (conversation id + turn number) or, without ids, a position."""
    document = load(path)
    for index, case in enumerate(document.get("cases") or [], start=1):
        yield str(case.get("id", f"case {index}")), case["q"]
    for index, conversation in enumerate(document.get("conversations") or [], start=1):
        name = str(conversation.get("id", f"conversation {index}"))
        for turn, case in enumerate(conversation["turns"], start=1):
            yield f"{name} turn {turn}", case["q"]


def judge_format_problems(document: dict[str, Any]) -> list[str]:
    """What is wrong with a judge-format document, by id and field only (never the text)."""
    problems = [f"unknown top-level key {key!r}" for key in document
                if key not in {"cases", "conversations"}]
    if not isinstance(document.get("cases"), list):
        problems.append("'cases' is not a list")
    if not isinstance(document.get("conversations") or [], list):
        problems.append("'conversations' is not a list")

    def check(case: Any, where: str, fields: set[str]) -> None:
        if not isinstance(case, dict):
            problems.append(f"{where}: not a mapping")
            return
        problems.extend(f"{where}: unknown field {key!r}" for key in case if key not in fields)
        if not isinstance(case.get("q"), str) or not case["q"].strip():
            problems.append(f"{where}: 'q' missing or empty")
        if case.get("kind") not in KINDS:
            problems.append(f"{where}: 'kind' is not one of {sorted(KINDS)}")
        if not isinstance(case.get("topic"), str):
            problems.append(f"{where}: 'topic' missing")
        groups = case.get("any", [])
        if not (isinstance(groups, list) and all(
                isinstance(group, list) and group and all(isinstance(s, str) for s in group)
                for group in groups)):
            problems.append(f"{where}: 'any' is not a list of lists of strings")
        none = case.get("none", [])
        if not (isinstance(none, list) and all(isinstance(s, str) for s in none)):
            problems.append(f"{where}: 'none' is not a list of strings")

    for index, case in enumerate(document.get("cases") or [], start=1):
        where = str(case.get("id")) if isinstance(case, dict) else f"case {index}"
        if not isinstance(case, dict) or not isinstance(case.get("id"), str):
            problems.append(f"case {index}: no string 'id'")
        check(case, where, CASE_FIELDS)
    for index, conversation in enumerate(document.get("conversations") or [], start=1):
        name = (conversation.get("id") if isinstance(conversation, dict) else None)
        if not isinstance(name, str):
            problems.append(f"conversation {index}: no string 'id'")
            name = f"conversation {index}"
        turns = conversation.get("turns") if isinstance(conversation, dict) else None
        if not isinstance(turns, list) or not turns:
            problems.append(f"{name}: no turns")
            continue
        for turn, case in enumerate(turns, start=1):
            check(case, f"{name} turn {turn}", TURN_FIELDS)
    return problems


def duplicate_ids(document: dict[str, Any]) -> list[str]:
    ids = [item.get("id") for part in ("cases", "conversations")
           for item in document.get(part) or [] if isinstance(item, dict)]
    return sorted(str(i) for i, n in Counter(ids).items() if n > 1)


def count(path: Path, what: str) -> int:
    document = load(path)
    cases = document.get("cases") or []
    return {
        "cases": len(cases),
        "conversations": len(document.get("conversations") or []),
        "real-shape cases": sum(1 for case in cases if REAL_SHAPE.match(str(case.get("id")))),
    }[what]


def shared_questions(heldout: Path, development: Path) -> list[str]:
    """Where (ids only) a held-out question is also a development question, normalised."""
    seen = {normalise(question) for _, question in questions(development)}
    return [where for where, question in questions(heldout) if normalise(question) in seen]


def test_every_set_file_is_in_the_table():
    assert sorted(path.name for path in EVAL.glob("*.yaml")) == sorted(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_loads(name):
    path = EVAL / name
    if SETS[name] == "eval":
        groups = load_cases(path)  # the --eval loader: a DataError names file and line
        assert groups
    else:
        problems = judge_format_problems(load(path))
        assert not problems, f"{name}: {len(problems)} problems: {problems[:20]}"


@pytest.mark.parametrize("name", sorted(name for name, kind in SETS.items() if kind == "judge"))
def test_ids_are_unique(name):
    duplicates = duplicate_ids(load(EVAL / name))
    assert not duplicates, f"{name}: {len(duplicates)} ids used more than once: {duplicates}"


@pytest.mark.parametrize("heldout", HELDOUT)
@pytest.mark.parametrize("development", DEVELOPMENT)
def test_heldout_shares_no_question_with_a_development_set(heldout, development):
    shared = shared_questions(EVAL / heldout, EVAL / development)
    assert not shared, (f"{len(shared)} questions of {heldout} are also in {development}: "
                        f"{shared}")


def test_dev_single_cases_are_deduplicated():
    seen: dict[str, str] = {}
    repeats = []
    for case in load(EVAL / "dev.yaml")["cases"]:
        key = normalise(case["q"])
        if key in seen:
            repeats.append(f"{case['id']} (= {seen[key]})")
        seen.setdefault(key, case["id"])
    assert not repeats, f"{len(repeats)} repeated questions in dev.yaml: {repeats}"


@pytest.mark.parametrize(("name", "what", "minimum"), MINIMUM_SIZES)
def test_set_is_large_enough(name, what, minimum):
    assert count(EVAL / name, what) >= minimum


def test_general_requests_are_all_out_of_scope():
    cases = [case for group in load_cases(EVAL / "general_requests.yaml") for case in group]
    in_scope = [f"{case.file}:{case.line}" for case in cases if case.intent is not None]
    assert not in_scope, f"{len(in_scope)} general requests have an intent: {in_scope}"
