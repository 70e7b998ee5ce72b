"""Finding nutrients, foods, triggers, lifestyle factors and diets in a question.

Every alias of every knowledge entity goes into one phrase table. A question
is scanned left to right for the longest exact phrase first; words that match
nothing get a second, fuzzy chance ("magnesum", "vitamn d"), bounded by word
length so that short real words are never bent into entities. Symbols such as
"Mg" or "K" count as words of their own; a one-letter symbol only in capitals
("k" is also "ok"), and never as a unit ("300mg", "how many mg", "mg per day").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from .intents import Lexicon
from .knowledge import KnowledgeBase
from .native import attributes, mypyc_attr, restore
from .records import NamedTuple
from .text import MAX_CHARS, Normalizer

OUTSIDE = "outside"  # kind of a mention naming a subject the sources do not cover
_MAX_PHRASE = 5
_SHORT_WORD = re.compile(r"\b([A-Za-z][a-z]?)\b")  # what a symbol ('Mg', 'K') looks like
# Kept as patterns, compiled (and cached by re) when a question first names a symbol:
# most questions name none, and a start does not compile them.
_SYMBOL_BEFORE = r"(?i)(?:\d\s*|vit(?:amin)?\.?\s+)$"
# Written in lowercase, "mg" is usually the unit: "how many mg", "in mg", "mg a day", and
# beside another unit, "is that mg or mcg?", "mcg or mg".
_UNIT_BEFORE = r"(?i)\b(?:many|much|in|of|per|(?:mcg|ug|iu|micrograms?)\s+or)\s+$"
_UNIT_AFTER = r"(?i)^\s*(?:/|per\b|a\s+day\b|daily\b|or\s+(?:mcg|ug|iu|micrograms?)\b)"


class Found(NamedTuple):
    """An entity mention: kind and id, the words that named it, and where they were.
    ``deficiency`` marks a nutrient named by its deficiency ('hypokalemia')."""

    kind: str
    id: str
    text: str
    score: float
    start: int
    end: int
    deficiency: bool = False


def closest_spelling(word: str, by_initial: dict[str, list[str]]) -> tuple[str, int] | None:
    """The known spelling a typo most likely meant, with its edit distance, or None.

    Typos rarely hit the first letter, so only spellings with the same initial are
    tried; a word of five letters or fewer may only have lost one ('coffe'), as a
    changed letter in a short word usually makes another word ('house', 'mouse').
    """
    limit = allowed_typos(len(word.replace(" ", "")))
    if not limit or not word:
        return None
    # Imported here, not at the top: most questions have no word to correct, and
    # importing rapidfuzz is about a fifth of a piped question's start-up.
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    best = process.extractOne(word, by_initial.get(word[0], ()), scorer=OSA.distance,
                              score_cutoff=limit)
    if best is None or len(best[0].split()) != len(word.split()):
        return None
    if len(word) <= 5 and len(best[0]) != len(word) + 1:
        return None
    return best[0], int(best[1])


def by_initial(spellings: Iterable[str]) -> dict[str, list[str]]:
    """Spellings grouped by first letter, for :func:`closest_spelling`."""
    groups: dict[str, list[str]] = {}
    for spelling in sorted(set(spellings)):
        groups.setdefault(spelling[0], []).append(spelling)
    return groups


def allowed_typos(length: int) -> int:
    """How many edits a word of this length may carry and still count as a typo."""
    if length <= 4:
        return 0
    return 1 if length <= 8 else 2


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class EntityFinder:
    """Finds entity mentions in normalised words. Built once; safe to share."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, normalizer: Normalizer,
                 known_words: Iterable[str],
                 more_aliases: Iterable[tuple[str, str, str]] = (),
                 real_words: Callable[[frozenset[str]], frozenset[str]] | None = None) -> None:
        """``real_words`` gives, for our spellings, the real words that would pass for a
        typo of one of them (:func:`assistant.english.lookalikes`): those are never bent."""
        self._normalizer = normalizer
        self._phrases: dict[tuple[str, ...], tuple[str, str]] = {}
        self._symbols: dict[str, tuple[str, str]] = {}
        for kind, entity_id, alias in (*entity_aliases(kb), *more_aliases):
            self._add(normalizer.words(alias), kind, entity_id)
        self._deficiencies = frozenset(
            tuple(normalizer.words(alias)) for nutrient in kb.nutrients.values()
            if nutrient.deficiency
            for alias in (nutrient.deficiency.name, *nutrient.deficiency.aliases) if alias)
        for topic in (*lexicon.outside_topics, *lexicon.outside_conditions):
            words = tuple(normalizer.words(topic))
            self._phrases.setdefault(words, (OUTSIDE, " ".join(words)))
        for nutrient in kb.nutrients.values():
            for symbol in nutrient.symbols:
                self._symbols[symbol] = ("nutrient", nutrient.id)
                if len(symbol) > 1:
                    self._symbols.setdefault(symbol.lower(), ("nutrient", nutrient.id))
        # Fuzzy matching only bends unknown words: a word that means something else
        # in our examples or lexicon is never taken for an entity.
        self._protected = frozenset(known_words) | lexicon.never_entities | lexicon.domain
        targets = frozenset(" ".join(p) for p in self._phrases if len(" ".join(p)) >= 5)
        self._fuzzy_by_initial = by_initial(targets)
        if real_words is not None:
            self._protected |= real_words(targets)
        # The sizes of the phrases that start with each word, longest first: most words
        # start none, and a word that does is tried only at the sizes its phrases have
        # (see _exact).
        sizes: dict[str, set[int]] = {}
        for key in filter(None, self._phrases):
            sizes.setdefault(key[0], set()).add(len(key))
        self._sizes = {first: tuple(sorted(lengths, reverse=True))
                       for first, lengths in sizes.items()}
        # The words that can follow each first word in a phrase of two words or more (the
        # second word of a two-word one also as a plural): most words that start a phrase
        # ("i", "my", "the") are followed by none of them, and need only a one-word try.
        seconds: dict[str, set[str]] = {}
        for key in self._phrases:
            if len(key) >= 2:
                seconds.setdefault(key[0], set()).update(
                    (key[1], key[1] + "s") if len(key) == 2 else (key[1],))
        self._seconds = {first: frozenset(words) for first, words in seconds.items()}
        # The one-word phrases: a word followed by no second word of its phrases matches
        # only as one of them (or as one's plural), which find tests before trying it.
        self._alone = frozenset(key[0] for key in self._phrases if len(key) == 1)
        # The symbols a word of one or two letters can be, as one pattern: the question's
        # text is searched for them alone, not for every short word, and the lookahead
        # for their first letters lets the search skip the other letters (a third of the
        # time of a search for every short word).
        short = sorted((symbol for symbol in self._symbols if _SHORT_WORD.fullmatch(symbol)),
                       key=len, reverse=True)
        self._symbol_words = re.compile(
            "(?=[" + "".join(sorted({symbol[0] for symbol in short})) + r"])\b("
            + "|".join(short) + r")\b" if short else "(?!)")
        self._fuzzy_lookup = lru_cache(maxsize=4096)(self._fuzzy_uncached)

    def __getstate__(self) -> dict[str, object]:
        return attributes(self, ("_fuzzy_lookup",))

    def __setstate__(self, state: dict[str, object]) -> None:
        restore(self, state)
        self._fuzzy_lookup = lru_cache(maxsize=4096)(self._fuzzy_uncached)

    def _add(self, words: list[str], kind: str, entity_id: str) -> None:
        key = tuple(words)
        if key and key not in self._phrases:
            self._phrases[key] = (kind, entity_id)

    def find(self, words: list[str], raw: str = "") -> list[Found]:
        """Mentions in order of appearance; later phrases never overlap earlier ones."""
        found: list[Found] = []
        index = 0
        alone, seconds, protected, count = self._alone, self._seconds, self._protected, len(words)
        while index < count:
            word = words[index]
            # an alias may match here: a one-word one, as it is or as a plural ('cashews'),
            # or a longer one that goes on with the next word (see _exact); most words
            # that start an alias ('i', 'my', 'a') are followed by none of its words
            starts = word in alone or (len(word) > 3 and word.endswith("s")
                                       and word[:-1] in alone) or (
                index + 1 < count and words[index + 1] in seconds.get(word, ()))
            bent = not (word in protected or word.isdigit())  # a word we may read as a typo
            if not (starts or bent):
                index += 1  # starts no alias and is never bent: most words, without a call
                continue
            hit = (self._exact(words, index) if starts else None) or (
                self._fuzzy(words, index) if bent else None)
            if hit:
                found.append(hit)
                index = hit.end
            else:
                index += 1
        return found + self._find_symbols(raw)

    def _exact(self, words: list[str], start: int) -> Found | None:
        """The longest alias starting here, also as a plural ('all nighters'). Only the
        sizes of the phrases that start with the word are tried (its plural changes only
        the last word), and then a one-word alias as a plural ('cashews' for 'cashew')."""
        first = words[start]
        room = min(_MAX_PHRASE, len(words) - start)
        phrases = self._phrases
        sizes = self._sizes.get(first, ())
        if room < 2 or words[start + 1] not in self._seconds.get(first, ()):
            sizes = ()  # no longer phrase goes on with the next word: only one word is tried
        for size in (*sizes, 1):
            if size > room:
                continue
            phrase = tuple(words[start:start + size])
            key = phrase
            if key not in phrases:
                last = phrase[-1]
                if not (len(last) > 3 and last.endswith("s")):
                    continue
                key = (*phrase[:-1], last[:-1])
                if key not in phrases:
                    continue
            kind, entity_id = phrases[key]
            return Found(kind, entity_id, " ".join(phrase), 1.0, start, start + size,
                         key in self._deficiencies)
        return None

    def _fuzzy(self, words: list[str], start: int) -> Found | None:
        first = words[start]
        if first in self._protected or first.isdigit():
            return None  # a known word or a number is never bent, alone or with the next
        for size in (2, 1):
            piece = words[start:start + size]
            if len(piece) < size:
                continue
            text = " ".join(piece)
            match = self._fuzzy_lookup(text)
            if match:
                phrase, score = match
                key = tuple(phrase.split())
                kind, entity_id = self._phrases[key]
                return Found(kind, entity_id, text, score, start, start + size,
                             key in self._deficiencies)
        return None

    def _fuzzy_uncached(self, text: str) -> tuple[str, float] | None:
        match = closest_spelling(text, self._fuzzy_by_initial)
        if match is None:
            return None
        phrase, distance = match
        return phrase, 1.0 - distance / max(len(text), len(phrase))

    def _find_symbols(self, raw: str) -> list[Found]:
        """'Mg', 'mg', 'K', 'Ca' as words of their own, never a unit ('300mg', 'mg a day')."""
        found = []
        for match in self._symbol_words.finditer(raw[:MAX_CHARS]):
            symbol = match.group(1)
            target = self._symbols[symbol]
            before = raw[max(0, match.start() - 12):match.start()]
            if re.search(_SYMBOL_BEFORE, before):
                continue
            if symbol.islower() and (re.search(_UNIT_BEFORE, before)
                                     or re.search(_UNIT_AFTER, raw[match.end():match.end() + 12])):
                continue
            found.append(Found(target[0], target[1], symbol, 1.0, -1, -1))
        return found


def entity_aliases(kb: KnowledgeBase) -> Iterable[tuple[str, str, str]]:
    """Every (kind, id, alias) the knowledge base defines, names included."""
    for nutrient in kb.nutrients.values():
        for alias in (nutrient.name, *nutrient.aliases):
            yield "nutrient", nutrient.id, alias
        if nutrient.deficiency:
            for alias in (nutrient.deficiency.name, *nutrient.deficiency.aliases):
                if alias:
                    yield "nutrient", nutrient.id, alias
    for food in kb.foods.values():
        for alias in (food.name, food.plural, *food.aliases):
            yield "food", food.id, alias
    for kind, entities in (("food", kb.groups), ("trigger", kb.triggers),
                           ("factor", kb.lifestyle), ("diet", kb.diets)):
        for entity in entities.values():
            for alias in entity.aliases:
                yield kind, entity.id, alias
