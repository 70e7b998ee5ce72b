"""Intent matching: which intent's examples does a question resemble most?

The engine talks to matchers through the small :class:`Matcher` protocol, so
another approach (TF-IDF vectors, embeddings) can be plugged into the same
engine and compared on the same data.

:class:`OverlapMatcher`, the default, scores a question against every example
as a weighted F-score of shared words: a word's weight is its inverse intent
frequency, so "symptoms" or "rda" count for far more than "what" or "is". The
question's entity mentions arrive already replaced by ``{slot}`` tokens, so
"signs of low {nutrient}" matches whichever nutrient was named. Unknown words
are first corrected against the examples' vocabulary with rapidfuzz ("symtoms"
-> "symptoms"); words that stay unknown still count against precision, which is
what keeps "atomic number of calcium" from looking like a calcium question.
Long stories are scored clause by clause as well as whole, and the best wins.
The confidence of an intent is its best example's F-score, between 0 and 1.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from .entities import by_initial, closest_spelling
from .intents import IntentSet
from .reply import Candidate

Words = Sequence[str]
# Only this many candidates are returned: enough for the dialogue's choices and for
# --explain, without sorting thousands of intents on large data.
TOP = 40
# Recall counts this many times as much as precision: a question may say more
# than the example it matches, but should say most of what the example says.
BETA = 1.4


class Matcher(Protocol):
    """Ranks intents for a question (whole, and split into clauses), best first."""

    def rank(self, whole: Words, clauses: Sequence[Words]) -> list[Candidate]: ...

    def vocabulary(self) -> frozenset[str]:
        """Words the matcher knows, so entity typo matching leaves them alone."""
        ...


_SUFFIXES = ("ing", "es", "ed", "s", "e")


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude stem, so 'cause', 'causes' and 'caused' count as one word.

    Only the endings that English inflection adds most often are cut, and only
    from longer words, so short function words ('is', 'does') are left alone.
    """
    if word.isdigit():
        return "#"  # "3000 mg", "500 mg": any number is the same word
    if word.startswith("{") or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class OverlapMatcher:
    """Weighted word-overlap matcher over every intent's examples (see module doc)."""

    def __init__(self, intents: IntentSet) -> None:
        self._intent_of: list[str] = []
        self._counts: list[Counter[str]] = []
        self._whole_only = {name for name, intent in intents.intents.items() if intent.whole}
        self._max_words = {name: intent.max_words for name, intent in intents.intents.items()
                           if intent.max_words}
        postings: dict[str, list[int]] = defaultdict(list)
        seen_in: dict[str, set[str]] = defaultdict(set)
        for name, intent in intents.intents.items():
            for example in intent.examples:
                index = len(self._counts)
                counts = Counter(stem(word) for word in example)
                self._intent_of.append(name)
                self._counts.append(counts)
                for word in counts:
                    postings[word].append(index)
                    seen_in[word].add(name)
        total = len(intents.intents)
        self._weight = {word: math.log(1 + total / len(names)) for word, names in seen_in.items()}
        self._unknown_weight = math.log(1 + total)
        self._postings = {word: tuple(ids) for word, ids in postings.items()}
        self._sizes = [sum(self._weight[w] * n for w, n in c.items()) for c in self._counts]
        self._spellings = frozenset(w for i in intents.intents.values() for e in i.examples
                                    for w in e)
        self._choices = by_initial(w for w in self._spellings
                                   if len(w) >= 4 and not w.startswith("{"))
        self._correct = lru_cache(maxsize=8192)(self._correct_uncached)

    def vocabulary(self) -> frozenset[str]:
        return self._spellings

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_correct"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._correct = lru_cache(maxsize=8192)(self._correct_uncached)

    def rank(self, whole: Words, clauses: Sequence[Words]) -> list[Candidate]:
        best: dict[str, float] = {}
        units = [whole, *(c for c in clauses if len(c) != len(whole))]
        for number, unit in enumerate(units):
            for name, score in self._score(unit).items():
                if number and name in self._whole_only:
                    continue
                if len(whole) > self._max_words.get(name, len(whole)):
                    continue
                if score > best.get(name, 0.0):
                    best[name] = score
        ranked = heapq.nlargest(TOP, best.items(), key=lambda item: item[1])
        return [Candidate(name, score) for name, score in ranked]

    def _score(self, unit: Words) -> dict[str, float]:
        """Each intent's best example F-score against one unit of the question.

        With s the weight of the words shared, Q the question's weight and E the
        example's, precision is s/Q and recall s/E, so the F-score simplifies to
        (1 + b^2) s / (b^2 E + Q): one division per example touched.
        """
        weights = self._weight
        query = Counter(stem(self._correct(word)) for word in unit)
        query_size = sum(weights.get(w, self._unknown_weight) * n for w, n in query.items())
        if not query_size:
            return {}
        overlap: dict[int, float] = {}
        get = overlap.get
        for word, count in query.items():
            weight = weights.get(word)
            if weight is None:
                continue
            if count == 1:  # the usual case: every example has the word at least once
                for index in self._postings[word]:
                    overlap[index] = get(index, 0.0) + weight
            else:
                counts = self._counts
                for index in self._postings[word]:
                    overlap[index] = get(index, 0.0) + weight * min(count, counts[index][word])
        beta2 = BETA * BETA
        sizes, intent_of = self._sizes, self._intent_of
        scores: dict[str, float] = {}
        for index, shared in overlap.items():
            score = min(1.0, (1 + beta2) * shared / (beta2 * sizes[index] + query_size))
            name = intent_of[index]
            if score > scores.get(name, 0.0):
                scores[name] = score
        return scores

    def _correct_uncached(self, word: str) -> str:
        """A word as the examples spell it: 'recomended' -> 'recommended'."""
        if word in self._spellings or word.startswith("{"):
            return word
        match = closest_spelling(word, self._choices)
        return match[0] if match else word
