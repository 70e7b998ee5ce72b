"""Who a question is about, when it says: '25F', 'a man in his 60s', 'im 41', 'my son,
who is 40'.

Daily amounts depend on sex and age, so the intake answer gives the one figure
that applies when the question tells us, and the whole table when it does not;
and an age also tells a child from an adult son. The grammar is here; every word
it uses comes from the lexicon (``lexicon.ages``, ``small_numbers``, ``sexes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from .answers import Person
from .intents import Lexicon


class AgeMention(NamedTuple):
    """An age named in a question, where its number stands, and whether it is the
    asker's own ('i am 41', '34 m') rather than someone else's ('who is 40')."""

    age: int
    # The word's position; the field shadows tuple.index, which nothing here calls.
    index: int  # type: ignore[assignment]
    own: bool


class PersonReader:
    """Reads sex and ages from a question's normalised words. Built once; safe to share."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._ages = lexicon.ages
        self._small = lexicon.small_numbers
        self._sexes = lexicon.sexes
        self._sexed = frozenset().union(*lexicon.sexes.values())
        self._first_person = lexicon.words("first_person")
        self._relations = lexicon.words("relations") | lexicon.words("child_words")
        self._relation_suffixes = tuple(tuple(s.split()) for s in
                                        lexicon.words("relation_suffixes"))

    def person(self, clauses: Sequence[Sequence[str]], ages: Sequence[AgeMention]) -> Person:
        """Sex and age named in the question, each None when not given; the asker's
        own age before anyone else's. ``ages`` are :meth:`ages` of the same clauses."""
        words = [word for clause in clauses for word in clause]
        age_sex = self._age_and_sex(words)
        if age_sex is not None:
            return Person(age_sex[1], age_sex[0])
        age = next((m.age for m in ages if m.own), None)
        if age is None:
            age = ages[0].age if ages else self._age_by_sex(words)
        if age is None:
            age = self._over(words)
        if age is None:
            age = _decade(words)
        return Person(self._sex(words), age)

    def ages(self, clauses: Sequence[Sequence[str]]) -> list[AgeMention]:
        """Every age said with a verb or 'years old': 'she is 6', 'who is 40', '7 yo'.
        A number under ten in words is an age only with 'years old' or at the end of its
        clause ('my niece, she is six'), as 'she is one of...' is no age."""
        grammar = self._ages
        words = [word for clause in clauses for word in clause]
        ends = {sum(len(c) for c in clauses[:n + 1]) - 1 for n in range(len(clauses))}
        found = []
        for index, word in enumerate(words):
            number = self._number(word)
            if number is None or number > 120:
                continue
            if not word.isdigit() and index not in ends and not any(
                    _starts_at(words, index + 1, p) for p in grammar.after) and not (
                    self._someone_before(words, index)):
                continue
            before = next((p for p in grammar.before if _ends_at(words, index, p)), None)
            if before is not None and self._said_as_age(words, index, before):
                found.append(AgeMention(number, index, before[0] in self._first_person))
            elif (any(_starts_at(words, index + 1, p) for p in grammar.after)
                  and (index == 0 or words[index - 1] not in grammar.durations)):
                found.append(AgeMention(number, index, False))
            elif _two_digits(word) and self._relation_before(words, index):
                found.append(AgeMention(number, index, False))  # "my son (35) says"
        return found

    def _relation_before(self, words: Sequence[str], index: int) -> bool:
        """'my son 35', 'my son in law 35': a relation just before the number."""
        before = list(words[max(0, index - 3):index])
        for suffix in self._relation_suffixes:
            if tuple(before[-len(suffix):]) == suffix:
                before = before[:-len(suffix)]
        return bool(before) and before[-1] in self._relations

    def _someone_before(self, words: Sequence[str], index: int) -> bool:
        """'my grandson is four and...': a number in words said of someone is an age."""
        return index >= 2 and words[index - 1] == "is" and words[index - 2] in self._relations

    def _said_as_age(self, words: Sequence[str], index: int, before: tuple[str, ...]) -> bool:
        """'is 40' but not 'is 3 weeks', 'is 300 mg' or 'it is 3'."""
        start = index - len(before)
        if start > 0 and words[start - 1] in self._ages.not_after:
            return False
        after = words[index + 1] if index + 1 < len(words) else ""
        units = self._ages.units
        return not (after in units or (after.endswith("s") and after[:-1] in units))

    def _age_and_sex(self, words: Sequence[str]) -> tuple[int, str] | None:
        """'25 f' (from '25F'), 'male 34'."""
        letters = self._ages.sex_letters
        for index, word in enumerate(words):
            following = words[index + 1] if index + 1 < len(words) else ""
            if _two_digits(word) and following in letters:
                return int(word), letters[following]
            if word in letters and _two_digits(following):
                return int(following), letters[word]
        return None

    def _age_by_sex(self, words: Sequence[str]) -> int | None:
        """'a man of 45', 'woman 60'."""
        for index, word in enumerate(words):
            if word not in self._sexed:
                continue
            rest = words[index + 1:index + 3]
            if rest and rest[0] in self._ages.joiners:
                rest = rest[1:]
            if rest and _two_digits(rest[0]):
                return int(rest[0])
        return None

    def _over(self, words: Sequence[str]) -> int | None:
        """'over 50': just above it (not 'over 2 weeks')."""
        for index, word in enumerate(words[:-1]):
            number = words[index + 1]
            after = words[index + 2] if index + 2 < len(words) else ""
            if word in self._ages.over and _two_digits(number) and not (
                    after in self._ages.units or after.rstrip("s") in self._ages.units):
                return int(number) + 1
        return None

    def _sex(self, words: Sequence[str]) -> str | None:
        for name, words_for_sex in self._sexes.items():
            if not words_for_sex.isdisjoint(words):
                return name
        return None

    def _number(self, word: str) -> int | None:
        if word.isdigit() and len(word) <= 3:
            return int(word)
        return self._small.get(word)


def _decade(words: Sequence[str]) -> int | None:
    """'in my 60s' arrives as 'in my 60 s': the middle of the decade."""
    for word, following in pairwise(words):
        if following == "s" and _two_digits(word) and word.endswith("0"):
            return int(word) + 5
    return None


def _two_digits(word: str) -> bool:
    return len(word) == 2 and word.isdigit()


def _ends_at(words: Sequence[str], index: int, phrase: tuple[str, ...]) -> bool:
    return index >= len(phrase) and tuple(words[index - len(phrase):index]) == phrase


def _starts_at(words: Sequence[str], index: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[index:index + len(phrase)]) == phrase
