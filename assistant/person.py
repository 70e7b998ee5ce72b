"""Who a question is about, when it says: '25F', 'a man in his 60s', 'im 41'.

Daily amounts depend on sex and age, so the intake answer gives the one figure
that applies when the question tells us, and the whole table when it does not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .answers import Person

_AGE_SEX = re.compile(r"\b(\d{2}) ?(m|f|male|female)\b|\b(m|f|male|female) ?(\d{2})\b")
_AGE = re.compile(r"\b(?:i am|aged|age|im|she is|he is|turns|turned|(?<!it )is)\s+(\d{1,3})\b"
                  r"(?! ?(?:day|week|month|mg|mcg|iu|am\b|pm\b|hour|hr|time|cup|glass|x\b))"
                  # "for 2 yrs", "been 3 years": how long, not how old
                  r"|(?<!for )(?<!been )(?<!past )(?<!last )(?<!over )"
                  r"\b(\d{1,3})\s*(?:years? old|yrs? old|y ?o|yrs|year old)\b")
_SEX_AGE = re.compile(r"\b(?:man|woman|male|female|guy|lady|bloke) (?:of |aged )?(\d{2})\b")
_OVER = re.compile(r"\b(?:over|above|past) (\d{2})\b(?! (?:day|week|month|mg|mcg|iu))")
_DECADE = re.compile(r"\b(?:in|into) (?:my|his|her|their) (\d)0 ?s\b|\b(\d)0 s\b")
_SEX_LETTER = {"m": "men", "f": "women", "male": "men", "female": "women"}


def find_person(words: Sequence[str], sexes: Mapping[str, frozenset[str]]) -> Person:
    """Sex and age named in the question, each None when not given."""
    text = " ".join(words)
    sex = age = None
    if match := _AGE_SEX.search(text):
        age = int(match.group(1) or match.group(4))
        sex = _SEX_LETTER[match.group(2) or match.group(3)]
    if age is None and (match := _AGE.search(text)):
        age = int(match.group(1) or match.group(2))
    if age is None and (match := _SEX_AGE.search(text)):
        age = int(match.group(1))
    if age is None and (match := _OVER.search(text)):
        age = int(match.group(1)) + 1
    if age is None and (match := _DECADE.search(text)):
        age = int(match.group(1) or match.group(2)) * 10 + 5
    if sex is None:
        for name, words_for_sex in sexes.items():
            if any(word in words_for_sex for word in words):
                sex = name
                break
    return Person(sex, age)
