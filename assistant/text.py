"""Normalisation: one canonical form for a question, its examples and every alias.

Matching only works when both sides are written the same way, so everything
the matcher compares passes through :class:`Normalizer` first: accents and
case go, punctuation becomes space, numbers are parted from their units
("3000mg" -> "3000 mg"), and the lexicon's rewrites turn "whats" into
"what is" and "yoghurt" into "yogurt".
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from functools import lru_cache

from .native import attributes, mypyc_attr, restore

# Longest question we look at; anything longer is cut before matching.
MAX_CHARS = 10_000

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# A point between digits is a decimal ("2.5g"), not the end of a sentence. The patterns
# open with the character they look for and look back only after it ('\.(?<!\d\.)' is
# '(?<!\d)\.', 'b(?<!\wb)ut' is '\bbut'), so the regex engine skips ahead to those
# characters instead of trying every position: a split takes half the time.
# The lookahead of every first character lets the engine skip to them too; without it,
# the two alternatives made it try each position (two and a half times the time).
# The break is a group, so that a split keeps it (see Normalizer.clauses_and_words).
_CLAUSE_BREAK = re.compile(
    r"(?=[!?;:,()\n.b])((?:[!?;:,()\n]|\.(?<!\d\.)|\.(?!\d))+|b(?<!\wb)ut\s+)")
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")  # "1,000mg" too: a unit may follow
_REPEATS = re.compile(r"([a-z])\1{2,}")
# Whether _REPEATS has anything to do: a search is a quarter of the substitution.
_TRIPLED = re.compile(r"([a-z])\1\1")
_ASCII_DIGIT = re.compile(r"[0-9]")
# Where a number meets a letter ("300mg", "b12"), found from the digit, which the regex
# engine skips to; the space goes before the digit or after it. A pattern of the places
# between two characters was tried at every place (some 80 ns a character).
_NUMBER_BESIDE_LETTER = re.compile(r"\d(?:(?<=[a-z]\d)|(?=[a-z]))")
_LETTER_DIGIT = re.compile(r"\d(?<=[a-z]\d)")
_DIGIT_LETTER = re.compile(r"\d(?=[a-z])")
# Runs of what is not a word's letter, and points that are no decimal point, in one pass:
# the point's neighbours are looked at before the runs become spaces, which is the same,
# as a run holds no digit ([0-9], not \d: a run may hold other scripts' digits).
_NOT_WORD = re.compile(r"[^a-z0-9+.]+|(?<![0-9])\.|\.(?![0-9])")
# The same for ASCII text, a seventh of the time: each character that is not a word's
# becomes a space by table (a run becomes several, which the split into words makes
# one), then the points that are no decimal point; the table changes no digit, so
# the points' neighbours are the same.
# (a table of bytes: bytes.translate looks each one up in it, six times as fast as
# str.translate's dictionary)
_NOT_WORD_ASCII = bytes(ord(" ") if not ("a" <= char <= "z" or "0" <= char <= "9"
                                         or char in "+.") else ord(char)
                        for char in map(chr, range(256)))
_NO_DECIMAL_POINT = re.compile(r"\.(?<![0-9]\.)|\.(?![0-9])")
# An apostrophe with no letter on one side (see Normalizer.clauses_and_words), compiled
# by re when a question first has an apostrophe: a piped start compiles no pattern it
# does not need.
_APOSTROPHE_APART = r"'(?:(?<![a-z]')|(?![a-z]))"


_ASCII_CONTROL = r"[\x00-\x1f\x7f]"  # compiled by re when a question first has one
# The points inside an initialism ("a.l.s", "m.n.d.", "e.g."), found from its first point,
# which the regex engine skips to: the letters are one word, not clauses of a letter each
# ("Twitching thighs, A.L.S possible?"); a point after the last letter may end a sentence
# and is kept.
_INITIALISM = re.compile(r"\.(?<=(?<![\w.])[a-z]\.)[a-z](?:\.[a-z])*(?!\w)")


def _initialisms_joined(text: str) -> str:
    return _INITIALISM.sub(lambda points: points.group().replace(".", ""), text)


def fold(text: str) -> str:
    """Lower case without accents, control characters or curly quotes."""
    if text.isascii():  # the common case needs no Unicode decomposition
        text = text.replace("`", "'")
        text = (text if text.isprintable() else re.sub(_ASCII_CONTROL, " ", text)).lower()
        return _initialisms_joined(text) if "." in text else text
    import unicodedata  # here, not at the top: a start whose text is all ASCII never needs it

    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(c if c.isprintable() else " " for c in text)
    return _initialisms_joined(text.lower())


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class Normalizer:
    """Turns raw text into a list of canonical words, using the lexicon's rewrites.

    Numbers written in words from ten upwards become digits ('forty-two' -> '42',
    'sixteen days' -> '16 days'), read by text2num; smaller ones stay words, as 'one'
    and 'two' are as often pronouns and counts ('which one', 'the two of them').
    """

    def __init__(self, rewrite: Mapping[str, str],
                 number_words: frozenset[str] = frozenset(),
                 stem_endings: tuple[str, ...] = (),
                 short_root_endings: tuple[str, ...] = (),
                 shorthands: Mapping[str, str] | None = None) -> None:
        self._rewrite = {key: tuple(value.split()) for key, value in rewrite.items()}
        # "w/o", "24/7": found only in a text with one of their marks, most have none
        self._shorthands = dict(shorthands or {})
        # what a text must hold for a shorthand to be in it: its marks, or its digits ("b4")
        self._shorthand_marks = frozenset(char for key in self._shorthands for char in key
                                          if not char.isalpha())
        longest_first = sorted(self._shorthands, key=len, reverse=True)
        self._shorthand = re.compile(
            r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, longest_first)) + r")(?![a-z0-9])"
        ) if longest_first else None
        self._number_words = number_words
        self._stem_endings = stem_endings
        self._short_root_endings = short_root_endings
        self.stem = lru_cache(maxsize=16384)(self._stem)

    def __getstate__(self) -> dict[str, object]:
        return attributes(self, ("stem",))

    def __setstate__(self, state: dict[str, object]) -> None:
        restore(self, state)
        self.stem = lru_cache(maxsize=16384)(self._stem)

    def _stem(self, word: str) -> str:
        """A crude stem, so 'cause', 'causes' and 'caused' count as one word.

        Only the endings English inflection adds most often (the lexicon's
        stem_endings) are cut, and only from longer words, so short function words
        ('is', 'does') are left alone; a few (short_root_endings) are cut from a root of
        three letters too, which a short word such as 'eat' stays as.
        """
        if word.isdigit():
            return "#"  # "3000 mg", "500 mg": any number is the same word
        if word.startswith("{") or len(word) <= 4:
            return word
        for ending in self._stem_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
        for ending in self._short_root_endings:  # "eating" is "eat", as "eat" is
            if word.endswith(ending) and len(word) - len(ending) == 3:
                return word[: -len(ending)]
        return word

    def words(self, text: str) -> list[str]:
        """Canonical words of a text: 'Whats the RDA for K?' -> ['what', 'is', 'the', ...]."""
        return self._folded_words(fold(text[:MAX_CHARS]))

    def _folded_words(self, text: str) -> list[str]:
        words = self._rewritten(text)
        if self._number_words.isdisjoint(words):
            return words
        return _numbers_as_digits(words)

    def _rewritten(self, text: str) -> list[str]:
        """The words of a folded text, rewritten, before numbers in words are read."""
        # Each substitution is made only where there is something for it to do: a search
        # costs a quarter of the substitution, and most texts need neither.
        text = text.replace("'", "")
        if self._shorthand is not None and not self._shorthand_marks.isdisjoint(text):
            text = self._shorthand.sub(lambda short: f" {self._shorthands[short.group()]} ", text)
        if _TRIPLED.search(text):
            text = _REPEATS.sub(r"\1", text)
        if "," in text:  # never in a clause: commas part them
            text = _THOUSANDS.sub("", text)
        if text.isascii():
            text = text.encode("ascii").translate(_NOT_WORD_ASCII).decode("ascii")
            if "." in text:
                text = _NO_DECIMAL_POINT.sub(" ", text)
        else:
            text = _NOT_WORD.sub(" ", text)
        if _NUMBER_BESIDE_LETTER.search(text):  # the text is ASCII here (see above)
            text = _DIGIT_LETTER.sub(r"\g<0> ", _LETTER_DIGIT.sub(r" \g<0>", text))
        text = text.replace("+", " + ")  # a word of its own: "a month+", "leg + knee"
        words = text.split()
        rewrite = self._rewrite
        if not rewrite.keys().isdisjoint(words):  # most texts have nothing to rewrite
            # a few words of many are: each is replaced in place, from the last, so that
            # the others are neither looked up again nor copied one by one
            for index in reversed([index for index, word in enumerate(words)
                                   if word in rewrite]):
                words[index:index + 1] = rewrite[words[index]]
        return words

    def clauses(self, text: str) -> list[list[str]]:
        """The words of each sentence or clause, for scoring long stories piece by piece."""
        return self.clauses_and_words(text)[0]

    def clauses_and_words(self, text: str) -> tuple[list[list[str]], list[str] | None]:
        """The clauses of :meth:`clauses` and, when they are sure to say the same, the
        words that :meth:`words` gives for the text, else None. Why: the reader needs both
        of a question with a number (the amounts are read off the whole), and joining the
        clauses costs a small share of normalising the text a second time.

        They say the same when the text is ASCII and a clause break only parts words:
        each break is a character that normalising makes a space ('.' only where it is no
        decimal point, by the same test) or a 'but', which the whole keeps as a word; an
        apostrophe, which normalising drops, joins two letters, not a letter to a break
        ("it'but") or a number ("1,'000"); a comma left in is no thousands' separator
        once apostrophes are dropped; and no clause reads a number in words, which one
        read whole could join across a break ('twenty, five')."""
        # "10,000 IU" is one number, not two clauses.
        text = fold(text[:MAX_CHARS])
        if "," in text:  # a substring test, where most questions have no comma
            text = _THOUSANDS.sub("", text)
        parts = _CLAUSE_BREAK.split(text)  # a clause, then a break and a clause in turn
        clauses: list[list[str]] = []
        whole: list[str] = []
        in_words = False  # a number said in words
        for index, part in enumerate(parts):
            if index % 2:
                if part[0] == "b":  # 'but', a word of the whole
                    whole += self._rewritten(part)
                continue
            words = self._rewritten(part)
            if not self._number_words.isdisjoint(words):
                in_words = True
                words = _numbers_as_digits(words)
            if words:
                clauses.append(words)
                whole += words
        if in_words or not text.isascii() or ("'" in text and (
                re.search(_APOSTROPHE_APART, text) or "'but" in text or ("," in text and (
                    _THOUSANDS.search(text.replace("'", "")))))):
            return clauses, None
        return clauses, whole

    def phrase(self, text: str) -> str:
        """One canonical string, for aliases and phrases in data files."""
        return " ".join(self.words(text))


def _numbers_as_digits(words: list[str]) -> list[str]:
    """'sixty six' -> '66', 'twelve hundred' -> '1200': only the numbers change."""
    from text_to_num import alpha2digit  # only questions with a number in words need it

    digits: str = alpha2digit(" ".join(words), "en", threshold=10)  # text2num has no types
    return digits.split()


def ends_at(words: Sequence[str], index: int, phrase: tuple[str, ...]) -> bool:
    """Whether the phrase is said just before ``index``: 'as a' before 'kitten', 'allergy'
    before 'tablets'."""
    return index >= len(phrase) and tuple(words[index - len(phrase):index]) == phrase


def starts_at(words: Sequence[str], index: int, phrase: tuple[str, ...]) -> bool:
    """Whether the phrase is said from ``index`` on: 'years old' after '41', 'plain water'
    after 'has me on'."""
    return tuple(words[index:index + len(phrase)]) == phrase


def one_of(word: str, words: Container[str]) -> bool:
    """Whether the word is one of the words, or is one with an s after it: a plural
    ('weeks') or a possessive as normalising leaves it ('my husband's' reads 'husbands')."""
    return word in words or (word.endswith("s") and word[:-1] in words)


def has_digit(text: str) -> bool:
    """Whether a character of the text is a digit (as str.isdigit says, so never fewer
    than the regex \\d finds): in ASCII text, where those are 0 to 9, by a regex search,
    a quarter of the time of a test per character."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def a_year(word: str) -> bool:
    """A year as people write one in a story: four digits from 1900 on."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


LONG_PAST_YEARS = 2  # years before this one from which a year told is long past


def a_year_long_past(word: str, this_year: int) -> bool:
    """A year told long before ``this_year`` ("a funny turn in 2015", "stopped back in
    2020"): what it dates is over, not what is going on now."""
    return a_year(word) and int(word) <= this_year - LONG_PAST_YEARS
