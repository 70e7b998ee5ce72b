"""Scoring a unit of a question against every example at once, with numpy.

The matcher uses this only on large data (``matcher.LARGE`` examples or more)
and only when numpy is installed (``pip install twitch-assistant[large]``):
importing numpy takes longer than a piped question on the packaged data takes
from start to answer.

The arithmetic is the Python loop's, in the same order, so every score is the
same float: ``bincount`` adds each posting's weight to its example in the order
the postings are given, which is the order the unit says its words, and the
F-score (1 + b^2) s / (b^2 E + Q) is computed elementwise in double precision.
Only the order of intents with equal scores has to be rebuilt (see ``rank``).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy
    from numpy.typing import NDArray

    from .matcher import Query

    Scores = NDArray[numpy.float64]  # each intent's best score against one unit
    Arrays = dict[str, array[int] | array[float]]  # the matcher's index, by name

Shares = Callable[[int, "Query"], "int | None"]


def vectorise(arrays: Arrays, whole_only: Collection[int],
              scale: float) -> Vectorised | None:
    """The numpy scorer over the matcher's arrays, or None without numpy."""
    try:
        import numpy
    except ImportError:
        return None
    return Vectorised(numpy, arrays, whole_only, scale)


class Vectorised:
    """Zero-copy numpy views of the matcher's index, and the per-unit sparse product."""

    def __init__(self, np: ModuleType, arrays: Arrays, whole_only: Collection[int],
                 scale: float) -> None:
        self._np = np  # numpy, imported by vectorise() only when large data needs it
        self._scale = scale
        self._weights = arrays["weights"]
        self._start = arrays["start"]
        self._postings = np.frombuffer(arrays["postings"], dtype=np.intc)
        self._counts = np.frombuffer(arrays["counts"], dtype=np.intc)
        self._b2size = np.frombuffer(arrays["b2size"], dtype=np.float64)
        self._starts = np.frombuffer(arrays["first"], dtype=np.intc)[:-1]
        self._max_words = np.frombuffer(arrays["max_words"], dtype=np.intc)
        self._whole_only = np.zeros(len(self._starts), dtype=bool)
        self._whole_only[list(whole_only)] = True

    def rank(self, scored: list[tuple[Query, Scores | None]], whole_length: int, top: int,
             shares: Shares) -> list[tuple[int, float]]:
        """The ``top`` (intent, score) pairs, best first, over the units each intent may
        be matched on (clauses never for whole-message intents; none for an intent
        whose max_words the question exceeds), from each unit's :meth:`score`."""
        np = self._np
        too_long = (self._max_words > 0) & (self._max_words < whole_length)
        per_unit: list[Scores | None] = []
        best = None
        for number, (_, unit_scores) in enumerate(scored):
            scores = None
            if unit_scores is not None:
                scores = unit_scores.copy()  # the matcher keeps a unit's scores: never changed
                scores[too_long] = 0.0
                if number:
                    scores[self._whole_only] = 0.0
                best = scores.copy() if best is None else np.maximum(best, scores, out=best)
            per_unit.append(scores)
        if best is None:
            return []
        chosen = np.flatnonzero(best > 0.0)
        if len(chosen) > top:  # keep every intent tied with the last one kept
            last = np.partition(best[chosen], len(chosen) - top)[len(chosen) - top]
            chosen = chosen[best[chosen] >= last]
        found = sorted(((int(o), float(best[o])) for o in chosen), key=lambda item: -item[1])
        return _in_tie_order(found, per_unit, [query for query, _ in scored], shares)[:top]

    def score(self, query: Query) -> Scores | None:
        """Each intent's best example F-score against one unit (0 where nothing is
        shared), or None when the unit shares no word with any example."""
        if not query.size or not query.words:
            return None
        np, start, weights = self._np, self._start, self._weights
        lows = [start[number] for number, _ in query.words]
        highs = [start[number + 1] for number, _ in query.words]
        lengths = np.subtract(highs, lows)
        examples = np.concatenate([self._postings[low:high]
                                   for low, high in zip(lows, highs, strict=True)])
        # Each posting's weight, the word's repeated along its posting list in one call;
        # a word the unit says more than once counts as often as the example says it too.
        weighted = np.repeat([weights[number] for number, _ in query.words], lengths)
        at = 0
        for (_, count), low, length in zip(query.words, lows, lengths.tolist(), strict=True):
            if count != 1:
                weighted[at:at + length] *= np.minimum(self._counts[low:low + length], count)
            at += length
        shared = np.bincount(examples, weights=weighted, minlength=len(self._b2size))
        # (1 + b^2) s / (b^2 E + Q), in place: the same operations on the same numbers. The
        # array written is this call's own: one Assistant serves many threads.
        np.multiply(shared, self._scale, out=shared)
        np.divide(shared, self._b2size + query.size, out=shared)
        # The clamp to 1 after the per-intent maximum: the same numbers, on a
        # thirtieth of the elements.
        best: Scores = np.maximum.reduceat(shared, self._starts)
        np.minimum(best, 1.0, out=best)
        return best


def _in_tie_order(found: list[tuple[int, float]], per_unit: list[Scores | None],
                  queries: list[Query], shares: Shares) -> list[tuple[int, float]]:
    """Equal scores in the Python loop's order: by the first unit that scores the
    intent, then the first word of that unit it shares, then definition order."""

    def key(item: tuple[int, float]) -> tuple[int, int, int]:
        ordinal = item[0]
        for number, scores in enumerate(per_unit):
            if scores is not None and scores[ordinal] > 0.0:
                return number, shares(ordinal, queries[number]) or 0, ordinal
        return len(per_unit), 0, ordinal

    result: list[tuple[int, float]] = []
    run: list[tuple[int, float]] = []
    for item in found:
        if run and item[1] != run[0][1]:
            result.extend(sorted(run, key=key) if len(run) > 1 else run)
            run = []
        run.append(item)
    result.extend(sorted(run, key=key) if len(run) > 1 else run)
    return result
