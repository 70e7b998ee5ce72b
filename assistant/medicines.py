"""Medicines in a question, and whether the asker takes one.

Real askers name medicines by brand ("Lexapro"), generic name ("sertraline"),
class ("an SSRI", "water pills") or just as "my tablets", "the new dose". Any of
them beside a twitch may mean the medicine is causing it, which calls for a
doctor. So a name counts unless it is someone else's ("my dad's on a statin") or
was not taken ("the GP offered me sertraline"); a generic word ("tablets",
"dose") counts only when the asker makes it theirs ("my tablets", "upped my
dose") and it is no supplement ("magnesium tablets"). The names and cue words
are data (intents/medicines.yaml); this module is the grammar.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from .intents import Lexicon, Medicines
from .native import mypyc_attr
from .records import NamedTuple
from .text import Normalizer, a_year_long_past, ends_at, one_of, starts_at

OWNER_REACH = 8  # words before a medicine searched for whose it is
CUE_REACH = 5  # words before a medicine searched for "not taken" cues
SUSPECT_REACH = 3  # words after a medicine searched for "could it be why" cues
PAST_REACH = 10  # words after a medicine searched for "years ago" and "came off it"
COUNT_REACH = 4  # words of how many between a pill word and who takes it ("on a lot of")
STAND_IN_REACH = 12  # words after a generic word where "ones" stands for it, not new trainers
NUTRIENT_REACH = 8  # words either side of a generic word where a nutrient makes it a supplement


class MedicineMention(NamedTuple):
    """Where a medicine is named, so whose it is and whether it is taken can be read
    from the words around it."""

    start: int
    end: int
    kind: str  # the class of a named medicine, or "" for a generic word ("tablets")


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class MedicineReader:
    """Finds medicines and whose they are. Built once from the data; safe to share."""

    def __init__(self, medicines: Medicines, lexicon: Lexicon, normalizer: Normalizer) -> None:
        self.sign = medicines.sign
        self._prescribing = medicines.prescribing
        self._not_prescribed = _phrases(medicines.not_prescribed, normalizer)
        self._suspected_only = medicines.suspected_only
        self._changes = frozenset(normalizer.phrase(word) for word in medicines.changes)
        self._suspected_by = _phrases(medicines.suspected_by, normalizer)
        self._suspecting_it = _phrases(medicines.suspecting_it, normalizer)
        self._suspect_fillers = frozenset(medicines.suspect_fillers)
        self._suspected_of_it = _phrases(medicines.suspected_of_it, normalizer)
        self._asks_if_it_matters = _phrases(medicines.asks_if_it_matters, normalizer)
        self._names = {tuple(normalizer.words(name)): kind
                       for name, kind in medicines.names.items()}
        # The longest name that starts with each word: a word that starts none is
        # looked up once, not at every size (see mentions).
        self._longest: dict[str, int] = {}
        for name in filter(None, self._names):
            self._longest[name[0]] = max(len(name), self._longest.get(name[0], 0))
        # A word of every name, its longest: a name of several words may start or end
        # with a common one ("the pill", "put me on"), but a question without any of
        # these names none.
        self._key_words = frozenset(max(name, key=len) for name in filter(None, self._names))
        self._treating_only = frozenset(normalizer.phrase(word)
                                        for word in medicines.generic_treating_only)
        self._generic = frozenset(normalizer.phrase(word)
                                  for word in medicines.generic) | self._treating_only
        self._stand_ins = frozenset(normalizer.phrase(word)
                                    for word in medicines.generic_stand_ins)
        self._owned_by = frozenset(normalizer.phrase(word) for word in medicines.owned_by)
        self._counted_by = frozenset(normalizer.phrase(word) for word in medicines.counted_by)
        self._owned_after = _phrases(medicines.owned_after, normalizer)
        self._given_by = _phrases(medicines.given_by, normalizer)
        self._devices = _phrases(medicines.devices, normalizer)
        self._side_effects = _phrases(medicines.side_effects, normalizer)
        self._sold_by = _phrases(medicines.sold_by, normalizer)
        self._treating = _phrases(medicines.treating, normalizer)
        self._past_use = _phrases(medicines.past_use, normalizer)
        self._long_ago = _phrases(medicines.long_ago, normalizer)
        self._taken_for_years = _phrases(medicines.taken_for_years, normalizer)
        self._unchanged = _phrases(medicines.unchanged, normalizer)
        self._unchanged_unless = _phrases(medicines.unchanged_unless, normalizer)
        self._not_taken = _phrases(medicines.not_taken, normalizer)
        self._stopping = _phrases(medicines.stopping, normalizer)
        self._still_using = _phrases(medicines.still_using, normalizer)
        self._weighed_against = frozenset(medicines.weighed_against)
        self._first_person = lexicon.words("first_person")
        self._relations = lexicon.words("relations")
        self._other_kinds = lexicon.words("not_medicine_kinds")

    def mentions(self, words: Sequence[str]) -> list[MedicineMention]:
        """Every medicine named, longest name first; generic words with kind ''."""
        if self._key_words.isdisjoint(words) and self._generic.isdisjoint(words):
            return []  # most questions name none: one set test each says so
        found: list[MedicineMention] = []
        longest, generic = self._longest, self._generic
        end = 0  # one past the last name found: names do not overlap
        for index, word in enumerate(words):
            if word in self._stand_ins and any(not mention.kind and
                                                index - mention.end < STAND_IN_REACH
                                                for mention in found):
                found.append(MedicineMention(index, index + 1, ""))  # "tablets ... new ones"
                continue
            if index < end or (word not in longest and word not in generic):
                continue  # inside a name found, or starts none: most words, in two lookups
            for size in range(min(longest.get(word, 0), len(words) - index), 0, -1):
                kind = self._names.get(tuple(words[index:index + size]))
                if kind is not None:
                    found.append(MedicineMention(index, index + size, kind))
                    end = index + size
                    break
            else:
                if word in generic and not (index and words[index - 1] in self._other_kinds):
                    found.append(MedicineMention(index, index + 1, ""))  # not "a veg patch"
        return found

    def asked_if_it_matters(self, words: Sequence[str]) -> bool:
        """'does that matter?', 'could that be it?': whether it is asked if what was said
        bears on the twitch."""
        return _contains(words, self._asks_if_it_matters)

    def taken(self, words: Sequence[str], mentions: Sequence[MedicineMention], *,
              twitching: bool, own_twitch: bool, nutrients: Collection[int],
              denied: Callable[[int], bool], discussed: bool = False,
              discussed_changed: bool = False,
              alone: bool = False, this_year: int = 0, others_told: bool = False) -> bool:
        """Whether a medicine named may be behind the twitch, in a question about twitching:
        one the asker takes (by name, or as 'my tablets'), one with no owner ("Does
        Wellbutrin cause twitching?", "could it be the sertraline"),
        or someone else's when it is their twitch that is asked about ("my wife's been
        twitching since they changed her pills"). While a medicine is ``discussed``,
        "should I stop taking them?" is about it too, and so is a twitch told beside
        still taking it ("reason I ask, I've been using mine loads and my legs twitch"), and
        the asker's own twitch told after one was told new or changed
        (``discussed_changed``: "Started a new blood pressure tablet last Monday", then
        "Now my calf keeps jumping").

        ``mentions`` are :meth:`mentions` of the words; ``nutrients`` are the word
        positions that name a nutrient; ``denied`` says
        whether a negation rules out the word at a position ("not on any meds"). With
        nothing else of a body or a complaint said (``alone``), a medicine suspected of an
        unnamed 'it' ("Could It Be The New Tablets?"), or asked whether it matters ("I'm
        on sertraline btw. Does that change anything?"), is suspected of the twitch: 'it'
        is what a twitching assistant is about. ``this_year`` (0 when the words say no
        year) dates a stop: "stopped back in 2020" is long past. A medicine taken for years
        unchanged is no sign, unless other signs are told beside the twitch
        (``others_told``): new symptoms may be its own."""
        if (discussed or (alone and mentions)) and _contains(words, self._stopping):
            # "should I stop taking them?", and with nothing else said, "Should I just stop
            # my blood pressure tablets then?"
            return True
        if discussed and (twitching or own_twitch) and _contains(words, self._still_using):
            return True  # "been using mine loads and my legs twitch"
        if discussed and discussed_changed and own_twitch:
            return True  # "Started a new blood pressure tablet last Monday", then "Now my
            # calf keeps jumping"
        asks_if_it_matters = alone and self.asked_if_it_matters(words)
        for mention in mentions:
            start = mention.start
            # ... and beside a twitch, with no nutrient the pills may be: "my legs are
            # twitching, is that the jab" (not "... magnesium tablet ... is that dose ok")
            suspected = asks_if_it_matters or (
                (alone or ((twitching or own_twitch) and not nutrients))
                and self._suspected_here(words, mention)) \
                or self._weighed_against_a_nutrient(words, mention, nutrients)
            if mention.kind == "" and not (suspected or self._owned(words, mention, nutrients)):
                continue
            if self.a_device(words, mention.start, mention.end):
                continue  # "got a new tablet for my birthday (the iPad kind lol)"
            if mention.kind == self._suspected_only and not _contains(
                    words[mention.end:mention.end + SUSPECT_REACH], self._suspected_by):
                continue  # "a headache the paracetamol only half shifts": told, not suspected
            if mention.kind == self._prescribing and ({mention.end, mention.end + 1} & set(
                    nutrients) or any(starts_at(words, mention.end, p)
                                      for p in self._not_prescribed)):
                continue  # "the doctor has me on vitamin D tablets", "has me on plain water"
            if denied(start) or _contains(words[max(0, start - CUE_REACH):start], self._not_taken) \
                    or self._long_past(words, mention, this_year) or (
                        not (suspected or others_told)
                        and self.long_unchanged(words, start, mention.end)):
                continue
            owner = self._owner(words, start)
            own = owner == "own" and (twitching or own_twitch or suspected)
            if own or (owner == "" and (twitching or suspected)) or (
                    owner == "other" and twitching and not own_twitch):
                return True  # own: "Lexapro", or "my tablets ... and my eyelid twitches"
        return False

    def side_effect_of_the_unknown(self, words: Sequence[str],
                                   unknown: Collection[str]) -> bool:
        """'Eliquis And Twitching Forearm, Side Effect?': a side effect asked of, beside a
        name we do not know (``unknown``), which is a medicine's name as often as not."""
        return bool(unknown) and _contains(words, self._side_effects)

    def a_device(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the name from ``start`` to ``end`` is a word that is as often a device
        ("a new tablet") where a device is spoken of, and not named by what it treats ("a
        new tablet for my blood pressure")."""
        return not self._treating_only.isdisjoint(words[start:end]) \
            and _contains(words, self._devices) and not self._named_by_use(words, start, end)

    def _named_by_use(self, words: Sequence[str], start: int, end: int) -> bool:
        """'my reflux pills', 'pills for blood pressure': named by what it treats."""
        return any(ends_at(words, start, p) for p in self._treating) or (
            end < len(words) and words[end] == "for"
            and any(starts_at(words, end + 1, p) for p in self._treating))

    def _weighed_against_a_nutrient(self, words: Sequence[str], mention: MedicineMention,
                                    nutrients: Collection[int]) -> bool:
        """'Zinc-magnesium combo, or check my new antidepressant?': the medicine offered,
        just after 'or', as the other cause beside a nutrient named before it, and pointed
        at as one taken ('my', 'the new'); not 'magnesium or sertraline for anxiety'."""
        before = words[max(0, mention.start - SUSPECT_REACH - 1):mention.start]
        return not (self._weighed_against.isdisjoint(before)
                    or self._suspect_fillers.isdisjoint(before)) and any(
            0 <= at < mention.start for at in nutrients)

    def _suspected_here(self, words: Sequence[str], mention: MedicineMention) -> bool:
        """Whether the words ask if the medicine is behind an unnamed 'it' just before or
        after its name ("could it be the new tablets", "are my meds doing this")."""
        end = mention.start
        while end and mention.start - end < SUSPECT_REACH \
                and words[end - 1] in self._suspect_fillers:
            end -= 1  # back over "the new", "my"
        return any(ends_at(words, stop, phrase) for phrase in self._suspecting_it
                   for stop in range(end, mention.start + 1)) \
            or _contains(words[mention.end:mention.end + SUSPECT_REACH + 1],
                         self._suspected_of_it)

    def _long_past(self, words: Sequence[str], mention: MedicineMention,
                   this_year: int = 0) -> bool:
        """'came off citalopram about 4 years ago', 'took Prozac for a year when I was
        21 and came off it', 'stopped back in 2020': stopped or taken long ago, said near
        the name (a year two or more before ``this_year``)."""
        near = words[max(0, mention.start - CUE_REACH):mention.end + PAST_REACH]
        return _contains(near, self._past_use) and (_contains(near, self._long_ago) or any(
            a_year_long_past(word, this_year) for word in near))

    def long_unchanged(self, words: Sequence[str], start: int, end: int) -> bool:
        """'on the same antidepressant for years', 'amlodipine for six years, same dose':
        taken for years and said, near its name, to be unchanged, a medicine is not what
        set off a new twitch; unless a change is told there too ('same pills for years
        but they upped the dose', 'no bother for years, but at my review they doubled
        it'), or it is asked whether it is the cause after all."""
        near = words[max(0, start - CUE_REACH):end + PAST_REACH]
        if not (_contains(near, self._taken_for_years) and _contains(near, self._unchanged)) \
                or _contains(words, self._unchanged_unless):
            return False
        # "nothing new" and "never changed" hold words of change that tell none
        unchanged_at = {at for begin in range(len(near)) for phrase in self._unchanged
                        if starts_at(near, begin, phrase)
                        for at in range(begin, begin + len(phrase))}
        return all(word not in self._changes
                   for at, word in enumerate(near) if at not in unchanged_at)

    def changed(self, words: Sequence[str]) -> bool:
        """Whether the words tell of a change to a medicine ("increased", "started")."""
        return not self._changes.isdisjoint(words)

    def _owned(self, words: Sequence[str], mention: MedicineMention,
               nutrients: Collection[int]) -> bool:
        """'my tablets', 'upped my dose', 'tablets from the doctor'; beside a nutrient
        ("magnesium tablets", "my dose of vitamin d is 4000"), tablets and doses are
        supplements, but not a story's new pills with a nutrient asked about sentences
        later ("...new pills from the psychiatrist last month... Which foods have the most
        magnesium?"). Pills named by what they treat ("allergy tablets") are a medicine;
        a word that is as often something else ("tablet", "course") is one only so, or
        with who gave it ("the course the dentist gave me")."""
        start = mention.start
        if self._named_by_use(words, mention.start, mention.end):
            return True  # "my reflux pills", "pills for blood pressure"
        if words[start] in self._treating_only and any(
                starts_at(words, mention.end, p) for p in self._given_by):
            return True  # "the calcium and vitamin D tablet the doctor gave me"
        if any(mention.start - NUTRIENT_REACH <= at < mention.end + NUTRIENT_REACH
               for at in nutrients):
            return False  # "a vitamin D tablet from the chemist": bought, a supplement
        if words[start] in self._treating_only:
            return any(starts_at(words, mention.end, p) for p in self._sold_by)
        counted = start  # back over how many: "on nine different pills"
        while counted > 0 and start - counted < COUNT_REACH and (
                words[counted - 1] in self._counted_by or words[counted - 1].isdigit()):
            counted -= 1
        before = set(words[max(0, counted - 2):mention.start])
        # with a nutrient elsewhere, only pills that are new or changed, or prescribed,
        # are a medicine ("money on pills I don't need" may be the supplement asked about)
        owned_by = self._changes if nutrients else self._owned_by
        return bool(before & owned_by) or any(
            starts_at(words, mention.end, p) for p in self._owned_after)

    def _owner(self, words: Sequence[str], start: int) -> str:
        """'own', 'other' or '' by the nearest person named before the medicine."""
        for word in reversed(words[max(0, start - OWNER_REACH):start]):
            if word in self._first_person:
                return "own"
            if one_of(word, self._relations):
                return "other"
        return ""


def _phrases(texts: Sequence[str], normalizer: Normalizer) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalizer.words(text)) for text in texts)


def _contains(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether any of the phrases occurs in the words."""
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words)))
