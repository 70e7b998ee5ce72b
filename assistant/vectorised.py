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
A unit whose ceiling (the best score any example could have against it) is below
what the units already scored have put in the top is not scored at all.
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

# A ceiling is raised by this fraction before it is compared with a score: the two are
# rounded differently, by far less than this.
_SLACK = 1e-9


def vectorise(arrays: Arrays, whole_only: Collection[int], beta2: float,
              scale: float) -> Vectorised | None:
    """The numpy scorer over the matcher's arrays, or None without numpy."""
    try:
        import numpy
    except ImportError:
        return None
    return Vectorised(numpy, arrays, whole_only, beta2, scale)


class Vectorised:
    """Zero-copy numpy views of the matcher's index, the per-unit sparse product, and
    the ranking over a question's units."""

    def __init__(self, np: ModuleType, arrays: Arrays, whole_only: Collection[int],
                 beta2: float, scale: float) -> None:
        self._np = np  # numpy, imported by vectorise() only when large data needs it
        self._beta2 = beta2
        self._scale = scale
        self._weights = arrays["weights"]
        self._start = arrays["start"]
        self._postings = np.frombuffer(arrays["postings"], dtype=np.intc)
        self._counts = np.frombuffer(arrays["counts"], dtype=np.intc)
        self._b2size = np.frombuffer(arrays["b2size"], dtype=np.float64)
        self._heaviest = float(self._b2size.max()) if len(self._b2size) else 0.0  # b^2 E
        self._starts = np.frombuffer(arrays["first"], dtype=np.intc)[:-1]
        self._max_words = np.frombuffer(arrays["max_words"], dtype=np.intc)
        self._intent_of = np.frombuffer(arrays["intent_of"], dtype=np.intc)
        self._saying: dict[int, frozenset[int]] = {}  # see _intents_saying
        self._whole_only = np.zeros(len(self._starts), dtype=bool)
        self._whole_only[list(whole_only)] = True

    def rank(self, queries: list[Query], scores: Callable[[int], Scores | None],
             whole_length: int, top: int) -> list[tuple[int, float]]:
        """The ``top`` (intent, score) pairs, best first, over the units each intent may
        be matched on (clauses never for whole-message intents; none for an intent
        whose max_words the question exceeds); ``scores(n)`` is unit n's :meth:`score`.

        The units are scored shortest first, and a unit none of whose examples could
        reach the ``top``-th best score so far is not scored at all: an example's shared
        weight s is at most its own weight E, so its F-score (1 + b^2) s / (b^2 E + Q)
        is at most (1 + b^2) E / (b^2 E + Q), which grows with E, and no example weighs
        more than the heaviest. A long story's whole (Q large) can then seldom reach
        the scores its asking clauses already have, and is skipped: exact, as a skipped
        unit changes neither which intents are kept nor their scores.
        """
        np = self._np
        too_long = (self._max_words > 0) & (self._max_words < whole_length)
        per_unit: list[Scores | None] = [None] * len(queries)
        skipped = [False] * len(queries)
        best = None
        for number in sorted(range(len(queries)), key=lambda n: queries[n].size):
            if best is not None and self._beyond(queries[number].size, best, top):
                skipped[number] = True
                continue
            unit_scores = scores(number)
            if unit_scores is None:
                continue
            kept = unit_scores.copy()  # the matcher keeps a unit's scores: never changed
            kept[too_long] = 0.0
            if number:
                kept[self._whole_only] = 0.0
            best = kept.copy() if best is None else np.maximum(best, kept, out=best)
            per_unit[number] = kept
        if best is None:
            return []
        chosen = np.flatnonzero(best > 0.0)
        if len(chosen) > top:  # keep every intent tied with the last one kept
            last = np.partition(best[chosen], len(chosen) - top)[len(chosen) - top]
            chosen = chosen[best[chosen] >= last]
        found = sorted(zip(chosen.tolist(), best[chosen].tolist(), strict=True),
                       key=lambda item: -item[1])

        def first_scored(ordinal: int) -> tuple[int, int, int]:
            """Equal scores in the Python loop's order: by the first unit that scores the
            intent, then the first word of that unit it shares, then definition order.
            A skipped unit scores an intent it may be matched on and shares a word with."""
            for number, unit_scores in enumerate(per_unit):
                if unit_scores is not None:
                    if unit_scores[ordinal] > 0.0:
                        return number, self._first_shared(ordinal, queries[number]) or 0, ordinal
                elif skipped[number] and not (number and self._whole_only[ordinal]):
                    position = self._first_shared(ordinal, queries[number])
                    if position is not None:
                        return number, position, ordinal
            return len(per_unit), 0, ordinal

        return _in_tie_order(found, first_scored)[:top]

    def _first_shared(self, ordinal: int, query: Query) -> int | None:
        """The position in the unit of the first word some example of the intent says,
        or None: what orders intents of equal score."""
        for position, (number, _) in enumerate(query.words):
            intents = self._saying.get(number)
            if intents is None:
                intents = self._intents_saying(number)
            if ordinal in intents:
                return position
        return None

    def _intents_saying(self, number: int) -> frozenset[int]:
        """The intents some example of which says the word; kept for the next tie that
        asks (a set lookup, where a search of the word's postings took several)."""
        owners = self._intent_of[self._postings[self._start[number]:self._start[number + 1]]]
        # Postings are in example order, and examples in intent order: owners never go down.
        intents = frozenset(owners[self._np.diff(owners, prepend=-1) != 0].tolist())
        self._saying[number] = intents
        return intents

    def _beyond(self, size: float, best: Scores, top: int) -> bool:
        """Whether no example's F-score against a unit of weight ``size`` can reach the
        ``top``-th best of ``best`` (see :meth:`rank`). The ceiling is raised a little, as
        it is rounded differently from a score; the top-th best is only looked for when
        the ceiling is below 1, which a short unit's never is."""
        ceiling = self._scale * self._heaviest / self._beta2 / (self._heaviest + size)
        ceiling *= 1 + _SLACK
        return ceiling < 1.0 and ceiling < _kth(self._np, best, top)

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


def _kth(np: ModuleType, values: Scores, k: int) -> float:
    """The k-th largest of ``values``, or 0.0 when fewer than k are above 0."""
    positive = values[values > 0.0]
    if len(positive) < k:
        return 0.0
    return float(np.partition(positive, len(positive) - k)[len(positive) - k])


def _in_tie_order(found: list[tuple[int, float]],
                  key: Callable[[int], tuple[int, int, int]]) -> list[tuple[int, float]]:
    """``found``, best first, with each run of equal scores sorted by ``key`` of its
    intents."""
    result: list[tuple[int, float]] = []
    run: list[tuple[int, float]] = []
    for item in found:
        if run and item[1] != run[0][1]:
            result.extend(sorted(run, key=lambda pair: key(pair[0])) if len(run) > 1 else run)
            run = []
        run.append(item)
    result.extend(sorted(run, key=lambda pair: key(pair[0])) if len(run) > 1 else run)
    return result
