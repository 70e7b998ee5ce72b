"""Normalisation: one canonical form for a question, its examples and every alias.

Matching only works when both sides are written the same way, so everything
the matcher compares passes through :class:`Normalizer` first: accents and
case go, punctuation becomes space, numbers are parted from their units
("3000mg" -> "3000 mg"), and the lexicon's rewrites turn "whats" into
"what is" and "yoghurt" into "yogurt".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

# Longest question we look at; anything longer is cut before matching.
MAX_CHARS = 10_000

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\n]+|\b(?:but|so)\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_NUMBER_UNIT = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_NOT_WORD = re.compile(r"[^a-z0-9+.]+")
_LONE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fold(text: str) -> str:
    """Lower case without accents, control characters or curly quotes."""
    if text.isascii():  # the common case needs no Unicode decomposition
        return _ASCII_CONTROL.sub(" ", text.replace("`", "'")).lower()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(c if c.isprintable() else " " for c in text)
    return text.lower()


class Normalizer:
    """Turns raw text into a list of canonical words, using the lexicon's rewrites."""

    def __init__(self, rewrite: Mapping[str, str]) -> None:
        self._rewrite = {key: tuple(value.split()) for key, value in rewrite.items()}

    def words(self, text: str) -> list[str]:
        """Canonical words of a text: 'Whats the RDA for K?' -> ['what', 'is', 'the', ...]."""
        return self._folded_words(fold(text[:MAX_CHARS]))

    def _folded_words(self, text: str) -> list[str]:
        text = _REPEATS.sub(r"\1", text.replace("'", ""))
        text = _THOUSANDS.sub("", text)
        text = _LONE_DOT.sub(" ", _NOT_WORD.sub(" ", text))
        text = _NUMBER_UNIT.sub(" ", text)
        words: list[str] = []
        for word in text.split():
            words.extend(self._rewrite.get(word, (word,)))
        return _numbers_as_digits(words)

    def clauses(self, text: str) -> list[list[str]]:
        """The words of each sentence or clause, for scoring long stories piece by piece."""
        # "10,000 IU" is one number, not two clauses.
        pieces = _CLAUSE_BREAK.split(_THOUSANDS.sub("", fold(text[:MAX_CHARS])))
        return [words for piece in pieces if (words := self._folded_words(piece))]

    def phrase(self, text: str) -> str:
        """One canonical string, for aliases and phrases in data files."""
        return " ".join(self.words(text))


_TEENS = {word: 10 + index for index, word in enumerate(
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"])}
_TENS = {word: 10 * (index + 2) for index, word in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_UNITS = {word: index + 1 for index, word in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])}


def _numbers_as_digits(words: list[str]) -> list[str]:
    """'sixteen days' -> '16 days', 'sixty six' -> '66': ages and durations written out.

    Words under ten stay words ('which one', 'two weeks' is read as it stands).
    """
    result: list[str] = []
    for word in words:
        if word in _TEENS:
            result.append(str(_TEENS[word]))
        elif word in _TENS:
            result.append(str(_TENS[word]))
        elif word in _UNITS and result and result[-1].isdigit() and result[-1].endswith("0") \
                and len(result[-1]) == 2:
            result[-1] = str(int(result[-1]) + _UNITS[word])
        else:
            result.append(word)
    return result
