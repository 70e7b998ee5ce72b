"""Who a question is about, when it says: '25F', 'a man in his 60s', 'im 41', 'my son,
who is 40'.

Daily amounts depend on sex and age, so the intake answer gives the one figure
that applies when the question tells us, and the whole table when it does not;
and an age also tells a child from an adult son. The grammar is here; every word
it uses comes from the lexicon (``lexicon.ages``, ``small_numbers``, ``sexes``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import accumulate, chain, combinations, pairwise

from .answers import Person
from .intents import Lexicon
from .native import mypyc_attr
from .records import NamedTuple
from .text import ends_at, one_of, starts_at

# Words after a question's opening age in which a relation or a child named makes it
# theirs: "7 year old son has..."
_SELF_NOUN_REACH = 5
SEX_JOIN_GAP = 4  # "woman | vs 52 yo | man": words between a man and a woman asked side by side


class AgeMention(NamedTuple):
    """An age named in a question, where its number stands, and whether it is the
    asker's own ('i am 41', '34 m') rather than someone else's ('who is 40')."""

    age: int
    # The word's position; the field shadows tuple.index, which nothing here calls.
    index: int  # type: ignore[assignment]
    own: bool


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class PersonReader:
    """Reads sex and ages from a question's normalised words. Built once; safe to share."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._ages = lexicon.ages
        self._small = lexicon.small_numbers
        self._sexes = lexicon.sexes
        self._sex_words = frozenset().union(*lexicon.sexes.values())
        self._sexed = self._sex_words - lexicon.words("someone")
        self._sex_joins = lexicon.words("sex_joins")
        self._first_person = lexicon.words("first_person")
        self._relations = lexicon.words("relations") | lexicon.words("child_words")
        self._relatives = self._relations | lexicon.words("someone")
        self._relation_suffixes = tuple(tuple(s.split()) for s in
                                        lexicon.words("relation_suffixes"))
        # The phrases that may end just before a number ('she is'), by their last word,
        # and those that may start just after it ('years old'), by their first: a number is
        # tried against those alone, in the lexicon's order (an empty phrase, which fits
        # anywhere, is in every list).
        self._before_by_last, self._before_empty = _by_word(lexicon.ages.before, -1)
        self._after_by_first, self._after_empty = _by_word(lexicon.ages.after, 0)

    def person(self, clauses: Sequence[Sequence[str]], ages: Sequence[AgeMention],
               asks: Sequence[bool]) -> Person:
        """Sex and age named in the question, each None when not given; the asker's
        own age before anyone else's. ``ages`` are :meth:`ages` of the same clauses, and
        ``asks`` says which of them ask: a relative's sex counts only there ("how much for
        my husband"), not in the story ("the wife packs me a banana ... how much potassium")."""
        words = list(chain.from_iterable(clauses))
        # Every age below but those of ``ages`` is said with two digits ('25 f', 'over
        # 50', 'in my 60s'): a question with none (most) is not read for them, and one
        # with no digit at all is told by a test of each word in C.
        two_digits = any(map(str.isdigit, words)) and any(
            len(word) == 2 and word.isdigit() for word in words)
        age_sex = self._age_and_sex(words) if two_digits else None
        if age_sex is not None:
            return Person(age_sex[1], age_sex[0])
        age = next((m.age for m in ages if m.own), None)
        if age is None and ages:
            age = ages[0].age
        if age is None and two_digits:
            age = self._age_by_sex(words)
            if age is None:
                age = self._over(words)
            if age is None:
                age = self._at(words)
            if age is None:
                age = _decade(words)
        if self._sex_words.isdisjoint(words):
            return Person(None, age)  # no word for a sex: most questions, in one set test
        asked = [word for clause, asking in zip(clauses, asks, strict=True) if asking
                 for word in clause] if any(asks) else words
        return Person(self._sex(words, asked), age)

    def ages(self, clauses: Sequence[Sequence[str]],
             things: Collection[int] = ()) -> list[AgeMention]:
        """Every age said with a verb or 'years old': 'she is 6', 'who is 40', '7 yo'.
        A number under ten in words is an age only with 'years old' or at the end of its
        clause ('my niece, she is six'), as 'she is one of...' is no age; nor is a number
        of things named (``things``, the positions of the words that name them): 'is 2
        bananas a day enough'."""
        grammar = self._ages
        words = list(chain.from_iterable(clauses))
        if self._small.keys().isdisjoint(words) and not any(map(str.isdigit, words)):
            return []  # no number, no age: most questions
        ends = {end - 1 for end in accumulate(map(len, clauses))}
        starts = {0} | {end + 1 for end in ends}
        found = []
        small = self._small
        # a number in digits (up to 3) or in words: only those words are looked at
        for index in [index for index, word in enumerate(words)
                      if word in small or (word.isdigit() and len(word) <= 3)]:
            word = words[index]
            number = int(word) if word.isdigit() and len(word) <= 3 else small.get(word)
            if number is None or number > 120:
                continue
            if index + 1 < len(words) and _a_decade(word, words[index + 1]):
                number += 5  # "a lady in her 60 s": the middle of the decade, as _decade
            after = self._after_by_first.get(
                words[index + 1] if index + 1 < len(words) else None, self._after_empty)
            if not word.isdigit() and index not in ends and not any(
                    starts_at(words, index + 1, p) for p in after) and not (
                    self._someone_before(words, index)):
                continue
            if index in starts and index + 1 < len(words) and words[index + 1] in grammar.own_after:
                found.append(AgeMention(number, index, True))  # "15 here, my eye..."
                continue
            before = self._phrase_before(words, index)
            if index + 1 in things and index not in ends:
                continue  # "is 2 bananas a day enough"; not "my son is 15. He drinks..."
            if before is not None and self._said_as_age(words, index, before):
                found.append(AgeMention(number, index, before[0] in self._first_person))
            elif (any(starts_at(words, index + 1, p) for p in after)
                  and (index == 0 or words[index - 1] not in grammar.durations
                       or any(starts_at(words, index + 1, p) for p in grammar.old_after))
                  and not (index + 1 < len(words) and words[index + 1] in grammar.bare_after
                           and index not in starts and not self._person_before(words, index))):
                found.append(AgeMention(number, index, self._said_of_oneself(words, index)
                                        or self._opens_as_oneself(words, index)))
            elif _two_digits(word) and self._opens_with_age_and_sex(words, index, starts):
                # "17F eyelid twitching"; but "My best friend (39, F) has..." is theirs
                found.append(AgeMention(number, index, not self._relation_before(words, index)))
            elif _two_digits(word) and self._relation_before(words, index):
                found.append(AgeMention(number, index, False))  # "my son (35) says"
        return found

    def _said_of_oneself(self, words: Sequence[str], index: int) -> bool:
        """'i am a 68 year old retired man': an age with 'years old', said after the
        asker's own 'i am' and an article, is the asker's."""
        if index < 2 or words[index - 1] not in self._ages.articles:
            return False
        before = self._phrase_before(words, index - 1)
        return before is not None and before[0] in self._first_person

    def _opens_as_oneself(self, words: Sequence[str], index: int) -> bool:
        """'16 year old lad here, doing my mocks', '17 yo footballer, calf twitching': a
        question that opens with an age in years, and names no relation or child just
        after it (or says 'here' of the one it names), is the asker introducing themselves;
        not a later clause's ("I'm vegan (6 yrs), 29")."""
        after = words[index + 1:index + _SELF_NOUN_REACH]
        return index == 0 and (not any(one_of(word, self._relations) for word in after)
                               or not self._ages.own_after.isdisjoint(after))

    def _phrase_before(self, words: Sequence[str], end: int) -> tuple[str, ...] | None:
        """The phrase that says an age follows ('i am', 'who is', 'aged') ending just
        before ``end``, or None."""
        return next((p for p in self._before_by_last.get(
            words[end - 1] if end else None, self._before_empty)
            if ends_at(words, end, p)), None)

    def _opens_with_age_and_sex(self, words: Sequence[str], index: int,
                                starts: Collection[int]) -> bool:
        """'17F eyelid twitching', 'f 17, eye twitch': a clause that opens with an age and
        a sex letter is the asker's own age."""
        pair = self._sex_letter_beside(words, index)
        return pair is not None and pair[0] in starts

    def _sex_letter_beside(self, words: Sequence[str], index: int) -> tuple[int, str] | None:
        """Where the pair of a two-digit age and a sex letter written beside it starts
        ('f 25', '25 f' from '25F', '55 and female'), the one before first, and the sex;
        None without one."""
        letters, joiners = self._ages.sex_letters, self._ages.pair_joiners
        if index and words[index - 1] in letters:
            return index - 1, letters[words[index - 1]]
        if index + 1 < len(words) and words[index + 1] in letters:
            return index, letters[words[index + 1]]
        if index > 1 and words[index - 1] in joiners and words[index - 2] in letters:
            return index - 2, letters[words[index - 2]]  # "male and 40"
        if index + 2 < len(words) and words[index + 1] in joiners and words[index + 2] in letters:
            return index, letters[words[index + 2]]  # "55 and female"
        return None

    def _person_before(self, words: Sequence[str], index: int) -> bool:
        """'my son 7 yrs', 'im 34 yrs', 'female 34 yrs': a person just before the number."""
        before = words[index - 1] if index else ""
        return before in self._relatives or before in self._first_person or (
            before in self._sexed) or self._relation_before(words, index)

    def _relation_before(self, words: Sequence[str], index: int) -> bool:
        """'my son 35', 'my son in law 35', "mum's 74": a relation just before the number."""
        before = list(words[max(0, index - 3):index])
        for suffix in self._relation_suffixes:
            if tuple(before[-len(suffix):]) == suffix:
                before = before[:-len(suffix)]
        return bool(before) and one_of(before[-1], self._relations)

    def _someone_before(self, words: Sequence[str], index: int) -> bool:
        """'my grandson is four and...': a number in words said of someone is an age."""
        return index >= 2 and words[index - 1] == "is" and words[index - 2] in self._relations

    def _said_as_age(self, words: Sequence[str], index: int, before: tuple[str, ...]) -> bool:
        """'is 40' but not 'is 3 weeks', 'is 300 mg', 'is 3 a day' or 'it is 3'."""
        start = index - len(before)
        if start > 0 and words[start - 1] in self._ages.not_after:
            return False
        return not self._unit(words[index + 1] if index + 1 < len(words) else "") and not any(
            starts_at(words, index + 1, rate) for rate in self._ages.rates)

    def _age_and_sex(self, words: Sequence[str]) -> tuple[int, str] | None:
        """'25 f' (from '25F'), 'f 25': the first two-digit age with a sex letter beside it."""
        pairs = [(pair[0], int(word), pair[1]) for index, word in enumerate(words)
                 if len(word) == 2 and word.isdigit()  # _two_digits, without a call a word
                 and (pair := self._sex_letter_beside(words, index))]
        if not pairs:
            return None
        _, age, sex = min(pairs)
        return age, sex

    def _age_by_sex(self, words: Sequence[str]) -> int | None:
        """'a man of 45', 'woman 60'."""
        for index in [index for index, word in enumerate(words) if word in self._sexed]:
            rest = words[index + 1:index + 3]
            if rest and rest[0] in self._ages.joiners:
                rest = rest[1:]
            if rest and _two_digits(rest[0]):
                return int(rest[0])
        return None

    def _over(self, words: Sequence[str]) -> int | None:
        """'over 50', 'past 60': just above it (not 'over 2 weeks' or 'half past 10')."""
        ages = self._ages
        number = self._number_after(words, ages.over)
        if number is None:
            number = self._number_after(words, ages.past, ages.clock_free_from)
        return None if number is None else number + 1

    def _at(self, words: Sequence[str]) -> int | None:
        """'at 74': that age (not 'in bed at 11', an hour)."""
        return self._number_after(words, self._ages.at, self._ages.clock_free_from)

    def _number_after(self, words: Sequence[str], heads: frozenset[str],
                      lowest: int = 0) -> int | None:
        """The first two-digit number from ``lowest`` after one of ``heads`` with no unit
        after it."""
        for index in [index for index, word in enumerate(words[:-1]) if word in heads]:
            number = words[index + 1]
            after = words[index + 2] if index + 2 < len(words) else ""
            if (_two_digits(number) and int(number) >= lowest
                    and not self._unit(after)):
                return int(number)
        return None

    def _unit(self, word: str) -> bool:
        """'mg', 'weeks': the number before it is an amount or a span, not an age."""
        return one_of(word, self._ages.units)

    def _side_by_side(self, words: Sequence[str]) -> bool:
        """'Potassium per day for women and men?', 'calcium: 52yo woman vs 52yo man': a man
        and a woman named side by side, joined as two of one list."""
        at = {name: [i for i, word in enumerate(words) if word in sex_words]
              for name, sex_words in self._sexes.items()}
        return any(_joined(i, j, words, self._sex_joins)
                   for one, other in combinations(at.values(), 2) for i in one for j in other)

    def _sex(self, words: Sequence[str], asked: Sequence[str]) -> str | None:
        """The sex named: by a word for a man or woman anywhere, by a relative only where
        something is asked. With both named, the one where something is asked ("women my
        age need more potassium than men, they say. How much does a woman need?"); both
        named side by side ("Potassium per day for women and men?") are neither one."""
        named = [name for name, words_for_sex in self._sexes.items()
                 if (said := words_for_sex.intersection(words))
                 and (said - self._relatives or not words_for_sex.isdisjoint(asked))]
        if len(named) > 1:
            asked_for = [name for name in named if not self._sexes[name].isdisjoint(asked)]
            if len(asked_for) == 1:
                return asked_for[0]
            if self._side_by_side(words):
                return None
        return named[0] if named else None


def _joined(first: int, second: int, words: Sequence[str], joins: frozenset[str]) -> bool:
    """Whether the words at ``first`` and ``second`` are joined by one of ``joins`` between
    them, with a few more words ("women and men", "a 52 yo woman vs a 52 yo man")."""
    low, high = sorted((first, second))
    between = words[low + 1:high]
    return 0 < len(between) <= SEX_JOIN_GAP and not joins.isdisjoint(between)


def _by_word(phrases: Sequence[tuple[str, ...]], at: int
             ) -> tuple[dict[str | None, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]]:
    """The phrases by their word at ``at`` (first or last), each list in the given order
    and holding the empty phrases too; and the empty phrases alone, for any other word."""
    empty = tuple(phrase for phrase in phrases if not phrase)
    return {word: tuple(phrase for phrase in phrases if not phrase or phrase[at] == word)
            for word in {phrase[at] for phrase in phrases if phrase}}, empty


def _decade(words: Sequence[str]) -> int | None:
    """'in my 60s' arrives as 'in my 60 s': the middle of the decade."""
    for word, following in pairwise(words):
        if _a_decade(word, following):
            return int(word) + 5
    return None


def _a_decade(word: str, following: str) -> bool:
    """'60 s' (as 'sixties' and '60s' arrive): a decade of life, not an age."""
    return following == "s" and _two_digits(word) and word.endswith("0")


def _two_digits(word: str) -> bool:
    return len(word) == 2 and word.isdigit()

