"""The indexed matcher ranks exactly as the brute-force reference does.

Same intents, same order (ties included), same scores, on the matcher inputs of
every question of every evaluation set (as the engine really produces them,
conversation turns included), on word lists hypothesis makes up, and on grown
synthetic data where many intents tie. Both ways of scoring are checked: the
Python loop and, when numpy is installed, the vectorised pass used on large data.
"""

from __future__ import annotations

import functools
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from helpers import REPO, TODAY, read_yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_matcher import ReferenceMatcher

from assistant import Assistant, matcher, vectorised
from assistant.engine import packaged_dir
from assistant.intents import IntentSet, load_intents
from assistant.matcher import OverlapMatcher, Query
from assistant.reply import Candidate, Reply

EVAL_SETS = sorted((REPO / "tests" / "eval").glob("*.yaml")) + [
    path for path in [REPO.parent / "shared" / "eval" / "sample.yaml"] if path.is_file()]
Unit = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def questions(path: Path) -> Iterator[list[str]]:
    """Each independent case as a one-turn list, each conversation as its turns."""
    data = read_yaml(path) or {}
    for case in data.get("cases") or []:
        yield [str(case["q"])]
    for conversation in data.get("conversations") or []:
        yield [str(turn["q"]) for turn in conversation["turns"]]


class FullRanking:
    """The packaged matcher seen only through the Matcher protocol: ranks in full, and
    keeps every input it was given."""

    inputs: ClassVar[list[Unit]] = []

    def __init__(self, intents: IntentSet) -> None:
        self._matcher = OverlapMatcher(intents)

    def vocabulary(self) -> frozenset[str]:
        return self._matcher.vocabulary()

    def rank(self, whole: Sequence[str], clauses: Sequence[Sequence[str]]) -> list[Candidate]:
        FullRanking.inputs.append((tuple(whole), tuple(tuple(c) for c in clauses)))
        return self._matcher.rank(whole, clauses)


@pytest.fixture(scope="module")
def intents() -> IntentSet:
    return load_intents([packaged_dir("intents")])


@pytest.fixture(scope="module")
def reference(intents: IntentSet) -> ReferenceMatcher:
    return ReferenceMatcher(intents)


@pytest.fixture(scope="module")
def full_run() -> tuple[list[Unit], list[list[Reply]]]:
    """Every evaluation question asked, alone or in its conversation, of an engine whose
    matcher ranks in full: what the engine handed the matcher, and every reply (one list
    per case or conversation). Asked once for the two uses below."""
    FullRanking.inputs = []
    bot = Assistant(matcher=FullRanking, today=lambda: TODAY)
    replies = []
    for path in EVAL_SETS:
        for turns in questions(path):
            conversation = bot.conversation()
            replies.append([conversation.ask(turn) for turn in turns])
    return FullRanking.inputs, replies


@pytest.fixture(scope="module")
def eval_inputs(full_run: tuple[list[Unit], list[list[Reply]]]) -> list[Unit]:
    """What the engine hands the matcher for every evaluation question."""
    return full_run[0]


Expected = Callable[[Unit], list[Candidate]]


@pytest.fixture(scope="module")
def expected(reference: ReferenceMatcher, eval_inputs: list[Unit]) -> Expected:
    """The reference's ranking of an evaluation input. The brute-force reference is a
    pure function of its input, and most of this module's time went to ranking the same
    inputs with it again in test after test: each distinct input is ranked once."""
    ranked = {unit: reference.rank(*unit) for unit in dict.fromkeys(eval_inputs)}
    return ranked.__getitem__


def referee(reference: ReferenceMatcher) -> Expected:
    """The reference's ranking, worked out when first asked (for other inputs or data)."""
    return functools.cache(lambda unit: reference.rank(*unit))


def matchers(intents: IntentSet, monkeypatch: pytest.MonkeyPatch) -> dict[str, OverlapMatcher]:
    """The matcher scoring in Python, as on small data and as on large data without
    numpy (its common words' tables made at load rather than kept in the cache), and
    (with numpy) the one scoring in numpy."""
    found = {"python": OverlapMatcher(intents)}
    assert found["python"]._vectorised is None
    with monkeypatch.context() as patch:
        patch.setattr(matcher, "LARGE", 0)
        patch.setattr(vectorised, "vectorise", lambda *arguments: None)
        found["large, no numpy"] = OverlapMatcher(intents)
    assert found["large, no numpy"]._vectorised is None
    try:
        import numpy  # noqa: F401
    except ImportError:
        return found
    with monkeypatch.context() as patch:
        patch.setattr(matcher, "LARGE", 0)
        found["numpy"] = OverlapMatcher(intents)
    assert found["numpy"]._vectorised is not None
    return found


def assert_same(expected: Expected, built: dict[str, OverlapMatcher],
                inputs: Sequence[Unit]) -> None:
    for whole, clauses in inputs:
        ranked = expected((whole, clauses))
        for how, candidate in built.items():
            got = candidate.rank(whole, clauses)
            assert got == ranked, (how, whole, clauses)


def test_every_evaluation_question_ranks_as_the_reference(
        intents: IntentSet, expected: Expected, eval_inputs: list[Unit],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(eval_inputs) > 5000  # every question of every set
    assert_same(expected, matchers(intents, monkeypatch), eval_inputs)


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_walking_every_posting_and_tabling_common_words_rank_alike(
        share: float, intents: IntentSet, expected: Expected, eval_inputs: list[Unit],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python loop chooses per unit between walking every posting and tabling the
    common words' (see OverlapMatcher._score); either way on every unit ranks the same."""
    monkeypatch.setattr(matcher, "TABLED_SHARE", share)
    python = OverlapMatcher(intents)
    assert_same(expected, {"python": python}, eval_inputs[::3])


@pytest.mark.parametrize("share", [0.0, float("inf")])
def test_reading_every_example_and_only_those_touched_rank_alike(
        share: float, intents: IntentSet, expected: Expected, eval_inputs: list[Unit],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A walked unit's examples are scored from the set of those touched, or, when its
    postings are many, by reading every example (see OverlapMatcher._score); either way
    on every unit ranks the same."""
    monkeypatch.setattr(matcher, "EVERY_SHARE", share)
    python = OverlapMatcher(intents)
    assert_same(expected, {"python": python}, eval_inputs[1::3])


@pytest.mark.parametrize(("share", "first"), [(None, 0), (0.0, 1), (1.0, 2)])
def test_reading_every_example_in_step_ranks_as_the_reference(
        share: float | None, first: int, intents: IntentSet, expected: Expected,
        eval_inputs: list[Unit], monkeypatch: pytest.MonkeyPatch) -> None:
    """A compiled matcher reads every example in step (see OverlapMatcher._best_in_step)
    rather than those a unit touches; so does this one, with the common words tabled as
    usual, always or never, and every unit ranks as the reference ranks it."""
    monkeypatch.setattr(matcher, "IN_STEP", True)
    if share is not None:
        monkeypatch.setattr(matcher, "TABLED_SHARE", share)
    python = OverlapMatcher(intents)
    assert_same(expected, {"python": python}, eval_inputs[first::3])


def test_a_cached_matcher_ranks_as_a_fresh_one(intents: IntentSet,
                                                 eval_inputs: list[Unit]) -> None:
    import pickle

    fresh = OverlapMatcher(intents)
    loaded = pickle.loads(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
    for whole, clauses in eval_inputs[:500]:
        assert loaded.rank(whole, clauses) == fresh.rank(whole, clauses)


def test_no_counters_in_the_matcher_state(intents: IntentSet) -> None:
    """Loading a cached matcher must not rebuild an object per example."""
    state = OverlapMatcher(intents).__getstate__()
    examples = sum(len(intent.examples) for intent in intents.intents.values())
    assert all(len(value) < examples for value in state.values()  # type: ignore[arg-type]
               if isinstance(value, (dict, list, tuple, frozenset)))


def _vocabulary(intents: IntentSet) -> list[str]:
    return sorted({w for intent in intents.intents.values() for e in intent.examples for w in e})


@st.composite
def units(draw: st.DrawFn, vocabulary: list[str]) -> Unit:
    """A whole question of known words, slots, numbers, typos and made-up words, and
    a split of it into clauses (a long story's pieces)."""
    word = st.one_of(st.sampled_from(vocabulary), st.sampled_from(vocabulary).map(
        lambda w: w[:-1] + "x" if len(w) > 5 else w), st.from_regex(r"[a-z]{1,9}", fullmatch=True),
        st.sampled_from(["{nutrient}", "{food}", "{trigger}", "1", "300"]))
    whole = draw(st.lists(word, max_size=40))
    cuts = sorted(draw(st.sets(st.integers(0, len(whole)), max_size=4)))
    clauses = [whole[a:b] for a, b in zip([0, *cuts], [*cuts, len(whole)], strict=True)]
    return tuple(whole), tuple(tuple(c) for c in clauses if c)


def test_made_up_word_lists_rank_as_the_reference(intents: IntentSet,
                                                  reference: ReferenceMatcher,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    built = matchers(intents, monkeypatch)

    @settings(max_examples=300, deadline=None)
    @given(units(_vocabulary(intents)))
    def check(unit: Unit) -> None:
        assert_same(referee(reference), built, [unit])

    check()


def test_grown_data_with_many_ties_ranks_as_the_reference(
        tmp_path: Path, eval_inputs: list[Unit], monkeypatch: pytest.MonkeyPatch) -> None:
    """Twice the data: 54 intents, more than the 40 returned, and synthetic clones
    of one intent often score exactly alike."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    grown = synthetic.grow(REPO / "knowledge", REPO / "intents", 2, tmp_path)
    intents = load_intents([grown.intents])
    reference = referee(ReferenceMatcher(intents))
    # Which inputs tie depends on the names the growth drew, which change with the data:
    # so the tied ones are picked out, and checked beside a spread of the rest.
    ranked = [(unit, [c.score for c in reference(unit)]) for unit in eval_inputs]
    tied = [unit for unit, scores in ranked if len(set(scores)) < len(scores)]
    assert len(tied) > 20, len(tied)
    assert_same(reference, matchers(intents, monkeypatch), tied[:200] + eval_inputs[::10])


@pytest.mark.parametrize("top", [1, 3, 12])
def test_units_that_cannot_reach_the_top_are_skipped_exactly(
        top: int, intents: IntentSet, expected: Expected, eval_inputs: list[Unit],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The vectorised ranking does not score a unit whose ceiling is below the top-th
    best score of the units scored before it. On the packaged data, with all 32 intents
    returned, that seldom happens; returning fewer makes it common, ties included.

    The reference returning ``top`` is the first ``top`` of its ranking: it takes them
    with heapq.nlargest, which is ``sorted(..., reverse=True)[:n]``, ties in the same
    order whatever n is."""
    monkeypatch.setattr(matcher, "TOP", top)
    assert_same(lambda unit: expected(unit)[:top], matchers(intents, monkeypatch),
                eval_inputs[::2])


def _leading_length(ranked: Sequence[Candidate], count: int, floor: float) -> int:
    """The first ``count`` of a full ranking and those scoring ``floor`` or more after."""
    length = min(count, len(ranked))
    while length < len(ranked) and ranked[length].score >= floor:
        length += 1
    return length


@pytest.mark.parametrize(("count", "floor"), [(5, 0.3), (1, 0.6), (3, 0.0), (12, 0.5),
                                              (5, math.inf)])
def test_the_leading_candidates_are_the_first_of_the_reference_ranking(
        count: int, floor: float, intents: IntentSet, expected: Expected,
        eval_inputs: list[Unit], monkeypatch: pytest.MonkeyPatch) -> None:
    """What the engine reads of a ranking (OverlapMatcher.leading), with or without a
    story's whole scored, is the start of the full ranking, to the last bit."""
    built = matchers(intents, monkeypatch)
    for whole, clauses in eval_inputs[::2]:
        ranked = expected((whole, clauses))
        ranked = ranked[:_leading_length(ranked, count, floor)]
        for how, candidate in built.items():
            assert candidate.leading(whole, clauses, count, floor) == ranked, (how, whole)


def test_a_story_whole_below_what_the_engine_reads_is_not_scored(
        intents: IntentSet, eval_inputs: list[Unit]) -> None:
    """The engine's ranking skips the whole of some long stories: the check above
    covers that way of ranking, not only the other."""
    scored: list[Query] = []

    class Counting(OverlapMatcher):  # a subclass: a compiled matcher's methods are fixed
        def _score(self, query: Query) -> dict[str, float]:
            scored.append(query)
            return super()._score(query)

    python = Counting(intents)
    stories = [(whole, clauses) for whole, clauses in eval_inputs if len(whole) > 30]

    def units_scored(rank: Callable[[Sequence[str], Sequence[Sequence[str]]], object]) -> int:
        scored.clear()
        for whole, clauses in stories:
            python._scored.cache_clear()
            rank(whole, clauses)
        return len(scored)

    assert units_scored(lambda whole, clauses: python.leading(whole, clauses, 5, 0.3)) \
        < units_scored(python.rank)


def test_replies_from_the_leading_candidates_are_those_of_the_full_ranking(
        full_run: tuple[list[Unit], list[list[Reply]]]) -> None:
    """Every reply (its candidates and alternatives too) to every evaluation question,
    alone and in its conversation, is the same whether the engine reads the leading
    candidates or the whole ranking (the fixture's run): no rule reads further than the
    engine asks for."""
    leading = Assistant(today=lambda: TODAY)
    assert isinstance(leading.matcher, OverlapMatcher)
    full_replies = iter(full_run[1])
    for path in EVAL_SETS:
        for turns in questions(path):
            ours, theirs = leading.conversation(), next(full_replies)
            assert len(theirs) == len(turns)
            for turn, their_reply in zip(turns, theirs, strict=True):
                assert ours.ask(turn) == their_reply, turn
    assert next(full_replies, None) is None


def test_each_example_words_as_the_postings_say(intents: IntentSet) -> None:
    """The words of each example that bound a story's whole (OverlapMatcher._ceiling)
    are its own, each as many times as it says it: a word missed would lower a bound."""
    python = OverlapMatcher(intents)
    sizes, words, getters = python._sort_by_size()
    examples = sorted(range(len(sizes)), key=python._example_size.__getitem__)
    assert sizes == [python._example_size[index] for index in examples] == sorted(sizes)
    stem, ids = intents.normalizer.stem, python._word_id
    own = [Counter(ids[stem(word)] for word in example)
           for intent in intents.intents.values() for example in intent.examples]
    assert [Counter(said) for said in words] == [own[index] for index in examples]
    # each itemgetter reads those words, in that order, and a tuple of them even for one
    past = list(range(len(python._weights) + 1))
    assert [list(getter(past)) for getter in getters] == [
        said if len(said) > 1 else [*said, len(past) - 1] if said else [len(past) - 1] * 2
        for said in words]
