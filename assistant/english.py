"""English words, so typo correction never bends a real word into one of ours.

"tyre" is one letter from "tired", "calories" close to "calcium": fuzzy matching
that knows only our own words would take them for typos. So when the data is
built, the English words (from pyspellchecker's frequency list, a maintained
package, rather than a list of our own) that correction would bend are found
once, and kept with the compiled data; at question time they are left as they are.
"""

from __future__ import annotations

from functools import lru_cache

from .entities import by_initial, closest_spelling


@lru_cache(maxsize=8)
def lookalikes(spellings: frozenset[str]) -> frozenset[str]:
    """The English words that are not ours but would pass for a typo of one of ours
    (kept per set of spellings: tests and tools build the same data many times)."""
    from spellchecker import SpellChecker  # only when the data is built, never per question

    ours = spellings
    choices = by_initial(word for word in ours if len(word) >= 4)
    english = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(word for word in english
                     if len(word) >= 5 and word.isalpha() and word not in ours
                     and word[0] in choices and closest_spelling(word, choices))


COMMON = 3000  # the most frequent English words: they say nothing of where a question is from


def common_words(count: int = COMMON) -> frozenset[str]:
    """The English words used most often ('really', 'useful', 'work'), which tell nothing
    of what a question is about: 'thanks, that's really useful' is not from elsewhere."""
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="en", distance=1).word_frequency.dictionary
    ranked = sorted(frequency.items(), key=lambda item: -item[1])
    return frozenset(word for word, _ in ranked[:count])
