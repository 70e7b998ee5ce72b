"""Amounts a question states ("is 400 mg of magnesium a day too much", "I take 6000 IU").

    AmountReader(rules, normalizer).read(text, found) -> (Stated, ...)

An amount is a number followed by one of the units in ``knowledge/amounts.yaml``
("400 mg", "2g", "50 mcg", "6,000 IU", "1.5 mg"). It belongs to the entity named
nearest to it ("400mg of magnesium", "vitamin D 5000 IU", "300mg caffeine a scoop"), so
an amount said of caffeine is never judged as magnesium, and to no one when the
question names nothing ("is 500mg a day too much" after talk of magnesium). Two
amounts of one thing with a word such as "and" or "on top" between them are added
up ("1000 IU in my multivitamin and a 4000 IU capsule on top"), since that is what
the body gets, unless someone else is named between them ("and my wife takes 300mg");
otherwise the larger is judged ("400 or 500 mg").

The reading works on the question's own text, not on its clauses, because the micro
sign must become "u" before folding drops it ("50µg" is 50 mcg, not 50 g); so the
mentions the reading found are looked up again in these words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .entities import Found
from .knowledge import AmountRules
from .native import mypyc_attr
from .records import NamedTuple
from .text import Normalizer, ends_at, has_digit

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# The micro sign is folded away with the other symbols; "µg" is written "ug" first.
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a number as written, "1,000" too
_MICRO = str.maketrans({"\u00b5": "u", "\u03bc": "u"})
# How far (in words) a mention may be from an amount and still be what it is said of.
NEAR = 8
# Kinds of entity an amount is never said of: a factor ("250mg at night") weighs nothing.
_UNMEASURED = frozenset({"factor"})
JOIN_REACH = 12  # words between two amounts that a word of "together" may add up


class Stated(NamedTuple):
    """An amount as the question states it: the number, its unit id, what it is said of
    (``(kind, id)`` of the nearest mention, or None), and the amounts added up into it
    when there were several (``parts``, empty for one)."""

    value: float
    unit: str
    owner: tuple[str, str] | None = None
    parts: tuple[float, ...] = ()


class _Found(NamedTuple):
    value: float
    unit: str
    start: int
    end: int


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class AmountReader:
    """Reads stated amounts with one knowledge base's units. Built once; safe to share."""

    def __init__(self, rules: AmountRules | None, normalizer: Normalizer,
                 others: frozenset[str] = frozenset()) -> None:
        """``others`` are words for other people ('my wife takes 300mg'): an amount after
        one of them is theirs, and is never added to the asker's."""
        self._normalizer = normalizer
        self._others = others
        self._units: dict[tuple[str, ...], str] = {}
        self._together: list[tuple[str, ...]] = []
        self._apart: frozenset[str] = frozenset()
        self._taken_when: frozenset[str] = frozenset()
        self._bare_after: list[tuple[str, ...]] = []
        self._bare_followers: frozenset[str] = frozenset()
        self._unit_words: dict[str, str] = {}
        if rules is None:
            return
        for unit in rules.units.values():
            for alias in unit.aliases:
                self._units[tuple(normalizer.words(alias))] = unit.id
        self._together = [tuple(normalizer.words(w)) for w in rules.together]
        self._apart = frozenset(normalizer.phrase(w) for w in rules.apart)
        self._taken_when = frozenset(normalizer.phrase(w) for w in rules.taken_when)
        self._bare_after = [tuple(normalizer.words(w)) for w in rules.bare_after]
        self._unit_words = {unit.id: unit.aliases[0] for unit in rules.units.values()
                            if unit.aliases}
        self._bare_followers = frozenset(normalizer.phrase(w) for w in rules.bare_followers)
        self._longest = max((len(words) for words in self._units), default=0)

    def read(self, text: str, found: Sequence[Found] = (),
             said: list[str] | None = None) -> tuple[Stated, ...]:
        """The amounts the text states, one per thing they are said of (see the module
        docstring); () when it states none or the knowledge has no units. ``said`` is
        the text's words when the caller has them (see Normalizer.clauses_and_words),
        so that the text is not normalised again: only of text that folds to ASCII, which
        has no micro sign to translate."""
        if not self._units or not has_digit(text):
            return ()
        # (the micro signs are not ASCII: most texts have nothing to translate)
        words = said if said is not None else self._normalizer.words(
            text if text.isascii() else text.translate(_MICRO))
        amounts = self._amounts(words)
        if not amounts:
            return ()
        spans = [(a.start, a.end) for a in amounts]
        mentions = self._mentions(words, found, spans)
        grouped: dict[tuple[str, str] | None, list[_Found]] = {}
        for amount in amounts:
            grouped.setdefault(self._owner(amount, mentions, words), []).append(amount)
        return tuple(self._combined(owner, group, words) for owner, group in grouped.items())

    def _amounts(self, words: Sequence[str]) -> list[_Found]:
        found = []
        for index, word in enumerate(words):
            # \d is a character of Unicode's Nd, as str.isdecimal says: a word that does
            # not start with one is no number, without a call to the regex engine
            if not word[0].isdecimal() or not _NUMBER.fullmatch(word):
                continue
            for size in range(self._longest, 0, -1):
                unit = self._units.get(tuple(words[index + 1:index + 1 + size]))
                if unit is not None:
                    found.append(_Found(float(word), unit, index, index + 1 + size))
                    break
        return found

    def with_unit(self, text: str, unit: str) -> str:
        """The text with ``unit`` said after its one number when that number has none, in
        a conversation whose last amount was in it: "should I up it to 1000 then?" after
        "I take 500mg a day" is 1000 mg. Only just after a word of bare_after, with
        nothing after it but words of bare_followers ("then", "too much"): not "up it to
        2 tablets", "she is 52"."""
        if not has_digit(text) or unit not in self._unit_words:
            return text
        words = self._normalizer.words(text)
        numbers = [index for index, word in enumerate(words)
                   if word[0].isdecimal() and _NUMBER.fullmatch(word)]
        if len(numbers) != 1 or self._amounts(words):
            return text
        at = numbers[0]
        if not self._bare_followers.issuperset(words[at + 1:]) or not any(
                ends_at(words, at, cue) for cue in self._bare_after):
            return text
        return _DIGITS.sub(lambda number: f"{number.group()} {self._unit_words[unit]}", text,
                           count=1)

    def _mentions(self, words: Sequence[str], found: Sequence[Found],
                  spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, tuple[str, str]]]:
        """Where each entity the reading found is named in these words; a mention inside
        an amount ('300 mg' is no 'Mg') does not count."""
        taken = {i for start, end in spans for i in range(start, end)}
        places = []
        for mention in found:
            if mention.kind in _UNMEASURED:
                continue  # "250mg at night": a time of day weighs nothing
            named = tuple(self._normalizer.words(mention.text))
            if not named:
                continue
            for start in range(len(words) - len(named) + 1):
                if tuple(words[start:start + len(named)]) == named and not (
                        taken & set(range(start, start + len(named)))):
                    places.append((start, start + len(named), (mention.kind, mention.id)))
        return places

    def _combined(self, owner: tuple[str, str] | None, group: list[_Found],
                  words: Sequence[str]) -> Stated:
        """One amount for one owner: several of one unit added up when a word such as
        'and' or 'on top' joins them; the first when someone else is named between them
        (the asker's own); else the largest; of mixed units, the first."""
        if len(group) == 1 or len({a.unit for a in group}) > 1:
            return Stated(group[0].value, group[0].unit, owner)
        joined = all(self._joins(words[before.end:after.start])
                     for before, after in pairwise(group))
        if joined:
            return Stated(sum(a.value for a in group), group[0].unit, owner,
                          tuple(a.value for a in group))
        if any(self._others.intersection(words[before.end:after.start])
               for before, after in pairwise(group)):
            return Stated(group[0].value, group[0].unit, owner)  # the asker's, said first
        largest = max(group, key=lambda a: a.value)
        return Stated(largest.value, largest.unit, owner)

    def _owner(self, amount: _Found, mentions: Sequence[tuple[int, int, tuple[str, str]]],
               words: Sequence[str]) -> tuple[str, str] | None:
        """The entity named nearest to an amount, within NEAR words: after it ('400 mg of
        magnesium') before before it ('magnesium 400 mg') when both are as near; not one
        after it that a word of 'together' starts as another item ('two magnesium tablets
        of 200mg and a zinc and magnesium combo'), nor one said after a word of when
        ('a magnesium scoop (400mg) after training')."""
        best: tuple[float, tuple[str, str]] | None = None
        for start, end, entity in mentions:
            if start >= amount.end:
                between = words[amount.end:start]
                if not self._taken_when.isdisjoint(between) or self._says_together(between):
                    continue  # "400mg after training", "200mg and a zinc ... combo"
                distance = float(start - amount.end)
            elif end <= amount.start:
                distance = amount.start - end + 0.5
            else:
                continue
            if distance <= NEAR and (best is None or distance < best[0]):
                best = (distance, entity)
        return best[1] if best else None

    def _joins(self, between: Sequence[str]) -> bool:
        if self._others.intersection(between):
            return False  # "400mg, and my wife takes 300mg": two people's amounts
        if len(between) > JOIN_REACH or self._apart.intersection(between):
            return False  # sentences apart, or choices: "some are 100 mg and some are 750"
        return self._says_together(between)

    def _says_together(self, between: Sequence[str]) -> bool:
        """Whether a word of 'together' ('and', 'plus', 'on top') is said in the words."""
        return any(tuple(between[i:i + len(w)]) == w
                   for w in self._together for i in range(len(between)))
