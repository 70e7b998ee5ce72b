"""Two plain retrievers over the same intents' examples, to measure the assistant against.

Each returns the intent of the example that best matches a question, and nothing
else: no entities, no safety check, no dialogue, no answer. They show what a
question costs a simple off-the-shelf approach on the same data, so the
assistant's figures can be read as ratios ("3x a BM25 lookup") that hold on any
machine, rather than as milliseconds that depend on this one.

* :class:`BM25` is Okapi BM25 (k1 = 1.5, b = 0.75) over an inverted index of
  lower-cased words, scored term at a time in pure Python, as the rank_bm25
  package and most tutorials do it.
* :class:`Fuzzy` is rapidfuzz's ``process.extractOne`` with ``fuzz.ratio`` (the
  normalised Indel similarity) over every example's text, lower-cased once: C
  code, but it compares the question with every example.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9{}]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class BM25:
    """The intent of the best BM25-scored example."""

    def __init__(self, examples: Iterable[tuple[str, str]], k1: float = 1.5,
                 b: float = 0.75) -> None:
        self._intent: list[str] = []
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths: list[int] = []
        for intent, text in examples:
            counts: dict[str, int] = {}
            for word in words(text):
                counts[word] = counts.get(word, 0) + 1
            for word, count in counts.items():
                postings.setdefault(word, []).append((len(self._intent), count))
            self._intent.append(intent)
            lengths.append(sum(counts.values()))
        total = len(lengths)
        average = sum(lengths) / max(1, total)
        norm = [k1 * (1 - b + b * length / average) for length in lengths]
        # Each posting's whole term score but the idf, so a query only adds.
        self._postings = {
            word: (math.log(1 + (total - len(entries) + 0.5) / (len(entries) + 0.5)),
                   [(doc, count * (k1 + 1) / (count + norm[doc])) for doc, count in entries])
            for word, entries in postings.items()}

    def best(self, question: str) -> str | None:
        scores: dict[int, float] = {}
        get = scores.get
        for word in set(words(question)):
            found = self._postings.get(word)
            if found is None:
                continue
            idf, entries = found
            for doc, part in entries:
                scores[doc] = get(doc, 0.0) + idf * part
        if not scores:
            return None
        return self._intent[max(scores, key=scores.__getitem__)]


class Fuzzy:
    """The intent of the example rapidfuzz finds most alike (fuzz.ratio)."""

    def __init__(self, examples: Iterable[tuple[str, str]]) -> None:
        from rapidfuzz import fuzz, process, utils

        pairs = list(examples)
        self._intent = [intent for intent, _ in pairs]
        self._process = utils.default_process  # lower case, no punctuation
        self._texts = [self._process(text) for _, text in pairs]
        self._extract = process.extractOne
        self._scorer = fuzz.ratio

    def best(self, question: str) -> str | None:
        found = self._extract(self._process(question), self._texts, scorer=self._scorer)
        return self._intent[found[2]] if found else None
