"""Red flags and audiences, read off the whole question before anything else.

Safety cannot depend on how well a question matches an example: "my arm
twitches and feels weak, should I take magnesium?" must lead with "see a
doctor" however the rest scores. So these checks look for phrases anywhere in
the question. Symptoms only count when the person speaks of themselves
("my arm feels weak"); "does low potassium cause weakness?" is a question
about a nutrient, not a red flag.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from itertools import accumulate, chain, pairwise

from .compiled import compress, decompress
from .intents import (
    ANIMALS,
    ASKED_ALONE_WITH,
    BODY_WEIGHT,
    DRIBBLING,
    PREGNANCY,
    RESTLESS,
    TWITCH_VERB,
    UNEVEN,
    WITHOUT_TRYING,
    Lexicon,
    Safety,
    SignRule,
)
from .medicines import MedicineMention, MedicineReader
from .memo import remembered
from .native import attributes, cast, mypyc_attr, restore
from .person import AgeMention
from .records import NamedTuple
from .text import Normalizer, a_year, a_year_long_past, ends_at, one_of, starts_at

# The C module of the datetime module: importing datetime itself first runs its
# pure-Python twin, about 2.5 ms of a piped start. (Typeshed has no stub for _datetime:
# typings/_datetime.pyi checks it against datetime's.)
try:
    from _datetime import date, timedelta
except ImportError:  # another Python: the datetime module's own
    from datetime import date, timedelta

NEGATION_REACH = 3  # words before a sign that can deny it
_EVENT_BEFORE_ITS_DAY = 6  # "since | my wisdom tooth came out | on the 13th": the event
_AUX_REACH = 3  # "my son has started getting cramps": a twitch word this soon is his
_OWNED_TWITCH_BEFORE = 2  # "the twitch | in | my calf": a twitch just before the asker's words
_DENIED_PAUSE_REACH = 6  # "have not had a day without twitching | in a month"
_LISTING_REACH = 8  # ... where the signs it lists are counted ("no weakness or numbness")
# ... and its farthest, over a list of signs: two words more for each of those before
_FARTHEST_NEGATION = NEGATION_REACH + 2 * _LISTING_REACH
SPREAD_CUE_REACH = 5  # words before a second body part where "now", "also"... say it spread
SPREAD_CUE_AFTER = 6  # ... and words after it, in its clause ("mouth on that side twitches too")
_STAGE_NAMES_TWITCH = 2  # words after a time of life where a twitch word makes it a symptom
_MONTH_DAYS = 30  # a month's days: a span counted in months or years is long, however said
_YEAR_BACK_REACH = 4  # words after a day where "last year" dates it ("bonfire night last year")
_SPAN_UNIT_REACH = 5  # words after "for" where the unit of its span is ("for a good six weeks")
_AGED_TWITCH_REACH = 2  # words after a unit where the twitch it ages is ("week eyelid twitch")
_FRONTED_SPAN_REACH = 10  # words after a span opening its part where the twitch it times is
_GAP = 3  # words a "*" in a phrase may stand for
_SIDE_REACH = 2  # words a side may come before its body part ("left upper arm")
_OUTLASTED_BEFORE = 5  # words a twitch may come before "still" ("the twitching in my calf still")
_COMPLAINT_REACH = 3  # words after a body part a complaint of it may come ("my knee really hurts")
_WEIGHT_REACH = 4  # words from a sign's start where the weight it says was lost may be
_EXPLAINED_REACH = 9  # words after a sign where what explains it away may be ("on purpose")
_REASON_REACH = 10  # words after "because" where the reason of the world may be
_PAST_BEFORE = 6  # words before a sign of the body where a year long past may be
_RECOVERED_REACH = 12  # words after a sign where it may be said to be over ("... recovering")
_BACKGROUND_BEFORE = 10  # ... and before it, whose it is or when in life ("when I was 19")
_PAST_AFTER = 8  # ... and after it, where it may be said long past ("fainted ... as a kid")
_SET_ASIDE_REACH = 14  # ... and where what sets it aside may be ("not the issue here")
_CHECKED_REACH = 35  # words after a sign where who checked it and what they found are told
_SETTLED_REACH = 25  # words after a fear where what settled it may start ("... MRI was clear")
_SETTLED_BEFORE = 5  # words before a fear where what settled it may start ("not worried about")
_OVER_REACH = 4  # words after a fear's start where a change settles it ('MND any more')
_SCARE_REACH = 3  # words after a fear where "scare" says it as an episode ("MS scare")
_SCARE_BEFORE = 12  # ... and before it ("a health scare where I was sure I had ALS")
_UNSETTLED_REACH = 8  # words after that where it may come back ("but I'm still scared")
_DREADED_REACH = 4  # words after a worry where an event it is about may be ("of my exam")
_ASKED_OF_WORDS = 3  # words of a clause that asks of a sign, and of one that answers "no"
_OPENED_CLAUSE_REACH = 16  # words after a span opening its clause that it times
_PAUSE_REACH = 5  # words before a short span where a pause it times may be told
# How far an animal's age may stand from its name: "a 12 year old gelding" (before),
# "our cat Bramble is nineteen" (after)
_ANIMAL_AGE_BEFORE = 4
_ANIMAL_AGE_AFTER = 4
_GROWN_CHILDREN_AGE = 55  # an asker's own age from which their sons and daughters are grown
_SET_ASIDE_GAP = 2  # words between "rather than" and who it sets aside ("for the")
_MODIFIERS = 3  # words that say which part, between 'my' and it ('my left lower eyelid')
_FOOD_SIGN_REACH = 4  # words between a thing and a sign's word said of it ("coffee is very weak")
_DENIED_LATER_CLAUSES = 2  # clauses after a sign's own where "none of that" may deny it
_DENIAL_TAIL = 2  # words after "none of that" to the end of its clause ("here, honestly")
_SUDDEN_URGES = frozenset({"weakness", "numbness"})  # signs made urgent by a sudden onset
_SUDDEN_REACH = 6  # words either side of a sign where "suddenly" tells how it came on
_AGAIN_REACH = 4  # words either side of a sign said again where its own body part would be
_BEYOND_POSTURE_REACH = 3  # words either side of a sign that may say it is of the face or voice
_LIKENED_REACH = 5  # words before a cause where "like" makes it a likening ("like after the",
# "like he'd had a few pints")
_SUPPOSED_REACH = 6  # words before a cause where "he thinks" makes it only supposed
_AHEAD_REACH = 2  # words before a day of the year where a word looking ahead may be
_PLAN_REACH = 8  # ... and where a plan for that day may be said ("should give it a rest in")
_POSTURE_REACH = 40  # words either side of a sign where the posture it comes from may be
_WHAT_TO_DO_MORE = 2  # words beside "what do I do" that still only ask what to do ("about it")
_SPENT_AFTER = 6  # words past a spent sign's clause where "still" may say it lasts
_ALWAYS_REACH = 5  # words either side of a face's shape where "always been" may be told
_WENT_REACH = 3  # words from a sign's start where "went" tells it happened ("foot went dead")
_POSED_BESIDE = 6  # words either side of such a sign where the posture it went dead in is told
_PASSED_REACH = 50  # words after a sign where it may be said to have passed ("gone by lunch")
_HOPED_REACH = 4  # words before its passing where it may be only hoped for ("figured it would
#                   have worn off")
_CRAMP_REACH = 4  # words either side of a body part where what it suffers is told
_THING_AFTER_REACH = 2  # words after a sign's phrase its thing may end ("weak office coffee")
_OWNER_REACH = 2  # words an owner may come before their body part ("her left knee")
_ONLY_WHEN_WORDS = 12  # a turn that says only when, and asks if that is normal, is this short
_CAME_AFTER_REACH = 2  # words before a knock its "after" may come ("after I hit my head")
_OPENING_SUBJECT = 2  # words before one named who opens a follow-up ("and my dog does it too")
_HEADLINE_WORDS = 4  # the most words a headline of one's own has ("new MS diagnosis at 30")
_ILLNESS_OWNER_REACH = 4  # ... and before their illness ("my dad was diagnosed with MS")
_LOCATING_REACH = 5  # words a locating word may come before the part it locates by
_LOCATED_AFTER = 8  # words after a part named that a part may only locate the twitch on it
TWITCH_VERB_REACH = 2  # words from a body part a word for how it twitches is said of it
JOINED_REACH = 4  # words from a twitch word a condition joined to it may start
# Words that may join a twitch word to a sign told just after it ("twitches that jump")
_TWITCH_SIGN_REACH = 2
_NAMES_AFTER = 2  # words after a condition a twitch it names may come ("menopause twitching")
_INFLECTED_LENGTH = 5  # shorter words are read as they are ("does", "was", "has")
_COMPRESSED_FROM = 1000  # characters of a first word's packed phrases (see _stored)
_DECIMAL = re.compile(r"\d+\.\d+")
# How far back from a day of the year a word that starts a span may be, past the words
# just before it that narrow it ("the first week of November"): any words for the
# first few ("since we got back off holiday in october"), then only words that narrow it.
_SPAN_ANY = 7
_PREGNANCY_REACH = 6  # words from a pregnancy to its span
SINCE_REACH = 2  # words before a child or an animal "since" may be ("since the baby came")
RELATION_REACH = 6  # words from 'my boyfriend' to the twitch that is his
_NAME_REACH = 4  # words from where a sign's phrase starts that may name its symptom
_IDIOM_REACH = 3  # a sign's phrase that meets an idiom this soon is in it ('keep falling asleep')
_SPAN_REACH = 8
_SPAN_FOR_REACH = 5  # words from a span's unit back to its 'for' ("for the last five days")
_STOPPED_BEFORE = 5  # words before a year a stop that it dates may be ("quit it back in")
_DATED_TWITCH_REACH = 10  # words either side of "back in 2019" a twitch it dates may be
_UNIT_WITHIN = 4  # words from a duration phrase's start to its unit ("couple of weeks")
_SHARED_SPAN_REACH = 40  # words after another state's span where a twitch may share it
_SHARED_TWITCH_REACH = 5  # ... told within these words of "the whole time" or "still"
_TOLD_REACH = 6  # words after a span that tell what it was ("have been stressful")
# A question that opens with a body part among its first words ("left eye twitching")
HEADLINE_PART_WITHIN = 2
# How far after a part opening a headline its sign may start: "Right Hand Tingly And Weak"
_SIGN_FROM_PART = 2
# How far before a span that ends in 'ago' a twitch is looked for, to make it the twitch's
# ("my eye started twitching about three months ago")
_BEGAN_REACH = 6
# How far before "pregnant" the one who is may be named: "my wife is 30 weeks pregnant".
PREGNANT_REACH = 4
# How far after a frame ("could it be ...") an illness may be named: "a brain aneurysm".
_ILLNESS_AFTER = 6
_CAUSE_AFTER = 3  # words after an illness its verb of causing may come ('coeliac disease cause')

Pattern = tuple[str, ...]
NUMBER = "#"  # in a phrase, any number: the normaliser has turned number words to digits
_PLACEHOLDERS = ("*", NUMBER)
_TOGETHER_REACH = 45  # words after a sign's phrase the one it needs with it may come
_PART_AFTER_SIGN = 3  # words after a sign's word its body part may come ("tingling in my hands")


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class PhraseSet:
    """Phrases matched as whole words, with '*' for a short gap ('can not * grip') and
    '#' for a number ('# weeks along', which "for a few weeks along with the twitch" is not)."""

    def __init__(self, phrases: Sequence[str], normalizer: Normalizer) -> None:
        self._by_first: dict[str, list[Pattern]] = {}
        for phrase in phrases:
            words = tuple(word for piece in phrase.replace("*", " * ").split()
                          for word in ([piece] if piece in _PLACEHOLDERS
                                       else normalizer.words(piece)))
            if words:
                self._by_first.setdefault(words[0], []).append(words)
        self._numbered = self._by_first.get(NUMBER, [])
        # The words a match can start at (a first word, or its plural): most questions
        # have none, which one set test says.
        self._heads = frozenset(first + tail for first in self._by_first for tail in ("", "s"))
        # What may follow a first word all of whose phrases go on with a word ("i" in "i can
        # do", "i should try"): a word of them or its plural. Most times a first word is
        # said, the next word is none of them, and no phrase is tried (see starts).
        self._seconds = {first: frozenset(p[1] + tail for p in patterns for tail in ("", "s"))
                         for first, patterns in self._by_first.items()
                         if all(len(p) > 1 and p[1] not in _PLACEHOLDERS for p in patterns)}

    def end(self, words: Sequence[str], start: int) -> int:
        """Where the longest phrase that matches at ``start`` ends (one past its last
        word; a gap counts as no words), or ``start`` when none does."""
        patterns = self._by_first.get(words[start]) or self._by_first.get(words[start][:-1], [])
        return max((start + len(p) - p.count("*") for p in patterns
                    if _matches(p, words, start)), default=start)

    def search(self, words: Sequence[str]) -> bool:
        """For rules that only need to know a phrase is there, not where."""
        return bool(self.starts(words))

    def may_start(self, words: Sequence[str]) -> bool:
        """Whether a match can begin in the words: a phrase's first word or its plural is
        among them, or a number where a phrase starts with one. Most questions have none,
        which one set test says, so a caller can skip building what it would search."""
        return not self._heads.isdisjoint(words) or (
            bool(self._numbered) and any(map(str.isdigit, words)))

    def starts(self, words: Sequence[str]) -> list[int]:
        """Where in the words a match begins (a plural also finds the singular's phrases)."""
        if not self.may_start(words):
            return []
        heads, numbered = self._heads, bool(self._numbered)
        found = []
        by_first = self._by_first
        # only where a match can begin: a first word or its plural, or a number
        for index in [index for index, word in enumerate(words)
                      if word in heads or (numbered and word.isdigit())]:
            word = first = words[index]
            patterns = by_first.get(word)
            if patterns is None and word.endswith("s"):
                first = word[:-1]
                patterns = by_first.get(first)
            seconds = self._seconds.get(first)
            if seconds is not None and (index + 1 == len(words)
                                        or words[index + 1] not in seconds):
                patterns = None  # no phrase of this first word goes on with the next word
            if self._numbered and word.isdigit():
                patterns = [*(patterns or ()), *self._numbered]
            if patterns and any(_matches(pattern, words, index) for pattern in patterns):
                found.append(index)
        return found


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class PhraseScanner:
    """Many phrase lists found in one pass over a question's words.

    Each :class:`PhraseSet` scanned on its own walks every word of the question, and a
    question meets some twenty of them (every sign, the conditions, the audiences, the
    duration and sudden phrases, the health cues). Here all their phrases sit in one
    table keyed by first word, so the question's words are walked once and each word
    costs one dict lookup; the rest of a first word's phrases, of every list, form one
    trie (see :func:`_trie`), so a word after it costs a lookup too, however many
    phrases go on from there. What each list finds is exactly what its own
    :meth:`PhraseSet.starts` would (on the words' base forms, when the scanner reads
    inflections): the plural fallback ('calves' trying the phrases of
    'calve') is taken per list, only for a list with no phrase starting with the word
    itself, and that choice is made once here, when the table is built.
    """

    def __init__(self, lists: Sequence[PhraseSet], inflections: bool = False,
                 nouns: frozenset[str] = frozenset()) -> None:
        """With ``inflections``, a question word no phrase uses is read as the phrase word
        it inflects (see :meth:`scan`): for signs, said in every tense and number. The
        ``nouns`` inflect by number only: 'kidding' is no form of 'kid', nor 'pigging'
        (out) of 'pig'."""
        # Per first word: (list, what its phrases still need after their first word: ()
        # for a one-word phrase). The table is only reached from a word that is the
        # phrase's first word or its plural, which _matches accepts, so the first word
        # need not be compared again.
        by_first: dict[str, list[_Plain]] = {}
        for slot, phrases in enumerate(lists):
            for first, patterns in phrases._by_first.items():
                rests = tuple(pattern[1:] for pattern in patterns)
                by_first.setdefault(first, []).append((slot, rests))
        table = dict(by_first)
        for first, entries in by_first.items():
            # A word 'first + s' falls back to these lists' phrases for 'first', in every
            # list that has no phrase starting with 'first + s' itself.
            plural = first + "s"
            own = by_first.get(plural, [])
            have = {entry[0] for entry in own}
            extra = [entry for entry in entries if entry[0] not in have]
            if extra:
                table[plural] = [*own, *extra]
        # Kept packed, one string per first word (see _packed), and unpacked into its trie
        # the first time a question says the word: unpickling costs per object made, and
        # as tuples and lists the safety check's table was 11,000 objects that every start
        # made for the few words its question says (about 1.5 ms of a piped start).
        self._table = {first: _stored(_packed(entries)) for first, entries in table.items()}
        self._numbered = self._table.get(NUMBER, "")
        self._size = len(lists)
        self._inflections = inflections
        # A first word's trie (see _trie), made the first time a question says the word:
        # the safety check is pickled in the compiled cache, and tries for every word would
        # be bytes that every start unpickles.
        self._tries: dict[str, _Node] = {}
        # The words of every phrase (see _base_form), made here and kept in the cache: made
        # on first use, they cost every start's first question some 4 ms, and unpickled
        # they are names of strings the cache holds anyway. What each question word not
        # among them stands for is made on first use, as the keyed tables are.
        self._phrase_words = frozenset(
            {first for first in table} | {
                part for entries in table.values() for _, rests in entries
                for rest in rests for part in rest}) if inflections else frozenset()
        self._nouns = nouns
        self._base_forms: dict[str, str] = {}

    def __getstate__(self) -> dict[str, object]:
        return attributes(self, ("_tries", "_base_forms"))

    def __setstate__(self, state: dict[str, object]) -> None:
        restore(self, state)
        self._tries = {}
        self._base_forms = {}

    def scan(self, words: Sequence[str]) -> list[list[int]]:
        """Per list, in the order given, where in the words a match begins. With
        inflections, a word no phrase uses is read as the form of it a phrase does, when
        it is an inflection of one: "my knee buckled" finds the phrase "buckle"."""
        if self._inflections:
            words = self._read_forms(words)
        found: list[list[int]] = [[] for _ in range(self._size)]
        if not self.may_start(words):
            return found  # most questions start no phrase of a small list: one C-level test
        return self._starts(words, found)

    def said(self, words: Sequence[str]) -> list[int]:
        """The lists, in the order given, that match anywhere in the words: for rules that
        need no more than that (the frames), most questions cost one set test and no list
        per list."""
        if self._inflections:
            words = self._read_forms(words)
        if not self.may_start(words):
            return []
        return [slot for slot, starts in enumerate(self._starts(words, [
            [] for _ in range(self._size)])) if starts]

    def end(self, words: Sequence[str], start: int, slot: int) -> int:
        """Where the longest phrase of the list ``slot`` that matches at ``start`` ends, as
        :meth:`PhraseSet.end` says (one past its last word, a gap counting as no words), or
        ``start`` when none does: for a rule that reads what follows a sign's phrase ("my
        vision is fine"), from the table the scan reads, with no list's phrases of its own."""
        if self._inflections:
            words = self._read_forms(words)
        word = words[start]
        key = word if word in self._table else (
            NUMBER if self._numbered and word.isdigit() else "")
        if not key:
            return start
        return start + _deepest(self._trie_of(key), words, start + 1, slot, 1)

    def _trie_of(self, first: str) -> _Node:
        """The trie of what follows a first word (or NUMBER), made the first time it is
        needed in this process."""
        node = self._tries.get(first)
        if node is None:
            node = self._tries[first] = _trie(self._table[first])
        return node

    def _read_forms(self, words: Sequence[str]) -> list[str]:
        """Each word as the phrase word it inflects, if it does (see :meth:`_base_form`)."""
        forms = self._base_forms
        return [forms[word] if word in forms else self._base_form(word) for word in words]

    def may_start(self, words: Sequence[str]) -> bool:
        """Whether a phrase of any list can start in the words (read as they are, not as
        the words they inflect): a first word or its plural (the table holds both), or a
        number where a phrase starts with one."""
        return not self._table.keys().isdisjoint(words) or (
            bool(self._numbered) and any(map(str.isdigit, words)))

    def _starts(self, words: Sequence[str], found: list[list[int]]) -> list[list[int]]:
        """Adds to ``found``, per list, where in the words a match begins."""
        table, numbered = self._table, bool(self._numbered)
        hits: set[int] = set()
        for index, word in enumerate(words):
            if word in table:  # most words start no phrase: one lookup each
                _walk(self._trie_of(word), words, index + 1, hits)
            if numbered and word.isdigit():
                _walk(self._trie_of(NUMBER), words, index + 1, hits)
            if hits:
                for slot in hits:
                    found[slot].append(index)
                hits.clear()
        return found

    def _base_form(self, word: str) -> str:
        """The phrase word that ``word`` inflects ('buckled' -> 'buckle', 'dragging' ->
        'drag'), or the word itself when a phrase uses it as it is or it inflects none."""
        return remembered(self._base_forms, word, self._base_form_uncached)

    def _base_form_uncached(self, word: str) -> str:
        phrase_words = self._phrase_words
        if len(word) < _INFLECTED_LENGTH or word in phrase_words or not word.isalpha():
            return word
        verb_form = word.endswith(("ing", "ed"))
        return next((base for base in _bases(word) if base in phrase_words
                     and not (verb_form and base in self._nouns)), word)


def _bases(word: str) -> list[str]:
    """What an inflected word may come from, likeliest first: 'buckled' -> 'buckle',
    'walked' -> 'walk', 'dropped' -> 'drop'; 'tingling' -> 'tingle'; 'drags' -> 'drag'."""
    for ending in ("ing", "ed"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            doubled = [stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else []
            return [stem, stem + "e", *doubled]
    if word.endswith("es"):
        return [word[:-1], word[:-2]]
    if word.endswith("s"):
        return [word[:-1]]
    return []


# One list's phrases for a first word, in PhraseScanner's table: the list, and what its
# phrases need after the first word (nothing, for a one-word phrase).
_Plain = tuple[int, tuple[Pattern, ...]]
_Rests = list[tuple[Pattern, int]]


class _Node(NamedTuple):
    """A trie node. A record rather than a tuple alias: mypyc recurses without end into
    a plain tuple type that holds itself."""

    ends: tuple[int, ...]  # the lists a phrase of which ends here
    # The nodes after the next word (a phrase word, which the question's word or its
    # plural matches). A node after a next word is its phrase rests, each with its list
    # (below a first word's node, still packed: see _packed), until a question first
    # reaches it.
    after: dict[str, _Node | _Rests | str]
    number: _Node | None  # after a number
    gap: _Node | None  # after a gap ('*', which stands for no words up to _GAP of them)


def _packed(entries: Sequence[_Plain]) -> str:
    """A first word's phrases, of every list, as one string: a line per next word, that
    word and then, tab-separated, each phrase that goes on with it (see _front_coded;
    phrase words are normalised words, with no space, tab or line break in them). The
    line of one-word phrases has no next word, an empty one, and lists only their
    lists' numbers. So the trie's root is made from one line per next word, and the
    phrases of a line are read only when a question goes on with its word (see _node)."""
    groups: dict[str, list[tuple[int, Pattern]]] = {}
    for slot, rests in entries:
        for rest in rests:
            groups.setdefault(rest[0] if rest else "", []).append((slot, rest[1:]))
    return "\n".join("\t".join((head, *(_front_coded(items) if head
                                         else (str(slot) for slot, _ in items))))
                     for head, items in groups.items())


def _front_coded(items: Sequence[tuple[int, Pattern]]) -> list[str]:
    """Each phrase of a line as its list's number, how many of its first words the one
    before it has too, and its other words, space-separated. A start reads and checks
    the table as bytes of the compiled cache, and a line's phrases share their first
    words in runs ('of a chair getting harder', 'of a chair has become harder'): so
    written, the table is a third smaller (723 to 472 KB of the packaged data's)."""
    coded: list[str] = []
    before: Pattern = ()
    for slot, words in items:
        shared = 0
        while shared < min(len(words), len(before)) and words[shared] == before[shared]:
            shared += 1
        coded.append(" ".join((str(slot), str(shared), *words[shared:])))
        before = words
    return coded


def _stored(packed: str) -> str | bytes:
    """A first word's packed phrases as the table keeps them: a long one compressed.

    Every start reads and checks the compiled cache's bytes whole, and the few hundred
    first words with long tables ('what', 'get', 'really'), a sixth of the words, hold
    nine tenths of the table's text (1.9 of 2.1 million characters of the packaged
    data's); compressed, they are an eighth of it. A question pays for the words it
    says, once per process: some 30 microseconds for the longest."""
    return compress(packed.encode()) if len(packed) >= _COMPRESSED_FROM else packed


def _trie(stored: str | bytes) -> _Node:
    """A first word's phrases (as :func:`_stored` kept them), of every list, as one trie
    of what follows that word, its nodes made as questions reach them."""
    packed = decompress(stored).decode() if isinstance(stored, bytes) else stored
    after: dict[str, str] = {}
    ends: tuple[int, ...] = ()
    for line in packed.split("\n"):
        head, _, items = line.partition("\t")
        if head:
            after[head] = items
        else:  # one-word phrases: the lists that end here
            ends = tuple(dict.fromkeys(map(int, items.split("\t"))))
    number, gap = after.pop(NUMBER, None), after.pop("*", None)
    return _Node(ends, cast(dict[str, "_Node | _Rests | str"], after),
                 None if number is None else _node(_unpacked(number)),
                 None if gap is None else _node(_unpacked(gap)))


def _unpacked(pending: _Rests | str) -> _Rests:
    """The phrase rests, each with its list, of one line of :func:`_packed` (a node further
    down has them as rests already)."""
    if isinstance(pending, str):
        rests: _Rests = []
        words: list[str] = []
        for item in pending.split("\t"):  # see _front_coded
            slot, shared, *others = item.split(" ")
            words = [*words[:int(shared)], *others]
            rests.append((tuple(words), int(slot)))
        return rests
    return pending


def _node(rests: Sequence[tuple[Pattern, int]]) -> _Node:
    """The trie of these phrase rests, each with its list. The node after each next word
    is left as its rests (see _Node), made by :func:`_walk` when a question reaches it:
    a common first word's whole trie is hundreds of nodes ('what' 758, 'get' 2,879),
    made in Python at some 7 us each on the first question that says the word, and a
    question goes down few of them."""
    ends = tuple(dict.fromkeys(slot for rest, slot in rests if not rest))
    after: dict[str, _Rests] = {}
    for rest, slot in rests:
        if rest:
            after.setdefault(rest[0], []).append((rest[1:], slot))
    number, gap = after.pop(NUMBER, None), after.pop("*", None)
    return _Node(ends, cast(dict[str, "_Node | _Rests | str"], after),
                 None if number is None else _node(number), None if gap is None else _node(gap))


def _walk(node: _Node, words: Sequence[str], at: int, hits: set[int]) -> None:
    """Adds to ``hits`` the lists a phrase of which, from ``node`` on, the words from
    ``at`` on begin with: as :func:`_matches` says, a word matches a phrase word or its
    plural, a number matches '#', and a gap tries each length up to _GAP."""
    ends, children, number, gap = node
    if ends:
        hits.update(ends)
    if gap is not None:
        for skip in range(_GAP + 1):
            _walk(gap, words, at + skip, hits)
    if at >= len(words):
        return
    word = words[at]
    if children:
        child = _child(children, word)
        if child is not None:
            _walk(child, words, at + 1, hits)
        if word.endswith("s"):
            child = _child(children, word[:-1])
            if child is not None:
                _walk(child, words, at + 1, hits)
    if number is not None and word.isdigit():
        _walk(number, words, at + 1, hits)


def _child(children: dict[str, _Node | _Rests | str], word: str) -> _Node | None:
    """The node after a phrase word, made the first time a question reaches it (see
    _Node): None when no phrase goes on with the word."""
    child = children.get(word)
    if child is None or isinstance(child, tuple):
        return child
    node = children[word] = _node(_unpacked(child))
    return node


def _deepest(node: _Node, words: Sequence[str], at: int, slot: int, depth: int) -> int:
    """How many phrase words (a gap counting none) the longest phrase of list ``slot``
    has that goes on from ``node`` over the words from ``at`` on and ends there, ``depth``
    counted so far; 0 when none does. As :func:`_walk` goes, for one list."""
    ends, children, number, gap = node
    best = depth if slot in ends else 0
    if gap is not None:
        for skip in range(_GAP + 1):
            best = max(best, _deepest(gap, words, at + skip, slot, depth))
    if at >= len(words):
        return best
    word = words[at]
    if children:
        for key in (word, word[:-1]) if word.endswith("s") else (word,):
            child = _child(children, key)
            if child is not None:
                best = max(best, _deepest(child, words, at + 1, slot, depth + 1))
    if number is not None and word.isdigit():
        best = max(best, _deepest(number, words, at + 1, slot, depth + 1))
    return best


# A day of the year named: where its name starts, and the name with its (month, day).
_DayNamed = tuple[int, tuple[tuple[str, ...], tuple[int, int]]]


class Scan(NamedTuple):
    """What one pass over a question's words found, shared by every check that reads
    it (the words, each list's starts, where body parts are named, the days of the year
    named), so that no check scans the question again."""

    words: list[str]
    signs: list[list[int]]  # per rule of SafetyCheck, in order
    conditions: list[int]
    audiences: list[list[int]]  # per audience, in order
    sudden: list[int]
    duration: list[int]
    health_cues: list[int]
    illness_frames: list[int]  # "could it be", "a symptom of"
    illnesses: list[int]  # illnesses named that the sources do not cover
    restless: list[int]  # "won't sit still": said with a body part, a twitch
    parts: list[int]  # where body parts are named (SafetyCheck._part_positions)
    dated: bool  # whether a day of the year may be named (SafetyCheck._may_name_a_date)
    dates: list[_DayNamed]  # the days named, by SafetyCheck._dates (see _days_named)
    span_dates: list[_DayNamed]  # ... and by SafetyCheck._span_dates ("since may" too)


def _matches(pattern: Pattern, words: Sequence[str], start: int) -> bool:
    """Whether the words from ``start`` on begin with the pattern. Word by word in a loop
    (phrases are walked for every word of every question); a gap tries each length."""
    for offset, head in enumerate(pattern):
        at = start + offset
        if head == "*":
            rest = pattern[offset + 1:]
            return any(_matches(rest, words, at + skip) for skip in range(_GAP + 1))
        # A trailing "s" on the question's word still matches: plurals and possessives
        # ("my 4 year old's eyelid" arrives as "4 year olds eyelid").
        if at >= len(words) or (words[at] != head and words[at] != head + "s"
                                and not (head == NUMBER and words[at].isdigit())):
            return False
    return True


def _reach_in_clause(clause_start: Sequence[int], place: int) -> int:
    """Where the words after a new place that may say it spread end: two words on, as
    within a question, or further in the place's own clause, up to SPREAD_CUE_AFTER words
    ("the corner of my mouth on that side twitches too")."""
    end = next((at for at in range(place + 1, len(clause_start))
                if clause_start[at] != clause_start[place]), len(clause_start))
    return max(place + 3, min(place + SPREAD_CUE_AFTER + 1, end))


def _without(clauses: Sequence[Sequence[str]], positions: set[int]) -> list[list[str]]:
    """The clauses with the words at these positions (over all clauses) blanked."""
    blanked, start = [], 0
    for clause in clauses:
        blanked.append(["" if start + i in positions else w for i, w in enumerate(clause)])
        start += len(clause)
    return blanked


class Signs(NamedTuple):
    """What the safety check reads in a question: its red flags, and the positions of
    the signs it rules out ('no weakness or numbness'), from the negation to the sign,
    which must not steer matching towards care advice."""

    signs: tuple[str, ...]
    denied: frozenset[int]
    own_twitch: bool  # the asker speaks of their own twitch ("my calf", "I keep twitching")
    own_body: bool  # ... of a part of their own body (see SafetyCheck.about_own_body)
    places: frozenset[str] = frozenset()  # the body regions named, of no one else's body
    # the other symptoms told, as the care advice names them ("changes in your vision")
    symptoms: tuple[str, ...] = ()


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class SafetyCheck:
    """Finds red-flag signs and questions about someone outside the adult audience."""

    def __init__(self, safety: Safety, lexicon: Lexicon, normalizer: Normalizer,
                 medicines: MedicineReader) -> None:
        # The signs' own phrases (82,000, the largest part of the data) are read through
        # the scanner built below, and kept nowhere else: the compiled cache, which every
        # start reads whole, holds them once.
        self._rules = tuple(rule._replace(phrases=()) for rule in safety.signs)
        self._slot_of = {rule.id: slot for slot, rule in enumerate(safety.signs)}
        self._normalizer = normalizer
        self._conditions = PhraseSet(lexicon.outside_conditions, normalizer)
        self.vague = frozenset(rule.id for rule in safety.signs if rule.vague)
        self._symptom_names = {rule.id: dict(rule.names) for rule in safety.signs if rule.names}
        self._weighed = {rule.id: PhraseSet(rule.weighed, normalizer)
                         for rule in safety.signs if rule.weighed}
        # (a sign needs one or the other said beside it when it has either: "a fit" needs
        # only what is seen of it, told anywhere)
        self._together_with = {rule.id: PhraseSet(rule.together_with, normalizer)
                               for rule in safety.signs
                               if rule.together_with or rule.together_anywhere}
        self._together_anywhere = {rule.id: PhraseSet(rule.together_anywhere, normalizer)
                                   for rule in safety.signs}
        self._spent_by = {rule.id: PhraseSet(sorted(rule.spent_by), normalizer)
                          for rule in safety.signs if rule.spent_by}
        # ... and those that, vague, are still not enough for a child or a pregnancy
        self.vague_for_audiences = frozenset(rule.id for rule in safety.signs
                                             if rule.vague and not rule.leads_for_audiences)
        self.unframed = frozenset(rule.id for rule in safety.signs if rule.unframed)
        self.leaving_room = frozenset(rule.id for rule in safety.signs if rule.leaves_room)
        # The order the data lists the signs in, which a single question's signs keep
        # among equals: a conversation's signs lead in it too (see lasting).
        self._listed = {rule.id: index for index, rule in enumerate(safety.signs)}
        # Signs a conversation keeps in mind once raised: all but a worry ('kept: false').
        self._lasting = frozenset({rule.id for rule in safety.signs if rule.kept}
                                  | {"urgent", "duration", "places"})
        self._settled_by = {rule.id: (PhraseSet(rule.settled_by, normalizer),
                                      PhraseSet(rule.unsettled_by, normalizer))
                            for rule in safety.signs if rule.settled_by}
        self._theirs_unless = {rule.id: PhraseSet(rule.theirs_unless, normalizer)
                               for rule in safety.signs if rule.theirs_unless}
        self.soft = frozenset({rule.id for rule in safety.signs if rule.soft}
                              | ({"places"} if safety.places_soft else set())
                              | ({"duration"} if safety.duration_soft else set()))
        self._twitch_words = lexicon.symptom_words
        self._twitch_verbs = frozenset(normalizer.phrase(word)
                                       for word in safety.word_classes[TWITCH_VERB])
        self._twitch_said_by = self._twitch_words | self._twitch_verbs  # a noun or a verb
        self._medicines = medicines
        self._life_stages = lexicon.words("life_stages")
        self._shown_by_conditions = any(rule.with_conditions for rule in safety.signs)
        self._sudden = PhraseSet(safety.sudden, normalizer)
        self._duration = PhraseSet(safety.duration_phrases, normalizer)
        self._min_days = safety.duration_min_days
        self._units = dict(safety.duration_units)
        self._audiences = [(name, PhraseSet(words, normalizer))
                           for name, words in safety.audiences.items()]
        self._children_named = dict(self._audiences)["children"]
        # "pregnant (about 16 weeks)", "pregnant with twins, 24 weeks": a pregnancy's span
        self._pregnancy_words = frozenset(
            word for word in safety.audiences.get(PREGNANCY, ()) if " " not in word)
        self._regions = safety.body_regions
        self._body_parts = frozenset(safety.body_regions)
        words = lexicon.words
        self._first_person = words("first_person")
        self._relative_openers = words("relative_openers")
        self._pointing_articles = words("pointing_articles")
        self._fearing = PhraseSet(sorted(words("fearing")), normalizer)
        self._asker = words("asker")
        self._asker_as_subject = self._asker - words("asker_named")  # "i", not "me"
        # relations that are grown-ups: not a word for a child or an animal, nor a pronoun
        self._grown_up_relations = words("relations") - words("subject_pronouns") - {
            phrase for phrases in safety.audiences.values() for phrase in phrases}
        self._someone = words("someone")
        self._third_person = words("someone") | words("others")
        self._pointing = words("pointing")
        self._negations = words("negations")
        self._denials = words("negations") - words("asking_any")
        self._inability = words("inability")
        self._suspecting = words("suspecting")
        self._too_little = words("too_little")
        self._subject_verbs = words("subject_verbs")
        self._have_aux, self._after_have_aux = words("have_aux"), words("after_have_aux")
        self._dated_on = words("dated_on")
        self._subject_pronouns = words("subject_pronouns")
        self._given_to = PhraseSet(sorted(words("given_to")), normalizer)
        # whoever may be named between an animal and an age said after it
        self._people_words = (self._first_person | self._subject_pronouns
                              | self._third_person | words("possessives"))
        self._found_in = words("found_in")
        self._own_doings = words("own_doings")
        # the first words of a clause that tells someone doing something
        self._doers = self._first_person | self._subject_pronouns | words("possessives")
        self._own_headline_ends = words("own_headline_ends")
        self._own_faculties = words("own_faculties")
        self._faculty_owners = words("faculty_owners")
        self._for_someone = words("for_someone")
        self._animal_parts = words("animal_parts")
        self._not_lasting = words("not_lasting")
        self._plans_ahead = phrases_by_first(words("plans_ahead"))
        self._dates_ahead = words("dates_ahead")
        self._left_from = words("left_from")
        self._plans_undone_by = words("plans_undone_by")
        self._lasting_when_denied = words("lasting_when_denied")
        self._ceasing = PhraseSet(sorted(words("ceasing")), normalizer)
        self._pausing = PhraseSet(sorted(words("pausing")), normalizer)
        self._clause_openers = words("clause_openers")
        self._them = words("them")
        self._contrasts = words("contrasts")
        self._turns_new = words("turns_new")
        self._not_a_span = tuple(words("not_a_span"))
        self._ahead_of_today = words("ahead_of_today")
        # the days a span told alone may open on: "only since Wednesday tbh"
        self._days_began = words("weekdays") | words("span_start_days")
        self._ordinal_endings = words("ordinal_endings")
        self._approximately = words("approximately")
        self._one_span_before = words("one_span_before")
        self._before_a_date = words("before_a_date")
        self._date_narrowers = words("date_narrowers")
        self._position_units = words("position_units")
        # read as questions are, so that text-speak said as filler matches ("a month now
        # tbh" is read "... now to be honest")
        self._duration_fillers = frozenset(
            word for filler in words("duration_fillers") for word in normalizer.words(filler))
        self._reporting = words("reporting")
        self._negation_stops = words("negation_stops")
        self._listing = words("listing")
        self._hedges = words("hedges")
        self._joins = words("joined_by")
        self._twitch_sign_joins = words("twitch_sign_joins")
        self._twitch_sign_had = words("twitch_sign_had")
        self._beside_it = tuple(tuple(phrase.split()) for phrase in words("beside_it"))
        self._amount_units = words("amount_units")
        self._went_while_posed_by = words("went_while_posed")
        self._what_to_do = PhraseSet(sorted(words("what_to_do")), normalizer)
        self._always_so = PhraseSet(sorted(words("always_so")), normalizer)
        self._so_since = PhraseSet(sorted(words("so_since")), normalizer)
        self._uneven = frozenset(safety.word_classes[UNEVEN])
        self._side_of_a_part = PhraseSet(sorted(words("side_of_a_part")), normalizer)
        self._medicine_for = PhraseSet(sorted(words("medicine_for")), normalizer)
        self._causing = words("causing")
        self._points_back = words("points_back")
        # what may stand between body parts said to be fine and the word that says so
        self._listed_parts_glue = words("copulas") | words("part_list_joins")
        self._how_often_by_first = phrases_by_first(words("how_often"))
        self._elapsed = words("elapsed")
        self._ago = words("ago")
        self._how_often_before = words("how_often_before")
        self._ongoing = PhraseSet(sorted(words("ongoing")), normalizer)  # "never left"
        self._month_before = words("month_before")
        self._in_vain = PhraseSet(sorted(words("in_vain")), normalizer)  # "nothing has helped"
        self._explained_after = PhraseSet(sorted(words("explained_after")), normalizer)
        self._explaining_links = words("explaining_links")
        self._reasons_of_the_world = PhraseSet(sorted(words("reasons_of_the_world")),
                                               normalizer)
        self._weight_loss_aims = PhraseSet(sorted(words("weight_loss_aims")), normalizer)
        self._body_weight = frozenset(safety.word_classes[BODY_WEIGHT])
        self._asked_alone_with = frozenset(normalizer.phrase(word) for word
                                           in safety.word_classes[ASKED_ALONE_WITH])
        self._without_trying = PhraseSet(safety.word_classes[WITHOUT_TRYING], normalizer)
        self._said_to_cause = PhraseSet(sorted(words("said_to_cause")), normalizer)
        self._no_twitch_before = words("no_twitch_before")
        self._set_aside_after = PhraseSet(sorted(words("set_aside_after")), normalizer)
        self._long_past = PhraseSet(sorted(words("long_past")), normalizer)
        self._back_again = PhraseSet(sorted(words("back_again")), normalizer)
        self._recovered = PhraseSet(sorted(words("recovered")), normalizer)
        self._gone_for_good = PhraseSet(sorted(words("gone_for_good")), normalizer)
        self._sizes = PhraseSet(sorted(words("sizes")), normalizer)
        self._time_openers = words("time_openers")
        self._settled_in = words("settled_in")
        self._aged_by = words("aged_by")
        self._was_once = tuple(tuple(phrase.split()) for phrase in sorted(words("was_once")))
        self._life_long_ago = PhraseSet(sorted(words("life_long_ago")), normalizer)
        self._at_an_age_back = PhraseSet(sorted(words("at_an_age_back")), normalizer)
        self._settled = PhraseSet(sorted(words("settled")), normalizer)
        self._settled_scare = PhraseSet(sorted(words("settled") | words("settled_scare")),
                                        normalizer)
        self._scare = words("scare")
        self._settled_before = PhraseSet(sorted(words("settled_before")), normalizer)
        self._settled_before_if_over = PhraseSet(sorted(words("settled_before_if_over")),
                                                 normalizer)
        self._over_now = PhraseSet(sorted(words("over_now")), normalizer)
        self._unsettled = PhraseSet(sorted(words("unsettled")), normalizer)
        self._dreaded = PhraseSet(sorted(words("dreaded")), normalizer)
        self._since = words("since")
        self._own_possessives = words("own_possessives")
        self._owned_events = words("owned_events")
        self._within_the_year = words("within_the_year")
        self._times_within = words("times_within")
        self._paired = frozenset(safety.word_classes["paired"])
        self._both_alone = words("both_alone")
        self._sides = words("sides")
        self._locating = words("locating")
        self._complaints = words("complaints")
        self._complaints_before = words("complaints_before")
        self._complaint_words = self._complaints | self._complaints_before
        self._their_possessives = words("their_possessives")
        self._place_joins = words("place_joins")
        self._side_ones = words("side_ones")
        self._side_owners = words("side_owners")
        self._age_before = words("own_age_before")
        self._a_year_back = words("a_year_back")
        self._a_year_back_after = PhraseSet(sorted(words("a_year_back_after")), normalizer)
        self._points_in_time = words("points_in_time")
        self._fine = words("fine")
        self._fine_again = words("fine_again")
        self._fine_after_copula = words("fine_after_copula")
        self._copulas = words("copulas")
        self._have = words("have")
        self._stopping = words("stopping")
        self._dating_back = words("dating_back")
        self._food_sign_joins = words("food_sign_joins")
        self._part_modifiers = words("part_modifiers")
        self._sign_part_joins = words("sign_part_joins") | self._part_modifiers
        # drinks and supplements' forms ("glycinate", "oxide"): things, not a body
        self._drinks_of_signs = words("drinks_of_signs")
        self._dribbling = frozenset(normalizer.phrase(word)
                                    for word in safety.word_classes[DRIBBLING])
        self._said_of_things = self._drinks_of_signs | words("things_of_signs") | frozenset(
            form for form in lexicon.supplement_products if " " not in form)
        self._not_describers = words("not_describers")
        self._of_the_thing_after = words("of_the_thing_after")
        self._cramp_words = words("cramp_words")
        self._worsened = words("worsened")
        self._muscle_words = words("muscle_words")
        self._denied_after = PhraseSet(sorted(words("denied_after")), normalizer)
        self._postures = PhraseSet(sorted(words("postures")), normalizer)
        self._beyond_a_posture = words("beyond_a_posture")
        self._told_back = PhraseSet(sorted(words("told_back")), normalizer)
        self._pointed_back = words("pointed_back")
        self._passing_causes = PhraseSet(sorted(words("passing_causes")), normalizer)
        self._came_on_suddenly = PhraseSet(sorted(words("came_on_suddenly")), normalizer)
        self._side_of_a_body = PhraseSet(sorted(words("side_of_a_body")), normalizer)
        self._likened_to = words("likened_to")
        self._supposed = PhraseSet(sorted(words("cause_supposed")), normalizer)
        self._passed = PhraseSet(sorted(words("passed")), normalizer)
        self._passing_hoped = PhraseSet(sorted(words("passing_hoped")), normalizer)
        self._checked_by = PhraseSet(sorted(words("checked_by")), normalizer)
        self._cleared_by = PhraseSet(sorted(words("cleared_by")), normalizer)
        self._not_over = PhraseSet(sorted(words("not_over")), normalizer)
        self._body_in_names = frozenset(tuple(p.split()) for p in words("body_in_names"))
        self._body_in_names_by_first = _by_first_word(self._body_in_names)
        self._not_places = frozenset(tuple(p.split()) for p in words("not_places")) \
            | self._body_in_names
        self._not_places_by_first = _by_first_word(self._not_places)
        self._taking = words("taking")
        self._duration_hedges = phrases_by_first(words("duration_hedges"))
        self._not_signs_by_first = phrases_by_first(words("not_signs"))
        self._generic_places = words("generic_places")
        self._spread_cues = words("spread_cues")
        self._not_parts_after = words("not_parts_after")
        self._parts_of_other_senses = words("parts_of_other_senses")
        self._other_senses_after = words("other_senses_after")
        self._quantities = {**lexicon.quantities, **lexicon.small_numbers}
        self._vague_counts = frozenset(lexicon.quantities)  # "a", "some", "few"...
        self._adult = lexicon.ages.adult
        self._relations = words("relations")
        self._kin = words("kin")
        self._relation_suffixes = tuple(tuple(s.split()) for s in words("relation_suffixes"))
        self._came_after = words("came_after")
        self._illness_had = words("illness_had")
        self._illness_weighed = words("illness_weighed")
        self._ended_phrases = tuple(tuple(p.split()) for p in words("ended"))
        self._counted_for_else = words("counted_for_else")
        self._grown_and_gone = PhraseSet(sorted(words("grown_and_gone")), normalizer)
        self._likening = tuple(tuple(p.split()) for p in words("likening"))
        self._awaiting = tuple(tuple(p.split()) for p in words("awaiting"))
        self._asker_a_man = PhraseSet(sorted(words("asker_a_man")), normalizer)
        self._laughed_off = tuple(tuple(p.split()) for p in words("laughed_off"))
        self._well_before = tuple(tuple(p.split()) for p in words("well_before"))
        self._well_after = tuple(tuple(p.split()) for p in words("well_after"))
        self._denied_part_before = tuple(tuple(p.split()) for p in words("denied_part_before"))
        self._coordinators = words("coordinators")
        self._set_aside_before = tuple(tuple(p.split()) for p in words("set_aside_before"))
        self._offspring = words("offspring")
        self._age_openers = words("age_openers")
        self._subject_openers = words("subject_openers")
        self._of_an_audience = PhraseSet(sorted(words("of_an_audience")), normalizer)
        self._asked_of_people = PhraseSet(sorted(words("asked_of_people")), normalizer)
        self._in_company_of = tuple(tuple(p.split()) for p in sorted(words("in_company_of")))
        self._dated_things = words("dated_things")
        self._age_words = words("age_words")
        self._age_articles = lexicon.ages.articles  # "in a teenager", as "i am a 68 year old"
        self._not_audiences_by_first = phrases_by_first(words("not_audiences"))
        self._hoped_for_by_first = phrases_by_first(words("hoped_for_babies"))
        self._answers_no = words("answers_no")
        self._anyone_named = words("anyone_named")
        self._possessives = words("possessives")
        self._twitch_age_units = words("twitch_age_units")
        self._twitch_place_links = words("twitch_place_links")
        self._their = words("their_possessives")
        self._telling = words("telling")
        self._period_articles = words("period_articles")
        self._length_openers = words("length_openers")
        self._span_itself = words("span_itself")
        self._recent_days = words("recent_days")
        self._began = words("began")
        self._noticed_late = PhraseSet(sorted(words("noticed_late")), normalizer)
        self._does_it_too = PhraseSet(sorted(words("does_it_too")), normalizer)
        self._swallowed_by = PhraseSet(sorted(words("swallowed_by")), normalizer)
        self._span_joins = words("span_joins")
        self._span_shared = PhraseSet(sorted(words("span_shared")), normalizer)
        self._clause_starts = words("clause_starts")
        self._story_links = words("story_links")
        self._headline_turns = words("headline_turns")
        self._own_span = words("twitch_own_span")
        self._span_opens = words("short_span_opens")
        self._pronouns = lexicon.pronouns
        self._dates = {tuple(name.split()): day for name, day in safety.dates.items()}
        self._span_dates = {**self._dates, **{tuple(name.split()): day for name, day
                                              in safety.span_only_dates.items()}}
        self._span_starts = frozenset(tuple(normalizer.words(s)) for s in safety.span_starts)
        # The last words of those: a span starts just before a word only after one of them.
        self._span_start_ends = frozenset(start[-1] for start in self._span_starts if start)
        self._day_of_month = safety.day_of_month
        # The sizes of the names _dates_named looks for that start with each word, longest
        # first: a name starts with its first word, and a one-word name with its possessive
        # too ("new years" is "new year"); every name of the data, "day of the dead" too.
        # Each size comes with the last words of those names, and their possessives: a
        # name of that size is said only where one of them ends it, so the common first
        # words ("a", "the", "this") cost a lookup each, not a slice and two tests per size.
        sizes: dict[str, dict[int, set[str]]] = {}
        for name in self._span_dates:
            for first in (name[0], name[0] + "s") if len(name) == 1 else (name[0],):
                sizes.setdefault(first, {}).setdefault(len(name), set()).update(
                    (name[-1], name[-1] + "s"))
        self._date_sizes = {first: tuple((size, frozenset(each[size]))
                                         for size in sorted(each, reverse=True))
                            for first, each in sizes.items()}
        # Most questions name no day of the year: one set test says so.
        self._date_words = frozenset(self._date_sizes)
        # ... and a second one for the questions whose only such first word is a common
        # one ("a", "the", "this": some names start with them): a name is said only
        # where its last word is too, or that word with a possessive 's' (see _dates_named).
        self._date_ends = frozenset(name[-1] + ending for name in self._span_dates
                                    for ending in ("", "s"))
        # ... and, where both are said, the last words of each first word's own names: a
        # long story says "a", "this" and "day" ("every single day") with no name of
        # them ("a level results", "this year", "day of the dead") in it.
        self._date_lasts = {first: frozenset().union(*(lasts for _, lasts in each))
                            for first, each in self._date_sizes.items()}
        self._health_cues = PhraseSet(lexicon.health_cues, normalizer)
        self._illness_sign = safety.illness_sign
        self._illness_frames = PhraseSet(safety.illness_frames, normalizer)
        self._illnesses = PhraseSet(safety.illnesses, normalizer)
        self._illness_endings = safety.illness_endings
        # A clause that names any of these may say how long the twitch has lasted.
        self._about_twitch = self._body_parts | self._twitch_words | self._pointing
        self._twitch_or_part = self._body_parts | self._twitch_words  # joined once, not per call
        self._reason_links = words("reason_links")
        self._weekdays = words("weekdays")
        # Every list read off the whole question, in one table: see PhraseScanner. The signs'
        # own phrase sets are read only through it, so they are not kept: 13,000 patterns,
        # a quarter of the compiled cache, that every start would unpickle.
        self._scanner = PhraseScanner([*(PhraseSet(rule.phrases, normalizer)
                                         for rule in safety.signs),
                                       self._conditions,
                                       *(phrases for _, phrases in self._audiences),
                                       self._sudden, self._duration, self._health_cues,
                                       self._illness_frames, self._illnesses,
                                       PhraseSet(safety.word_classes[RESTLESS], normalizer)],
                                      inflections=True, nouns=self._audience_nouns(safety))
        # "my dog's back leg", "my son's arm": the part is theirs, not the asker's
        self._audience_owners = frozenset(noun + "s" for noun in self._audience_nouns(safety))

    def _said_together(self, words: Sequence[str], sign: str, starts: Sequence[int],
                       idioms: Collection[int]) -> bool:
        """Whether a phrase the sign needs beside its own is said after it, not far on,
        or told before it as what came after it ("Vomiting After Hitting Head"), and not
        denied ("hit my head ... been sick twice since", but not "... not been sick", nor a
        sickness told before the knock), nor in one of the ``idioms`` ("confused by all
        the types"); or one that counts anywhere is ("on warfarin")."""
        return any(self.negation(words, start) is None and start not in idioms
                   and any(0 < start - at <= _TOGETHER_REACH
                           or (0 < at - start <= _TOGETHER_REACH  # "Sick After Hitting Head"
                               and not self._came_after.isdisjoint(
                                   words[max(start, at - _CAME_AFTER_REACH):at]))
                           for at in starts)
                   for start in self._together_with[sign].starts(words)) or any(
            self.negation(words, start) is None and start not in idioms
            for start in self._together_anywhere[sign].starts(words))

    @staticmethod
    def _audience_nouns(safety: Safety) -> frozenset[str]:
        """The words of the audiences' phrases ('kid', 'pig', 'hound') that no sign's phrase
        uses: nouns, so 'kidding' or 'hounded' is none of them."""
        said = {word for rule in safety.signs for phrase in rule.phrases
                for word in phrase.split()}
        return frozenset(word for phrases in safety.audiences.values() for phrase in phrases
                         for word in phrase.split() if word not in said)

    def settled_apart_from_what_is_asked(self, signs: Sequence[str], scan: Scan,
                                         clauses: Sequence[Sequence[str]],
                                         asking: Collection[int]) -> bool:
        """Whether the signs are all told settled (denied, or SignRule.settled_by), each in a
        clause that does not ask: "I know it's not ALS, my EMG was clear, but what helps it calm
        down?"; not "Could it be ALS?", "ALS or anxiety?", nor "not sure it isn't MS". A
        sign read with no phrase of its own (an illness named as what a twitch might be)
        is taken as open."""
        if not all(sign in self._settled_by for sign in signs):
            return False  # most signs, a weakness or a numbness, are never settled so
        words, begins, ends = scan.words, _clause_starts(clauses), _clause_ends(clauses)
        told = False
        for sign in signs:
            settled, unsettled = self._settled_by[sign]
            for start in scan.signs[self._slot_of[sign]]:
                told = True
                clause = words[begins[start]:ends[start]]
                if start in asking or unsettled.search(clause) or not (
                        self.negation(words, start, since=begins[start]) is not None
                        or settled.search(clause)):
                    return False
        return told

    def scan(self, words: list[str]) -> Scan:
        """One pass over the question's words for every phrase list the checks read off
        the whole question, and where its body parts are: computed once per question and
        passed to :meth:`read`, :meth:`audience` and :meth:`about_own_body`."""
        found = self._scanner.scan(words)
        rules, audiences = len(self._rules), len(self._audiences)
        after = rules + 1 + audiences
        dated = self._may_name_a_date(words)
        dates, span_dates = self._days_named(words) if dated else ([], [])
        return Scan(words, found[:rules], found[rules], found[rules + 1:after],
                    found[after], found[after + 1], found[after + 2], found[after + 3],
                    found[after + 4], found[after + 5],
                    self._part_positions(words, span_dates), dated, dates, span_dates)

    def read(self, clauses: Sequence[Sequence[str]], about_nutrient: bool, today: date | None,
             nutrients: Collection[int] = (), medicine_discussed: bool = False,
             scan: Scan | None = None, medicine_changed: bool = False,
             in_conversation: bool = False,
             unknown: Collection[str] = (), conditions: Collection[str] = (),
             tells_only: bool = False, places_before: frozenset[str] = frozenset(),
             telling: Collection[int] = (), foods: Collection[int] = ()) -> Signs:
        """Red flags in the question, 'urgent' first when any calls for emergency care,
        and the signs it rules out.

        Within a conversation with us every turn is about twitching, so a sign that
        counts only beside a twitch ("what if I also have double vision") counts there;
        so does a change to a medicine told with nothing asked (``tells_only``: "My doctor
        increased my Wellbutrin last week"), since it is a twitching assistant that is told.

        Symptoms count when the person speaks of themselves: in the first person, of
        a body part, or at least not asking about a nutrient ("does low potassium
        cause weakness?" is a question, "numb fingers, is it b12?" a symptom).
        ``scan`` is :meth:`scan` of the same clauses' words, when the caller has it;
        ``unknown`` and ``conditions`` are the asking clauses' words from elsewhere and the
        other conditions they name, which may name an illness (see :meth:`_names_an_illness`).
        Spans of time are measured back from ``today``, or with None from the clock's day,
        which is asked only of a question that says a day of the year or 'since'.
        ``places_before`` are the body regions the conversation's twitch was in before:
        "oh and it's the bottom lip too now" after an eyelid is a twitch that has spread.
        ``telling`` are the word positions of clauses that tell rather than ask, beside
        one that asks: a twitch told there is someone's, even with a nutrient asked
        about ("fever all week, now twitching everywhere. magnesium?"). ``foods`` are
        where foods and drinks are named: a bodily sign's word said of one ("my coffee is
        weak too", "cheese spread") tells nothing of a body.
        """
        if scan is None:
            scan = self.scan([word for clause in clauses for word in clause])
        words = scan.words
        # A condition from elsewhere may carry a word of ours ("period cramps", "restless
        # legs"): that word is no twitch.
        theirs = {i for start in scan.conditions
                  for i in range(start, self._conditions.end(words, start))}
        # ... and so is the part of the body it is of ("since her hip operation in the
        # summer" says how long since the operation, not a twitch of the hip)
        theirs |= {start - 1 for start in scan.conditions
                   if start and words[start - 1] in self._body_parts}
        if theirs:
            clauses = _without(clauses, theirs)
        said = {word for i, word in enumerate(words) if i not in theirs} if theirs else set(words)
        # "what if I've had a headache with it as well": the twitch, pointed at beside a
        # condition of the asker's
        beside_it = [start for start in scan.conditions if self._said_beside_it(words, start)]
        twitching = (self.twitch_said(words, scan, theirs) and not self._no_twitch(words)) \
            or bool(beside_it)
        # "fear als pls help": a fear with no subject said is the asker's, and so is what
        # a clause with no subject did ("Took magnesium five weeks, still twitching"), and
        # what the body does, with no one named ("Potassium foods? Grip's been a bit off")
        faculty = self._faculty_told(clauses)
        own_faculty = faculty and self._third_person.isdisjoint(said) \
            and self._relations.isdisjoint(said)
        first_person = bool(self._first_person & said) or self._fearing.search(words) or any(
            clause and (clause[0] in self._own_doings or " ".join(clause[:2]) in self._own_doings
                        or self._own_headline(clause))
            for clause in clauses) or own_faculty or (
            # "Motor Neurone Disease At 34?": an age of no one named is the asker's
            self._age_said(words) and self._third_person.isdisjoint(said)
            and self._relations.isdisjoint(said))
        # "she keeps falling over", "Wife's left side went weak": a person, not a topic
        someone = self._relation_or_pronoun(said)
        pointing = bool(self._pointing & said)  # "started new tablets, could that be it"
        fine_at = ({index for index, word in enumerate(words) if word in self._fine or (
                        word in self._fine_after_copula and index
                        and words[index - 1] in self._copulas)}
                   if not (self._fine.isdisjoint(words)
                           and self._fine_after_copula.isdisjoint(words)) else set())
        clause_start = _clause_starts(clauses)
        told = self._without_theirs(words, scan.parts)  # the asker's and the one told of
        if len(told) > 1 and (self._postures.may_start(words)
                              or self._passing_causes.may_start(words)
                              or self._explained_after.may_start(words)):
            told = self._without_the_explained(words, told, scan, clause_start)
        background, over = self._background(clauses, scan, clause_start)
        if background:
            told = [part for part in told if part not in background]
        places = self._places(words, told, fine_at)
        # in a conversation of ours, a sign told with no one named ("also numb") is of the
        # one whose twitch is discussed; and so is a twitch told, then pointed back at
        # beside a nutrient ("Twitchy muscles, always thirsty. Is that a magnesium thing?")
        personal = (first_person or someone or bool(places) or faculty
                    or (not about_nutrient and (twitching or pointing or in_conversation))
                    or (twitching and not self._points_back.isdisjoint(said))
                    or (twitching and any(words[i] in self._twitch_said_by for i in telling)))
        # A denial reaches no further back than the start of its clause: "no pain, but
        # tingling" denies the pain only.
        own_body = own_faculty or (bool(scan.parts) and self.about_own_body(
            words, scan.parts, clause_start, audiences_named=any(scan.audiences),
            signs_at=[start for rule, starts in zip(self._rules, scan.signs, strict=True)
                      if rule.bodily for start in starts]))
        own_twitch = own_body or self._own_twitch_said(clauses)
        found: list[str] = []
        denied: set[int] = set()
        symptoms_told: list[str] = []  # their names (see SignRule.names)
        medicines = self._medicines.mentions(words)
        signed = any(scan.signs)
        # a sign's or a medicine's word in a phrase that means something else ("i keep
        # falling asleep", "laughter, the best medicine"), or a condition's ("it was a
        # cold but sunny day")
        idioms = covered(words, self._not_signs_by_first) \
            if signed or scan.conditions or medicines else set()
        if idioms:
            medicines = [m for m in medicines if m.start not in idioms]
        named = {i for m in medicines for i in range(m.start, m.end)}
        # "blood thinners" names a medicine, not a muscle grown thinner; a generic word
        # ("tablets getting stuck") names none whose words could be a sign's
        in_a_name = {i for m in medicines if m.kind for i in range(m.start, m.end)}
        # a condition said together with a twitch is a symptom beside it, whoever asks
        # ("Vitamin D For Twitching With Morning Headaches?")
        # told in a story of one's own twitch, a time of life is who the person is, not a
        # symptom ("I'm 55 and well past the menopause. Lately my right eyelid has been
        # twitching"); joined to the twitch it is ("Menopause Muscle Twitching")
        joined = [start for start in scan.conditions
                  if start in beside_it or self._joined_to_a_twitch(words, start)]
        # ... and beside the asker's own twitch, someone else's condition is theirs ("My
        # mum had osteoporosis ... my left eyelid"), unlike that of the one who twitches
        # ... but not what a medicine named is for ("amlodipine for blood pressure")
        purposes = self._purposes(words, medicines, scan) if medicines else set()
        symptoms = [start for start in scan.conditions if start not in purposes and (
                        words[start] not in self._life_stages or start in joined
                        or not self._twitch_words.isdisjoint(
                            words[start + 1:start + 1 + _STAGE_NAMES_TWITCH]))
                    and not (own_body and self._someone_elses_condition(words, start))]
        # any worry said ("is that normal", "scared"): a relative's illness beside it may be
        # the asker's fear (most questions say no sign, and the rules are not walked)
        worried = signed and any(starts for rule, starts in zip(self._rules, scan.signs,
                                                                strict=True)
                                 if rule.vague and rule.about_twitching)
        # Only a rule whose sign is said, or one that conditions show, has anything to
        # check: most questions say none, and the rules are not walked.
        clause_end: list[int] = []  # each word's clause's end, made when a sign is read
        if signed or (scan.conditions and self._shown_by_conditions):
            clause_end = _clause_ends(clauses)
            for rule, starts in zip(self._rules, scan.signs, strict=True):
                if not (starts or (rule.with_conditions and scan.conditions)):
                    continue  # the rule's sign is not said: most rules, for most questions
                if rule.id in self._together_with and not self._said_together(
                        words, rule.id, starts, idioms):
                    continue  # a knock to the head with no sickness told after it
                shown = False
                names = self._symptom_names.get(rule.id)
                told_here: list[str] = []
                # a symptom joined to the twitch ("Can Magnesium Fix Twitches And Dizzy
                # Spells?"), like a condition, is beside it, whoever asks
                beside = rule.with_conditions and (bool(joined) or any(
                    self._joined_to_a_twitch(words, start) for start in starts))
                if rule.with_conditions and (own_twitch or places):  # "...twitch and a rash"
                    starts = starts + symptoms
                elif beside:
                    starts = starts + joined
                explained_before = False  # the sign was explained away where told before
                for start in starts:
                    a_name = start in in_a_name and not rule.of_a_medicine
                    explained = not a_name and self._explained_away(words, start, rule, today)
                    explained_before = explained_before or explained
                    if a_name or explained \
                            or (explained_before and rule.bodily
                                and self._told_again(words, start, scan.parts)) \
                            or self._named_for_something_else(words, start, rule,
                                                              clause_end[start]) or (
                            idioms and not idioms.isdisjoint(
                                range(start, start + _IDIOM_REACH))
                            and not self._outruns_idioms(words, start, rule, idioms)) or (
                            rule.bodily and self._said_of_a_thing(
                                words, start, self._slot_of[rule.id],
                                clause_start[start], clause_end[start], foods, nutrients)
                            and not self._said_of_a_part(words, start, scan.parts,
                                                         clause_end[start])) or (
                            fine_at and self._fine_after(words, rule, start, fine_at,
                                                         clause_end[start])) or (
                            start in over or (rule.deniable and start in background)) or (
                            rule.said_of and self._too_big(
                                rule, words[clause_start[start]:clause_end[start]])) or (
                            rule.spent_by and self._spent(rule, words, start, clause_start,
                                                          clause_end)) or (
                            nutrients and self._what_a_lack_may_cause(
                                words, clause_start[start], start, clause_end[start],
                                nutrients)) or (
                            rule.theirs_beside_a_nutrient and not twitching
                            and not in_conversation and not own_twitch and not worried
                            and not self._fearing.search(words)
                            and (owner := self._owner(words, start,
                                                      _ILLNESS_OWNER_REACH)) is not None
                            and (about_nutrient or self._only_theirs(
                                words, clauses, rule, scan.parts, start, owner))) or (
                            rule.id in self._theirs_unless and own_body
                            and self._their_story(words, start, rule, worried or in_conversation,
                                                  clauses, clause_start[start],
                                                  clause_end[start])):
                        continue  # "my vision is fine": said only to rule it out
                    if words[start] in rule.compared_terms:
                        clause = words[clause_start[start]:clause_end[start]]
                        if not (rule.compared.isdisjoint(clause)
                                or self._first_person.intersection(clause)):
                            continue  # "the difference between a twitch and a tremor"
                    negation = self.negation(words, start, since=clause_start[start])
                    if negation is None and rule.deniable:
                        negation = self._answered_no(words, start, clause_start, clause_end)
                    if negation is None and rule.deniable and self._denied_later(
                            words, start, clause_start, clause_end, scan.parts):
                        negation = start
                    if negation is not None:
                        denied.update(range(negation, start + 1))
                        # "so no ALS right?", "not MS then?": a fear denied asks to be
                        # reassured of it, whoever is named
                        beside = beside or not rule.deniable
                    shown = shown or negation is None or not rule.deniable
                    if names and negation is None:
                        told_here += _names_in(words[start:start + _NAME_REACH], names)
                    weighed = self._weighed.get(rule.id)  # only a fear is weighed
                    if weighed is not None and not beside:
                        beside = weighed.search(words[clause_start[start]:clause_end[start]])
                told_with_a_twitch = rule.personal and not personal and any(
                    self._told_with_a_twitch(words, start) for start in starts)
                # an emergency told of no one ("thunderclap headache now one side weak"), with
                # no nutrient asked, is of someone here; and so is weakness or numbness come
                # on suddenly on a side of a body ("Sudden one sided weakness what to do")
                sided = bool(scan.sudden) and rule.id in _SUDDEN_URGES \
                    and self._side_of_a_body.search(words)
                if (shown and (personal or beside or told_with_a_twitch or not rule.personal
                               or ((rule.urgent or sided) and not about_nutrient))
                        and (first_person or pointing or not rule.first_person)
                        and (twitching or in_conversation or not rule.about_twitching)
                        and (twitching or in_conversation or bool(scan.parts) or sided
                             or first_person or faculty or someone or not rule.bodily)):
                    found.append(rule.id)
                    symptoms_told += told_here
        # A medicine for a condition from elsewhere, with no twitch said ("started me on
        # ropinirole for restless legs, what dose..."), is that condition's, not a sign;
        # unless it is asked whether it matters ("I'm on water pills for my blood pressure
        # btw. Does that matter?"), which only the twitch it may cause can make it.
        for_elsewhere = any(start not in named for start in scan.conditions) \
            and not (twitching or in_conversation or self._medicines.asked_if_it_matters(words))
        # only a medicine named, or one under discussion, can be one taken
        if not for_elsewhere and (medicines or medicine_discussed) and self._medicines.taken(
                words, medicines, twitching=twitching or in_conversation or (
                    tells_only and self._medicines.changed(words)),
                own_twitch=own_twitch, nutrients=nutrients, discussed=medicine_discussed,
                discussed_changed=medicine_changed,
                denied=lambda start: self.negation(words, start) is not None,
                alone=not nutrients and self._only_a_medicine_suspected(
                    clauses, scan, unknown, named | purposes),
                this_year=(today or date.today()).year if _says_a_year(words) else 0,
                others_told=bool(found)):
            found.append(self._medicines.sign)
        elif twitching and self._medicines.side_effect_of_the_unknown(words, unknown):
            found.append(self._medicines.sign)  # "Eliquis And Twitching, Side Effect?"
        if personal and "spreading" not in found and len(told) > 1 \
                and self._spread(words, told, clause_start):  # a part after another
            found.append("spreading")  # "both eyelids and now my cheek"
        if personal and "spreading" not in found and len(places) >= 2:
            found.append("places")
        if personal and "places" not in found and "spreading" not in found and (
                self._both_of_a_pair(clauses, words)
                or self._on_both_sides(words, scan.parts, fine_at)):
            found.append("places")  # "Thighs rippling when I lie down. Both of them."
        elsewhere = someone or not self._relations.isdisjoint(said)  # "his eye does it too"
        if (in_conversation and places_before and not elsewhere and "spreading" not in found
                and self._moved_on(words, scan.parts, places_before, clause_start)):
            found.append("spreading")
        # a twitch that has lasted is someone's even beside a nutrient ("twitching for 6
        # weeks, magnesium not helping"); the care advice leads, then what is asked
        # a span told of one's own body part with no twitch word is the twitch's, in a
        # twitching assistant ("Left Eyelid, Since March - Normal?")
        # ... and so is one the asker tells beside body parts of no one else's ("since
        # august if im honest. eyelid and cheek. what helps?")
        own_parts = any(part not in theirs for part in scan.parts) \
            and bool(self._first_person & said) and not elsewhere
        # ... and so is one of remedies of ours tried in vain ("tried magnesium AND calcium
        # and nothing has worked since the start of November")
        in_vain = bool(nutrients) and first_person and self._in_vain.search(words)
        # "Since Bonfire Night, honestly. That's normal though right?": a short turn that
        # names nothing but when and asks if that is normal tells how long the twitch has
        # gone on, as 'it' is what a twitching assistant is about
        only_when = (worried and not twitching and len(words) <= _ONLY_WHEN_WORDS
                     and not (unknown or nutrients or foods or scan.parts or scan.conditions))
        if (personal or twitching or in_conversation or only_when) and self._too_long(
                clauses, scan, twitching or own_body or own_parts or in_vain or only_when,
                today, clause_start, in_conversation, background):
            found.append("duration")
        if (twitching or in_conversation) and self._illness_sign not in found \
                and (self._names_an_illness(scan, unknown, conditions)
                     or self._illness_asked_alone(clauses)):
            found.append(self._illness_sign)
        # Strong signs lead, the softer ones follow, and the vaguest (worry) comes last.
        found.sort(key=self._strength)
        urgent = bool(found) and any(rule.urgent and rule.id in found for rule in self._rules)
        if not urgent and _SUDDEN_URGES & set(found) and (
                scan.sudden or self._side_of_a_body.search(words)):
            urgent = True  # "my arm suddenly went numb", "CAN'T FEEL MY RIGHT SIDE"
        if {"weakness", "numbness"} <= set(found):
            urgent = True  # "gone numb and i can't lift it"
        return Signs(("urgent", *found) if urgent else tuple(found), frozenset(denied),
                     own_twitch, own_body,
                     frozenset(places) if personal and not elsewhere else frozenset(),
                     tuple(dict.fromkeys(symptoms_told)))

    def _age_said(self, words: Sequence[str]) -> bool:
        """An age told after a word that introduces one ('at 34', 'aged 61')."""
        return not self._age_before.isdisjoint(words) and any(
            word in self._age_before and following.isdigit()
            for word, following in pairwise(words))

    def _both_of_a_pair(self, clauses: Sequence[Sequence[str]], words: Sequence[str]) -> bool:
        """A body part of a pair named, and a clause that only says both of it ('Thighs
        rippling at night. Both of them.', 'calves, both sides'): two places."""
        if self._paired.isdisjoint(words):
            return False  # no part of a pair: most questions, in one set test
        return any(" ".join(clause) in self._both_alone for clause in clauses)

    def _on_both_sides(self, words: Sequence[str], parts: Sequence[int],
                       fine_at: Collection[int]) -> bool:
        """A body part named on one side and again on the other ('my right calf and my
        left calf', 'it stopped in my right bicep and started in the left one'): one
        region, but two places; not one side said to be fine ('the left one's fine'),
        nor sides of no one's ('when your right eye jumps it means visitors, the left one
        bad news'): a side is someone's, said after 'my', 'his', 'the'..."""
        if not parts or self._sides.isdisjoint(words):
            return False  # no side named: most questions, in one set test
        named_at = set(parts)
        sides: dict[str, set[str]] = {}
        last_region = ""
        for index, word in enumerate(words):
            if index in named_at:
                last_region = self._regions[word]
                said_of = index
                side = next((words[at] for at in range(max(1, index - _SIDE_REACH), index)
                             if words[at] in self._sides and words[at - 1] in self._side_owners),
                            None)
            elif word in self._sides and index + 1 < len(words) and index \
                    and words[index + 1] in self._side_ones and last_region \
                    and words[index - 1] in self._side_owners:
                said_of = index + 1  # "the left one", of the part named last: said after "one"
                side = word
            else:
                continue
            if side and not (fine_at and self._said_fine(words, said_of, parts, fine_at)):
                sides.setdefault(last_region, set()).add(side)
        return any(len(named) > 1 for named in sides.values())

    def _said_beside_it(self, words: Sequence[str], start: int) -> bool:
        """'a headache with it', 'a fever along with it': a condition said beside the
        twitch, pointed at."""
        end = self._conditions.end(words, start)
        return any(starts_at(words, end, phrase) for phrase in self._beside_it)

    def _told_with_a_twitch(self, words: Sequence[str], start: int) -> bool:
        """'Which Magnesium Is Best For Twitching With Tingling?', 'Is Slow-Mag Enough For
        Twitching Everywhere?': a sign's words just after a twitch word, joined to it, tell
        a twitch had, not asked about; unless a cause is asked of them ('does low B12 cause
        twitching and tingling'). A sign after "and" is listed, as what a nutrient does
        ("better for twitching and tingling?"), unless "a" or "my" makes it had ("For
        Twitching And A Weak Grip"). A sign whose phrase is the twitch itself ('can low
        magnesium cause twitching all over') is told however it is asked: a twitch that
        spreads needs a doctor's look, whatever is wondered about its cause."""
        if words[start] in self._twitch_verbs:
            return True
        if words[start] in self._joins and words[start] not in self._twitch_sign_joins:
            return False  # "twitching and tingling": listed, as what a nutrient does
        at = start - 1
        if at > 0 and words[at] in self._twitch_sign_had and words[at - 1] in self._joins:
            at -= 2  # "twitching and a weak grip": a sign had
        while at >= 0 and start - at <= _TWITCH_SIGN_REACH and words[at] in self._twitch_sign_joins:
            at -= 1
        return (at >= 0 and words[at] in self._twitch_verbs
                and self._causing.isdisjoint(words[max(0, at - _CAUSE_AFTER):at]))

    def _joined_to_a_twitch(self, words: Sequence[str], start: int) -> bool:
        """A condition said together with a twitch word a few words before it, joined by
        'with', 'and' or 'plus' ('twitching with morning headaches', 'twitch and a rash'),
        or naming the twitch just after it ('Menopause Muscle Twitching')."""
        before = words[max(0, start - JOINED_REACH):start]
        return (any(word in self._twitch_words for word in before)
                and any(word in self._joins for word in before)) or any(
            word in self._twitch_verbs for word in words[start + 1:start + 1 + _NAMES_AFTER])

    def _strength(self, sign: str) -> tuple[bool, bool, bool]:
        """The order signs lead in: urgent first, the softer ones after, a worry last."""
        return sign != "urgent", sign in self.soft, sign in self.vague

    def regions_named(self, words: Sequence[str]) -> set[str]:
        """The body regions whose parts the words name ('my tongue': 'face'; not the
        'back' of 'back to the twitching')."""
        return {self._regions[words[at]] for at in self._part_positions(words)}

    def twitch_said(self, words: Sequence[str], scan: Scan,
                    elsewhere: Collection[int] = ()) -> bool:
        """Whether a twitch is said: a twitch word, or, with a body part named (``scan``
        of the question says where), a word for how a muscle moves beside it ("whole body
        popping like popcorn", "my calf keeps firing") or a part that will not keep still;
        not in ``elsewhere``, the words of a condition from elsewhere ("period cramps")."""
        if not self._twitch_words.isdisjoint(words) and (not elsewhere or any(
                word in self._twitch_words and index not in elsewhere
                for index, word in enumerate(words))):
            return True
        parts = scan.parts
        if not parts:
            return False  # no body part named, for a word of how it moves: most questions
        if scan.restless:
            return True  # "dose went up, eyelid won't sit still"
        verbs = self._twitch_verbs
        return any(words[near] in verbs and near not in elsewhere
                   for part in parts
                   for near in range(max(0, part - TWITCH_VERB_REACH),
                                     min(len(words), part + TWITCH_VERB_REACH + 1)))

    def lasting(self, signs: Sequence[str]) -> tuple[str, ...]:
        """The signs a conversation keeps leading with once raised (not a passing worry),
        strongest first, so weakness said later leads before a duration said earlier;
        among equals in the data's order, as in one question, so a hand gone weak told
        after a fear of ALS leads the later answers with the weakness, not the fear."""
        kept = dict.fromkeys(sign for sign in signs if sign in self._lasting)
        return tuple(sorted(kept, key=lambda sign: (*self._strength(sign),
                                                    self._listed.get(sign, len(self._listed)))))

    def _names_an_illness(self, scan: Scan, unknown: Collection[str],
                          conditions: Collection[str]) -> bool:
        """'could it be myasthenia gravis', 'is twitching a symptom of diabetes': an illness
        the sources do not cover (one of the data's illnesses, another condition, or a
        word from elsewhere with an illness's ending) is named as the cause, a few words
        after a frame that names one."""
        words = scan.words
        named = set(scan.illnesses)
        if conditions or unknown:  # most questions name neither
            named |= {index for index, word in enumerate(words)
                      if word in conditions
                      or (word in unknown and word.endswith(self._illness_endings))}
        if not named:
            return False
        # "can a cold house make your muscles twitch": a condition's word in an idiom
        named -= covered(words, self._not_signs_by_first)
        # "...or is that a myth": a claim doubted, not a cause named
        frames = [start for start in scan.illness_frames
                  if not (start and words[start - 1] == "or")]
        return any(index - _ILLNESS_AFTER <= start < index for index in named for start in frames) \
            or any(self._causes_a_twitch(words, at) for index in named
                   for at in range(index + 1, min(len(words), index + 1 + _CAUSE_AFTER))) \
            or any(self._weighed_against_another(words, index, named) for index in named)

    def _weighed_against_another(self, words: Sequence[str], index: int,
                                 named: Collection[int]) -> bool:
        """'Serotonin Syndrome Or Just Anxiety Twitching?': an illness named at ``index``
        and weighed, just after it, against an everyday cause, is asked as what the twitch
        may be; not one denied ('no headache or anything'), nor 'diabetes or not', nor
        two illnesses weighed against each other ('Tourette's vs chronic tic disorder')."""
        end = max(index + 1, self._illnesses.end(words, index))
        return end + 1 < len(words) and words[end] in self._illness_weighed \
            and words[end + 1] not in self._negations \
            and self.negation(words, index) is None \
            and not any(end < other <= end + _ILLNESS_AFTER for other in named)

    def _illness_asked_alone(self, clauses: Sequence[Sequence[str]]) -> bool:
        """'Calf fascics, no weakness. BFS?', 'eyelid twitch - tetanus??': an illness
        the sources do not cover, as a clause of its own (with no more than "maybe" or
        "possible" beside it), is asked as what the twitch told is."""
        for clause in clauses:
            said = [word for word in clause if word not in self._asked_alone_with]
            if said and self._illnesses.end(said, 0) == len(said):
                return True
        return False

    def _causes_a_twitch(self, words: Sequence[str], at: int) -> bool:
        """'cause twitching', 'make my eye twitch', 'trigger it': a verb of causing at ``at``
        with a twitch word or one that points back just after it (not 'cause for concern')."""
        return words[at] in self._causing and not (
            self._twitch_words | self._pointing).isdisjoint(words[at + 1:at + 1 + _CAUSE_AFTER])

    def about_own_body(self, words: Sequence[str], parts: Sequence[int] | None = None,
                       clause_start: Sequence[int] = (), audiences_named: bool = True,
                       signs_at: Collection[int] = ()) -> bool:
        """'my calf', 'my lower eyelid': the person speaks of a part of their own body
        (not 'my money back'); so does a question that opens with a part that twitches,
        then tells when or how ('thumb twitching after 12 hours gaming', 'twitchy thumb
        since tuesday'; not 'eye twitch emoji meaning'), of no one else. ``parts`` are the body
        parts' positions, from :meth:`scan`; ``clause_start`` each word's clause's first
        word (see :func:`_clause_starts`); ``audiences_named`` whether the scan found a
        child, a pregnancy or an animal named. A part that opens a clause with a bodily
        sign's phrase at it tells of the asker's body as a twitch does ("Coffee cutback
        advice, arm tires blow-drying hair"); ``signs_at`` are where those phrases start."""
        found = set(self._part_positions(words) if parts is None else parts)
        if not found:
            return False
        own = self._own_possessives
        if not own.isdisjoint(words) and any(word in own and (index + 1 in found or (
                index + 2 in found and not self._relations_own(words[index + 1])
                and words[index + 1] not in self._their
                and words[index + 1] not in self._audience_owners)
                or self._past_modifiers(words, index + 1) in found)
               for index, word in enumerate(words)):
            return True  # "my calf", "me left calf"; not "my husband's calf", "told me her
            # legs", "my dog's back leg"
        if not self._third_person.isdisjoint(words):
            return False
        # a part that opens the headline, or a clause of it ("gaming all night, eyelid
        # twitching today"), or follows a word that turns to what happened next ("Late
        # Night Gaming Then Eyelid Twitch All Day")
        # (not one said as a relation's: "Wife's legs jumping since starting citalopram")
        heads = [at for at in found if at < HEADLINE_PART_WITHIN
                 and not (at and self._relations_own(words[at - 1]))]
        later = [at for at in found if at >= HEADLINE_PART_WITHIN and (
            (clause_start and clause_start[at] == at) or words[at - 1] in self._headline_turns)]
        if later and (audiences_named or any(one_of(word, self._relations) for word in words)):
            # ... with no one else named ("16yo daughter on Monster, eye twitching", "my baby
            # 8 month old, hands are twitching in sleep", "mum's on lithium, hands twitchy")
            later = []
        return any(self._twitch_told_from(words, opening)
                   or any(opening <= start <= opening + _SIGN_FROM_PART for start in signs_at)
                   for opening in sorted(heads + later))

    def _twitch_told_from(self, words: Sequence[str], opening: int) -> bool:
        """The part at ``opening`` and a twitch word in either order ("twitchy thumb since
        tuesday", "thumb web twitching after gaming"), then the end or a word that tells
        when or how."""
        after = next((at for at in range(opening + 1, min(opening + 3, len(words)))
                      if words[at] in self._twitch_words), None)
        if after is not None:
            end = after + 1
        elif opening > 0 and words[opening - 1] in self._twitch_words:
            end = opening + 1
        else:
            return False
        return end == len(words) or words[end] in self._story_links

    def _faculty_told(self, clauses: Sequence[Sequence[str]]) -> bool:
        """Whether what a body does is told of someone: a clause opens with it ("Grip's
        been a bit off lately"), or it is someone's ("his grip has got weaker", "mum's
        speech"), unlike a faculty asked about in general ("can low magnesium cause a weak
        grip")."""
        if self._own_faculties.isdisjoint(chain.from_iterable(clauses)):
            return False  # most questions name none
        return any(word in self._own_faculties and (
                       index == 0 or clause[index - 1] in self._faculty_owners
                       or clause[index - 1] in self._relations)
                   for clause in clauses for index, word in enumerate(clause))

    def _spread(self, words: Sequence[str], parts: Sequence[int],
                clause_start: Sequence[int]) -> bool:
        """A body part named with a word of spreading ('now', 'as well') after another part:
        the twitch has moved to a new place. ``clause_start`` gives each word's clause."""
        parts = [index for index in parts
                 if self._regions[words[index]] not in self._generic_places]
        how_often = self._how_often(words) if len(parts) > 1 else set()
        for earlier, later in pairwise(parts):
            # the word of spreading is said near the new place, in its clause, not anywhere
            # in a story ("...two days now. Legs feel fine otherwise")
            if _singular(words[earlier]) != _singular(words[later]) and self._spread_cue_near(
                    words, later, max(earlier + 1, clause_start[later]), later + 3, how_often):
                return True
        return False

    def _spread_cue_near(self, words: Sequence[str], place: int, since: int, until: int,
                         how_often: Collection[int]) -> bool:
        """Whether a word of spreading ('now', 'too') is said near the body part at
        ``place``: from ``since`` (no further back than SPREAD_CUE_REACH words) to before
        ``until``, and not in a phrase of how often ('now and then')."""
        start = max(since, place - SPREAD_CUE_REACH)
        return any(word in self._spread_cues and at not in how_often
                   for at, word in enumerate(words[start:until], start))

    def _moved_on(self, words: Sequence[str], parts: Sequence[int], before: frozenset[str],
                  clause_start: Sequence[int]) -> bool:
        """A body part of a region the conversation's twitch was not in, named with a word
        of spreading near it (see :meth:`_spread_cue_near`): the twitch has reached a new
        place."""
        how_often = self._how_often(words) if parts else set()
        for index in parts:
            region = self._regions[words[index]]
            if region not in before and region not in self._generic_places and \
                    self._spread_cue_near(words, index, clause_start[index],
                                          _reach_in_clause(clause_start, index), how_often):
                return True
        return False

    def _how_often(self, words: Sequence[str]) -> set[int]:
        """Where 'now and then' and the like say how often, not that a twitch moved on:
        the phrases are tried only where their first word is, not at every word."""
        return covered(words, self._how_often_by_first)

    def _places(self, words: Sequence[str], parts: Sequence[int],
                fine_at: Collection[int] = ()) -> set[str]:
        """The body regions named: two or more means twitching in more than one place;
        not those said to be fine ("arms and legs fine, its just the eyelid")."""
        if not parts:
            return set()  # no body part named: most questions
        if fine_at:
            parts = [i for i in parts if not self._said_fine(words, i, parts, fine_at)]
        if len(parts) > 1:  # "Only my calf actually, not the foot"
            parts = [i for i in parts if not any(ends_at(words, i, denial)
                                                 for denial in self._denied_part_before)]
        if len(parts) > 1 and self._side_of_a_part.may_start(words):
            # "the back of my thigh": a side of the part after it, one place
            parts = [i for i in parts if not self._side_of_the_next(words, i, parts)]
        if len(parts) > 1 and not self._locating.isdisjoint(words):
            located = [i for i in parts if not self._locates(words, i, parts)]
            # ... unless only a muscle is left, which the part after it places: "the
            # muscle under my eye" is the eye
            if any(self._regions[words[i]] not in self._generic_places for i in located):
                parts = located
        if len(parts) > 1 and not self._cramp_words.isdisjoint(words):
            # "the odd cramp in my feet at night, and a flicker in my calf": a part named
            # only for a cramp is no place a twitch is in (NHS: twitches in more than one
            # place), and cramps in several are not twitches in several
            parts = [i for i in parts if not self._only_cramped(words, i)]
        if len(parts) > 1 and not self._complaint_words.isdisjoint(words):
            # "milk makes my stomach bad", "my knee hurts": a part named for another
            # complaint, with no twitch said of it, is no place the twitch is in
            parts = [i for i in parts if not self._a_complaint(words, i)] or parts
        return {self._regions[words[i]] for i in parts} - \
            self._generic_places

    def _only_cramped(self, words: Sequence[str], part: int) -> bool:
        """Whether the symptoms told near the body part at ``part`` are cramps alone ("cramp
        in my feet", "calves cramping"), not a twitch ("my calf cramps and twitches")."""
        near = words[max(0, part - _CRAMP_REACH):part + 1 + _CRAMP_REACH]
        told = [word for word in near
                if word in self._twitch_said_by and word not in self._muscle_words]
        return bool(told) and all(word in self._cramp_words for word in told)

    def _without_theirs(self, words: Sequence[str], parts: Sequence[int]) -> Sequence[int]:
        """The body parts, less someone else's beside one said as the asker's own: "my
        husband's knees aren't good ... my left foot started twitching" names one place,
        and no twitch that moved from the knees to the foot."""
        if len(parts) < 2 or self._own_possessives.isdisjoint(words):
            return parts  # one part, or none said as one's own: most questions
        theirs = [i for i in parts if self._someone_elses_part(words, i)]
        if theirs and any(i not in theirs and not self._own_possessives.isdisjoint(
                words[max(0, i - _OWNER_REACH):i]) for i in parts):
            return [i for i in parts if i not in theirs]
        return parts

    def _someone_elses_part(self, words: Sequence[str], part: int) -> bool:
        """Whether the body part at ``part`` is said as someone else's: 'his knees', 'my
        husband's knees' (which arrives as 'husbands knees')."""
        return any(word in self._their_possessives or self._relations_own(word)
                   for word in words[max(0, part - _OWNER_REACH):part])

    def _past_modifiers(self, words: Sequence[str], at: int) -> int:
        """Where the words from ``at`` on that only say which part ('left lower', 'right
        upper') end: 'my left lower eyelid' is the asker's eyelid."""
        end = at
        while end < len(words) and end - at < _MODIFIERS and words[end] in self._part_modifiers:
            end += 1
        return end

    def _only_theirs(self, words: Sequence[str], clauses: Sequence[Sequence[str]],
                     rule: SignRule, parts: Sequence[int], start: int, owner: int) -> bool:
        """'Mum has MS, is she eligible for a blue badge?': an illness someone else has
        or had, with no twitch, no body part, no asker named ('does that make it more
        likely for me?') and nothing that ties the asker to it (its theirs_unless: "does
        it run in families", "what if"), is their own matter, not a fear; not one only
        said of the asker ('my friend said it could be MS'). Its owner is named at
        ``owner``."""
        ties = self._theirs_unless.get(rule.id)
        return not parts \
            and (not self._illness_had.isdisjoint(words[owner + 1:start])  # "mum has MS"
                 or (owner == start - 1 and self._relations_own(words[owner]))) \
            and self._asker.isdisjoint(words) \
            and self._twitch_said_by.isdisjoint(words) and not (
                ties is not None and any(ties.search(clause) for clause in clauses))

    def _their_story(self, words: Sequence[str], start: int, rule: SignRule, worried: bool,
                     clauses: Sequence[Sequence[str]], since: int, until: int) -> bool:
        """Whether the illness named at ``start`` is someone else's, told as the background
        of a twitch of the asker's own ("I look after my husband, who has Parkinson's ... is
        my eyelid just tiredness?"): none of theirs in its clause ("mum thinks her twitchy
        thumb means Parkinson's"), no worry told, and nothing that ties the asker's twitch
        to it, a worry or a doubt in any clause (its theirs_unless: "and now my calf",
        "does it run in families", "what if"). Told in a conversation, it may answer an
        earlier question, and stays a fear. Its clause runs from ``since`` to ``until``."""
        ties = self._theirs_unless[rule.id]
        return not worried and not self._fearing.search(words) \
            and self._twitch_said_by.isdisjoint(words[since:until]) \
            and not any(ties.search(clause) for clause in clauses) \
            and (owner := self._owner(words, start, _ILLNESS_OWNER_REACH)) is not None \
            and not (words[owner] in self._kin and not any(  # "my mother-in-law" is no kin
                starts_at(words, owner + 1, suffix) for suffix in self._relation_suffixes)) \
            and not self._illness_had.isdisjoint(words[owner + 1:start])

    def _someone_elses_condition(self, words: Sequence[str], start: int,
                                 reach: int = _OWNER_REACH) -> bool:
        """Whether the condition named at ``start`` is said as someone else's: 'my mum had
        osteoporosis', 'his diabetes', 'she has asthma'; not 'I have asthma'. An illness
        reaches further back for its owner: 'my dad was diagnosed with Parkinson's'."""
        return self._owner(words, start, reach) is not None

    def _owner(self, words: Sequence[str], start: int, reach: int) -> int | None:
        """Where the one whose condition is named at ``start`` is named (see
        :meth:`_someone_elses_condition`), or None when it is the asker's own."""
        first = max(0, start - reach - 1)
        owner = next((at for at in range(start - 1, first - 1, -1)
                      if words[at] in self._relations or words[at] in self._third_person
                      or words[at] in self._their_possessives
                      or self._relations_own(words[at])), None)
        return owner if owner is not None and self._first_person.isdisjoint(
            words[owner + 1:start]) else None

    def _tells_of_the_twitch(self, clause: Sequence[str], at: int, parts: Collection[int]
                             ) -> bool:
        """Whether the clause starting at word ``at`` names a twitch, points at one, or
        names a body part where one is (at one of ``parts``): not the 'back' of "back in
        September I went vegetarian", which names no part."""
        return not (self._twitch_words.isdisjoint(clause) and self._pointing.isdisjoint(clause)) \
            or any(at <= part < at + len(clause) and clause[part - at] in self._body_parts
                   for part in parts)

    def _a_complaint(self, words: Sequence[str], part: int) -> bool:
        """Whether the body part at ``part`` is named for a complaint other than a twitch:
        one of complaints just after it ("my knee hurts", "knee surgery") or of
        complaints_before just before it ("a jab in my shoulder"), and no twitch word just
        before or after it."""
        after = words[part + 1:part + 1 + _COMPLAINT_REACH]
        near = words[max(0, part - 1):part + 1 + _COMPLAINT_REACH]  # "twitchy knee hurts"
        before = words[max(0, part - _COMPLAINT_REACH):part]
        return not (self._complaints.isdisjoint(after)
                    and self._complaints_before.isdisjoint(before)) \
            and self._twitch_said_by.isdisjoint(near)

    def _side_of_the_next(self, words: Sequence[str], part: int, parts: Sequence[int]) -> bool:
        """Whether the body part at ``part`` is told as a side of the one just after it
        ('the back of my thigh', 'ball of the foot'), which is where the twitch is."""
        link = part + 1
        return link < len(words) and (end := self._side_of_a_part.end(words, link)) > link \
            and end in parts

    def _locates(self, words: Sequence[str], part: int, parts: Sequence[int]) -> bool:
        """Whether the body part at ``part`` only says where on a part named just before
        it the twitch is ('my right arm, up near the shoulder', 'the web of my hand
        between the thumb and first finger'): one place, not two."""
        at = next((at for at in range(part - 1, max(-1, part - _LOCATING_REACH - 1), -1)
                   if words[at] in self._locating), None)
        if at is None:
            return False
        # ... with no "and" or "too" between the two ("my calf, and near my eye": two)
        return any(part - _LOCATED_AFTER <= earlier < at
                   and self._spread_cues.isdisjoint(words[earlier + 1:at])
                   and self._place_joins.isdisjoint(words[earlier + 1:at]) for earlier in parts)

    def _said_fine(self, words: Sequence[str], part: int, parts: Sequence[int],
                   fine_at: Collection[int]) -> bool:
        """Whether the body part at ``part``, with the parts listed after it, is said to be
        fine: 'my arms and legs are fine', 'legs ok'."""
        at = part + 1
        while at < len(words) and (at in parts or words[at] in self._listed_parts_glue):
            at += 1
        return at in fine_at

    def _part_positions(self, words: Sequence[str],
                        span_dates: Sequence[_DayNamed] | None = None) -> list[int]:
        """Where body parts are named: not 'back to the twitching', 'on my feet all day'
        or 'keep an eye on it', nor the 'back' of 'since the clocks went back'.
        ``span_dates`` are the days of the year named in the words by ``_span_dates``,
        when the caller has them (see :meth:`scan`)."""
        regions = self._regions
        if self._body_parts.isdisjoint(words):
            return []  # no body part: most questions, in one set test
        positions = [index for index, word in enumerate(words) if word in regions]
        if span_dates is None:
            span_dates = self._dates_named(words, self._span_dates)
        dated = {i for start, (name, _) in span_dates for i in range(start, start + len(name))}
        idioms = covered(words, self._not_places_by_first)
        return [index for index in positions
                if index not in dated and index not in idioms
                and not (index and (words[index - 1] in self._not_parts_after or (
                    words[index - 1] in self._other_senses_after
                    and words[index] in self._parts_of_other_senses)))]

    def _too_long(self, clauses: Sequence[Sequence[str]], scan: Scan,
                  twitching: bool, today: date | None,
                  clause_start: Sequence[int], in_conversation: bool = False,
                  background: Collection[int] = ()) -> bool:
        """A twitch that has lasted too long. A phrase ("over a month now"), two days of
        the year named ("started in August, it's November now") or a span from one of
        them to today ("since the summer", "most of this year") tells it anywhere in a
        question about twitching; a number of weeks only in a clause about the twitch
        ("vegan for 3 years, my eye twitches" is no duration). ``scan`` is the
        clauses' words' (see :meth:`scan`: where the duration phrases start, the days of
        the year named, which the checks below read without looking them up again),
        ``clause_start`` each word's clause's first word (see :meth:`read`). In a
        conversation with us every turn is about the twitch: a turn that only says how
        long ("been 3 weeks btw") tells it, and one about something else ("I've been
        vegan for 3 years") does not, nor one of a story told as ``background``."""
        words, duration = scan.words, scan.duration
        if not (duration or self._says_when(words, scan.dated)):
            return False  # no span said at all: most questions, in a few set tests
        if in_conversation:
            twitching = True
        # A clause holds a duration phrase only where the words do (the scan reads their
        # inflections too): most questions hold none, and their clauses are not scanned.
        phrased = bool(duration)
        duration = [start for start in duration if start not in background
                    and not self._something_else_began(words, start)
                    and not (self._something_else_lasted(words, start, clause_start[start])
                             and not self._twitch_lasted_it_too(words, start))
                    and not self._a_period_described(words, start, clause_start[start])
                    and not self._a_period_as_subject(words, start)
                    and not self._a_span_ahead(words, start, clause_start[start])
                    and not self._a_span_planned(words, start, clause_start[start])]
        duration = self._outside_those_aside(words, scan.duration, duration)
        # each clause with where it starts (the running total ends one past them)
        placed = list(zip(clauses, accumulate((len(clause) for clause in clauses), initial=0),
                          strict=False))
        if background:  # and the clauses of that story tell none
            placed = [(clause, at) for clause, at in placed if at not in background]
            clauses = [clause for clause, _ in placed]
        if twitching and (bool(duration) or (
                self._two_dates_from_a_start(scan, clause_start)
                and self._days_since(words, today, scan, clause_start) >= self._min_days)):
            # two days of the year tell how long only from a start long enough ago: not
            # "since Thanksgiving ... make it stop before our Christmas party"
            return True
        if (twitching or in_conversation) and self._days_since(words, today, scan, clause_start) \
                >= self._min_days and not self._short_span_told(clauses):
            return True  # "since the summer"; in a conversation, "It started on the 2nd"
        # a clause that points back to a twitch told before it is about it too: "... for
        # cramps, potassium or magnesium? Had them a month", "Twitch started after an
        # all-nighter, still going three weeks later"
        about = [c for k, (c, at) in enumerate(placed)
                 if self._tells_of_the_twitch(c, at, scan.parts)
                 or ((not self._them.isdisjoint(c) or self._ongoing.search(c))
                     and any(not self._twitch_words.isdisjoint(earlier)
                             for earlier in clauses[:k]))]
        asker_named = not self._first_person.isdisjoint(words)
        if any(self._lasts_too_long(c, phrased, asker_named) for c in about) or (
                any(self._days_since(c, today) >= self._min_days for c in about)
                and not self._short_span_told(clauses)):
            return True  # a day of the year, unless a short span is told of the twitch
        if not twitching:
            return False
        # A span of units needs a unit of time said: a long story often says none, and
        # what is left but a day of the year after an event is not looked for.
        timed = not self._units.keys().isdisjoint(words)
        if timed and self._outlasted(clauses) and not self._short_span_told(clauses):
            return True
        # A clause that is only a duration tells the twitch's ("thigh twitching, going on two
        # months"), unless it follows a pregnancy ("pregnant (about 16 weeks)") or a diet,
        # fast or plan whose day it counts ("carnivore diet, day 40"); after a
        # twitch "since" an event, so does the time since it ("...since I stopped drinking.
        # Three weeks sober now").
        if self._event_dated_aside(clauses, today) and not self._short_span_told(clauses):
            return True
        if not (phrased or timed):
            return False  # no clause can be only a span, nor tell the time since an event
        since = any(self._since_an_event(c) for c in about)
        return any(self._lasts_too_long(c, phrased, asker_named) or self._only_units(c)
                   for k, c in enumerate(clauses)
                   if (self._only_a_duration(c) and not (
                       k and (self._a_pregnancys(clauses[k - 1], len(clauses[k - 1]))
                              or (bool(clauses[k - 1])
                                  and clauses[k - 1][-1] in self._counted_for_else))))
                   or (since and self._time_since(c))
                   # "Benign Fasciculation or Worse? Eight Weeks In": counted from the start of
                   # the twitch just named (not "Vegan here, 28F, about eighteen months in")
                   or (k and len(c) > 1 and c[-1] == "in" and self._only_a_duration(c[:-1])
                       and not self._twitch_words.isdisjoint(clauses[k - 1])))

    def _no_twitch(self, words: Sequence[str]) -> bool:
        """'blurry screen, a dull headache, no twitching or anything': every twitch word
        denied just before it, so no other symptom is beside a twitch."""
        said = [at for at, word in enumerate(words) if word in self._twitch_words]
        return bool(said) and all(at and words[at - 1] in self._no_twitch_before
                                  for at in said)

    def _told_again(self, words: Sequence[str], start: int, parts: Sequence[int]) -> bool:
        """'Sat cross-legged ... foot tingly and dead, came back after a couple of minutes
        ... is the twitch anything to do with the pins and needles?': a sign pointed back to
        ("the", "that") after a sign of the body was explained away, naming no body part of
        its own nearby, is the one told before; one told of a part ("now my hand is numb
        too"), or as back or still there ("then the tingling came back"), is another."""
        return start > 0 and words[start - 1] in self._pointed_back \
            and not any(abs(at - start) <= _AGAIN_REACH for at in parts) \
            and not self._told_back.search(words[max(0, start - 2):start + 1 + _AGAIN_REACH])

    def _what_a_lack_may_cause(self, words: Sequence[str], since: int, start: int, end: int,
                               nutrients: Collection[int]) -> bool:
        """'B12 ... can cause twitching and tingling if you're low': a sign said as what a
        nutrient may cause, after the nutrient in its clause (from ``since`` to ``end``),
        is what is read about it, not what anyone has; unless the asker says it of
        themselves ('... and heart racing when I lie down?')."""
        said = words[since:start]
        causing = self._said_to_cause.starts(said)
        return bool(causing) and any(since <= at < since + causing[0] for at in nutrients) \
            and self._first_person.isdisjoint(words[start:end])

    def _named_for_something_else(self, words: Sequence[str], start: int, rule: SignRule,
                                  clause_end: int) -> bool:
        """'binge-watched a Parkinson's drama', 'an ALS research grant': the sign's phrase
        names something else when one of the rule's ``named_for`` follows it in its clause
        (which ends at ``clause_end``), unless a worry keeps it open ('... and now I notice
        every single twitch'); not 'petrified it's MND, research I read says...'."""
        if not rule.named_for:
            return False
        end = self._scanner.end(words, start, self._slot_of[rule.id])
        return end < clause_end and words[end] in rule.named_for and not (
            rule.id in self._settled_by and self._settled_by[rule.id][1].search(words))

    def _explained_away(self, words: Sequence[str], start: int, rule: SignRule,
                        today: date | None) -> bool:
        """Whether what is said of the sign at ``start`` explains it away: a laugh, a choice,
        a drink or exercise's point just after it ("breathless with laughter", "lost 9 kg
        on purpose"); a sign of the body long past ("had a funny turn in 2015, fainted at a
        concert"); a fear settled since ("had an MS scare but the MRI was clear"), unless
        it came back ("... but I'm still terrified"); a worry about an event, not an
        illness ("terrified of my driving test"). A fear long past is still feared."""
        if self._reason_told_after(words, start) \
                or self._set_aside_after.search(words[start + 1:start + 1 + _SET_ASIDE_REACH]) \
                or (rule.deniable and self._a_reason_given(words, start)):
            return True
        if not self._body_weight.isdisjoint(words[start:start + _WEIGHT_REACH]) \
                and not self._without_trying.search(words) \
                and any(self.negation(words, at) is None
                        for at in self._weight_loss_aims.starts(words)):
            # "Started keto to lose weight ... lost five kilos already"; not "I lose 6 kilo
            # in two month but I don't do diet"
            return True
        if rule.deniable:  # a sign of the body, not a fear, a worry or a dread of the serious
            if (not rule.not_from_a_posture and self._from_a_posture(words, start)) \
                    or self._passed_from_the_world(words, start) \
                    or self._always_so_shaped(words, start) \
                    or (not rule.soft and self._checked_and_cleared(words, start, rule.episode)):
                return True
            after = words[start + 1:start + 1 + _PAST_AFTER]
            # "sounds drunk, but I don't drink, I gave up 20 years ago": up to a turn
            turn = next((at for at, word in enumerate(after) if word in self._contrasts), None)
            after = after[:turn] if turn is not None else after
            return self._long_ago(words[max(0, start - _PAST_BEFORE):start], after, today)
        before = words[max(0, start - _SETTLED_BEFORE):start]
        if (self._settled_before.search(before) or (
                self._settled_before_if_over.search(before)
                and self._over_now.search(words[start + 1:start + 1 + _OVER_REACH]))) \
                and not self._unsettled.search(words[start + 1:start + 1 + _SCARE_REACH]):
            # "no longer worried about ALS", "not worried about ALS any more"; not "... about
            # ALS, mostly", nor "not worried about MS lol, eyelid dancing"
            return True
        after = words[start + 1:start + 1 + _SETTLED_REACH]
        # "had an MS scare", "a health scare where I was convinced I had ALS"
        scare = not (self._scare.isdisjoint(after[:_SCARE_REACH])
                     and self._scare.isdisjoint(words[max(0, start - _SCARE_BEFORE):start]))
        settled = (self._settled_scare if scare else self._settled).starts(after)
        if settled and not self._unsettled.search(
                after[settled[0]:settled[0] + _UNSETTLED_REACH]):
            return True
        return rule.vague and self._dreaded.search(words[start + 1:start + 1 + _DREADED_REACH])

    def _a_reason_given(self, words: Sequence[str], start: int) -> bool:
        """'dropped my keys because I had the shopping': a reason of the world given just
        after a sign of the body (after one of the lexicon's explaining_links) is what
        brought it on. A reason that is a sign itself ("because my hand went weak") is read
        as that sign."""
        after = words[start + 1:start + 1 + _EXPLAINED_REACH]
        link = next((at for at, word in enumerate(after) if word in self._explaining_links),
                    None)
        return link is not None and self._reasons_of_the_world.search(
            words[start + 2 + link:start + 2 + link + _REASON_REACH])

    def _without_the_explained(self, words: Sequence[str], parts: Sequence[int], scan: Scan,
                               clause_start: Sequence[int]) -> list[int]:
        """The body parts less those of a clause whose sign a posture, the world or a
        reason told just after it explains, or of what explains it: "sat on my foot
        watching the match, pins and needles, gone in a minute ... my calf twitched", "Wrist
        tingled because my strap was too tight, stopped as soon as I loosened it. Now just
        a twitchy eyelid", "Dropped my keys, hands frozen, then thumb twitched" each tell
        of a twitch in one place."""
        explained: set[int] = set()
        for rule, starts in zip(self._rules, scan.signs, strict=True):
            if rule.deniable:
                for start in starts:
                    explained.update(clause_start[at]
                                     for at in self._explained_by(
                                         words, start, not rule.not_from_a_posture))
        return [part for part in parts if clause_start[part] not in explained]

    def _explained_by(self, words: Sequence[str], start: int, posed: bool) -> list[int]:
        """Where the sign at ``start`` and what explains it are told, when something does
        (see _from_a_posture, only for a sign a posture may bring on, when ``posed``,
        _passed_from_the_world, and explained_after); else none."""
        near = range(max(0, start - _POSTURE_REACH), start + 1 + _POSTURE_REACH)
        for causes, passed in ((self._postures, posed and self._from_a_posture),
                               (self._passing_causes, self._passed_from_the_world)):
            if passed and passed(words, start):
                return [start, *(at for at in causes.starts(words) if at in near)]
        reasons = self._reason_told_after(words, start)
        return [start, *reasons] if reasons else []

    def _reason_told_after(self, words: Sequence[str], start: int) -> list[int]:
        """Where explained_after's reasons are told just after the sign at ``start``
        ("breathless with laughter", "Buttons Fiddly In Gloves"); not what the sign is only
        likened to ("hands feel like they're in gloves")."""
        after = words[start + 1:start + 1 + _EXPLAINED_REACH]
        return [start + 1 + at for at in self._explained_after.starts(after)
                if self._likened_to.isdisjoint(after[:at])
                and not any(starts_at(after, at, p) for p in self._laughed_off)]

    def _checked_and_cleared(self, words: Sequence[str], start: int, episode: bool) -> bool:
        """'passed out at my niece's wedding ... Paramedics did an ECG in the car park, all
        normal': a sign of the body that a professional checked after it and cleared, with
        nothing told since that says it is not over ("... but it happened again today"); of
        a sign that is not an ``episode`` (a faint), only one told passed ("hands went numb,
        paramedics checked me ... all fine since"; not "the grip is less. Our family doctor
        did a sugar test which was normal"). A soft sign is the twitch's own, which the
        question is about, and is not looked at here."""
        if not self._checked_by.may_start(words):
            return False  # no one checked anything: most questions
        after = words[start + 1:start + 1 + _CHECKED_REACH]
        if not episode and not self._told_passed(after):
            return False
        checked = self._checked_by.starts(after)
        return bool(checked) and any(at > checked[0] for at in self._cleared_by.starts(after)) \
            and not self._not_over.search(words[start + 1:])

    def _from_a_posture(self, words: Sequence[str], start: int) -> bool:
        """'sat on my foot through the film, pins and needles when I stood up, gone within a
        minute': a limb gone dead from how it was sat or slept on, and said to have passed
        since, explains the sign. Numbness that passed with no such cause is no less a
        sign ("my arm went numb for ten minutes, fine now"), nor is one that came on
        suddenly, or one of the face or the voice, which no way of sitting or lying brings
        on ("slept funny and my face was drooping, fine now")."""
        near = words[max(0, start - _BEYOND_POSTURE_REACH):start + 1 + _BEYOND_POSTURE_REACH]
        if not self._beyond_a_posture.isdisjoint(near) or self._came_on_suddenly_near(words, start):
            return False
        return self._passed_from(self._postures, words, start) \
            or self._went_while_posed(words, start)

    def _always_so_shaped(self, words: Sequence[str], start: int) -> bool:
        """'My smile has always been lopsided', 'always had a crooked smile, my dad's is
        too': a face's shape told beside how it has always been is the person's own, not
        a sign that came on."""
        shaped = [at for at in range(max(0, start - _ALWAYS_REACH), start + _ALWAYS_REACH)
                  if at < len(words) and words[at] in self._uneven]
        return any(self._always_so.search(words[max(0, at - _ALWAYS_REACH):at])
                   or self._so_since.search(words[at + 1:at + 1 + _ALWAYS_REACH])
                   for at in shaped)

    def _went_while_posed(self, words: Sequence[str], start: int) -> bool:
        """'Foot went dead sitting cross legged. Toes twitching?': a limb that went dead
        while sat or slept on, told just beside its posture, with nothing said of it
        afterwards that keeps it going ('still numb', 'not come back', 'again')."""
        if self._went_while_posed_by.isdisjoint(words[start:start + _WENT_REACH]):
            return False
        beside = words[max(0, start - _POSED_BESIDE):start + _WENT_REACH + _POSED_BESIDE]
        if not self._postures.search(beside):
            return False
        after = words[start + 1:start + 1 + _PASSED_REACH]
        return not (self._told_back.search(after) or self._not_over.search(after)
                    or any(self.negation(after, at) is not None for at in range(len(after))))

    def _passed_from_the_world(self, words: Sequence[str], start: int) -> bool:
        """'legs like jelly after my first half marathon, back to normal by Monday', 'toes
        went numb in tight ski boots (fine after)': as from a posture, a sign of the body
        that the world brought on (cold, hard exercise, tight footwear, a dentist's
        numbing, hours of travel) and that has passed since is explained; not one that
        came on suddenly ("his arm suddenly went weak ... fine now, just cramp from the
        digging"), nor one only likened to such a cause ("numb, like after the dentist")."""
        if self._came_on_suddenly_near(words, start):
            return False
        return self._passed_from(self._passing_causes, words, start, likened_too=False)

    def _came_on_suddenly_near(self, words: Sequence[str], start: int) -> bool:
        """Whether the sign at ``start`` is said to have come on suddenly ("his arm suddenly
        went weak"), which neither a posture nor the world explains."""
        return self._came_on_suddenly.search(
            words[max(0, start - _SUDDEN_REACH):start + 1 + _SUDDEN_REACH])

    def _passed_from(self, causes: PhraseSet, words: Sequence[str], start: int,
                     likened_too: bool = True) -> bool:
        """Whether one of ``causes`` is told near the sign at ``start`` (or only likened to
        it, when ``likened_too``) and the sign is said, undenied, to have passed after it."""
        if not causes.may_start(words):
            return False  # no such cause told: most questions
        since = max(0, start - _POSTURE_REACH)
        near = words[since:start + 1 + _POSTURE_REACH]
        told = causes.starts(near)
        if not likened_too:
            told = [at for at in told
                    if self._likened_to.isdisjoint(near[max(0, at - _LIKENED_REACH):at])]
        # "he thinks he slept on it funny", "I assumed I'd slept funny": only supposed
        told = [at for at in told
                if not self._supposed.search(near[max(0, at - _SUPPOSED_REACH):at])]
        if not told:
            return False
        return self._told_passed(words[start + 1:start + 1 + _PASSED_REACH])

    def _told_passed(self, after: Sequence[str]) -> bool:
        """Whether the words after a sign say, undenied, that it has passed ("gone within a
        minute"), not only that it was hoped to ("figured it would have worn off")."""
        return any(self.negation(after, at) is None
                   and not self._passing_hoped.search(after[max(0, at - _HOPED_REACH):at])
                   for at in self._passed.starts(after))

    def _spent(self, rule: SignRule, words: Sequence[str], start: int,
               clause_start: Sequence[int], clause_end: Sequence[int]) -> bool:
        """Whether hard exercise told in the sign's clause, or the clause just before it,
        spent the body, and the sign's phrase says so (one of its words is the rule's
        spent_signs), with nothing said of it coming on suddenly or lasting: "two minutes
        into a jog I'm red in the face, out of breath", "legs like jelly after squats"; only
        breath or legs that any hard exercise spends, not "can't breathe" or "lips going
        blue", nor legs weak since ("... since my workout")."""
        if rule.spent_signs.isdisjoint(
                words[start:self._scanner.end(words, start, self._slot_of[rule.id])]) \
                or self._came_on_suddenly_near(words, start) \
                or self._not_over.search(words[start + 1:clause_end[start] + _SPENT_AFTER]):
            return False  # "suddenly went weak mid-squat", "still weak 4 days later"
        begins = clause_start[start]
        if begins:
            begins = clause_start[begins - 1]
        # a word or a dash of several ("jogging", "ran for the bus"); not a span since it
        # ("my leg is weak and drags since my workout a month ago")
        told = words[begins:clause_end[start]]
        return self._spent_by[rule.id].search(told) and self._since.isdisjoint(told)

    def _too_big(self, rule: SignRule, clause: Sequence[str]) -> bool:
        """'can't swallow big calcium tablets': a size said in the sign's clause beside a
        thing it may be said of (the rule's ``said_of``) is that thing's, not the body's."""
        return not rule.said_of.isdisjoint(clause) and self._sizes.search(clause)

    def _outruns_idioms(self, words: Sequence[str], start: int, rule: SignRule,
                        idioms: Collection[int]) -> bool:
        """'cold water feeling down my thigh': a sign's phrase that holds every word of
        the idioms it meets and goes on past them is the longer reading, and the one
        meant ('cold water' alone is a drink, not the illness a cold)."""
        if start - 1 in idioms:
            return False  # an idiom begun before the sign holds it ("i am dropping off")
        end = self._scanner.end(words, start, self._slot_of[rule.id])
        near = [at for at in range(start, start + _IDIOM_REACH) if at in idioms]
        return end > max(near) + 1 and end not in idioms and all(
            at in idioms for at in range(start, max(near) + 1))

    def _over_and_background(self, words: Sequence[str], start: int,
                             clause_end: Sequence[int], bodily: bool = True) -> int | None:
        """'My neighbour had a stroke, slurred speech, she's recovering well now', 'when I
        was 19 my legs felt weak for weeks, but I totally recovered': a sign said to be
        over, and someone else's or from a time of the asker's life long gone, is told as
        background. Over alone is not enough ('numb for ten minutes, then fine'), nor is
        someone else's alone ('his arm went weak this morning'); someone else's is over
        only when they are said to recover, as from an illness, since one that passed
        may have been a passing episode ('his arm went weak for a minute, then back to
        normal'). An illness feared, not ``bodily``, is background only as someone else's
        ('my uncle had a brain tumour removed in 2020 and he's doing great'). It is said
        to be over in its own clause or the next ('... burning. He eats better now' is of
        no sign). Where the words saying it is over end, if it is."""
        if not (self._recovered.may_start(words) or self._gone_for_good.may_start(words)):
            return None  # nothing said to be over: most questions
        own_end = clause_end[start]
        until = clause_end[own_end] if own_end < len(words) else own_end
        after = words[start + 1:min(until, start + 1 + _RECOVERED_REACH)]
        before = words[max(0, start - _BACKGROUND_BEFORE):start]
        if self._back_again.search(after) or self._back_again.search(before):
            return None  # "got better, now weak again", "this morning his arm went weak"
        if bodily and self._times_of_life_gone(before):
            return self._said_over(words, start, after, self._recovered, self._gone_for_good)
        # of someone else, an illness (not a sign of the body) is over when it is gone
        overs = (self._recovered,) if bodily else (self._recovered, self._gone_for_good)
        if not self._someone_elses_condition(words, start, _BACKGROUND_BEFORE - 1):
            return None  # the asker's own, lately: a sign however it ended
        end = self._said_over(words, start, after, *overs)
        return end if end is not None and self._first_person.isdisjoint(
            words[start + 1:end]) else None

    def _said_over(self, words: Sequence[str], start: int, after: Sequence[str],
                   *wordings: PhraseSet) -> int | None:
        """Where the first of ``wordings`` that says the sign at ``start`` is over ends in
        the words ``after`` it (undenied: not 'never recovered'), if one does."""
        ends = [start + 1 + wording.end(after, at) for wording in wordings
                for at in wording.starts(after) if self.negation(after, at) is None]
        return min(ends) if ends else None

    def _times_of_life_gone(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """Where the words name a time of the asker's life long gone, and where each
        ends: 'as a kid', 'in my teens', 'when I was 19'."""
        found = [(at, self._life_long_ago.end(words, at))
                 for at in self._life_long_ago.starts(words)]
        for at in self._at_an_age_back.starts(words):
            age = self._at_an_age_back.end(words, at)
            if age < len(words) and words[age].isdigit():
                found.append((at, age + 1))
        return found

    def _background(self, clauses: Sequence[Sequence[str]], scan: Scan,
                    clause_start: Sequence[int]) -> tuple[set[int], set[int]]:
        """The words of a story told as background: those of a sign said to be over (see
        :meth:`_over_and_background`), from their clause's start to the words that say so
        ('when I was 19 my legs felt weak for a few weeks, but I totally recovered'); and
        the clause, with no twitch in it, that a time of life long gone opens or dates,
        with the next one when it is no more than that time or another ('when I was 12, I
        broke my leg', 'years ago, when I was pregnant, I had...'), unless the clause says
        it is back. The body parts and spans there are of
        that story, not of the twitch asked about; and so are the signs of the body told
        there. Also where the signs said to be over start, fears among them: a fear told
        in a time of life gone ('my uncle died of ALS three years ago') is still feared."""
        words = scan.words
        if not (self._recovered.may_start(words) or self._gone_for_good.may_start(words)
                or self._life_long_ago.may_start(words)
                or self._at_an_age_back.may_start(words)):
            return set(), set()  # nothing said over, no time of life named: most questions
        clause_end = _clause_ends(clauses)
        over = {start: end for rule, starts in zip(self._rules, scan.signs, strict=True)
                for start in starts
                if (end := self._over_and_background(words, start, clause_end,
                                                     rule.deniable)) is not None}
        found = {at for start, end in over.items() for at in range(clause_start[start], end)}
        for at, time_end in self._times_of_life_gone(words):
            start, end = clause_start[at], clause_end[at]
            # "when I was 12, | I broke my leg", "Years ago, | when I was pregnant, | I had..."
            while end < len(words) and ((at == start and end == time_end)
                                        or words[time_end] in self._time_openers):
                time_end, end = end, clause_end[end]
            story = words[start:end]
            if self._twitch_words.isdisjoint(story) and not self._back_again.search(story):
                found.update(range(start, end))
        return found, set(over)

    def _long_ago(self, before: Sequence[str], after: Sequence[str], today: date | None
                  ) -> bool:
        """Whether the words around a sign put it long in the past: 'years ago', 'as a
        kid', 'nothing since' after it, or a year two or more before this one either side
        ('had a funny turn in 2015, fainted'); not one a span starts from ('since 2015'),
        nor one before the sign with a word of something new between ('cleared me in 2024.
        Now my hand is wasting')."""
        if self._back_again.search(after):
            return False  # "fainted in 2015 and again yesterday": back now
        if self._long_past.search(after) or self._times_of_life_gone(after):
            return True
        near = [*before, "", *after]
        if not _says_a_year(near):
            return False  # no year: most signs
        this_year = (today or date.today()).year
        return any(a_year_long_past(word, this_year)
                   and not (at and near[at - 1] in self._since)
                   and not (at < len(before) and not self._turns_new.isdisjoint(before[at + 1:]))
                   for at, word in enumerate(near))

    def _answered_no(self, words: Sequence[str], start: int, clause_start: Sequence[int],
                     clause_end: Sequence[int]) -> int | None:
        """'Head knock? No. Dizzy? No. Weak? No.': a sign asked of in a clause of a few
        words, and denied by the next clause, which is only a 'no', is denied; where the
        'no' is, if it is."""
        end = clause_end[start]
        if end >= len(words) or end - clause_start[start] > _ASKED_OF_WORDS:
            return None
        answer = words[end:clause_end[end]]
        # a 'no' ("No.", "no tingling"), not what someone does not do ("not responding")
        return end if len(answer) <= _ASKED_OF_WORDS and answer[0] in self._answers_no else None

    def _denied_later(self, words: Sequence[str], start: int, clause_start: Sequence[int],
                      clause_end: Sequence[int], parts: Sequence[int]) -> bool:
        """'the scary stuff is weakness, difficulty swallowing and slurred speech. I have
        none of that.': signs told of no body part of the asker's, then denied all at once
        by a clause of their own that points back at them, no more than two clauses on.
        A sign the asker tells of a part of their own stays theirs ("my hand's gone weak
        since Monday. The GP asked about a rash, but none of that here")."""
        if not self._denied_after.may_start(words):
            return False  # no denial that points back: most questions
        if any(clause_start[part] == clause_start[start]
               and not self._someone_elses_part(words, part) for part in parts):
            return False
        clause, later = clause_start[start], 0
        while clause < len(words) and later <= _DENIED_LATER_CLAUSES:
            end = clause_end[clause]
            for at in self._denied_after.starts(words[clause:end]):
                if clause + at > start and end - self._denied_after.end(
                        words, clause + at) <= _DENIAL_TAIL:
                    return True
            clause, later = end, later + 1
        return False

    def _purposes(self, words: Sequence[str], medicines: Sequence[MedicineMention],
                  scan: Scan) -> set[int]:
        """The words of a condition said as what a medicine is for ('water pills for my
        blood pressure'): the medicine's, not a complaint of the asker's own."""
        purposes: set[int] = set()
        for mention in medicines:
            at = mention.end  # ... with its dose between: "amlodipine 5mg for blood pressure"
            while at < len(words) and (words[at].isdigit() or words[at] in self._amount_units):
                at += 1
            start = self._medicine_for.end(words, at) if at < len(words) else at
            if start > at and start in scan.conditions:
                purposes.update(range(start, self._conditions.end(words, start)))
        return purposes

    def _only_a_medicine_suspected(self, clauses: Sequence[Sequence[str]], scan: Scan,
                                   unknown: Collection[str], named: Collection[int]) -> bool:
        """'Could It Be The New Tablets?', 'started new tablets, could that be it': nothing
        of a body, a nutrient or another complaint is said, and each clause names it or
        points at what is unnamed or at it ('Could it be the new blood pressure pills?
        Started them a fortnight ago'; 'my hair is falling out, could it be the
        sertraline' tells a complaint of its own)."""
        if scan.parts or unknown or any(start not in named for start in scan.conditions):
            return False  # not a condition inside a medicine's name ("blood pressure pills")
        start = 0
        for clause in clauses:
            if self._pointing.isdisjoint(clause) and self._them.isdisjoint(clause) and not any(
                    start + at in named for at in range(len(clause))):
                return False
            start += len(clause)
        return True

    def _said_of_a_part(self, words: Sequence[str], start: int, parts: Sequence[int],
                        until: int) -> bool:
        """Whether the sign's word at ``start`` is said of a body part just after it, in its
        clause, which ends at ``until`` ("B12 tingling in my hands"), whatever thing is
        named before it; not "wifi is weak, eyelid twitching"."""
        return any(start < part <= start + _PART_AFTER_SIGN and part < until
                   and self._sign_part_joins.issuperset(words[start + 1:part]) for part in parts)

    def _said_of_a_thing(self, words: Sequence[str], start: int, slot: int, since: int,
                         until: int, foods: Collection[int], nutrients: Collection[int]
                         ) -> bool:
        """'my coffee is weak too', 'almond butter as a spread', 'oxide is apparently
        useless', 'my French is weak': a sign's word at ``start`` (its list's ``slot`` in
        the scanner, its clause from ``since`` to ``until``) with a food or a nutrient (at
        one of ``foods`` or ``nutrients``), a drink, a supplement's form or another thing no
        body has just before it, or only words that join them between, is said of the
        thing. A phrase that opens with a twitch word ("Low Potassium = Twitching All
        Over?") tells of a body: no thing twitches."""
        if words[start] in self._twitch_words:
            return False
        at = start - 1
        while at >= since and start - at <= _FOOD_SIGN_REACH and at not in foods \
                and at not in nutrients and words[at] in self._food_sign_joins:
            at -= 1
        if at >= since and (at in foods or at in nutrients or words[at] in self._said_of_things):
            # ... but a drink that dribbles went through a mouth: "Drinks dribbling out one
            # side", "coffee dribbling out one side of my mouth"
            return not (words[at] in self._drinks_of_signs and words[start] in self._dribbling)
        # ... or just after a word said of what follows it, with no more than a word that
        # says which thing between, in the same clause: "weak office coffee", "weak for
        # dark chocolate", "spread almond butter"; not "weak after coffee", "I feel weak,
        # coffee doesn't help", "arm gone weak - low potassium?", nor another doing's
        # object ("keeps fumbling his brew")
        if words[start] not in self._of_the_thing_after:
            return False  # most signs' words: where the phrase ends is not looked for
        end = self._scanner.end(words, start, slot)
        if end != start + 1:
            return False  # a phrase of several words tells of a body
        for at in range(end, min(until, end + _THING_AFTER_REACH)):
            if at in foods or words[at] in self._said_of_things:
                return True
            if words[at] in self._not_describers or words[at] in self._body_parts:
                return False
        return False

    def _outlasted(self, clauses: Sequence[Sequence[str]]) -> bool:
        """'Took magnesium five weeks, still twitching', 'still twitching, started magnesium
        2 months ago', 'the twitching in my calf still hasn't stopped': a twitch still
        going after a span said of something tried has lasted that span too."""
        if not any(not self._twitch_words.isdisjoint(c[max(0, at - _OUTLASTED_BEFORE):at + 4])
                   for c in clauses for at in self._ongoing.starts(c)):
            return False  # not "sitting still in the evening"
        return any(self._long_spans(clause) for clause in clauses)

    def _says_when(self, words: Sequence[str], dated: bool) -> bool:
        """Whether the words may tell how long without a duration phrase: a unit of time
        ("3 weeks"), a day of the year (``dated``: :meth:`_may_name_a_date` of the words,
        which the scan has), 'since', or a start on a day of the month ("started on the
        2nd": see :meth:`_days_since`). With none, every other
        test of :meth:`_too_long` finds nothing (it counts zero days, which is short of
        any minimum)."""
        return (self._min_days <= 0 or not self._units.keys().isdisjoint(words)
                or dated or not self._since.isdisjoint(words) or _says_a_year(words)
                or self._begins_on_a_day(words))

    def _may_name_a_date(self, words: Sequence[str]) -> bool:
        """Whether a day of the year may be named in the words: a name's first word and the
        last word of one of its names are among them. With none, :meth:`_dates_named`
        finds nothing, so its callers can skip what they would do with the days. Most
        questions say no first word, or no last word, which two C-level set tests say;
        a long story often says both ("a", "day"), but not of one name."""
        if self._date_words.isdisjoint(words) or self._date_ends.isdisjoint(words):
            return False
        said = set(words)
        for first in self._date_words & said:
            if not self._date_lasts[first].isdisjoint(said):
                return True
        return False

    def _something_else_began(self, words: Sequence[str], start: int) -> bool:
        """'I cut out dairy a few months ago': a span that ends in 'ago' with no twitch or
        body part just before it tells when something else began, not how long the twitch
        has lasted ('my eye started twitching a few months ago' does)."""
        return (not self._ago.isdisjoint(words[start:start + 4])
                and self._about_twitch.isdisjoint(words[max(0, start - 4):start]))

    def _a_span_of_something_else(self, clause: Sequence[str], unit: int) -> bool:
        """Whether the span whose unit is at ``unit`` opens with 'for' ('for the last five
        days') after another state of its clause (see :meth:`_something_else_lasted`)."""
        opener = next((at for at in range(unit - 1, max(-1, unit - _SPAN_FOR_REACH), -1)
                       if clause[at] == "for"), None)
        return opener is not None and self._something_else_lasted(clause, opener)

    def _short_span_told(self, clauses: Sequence[Sequence[str]]) -> bool:
        """'My eyelid is jumping since four days only, I think maybe from Diwali rush': a
        count of units said of the twitch as a span ('since', 'for', 'last'..., or 'five
        days ago'), shorter than a twitch needs to be seen, or a day of this week it began
        on, tells how long it has lasted, whatever day of the year is named beside it
        ('sleeping badly since half term. On Sunday I noticed a twitch')."""
        units = self._units
        about = [clause for clause in clauses if not self._about_twitch.isdisjoint(clause)]
        # ... but a span a change is told over is not how long the twitch has gone on:
        # "since October my eye twitches, the last two days it's worse"
        spans = [clause for clause in about if self._worsened.isdisjoint(clause)]
        return any(
            units[word] >= 1  # days or longer: not "every few minutes"
            # "the last couple of days": the count before "of" counts the units
            and (at := index - 1 if clause[index - 1] == "of" else index) >= 1
            and ((at >= 2 and clause[at - 2] in self._span_opens)  # "since four days"
                 # "for the last three or four days": the larger count, after "or"
                 or (at >= 4 and clause[at - 2] == "or"
                     and clause[at - 4] in self._span_opens)
                 or (index + 1 < len(clause) and clause[index + 1] in self._ago))  # "5 days ago"
            and (at < index or clause[at - 1] not in self._vague_counts)  # not "for a few days"
            and (count := self._count_before(clause, at)) is not None
            and count * units[word] < self._min_days
            # not another thing's: "I tried cutting out coffee for the last five days"
            and not self._a_span_of_something_else(clause, at)
            # not a pause: "sometimes stops for one day and then comes back"
            and not self._pausing.search(clause[max(0, index - _PAUSE_REACH):index])
            for clause in spans
            for index, word in enumerate(clause) if index and word in units) or any(
            # "On Sunday I noticed a twitch in my thumb": it began on a day this week
            not self._recent_days.isdisjoint(clause) and not self._began.isdisjoint(clause)
            and not self._dates_named(clause, self._span_dates)
            # ... not only seen then: "on and off since the 10th of November, I only
            # noticed it properly on Tuesday"
            and not self._noticed_late.search(clause) for clause in about)

    def _span_of(self, words: Sequence[str], unit: int) -> bool:
        """'Retired from 31 years of teaching': a number of units (ending at ``unit``) of
        something that is neither the twitch nor a word pointing at it ('twenty years of
        twitching', 'three weeks of this') is that thing's span."""
        if unit + 2 >= len(words) or words[unit + 1] != "of":
            return False
        following = words[unit + 2:unit + 6]
        for at, (word, after) in enumerate(pairwise(following)):
            if word in self._span_joins and after in self._first_person:
                following = following[:at]  # "... of teaching and my calf twitches"
                break
        return bool(following) and following[0] not in self._pronouns \
            and self._about_twitch.isdisjoint(following)

    def _a_things_length(self, words: Sequence[str], unit: int) -> bool:
        """'back from a two week work trip', 'after a 3 day fast': a count of a unit (at
        ``unit``) said in the singular, as an adjective is, after "a" or "my", before a word
        of something else, is that thing's length, not the twitch's ('a six-week eyelid
        twitch' is the twitch's own: see _names_the_twitch)."""
        if unit < 2 or unit + 1 >= len(words) or words[unit].endswith("s") \
                or words[unit - 2] not in self._length_openers \
                or self._count(words[unit - 1]) is None:
            return False
        after = words[unit + 1]
        return after.isalpha() and after not in self._duration_fillers \
            and after not in self._span_itself and after not in self._about_twitch

    def _names_the_twitch(self, words: Sequence[str], start: int) -> bool:
        """'for a six-week eyelid twitch': the span's unit (within a few words of
        ``start``), said in the singular as an adjective is, goes with the twitch just after
        it, as its age ('on night shifts for months, eyelid twitching since' does not)."""
        unit = next((at for at in range(start, min(len(words), start + _SPAN_UNIT_REACH))
                     if words[at] in self._units), None)
        if unit is None:
            return False
        aged = unit + 1  # "a month-long lip twitch": past the word that makes it an age
        if aged < len(words) and words[aged] in self._aged_by:
            aged += 1  # ... which a plural may have too: "months-long twitching"
        elif words[unit].endswith("s"):
            # "An EMG For Ten Weeks Of Twitching?": a span of the twitch named after it
            following = words[unit + 1:unit + 1 + _AGED_TWITCH_REACH]
            return following[:1] == ["of"] and not self._twitch_words.isdisjoint(following)
        return not self._twitch_words.isdisjoint(words[aged:aged + _AGED_TWITCH_REACH])

    def _began_ago(self, words: Sequence[str], unit: int) -> bool:
        """'I started a new job three months ago and for the last few days my eyelid
        twitches': a number of units (ending at ``unit``) then 'ago', with no twitch or
        body part in the words before it, and the twitch after it given a span of its own,
        tells when something else began (not 'about three weeks ago I got a twitch')."""
        if self._ago.isdisjoint(words[unit + 1:unit + 3]) or not self._about_twitch.isdisjoint(
                words[max(0, unit - _BEGAN_REACH):unit]):
            return False
        after = words[unit + 2:]
        own_span = self._own_span
        # "this week my eyelid...": a word that points at the twitch, before a span of its
        # own, is that span's
        twitch = next((at for at, word in enumerate(after) if word in self._about_twitch
                       and not (at + 1 < len(after) and after[at + 1] in own_span)), len(after))
        return not own_span.isdisjoint(after[:twitch])

    def _something_else_lasted(self, words: Sequence[str], start: int, since: int = 0) -> bool:
        """'I've been vegan for years and my eye twitches', 'take it for a month?': a span
        that opens with 'for' after another state in its clause (which starts at ``since``)
        is that state's; after a word of the twitch it is the twitch's ('my eye has
        twitched for years'), and so is one with nothing but fillers before it ('been
        going for weeks'). Of two states joined, the last said is the span's ('my eye
        twitches and ive been vegan for years'; not 'twitching and fatigue for months'),
        unless the span opens a part of its own with the twitch after it ('i'm 52 and for
        a month or so i've had twitching')."""
        if self._names_the_twitch(words, start):
            return False  # "magnesium for a six-week eyelid twitch": the twitch's own age
        phrase, start = start, self._opening_for(words, start, since)
        before = words[since:start]
        unit = next((at for at in range(phrase, min(len(words), phrase + _SPAN_UNIT_REACH))
                     if words[at] in self._units), phrase)
        if before and before[-1] in self._span_joins and not self._about_twitch.isdisjoint(
                words[unit:unit + _FRONTED_SPAN_REACH]):
            return False  # "i'm 52 and for the last month or so i've had twitching"
        if before and all(word in self._clause_openers for word in before):
            # "Every morning for about a month I wake with a headache ... and my jaw muscle is
            # twitching": a span that opens its clause times all it tells, but not a twitch
            # told as new ("every day for years I've had two coffees and now my eye twitches")
            opened = words[start:start + _OPENED_CLAUSE_REACH]
            twitch = next((at for at, word in enumerate(opened) if word in self._twitch_words),
                          None)
            if twitch is not None and self._turns_new.isdisjoint(opened[:twitch]):
                return False
        joined = [at for at, word in enumerate(before[:-1]) if word in self._span_joins
                  and before[at + 1] in self._clause_starts]
        offset = since
        if joined:  # "... and ive been vegan for years": the state said last
            before = before[joined[-1] + 1:]
            offset += joined[-1] + 1
        # "take it for a month?": what is taken is no twitch, though it is called "it"; nor
        # is a body part in a name ("a push/pull/legs program for four months")
        taken = {at + 1 for at, word in enumerate(before) if word in self._taking}
        named = {at - offset for at in covered(words, self._body_in_names_by_first)}
        return (words[start] == "for"
                and self._about_twitch.isdisjoint(
                    word for at, word in enumerate(before) if at not in taken | named)
                and not all(word in self._duration_fillers for word in before))

    def _twitch_lasted_it_too(self, words: Sequence[str], start: int) -> bool:
        """Whether a twitch told after another state's span says it lasted that span too
        ('... for about two months now. His eyelid has been twitching the whole time')."""
        after = words[start:start + _SHARED_SPAN_REACH]
        return any(not self._twitch_words.isdisjoint(
            after[max(0, at - _SHARED_TWITCH_REACH):at + _SHARED_TWITCH_REACH])
            for at in self._span_shared.starts(after))

    def _opening_for(self, words: Sequence[str], start: int, since: int) -> int:
        """Where a span that a phrase ends opens: 'I've been on nights for about six weeks
        now' is matched at 'weeks now', and its 'for' comes a count before."""
        if words[start] == "for" or (self._count(words[start]) is None
                                     and words[start] not in self._units):
            return start  # a phrase that opens on neither a count nor a unit ("for ages")
        for at in range(start - 1, max(since, start - _UNIT_WITHIN) - 1, -1):
            if words[at] == "for":
                return at
            if self._count(words[at]) is None and words[at] not in self._duration_fillers:
                break
        return start

    def _a_period_described(self, words: Sequence[str], start: int, since: int) -> bool:
        """'we've had a mad few months with the Christmas orders', 'after a rough couple of
        weeks': a span with a word that describes it is a time of life the story tells,
        not how long the twitch has lasted, unless its clause (from ``since``) is about
        the twitch. 'A good few weeks' says how many, not what they were like."""
        if start < 2 or words[start - 2] not in self._period_articles:
            return False
        describing = words[start - 1]
        return (describing.isalpha() and describing not in self._duration_fillers
                and describing not in self._approximately
                and self._about_twitch.isdisjoint(words[since:start + 3]))

    def _a_span_ahead(self, words: Sequence[str], start: int, since: int) -> bool:
        """'exams start in a fortnight': a span after 'in' or 'within' is a time to come,
        as a count of units is ('in 2 weeks'), unless its clause (from ``since``) has told
        of the twitch before it ('my eye hasn't stopped twitching in a few weeks'); after
        'every' it says how often ('my eye twitches every few weeks')."""
        if start > 1 and words[start - 1] in self._period_articles:
            start -= 1  # "within a few weeks": the phrase is "few weeks"
        if start == 0:
            return False
        before = words[start - 1]
        return before in self._how_often_before or (
            before in self._not_lasting and self._about_twitch.isdisjoint(words[since:start]))

    def _a_span_planned(self, words: Sequence[str], start: int, since: int) -> bool:
        """'I'll track it for a couple of weeks': a span that its clause (from ``since``)
        plans is a time to come, unless the clause tells of something that has gone on
        ('I'll be honest, it's been twitching for weeks')."""
        before = words[since:start]
        return bool(covered(before, self._plans_ahead)) \
            and self._plans_undone_by.isdisjoint(before)

    def _a_period_as_subject(self, words: Sequence[str], start: int) -> bool:
        """'The last couple of weeks have been stressful': a span that is what its clause
        tells of is a time of life, not how long the twitch has lasted, unless the rest
        of the clause names the twitch."""
        unit = next((at for at in range(start, min(start + _UNIT_WITHIN, len(words)))
                     if words[at] in self._units), None)
        if unit is None or unit + 1 >= len(words):
            return False
        after = words[unit + 1:unit + 3]
        told = after[0] in self._copulas or (
            after[0] in self._have and len(after) > 1 and after[1] == "been")
        return told and self._about_twitch.isdisjoint(words[unit + 1:unit + 1 + _TOLD_REACH])

    def _two_dates_from_a_start(self, scan: Scan, clause_start: Sequence[int]) -> bool:
        """'started in August, it's November now': two days of the year, one of them where
        a span starts; not 'sweating even in November ... sort it before the summer'."""
        named = {name for _, (name, _) in scan.dates}
        return len(named) >= 2 and bool(self._spans(scan.words, scan.span_dates, clause_start))

    def _since_an_event(self, clause: Sequence[str]) -> bool:
        """'since I stopped drinking', not 'since last weekend' or 'since monday': the
        time since an event said elsewhere is the twitch's only when 'since' names one."""
        if self._since.isdisjoint(clause):
            return False
        for index, word in enumerate(clause):
            if word not in self._since:
                continue
            after = [w for w in clause[index + 1:index + 4] if w not in self._before_a_date]
            if not after or not (after[0] in self._points_in_time or after[0].isdigit()
                                 or self._dates_named(after[:3], self._dates)):
                return True
        return False

    def _event_dated_aside(self, clauses: Sequence[Sequence[str]], today: date | None) -> bool:
        """'since i moved to japan for my year abroad (mid october) my calves twitch': a
        clause that only names a day of the year, right after one that times the twitch
        from an event, says when the event was, and so how long the twitch has lasted."""
        for k, clause in enumerate(clauses):
            if not (k and self._since_an_event(clauses[k - 1]) and self._may_name_a_date(clause)):
                continue  # no 'since' before it: most clauses, in one set test
            named = self._dates_named(clause, self._span_dates)
            said = {i for start, (name, _) in named for i in range(start, start + len(name))}
            if named and all(i in said or word in self._before_a_date
                             for i, word in enumerate(clause)):
                start, (name, day) = named[0]  # ("late november", "the 20th of november")
                if _days_back(today or date.today(),
                              *self._narrowed(clause, 0, start, name, day)) >= self._min_days:
                    return True
        return False

    def tells_only_how_long(self, clauses: Sequence[Sequence[str]]) -> bool:
        """Whether every clause only says how long ('been like 4 days', 'about a week
        now', 'it started on the 2nd'): a turn that answers how long the twitch has gone on."""
        return bool(clauses) and any(not self._units.keys().isdisjoint(c)
                                     or not self._days_began.isdisjoint(c)
                                     or not self._ordinal_endings.isdisjoint(c)  # "the 2nd"
                                     for c in clauses) \
            and all(self._only_a_duration(clause) for clause in clauses)

    def twitch_beside_its_span(self, said: Sequence[str]) -> tuple[str, ...]:
        """The words that name a twitch, where the words ``said`` only name one and say how
        long it has gone on ('twitching 10 days', 'left eyelid twitching for 5 days now');
        else none."""
        if self._twitch_words.isdisjoint(said) or not any(
                word in self._units and index and self._count_before(said, index) is not None
                for index, word in enumerate(said)):
            return ()
        twitch = tuple(word for word in said if word in self._twitch_said_by
                       or word in self._body_parts or word in self._part_modifiers
                       or word in self._own_possessives)
        if any(word not in twitch and not self._only_a_duration((word,)) for word in said):
            return ()  # something else is said too
        return twitch

    def _only_a_duration(self, clause: Sequence[str]) -> bool:
        """Every word a number, a unit, a day it began on or a word around them ('going on
        two months now', 'a month give or take', 'only since Wednesday tbh')."""
        hedged = covered(clause, self._duration_hedges)
        return all(word in self._units or word in self._duration_fillers or index in hedged
                   or word in self._days_began
                   or word in self._ordinal_endings  # "3rd week now"
                   or self._count(word) is not None for index, word in enumerate(clause))

    def _only_units(self, clause: Sequence[str]) -> bool:
        """'ages. months. arm pulse won't quit': a clause that is a unit of time in the
        plural, with no count, two of which reach how long a twitch may last."""
        units = self._units
        return any(word in units and word.endswith("s") and 2 * units[word] >= self._min_days
                   for word in clause) and not any(self._count(word) is not None
                                                   for word in clause)

    def _time_since(self, clause: Sequence[str]) -> bool:
        """A unit with 'now' or 'ago' just after it: 'three weeks sober now', 'a month ago'."""
        return not self._units.keys().isdisjoint(clause) and any(
            word in self._units and not self._elapsed.isdisjoint(clause[i + 1:i + 4])
            for i, word in enumerate(clause))

    def _days_since(self, words: Sequence[str], today: date | None,
                    scan: Scan | None = None, clause_start: Sequence[int] = ()) -> int:
        """Days from the start of a span ('since the clocks went back', 'most of this
        year') to today, counting back to the last time that day of the year came. A day
        named in a story of a twitch that is still going ('woke up with it after my
        birthday in September ... still twitching') starts one too. ``scan`` is that of
        the words, when they are the whole question's: its days named are not looked
        up again; ``clause_start`` (each word's clause's first word, when the words are
        several clauses) keeps a span's start in its date's clause."""
        dated = self._may_name_a_date(words) if scan is None else scan.dated
        if not dated and self._since.isdisjoint(words) and not _says_a_year(words) \
                and not self._begins_on_a_day(words):
            return 0  # no day of the year, "since", year or start on a day: most clauses
        today = today or date.today()
        spans = self._spans(words, None if scan is None else scan.span_dates,
                            clause_start) if dated else []
        # a day named in a story still going: no day of the year is named in most
        if dated and self._ongoing.search(words):
            # (and a month that is also a verb, named as a month: "christened in March")
            spans += [(index, day) for index, (name, day) in (
                self._dates_named(words, self._span_dates) if scan is None
                else scan.span_dates)
                if (name in self._dates or (index and words[index - 1] in self._month_before))
                and not self._a_day_ahead(words, index)]
        longest = max(self._since_a_day_of_the_month(words, today),
                      self._since_a_year(words, today),
                      self._since_a_date_in_numbers(words, today))
        for index, (month, day) in spans:
            days = _days_back(today, month, day)
            if days < self._min_days and (
                    (index and words[index - 1] in self._a_year_back)
                    or self._a_year_back_after.search(words[index + 1:index + _YEAR_BACK_REACH])):
                days = (today - date(today.year - 1, month, day)).days  # "since last ..."
            longest = max(longest, days)
        return longest

    def _a_day_ahead(self, words: Sequence[str], index: int) -> bool:
        """'another one due before Christmas', 'give the whisky a rest in January': a day
        of the year named just after a word that looks ahead, or planned (see
        _a_span_planned), is to come, not when a twitch began."""
        if not self._dates_ahead.isdisjoint(words[max(0, index - _AHEAD_REACH):index]):
            return True
        return self._a_span_planned(words, index, max(0, index - _PLAN_REACH))

    def _since_a_date_in_numbers(self, words: Sequence[str], today: date) -> int:
        """Days since a date written in numbers after 'since' ('since 14/11', 'since
        11.11'): day and month either way round, as British and American askers write
        them; when both readings are dates, the longer span counts, so that a twitch
        that may have lasted long enough to see a doctor is taken to have."""
        longest = 0
        if self._since.isdisjoint(words):
            return longest  # no "since": most questions
        for index, word in enumerate(words):
            if word not in self._since or index + 1 >= len(words):
                continue
            parts = words[index + 1].split(".") if "." in words[index + 1] \
                else words[index + 1:index + 4]
            # a year after them ("since 03.11.2026", "since 3/11/2026") says which year
            year = int(parts[2]) if len(parts) == 3 and a_year(parts[2]) else None
            parts = parts[:2]
            if len(parts) != 2 or not all(part.isdigit() and len(part) <= 2 for part in parts):
                continue
            first, second = int(parts[0]), int(parts[1])
            for day, month in ((first, second), (second, first)):
                try:
                    days = _days_back(today, month, day) if year is None \
                        else (today - date(year, month, day)).days
                except ValueError:
                    continue  # not a date this way round: "14/11" is no 11 of the 14th month
                longest = max(longest, days)
        return longest

    def _since_a_year(self, words: Sequence[str], today: date) -> int:
        """Days since the first of a year named where a span starts ('most of 2026',
        'since 2024', 'started in 2025'): at least as long as it has gone on; not a year
        that dates something stopped ('stopped omeprazole back in 2018')."""
        longest = 0
        if not _says_a_year(words):
            return longest  # no year: most questions, and most stories with numbers
        for index, word in enumerate(words):
            if a_year(word) and int(word) <= today.year \
                    and self._span_starts_before(words, index) \
                    and self._stopping.isdisjoint(words[max(0, index - _STOPPED_BEFORE):index]) \
                    and not self._a_life_dated(words, index) \
                    and not self._something_else_dated(words, index):
                began = _day_of_the_year_after(words, index) or date(int(word), 1, 1)
                longest = max(longest, (today - began).days)
        return longest

    def _a_life_dated(self, words: Sequence[str], year: int) -> bool:
        """'living in Scotland since 1970', 'married since 1998': a year just after
        'since' that dates where or how the asker lives, with no twitch between, is no
        twitch's start ('living with this twitch since 2019' is)."""
        if not year or words[year - 1] not in self._since:
            return False
        before = words[max(0, year - 1 - _STOPPED_BEFORE):year - 1]
        settled = next((at for at in range(len(before) - 1, -1, -1)
                        if before[at] in self._settled_in), None)
        return settled is not None and self._about_twitch.isdisjoint(before[settled:])

    def _something_else_dated(self, words: Sequence[str], year: int) -> bool:
        """'had a cortisone jab in my shoulder back in 2019': a year after 'back in', with no
        twitch told within reach, dates what else was done then ('back in 2019 my calf
        started flickering' dates the twitch)."""
        return year >= 2 and words[year - 2] in self._dating_back and self._twitch_words.isdisjoint(
            words[max(0, year - _DATED_TWITCH_REACH):year + _DATED_TWITCH_REACH])

    def _span_starts_before(self, words: Sequence[str], end: int) -> bool:
        """Whether words that start a span ('since', 'most of', 'started in') end just
        before ``end``."""
        if end and words[end - 1] not in self._span_start_ends:
            return False  # most words end no such phrase: one lookup, not four slices
        if end > 1 and words[end - 2] in self._left_from:
            return False  # "retired from teaching in the summer": what was left, not a span
        return any(tuple(words[max(0, end - size):end]) in self._span_starts
                   for size in (1, 2, 3, 4))

    def _since_a_day_of_the_month(self, words: Sequence[str], today: date) -> int:
        """Days since 'the 15th' said after 'since' with no month after it: the last
        time that day of a month came ('since the 15th' on 2 December is 17 days). The
        day may date the event the span starts from ('since my wisdom tooth came out on
        the 13th'), or what began ('it started on the 2nd', 'started twitching on the
        20th')."""
        longest = 0
        if self._since.isdisjoint(words) and self._began.isdisjoint(words):
            return longest  # no "since", nothing began: most questions, in one set test
        for index, word in enumerate(words):
            if word in self._since:
                at = self._on_a_day(words, index + 1, _EVENT_BEFORE_ITS_DAY)
            elif word in self._began:
                at = index + 1
                while at < len(words) and words[at] in self._twitch_words:
                    at += 1  # "it started twitching on the 20th of last month"
                at = self._on_a_day(words, at, 0)
            else:
                continue
            while at < len(words) and at - index <= 3 + _EVENT_BEFORE_ITS_DAY and (
                    words[at] in self._before_a_date or words[at] in self._weekdays):
                at += 1  # "since the 15th", "since about the 12th", "since Monday 16th"
            if at + 1 >= len(words) or not words[at].isdigit() \
                    or words[at + 1] not in self._ordinal_endings \
                    or self._dates_named(words[at + 2:at + 4], self._span_dates):
                continue  # "since the 3rd of November" is the month's to measure
            day = int(words[at])
            month_start = today.replace(day=1)
            if day > today.day:  # last month's
                month_start = (month_start - timedelta(days=1)).replace(day=1)
            try:
                began = month_start.replace(day=day)
            except ValueError:  # "the 31st" of a shorter month
                continue
            longest = max(longest, (today - began).days)
        return longest

    def _begins_on_a_day(self, words: Sequence[str]) -> bool:
        """Whether the words may tell a start on a day of the month ('it started on the
        2nd'): a word of beginning and an ordinal ending, in two set tests."""
        return not (self._began.isdisjoint(words) or self._ordinal_endings.isdisjoint(words))

    def _on_a_day(self, words: Sequence[str], start: int, reach: int) -> int:
        """Where a day of the month may be said from ``start``: there, or just after a word
        of dated_on ('on') that follows up to ``reach`` words of the event it dates
        ('wisdom tooth out on 13th'); with a reach, ``start`` itself when none does."""
        for at in range(start, min(len(words), start + reach + 1)):
            if words[at] in self._dated_on:
                return at + 1
            if words[at].isdigit():
                break
        return start if reach else len(words)

    def _spans(self, words: Sequence[str], span_dates: Sequence[_DayNamed] | None = None,
               clause_start: Sequence[int] = ()) -> list[tuple[int, tuple[int, int]]]:
        """Days of the year that a span starts from: a date right after 'since', 'from'...
        ``span_dates`` are the days named in the words by ``_span_dates``, when the
        caller has them. With ``clause_start``, a span starts in the date's clause when that
        clause opens with someone doing something ("soup from a can. My doctor saw me in
        October" starts none; "since my birthday, which was in October" does)."""
        if span_dates is None:
            span_dates = self._dates_named(words, self._span_dates)
        found = []
        for index, (name, day) in span_dates:
            # back over the words that only narrow the day ("since mid", "since my birthday in")
            first = clause_start[index] if clause_start else 0
            if words[first] not in self._doers:
                first = 0
            start = index
            while start > first and index - start < _SPAN_REACH \
                    and words[start - 1] in self._date_narrowers:
                start -= 1  # "the first week of"
            narrowed = start
            while start > first and narrowed - start < _SPAN_REACH and (
                    words[start - 1] in self._before_a_date or narrowed - start < _SPAN_ANY):
                start -= 1
            if any(self._span_starts_before(words, end) for end in range(start, index + 1)):
                found.append((index, self._narrowed(words, start, index, name, day)))
        return found

    def _narrowed(self, words: Sequence[str], start: int, index: int, name: Sequence[str],
                  day: tuple[int, int]) -> tuple[int, int]:
        """The day of the year named at ``index``, narrowed by the words from ``start``
        before it ('mid', 'late') or, for a month, by the day said beside it ('the 20th
        of november')."""
        part = next((self._day_of_month[w] for w in words[start:index]
                     if w in self._day_of_month), None)
        if day[1] == 1:  # a month, whose day may be said beside it
            part = self._day_number(words, index, len(name)) or part
        return (day[0], part) if part else day

    def _day_number(self, words: Sequence[str], index: int, size: int) -> int | None:
        """The day said beside a month named at ``index`` ('since 20th nov', 'since the
        3rd of November', 'since nov 20'): without it the span would start on the first,
        and 'since 25th nov' on 3 December would be a month rather than eight days."""
        before = index - 1
        while before >= 0 and index - before <= 3 and (
                words[before] == "of" or words[before] in self._ordinal_endings):
            before -= 1
        for at in (before, index + size):
            if 0 <= at < len(words) and words[at].isdigit() and len(words[at]) <= 2 \
                    and 1 <= int(words[at]) <= 31:
                return int(words[at])
        return None

    def _dates_named(self, words: Sequence[str],
                     table: Mapping[tuple[str, ...], tuple[int, int]]) -> list[_DayNamed]:
        """Where each day of the year in the table is named, longest name first; a
        possessive counts ("new years eve" arrives as "new years")."""
        if not self._may_name_a_date(words):
            return []
        found = []
        date_sizes = self._date_sizes
        # every name, and every possessive of one, starts with one of them
        for index in [index for index, word in enumerate(words) if word in date_sizes]:
            for size, lasts in date_sizes[words[index]]:  # only the sizes of names it starts
                end = index + size
                if end > len(words) or words[end - 1] not in lasts:
                    continue  # no name of this size ends here: most sizes of a common word
                if end < len(words) and words[end] in self._dated_things:
                    break  # "the Christmas lights", "an Easter egg": a thing, not a day
                name = _in_table(tuple(words[index:end]), table)
                if name:
                    if not self._no_day_named(words, index, name):
                        found.append((index, (name, table[name])))
                    break
        return found

    def _days_named(self, words: Sequence[str]) -> tuple[list[_DayNamed], list[_DayNamed]]:
        """:meth:`_dates_named` of the words by ``_dates`` and by ``_span_dates``, in one
        walk over them: a long story's checks read both. ``_span_dates`` holds every
        name of ``_dates``, so wherever a name of ``_dates`` is found, that of
        ``_span_dates`` has been too, at that size or a longer one."""
        dates: list[_DayNamed] = []
        span_dates: list[_DayNamed] = []
        if not self._may_name_a_date(words):
            return dates, span_dates
        date_sizes, table, span_table = self._date_sizes, self._dates, self._span_dates
        for index in [index for index, word in enumerate(words) if word in date_sizes]:
            spanned = False  # the name of _span_dates found at this word
            for size, lasts in date_sizes[words[index]]:
                end = index + size
                if end > len(words) or words[end - 1] not in lasts:
                    continue
                said = tuple(words[index:end])
                if end < len(words) and words[end] in self._dated_things:
                    break  # "the Christmas lights", "an Easter egg": a thing, not a day
                if not spanned and (name := _in_table(said, span_table)):
                    spanned = True
                    if not self._no_day_named(words, index, name):
                        span_dates.append((index, (name, span_table[name])))
                if name := _in_table(said, table):
                    if not self._no_day_named(words, index, name):
                        dates.append((index, (name, table[name])))
                    break
        return dates, span_dates

    def _no_day_named(self, words: Sequence[str], index: int, name: tuple[str, ...]) -> bool:
        """Whether the name of a day of the year at ``index`` names none: 'Dad's fall', 'my
        sister's birthday' (an event of someone's), 'the busiest week of the year' (a time
        within it)."""
        if " ".join(name) in self._within_the_year:
            return index > 1 and " ".join(words[index - 2:index]) in self._times_within
        return name[0] in self._owned_events and index > 0 and (
            words[index - 1] in self._possessives or self._relations_own(words[index - 1]))

    def _outside_those_aside(self, words: Sequence[str], starts: Sequence[int],
                             kept: list[int]) -> list[int]:
        """The duration phrases ``kept`` of all that start at ``starts``, less those within
        a span 'for' opens that was set aside as another state's, which are of it too:
        'night shifts for a month and a half' sets aside 'month and a half' with 'for a
        month'; not one that names the twitch ('any use for a month-long lip twitch')."""
        if len(kept) == len(starts):
            return kept  # none set aside: most questions
        aside = [start for start in starts if start not in kept and words[start] == "for"]
        return [start for start in kept
                if self._names_the_twitch(words, start) or not any(
                    other < start < self._duration.end(words, other) for other in aside)]

    def _lasts_too_long(self, words: Sequence[str], phrased: bool,
                        asker_named: bool = True) -> bool:
        """A span of the twitch in one clause: a duration phrase (looked for only when
        ``phrased`` says the question holds one) or a number of units of time (an age of
        the twitch's only when ``asker_named``: see :meth:`_twitch_aged_before`)."""
        if phrased:
            starts = self._duration.starts(words)
            if self._outside_those_aside(words, starts, [
                    start for start in starts if not (
                        self._something_else_began(words, start)
                        or self._something_else_lasted(words, start)
                        or self._a_span_ahead(words, start, 0)
                        or self._a_span_planned(words, start, 0))]):
                return True
        units = self._units
        if units.keys().isdisjoint(words):
            return False  # no unit of time: most clauses, in one set test
        if any(not (any(self._something_else_lasted(words, at)
                            for at in range(max(0, index - 4), index))  # "had braces for 2 years"
                        or self._began_ago(words, index) or self._span_of(words, index)
                        or self._a_things_length(words, index)
                        or self._a_span_planned(words, index, 0))
               for index in self._long_spans(words, asker_named)):
            return True
        for index in [index for index, word in enumerate(words)
                      if word in self._position_units and word in units]:
            after = words[index + 1] if index + 1 < len(words) else ""
            before = words[index - 1] if index else ""
            of_what = words[index + 3] if index + 3 < len(words) and words[index + 2] == "of" \
                else ""
            if (not after.startswith(self._not_a_span) and before not in self._not_lasting
                    and before not in self._counted_for_else
                    and of_what not in self._counted_for_else
                    and (index == 0 or self._count_before(words, index) is None)
                    and (position := self._count(after))
                    and (position - 1) * units[words[index]] + 1 >= self._min_days):
                # "day 19 of this twitch", "week 3 now"; not "once a day 20 mins", nor
                # "week two" of a plan: the second week has lasted from a week and a day
                return True
        return False

    def _long_spans(self, words: Sequence[str], asker_named: bool = True) -> list[int]:
        """Where a number of units of time at least as long as a twitch may last ("for 3
        weeks", "five weeks") ends, whoever's span it is: not an age or a stage ("41 years
        old", "25 weeks pregnant"), a recurrence or a wait ("every 3 weeks", "in 2 weeks"),
        nor how far along a pregnancy is."""
        units = self._units
        spans = []
        for index in [index for index, word in enumerate(words) if index and word in units]:
            after = words[index + 1] if index + 1 < len(words) else ""
            if (after.startswith(self._not_a_span) and not self._twitchs_age(words, index - 1)
                    and not self._off_and_on(words, index + 1)
                    and not self._twitch_aged_before(words, index - 1, asker_named)) \
                    or (words[max(0, index - 2)] in self._not_lasting
                        and not self._denied_within(words, index - 2)) \
                    or " ".join(words[index + 1:index + 3]) in self._ahead_of_today:
                continue  # not "41 years old", but "my twitch is 3 weeks old"
            count = self._count_before(words, index)
            if count == 1 and words[index].endswith("s") and not words[index - 1].isdigit():
                continue  # "I had the odd one years ago": 'one' is a twitch, not a count
            if count is not None and count * units[words[index]] >= self._min_days \
                    and not self._a_pregnancys(words, index):
                spans.append(index)
        return spans

    def _off_and_on(self, words: Sequence[str], at: int) -> bool:
        """'twitching for 3 weeks off and on': 'off' at ``at`` joined to 'on' says how it
        came and went, not a break taken ('back into squats after a year off')."""
        return words[at] == "off" and len(words) > at + 2 \
            and words[at + 1] in self._coordinators and words[at + 2] == "on"

    def _denied_within(self, words: Sequence[str], at: int) -> bool:
        """'Twitch hasn't stopped in six weeks', 'not had a day without it in a month': a
        span opened at ``at`` by a word that otherwise says when ("in 2 weeks"), after a
        pause denied close before it, tells how long something has gone on; "not been to
        the gym in 3 weeks" tells no pause."""
        if words[at] not in self._lasting_when_denied:
            return False
        before = words[max(0, at - _DENIED_PAUSE_REACH):at]
        denial = next((i for i, word in enumerate(before) if word in self._negations), None)
        return denial is not None and self._ceasing.search(before[denial + 1:])

    def _a_pregnancys(self, words: Sequence[str], unit: int) -> bool:
        """'pregnant (about 16 weeks)', 'first pregnancy, 10 weeks today': a span a few
        words after a pregnancy is named, with no word of the twitch between, is how far
        along it is ('pregnant and my eye has twitched for 3 weeks' is the twitch's)."""
        before = words[max(0, unit - _PREGNANCY_REACH):unit]
        for at in range(len(before) - 1, -1, -1):
            if before[at] in self._about_twitch:
                return False
            if before[at] in self._pregnancy_words:
                return True
        return False

    def _just_after(self, words: Sequence[str], index: int) -> Sequence[str]:
        """The few words after the one at ``index`` that may still be said of it: up to a
        word that gives a reason, after which a new clause speaks of its own subject."""
        after = words[index + 1:index + 4]
        cut = next((at for at, word in enumerate(after) if word in self._reason_links), None)
        return after if cut is None else after[:cut]

    def audience(self, clauses: Sequence[Sequence[str]], asks: Sequence[bool],
                 ages: Sequence[AgeMention], own_twitch: bool,
                 scan: Scan | None = None) -> str | None:
        """'children', 'pregnancy' or 'animals' when the question is about one of them.

        Who is the subject decides, not who is named. A child or pet mentioned in
        passing ("my daughter keeps sending me articles", "mum to a six year old, and my
        eyelid twitches") is not the subject; one that twitches, has a body part, takes
        or needs something, or is asked for, is; so is one named when the twitch is
        someone else's ("his eyelid", "her muscles quiver") and not the asker's own. A
        son or daughter with an adult age ("my son, who is 40") is an adult; any age
        under adulthood said of someone else ("my 7yo", "she is six") is a child, and so
        is an asker who says they are under it ("im 16").
        ``scan`` is :meth:`scan` of the same clauses' words, when the caller has it.
        """
        if scan is None:
            scan = self.scan([word for clause in clauses for word in clause])
        if not any(scan.audiences) and not ages:
            return None  # no audience is named and no age said: most questions
        words = scan.words
        owner = [index for index, clause in enumerate(clauses) for _ in clause]
        place_in_clause = [place for clause in clauses for place in range(len(clause))]
        clause_ends = list(accumulate(map(len, clauses)))
        # "what do I do?" asks for help with whoever was told of, not of the asker's body,
        # when the asker tells no twitch of their own (not "my horse twitches. my eyelid
        # twitches too. what can I do", nor "what can I do to stop mine?")
        asking = [set(clause) for clause, is_question in zip(clauses, asks, strict=True)
                  if is_question and (own_twitch or not self._only_what_to_do(clause))]
        for_asker = bool(asking) and all(c & self._first_person and not c & self._third_person
                                         for c in asking)
        # ... or at least asked by them, of no one else: "could the broken sleep be causing
        # it, and how much sleep do I need?"
        asked_by_asker = any(c & self._first_person for c in asking) and not any(
            c & self._third_person for c in asking)
        # an age said of an animal ("our cat Bramble is nineteen", "a 12 year old gelding")
        # is no grown-up's
        animal_at = [i for (name, _), found in zip(self._audiences, scan.audiences, strict=True)
                     if name == ANIMALS for i in found]
        adults = [m.index for m in ages if not m.own and m.age >= self._adult
                  and not any(self._animals_age(words, m.index, i) for i in animal_at)]
        # "I'm 74M ... my daughter has bought me some tablets": an asker that old has grown
        # sons and daughters
        grown_children = any(m.own and m.age >= _GROWN_CHILDREN_AGE for m in ages)
        # "his shoulder twitches": the child or animal named is the subject, unless an
        # adult is, by age or as a grown-up relation ("my husband is 64 ... walks the dog",
        # "my best friend ... every flicker in her feet ... walks the dog fine")
        grown_up_first = self._grown_up_first(words, scan.audiences)
        theirs = not own_twitch and not adults and not self._grown_ups_twitch(words) \
            and not grown_up_first and self.someones_twitch(words, by_relation=False)
        # (a relation who is the child named, with a child's age or a child's word before
        # it, is no grown-up: "my daughter, she's 11 ... What should she be eating?",
        # "Teenage Daughter Gone Vegan, Does She Need B12 Tablets?")
        audience_at = {at for found in scan.audiences for at in found}
        named_at = audience_at if any(not m.own and m.age < self._adult for m in ages) else {
            at for at in audience_at
            if at - 1 in audience_at and not one_of(words[at - 1], self._relations)}
        # "my dog grinds his teeth too, does he need magnesium": what is asked is asked of
        # 'he' or 'she', and no grown-up is named for it to be
        # ... or asks what to give him or her ("should I give him a banana?")
        pointed = not adults and (any(
            c & self._subject_pronouns and not c & self._first_person for c in asking) or any(
                self._given_to.search(clause) for clause, is_question
                in zip(clauses, asks, strict=True) if is_question)) and \
            not any(one_of(word, self._relations) for at, word in enumerate(words)
                    if word not in self._subject_pronouns and at not in named_at)
        # ... and so asked of a 'he' or 'she', not a 'they' that is often a thing
        asked_of_them = pointed and any(c & self._someone and not c & self._first_person
                                        for c in asking)
        for (name, phrases), found in zip(self._audiences, scan.audiences, strict=True):
            # A pregnancy is the asker's own ("breastfeeding mum here, do I need b12"),
            # unless someone else is said to be pregnant beside the asker's own twitch.
            # ... as is a child or animal of the asker's twitch story, unless what is asked
            # is asked of them ("I get a twitchy calf myself ... my daughter, she's 11 ...
            # What should she be eating?")
            passing = (for_asker or (own_twitch and not asked_of_them)) and name != PREGNANCY
            # "I stopped breastfeeding in May": over, wherever else the word is said
            ended = {words[i] for i in found if self._ended(words, i)}
            denied = {i for i in found if self.negation(words, i) is not None}  # "not pregnant"
            idioms = covered(words, self._not_audiences_by_first)  # "a rabbit hole"
            hoped = covered(words, self._hoped_for_by_first) if name == "children" else set()
            if name == PREGNANCY and denied:
                continue  # "not pregnant ... every article is about pregnancy": denied
            if name == ANIMALS and (asked_by_asker or self._asked_of_people.search(words)) \
                    and self._twitch_told_apart(clauses, owner, found):
                # "our cat twitches in her sleep ... I've noticed my right calf twitching
                # too, what can I do?": the asker's own twitch, told in a clause of its
                # own and asked about for themselves; the pet's is a likeness beside it
                continue
            starts = [i for i in found
                      if i not in denied
                      and words[i] not in ended
                      and not any(ends_at(words, i, p) for p in self._was_once)
                      and not self._likened(words, i)  # "weak as a kitten"
                      and not any(ends_at(words, i, p)  # "getting ready for the baby"
                                  for p in self._awaiting)
                      and not (own_twitch  # "so is the baby, it's me with the twitch"
                               and self._told_well(words, i, phrases))
                      and i not in idioms
                      and i not in hoped  # "trying for a baby": no child yet
                      and not (name == "children" and grown_children
                               and words[i] in self._offspring)
                      and not self._set_aside(words, i)  # "rather than for the grandkids"
                      and not (name != PREGNANCY  # "the dog lead" ("breastfeeding mum" is
                               and self._only_which(words, i, phrases))  # her own)
                      and not (name != PREGNANCY  # a pregnancy keeps no company
                               and self._in_company(words, i, clause_ends[owner[i]])
                               and not asks[owner[i]])  # "up all night with a newborn"
                      and not self._since_its_coming(words, i)  # "since the baby came"
                      and not self._twitchs_age(words, i)  # "my twitch is 3 weeks old"
                      and not self._twitch_aged_before(
                          words, i, asker_named=not self._first_person.isdisjoint(words))
                      and not (name == PREGNANCY and own_twitch
                               and self._someone_elses_pregnancy(words, i))
                      and not (name == "children"  # "my son, who is 40"
                               and any(i - 3 <= a <= i + 6 for a in adults))
                      and not (name == "children"  # "now the kids have left home"
                               and i + 1 < len(words)
                               and self._grown_and_gone.end(words, i + 1) > i + 1)
                      and not (name == "children" and adults and i  # "an 82 year old
                               and words[i - 1] in self._their)  # gentleman... his daughter"
                      and not (passing and not self._age_of_whom_asked(words, i, people=True)
                               and self._in_passing(clauses[owner[i]], asks[owner[i]],
                                                    place_in_clause[i]))]
            if grown_up_first and name != PREGNANCY:
                # only a twitch or a body part of their own makes them the subject now; not
                # one told after a reason ("stopped his walks with the dog because his legs
                # feel heavy": his, the grown-up's)
                starts = [i for i in starts
                          if not self._twitch_or_part.isdisjoint(self._just_after(words, i))]
            if starts and (name == PREGNANCY or theirs or pointed
                           or any(self._subject(words, i, clause_ends[owner[i]])
                                  or self._age_of_whom_asked(words, i, people=True)
                                  for i in starts)):
                return name
        if any(m.own and m.age < self._adult for m in ages):
            return "children"  # "im 16 and my leg twitches": the asker is not an adult
        if any(not m.own and m.age < self._adult
               and (not own_twitch or asked_of_them
                    or self._age_of_whom_asked(words, m.index)
                    or self._age_before_a_part(words, m.index))
               for m in ages):
            # "my niece, she is six": a child's age, not the asker's; "a 12 year old
            # gelding": an animal's
            animal = dict(zip((name for name, _ in self._audiences), scan.audiences,
                              strict=True)).get("animals")
            return "animals" if animal else "children"
        return None

    def _only_what_to_do(self, clause: Sequence[str]) -> bool:
        """'what do I do?', 'what should I do about it': a clause that only asks what to
        do, with at most a couple of words more."""
        return any(len(clause) - (self._what_to_do.end(clause, at) - at) <= _WHAT_TO_DO_MORE
                   for at in self._what_to_do.starts(clause))

    def _fine_after(self, words: Sequence[str], rule: SignRule, start: int,
                    fine_at: set[int], clause_end: int) -> bool:
        """'my vision is fine', 'my balance is fine': a word of ``fine_at`` just after the
        sign's phrase, or one word further ('is', 'seems'), in its clause (which ends at
        ``clause_end``: 'Arm Twitching And More Weak, Is Normal?' asks); where the phrase
        ends is read from the scan's own table (the scan alone finds only where signs
        start). 'Went numb, fine now' is a sign that passed, not one ruled out."""
        end = self._scanner.end(words, start, self._slot_of[rule.id])
        if end + 1 in fine_at and end < clause_end and words[end] in self._copulas:
            end += 1
        return end in fine_at and (
            end + 1 == len(words) or words[end + 1] not in self._fine_again)

    def _animals_age(self, words: Sequence[str], age: int, animal: int) -> bool:
        """Whether the age at ``age`` is the animal's named at ``animal``: just before it,
        with only the age's own words between ("a 12 year old gelding"), or just after, with
        no one else named between ("our cat Bramble is nineteen"; not "my dad is 69, walks
        the dog", nor "the dog, and he is 70")."""
        if 0 < animal - age <= _ANIMAL_AGE_BEFORE:
            return set(words[age + 1:animal]) <= self._age_words
        between = words[animal + 1:age]
        return 0 < age - animal <= _ANIMAL_AGE_AFTER and self._people_words.isdisjoint(between)

    def _age_of_whom_asked(self, words: Sequence[str], index: int, people: bool = False) -> bool:
        """'Eye Twitching In 8 Year Old', 'magnesium for a 10 year old', 'Eye Twitching In
        A Teenager': the age or the person at ``index`` names whom the twitch or the
        question is in or for, even when the twitch, told with no one's name, would read as
        the asker's own. A person is named so only after "in" (``people``): "for a dog
        charity", "trying for a baby" name no one asked about. An article or an owner may
        stand between ("Eye Twitching in My 9 Year Old", "twitching in my son")."""
        before = index - 1
        if before >= 0 and (words[before] in self._age_articles
                            or words[before] in self._possessives):
            before -= 1
        openers = self._subject_openers if people else self._age_openers
        return before >= 0 and words[before] in openers

    def _age_before_a_part(self, words: Sequence[str], index: int) -> bool:
        """'my 4yo's eye keeps twitching', 'my 3 year olds legs': an age said in years
        just before a body part names whose part it is."""
        end = index + 1
        while end < len(words) and words[end] in self._age_words:
            end += 1
        return end > index + 1 and end < len(words) and words[end] in self._body_parts

    def _twitchs_age(self, words: Sequence[str], index: int) -> bool:
        """'my twitch is three weeks old now', 'my eyelid is 3 weeks old', 'it's 3 weeks
        old': an age said of the twitch or the part it is in at ``index``, which is how long
        it has lasted, not a baby."""
        return index >= 2 and words[index - 1] in self._copulas and (
            words[index - 2] in self._twitch_or_part or words[index - 2] in self._pointing)

    def _twitch_aged_before(self, words: Sequence[str], index: int,
                            asker_named: bool = True) -> bool:
        """'a six week old eyelid twitch, should I worry': an age in weeks or months (a
        child's age phrase, from ``index``), told just before a twitch (or a part and its
        twitch) by an asker who speaks of themselves and of no one else, is how long it has
        lasted. Told of no one ("Three month old twitching, normal?"), or of someone ("my
        6 week old", "...old's chin quivers when she cries"), it is a baby's:
        ``asker_named`` says whether the asker is named anywhere in the question ``words``
        are from."""
        end = self._children_named.end(words, index)
        after = words[end:end + 2]
        return (not self._twitch_age_units.isdisjoint(words[index:end])
                and not (index and words[index - 1] in self._possessives)
                and asker_named
                and self._third_person.isdisjoint(words)
                and bool(after)
                and (after[0] in self._twitch_words
                     or (after[0] in self._body_parts and after[1:2] != []
                         and after[1] in self._twitch_words)))

    def _only_which(self, words: Sequence[str], index: int, named: PhraseSet) -> bool:
        """'dropping the dog lead', 'Toddler mum, twitchy thighs': the child's or animal's
        phrase (of ``named``) at ``index`` just before a word that it only says which thing,
        outing or person is, not whose body is asked about."""
        end = named.end(words, index)
        return end < len(words) and self._of_an_audience.end(words, end) > end

    def _in_company(self, words: Sequence[str], index: int, clause_end: int) -> bool:
        """'Sleeping like 5 hrs a night w a newborn': named at ``index`` as whom the asker's
        days are spent with, and nothing of theirs told just after in its clause (which
        ends at ``clause_end``: "with the baby's twitch" is theirs). A word that only says
        what they are like may come between ("up all night with a teething baby"), not
        one that says whose ("help with my son")."""
        described = index > 0 and words[index - 1] not in self._possessives
        return any(ends_at(words, at, p) for p in self._in_company_of
                   for at in ((index, index - 1) if described else (index,))) and \
            self._twitch_or_part.isdisjoint(self._just_after(words[:clause_end], index))

    def _told_well(self, words: Sequence[str], index: int, named: PhraseSet) -> bool:
        """'She's fine and so is the baby, it's me with the twitch': the child or animal
        (whose phrase of ``named`` starts at ``index``) is said to be well, so is not
        whom the question is about."""
        return any(ends_at(words, index, p) for p in self._well_before) or any(
            starts_at(words, named.end(words, index), p) for p in self._well_after)

    def _since_its_coming(self, words: Sequence[str], index: int) -> bool:
        """'husband sleeps 5 hours since the baby came and gets twitchy calves': named at
        ``index`` just after 'since', as when something began, not who is asked about."""
        return not self._since.isdisjoint(words[max(0, index - SINCE_REACH):index])

    def _likened(self, words: Sequence[str], index: int) -> bool:
        """'weak as a kitten', 'sleeps like a baby': named at ``index`` only as what
        something is likened to."""
        return any(ends_at(words, index, p) for p in self._likening)

    def _set_aside(self, words: Sequence[str], index: int) -> bool:
        """'asking for myself, rather than for the grandchildren': named at ``index`` just
        after words that set it aside (with 'for the' or 'my' between)."""
        return any(ends_at(words, end, p) for p in self._set_aside_before
                   for end in range(max(0, index - _SET_ASIDE_GAP), index + 1))

    def _ended(self, words: Sequence[str], index: int) -> bool:
        """'stopped breastfeeding', 'no longer pregnant': a state that is over, just
        before ``index``; or one set aside ('ok forget the pregnancy bit')."""
        return any(ends_at(words, index, p) for p in self._ended_phrases)

    def _someone_elses_pregnancy(self, words: Sequence[str], index: int) -> bool:
        """'my wife is 30 weeks pregnant', 'she is expecting', 'my pregnant partner', or a
        headline's 'Wife Is Pregnant And My Eyelid Twitches': the pregnancy named at
        ``index`` is another person's; and so is any an asker who says he is a man or a
        father names ("I'm the dad, so nothing to do with breastfeeding")."""
        if self._asker_a_man.search(words):
            return True
        def relation(at: int, whose: int) -> bool:
            if self._relations_own(words[at]):
                return True  # "partner's pregnant" arrives as "partners pregnant"
            return words[at] in self._relations and whose >= 0 and (
                words[whose] in self._possessives)
        # (a relation that opens the question, before the pregnancy, is the asker's with
        # its "my" left out; not "pregnant mum here", who is the asker)
        return any(words[at] in self._third_person or relation(at, at - 1)
                   or (at == 0 and words[at] in self._relations)
                   for at in range(max(0, index - PREGNANT_REACH), index)) or (
            index + 1 < len(words) and relation(index + 1, index - 1))

    def _own_twitch_said(self, clauses: Sequence[Sequence[str]]) -> bool:
        """The asker says a twitch of their own: 'I keep twitching'; not twitching as
        something read or heard of ('I've read that twitching can be...'). Naming a part
        of their own body ('my calf') says it too: :meth:`read` asks that first."""
        theirs_told = any(self.someones_twitch(clause) for clause in clauses)
        return any(
            not self._asker.isdisjoint(clause) and not self._twitch_words.isdisjoint(clause)
            and not self._reported(clause) and not self._for_someone_else(clause)
            and not self._only_told_to(clause)
            and not (theirs_told and self._twitch_pointed_at(clause))
            for clause in clauses)

    def _twitch_pointed_at(self, clause: Sequence[str]) -> bool:
        """'how can I get the twitching to stop', after 'his left eyelid has been
        twitching': every twitch the clause names is pointed at ('the', 'that'), so it is
        the one already told of, not one of the asker's."""
        return all(index and clause[index - 1] in self._pointing_articles
                   for index, word in enumerate(clause) if word in self._twitch_words)

    def _only_told_to(self, clause: Sequence[str]) -> bool:
        """'his eyelid has been twitching and he's asked me to google it': beside someone
        else's twitch, the asker named only as the one told or asked is not its owner."""
        return self._asker_as_subject.isdisjoint(clause) and self.someones_twitch(clause)

    def _for_someone_else(self, clause: Sequence[str]) -> bool:
        """'my 6 year old's eye keeps twitching, what can i give him': the asker acts for
        the one named after them, whose twitch it is."""
        return any(word in self._asker and not self._third_person.isdisjoint(clause[i + 1:])
                   for i, word in enumerate(clause))

    def _reported(self, clause: Sequence[str]) -> bool:
        """'i have read that', 'i heard': the asker reports what was said, of anyone."""
        return any(word in self._asker and not self._reporting.isdisjoint(clause[i + 1:i + 3])
                   for i, word in enumerate(clause))

    def names_someone(self, words: Sequence[str]) -> bool:
        """Whether a person is named ('he', 'my husband', 'mum's', 'a man'): an emergency
        told of one is of a body, whatever thing its words may also name."""
        return not self._anyone_named.isdisjoint(words) or self._relation_or_pronoun(words)

    def _relation_or_pronoun(self, words: Collection[str]) -> bool:
        """'she keeps falling over', "Wife's left side went weak": a person, not a topic."""
        return not self._someone.isdisjoint(words) or any(
            word in self._relations or self._relations_own(word) for word in words)

    def names_a_place(self, words: Sequence[str], parts: Sequence[int]) -> bool:
        """Whether a body part of its own is named ('shoulder'; not 'muscle' or 'body')."""
        return bool(self._places(words, parts))

    def someones_twitch(self, words: Sequence[str], by_relation: bool = True) -> bool:
        """'his eyelid', 'her muscles quiver', 'he twitches'; unless not ``by_relation``,
        'my husband's calf', 'my boyfriend (27) has had a twitchy eyelid' (not 'my wife
        says my eye twitches'): someone else's twitch."""
        twitch, someone, relations = self._twitch_or_part, self._someone, self._relations
        # only a word for someone, or for a relation (or its possessive), can start one
        for index in [index for index, word in enumerate(words)
                      if word in someone or (by_relation and one_of(word, relations))]:
            word = words[index]
            if word in someone:
                if not twitch.isdisjoint(words[index + 1:index + 3]):
                    return True
            elif by_relation and (word in self._relations or self._relations_own(word)) \
                    and self._theirs_follows(words, index):
                return True
        return False

    def _grown_ups_twitch(self, words: Sequence[str]) -> bool:
        """'my best friend has twitching in her feet', 'my mum's calf': a grown-up relation
        named, with a twitch or a body part of theirs just after."""
        return any(self._theirs_follows(words, index) for index, word in enumerate(words)
                   if one_of(word, self._grown_up_relations))

    def _grown_up_first(self, words: Sequence[str], audiences: Sequence[Sequence[int]]) -> bool:
        """'A woman on my team switched statins... her thighs twitch... after she's walked
        the dog': a grown-up named before any child or animal and before the twitch is
        whose twitch the story tells; the dog is only in it."""
        first = min((at for found in audiences for at in found), default=len(words))
        grown_up = next((at for at, word in enumerate(words[:first])
                         if one_of(word, self._grown_up_relations)), None)
        return grown_up is not None and any(
            word in self._twitch_or_part for word in words[grown_up + 1:first])

    def _theirs_follows(self, words: Sequence[str], index: int) -> bool:
        """A twitch or a body part within RELATION_REACH words after the one named at
        ``index``, before the asker or what someone says is named."""
        for after in words[index + 1:index + 1 + RELATION_REACH]:
            if after in self._asker or after in self._telling:
                return False
            if after in self._twitch_or_part:
                return True
        return False

    def _relations_own(self, word: str) -> bool:
        """'husbands' as 'my husband's' arrives: what follows is the relation's."""
        return word.endswith("s") and word[:-1] in self._relations

    def _twitch_told_apart(self, clauses: Sequence[Sequence[str]], owner: Sequence[int],
                           named: Sequence[int]) -> bool:
        """Whether a clause that names none of ``named`` (word positions, whose clauses
        ``owner`` gives) tells a twitch in the asker's own words: 'my dog's leg twitches'
        is the dog's, 'I've noticed my calf twitching too' the asker's."""
        theirs = {owner[i] for i in named}
        told = False
        for index, clause in enumerate(clauses):
            if index and clause and clause[0] in self._relative_openers \
                    and index - 1 not in theirs:
                clause = [*clauses[index - 1], *clause]  # "my own eyelid, which has been..."
            told = told or (index not in theirs and not self._first_person.isdisjoint(clause)
                            and self._third_person.isdisjoint(clause)  # not "her back ripples"
                            and not self._twitch_words.isdisjoint(clause))
        return told

    def _own_headline(self, clause: Sequence[str]) -> bool:
        """A clause of a few words that ends in a word of ``own_headline_ends``, with no one
        named in it: 'MS diagnosis.' heads the asker's own story."""
        return len(clause) <= _HEADLINE_WORDS and clause[-1] in self._own_headline_ends \
            and self._third_person.isdisjoint(clause) and not self._relation_or_pronoun(clause)

    def _in_passing(self, clause: Sequence[str], is_question: bool, at: int) -> bool:
        """A background clause that says nothing of twitching or a body part of the one
        named at ``at``: what follows the asker's own words is the asker's ("my cat has
        woken me up at 4am and now my eyelid twitches")."""
        end = next((i for i in range(at + 1, len(clause)) if clause[i] in self._first_person),
                   len(clause))
        # ... and so is a twitch said just before them, of a part of theirs ("my kids laugh
        # at the twitch in my calf"; not "my dog keeps twitching and my hand...")
        return not is_question and all(
            end - i <= _OWNED_TWITCH_BEFORE < len(clause) - end
            and self._twitch_place_links.issuperset(clause[i + 1:end])
            for i, word in enumerate(clause[:end]) if word in self._twitch_or_part)

    def _subject(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the one named at ``start`` is who the question is about: a twitch or a
        body part follows it, or a verb of theirs in its own clause, which ends at ``end``
        ('my son takes'; not 'walks the dog every day, eats plenty of veg'), or it is asked
        for, or the twitch is said to be in them ('Muscle Twitching In Teenagers')."""
        if start + 2 < len(words) and words[start + 1] in self._have_aux \
                and words[start + 2] in self._after_have_aux \
                and self._twitch_words.isdisjoint(words[start + 3:start + 3 + _AUX_REACH]):
            # "the kids have been off sick", "the kids have started pointing it out":
            # background; not "...been twitching", "has started getting cramps"
            return False
        # "my kids (6 and 9) keep getting cramps": ages between are skipped; and what
        # follows the asker's own words is the asker's ("my son says I should get...").
        # One named in a clause of its own, with an age said aside after it, is the subject
        # of the clause after the aside: "My mare (16, warmblood) has started getting
        # twitches" (not "since I was a kid, I've hated fish")
        named_alone = end == start + 1 and start > 0 and words[start - 1] in self._possessives \
            and end < len(words) and words[end].isdigit()
        following, own_clause = [], []
        for index in range(start + 1, min(start + 8, len(words))):
            word = words[index]
            if word in self._asker or word in self._telling:
                break  # "my daughter reckons my left foot slaps down": what they say
            if tuple(words[index:index + 2]) in self._not_places:
                continue  # "the kids went back to school": no body part of theirs
            if not word.isdigit() and word != "and":
                following.append(word)
                own_clause.append(index < end or named_alone)
        # A household counted ("Three kids under six, eyelid fluttering") is who the asker
        # looks after: a twitch told after them is theirs only in their own clause.
        counted = start > 0 and (self._count(words[start - 1]) or 0) > 1
        after = {word for word, inside in zip(following[:4], own_clause[:4], strict=True)
                 if inside or not counted}
        verbs = {word for word, inside in zip(following[:4], own_clause[:4], strict=True)
                 if inside}
        before = set(words[max(0, start - 3):start])
        return bool(after & (self._twitch_words | self._body_parts | self._animal_parts)
                    or verbs & self._subject_verbs
                    or (start + 1 < len(words)  # "my dog ate dark chocolate"
                        and self._swallowed_by.end(words, start + 1) > start + 1)
                    or (start <= _OPENING_SUBJECT and start + 1 < len(words)  # a follow-up
                        and self._does_it_too.end(words, start + 1) > start + 1)
                    or before & self._for_someone
                    or (start and words[start - 1] in self._twitch_words)  # "twitchy hamster"
                    or (start > 1 and words[start - 1] in self._found_in
                        and words[start - 2] in self._twitch_words))  # "twitching in teens"

    def negation(self, words: Sequence[str], start: int, *, asking: bool = False,
                 since: int = 0) -> int | None:
        """Where the word that denies the sign at `start` is, if one does: 'no numbness',
        'not on any meds', 'never weak'. 'can not get my words out' is a sign shown: 'not'
        after 'can' is inability, and after 'surely' a suspicion ('surely not the new
        tablets?'); and 'not enough water' says there is too little, not none.
        With ``asking``, 'any' asks rather than denies ('any stretches that help?'); a
        denial is looked for from ``since`` on (the start of the sign's clause)."""
        denials = self._denials if asking else self._negations
        if denials.isdisjoint(words[max(since, start - _FARTHEST_NEGATION):start]):
            return None  # no denial within the farthest reach: most signs, in one set test
        # "I don't feel weak or numb": a denial reaches on over the signs it lists
        reach = NEGATION_REACH + 2 * sum(
            1 for word in words[max(since, start - _LISTING_REACH):start]
            if word in self._listing)
        for index in range(max(since, start - reach), start):
            if words[index] not in denials or self._too_little & set(words[index:start + 1]):
                continue
            if not self._negation_stops.isdisjoint(words[index + 1:start]):
                continue  # "won't stop, also dizzy": the denial stays with what it denies
            if not self._hedges.isdisjoint(words[index + 1:start + 2]):
                continue  # "not numb exactly, more like fizzy": half admitted
            if not (words[index] == "not" and index and (
                    words[index - 1] in self._inability or words[index - 1] in self._suspecting)):
                return index
        return None

    def _count_before(self, words: Sequence[str], unit: int) -> float | None:
        """The number of units: '3 weeks', 'three weeks', 'its 3rd month', '2 and a half
        weeks', 'the past month', 'a couple of years'."""
        if " ".join(words[max(0, unit - 2):unit]) in self._one_span_before:
            return 1
        if words[unit - 1] == "of" and unit > 1 and words[unit - 2] in self._quantities \
                and self._units.get(words[unit], 0) >= _MONTH_DAYS:
            # "a couple of years": the count is before "of" (but "a couple of weeks",
            # a phrase of its own, is as long as two weeks only by the letter)
            unit -= 1
        word = words[unit - 1]
        if (word in self._ordinal_endings or word in self._approximately) and unit > 1:
            word = words[unit - 2]  # "3rd" arrives as "3 rd"; "twenty-something days"
        if word == "half":
            whole = next((n for w in words[max(0, unit - 4):unit - 1] if (n := self._count(w))),
                         None)
            return whole + 0.5 if whole is not None else None
        return self._count(word)

    def _count(self, word: str) -> float | None:
        if word.isdigit():
            return int(word)
        if _DECIMAL.fullmatch(word):  # "for 2.5 weeks"
            return float(word)
        return self._quantities.get(word)


def _clause_starts(clauses: Sequence[Sequence[str]]) -> list[int]:
    """Each word's clause's first word, for the whole question's words."""
    if len(clauses) == 1:
        return [0] * len(clauses[0])  # one clause: most questions
    starts: list[int] = []
    for start, clause in zip(accumulate(map(len, clauses), initial=0), clauses,
                             strict=False):  # (the running total ends one past them)
        starts += [start] * len(clause)
    return starts


def _clause_ends(clauses: Sequence[Sequence[str]]) -> list[int]:
    """Each word's clause's end (one past its last word), for the whole question's words."""
    ends: list[int] = []
    for end, clause in zip(accumulate(map(len, clauses)), clauses, strict=True):
        ends += [end] * len(clause)
    return ends


def _by_first_word(phrases: Collection[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, so that a scan tries only those that can start."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        table.setdefault(phrase[0], []).append(phrase)
    return table


def phrases_by_first(phrases: Collection[str]) -> dict[str, list[tuple[str, ...]]]:
    """A word class's phrases (normalised, space-separated) by their first word."""
    return _by_first_word(frozenset(tuple(phrase.split()) for phrase in phrases))


def _day_of_the_year_after(words: Sequence[str], year: int) -> date | None:
    """The day a year begins in ISO order ('2026-12-02': the year, the month, the day),
    None when no month and day follow it or they are no date."""
    month, day = words[year + 1:year + 2], words[year + 2:year + 3]
    if not (month and day and month[0].isdigit() and day[0].isdigit()
            and len(month[0]) <= 2 and len(day[0]) <= 2):
        return None
    try:
        return date(int(words[year]), int(month[0]), int(day[0]))
    except ValueError:
        return None


def _days_back(today: date, month: int, day: int) -> int:
    """Days since a day of the year last came, today's included: this year's, or last
    year's when this year's is still to come."""
    began = date(today.year, month, day)
    if began > today:
        began = began.replace(year=today.year - 1)
    return (today - began).days


def _in_table(said: tuple[str, ...], table: Mapping[tuple[str, ...], tuple[int, int]]
              ) -> tuple[str, ...]:
    """The name of a day of the year in the table that the words said are, or their
    possessive is ("new years"), else no words."""
    if said in table:
        return said
    if said[-1].endswith("s"):
        name = (*said[:-1], said[-1][:-1])
        if name in table:
            return name
    return ()


def _says_a_year(words: Sequence[str]) -> bool:
    """Whether a year is among the words: a year is a number, and most questions say few
    numbers or none, which are picked out in C before each is tested."""
    return any(map(a_year, filter(str.isdigit, words)))


def covered(words: Sequence[str], by_first: Mapping[str, list[tuple[str, ...]]]) -> set[int]:
    """Where the words are part of one of the phrases (not_places, not_signs): idioms in
    which a word of ours means something else ("eye on it", "falling asleep")."""
    covered: set[int] = set()
    for start in [start for start, word in enumerate(words) if word in by_first]:
        for phrase in by_first[words[start]]:
            if tuple(words[start:start + len(phrase)]) == phrase:
                covered.update(range(start, start + len(phrase)))
    return covered


def _names_in(words: Sequence[str], names: Mapping[str, str]) -> list[str]:
    """The first symptom the words of a sign's phrase name, if any ('my vision has gone
    blurry': 'changes in your vision'); the phrase's first words say what it is about."""
    return next(([names[word]] for word in words if word in names), [])


def _singular(word: str) -> str:
    """'eyelids' and 'eyelid' are one part."""
    return word[:-1] if word.endswith("s") else word
