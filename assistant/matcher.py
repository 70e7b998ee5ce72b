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
The confidence of an intent is its best example's F-score, between 0 and 1:
with s the weight of the words shared, Q the question's weight and E the
example's, precision is s/Q and recall s/E, so the F-score is
(1 + b^2) s / (b^2 E + Q).
"""

from __future__ import annotations

import math
from _bisect import bisect_right  # the C function the bisect module re-exports
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from itertools import pairwise, repeat
from operator import add, itemgetter, truediv

from .entities import by_initial, closest_spelling
from .native import Protocol, attributes, mypyc_attr, restore
from .reply import Candidate

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from .intents import IntentSet
    from .vectorised import Scores, Vectorised

Words = Sequence[str]
# Only this many candidates are returned: enough for the dialogue's choices and for
# --explain, without sorting thousands of intents on large data.
TOP = 40
# Recall counts this many times as much as precision: a question may say more
# than the example it matches, but should say most of what the example says.
BETA = 1.4
_BETA2 = BETA * BETA
_SCALE = 1 + _BETA2
# What a matcher rebuilds after unpickling rather than storing (see _setup).
_REBUILT = frozenset({"_key", "_scored", "_scored_arrays", "_queried", "_vectorised",
                      "_posted", "_example_size", "_example_intent", "_too_long",
                      "_whole_only_names", "_by_size"})
# Units whose scores are kept: the whole and the clauses of one question (at most 7
# clauses in the development sets), and few enough that other questions rarely hit.
UNITS_KEPT = 8
# From this many examples on, a unit is scored in one numpy pass when numpy is
# installed (see vectorised.py); below it, importing numpy would cost a piped
# question more than the whole of its matching.
LARGE = 4_000
# The Python loop takes this many commonest words' contributions from per-intent tables
# rather than walking their postings (see CommonWords): at most 2 ** COMMON tables, each
# made the first time a unit says its set of common words. More words would leave fewer
# examples to score one by one, but the tables would be made too often to pay.
COMMON = 8
# A unit is scored with the tables when its other words have less than this share of its
# postings; above it (a long story) they touch most examples anyway, and walking costs less.
TABLED_SHARE = 0.5
# A unit whose postings number this share of all examples or more (a long story) touches
# most of them: every example is read in step rather than those touched listed in a set.
EVERY_SHARE = 1.0
# The common words' rows are kept for this many orders in which units say them (see
# CommonWords.rows): questions say the same few in the same order again and again. The
# first 3,114 questions of dev.yaml say 494 orders; keeping 256 of them (1.2 MB after those
# questions) misses 19% of the units that use a table, where keeping all would miss 16%.
ROWS_KEPT = 256
# A story's whole is bounded rather than scored (see OverlapMatcher._ceiling) when at
# most this share of the examples are too heavy to score below what the engine reads
# whatever they share. Bounding one costs about as much as eight or nine postings walked,
# and scoring a long story's whole walks one or two postings per example and reads every
# example: past about a sixth of them, bounding would cost more than it spares.
HEAVY_SHARE = 0.15
# Whether _score reads every example in step (see _best_in_step) rather than those a unit
# touches, listed in a set: so when mypyc has compiled this module, where reading a list
# costs a few nanoseconds and making and walking the set was a quarter of a unit's time;
# interpreted, the set, made in C, costs far less than the bytecode of reading them all.
# Compiled, _ceiling also sums the heavy examples' shared weights in a loop of its own.
IN_STEP = not __file__.endswith(".py")
_INTENT_BITS = 20  # CommonWords keys: the common words' bits above an intent's ordinal
_INTENT_MASK = (1 << _INTENT_BITS) - 1
# One word of a unit as _score reads it: its id, how many times the unit says it, its
# weight, its bit among the common words said once (else 0), and its examples.
_Word = tuple[int, int, float, int, list[int]]
# The examples by size, each one's words, and an itemgetter of them (see _sort_by_size).
_BySize = tuple[list[float], list[list[int]], list["itemgetter[tuple[int, ...]]"]]
# An itemgetter called on a list, as map calls it with each getter in turn: in C.
_read_from = itemgetter.__call__
# A candidate from an (intent, score) pair, in C: Candidate._make checks the length in Python.
_candidate = partial(tuple.__new__, Candidate)


class Matcher(Protocol):
    """Ranks intents for a question (whole, and split into clauses), best first."""

    def rank(self, whole: Words, clauses: Sequence[Words]) -> list[Candidate]:
        """The clauses as well as the whole, because a story often asks in its last one."""
        ...

    def vocabulary(self) -> frozenset[str]:
        """Words the matcher knows, so entity typo matching leaves them alone."""
        ...


class Query:
    """One unit of a question as the index sees it: its known words and its weight.

    ``words`` are (word id, count) in the order the unit first says them, which
    is also the order shared weights are added in, so every float comes out
    exactly as the brute-force algorithm computes it.
    """

    __slots__ = ("size", "words")

    def __init__(self, words: list[tuple[int, int]], size: float) -> None:
        self.words = words
        self.size = size


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class OverlapMatcher:
    """Weighted word-overlap matcher over every intent's examples (see module doc).

    Algorithm: an inverted index from each (stemmed) word to the examples that
    contain it, with the word's count in each. A unit of the question adds each
    known word's weight (times min(count in question, count in example)) to the
    examples on its posting list, in the order the question says the words;
    each touched example's F-score is then one division, and an intent keeps
    its best example's. The whole question and each clause are such units, and
    an intent's score is its best over the units it may be matched on. This is
    exact, and its cost is the length of the posting lists of the question's
    words: common words ("what", "i", "{nutrient}") post to a large share of all
    examples, so it grows linearly with the data. Three things keep that small:

    * the index is flat typed arrays (postings, counts, example sizes, each
      example's intent), so loading a cached matcher creates objects only per
      distinct word (the word table, the spellings), none per posting, and the
      garbage collector has nothing in them to walk; below :data:`LARGE`, the
      Python loop reads example sizes and intents from lists made at load time
      and each word's postings from a list made the first time it is asked;
    * the Python loop does not walk the postings of the :data:`COMMON` commonest
      words when they are most of a unit's: the examples that share only those
      with the unit are scored by intent from a small table (see CommonWords),
      kept with their shared weights for each order units say them in;
    * from :data:`LARGE` examples on, when numpy is installed, a unit is scored
      in one vectorised pass (a sparse product with ``bincount``, then a
      per-intent maximum): linear still, but about a hundred times cheaper per
      posting than the Python loop; and a unit that no example could score into
      the top against the units already scored (a long story's whole, beside
      its asking clauses) is not scored at all. See vectorised.py.

    No pruning bound is used per example: with these weights (0.8 to 3.3 for
    real words) exact MaxScore or prefix-filter bounds left over a thousand
    examples to verify per question at 100x data (benchmarks/README.md has the
    figures), and on the packaged data all 32 intents are returned, so each
    intent touched needs its exact best; a bound per intent to spare a long
    story's whole beside its clauses still left 21 to 23 of 31 intents to score.
    The engine reads fewer (see :meth:`leading`): the first five and those at the
    dialogue's lowest bar, which a long story's whole seldom reaches, so its whole
    is not scored when a ceiling shows it cannot (see _rank_in_python, _ceiling).
    Ties keep the brute-force order: by the first unit, then the first word of
    that unit, in which an intent shares a word, then by definition order.
    """

    def __init__(self, intents: IntentSet) -> None:
        self._normalizer = intents.normalizer  # its stem; kept whole, as it pickles
        stem = self._normalizer.stem
        self._names = tuple(intents.intents)
        self._whole_only = frozenset(ordinal for ordinal, intent
                                     in enumerate(intents.intents.values()) if intent.whole)
        self._max_words = array("i", (intent.max_words for intent in intents.intents.values()))
        examples: list[dict[str, int]] = []
        self._first = array("i")  # each intent's first example; its examples follow in a run
        self._intent_of = array("i")
        intents_with: dict[str, set[int]] = {}
        for ordinal, intent in enumerate(intents.intents.values()):
            self._first.append(len(examples))
            for example in intent.examples:
                counts: dict[str, int] = {}
                for word in example:
                    key = stem(word)
                    counts[key] = counts.get(key, 0) + 1
                examples.append(counts)
                self._intent_of.append(ordinal)
                for key in counts:
                    intents_with.setdefault(key, set()).add(ordinal)
        self._first.append(len(examples))
        total = len(self._names)
        self._word_id = {word: number for number, word in enumerate(intents_with)}
        weight = {word: math.log(1 + total / len(found)) for word, found in intents_with.items()}
        self._weights = array("d", weight.values())
        self._unknown_weight = math.log(1 + total)
        self._b2size = array("d", (_BETA2 * sum(weight[w] * n for w, n in counts.items())
                                   for counts in examples))
        postings: list[list[tuple[int, int]]] = [[] for _ in intents_with]
        for index, counts in enumerate(examples):
            for word, count in counts.items():
                postings[self._word_id[word]].append((index, count))
        self._start = array("i", [0])  # word id -> its postings: _start[id]:_start[id + 1]
        self._postings = array("i")
        self._counts = array("i")
        for entries in postings:
            self._postings.extend(index for index, _ in entries)
            self._counts.extend(count for _, count in entries)
            self._start.append(len(self._postings))
        self._spellings = frozenset(w for i in intents.intents.values() for e in i.examples
                                    for w in e)
        self._choices = by_initial(w for w in self._spellings
                                   if len(w) >= 4 and not w.startswith("{"))
        # Kept in the cache, as making them costs a start most of a millisecond; only for
        # data small enough to be scored in Python (large data without numpy: see _setup).
        self._common = CommonWords(self._start, self._postings, self._b2size,
                                   self._intent_of) if len(self._intent_of) < LARGE else None
        self._setup()

    def _setup(self) -> None:
        """What is rebuilt rather than pickled: the caches (a word's index key, the last
        units' scores, the intents too short for a length), and either the numpy view or
        the Python loop's lists (see _score)."""
        self._key = lru_cache(maxsize=8192)(self._key_uncached)
        self._scored = lru_cache(maxsize=UNITS_KEPT)(self._scored_uncached)
        self._scored_arrays = lru_cache(maxsize=UNITS_KEPT)(self._scored_arrays_uncached)
        self._queried = lru_cache(maxsize=UNITS_KEPT)(self._query)
        self._too_long = lru_cache(maxsize=None)(self._too_long_uncached)  # one per length
        self._whole_only_names = frozenset(self._names[ordinal] for ordinal in self._whole_only)
        self._vectorised: Vectorised | None = None
        if len(self._intent_of) >= LARGE:
            from .vectorised import vectorise

            self._vectorised = vectorise(
                {"weights": self._weights, "start": self._start, "postings": self._postings,
                 "counts": self._counts, "b2size": self._b2size, "first": self._first,
                 "intent_of": self._intent_of, "max_words": self._max_words},
                self._whole_only, _BETA2, _SCALE)
        # Indexing a list returns the float or int it holds; indexing an array makes a
        # new one each time. Each word's examples are listed when a question first says
        # it (see _post), so a cached matcher starts without walking the postings.
        python_loop = self._vectorised is None
        self._example_size: list[float] = self._b2size.tolist() if python_loop else []
        self._example_intent: list[int] = self._intent_of.tolist() if python_loop else []
        # The examples by size, and each one's words, to bound a story's whole (see
        # _ceiling): made the first time one is, not kept in the cache.
        self._by_size: _BySize | None = None
        self._posted: dict[int, tuple[list[int], dict[int, str], float, int]] = {}
        if python_loop and self._common is None:
            self._common = CommonWords(self._start, self._postings, self._b2size,
                                       self._intent_of)

    def vocabulary(self) -> frozenset[str]:
        """See :meth:`Matcher.vocabulary`: kept from the examples' own spellings."""
        return self._spellings

    def __getstate__(self) -> dict[str, object]:
        return attributes(self, _REBUILT)

    def __setstate__(self, state: dict[str, object]) -> None:
        restore(self, state)
        self._setup()

    def rank(self, whole: Words, clauses: Sequence[Words]) -> list[Candidate]:
        """See :meth:`Matcher.rank`; large data is ranked in vectorised passes when it can."""
        return self.leading(whole, clauses, TOP, math.inf)

    def leading(self, whole: Words, clauses: Sequence[Words], count: int, floor: float
                ) -> list[Candidate]:
        """The first candidates of :meth:`rank`, exactly as it gives them: the first
        ``count`` and every one scoring ``floor`` or more (at most :data:`TOP`).

        Why: the engine reads no more of a ranking than that (a reply lists its first
        few candidates, and the dialogue weighs none below its lowest bar), so only
        those are made, and the whole of a question with clauses is not scored when
        its ceiling shows that no intent's score from it could be among them (see
        _rank_in_python).
        """
        units = [whole, *(c for c in clauses if len(c) != len(whole))]
        keys = [tuple(unit) for unit in units]
        if self._vectorised is None:
            return self._rank_in_python(keys, count, floor)
        ranked = self._vectorised.rank([self._queried(key) for key in keys],
                                       lambda number: self._scored_arrays(keys[number]),
                                       len(whole), TOP)
        names = self._names
        return list(map(_candidate, ((names[ordinal], score)
                                     for ordinal, score in ranked[:_kept(ranked, count, floor)])))

    def _query(self, unit: Words) -> Query:
        """The unit's stemmed, corrected words; Q sums over unknown words too."""
        counted: dict[str, int] = {}
        for key in map(self._key, unit):
            counted[key] = counted.get(key, 0) + 1
        ids = list(map(self._word_id.get, counted))
        weights, unknown = self._weights, self._unknown_weight
        size = sum([(unknown if number is None else weights[number]) * count
                    for number, count in zip(ids, counted.values(), strict=True)])
        known = [(number, count) for number, count in zip(ids, counted.values(), strict=True)
                 if number is not None]
        return Query(known, size)

    def _rank_in_python(self, keys: list[tuple[str, ...]], count: int, floor: float
                        ) -> list[Candidate]:
        """The first intents (see :meth:`leading`) by best score over the units each may
        be matched on; the dictionary keeps first-insertion order, which is the tie order.
        Every score the Python loop gives is above 0 (each word's weight is), so a
        question scored whole alone, most of them, keeps its scores but those of intents
        it is too long for.

        With clauses, these are scored first, and the whole not at all when a ceiling on
        its scores (see _ceiling) is below ``floor`` and below the ``count``-th best of
        the clauses: then each intent scoring above the ceiling has its score from the
        clauses, and every other scores at most the ceiling, so those above it are the
        first of the ranking, with the scores the whole would not have raised. The whole
        still comes first in the tie order, which its words' intents give without
        scoring it. That spares most long stories' wholes beside the clauses that ask.
        """
        too_long = self._too_long(len(keys[0]))
        if len(keys) == 1:
            best = self._scored(keys[0])
            if too_long:
                best = {name: score for name, score in best.items() if name not in too_long}
        elif not self._lightest(self._queried(keys[0]).size, min(floor, 1.0))[1]:
            best = {}  # a whole too short to be bounded cheaply: every unit is scored
            for number, key in enumerate(keys):
                skipped = too_long | self._whole_only_names if number else too_long
                for name, score in self._scored(key).items():
                    if name not in skipped and score > best.get(name, 0.0):
                        best[name] = score
        else:
            clauses = _merged([self._scored(key) for key in keys[1:]],
                              too_long | self._whole_only_names)
            scores = sorted(clauses.values(), reverse=True)
            target = min(floor, scores[count - 1]) if len(scores) >= count else 0.0
            whole = self._queried(keys[0])
            ceiling = self._ceiling(whole, target) if target > 0.0 else None
            if ceiling is None:
                best = _merged([self._scored(keys[0])], too_long)
            else:  # not scored: only its tie order counts
                best = dict.fromkeys((name for name in self._touched(whole)
                                      if name not in too_long), 0.0)
            for name, score in clauses.items():
                if score > best.get(name, 0.0):
                    best[name] = score
        # The same list as heapq.nlargest (documented to equal this), without importing
        # heapq at every start: the loop ranks few intents unless large data lacks numpy.
        ranked = sorted(best.items(), key=itemgetter(1), reverse=True)
        return list(map(_candidate, ranked[:_kept(ranked, count, floor)]))

    def _ceiling(self, query: Query, target: float) -> float | None:
        """A ceiling below ``target`` on every example's score against a unit, or None
        when none is found cheaply.

        The examples light enough score below ``target`` whatever they share (see
        _lightest). Each heavier one is bounded by the weight of the unit's words it
        holds, as many times as it holds them: its shared weight or more. That is tried
        only while the heavy examples are few (see HEAVY_SHARE), as against a long
        story's whole. The ceiling is raised by far more than rounding moves a score.
        """
        size = query.size
        if not size or not query.words:
            return 0.0  # scored, the unit gives no intent a score (see _score)
        light, few = self._lightest(size, target)
        if not few:
            return None
        sizes, words, getters = self._by_size or self._sort_by_size()
        first = bisect_right(sizes, light)
        weights = self._weights
        # A list with the unit's weights at their ids and 0.0 elsewhere (and in the slot
        # past the last id: see _sort_by_size): adding 0.0 changes no sum, so the sums
        # are the same, in the same order, as over a dictionary of the unit's words.
        table = [0.0] * (len(weights) + 1)
        for number, _ in query.words:
            table[number] = weights[number]
        if IN_STEP:
            # compiled, a loop of native floats costs less than map and sum, and reading
            # the list by index less than a dictionary lookup per word of each example
            heaviest = 0.0
            for position in range(first, len(sizes)):
                total = 0.0
                for number in words[position]:
                    total += table[number]
                score = total / (sizes[position] + size)
                if score > heaviest:
                    heaviest = score
        else:
            # Each heavy example's words are read by its own itemgetter, in C, from the
            # list: no bytecode run per example, at about two thirds of the cost (99 to
            # 65 us for the slowest benchmark story).
            shared = map(sum, map(_read_from, getters[first:], repeat(table)))
            heaviest = max(map(truediv, shared, map(add, sizes[first:], repeat(size))),
                           default=0.0)
        ceiling = max(_SCALE * heaviest, _SCALE * light / _BETA2 / (light + size)) * (1 + 1e-9)
        return ceiling if ceiling < target else None

    def _lightest(self, size: float, target: float) -> tuple[float, bool]:
        """b^2 E up to which an example scores below ``target`` against a unit of weight
        ``size`` whatever it shares (less a hair), and whether at most HEAVY_SHARE of the
        examples are heavier: an example's shared weight is at most its own weight E,
        and (1 + b^2) E / (b^2 E + Q) grows with E."""
        light = _BETA2 * target * size / (_SCALE - _BETA2 * target) * (1 - 1e-6)
        sizes = (self._by_size or self._sort_by_size())[0]
        return light, len(sizes) - bisect_right(sizes, light) <= HEAVY_SHARE * len(sizes)

    def _sort_by_size(self) -> _BySize:
        """Each example's b^2 E in ascending order, the words of each in that order (by
        id, as many times as it says each), from the postings, and, interpreted, an
        itemgetter of each one's words that always gives a tuple: an example of one word
        (or none) also reads the slot past the last id, which holds 0.0 (see _ceiling)."""
        b2size = self._example_size
        words: list[list[int]] = [[] for _ in b2size]
        append_to = [example.append for example in words]
        starts, postings = self._start.tolist(), self._postings.tolist()
        for number, (low, high) in enumerate(pairwise(starts)):
            for index in postings[low:high]:
                append_to[index](number)
        for position, count in enumerate(self._counts):
            if count > 1:  # one of the few words an example says more than once
                words[postings[position]] += [bisect_right(starts, position) - 1] * (count - 1)
        examples = sorted(range(len(b2size)), key=b2size.__getitem__)
        by_size = [words[index] for index in examples]
        past = len(self._weights)  # the slot past the last id
        getters: list[itemgetter[tuple[int, ...]]] = [] if IN_STEP else [
            itemgetter(*ids) if len(ids) > 1 else itemgetter(*ids, past) if ids
            else itemgetter(past, past) for ids in by_size]
        self._by_size = [b2size[index] for index in examples], by_size, getters
        return self._by_size

    def _touched(self, query: Query) -> Iterable[str]:
        """The intents a unit shares a word with, in the tie order _score gives them (the
        first word of the unit each shares, then definition order)."""
        if not query.size or not query.words:
            return ()
        order: dict[int, str] = {}
        posted = self._posted
        for number, _ in query.words:
            order.update((posted.get(number) or self._post(number))[1])
        return order.values()

    def _too_long_uncached(self, whole_length: int) -> frozenset[str]:
        """The intents that only match questions of at most their max_words words."""
        return frozenset(name for name, most in zip(self._names, self._max_words, strict=True)
                         if most and whole_length > most)

    def _scored_uncached(self, unit: tuple[str, ...]) -> dict[str, float]:
        """Each intent's score against one unit (see _score). Kept for the last few
        units (see _setup): a clause ranked on its own right after its question was
        ranked (a second question in it, see engine.py) is not scored again. Callers
        only read the dictionary."""
        return self._score(self._queried(unit))

    def _scored_arrays_uncached(self, unit: tuple[str, ...]) -> Scores | None:
        """A unit's scores from the numpy pass, kept as _scored keeps the Python loop's;
        the vectorised ranking masks a copy, and asks only for the units it needs."""
        assert self._vectorised is not None  # only called when there is one
        return self._vectorised.score(self._queried(unit))

    def _score(self, query: Query) -> dict[str, float]:
        """Each intent's best example F-score against one unit, by name, in first-touch order.

        An example's shared weight is a sum over the unit's words in the order the unit
        says them, as the brute-force algorithm adds them, so every float is the same.
        When most of the unit's postings are the commonest words' (see CommonWords),
        those are not walked: only the examples that share another word with the unit
        are scored one by one, each adding the common words it holds in their place,
        and the examples that share only common words are scored by intent from the
        common words' table. Otherwise (no common word, or a long story whose other
        words touch most examples anyway) every posting is walked, which then costs less.
        The sums are kept in a list with a slot per example, not a dictionary of those
        touched: adding to a list item costs about half a dictionary update, more than
        the set of touched examples made in C takes back, and 0.0 + w is w, so the first
        word a sum gets adds nothing to its rounding. A unit whose postings outnumber the
        examples (a long story) touches most of them, and reading every example in step
        costs less than listing those touched (an untouched one scores 0.0, which raises
        no intent's best); compiled by mypyc, every unit is read so (see IN_STEP). The
        best score per intent does not depend on the order examples are visited, so the
        tie order (the first word an intent shares, then definition order) comes from
        each word's intents.
        """
        size = query.size
        if not size or not query.words:
            return {}
        order: dict[int, str] = {}
        words: list[_Word] = []
        said = walked = skipped = 0  # the common words said once; postings of the rest, of them
        posted = self._posted
        for number, count in query.words:
            examples, intents, weight, bit = posted.get(number) or self._post(number)
            order.update(intents)
            if bit and count == 1:
                said |= bit
                skipped += len(examples)
            else:
                bit = 0
                walked += len(examples)
            words.append((number, count, weight, bit, examples))
        tabled = said != 0 and walked < TABLED_SHARE * (walked + skipped)
        if IN_STEP:
            best = self._best_in_step(words, tabled, size)
        else:
            best = self._best_of_touched(words, tabled, walked + skipped, size)
        # The F-score is at most 1; rounding may say 1.0000000000000002. Clamping the
        # best rather than every example gives the same numbers.
        if max(best) > 1.0:
            best = [score if score < 1.0 else 1.0 for score in best]
        return dict(zip(order.values(), map(best.__getitem__, order), strict=True))

    def _best_of_touched(self, words: list[_Word], tabled: bool, postings: int, size: float
                         ) -> list[float]:
        """Each intent's best score against a unit by ordinal (see _score), from the
        examples the unit touches, listed in a set, unless its ``postings`` are so many
        that reading every example in step costs less."""
        common = self._common
        assert common is not None  # the Python loop's (see _setup)
        b2size, intent_of = self._example_size, self._example_intent
        every = not tabled and postings >= EVERY_SHARE * len(b2size)
        touched = set() if every else set().union(*[examples for _, _, _, bit, examples in words
                                                    if not (tabled and bit)])
        shared_by = [0.0] * len(b2size)  # 0.0 + w is w: the first word's sum
        for number, count, weight, bit, examples in words:
            if count == 1:
                for index in touched.intersection(common.members[number]) if tabled and bit \
                        else examples:
                    shared_by[index] += weight
            else:
                self._add_counted(shared_by, number, count, weight, examples)
        best = [0.0] * len(self._names)
        scale = _SCALE
        if every:  # most examples touched: all are read in step, without the set
            for shared, example_size, ordinal in zip(shared_by, b2size, intent_of, strict=True):
                if shared:
                    score = scale * shared / (example_size + size)
                    if score > best[ordinal]:
                        best[ordinal] = score
        for index in touched:
            score = scale * shared_by[index] / (b2size[index] + size)
            ordinal = intent_of[index]
            if score > best[ordinal]:
                best[ordinal] = score
        if tabled:
            _tabled(best, common, words, size)
        return best

    def _best_in_step(self, words: list[_Word], tabled: bool, size: float) -> list[float]:
        """Each intent's best score against a unit by ordinal (see _score), every example
        read in step: an example's sum is 0.0 unless the unit touches it. When the common
        words are tabled, an example gets their weights only if it shares another word."""
        common = self._common
        assert common is not None  # the Python loop's (see _setup)
        b2size, intent_of = self._example_size, self._example_intent
        examples_in_all = len(b2size)
        shared_by = [0.0] * examples_in_all
        other: list[bool] = []
        if tabled:
            other = [False] * examples_in_all
            for _, _, _, bit, examples in words:
                if not bit:
                    for index in examples:
                        other[index] = True
        for number, count, weight, bit, examples in words:
            if count != 1:
                self._add_counted(shared_by, number, count, weight, examples)
            elif tabled and bit:
                for index in examples:
                    if other[index]:
                        shared_by[index] = shared_by[index] + weight
            else:
                for index in examples:
                    shared_by[index] = shared_by[index] + weight
        best = [0.0] * len(self._names)
        scale = _SCALE  # a module global, read once: compiled, each read is a lookup
        for index, shared in enumerate(shared_by):
            if shared != 0.0:
                score = scale * shared / (b2size[index] + size)
                ordinal = intent_of[index]
                if score > best[ordinal]:
                    best[ordinal] = score
        if tabled:
            _tabled(best, common, words, size)
        return best

    def _add_counted(self, shared_by: list[float], number: int, count: int, weight: float,
                     examples: list[int]) -> None:
        """Adds a word the unit says ``count`` times, more than once, to the sums of the
        examples that hold it: its weight as many times as both say it."""
        low = self._start[number]
        for index, times in zip(examples, self._counts[low:self._start[number + 1]],
                                strict=True):
            shared_by[index] += weight * (times if times < count else count)

    def _post(self, number: int) -> tuple[list[int], dict[int, str], float, int]:
        """A word's examples as a list, the intents they belong to in definition order
        (ordinal to name), its weight and its bit among the common words (0 if it is not
        one); kept for the next question that says the word."""
        examples = self._postings[self._start[number]:self._start[number + 1]].tolist()
        intent_of, names = self._example_intent, self._names
        intents = {ordinal: names[ordinal]
                   for ordinal in sorted({intent_of[index] for index in examples})}
        assert self._common is not None  # the Python loop's (see _setup)
        posted = examples, intents, self._weights[number], self._common.bit.get(number, 0)
        self._posted[number] = posted
        return posted

    def _key_uncached(self, word: str) -> str:
        """A word as the index knows it: spelled as the examples spell it ('recomended'
        -> 'recommended'), then stemmed. One cache for both steps, as a question's
        words are looked up one by one."""
        if not (word in self._spellings or word.startswith("{")):
            match = closest_spelling(word, self._choices)
            word = match[0] if match else word
        return self._normalizer.stem(word)


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class CommonWords:
    """The commonest words' share of each intent's best score, tabled by intent.

    Why: the commonest words ("{nutrient}", "what", "is") post to a large share of all
    examples, and walking their postings was most of a unit's cost. An example that
    shares no other word with a unit has the sum of the weights of the common words it
    shares as its shared weight. Among one intent's examples, one that shares a superset
    of another's common words with a size no larger scores at least as well (floating
    point addition and division round monotonically), so for each set of common words
    a unit says, each intent needs only a few (common words shared, size) pairs, and
    their scores are exactly the brute force's. Examples that share other words too are
    scored one by one (see OverlapMatcher._score); the table may count them again with
    a smaller shared weight, which never raises an intent's best.
    """

    def __init__(self, start: array[int], postings: array[int], example_size: array[float],
                 example_intent: array[int]) -> None:
        by_length = sorted(range(len(start) - 1), key=lambda number:
                           (start[number] - start[number + 1], number))
        self.bit = {number: 1 << place for place, number in enumerate(by_length[:COMMON])}
        self.members = {number: frozenset(postings[start[number]:start[number + 1]])
                        for number in self.bit}  # each common word's examples
        masks = [0] * len(example_intent)  # each example's common words, as bits
        for number, bit in self.bit.items():
            for index in self.members[number]:
                masks[index] |= bit
        # Each intent's smallest example for each set of common words, as (the set's bits
        # above the intent's | the intent) and size, largest first, so that in a dictionary
        # made from them the smallest comes last.
        smallest: dict[int, float] = {}
        for index, mask in enumerate(masks):
            key = mask << _INTENT_BITS | example_intent[index]
            if mask and example_size[index] < smallest.get(key, math.inf):
                smallest[key] = example_size[index]
        keyed = sorted(smallest.items(), key=itemgetter(1), reverse=True)
        self._keys = [key for key, _ in keyed]
        self._sizes = [size for _, size in keyed]
        self._setup()

    def _setup(self) -> None:
        """The tables are made as units need them, and not pickled."""
        self.table = lru_cache(maxsize=None)(self._table)  # at most 2 ** COMMON of them
        self.rows = lru_cache(maxsize=ROWS_KEPT)(self._rows)

    def __getstate__(self) -> dict[str, object]:
        return attributes(self, ("table", "rows"))

    def __setstate__(self, state: dict[str, object]) -> None:
        restore(self, state)
        self._setup()

    def _table(self, said: int) -> list[tuple[int, list[tuple[int, float]]]]:
        """For the common words ``said``: each set of them that an example shares, with
        the intents whose smallest example shares it and that example's size, leaving
        out pairs that another pair of the same intent matches or beats."""
        smallest = dict(zip(map((said << _INTENT_BITS | _INTENT_MASK).__and__, self._keys),
                            self._sizes, strict=True))
        kept: dict[int, list[int]] = {}
        table: dict[int, list[tuple[int, float]]] = {}
        for key, size in sorted(smallest.items(), key=itemgetter(1)):
            mask, ordinal = key >> _INTENT_BITS, key & _INTENT_MASK
            if not mask:
                continue
            masks = kept.setdefault(ordinal, [])
            if not any(mask | other == other for other in masks):
                masks.append(mask)
                table.setdefault(mask, []).append((ordinal, size))
        return list(table.items())

    def _rows(self, said: tuple[tuple[int, float], ...]) -> list[tuple[float, int, float]]:
        """The table of the common words a unit says once, given as (bit, weight) in the
        unit's order, as (1 + b^2) times each row's shared weight, intent and size.

        The shared weights are added in the unit's order, as the brute force adds them.
        Why kept per order: with the shared weight known, a row that another row of the
        same intent matches or beats on both counts (no smaller shared weight, no larger
        size) can never score higher, whatever the unit's size, so it is left out, and
        each unit saying these words in this order only divides.
        """
        mask = 0
        for bit, _ in said:
            mask |= bit
        rows: list[tuple[int, float, float, float]] = []
        for common, smallest in self.table(mask):
            shared = 0.0
            for bit, weight in said:
                if common & bit:
                    shared = shared + weight
            shared = _SCALE * shared
            rows += [(ordinal, -shared, size, shared) for ordinal, size in smallest]
        rows.sort()  # by intent, then the largest shared weight and the smallest size first
        kept: list[tuple[float, int, float]] = []
        last, smallest_size = -1, 0.0
        for ordinal, _, size, shared in rows:
            if ordinal != last or size < smallest_size:
                kept.append((shared, ordinal, size))  # floats shared with the table: ~70 B a row
                last, smallest_size = ordinal, size
        return kept


def _tabled(best: list[float], common: CommonWords, words: list[_Word], size: float) -> None:
    """Raises each intent's best score (by ordinal) to that of its rows in the common
    words' table (see CommonWords.rows) for the common words a unit says once."""
    in_order = tuple((bit, weight) for _, _, weight, bit, _ in words if bit)
    for shared, ordinal, example_size in common.rows(in_order):
        score = shared / (example_size + size)
        if score > best[ordinal]:
            best[ordinal] = score


def _merged(scored: list[dict[str, float]], skipped: frozenset[str]) -> dict[str, float]:
    """Each intent's best score over the units scored, but those ``skipped``, in the
    order the units first give them one."""
    best: dict[str, float] = {}
    for scores in scored:
        for name, score in scores.items():
            if name not in skipped and score > best.get(name, 0.0):
                best[name] = score
    return best


def _kept(ranked: Sequence[tuple[object, float]], count: int, floor: float) -> int:
    """How many of a ranking, best first, :meth:`OverlapMatcher.leading` keeps: the
    first ``count``, those scoring ``floor`` or more after them, at most TOP."""
    kept = min(count, len(ranked))
    while kept < len(ranked) and ranked[kept][1] >= floor:
        kept += 1
    return min(kept, TOP)
