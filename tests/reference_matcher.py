"""The matcher as it was before issue 11, kept as the reference the fast one must equal.

This is the original ``OverlapMatcher``: it walks the whole posting list of every
question word and scores every example touched, so it is slow on large data but
obviously right. ``assistant.matcher.OverlapMatcher`` must rank exactly as this
does: the same intents, in the same order (ties included), with the same scores.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from assistant.entities import by_initial, closest_spelling
from assistant.intents import IntentSet
from assistant.matcher import BETA, TOP
from assistant.reply import Candidate

Words = Sequence[str]


class ReferenceMatcher:
    """Weighted word-overlap matcher over every intent's examples, by brute force."""

    def __init__(self, intents: IntentSet) -> None:
        stem = self._stem = intents.normalizer.stem
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
        weights = self._weight
        query = Counter(self._stem(self._correct(word)) for word in unit)
        query_size = sum(weights.get(w, self._unknown_weight) * n for w, n in query.items())
        if not query_size:
            return {}
        overlap: dict[int, float] = {}
        get = overlap.get
        for word, count in query.items():
            weight = weights.get(word)
            if weight is None:
                continue
            if count == 1:
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
        if word in self._spellings or word.startswith("{"):
            return word
        match = closest_spelling(word, self._choices)
        return match[0] if match else word
