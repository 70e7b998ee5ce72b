"""The reading stage: everything a question says, before any matching.

    read(text, state) -> Reading

A :class:`Reading` is one frozen record of what the question says: its clauses
and which of them ask, the entities named and which of them are the subject,
who is asking (age, sex), the red flags shown and the spans that deny them,
the audience (a child, a pregnancy, an animal), and the words to match, with
each entity replaced by its ``{slot}`` and pronouns read from the conversation.
Matching, deciding and rendering only ever look at a Reading, so what the
assistant understood can be tested, and explained, on its own.

Every word the reading knows comes from the data under ``intents/``; the code
here holds the grammar, not the vocabulary.
"""

from __future__ import annotations

from _bisect import bisect_right  # the C function the bisect module re-exports
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import accumulate, chain, dropwhile, pairwise
from types import MappingProxyType

from .amounts import AmountReader, Stated
from .answers import Person
from .compiled import Packed
from .dialogue import EXCEPT, STRONG_KINDS, SUBJECT_KINDS, State
from .english import lookalikes
from .entities import OUTSIDE, EntityFinder, Found, by_initial, closest_spelling
from .habits import ShortOfHabits
from .intents import ANIMALS, NAMED_AUDIENCES, OVERDOSE, IntentSet
from .knowledge import KnowledgeBase
from .medicines import MedicineReader
from .memo import remembered
from .native import mypyc_attr
from .person import AgeMention, PersonReader
from .records import NamedTuple
from .reply import Mention
from .safety import PhraseScanner, PhraseSet, SafetyCheck, Scan, covered, phrases_by_first
from .text import MAX_CHARS, one_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:  # only the annotations name it: safety.py reads the clock
    from datetime import date

Entities = Mapping[str, tuple[str, ...]]
OBJECT_REACH = 5  # how far after "drinking" what was drunk may be named
PUT_RIGHT_REACH = 2  # words between a thing and 'not' before the one it puts right
PUT_ASIDE_REACH = 3  # words after "instead of" where a form put aside may be ("of the pills")
MIN_JOINED = 2  # words on each side of "and" for it to join two questions
# A story told in this many clauses or more makes no request of us by a frame's word alone
_STORY_CLAUSES = 4
_ASIDE_REACH = 2  # clauses after a twitch's where it may be set aside ("not why I'm writing")
QUESTION_WORD_WITHIN = 4  # a clause asks when a question word is among its first words
TIME_TIE_REACH = 4  # "when | I do the | crossword": words a time tie may come before a pastime
EATING_OPENER_WITHIN = 2  # "so | what should I snack on": where the clause asks what
EATING_ASKED_REACH = 4  # "what | can I eat", "what | should I snack on"
_TYPO_LENGTH = 6  # shorter words are too easily another word ("mss", "ale")
_DATED_REACH = 3  # words before a condition where "since" may date by it ("since her hip op")
_RULED_OUT_REACH = 2  # words before a subject from elsewhere where "without" leaves it out
_IDENTITY_WORDS = 5  # words of a clause that only says who the asker is ("type 2 diabetic here")
_LIST_ITEM = 4  # words of a clause that only lists on from the one before ("the stress")
_CHORE_WORDS = 3  # "does his crossword": a clause this short after "does" says a chore
_STRANGE_LENGTH = 5  # the shortest word that can give a turn a subject of its own
_DOSE_TO_MEDICINE = 2  # words after "how much" where the medicine dosed may come ("of the")
_LEVEL_REACH = 4  # words after a nutrient where the level read may come ("came back at 1.6")
_DOSED_FOR = 6  # words after a medicine dosed where what it is for may be said ("for my leg cramp")
# kinds whose naming alone does not make a turn ask of its own: "I'm vegan", "no dairy"
_LEANING_KINDS = frozenset({"diet", "except"})
# What a question may name beside a medicine, with no twitch and no nutrient, and still be
# about the medicine: "won't give up the steak. What's best to take for a flare, colchicine
# or naproxen?"
_BESIDE_A_MEDICINE = frozenset({"trigger", "food", "diet"})
FRAME_DENIAL_REACH = 4  # words before a frame's word a denial may come ("not much of a cook")
# Kinds a story's background names as context when the question names its own.
_ASKED_KINDS = frozenset({"nutrient", "trigger", "factor"})
# Kinds a pronoun can stand for, in the order they are tried.
_PRONOUN_KINDS = ("nutrient", "food", "trigger", "factor")
# Where a nutrient named only by its unit ("5000 iu") stands among the nutrients' word
# positions: at no word, so nothing is next to it
NAMED_BY_UNIT = -1
# What a pronoun in a question about eating never stands for: one eats for a nutrient, or
# for the twitch, not for a trigger or a habit
_HABIT_SLOTS = frozenset({"{trigger}", "{factor}"})


# The frame of a question about a medicine itself ("ozempic side effects"): out of scope,
# though the signs it tells are still a body's.
MEDICATION = "medication"
# A relation followed this closely by a word of telling ("my wife says") tells, and is
# not who the turn is about.
TELLER_REACH = 2


# The kinds a question mark makes asked where it closes them (see Reader._marked_asking).
_MARKED_OURS = frozenset({"nutrient", "trigger"})


class Reading(NamedTuple):
    """What one question says (see the module docstring)."""

    text: str
    clauses: tuple[tuple[str, ...], ...] = ()
    asks: tuple[bool, ...] = ()
    found: tuple[Found, ...] = ()
    entities: Entities = MappingProxyType({})
    person: Person = Person()
    signs: tuple[str, ...] = ()
    denied: frozenset[int] = frozenset()
    audience: str | None = None
    whole: tuple[str, ...] = ()  # the words to match: slots for entities, denials left out
    units: tuple[tuple[str, ...], ...] = ()  # the clauses to match on their own
    outside: tuple[str, ...] = ()  # subjects the sources do not cover, in what is asked
    evidence: str = "none"  # how plainly it is about our domain: "domain", "trigger", "none"
    symptoms: bool = False  # it speaks of twitching, cramps, spasms...
    own_body: bool = False  # ... of a part of the asker's own body ("my calf")
    own_twitch: bool = False  # ... or says they twitch ("i keep twitching", "i get twitches")
    own_headline: bool = False  # ... or opens with a twitch, no one's named ("Twitching 12 days")
    someones_body: bool = False  # ... or of someone else's ("his thigh has been twitching")
    askers_own: bool = False  # it speaks of the asker and no one else ("im vegan, what...")
    medicine_changed: bool = False  # it tells of a medicine started or changed ("new tablet")
    names_someone: bool = False  # it names someone else ("my husband is 71", "she")
    asker_named: bool = False  # it names the asker as the one it is for ("what about me")
    points_back: bool = False  # what is asked points at what was said ("could it be that?")
    tells_how_long: bool = False  # it only says how long ("been like 4 days")
    # The words matched instead of the whole, where only some of them ask: the words that
    # name a twitch, where the question says only that and how long it has gone on
    # ("eyelid twitching 10 days"), whose number and unit would pull the questions of daily
    # amounts; or a clause that asks the foods of a nutrient apart from one in another
    # frame ("B12 sources? Also, overnight oats recipe?"), which would pull a refusal
    matched_alone: tuple[str, ...] = ()
    eating_asked: bool = False  # the first clause that asks, asks what to eat ("what can I eat")
    anyones_body: bool = False  # ... or of no one's in particular ("a swimmer's twitchy shoulder")
    asked_kinds: frozenset[str] = frozenset()  # entity kinds named in the clauses that ask
    strong: tuple[str, ...] = ()  # signs that call for the care answer alone ("my arm feels weak")
    # ... all of them signs whose advice leaves room for what else is clearly asked (a fear)
    room_after_care: bool = False
    # a sign more than a worry ("for 3 weeks", "and has a fever"): for a child or a
    # pregnancy, its care advice leads
    specific: bool = False
    frame: str = ""  # another sense our words are asked in ("cooking", "shopping"), or ""
    priced: bool = False  # asks what is cheap of our subjects ("cheap potassium foods")
    asks_later: bool = False  # a later clause plainly asks ("thanks, anything to eat?")
    counts_a_day: bool = False  # it asks a count per day ("how many almonds a day")
    unknown: tuple[str, ...] = ()  # words of what is asked that none of our data knows
    # in a conversation of ours, a turn's words our subject never uses, when it names,
    # points back to and leans on nothing of ours ("how long is a rugby match"): a subject
    # of its own; empty for a turn that goes on ("cheapest way to get it?")
    strange: tuple[str, ...] = ()
    # it leans on what was said: a pronoun, someone already spoken of, "in the meantime"
    leans: bool = False
    health_cue: bool = False  # it asks what is good for the body ("is it safe", "worth it")
    ours: bool = False  # it names a nutrient, a diet or a word of our domain ("vitamin")
    amounts: tuple[Stated, ...] = ()  # amounts it states ("400 mg of magnesium", "6000 IU")
    places: frozenset[str] = frozenset()  # the body regions named, of no one else's body
    asks_a_kind: str | None = None  # the kind of nutrient asked for ("which vitamin ..."): its
    # word, singular ("vitamin", "mineral", "nutrient"), or None when none is asked for
    # the other symptoms it tells beside the twitch, as the care advice names them back
    symptoms_told: tuple[str, ...] = ()
    # a nutrient's level read out and asked about ("my magnesium came back at 1.6, is that
    # low?"): the sources give no ranges, which the answer says first
    level_asked: bool = False
    # two ages named and compared ("does she need more calcium than me?"): an amount is
    # asked for, for every age
    ages_compared: bool = False
    # nutrients the sources do not cover, named beside one of ours that is answered
    # ("magnesium or zinc for cramps?"): the answer says the others are not covered
    others_outside: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        """The clauses joined again, for the rules that look across a whole question."""
        return tuple(chain.from_iterable(self.clauses))

    def clauses_naming(self, test: Callable[[Found], bool]) -> frozenset[int]:
        """The clauses (by index) in which something found passes ``test``."""
        ends = list(accumulate(map(len, self.clauses)))
        return frozenset(bisect_right(ends, f.start) for f in self.found
                         if f.start >= 0 and test(f))

    def named_where_asked(self, kind: str) -> tuple[str, ...]:
        """The ids of a kind named in the clauses that ask (every clause, when none or all
        of them ask): what a question is about, apart from what its story tells."""
        asking = _asking_positions(self.clauses, self.asks)
        return tuple(f.id for f in self.found if f.kind == kind and f.start in asking)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """The entities found, as a front end explains them."""
        return tuple(Mention(f.kind, f.id, f.text, round(f.score, 3)) for f in self.found)

    @property
    def declined(self) -> bool:
        """About someone outside the adult audience, with nothing urgent to say first. A
        child, or a pregnant or breastfeeding asker, with a sign that needs a doctor ("my
        son's eye has twitched for 3 weeks", "breastfeeding and my hand feels numb") gets
        the care advice first, and then who can advise them; a worry alone ("newborn
        twitches in sleep, is that normal?") is theirs to answer. A sign in the asker's
        own body beside an animal's twitch ("the dogs at work twitch ... my own arm too,
        and I can't grip the leads") is the asker's, and its care advice is given."""
        return self.audience is not None and "urgent" not in self.signs \
            and not (self.audience in NAMED_AUDIENCES and self.specific) \
            and not (self.audience == ANIMALS and self.own_body and bool(self.strong))

    @property
    def care_only(self) -> bool:
        """A strong sign, or anyone outside the adult audience not declined: the care
        answer and no other."""
        return (bool(self.strong) or self.audience is not None) and not self.declined


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class Reader:
    """Reads questions with one assistant's data. Built once; safe to share."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet, finder: EntityFinder,
                 vocabulary: frozenset[str] = frozenset(),
                 real_words: frozenset[str] = frozenset(),
                 everyday: frozenset[str] = frozenset(),
                 ours: frozenset[str] = frozenset(),
                 subject_words: frozenset[str] = frozenset()) -> None:
        """``vocabulary`` is every word the data uses; ``real_words`` the English words
        that only look like a typo of one of them (:func:`assistant.english.lookalikes`);
        ``everyday`` the English words too common to say where a question is from;
        ``ours`` the words of our own subject, and ``subject_words`` those of them that
        say what a question is about (see :meth:`_strange`)."""
        self._kb = kb
        self._vocabulary = vocabulary | everyday
        # read only for a turn in a conversation that names nothing of ours; compressed,
        # as few questions read them and every start reads their bytes
        self._ours = Packed(ours, compressed=True)
        self._subject_words = Packed(subject_words, compressed=True)
        self._spellings = by_initial(word for word in vocabulary if len(word) >= 4)
        self._stems = Packed(frozenset(intents.normalizer.stem(word)
                                       for word in self._vocabulary))
        self._normalizer = intents.normalizer
        self._lexicon = intents.lexicon
        self._foods_asked = intents.lexicon.words("foods_asked")
        self._feared_organs = intents.lexicon.words("feared_organs")
        self._conditions = frozenset(" ".join(self._normalizer.words(condition))
                                     for condition in intents.lexicon.outside_conditions)
        self._outside_nutrients = frozenset(" ".join(self._normalizer.words(nutrient))
                                            for nutrient in intents.lexicon.outside_nutrients)
        self._first_person = intents.lexicon.words("first_person")
        self._since = intents.lexicon.words("since")
        self._dated_fillers = intents.lexicon.words("dated_fillers")
        self._someone = intents.lexicon.words("someone")
        self._others = intents.lexicon.words("others")
        self._third_person = self._someone | self._others
        # what makes a turn lean on the conversation: a pronoun, someone already spoken of,
        # food asked for, or a word that goes on from what was said ("in the meantime")
        self._leaning = (intents.lexicon.pronouns | self._third_person
                         | intents.lexicon.words("foods_asked")
                         | intents.lexicon.words("leans_on_context"))
        self._subject_pronouns = intents.lexicon.words("subject_pronouns")
        # people named by who they are ("my dad"), not by a pronoun
        self._named_people = (intents.lexicon.words("relations")
                              | intents.lexicon.words("child_words")) - self._third_person
        self._finder = finder
        self._people = PersonReader(intents.lexicon)
        self._amounts = AmountReader(kb.amounts, intents.normalizer,
                                     intents.lexicon.words("relations")
                                     | intents.lexicon.words("someone"))
        self._nutrient_of_unit = _nutrients_by_own_unit(kb)
        self._other_nutrients = intents.lexicon.words("other_nutrients")
        # the unit each nutrient's daily amount is given in, for a number said of it alone
        self._intake_units = {nutrient.id: nutrient.intake.unit.lower()
                              for nutrient in kb.nutrients.values() if nutrient.intake}
        self._short_of = ShortOfHabits(kb, intents.lexicon.small_numbers,
                                       intents.lexicon.words("hours"),
                                       intents.lexicon.words("number_joins"))
        medicines = MedicineReader(intents.medicines, intents.lexicon, intents.normalizer)
        self._medicines = medicines
        self._eating_words = intents.lexicon.words("eating_asked")
        self._eating_openers = intents.lexicon.words("eating_asked_after")
        self._coordinators = intents.lexicon.words("coordinators")
        self._medicine_trigger = intents.medicines.trigger
        self._medicine_sign = intents.medicines.sign
        # bought over the counter, and no cause of ours unless asked about as one: "max
        # ibuprofen per day?" asks a dose, which we do not answer
        self._doses_asked = PhraseSet(sorted(intents.lexicon.words("doses_asked")),
                                      intents.normalizer)
        self._pills = intents.lexicon.words("pill_words")
        self._how_many = PhraseSet(sorted(intents.lexicon.words("asks_how_much")),
                                   intents.normalizer)
        self._per_day = PhraseSet(sorted(intents.lexicon.words("per_day")), intents.normalizer)
        self._over_the_counter = frozenset(
            name for name, kind in intents.medicines.names.items()
            if kind == intents.medicines.suspected_only)
        self._safety = SafetyCheck(intents.safety, intents.lexicon, intents.normalizer, medicines)
        # Illnesses feared, medicines and the words of twitching itself are often
        # misspelled ("lou gherigs", "furosamide", "fasiculations"): a long word that is
        # neither ours nor English is read as the one it is a typo of, before anything else
        # reads it.
        long_words = frozenset(
            word for phrase in (*(p for sign in intents.safety.signs
                                  if sign.id == intents.safety.illness_sign
                                  for p in sign.phrases),
                                *intents.safety.illnesses, *intents.lexicon.symptom_words,
                                *intents.lexicon.domain, *intents.medicines.names)
            for word in intents.normalizer.words(phrase) if len(word) >= _TYPO_LENGTH)
        self._long_spellings = by_initial(long_words)
        # English words that look like a typo of ours, or of one of those long words, are
        # left as they are ("a spiral" is no "spinal"). Read only for a word that is not
        # ours, which most questions do not say: packed, each is one object to unpickle at
        # a start rather than some 5,000 strings and a set table (see Packed).
        self._real_words = Packed(real_words | lookalikes(long_words))
        self._typos: dict[str, str] = {}
        self._unknowns: dict[str, bool] = {}  # _is_unknown's answers, per distinct word
        self._exclusions = PhraseSet(intents.lexicon.exclusion_cues, intents.normalizer)
        self._dose_words = intents.lexicon.words("dose_words")
        self._put_aside_cues = frozenset(tuple(cue.split())
                                         for cue in intents.lexicon.words("put_aside"))
        self._put_aside_firsts = frozenset(cue[0] for cue in self._put_aside_cues)
        self._instead_after = intents.lexicon.words("instead_after")
        self._choice_joins = intents.lexicon.words("choice_joins")
        self._bought_forms = intents.lexicon.words("bought_forms")
        self._offers_a_cause = PhraseSet(sorted(intents.lexicon.words("offers_a_cause")),
                                         intents.normalizer)
        self._asker = intents.lexicon.words("asker")
        self._asker_named = intents.lexicon.words("asker_named")
        self._points_back = intents.lexicon.words("points_back")
        self._times = intents.lexicon.words("times_of_day")
        self._timed_regions = intents.lexicon.words("times_of_day_regions")
        self._generic_places = intents.lexicon.words("generic_places")
        self._kinds_asked_for = intents.lexicon.words("kinds_asked_for")
        self._comparing = intents.lexicon.words("comparing")
        self._question_joins = intents.lexicon.words("question_joins")
        self._of_a_nutrient = intents.lexicon.words("asked_of_a_nutrient")
        self._leaving_out = intents.lexicon.words("leaving_out")
        self._list_fillers = intents.lexicon.words("list_fillers")
        self._listing = intents.lexicon.words("listing")
        self._not_entities_by_first = phrases_by_first(intents.lexicon.words("not_entities"))
        self._requests = intents.lexicon.words("frames_of_requests")
        self._frames_of_things = intents.lexicon.words("frames_of_things")
        self._time_ties = intents.lexicon.words("time_ties")
        self._headline_twitches = intents.lexicon.words("headline_twitches")
        self._putting_right = intents.lexicon.words("putting_right")
        self._correcting = intents.lexicon.words("correcting")
        self._frame_denials = intents.lexicon.words("frame_denials")
        self._telling = intents.lexicon.words("telling")
        self._relations = intents.lexicon.words("relations")
        self._nutrient_kinds = intents.lexicon.words("nutrient_kinds")
        self._twitch_links = intents.lexicon.words("twitch_links")
        self._life_stages = intents.lexicon.words("life_stages")
        self._site_names = intents.lexicon.words("site_names")
        self._body_parts = frozenset(intents.safety.body_regions)
        self._twitch_aside = PhraseSet(sorted(intents.lexicon.words("twitch_aside")),
                                       intents.normalizer)
        self._aside_pointing = intents.lexicon.words("aside_pointing")
        # ... which the frames whose phrases say one of them name ("twitch" the streaming
        # site, "going on a twitch" the birdwatchers' trip), and a crossword's frame none
        self._names_of_frames = {
            name: self._site_names if not self._site_names.isdisjoint(
                word for phrase in phrases for word in intents.normalizer.words(phrase))
            else frozenset()
            for name, phrases in intents.lexicon.frames.items()}
        self._stage_times = intents.lexicon.words("stage_times")
        self._level_tests = intents.lexicon.words("level_tests")
        self._level_words = PhraseSet(sorted(intents.lexicon.words("level_words")),
                                      intents.normalizer)
        self._level_questions = intents.lexicon.words("level_questions")
        self._ages_compared = intents.lexicon.words("ages_compared")
        self._identity_before = PhraseSet(sorted(intents.lexicon.words("identity_before")),
                                          intents.normalizer)
        self._identity_after = intents.lexicon.words("identity_after")
        self._diet_told = PhraseSet(sorted(intents.lexicon.words("diet_told")),
                                    intents.normalizer)
        self._asks_care = PhraseSet(sorted(intents.lexicon.words("asks_care")),
                                    intents.normalizer)
        self._asks_care_alone = intents.lexicon.words("asks_care_alone")
        self._care_alone_fillers = intents.lexicon.words("care_alone_fillers")
        self._other_than = intents.lexicon.words("other_than")
        self._except_fillers = intents.lexicon.words("except_fillers")
        self._given_up = intents.lexicon.words("given_up")
        self._given_up_fillers = self._except_fillers | self._given_up
        self._outdoing = intents.lexicon.words("outdoing")
        self._outdoing_fillers = intents.lexicon.words("outdoing_fillers")
        self._too_little_of = intents.lexicon.words("too_little_of")
        # The frames' phrases are read off the asking clauses, not the whole question:
        # all of them in one pass (see PhraseScanner), the first frame found winning.
        self._frame_names = tuple(intents.lexicon.frames)
        # Words that keep a question out of every frame (see _frame), joined once here.
        self._frameless = intents.lexicon.symptom_words | intents.lexicon.domain
        self._frame_sets = [PhraseSet(words, intents.normalizer)
                            for words in intents.lexicon.frames.values()]
        self._frames = PhraseScanner(self._frame_sets)
        self._frame_set_of = dict(zip(self._frame_names, self._frame_sets, strict=True))
        # The frames that hold even beside our words are read first, on every question.
        self._over_domain_names = tuple(name for name in self._frame_names
                                        if name in intents.lexicon.frames_over_domain)
        self._over_domain = PhraseScanner([PhraseSet(intents.lexicon.frames[name],
                                                     intents.normalizer)
                                           for name in self._over_domain_names])
        # The frames that hold beside a nutrient or a supplement, though not beside a twitch
        # ("which magnesium brand is cheapest on amazon"), read when one is named.
        self._over_nutrients_names = tuple(
            name for name in self._frame_names if name in intents.lexicon.frames_over_nutrients)
        self._over_nutrients = PhraseScanner([PhraseSet(intents.lexicon.frames[name],
                                                        intents.normalizer)
                                              for name in self._over_nutrients_names])
        self._symptom_words = intents.lexicon.symptom_words
        # The frames that give way to our subjects ("cheap potassium foods"), read only of
        # a question that names one, so every other question is not scanned for them.
        self._bought = PhraseSet([*intents.lexicon.supplement_products,
                                  *intents.lexicon.words("bought_forms")], intents.normalizer)
        self._under_nutrients = PhraseScanner(
            [PhraseSet(intents.lexicon.frames[name], intents.normalizer)
             for name in self._frame_names if name in intents.lexicon.frames_under_nutrients])
        self._diet_for_tags = MappingProxyType({diet.excludes: diet.id
                                                for diet in kb.diets.values()})

    def read(self, question: str, state: State, today: date | None = None) -> Reading:
        """Everything the question says, in the light of the conversation so far; spans
        of time ("since the summer") are measured back from ``today``."""
        text = _clean(question)
        unit = state.unit or next((self._intake_units[n] for n in state.entities.get(
            "nutrient", ()) if n in self._intake_units), None)
        if unit is not None:
            # "should I up it to 1000 then?" after "I take 500mg a day", "should I still aim
            # for 420 then?" about magnesium: read as 1000 mg, 420 mg
            text = self._amounts.with_unit(text, unit)
        # the words of the whole text too, for the amounts (see AmountReader.read)
        pieces, said = self._normalizer.clauses_and_words(text)
        clauses = [question for clause in pieces
                   for question in self._split(self._spelled(clause)) if question]
        words = list(chain.from_iterable(clauses))
        if not words:
            return Reading(text)
        found, set_aside = self._with_exclusions(
            self._short_of.read(self._finder.find(words, raw=text), words), words)
        # after a question about a child or a pet was declined, a turn to the asker's own
        # twitch ("what about me then, my eyelid twitches every evening") asks about that
        turned = bool(state.declined) and not self._lexicon.symptom_words.isdisjoint(words)
        asks = self._listed_on(self._told_not_asked(clauses, [self._asks(clause) and not (
            turned and self._turns_to_the_asker(clause)) for clause in clauses], found),
            clauses, found)
        asking = _asking_positions(clauses, asks)
        if "?" in text and any(f.kind == OUTSIDE for f in found) and (not any(asks) or not any(
                f.start in asking for f in found if f.kind != OUTSIDE)):
            # "Low B12 symptoms? My mum had pernicious anaemia", "daily magnesium for a 27
            # year old guy? and what foods have it, trying to cut back on protein bars":
            # what the mark closes is asked too, when it names a nutrient or a trigger, and
            # the condition of the story told after it is not (a food so marked may still
            # be shopped for: "Sweet potatoes vs yams? Recipe says yams"; a condition
            # heading it still asks: "Migraines, magnesium dose?")
            marked = [mark or asked for mark, asked in zip(
                self._marked_asking(text, clauses), asks, strict=True)]
            at = _asking_positions(clauses, marked)
            if any(f.start in at for f in found if f.kind in _MARKED_OURS) and all(
                    f.start > max(at) for f in found if f.kind == OUTSIDE):
                asks = marked
                asking = at
        asked = asking
        widened = not any(f.start in asked for f in found if f.kind != OUTSIDE)
        if widened:
            asked = set(range(len(words)))  # "iron tablets for women, how many mg"
        entities = self._entities(clauses, words, asks, found, asked, state)
        amounts = self._amounts.read(text, found, said)
        owned = [self._nutrient_of_unit[a.unit] for a in amounts
                 if a.unit in self._nutrient_of_unit]
        if owned and "nutrient" not in entities:
            # "i take 2000 iu of d": a unit only one nutrient is measured in names it
            entities = {**entities, "nutrient": tuple(dict.fromkeys(owned))}
        # a conversation of ours goes on: an answer was given, or a clarifying question asked
        ongoing = state.intent is not None or state.pending is not None
        # a medicine the asker takes, or one asked about, is under discussion: "should I stop
        # taking them?" is about it
        medicine_discussed = state.medicine_taken \
            or self._medicine_trigger in state.entities.get("trigger", ())
        ages = self._people.ages(clauses, {f.start for f in found if f.start >= 0})
        person = self._people.person(clauses, ages, asks)
        ages_compared = len({mention.age for mention in ages}) > 1 \
            and not self._ages_compared.isdisjoint(chain.from_iterable(clauses))
        if ages_compared:
            # "the same for a 25 year old woman as for a 40 year old woman?": every age's
            person = person._replace(age=None)
        # a nutrient of ours, or one from elsewhere taken as one ("put me on iron tablets")
        nutrients = {i for f in found if f.kind == "nutrient" or (
                         f.kind == OUTSIDE and f.id in self._other_nutrients)
                     for i in range(f.start, f.end)}
        if owned:  # "my tablets are 5000 iu": tablets of a nutrient, named by its unit
            nutrients.add(NAMED_BY_UNIT)
        unknown = self._unknown(clauses, asks, found)
        scan = self._safety.scan(words)  # every phrase list, in one pass over the words
        # In a story of a body that twitches, a subject from elsewhere counts only where it
        # is asked about ("his calf twitched while he sat in the car. What causes that?").
        symptoms = self._symptoms(words, found, scan)
        # ... unless the story sets its twitch aside and asks of something else ("my eyelid
        # jumped for a day last month, sorted itself out. That's not why I'm writing
        # though ... How do I get rid of hiccups?"): then the question is read as if no
        # twitch were told, a red flag told in passing apart
        aside = symptoms and not ongoing and self._twitch_set_aside(clauses, words, asks)
        if aside:
            symptoms = False
        # ... and, in a conversation of ours, where what is asked names the twitch or food
        # ("Until I get a blood test, what foods would help the twitching")
        where = asking if asking and ((scan.parts and symptoms) or (
            ongoing and len(asking) < len(words) and self._site_names.isdisjoint(words)
            and not (self._lexicon.domain.isdisjoint(words[i] for i in asking)
                     and self._foods_asked.isdisjoint(words[i] for i in asking)))) else asked
        outside = tuple(dict.fromkeys(f.text for f in found
                                      if f.kind == OUTSIDE and f.start in where
                                      and not self._at_a_stage(f, words, entities)
                                      and not self._reads_a_level(f, clauses, asking, found)
                                      and not self._who_the_asker_is(f, clauses, found)
                                      and not self._in_the_diet_told(f, clauses, asks)
                                      and not self._someone_elses(f, clauses, asking, words)
                                      and not self._dated_by(f, words)
                                      and not self._ruled_out(words, f.start)))
        apart: int | None = None  # the clause of ours asked apart, matched alone
        if (asking and where is asked and _mostly_ours(found)
                and not any(f.start in asking for f in found)):
            # What is asked names nothing ("roughly how much is too much?"), so the story
            # is the subject: one mostly of our subjects ("1500mg calcium ... milk ...
            # yoghurt ... cheese") is ours, whatever its background names ("my mum has
            # osteoporosis").
            outside = ()
        elif outside and (apart := self._asked_apart_from("", clauses, asks, found)) is not None:
            # "B12 sources? Also, overnight oats recipe?": the foods of a nutrient, asked
            # apart from a subject we do not cover, are still asked
            outside = ()
        if apart is None and not symptoms and any(f.id == self._medicine_trigger for f in found):
            # "I'm on Wegovy and eating tiny portions, which foods pack the most potassium":
            # the foods of a nutrient asked beside a medicine told, with no twitch, are
            # matched alone; the medicine is the story's
            apart = self._asked_apart_from("", clauses, asks, found)
            if apart is not None and not asks[apart]:
                apart = None  # the nutrient told of, not asked: "my potassium was low"
        # "Are pumpkin seeds a good source of magnesium, or am I thinking of zinc?": other
        # nutrients beside one of ours leave ours asked
        others_outside = bool(outside) and ("nutrient" in entities or symptoms) \
            and self._outside_nutrients.issuperset(outside)
        if others_outside:
            outside = ()
        named_outside = {w for f in found if f.kind == OUTSIDE and f.start in asked
                         for w in self._normalizer.words(f.text)
                         if f.text in self._conditions or w in self._feared_organs}
        safety = self._safety.read(
            clauses, "nutrient" in entities, today, nutrients,
            medicine_discussed, scan, medicine_changed=state.medicine_changed,
            in_conversation=ongoing, unknown=unknown,
            conditions=named_outside, places_before=state.places,
            # told, not asked: "My doctor increased my Wellbutrin last week" (not "starting
            # dose of sertraline for anxiety?")
            tells_only=not any(asks) and "?" not in text,
            telling=_telling_positions(asking, len(words), asks),
            foods={i for f in found if f.kind == "food" for i in range(f.start, f.end)})
        audience = self._safety.audience(clauses, asks, ages, safety.own_twitch, scan)
        if audience is None and state.declined and self._still_theirs(words, ages) and not (
                state.declined == ANIMALS and not self._telling.isdisjoint(words)):
            # "shes stressed w gcses" after a 15 year old's eyelid; but an animal says
            # nothing: "he also said his lip is going too" after the hamster is a person
            audience = state.declined
        own_body = safety.own_body and not (aside and not safety.signs)
        # a cue said as part of a frame's own phrase ("which tastes better", "is a tofu
        # press worth buying") asks nothing of the body
        cues = self._outside_frames(words, scan.health_cues)
        health_cue = bool(cues)
        if self._medicine_sign in safety.signs and not entities.get("trigger"):
            # "the tablets from the doctor": a medicine is under discussion, so "should I stop
            # taking the new one?" next is about it too.
            entities = {**entities, "trigger": (self._medicine_trigger,)}
        # A story that names no nutrient of ours, told outside a conversation of ours, is
        # read whole for its frame when what is asked names nothing ("...3 ripe bananas,
        # 250g flour, fan oven at 180. what am I doing wrong?").
        story = widened and "nutrient" not in entities and not ongoing
        # "is Holland & Barrett magnesium better than Boots own brand": a comparison alone
        # asks nothing of the body, so a shop or brand named still frames it
        cares = health_cue and any(words[start] not in self._comparing for start in cues)
        # a body's twitch told in any words ("his left thumb keeps flicking ... while he
        # watches TV") keeps the question out of the frames that give way to one
        frame, priced = self._frame(self._framed_words(words, found, asking, story), words,
                                    entities, own_body or symptoms, health_cue, cares,
                                    in_conversation=ongoing, unknown=unknown)
        # an emergency seen in someone, told beside a request's words
        emergency_of_someone = "urgent" in safety.signs and self._safety.names_someone(words)
        if frame in self._requests and own_body and not any(asks) \
                and len(clauses) >= _STORY_CLAUSES:
            # a story of one's own twitch, told over several sentences, that asks in no
            # clause makes no request: "I work as chef in Italian restaurant ... my eyelid
            # start to jump ... It is the espresso?" (but "write me a poem about my
            # twitching eye" is one)
            frame = ""
        elif frame in self._requests and (own_body or symptoms or emergency_of_someone) \
                and self._frame_only_timed(words, frame):
            # a pastime told as when a twitch or an emergency comes asks nothing of it: "my
            # thumb twitches when I do the crossword", "Dad's right hand stopped working while
            # he was doing the crossword and his words came out scrambled"
            frame = ""
        elif frame in self._requests and story and asking and (
                own_body or symptoms or emergency_of_someone):
            # a request is made where the story asks: "while sitting with the crossword, I
            # noticed my thumb quivering ... Which minerals would be relevant?" asks none;
            # nor does a story of anyone's twitching ("a lady of ninety ... it happens when
            # she is doing the crossword. What actually causes these twitches?"), nor one of
            # an emergency seen in someone ("We were doing the crossword after lunch ... the
            # corner of his mouth wasn't moving ... Do I let him sleep it off?")
            frame, priced = self._frame(self._framed_words(words, found, asking, False), words,
                                        entities, own_body, health_cue, cares,
                                        in_conversation=ongoing, unknown=unknown)
        if frame and frame not in self._requests and (
                apart := self._asked_apart_from(frame, clauses, asks, found)) is not None:
            # "Which foods have calcium? And what's the price difference ... at Aldi": a
            # question of ours asked in a clause of its own, beside one in another frame,
            # is still asked, and matched alone
            frame = ""
        # beside a pastime's frame, whether a twitch is said with the site's names left out
        # ("my Twitch stream" twitches nothing), asked once for both rules below
        pastime = frame in self._over_domain_names
        twitch_apart = pastime and self._symptoms(
            [("" if word in self._names_of_frames[frame] else word) for word in words],
            found, scan)
        someones_body = symptoms and not own_body and self._safety.someones_twitch(words)
        if pastime and frame not in self._requests and (
                ((own_body or (someones_body and bool(scan.parts))) and twitch_apart)
                or not self._safety.unframed.isdisjoint(safety.signs)):
            # the asker's own body, or someone's, twitches beside a pastime that has our
            # words in another sense: "stayed up watching Twitch streams till 4am and now my
            # eyelid's doing its own thing", "just back from carp fishing three nights and my
            # eye twitches", "his eye has twitched for a month... still does his crossword"; a
            # request ("write me a poem about my twitching eyelid") is still a request. A
            # fear of an illness is of the body whatever the pastime: "are twitchers more
            # likely to have ALS"
            frame = ""
        anyones_body = symptoms and not (own_body or someones_body) \
            and self._safety.names_a_place(words, scan.parts)
        if frame and safety.signs and self._medicine_sign not in safety.signs \
                and not self._emergency_beside_a_medicine(frame, safety.signs, words) and (
                not (own_body or someones_body or anyones_body or ongoing or (
                    (frame in self._frames_of_things or frame == MEDICATION)
                    and "urgent" in safety.signs
                    and (self._safety.names_someone(words) or bool(scan.parts))))
                or (frame in self._over_domain_names and not ongoing and not twitch_apart)):
            # our words in another sense, of no body: "weak wifi in the back bedroom",
            # "my Twitch stream's upload is too weak", "the formula spreads down the column",
            # "been streaming on Twitch for about six months now" (the site, not a twitch);
            # but an emergency told of a person is theirs: "husband on the floor shaking",
            # "Mother in law is slurring her words tonight. Is that her new tablets?", or
            # of a body: "Sudden Numb Face And Arm While Cooking"
            safety = safety._replace(signs=(), symptoms=())
        # a time of day beside foods or nutrients asked for by their kind says only when:
        # neither a slot nor words to match ("Best Foods For Leg Cramps At Night")
        when = [f for f in found if self._a_time(f)]
        if when and not self._kinds_asked(found, words, asking):
            when = []
        slotted = [f for f in found if f not in when] if when else found
        said_when = {i for f in when for i in range(f.start, f.end)}
        medicine = self._medicine_trigger
        if widened and asking and (self._medicine_sign in safety.signs or (
                medicine in entities.get("trigger", ())
                and not any(f.id == medicine and f.start in asking for f in found))):
            # "On furosemide for my ankles and my calves twitch. Which foods would help?":
            # the medicine the story tells is the care advice's; what is asked, naming
            # nothing, is not about it (it stays a subject for "should I stop it?" next).
            # Nor is one that is no sign, told only in the story ("I stopped citalopram two
            # years ago and I'm on nothing now... is this normal?", "my sister had it on
            # zoloft years ago").
            slotted = [f for f in found if f.id != medicine]
        resolved = self._resolve_pronouns(clauses, entities, state, found, asks)
        whole, split = _with_slots(resolved, slotted, safety.denied | set_aside | said_when)
        points_back = not (self._points_back.isdisjoint(words)  # most questions: one test
                           or self._points_back.isdisjoint(words[i] for i in asking)) or (
            # "isn't it just a pulled muscle", "could it just be screen time": a cause
            # offered for what was told
            any(asks) and self._offers_a_cause.search([words[i] for i in sorted(asking)]))
        names_someone = self._names_someone(words)
        return Reading(
            text, tuple(map(tuple, clauses)), tuple(asks), tuple(found),
            entities, person, safety.signs, safety.denied, audience,
            tuple(whole), tuple(map(tuple, _questions(split, asks, self._question_joins,
                                                     self._lexicon.pronouns,
                                                     self._of_a_nutrient))),
            outside=outside,
            others_outside=others_outside,
            level_asked=not amounts and self._a_level_asked(whole, words),
            ages_compared=ages_compared,
            evidence=self._evidence(words, entities, own_body),
            symptoms=symptoms,
            own_body=own_body,
            own_twitch=own_body or self._twitches_themself(clauses),
            own_headline=not names_someone
            and _a_twitch_headline(clauses, self._headline_twitches),
            someones_body=someones_body,
            askers_own=not self._first_person.isdisjoint(words)
            and self._third_person.isdisjoint(words),
            medicine_changed=self._medicines.changed(words),
            names_someone=names_someone,
            asker_named=not self._asker_named.isdisjoint(words),
            points_back=points_back,
            tells_how_long=not any(asks) and self._safety.tells_only_how_long(clauses),
            matched_alone=tuple(split[apart]) if apart is not None else () if any(asks)
            else self._safety.twitch_beside_its_span(words),
            eating_asked=self._asks_what_to_eat(next(
                (clause for clause, asked in zip(clauses, asks, strict=True) if asked), ())),
            anyones_body=anyones_body,
            asked_kinds=frozenset(f.kind for f in found if f.start in asked and f.kind != OUTSIDE)
            | _pointed_at(whole, entities),
            strong=(strong := tuple(sign for sign in safety.signs
                                    if sign not in self._safety.soft)),
            room_after_care=(bool(strong) and self._safety.settled_apart_from_what_is_asked(
                strong, scan, clauses, asking)) or (bool(safety.signs) and set(
                    safety.signs) <= self._safety.leaving_room),
            specific=not set(safety.signs) <= self._safety.vague_for_audiences,
            frame=frame,
            priced=priced,
            # plainly: a question mark, or a question word first ("thanks, will ring the gp"
            # tells)
            asks_later=any(asks[1:]) and ("?" in text or any(
                clause[0] in self._lexicon.question_words for clause in clauses[1:])),
            counts_a_day=self._how_many.search(words) and self._per_day.search(words),
            unknown=unknown,
            strange=self._strange(whole, asks) if ongoing
            and not set(entities) - _LEANING_KINDS else (),
            leans=not self._leaning.isdisjoint(words),
            health_cue=health_cue,
            ours=bool({"nutrient", "diet"} & set(entities)
                      or not self._lexicon.domain.isdisjoint(words)),
            amounts=amounts,
            places=safety.places,
            asks_a_kind=None if self._nutrient_kinds.isdisjoint(words)  # most questions
            else self._asks_a_kind(clauses, asks),
            symptoms_told=safety.symptoms)

    def _asks_a_kind(self, clauses: Sequence[Sequence[str]], asks: Sequence[bool]) -> str | None:
        """The kind of nutrient a question word asks for ("which vitamin helps you absorb
        calcium", "what minerals work with magnesium"), singular, so that the partner the
        sources pair with the nutrient named can be the one asked about."""
        for clause, asking in zip(clauses, asks, strict=True):
            if not asking:
                continue
            for before, word in pairwise(clause):
                if before in self._lexicon.question_words and word in self._nutrient_kinds:
                    return word.removesuffix("s")
        return None

    def asks_care(self, reading: Reading) -> bool:
        """Whether the question asks whether to get help ("should i call someone or wait",
        "Doctor?"), in the clauses that ask, or told and then pointed at ("Manager says
        wait and see till Monday. Is that ok?"). Asked of a reading only when the engine
        weighs it, after what decides most turns, rather than worked out for every
        question."""
        words = reading.words
        if not self._asks_care_alone.isdisjoint(words) and self._asks_whom_to_see(reading):
            return True
        if not self._asks_care.may_start(words):
            return False  # no phrase of asking for care can start: most questions
        asking = _asking_positions(reading.clauses, reading.asks)
        return bool(asking) and self._asks_for_care(
            words if reading.points_back else [words[i] for i in sorted(asking)])

    def _asks_whom_to_see(self, reading: Reading) -> bool:
        """'Calf twitching daily since the Berlin marathon. Doctor?': a clause that asks,
        or the last one before a question mark, of nothing but whom to see."""
        asked = [clause for clause, asks in zip(reading.clauses, reading.asks, strict=True)
                 if asks]
        if not asked and reading.text.rstrip().endswith("?"):
            asked = list(reading.clauses[-1:])
        return any(not self._asks_care_alone.isdisjoint(clause) and all(
            word in self._asks_care_alone or word in self._care_alone_fillers
            for word in clause) for clause in asked)

    def _asks_for_care(self, asked: Sequence[str]) -> bool:
        """Whether what is asked is whether to get help ("should i call someone or wait");
        not "anything i can do besides wait it out", which rules waiting out."""
        return any(not self._ruled_out_before(asked, start)
                   for start in self._asks_care.starts(asked))

    def _ruled_out_before(self, words: Sequence[str], start: int) -> bool:
        """'besides nicotine', 'apart from waiting it out': what starts at ``start`` is
        ruled out (see :meth:`_ruled_out_from`)."""
        return self._ruled_out_from(words, start) is not None

    def _ruled_out_from(self, words: Sequence[str], start: int) -> int | None:
        """Where the words that rule out what starts at ``start`` begin: a word of
        other_than just before it, or before the words of a change to a habit ('apart from
        cutting out the coffee')."""
        start = _back_over(words, start, self._except_fillers)
        for size in (1, 2):
            if start >= size and " ".join(words[start - size:start]) in self._other_than:
                return start - size
        return None

    def _given_up_from(self, words: Sequence[str], start: int) -> int | None:
        """Where the words that tell a habit given up begin, just before what starts at
        ``start`` ('I cut out coffee', 'quit the vaping'), or None."""
        begin = _back_over(words, start, self._given_up_fillers)
        return begin if not self._given_up.isdisjoint(words[begin:start]) else None

    def _twitch_set_aside(self, clauses: Sequence[Sequence[str]], words: Sequence[str],
                          asks: Sequence[bool]) -> bool:
        """Whether a story tells its twitch as beside the point ("long gone", "random
        aside", "not what I'm asking about") after a twitch word, in its clause or the
        next two, and asks in clauses that name no twitch, body part or twitch pointed at;
        not "unrelated, but my calf has been twitching", which the twitch comes after.
        ``words`` are the clauses' words, in one list."""
        if not any(asks) or not self._twitch_aside.may_start(words):
            return False  # nothing is set aside: most questions
        symptom_words, parts = self._lexicon.symptom_words, self._body_parts
        if any(asked and not (symptom_words.isdisjoint(clause) and parts.isdisjoint(clause)
                              and self._aside_pointing.isdisjoint(clause))
               for clause, asked in zip(clauses, asks, strict=True)):
            return False
        for index, clause in enumerate(clauses):
            twitch = next((at for at, word in enumerate(clause) if word in symptom_words), None)
            if twitch is not None and any(
                    self._twitch_aside.search(near) for near in
                    (clause[twitch + 1:], *clauses[index + 1:index + 1 + _ASIDE_REACH])):
                return True
        return False

    def _symptoms(self, words: Sequence[str], found: Sequence[Found], scan: Scan) -> bool:
        """Whether a twitch is said, other than as part of a condition from elsewhere
        ("period cramps", "restless legs")."""
        elsewhere = {i for f in found if f.kind == OUTSIDE for i in range(f.start, f.end)}
        return self._safety.twitch_said(words, scan, elsewhere)

    def said_apart(self, reading: Reading, unit: Sequence[str]) -> bool:
        """Whether a clause of the reading holds none of its frame's phrases and none of
        the subjects from elsewhere it names: what turned the whole away is said in
        another clause ("Does lack of sleep cause twitches? Also, a decent laptop?")."""
        return not self._frame_said_in(reading.frame, unit) \
            and not any(word in unit for word in reading.outside)

    def _frame_said_in(self, frame: str, words: Sequence[str]) -> bool:
        """Whether one of the phrases of ``frame`` (none when '') is in the words."""
        phrases = self._frame_set_of.get(frame) if frame else None
        return phrases is not None and phrases.search(words)

    def lasting(self, signs: Sequence[str]) -> tuple[str, ...]:
        """The signs a conversation keeps leading with once raised: see SafetyCheck.lasting."""
        return self._safety.lasting(signs)

    def only_vague(self, signs: Sequence[str]) -> bool:
        """Whether every sign is a vague one, a worry or a fear of something serious, whose
        question the care advice itself answers ("how do you tell a harmless twitch from a
        serious one?")."""
        return self._safety.vague.issuperset(signs)

    def _spelled(self, words: list[str]) -> list[str]:
        """The words, each long one that is neither ours nor English read as the illness
        or twitching word it is a typo of, when it is one."""
        if self._vocabulary.issuperset(words):
            return words  # every word is ours or English: most clauses, in one set test
        vocabulary = self._vocabulary
        for index, word in enumerate(words):
            if word in vocabulary or not word.isalpha():
                continue
            if word.endswith("in") and word + "g" in vocabulary:
                words[index] = word + "g"  # its g dropped, as said: "twitchin", "chokin on me tea"
            elif len(word) >= _TYPO_LENGTH and word not in self._real_words.value:
                words[index] = self._long_typo(word)
        return words

    def _split(self, words: list[str]) -> list[list[str]]:
        """A clause split where a second one begins inside it: "so" before a new clause
        ("my eye twitches so should i cut coffee"; not "why is potassium so reactive"),
        and a second question joined to the first ("how much potassium a day and what
        are good sources"), so that each is read, matched and answered on its own."""
        lexicon = self._lexicon
        if words and words[0] == "so":
            return self._split(words[1:])
        if len(words) > 1 and words[0] in lexicon.words("turn_openers") \
                and words[1] in lexicon.question_words and not any(
                    " ".join(words[1:]).startswith(start + " ")
                    for start in lexicon.follow_up_starts):
            # "ok what foods then"; not "ok will ring them", nor "ok what about me then",
            # whose opening reads as a turn back to the asker (see _turns_to_the_asker)
            return self._split(words[1:])
        joins = lexicon.words("question_joins")
        if "so" not in words and joins.isdisjoint(words):
            return [words]  # nothing to split at: most clauses, in two C-level tests
        starts, after_so = lexicon.question_words, lexicon.words("clause_starts")
        or_so = lexicon.words("approximate_so_after")  # "a month or so i've had twitching"
        for index in [index for index in range(1, len(words) - 1)
                      if words[index] == "so" or words[index] in joins]:
            word, following = words[index], words[index + 1]
            if word == "so" and following in after_so and words[index - 1] not in or_so:
                return [words[:index], *self._split(words[index + 1:])]
            if (word in joins and following in starts
                    and MIN_JOINED <= index < len(words) - MIN_JOINED):
                return [words[:index], *self._split(words[index + 1:])]
        return [words]

    def _long_typo(self, word: str) -> str:
        """The spelling a long unknown word stands for (itself when none), remembered: the
        fuzzy search is the dearest step a word can take."""
        return remembered(self._typos, word, self._closest_long_spelling)

    def _closest_long_spelling(self, word: str) -> str:
        match = closest_spelling(word, self._long_spellings)
        return match[0] if match else word

    def _entities(self, clauses: list[list[str]], words: Sequence[str], asks: Sequence[bool],
                  found: Sequence[Found], asked: set[int], state: State) -> Entities:
        """What the question is about: the asking clauses' subjects (all of the story's
        when a question points back at it: "could that be why"), the specific nutrient
        before its group, and "the second one" read from what was named before."""
        if not found:  # nothing named: only "the second one" can name it
            return self._ordinal_reference(words, _entities(found, clauses), state)
        pointing = self._points_back
        points_back = not pointing.isdisjoint(words) and any(  # most say no word of it
            is_question and not pointing.isdisjoint(clause[:3])
            for clause, is_question in zip(clauses, asks, strict=True))
        subjects = found if points_back else _subjects(found, asked)
        if not self._correcting.isdisjoint(words):  # "sorry, I meant calcium not potassium"
            subjects = _without_those_put_right(subjects, words, self._putting_right)
        entities = _entities(self._without_times(subjects, words, asked), clauses)
        return self._ordinal_reference(words, self._specific(entities), state)

    def _without_times(self, found: Sequence[Found], words: Sequence[str],
                       asked: Collection[int]) -> Sequence[Found]:
        """'Magnesium before bed for twitching, good idea?': beside a nutrient or a food, a
        lifestyle factor named only by a time of day ('at night', 'before bed') says when,
        and is not what is asked; nor where foods or nutrients are asked for by their kind
        (:meth:`_kinds_asked`)."""
        if not any(map(self._a_time, found)) or not (any(
                f.kind in SUBJECT_KINDS for f in found)
                or self._kinds_asked(found, words, asked)
                or self._twitch_elsewhere(words)):
            return found  # most questions
        named = {f.id for f in found if f.kind == "factor" and not self._a_time(f)}
        return [f for f in found if f.kind != "factor" or f.id in named]

    def _emergency_beside_a_medicine(self, frame: str, signs: Sequence[str],
                                     words: Sequence[str]) -> bool:
        """'I took sertraline and I can't swallow': a medicine's frame keeps an emergency
        told of a body; not "I struggle to swallow the tablets", which tells of the pills,
        nor one beside a dose asked. Pills taken too many of are always one ("Overdose On
        Sleeping Tablets, Can't Wake Him")."""
        return frame == MEDICATION and "urgent" in signs and (OVERDOSE in signs or (
            self._pills.isdisjoint(words) and not self._doses_asked.search(words)))

    def _twitch_elsewhere(self, words: Sequence[str]) -> bool:
        """'Why does my tongue twitch at night?': a body part named, none of them where the
        advice a time of day stands for is about (night-time leg twitches), so the time
        only says when; a muscle of a part named is that part's ("Twitching Rib Muscles At
        Night")."""
        regions = self._safety.regions_named(words)
        specific = regions - self._generic_places  # "rib muscles": the ribs', not any muscle
        return bool(regions) and (specific or regions).isdisjoint(self._timed_regions)

    def _a_time(self, mention: Found) -> bool:
        """Whether the mention is a lifestyle factor named only by a time of day ('at
        night', 'before bed')."""
        return mention.kind == "factor" and mention.text in self._times

    def _kinds_asked(self, found: Sequence[Found], words: Sequence[str],
                     asked: Collection[int]) -> bool:
        """'Best Foods For Leg Cramps At Night', 'gets cramps in her legs at night. What
        foods would help her?': foods or nutrients asked for by their kind, with none named,
        so that a time of day beside them says when."""
        kinds = self._kinds_asked_for
        if kinds.isdisjoint(words) or any(f.kind in SUBJECT_KINDS for f in found):
            return False  # most questions
        return any(words[i] in kinds for i in asked if i < len(words))

    def _specific(self, entities: Entities) -> Entities:
        """'whats folate, is it a b vitamin': a nutrient named with its own group is the
        subject, and the group only what it belongs to."""
        nutrients = entities.get("nutrient", ())
        if not nutrients:
            return entities  # no nutrient named: most questions
        groups = {self._kb.nutrients[n].part_of for n in nutrients}
        kept = tuple(n for n in nutrients if n not in groups)
        return {**entities, "nutrient": kept} if len(kept) < len(nutrients) else entities

    def _with_exclusions(self, found: list[Found], words: Sequence[str]
                         ) -> tuple[list[Found], frozenset[int]]:
        """'i avoid dairy', 'allergic to fish': a ruled-out food reads as the diet that rules
        out its kind, so 'what else has calcium' finds the dairy-free sources; a single food
        ruled out ('apart from bananas') is left out of food lists, a trigger denied
        ('not on any meds') is no trigger, and drinking is no trigger of its own when
        what was drunk is named after it. Also where the words are that rule a trigger out
        ("apart from cutting out the coffee"), which are not matched: what is asked is the
        rest ("what else can i do")."""
        set_aside = self._put_aside(words)
        if not found:
            return found, frozenset(set_aside)  # nothing named, nothing ruled out
        # "a run of four night shifts": a name of ours in a phrase that means something else
        idioms = covered(words, self._not_entities_by_first)
        result = []
        ruled_out: dict[str, Found] = {}
        # "I cut out coffee a week ago ... what else could be keeping it going?": a habit
        # already given up is ruled out when something else is asked for
        else_asked = not self._lexicon.words("else_asked").isdisjoint(words)
        verbs = self._lexicon.words("drinking_verbs")
        coordinators = self._lexicon.words("coordinators")
        too_little = self._lexicon.words("drinking_too_little")
        starts = {f.start for f in found if f.kind != OUTSIDE and f.start >= 0}
        for mention in found:
            if idioms and mention.start >= 0 and idioms.issuperset(
                    range(mention.start, mention.end)):
                continue  # "a run of four night shifts", "running late": no exercise named
            if mention.id == self._medicine_trigger and mention.start >= 0 and (
                    self._medicines.a_device(words, mention.start, mention.end)
                    or self._medicines.long_unchanged(words, mention.start, mention.end)):
                # "got a new tablet for my birthday (the iPad kind)", "same meds for years"
                continue
            if mention.end > 0 and words[mention.end - 1] in verbs \
                    and mention.end < len(words) and words[mention.end] not in coordinators \
                    and too_little.isdisjoint(words[mention.start:mention.end]) and any(
                        mention.end <= start < mention.end + OBJECT_REACH for start in starts):
                # "been drinking like 5 cups of coffee": what was drunk is named (not
                # "drinking and smoking", nor "barely drink water", a lack of drinking)
                continue
            if mention.kind in ("trigger", "factor"):
                if self._safety.negation(words, mention.start, asking=True) is not None:
                    continue  # "not on any meds": denied
                since = self._ruled_out_from(words, mention.start)
                if since is None and else_asked:
                    since = self._given_up_from(words, mention.start)
                if since is not None:
                    set_aside.update(range(since, mention.end))
                    continue  # "besides nicotine": ruled out
            if mention.kind == "food" and mention.start >= 0:
                window = self._without_or_not(words[max(0, mention.start - 6):mention.end + 5])
                if (self._exclusions.search(window) and not self._too_little(words, mention)
                        ) or self._outdone(words, mention, found):
                    diet = self._diet_for_tags.get(self._food_tags(mention.id))
                    ruled_out[mention.id] = Found("diet" if diet else EXCEPT,
                                                  diet or mention.id, "", 1.0, -1, -1)
            result.append(mention)
        # "i can't stand fish ... eat oily fish this, eat oily fish that": every mention of
        # a food that is ruled out once is ruled out.
        return [ruled_out[m.id]._replace(text=m.text, score=m.score, start=m.start, end=m.end)
                if m.kind == "food" and m.id in ruled_out else m for m in result
                ], frozenset(set_aside)

    def _put_aside(self, words: Sequence[str]) -> set[int]:
        """The bought forms put aside after "instead of" or "rather than" ("ok what foods
        then instead of pills"), or before foods asked for instead ("can't swallow big
        calcium tablets, what foods instead?"; not a choice between them, "tablets, or food
        instead?"): not what is asked, so not matched, and the foods are."""
        if self._put_aside_firsts.isdisjoint(words) and self._instead_after.isdisjoint(words):
            return set()  # most questions
        aside: set[int] = set()
        for at, word in enumerate(words):
            if word in self._instead_after \
                    and not self._foods_asked.isdisjoint(words[max(0, at - 2):at]) \
                    and self._choice_joins.isdisjoint(words[max(0, at - 3):at]):
                aside.update(i for i in range(at) if words[i] in self._bought_forms)
        for end in range(2, len(words)):
            if (words[end - 2], words[end - 1]) in self._put_aside_cues:
                forms = [i for i in range(end, min(len(words), end + PUT_ASIDE_REACH))
                         if words[i] in self._bought_forms]
                if forms:
                    aside.update((end - 2, end - 1, *forms))
        return aside

    def _too_little(self, words: Sequence[str], food: Found) -> bool:
        """'probably not enough greens', 'I don't eat enough fish': a food eaten too little
        is one to eat more of, not one ruled out, though a denial comes before it."""
        before = food.start - 1
        if before > 0 and words[before] == "of":
            before -= 1
        return before >= 0 and words[before] in self._too_little_of

    def _outdone(self, words: Sequence[str], food: Found, found: Sequence[Found]) -> bool:
        """'which foods have more potassium than bananas': the only food named, just after
        a word of outdoing, is the mark the foods asked for must beat, so it is left out of
        them; beside another food it is one of two compared."""
        start = _back_over(words, food.start, self._outdoing_fillers)
        return (start > 0 and words[start - 1] in self._outdoing
                and all(f.kind != "food" or f.id == food.id for f in found))

    def _resolve_pronouns(self, clauses: list[list[str]], entities: Entities,
                          state: State, found: Sequence[Found],
                          asks: Sequence[bool]) -> list[list[str]]:
        """'which foods have it' after talk of magnesium reads as 'which foods have
        {nutrient}', so it matches the examples written with the slot. Only an object
        pronoun ('for it', 'of it'), or one that helps or works ('does it help at night
        too'), is read so: in 'is it serious' the 'it' is the twitch itself. A nutrient
        asked about in an earlier clause of the same question is what a later 'it' means
        ("how much magnesium a day and what foods have it"); one only told of is not ("i
        take magnesium but my leg still twitches, should i get it checked"). What one eats
        "for it" is for a nutrient or for the twitch, never for a trigger or a habit."""
        if self._lexicon.words("refers_back").isdisjoint(chain.from_iterable(clauses)):
            return clauses  # no pronoun to read: most questions, in one set test
        # "which nuts have it" names a food: 'it' is what the turn does not name.
        kinds = [kind for kind in _PRONOUN_KINDS
                 if state.entities.get(kind) and kind not in entities]
        ends = list(accumulate(len(clause) for clause in clauses))
        nutrients = [f.start for f in found if f.kind == "nutrient" and f.start >= 0]
        named = min((start for start in nutrients if asks[bisect_right(ends, start)]),
                    default=None)
        told = min(nutrients, default=None)
        if not kinds and told is None:
            return clauses
        resolved, start = [], 0
        eating = self._lexicon.words("eating")
        for clause in clauses:
            slot = "{nutrient}" if named is not None and named < start else (
                "{" + kinds[0] + "}" if kinds else "")
            if slot in _HABIT_SLOTS and not eating.isdisjoint(clause):
                slot = ""  # "what can i eat for it" after stretching: for the twitch
            raised = "{nutrient}" if told is not None and told < start else ""
            resolved.append([
                slot if slot and self._refers_back(clause, index)
                else raised if raised and self._raised(clause, index) else word
                for index, word in enumerate(clause)])
            start += len(clause)
        return resolved

    def _refers_back(self, clause: Sequence[str], index: int) -> bool:
        words = self._lexicon.words
        if clause[index] not in words("refers_back"):
            return False
        before = clause[index - 1] if index else ""
        after = clause[index + 1] if index + 1 < len(clause) else ""
        return before in words("object_of") or after in words("helping")

    def _raised(self, clause: Sequence[str], index: int) -> bool:
        """'bump it up', 'raise it': a level is raised, so the pronoun is a nutrient even
        when the story only told of it (see :meth:`_resolve_pronouns`)."""
        words = self._lexicon.words
        return (clause[index] in words("refers_back") and index > 0
                and clause[index - 1] in words("raising"))

    def _ordinal_reference(self, words: Sequence[str], entities: Entities,
                           state: State) -> Entities:
        """'ok the second one, what foods have it' after 'magnesium or potassium?': the
        entity at that place in what the conversation last named."""
        # what the conversation named is looked at first: a question on its own has nothing
        # to pick from, so its words are not paired up
        if not state.entities:
            return entities
        kind = next((kind for kind in _PRONOUN_KINDS
                     if len(state.entities.get(kind, ())) > 1 and not entities.get(kind)), None)
        if kind is None:
            return entities
        ordinals = self._lexicon.ordinals
        pick = next((ordinals[pair] for pair in pairwise(words) if pair in ordinals), None)
        if pick is None:
            return entities
        return {**entities, kind: (state.entities[kind][pick],)}

    def _without_or_not(self, words: Sequence[str]) -> list[str]:
        """'eggs, good or not?', 'avocado ok or no?' ask yes or no; they rule nothing out."""
        or_not = self._lexicon.words("or_not")
        kept: list[str] = []
        for word in words:
            if word in or_not and kept and kept[-1] == "or":
                kept.pop()
            else:
                kept.append(word)
        return kept

    def _food_tags(self, food_id: str) -> frozenset[str]:
        item = self._kb.foods.get(food_id) or self._kb.groups.get(food_id)
        return item.tags if item else frozenset()

    def _listed_on(self, asks: list[bool], clauses: Sequence[Sequence[str]],
                   found: Sequence[Found]) -> list[bool]:
        """Which clauses ask, with a short clause that only lists on from an asking one
        asking too: in "Is it the caffeine, the stress, or both?" the stress is asked
        about as much as the caffeine."""
        if len(clauses) < 2 or not any(asks[:-1]):
            return asks  # one clause, or nothing asked to list on from: most questions
        named = {i for f in found if f.start >= 0 for i in range(f.start, f.end)}
        start = 0
        for index, clause in enumerate(clauses):
            if index and asks[index - 1] and not asks[index] \
                    and self._lists_on(clause, start, named):
                asks[index] = True
            start += len(clause)
        return asks

    def _lists_on(self, clause: Sequence[str], start: int, named: Collection[int]) -> bool:
        """Whether a clause (its first word at ``start``) only lists things named, as "the
        stress" does; or opens with a list of them joined by 'or', then says what they would
        do: "Is it coffee, cigarettes or lack of sleep making my eye twitch?"."""
        listed = [start + at in named or word in self._list_fillers
                  for at, word in enumerate(clause)]
        # ... however long, when it joins them by 'or': "Is it the stress, the coffee or the
        # sleep?"
        if all(listed) and (len(clause) <= _LIST_ITEM or not self._listing.isdisjoint(clause)):
            return True
        head = next((at for at, in_list in enumerate(listed) if not in_list), len(clause))
        return start in named and not self._listing.isdisjoint(clause[:head])

    def _turns_to_the_asker(self, clause: Sequence[str]) -> bool:
        """'ok what about me then': a clause that only turns to the asker, and asks
        nothing of its own."""
        return self._lexicon.filler.issuperset(clause) \
            and not self._asker_named.isdisjoint(clause)

    def _asks(self, clause: Sequence[str]) -> bool:
        """A clause asks when it starts like a question, or a question word comes early:
        'for magnesium, which foods' (but 'i am a roofer' does not ask). Some starts ask
        only before someone who does the asking: 'have you got tips', not 'have yoghurt
        with breakfast'."""
        lexicon = self._lexicon
        if not clause or (clause[0] in lexicon.words("relative_openers")
                          and (not lexicon.words("relative_sayings").isdisjoint(
                                   clause[1:QUESTION_WORD_WITHIN])
                               or (len(clause) > 1 and clause[1] in lexicon.words(
                                   "relative_followers")))):
            return False  # "which my GP said", "which the kids have noticed", "which was"
        if len(clause) > 2 and clause[2] in lexicon.question_words \
                and " ".join(clause[:2]) in lexicon.words("telling_pointers"):
            return False  # "that's what my Costco bottle says", "this is why I ask": told
        if len(clause) > 2 and clause[1] in lexicon.words("negations") \
                and clause[2] in lexicon.words("told_after_not"):
            return False  # "doesn't want a fuss", "don't know if it's related": told
        starts = clause[0] in lexicon.question_starts and (
            clause[0] not in lexicon.words("asks_of_someone")
            or (len(clause) > 1 and clause[1] in lexicon.words("askers_after"))) and not (
            # "He gets up at seven, does his crossword, walks to the shop": a chore done,
            # a verb and what it is done to, with nothing asked of it
            len(clause) <= _CHORE_WORDS and clause[0] in lexicon.words("doing_verbs")
            and len(clause) > 1 and clause[1] in lexicon.words("chore_owners"))
        return starts or bool(lexicon.question_words & set(clause[:QUESTION_WORD_WITHIN])) \
            or self._asks_within(clause)

    def _marked_asking(self, text: str, clauses: Sequence[Sequence[str]]) -> list[bool]:
        """Which clauses a question mark closes: a headline or a noun said and marked
        ("Low B12 symptoms?") asks there. A clause is found by the count of words before
        each mark, the text between marks read once each."""
        ends = list(accumulate(len(clause) for clause in clauses))
        marked = [False] * len(clauses)
        before = 0
        for piece in text.split("?")[:-1]:
            before += len(self._normalizer.words(piece))
            index = bisect_right(ends, before - 1)
            if before and index < len(clauses):
                marked[index] = True
        return marked

    def _asks_what_to_eat(self, clause: Sequence[str]) -> bool:
        """'What can I eat to help my twitchy calf?', 'so what should I snack on': a clause
        that opens by asking what, and a few words on asks to eat it, and only to eat it."""
        opener = next((at for at, word in enumerate(clause[:EATING_OPENER_WITHIN])
                       if word in self._eating_openers), None)
        if opener is None:
            return False
        # only eating: "what can I eat or drink to stop it" asks more than foods
        end = min(len(clause), opener + 1 + EATING_ASKED_REACH)
        return any(clause[at] in self._eating_words
                   and (at + 1 == len(clause) or clause[at + 1] not in self._coordinators)
                   for at in range(opener + 1, end))

    def _asks_within(self, clause: Sequence[str]) -> bool:
        """A question told inside what is said, after a verb of asking or wondering: "she
        asked me which foods have the most magnesium", "I was wondering how much I need",
        "I want to know what to eat for it"."""
        lexicon = self._lexicon
        embedding, after_to = lexicon.words("embedding_verbs"), lexicon.words("embedding_after_to")
        if embedding.isdisjoint(clause) and after_to.isdisjoint(clause):
            return False  # no such verb: most clauses
        return any(word in lexicon.question_words and (
                       clause[at - 1] in embedding
                       or (at > 1 and clause[at - 1] in after_to and clause[at - 2] == "to")
                       or (at > 1 and clause[at - 2] in embedding
                           and clause[at - 1] in lexicon.words("asked_of")))
                   for at, word in enumerate(clause) if at)

    def _frame_only_timed(self, words: Sequence[str], frame: str) -> bool:
        """Whether every phrase of ``frame`` said comes just after a word that ties a time
        to what is told ("when I do the crossword", "while doing the crossword")."""
        starts = self._frame_set_of[frame].starts(words)
        return bool(starts) and all(
            not self._time_ties.isdisjoint(words[max(0, at - TIME_TIE_REACH):at])
            for at in starts)

    def _told_not_asked(self, clauses: Sequence[Sequence[str]], asks: list[bool],
                        found: Sequence[Found]) -> list[bool]:
        """Which clauses ask, with a time told apart from a question. A clause
        that asks only by a "when" or "where" tying a time to what is told, and names
        nothing of ours, asks nothing ("only annoying when he is doing the crossword"); one
        that names a twitch or a trigger is still where the subject is ("my eyebrow jumps
        when I'm nervous")."""
        lexicon = self._lexicon
        start = 0
        for index, clause in enumerate(clauses):
            early = [at for at, word in enumerate(clause[:QUESTION_WORD_WITHIN])
                     if word in lexicon.question_words]
            if (asks[index] and clause[0] not in lexicon.question_starts and early
                    and all(self._subordinate(clause, at) for at in early)
                    and not self._asks_within(clause)
                    and lexicon.symptom_words.isdisjoint(clause)
                    and not any(0 <= f.start < start + len(clause) and f.end > start
                                for f in found)):
                asks[index] = False
            start += len(clause)
        return asks

    def _subordinate(self, clause: Sequence[str], at: int) -> bool:
        """Whether the question word at ``at`` ties a time or a place to what is told ("only
        annoying when he is doing the crossword") rather than asking ("so when should i
        worry", "and when i turn 51")."""
        lexicon = self._lexicon
        return (0 < at < len(clause) - 1
                and clause[at] in lexicon.words("conjunction_question_words")
                and clause[at - 1] not in lexicon.words("lead_ins")
                and clause[at + 1] in lexicon.words("clause_subjects"))

    def _outside_frames(self, words: Sequence[str], cues: Sequence[int]) -> list[int]:
        """The health cues at ``cues`` that are not words of a frame's phrase."""
        if not cues or not self._frames.may_start(words):
            return list(cues)  # no frame can be said: most questions
        inside = {at for phrases, starts in zip(self._frame_sets, self._frames.scan(words),
                                                strict=True)
                  for start in starts for at in range(start, phrases.end(words, start))}
        return [cue for cue in cues if cue not in inside]

    def _asked_apart_from(self, frame: str, clauses: Sequence[Sequence[str]],
                          asks: Sequence[bool], found: Sequence[Found]) -> int | None:
        """The clause of its own, if one does, that asks which foods carry a nutrient,
        holding no phrase of ``frame`` and no subject we do not cover, beside another: "Which foods
        have calcium? And what's the price difference between almond milk and oat milk at
        Aldi", "B12 sources? Also, overnight oats recipe?"."""
        if len(clauses) < 2:
            return None  # one clause: most questions
        start = 0
        for index, (clause, asked) in enumerate(zip(clauses, asks, strict=True)):
            end = start + len(clause)
            named = [f.kind for f in found if start <= f.start < end]
            if (asked or not any(asks)) and "nutrient" in named and OUTSIDE not in named \
                    and not self._foods_asked.isdisjoint(clause) \
                    and not self._frame_said_in(frame, clause):
                return index
            start = end
        return None

    def _framed_words(self, words: Sequence[str], found: Sequence[Found], asking: set[int],
                      story: bool) -> list[str]:
        """The words a frame is looked for in: those of the asking clauses, or the whole
        story's when none asks or what is asked names nothing (see :meth:`_frame`); not
        those of a trigger's name of several words, which are ours (the "bike" of "bike
        ride"; not the "carbonate" of "calcium carbonate", nor "medication")."""
        if not self._frames.may_start(words):
            # the other two scanners hold some of these frames' phrases: no frame can be
            # said in any of the words, so none needs picking out (most questions)
            return []
        at = (set(range(len(words))) if story or not asking else asking) - {
            i for f in found if f.kind == "trigger" and f.end - f.start > 1
            for i in range(f.start, f.end)}
        # a frame's word denied just before it ("can't exactly cook", "no time to cook",
        # "not much of a cook") says what the asker does not do, not what is asked
        denials = self._frame_denials
        if denials.isdisjoint(words):  # no denial anywhere: most questions, in one set test
            return list(words) if len(at) == len(words) else [words[index] for index in sorted(at)]
        # the words within reach after each denial, from the few denials: not a window of
        # words looked at again for every word of a long story
        denied = {index for at_denial, word in enumerate(words) if word in denials
                  for index in range(at_denial + 1, at_denial + FRAME_DENIAL_REACH + 1)}
        return [words[index] for index in sorted(at) if index not in denied]

    def _frame(self, asked: Sequence[str], words: Sequence[str], entities: Entities,
               own_body: bool, health_cue: bool, cares: bool, in_conversation: bool,
               unknown: Sequence[str]) -> tuple[str, bool]:
        """The frame the question is asked in, when it says nothing of twitching, the body
        or our domain, nor asks what is good for one: 'which supermarket has the cheapest
        oat milk' is shopping; a medicine named with nothing of twitching is medication.
        With it, whether a frame gave way to our subject ("cheap potassium foods": the
        answer says the sources compare no prices). The frame is looked for in ``asked``
        (see :meth:`_framed_words`): the asking clauses, or the whole story when they name
        nothing ("...3 ripe bananas, 250g flour. what am I doing wrong?"). ``cares`` says
        whether a health cue other than a comparison is said ("is it safe to buy")."""
        over = self._over_domain.said(asked)
        if over:
            return self._over_domain_names[over[0]], False
        frames = self._frame_names
        under = self._lexicon.frames_under_nutrients
        if not cares and self._under_nutrients.said(asked) and self._bought.search(words):
            # "cheapest magnesium tablets uk", "Berocca vs supermarket multivitamins: which
            # is better value?": a price asked of what is bought
            return "prices", False
        # "cheap potassium foods", "which of those is cheapest", "what should he be eating
        # realistically on a student budget" in a conversation of ours; but not "whats
        # cheaper for magnesium, costco or amazon", which another frame holds
        priced = (("nutrient" in entities or (in_conversation and (
                      not unknown or not self._foods_asked.isdisjoint(asked))))
                  and bool(self._under_nutrients.said(asked))
                  and all(frames[slot] in under for slot in self._frames.said(words)))
        if "nutrient" not in entities and self._dose_of_a_medicine_asked(asked):
            # "how much ibuprofen for leg cramp", "what dose of naproxen for my twitchy
            # calf": medication dosing, whatever the medicine is taken for
            return MEDICATION, False
        if not self._symptom_words.isdisjoint(words) or own_body:
            return "", priced
        shop = "" if cares else next(
            (self._over_nutrients_names[slot] for slot in self._over_nutrients.said(asked)), "")
        if shop:  # "which magnesium brand is cheapest on amazon"; not "is it safe to buy..."
            return shop, False
        medicine = self._medicine_trigger
        if "nutrient" not in entities and self._symptom_words.isdisjoint(words) \
                and self._doses_asked.search(asked) and (
                    medicine in entities.get("trigger", ())
                    or not self._over_the_counter.isdisjoint(asked)
                    or (not self._dose_words.isdisjoint(asked)
                        and any(mention.kind for mention in self._medicines.mentions(words)))):
            # a dose of a medicine asked, with no twitch said: "How many ibuprofen tablets
            # can I take after a marathon?", "... for nerve pain, can I put my dose up?",
            # "Furosemide 40mg: how many hours between doses?"
            return MEDICATION, False
        if not self._frameless.isdisjoint(words) or ("nutrient" in entities and not
                                                     self._foods_asked.isdisjoint(asked)):
            return "", priced  # "what snacks with magnesium can I grab from the shop"
        if (entities.get("trigger") == (medicine,) and set(entities) <= _BESIDE_A_MEDICINE) or (
                not entities and not self._over_the_counter.isdisjoint(words)):
            # "ozempic side effects", "max ibuprofen per day?", "... won't give up the steak.
            # What's best to take for a flare, colchicine or naproxen"
            return MEDICATION, False
        said = None if health_cue or priced else self._frames.said(asked)
        if said:
            return frames[said[0]], False  # "what's the best medication for my anxiety?"
        if set(entities) == {"trigger"} and medicine in entities["trigger"]:
            return MEDICATION, False  # "starting dose of sertraline for anxiety?"
        return "", priced

    def _dose_of_a_medicine_asked(self, asked: Sequence[str]) -> bool:
        """Whether a dose is asked of a medicine named just after the asking words, for the
        twitch or cramp said just after it ("how many paracetamol for cramps"); not "how many
        weeks since I started sertraline", where what is counted is time, nor a generic "how
        many tablets", nor a dose asked for something else beside a question of ours ("Does
        stress make me twitch? and how many mg of melatonin to sleep"), which is answered."""
        asked_ends = [self._doses_asked.end(asked, start)
                      for start in self._doses_asked.starts(asked)]
        if not asked_ends:
            return False
        named = [mention.end for mention in self._medicines.mentions(asked)
                 if mention.kind and any(end <= mention.start <= end + _DOSE_TO_MEDICINE
                                         for end in asked_ends)]
        return any(not self._symptom_words.isdisjoint(asked[end:end + _DOSED_FOR])
                   for end in named)

    def _unknown(self, clauses: Sequence[Sequence[str]], asks: Sequence[bool],
                 found: Sequence[Found]) -> tuple[str, ...]:
        """Words of the asking clauses that none of our data knows, nor is a typo of one
        that does ('northern line', 'cyanide', 'kickstarter'; not 'magnesum')."""
        if self._vocabulary.issuperset(chain.from_iterable(clauses)):
            return ()  # every word is ours or English: most questions, in one set test
        named = {i for f in found if f.start >= 0 for i in range(f.start, f.end)}
        unknown = []
        position = 0
        read_all, known = not any(asks), self._unknowns
        for clause, is_question in zip(clauses, asks, strict=True):
            for index, word in enumerate(clause if is_question or read_all else (),
                                         start=position):
                if index not in named and (known[word] if word in known
                                           else self._is_unknown(word)):
                    unknown.append(word)
            position += len(clause)
        return tuple(dict.fromkeys(unknown))

    def _strange(self, words: Sequence[str], asks: Sequence[bool]) -> tuple[str, ...]:
        """See :attr:`Reading.strange`. Only words of five letters or more count: shorter
        ones are as often a dialect's or a typo's ("yuh nuh get enough", "how much shud i
        take") as a subject's. The asker telling of themselves asks nothing of elsewhere
        ("I'm a postie so I walk miles every day")."""
        if not self._leaning.isdisjoint(words) or any(word[0] == "{" for word in words):
            return ()  # "what can i do in the meantime", "cheapest way to get {nutrient}?"
        if not any(asks) and not self._first_person.isdisjoint(words):
            return ()
        said = [(word, self._normalizer.stem(word)) for word in words]
        subject = self._subject_words.value
        if any(word in subject or stem in subject for word, stem in said):
            return ()  # a word of our subject: "how many IU a day is sensible"
        ours = self._ours.value
        return tuple(word for word, stem in said if len(word) >= _STRANGE_LENGTH
                     and word.isalpha() and word not in ours and stem not in ours)

    def _is_unknown(self, word: str) -> bool:
        """Whether no data of ours knows the word, remembered per word: a word that is
        neither ours nor English costs a fuzzy search, on every question it is in."""
        return remembered(self._unknowns, word, self._is_unknown_uncached)

    def _is_unknown_uncached(self, word: str) -> bool:
        if word in self._vocabulary or word.isdigit() or len(word) < 3:
            return False
        if self._normalizer.stem(word) in self._stems.value:  # "calmed": ours, inflected
            return False
        return word in self._real_words.value or not closest_spelling(word, self._spellings)

    def _still_theirs(self, words: Sequence[str], ages: Sequence[AgeMention]) -> bool:
        """A turn whose subject is 'she', 'he' or 'they', and that names no one else,
        after a question declined for a child, a pregnancy or an animal: it is about the
        same one."""
        return (not self._subject_pronouns.isdisjoint(words)
                and self._first_person.isdisjoint(words)
                and not any(one_of(word, self._named_people) for word in words) and not ages)

    def _ruled_out(self, words: Sequence[str], start: int) -> bool:
        """'a good source of b vitamins without bread': a subject from elsewhere said only
        to be left out is not what is asked about."""
        return not self._leaving_out.isdisjoint(words[max(0, start - _RULED_OUT_REACH):start])

    def _at_a_stage(self, found: Found, words: Sequence[str], entities: Entities) -> bool:
        """A time of life said as a time beside a nutrient ('calcium after the menopause'):
        who the amount is for, not a condition the question is about."""
        return ("nutrient" in entities and found.text in self._life_stages
                and not self._stage_times.isdisjoint(words[max(0, found.start - 2):found.start]))

    def _who_the_asker_is(self, found: Found, clauses: Sequence[Sequence[str]],
                          named: Sequence[Found]) -> bool:
        """A condition in a short clause of its own that says who the asker is ('Type 2
        diabetic here', 'I'm coeliac', or a headline's first words before foods asked for),
        beside a nutrient or food named elsewhere ('Good snacks with magnesium in?'): who
        asks, not what the question is about."""
        ends = list(accumulate(len(clause) for clause in clauses))
        index = bisect_right(ends, found.start)
        clause = clauses[index]
        marked = clause[-1] in self._identity_after or 0 in self._identity_before.starts(clause)
        # ... or a headline's first words, before foods asked for: "Type 2 Diabetes, Good
        # Sources of Calcium?", "Thyroid Patient, Best Vitamin D Foods?"
        headline = index == 0 and any(not self._foods_asked.isdisjoint(other)
                                      for other in clauses[1:])
        if len(clause) > _IDENTITY_WORDS or not (marked or headline):
            return False
        ours = {bisect_right(ends, f.start) for f in named
                if f.kind in ("nutrient", "food") and f.start >= 0}
        return bool(ours) and index not in ours  # ours named, in another clause

    def _in_the_diet_told(self, found: Found, clauses: Sequence[Sequence[str]],
                          asks: Sequence[bool]) -> bool:
        """'I eat a lot of white rice and bread, not many vegetables. What foods should I
        eat more of?': a food the sources do not cover, told in a clause of what the asker
        eats that asks nothing, is the diet the question starts from, when foods are asked
        for in another clause."""
        ends = list(accumulate(len(clause) for clause in clauses))
        index = bisect_right(ends, found.start)
        opening = ends[index] - len(clauses[index])
        told = any(opening + at < found.start for at in self._diet_told.starts(clauses[index]))
        return told and not asks[index] and any(
            asked and not self._foods_asked.isdisjoint(clause)
            for at, (clause, asked) in enumerate(zip(clauses, asks, strict=True)) if at != index)

    def _a_level_asked(self, whole: Sequence[str], words: Sequence[str]) -> bool:
        """Whether a nutrient's level is read out and asked about: a number just after a
        nutrient named, said as a level (one of level_words, or a decimal point: "Potassium
        3.3"), not as an amount taken a day ("magnesium 400 a day ok?"), beside one of
        level_questions."""
        if self._level_questions.isdisjoint(words) or "{nutrient}" not in whole:
            return False  # most questions
        for at, word in enumerate(whole):
            if word != "{nutrient}":
                continue
            number = next((i for i in range(at + 1, min(len(whole), at + 1 + _LEVEL_REACH))
                           if _a_number(whole[i])), None)
            if number is not None and not self._per_day.search(
                    whole[number + 1:number + 1 + _LEVEL_REACH]) and (
                    "." in whole[number] or self._level_words.search(whole)):
                return True
        return False

    def _reads_a_level(self, found: Found, clauses: Sequence[Sequence[str]],
                       asking: set[int], named: Sequence[Found]) -> bool:
        """A test told beside a nutrient in a clause that asks nothing ('magnesium came
        back 0.78 on my bloods'): the level it read is the subject, not the test."""
        if found.start in asking or found.text not in self._level_tests:
            return False
        ends = list(accumulate(len(clause) for clause in clauses))
        clause = bisect_right(ends, found.start)
        return any(f.kind == "nutrient" and f.start >= 0
                   and bisect_right(ends, f.start) == clause for f in named)

    def _dated_by(self, found: Found, words: Sequence[str]) -> bool:
        """'since her hip replacement in the spring she barely goes out': a condition or its
        treatment named as when something began tells a time, not what is asked about;
        not "what to eat after knee surgery", which asks about the surgery."""
        before = words[max(0, found.start - _DATED_REACH):found.start]
        at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in self._since),
                  None)
        return at is not None and self._dated_fillers.issuperset(before[at + 1:])

    def _someone_elses(self, found: Found, clauses: Sequence[Sequence[str]],
                       asking: set[int], words: Sequence[str]) -> bool:
        """A condition told of someone else in a clause that asks nothing, while what is
        asked is of the asker ('my sister has a thyroid problem and takes calcium. Should
        I? how much do I need a day'): her background, not what the asker asks about. The
        one it is told of comes first ('my sister has'), as the subject of the clause."""
        if (found.start in asking or found.text not in self._conditions
                or self._first_person.isdisjoint(words[i] for i in asking)):
            return False
        ends = list(accumulate(len(clause) for clause in clauses))
        index = bisect_right(ends, found.start)
        before = clauses[index][:found.start - (ends[index] - len(clauses[index]))]
        return not self._relations.isdisjoint(before) and self._asker.isdisjoint(clauses[index])

    def _twitches_themself(self, clauses: Sequence[Sequence[str]]) -> bool:
        """The asker is the one who twitches: 'I keep twitching', 'ive been getting twitches'
        (the asker, then only linking words, then a twitch word); not 'my cursor keeps
        twitching, how do i fix it'. A subject the sources do not cover beside it ('my
        periods are off and') then does not rule the question out."""
        for clause in clauses:
            for i, word in enumerate(clause):
                if word in self._asker:
                    rest = dropwhile(self._twitch_links.__contains__, clause[i + 1:])
                    if next(rest, "") in self._symptom_words:
                        return True
        return False

    def _names_someone(self, words: Sequence[str]) -> bool:
        """Whether the words name someone else: 'he', 'my husband is 71'; not a relation
        who only tells of the asker ('the wife says I'm dragging it', 'my mum reckons
        it's stress'), nor 'they' of the toes ('the toes don't lift like they should')."""
        if not self._someone.isdisjoint(words):
            return True
        return any(word in self._relations and word not in self._others
                   and self._telling.isdisjoint(words[at + 1:at + 1 + TELLER_REACH])
                   for at, word in enumerate(words))

    def _evidence(self, words: Sequence[str], entities: Entities, own_body: bool) -> str:
        """How plainly the question is about our domain (see dialogue.THRESHOLDS)."""
        if STRONG_KINDS & set(entities) or not self._lexicon.domain.isdisjoint(words):
            return "domain"
        if own_body:  # "my calf has started doing it too"
            return "domain"
        return "trigger" if entities else "none"


def _back_over(words: Sequence[str], start: int, fillers: Collection[str]) -> int:
    """Where the words before ``start`` that are only ``fillers`` begin: what a word just
    before that says ("besides", "than") is said of what starts at ``start`` ('apart from
    cutting out the coffee', 'more potassium than a banana')."""
    while start > 0 and words[start - 1] in fillers:
        start -= 1
    return start


def _without_those_put_right(found: Sequence[Found], words: Sequence[str],
                             putting_right: frozenset[str]) -> Sequence[Found]:
    """'Sorry, I meant calcium not potassium', 'actually vegetarian, not vegan': in a turn
    that corrects itself, a thing named just after one of ``putting_right``, with another
    of its kind just before, is the one put right, not asked about."""
    if putting_right.isdisjoint(words):
        return found  # most questions
    return [f for f in found if not (
        f.start > 0 and words[f.start - 1] in putting_right and any(
            other.kind == f.kind and other.id != f.id
            and f.start - 1 - PUT_RIGHT_REACH <= other.end <= f.start - 1 for other in found))]


def _a_twitch_headline(clauses: Sequence[Sequence[str]], twitches: Collection[str]) -> bool:
    """'Twitching since starting a new job 10 days ago', 'Twitching Before A Big Speech': a
    question that opens with one of ``twitches``, naming no one's, is a headline of the
    asker's own."""
    return bool(clauses) and bool(clauses[0]) and clauses[0][0] in twitches


def _mostly_ours(found: Sequence[Found]) -> bool:
    """More mentions of our subjects (nutrients, foods, diets) than of subjects from
    elsewhere."""
    outside = sum(1 for f in found if f.kind == OUTSIDE)
    return sum(1 for f in found if f.kind in STRONG_KINDS and f.kind != OUTSIDE) > outside


def _nutrients_by_own_unit(kb: KnowledgeBase) -> Mapping[str, str]:
    """Units that measure activity, not weight (IU), by the one nutrient whose daily
    amount is given in them: such a unit names its nutrient."""
    by_unit: dict[str, list[str]] = {}
    for nutrient in kb.nutrients.values():
        if nutrient.intake is not None:
            by_unit.setdefault(nutrient.intake.unit.lower(), []).append(nutrient.id)
    units = kb.amounts.units.values() if kb.amounts else ()
    return MappingProxyType({unit.id: by_unit[unit.id][0] for unit in units
                             if unit.mg is None and len(by_unit.get(unit.id, ())) == 1})


def _clean(question: object) -> str:
    """Any input as text: cut to a sane length, lone surrogates replaced."""
    text = question if isinstance(question, str) else str(question)
    if text.isascii():
        return text[:MAX_CHARS]  # no surrogate to replace: most questions
    return text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")


def _entities(found: Sequence[Found], clauses: Sequence[Sequence[str]]) -> Entities:
    """Entity ids by kind: the most often named first, then those named in a later clause
    (a story's question comes last), then in order of mention."""
    if not found:
        return MappingProxyType({})
    ends = list(accumulate(map(len, clauses)))
    counts: dict[tuple[str, str], int] = {}  # counted here: a Counter costs more to make
    last_clause: dict[tuple[str, str], int] = {}
    order: dict[str, list[str]] = {}
    for f in found:
        if f.kind == OUTSIDE:
            continue
        counts[(f.kind, f.id)] = counts.get((f.kind, f.id), 0) + 1
        last_clause[(f.kind, f.id)] = bisect_right(ends, f.start) if f.start >= 0 else 0
        if f.id not in order.setdefault(f.kind, []):
            order[f.kind].append(f.id)
    # k=kind binds this kind to its key; mypy cannot infer a lambda with a default argument.
    return MappingProxyType({
        kind: tuple(sorted(ids, key=lambda i, k=kind: (  # type: ignore[misc]
            -counts[(k, i)], -last_clause[(k, i)]))) if len(ids) > 1 else tuple(ids)
        for kind, ids in order.items()})


def _questions(clauses: list[list[str]], asks: Sequence[bool], joins: frozenset[str],
               pronouns: frozenset[str], of_a_nutrient: frozenset[str]) -> list[list[str]]:
    """The clauses that ask something, when a story has both questions and background
    ("what foods have potassium, my calves twitch after football")."""
    asking = [clause for clause, is_question in zip(clauses, asks, strict=True) if is_question]
    if not asking or len(asking) == len(clauses):
        return clauses
    # "is that why" points back at the background: its entities come along.
    named = [w for c in clauses if c not in asking for w in c if w.startswith("{")]
    units: list[list[str]] = []
    before: list[str] = []
    for clause in asking:
        own = [w for w in clause if w.startswith("{")]
        if before and not own and clause and clause[0] in joins:
            # "should I be upping my calcium, and by how much?": a clause joined on that
            # names nothing goes on about what the question before it asked
            units.append(clause + list(dict.fromkeys(before)))
            continue
        # "...soup, custard, scrambled egg. How much calcium is a woman her age meant to
        # have?": a nutrient asked about is the subject, not the story's foods (but "do
        # they have magnesium in" points back at them)
        # ... and so is one the story names, where a clause asks how much of it ("... eats
        # cereal and toast ... covered for vitamin D. How much does someone her age need?")
        foods_left = ("{nutrient}" in own and pronouns.isdisjoint(clause)) or (
            "{nutrient}" in named and "{food}" not in own
            and not of_a_nutrient.isdisjoint(clause))
        units.append(clause + [w for w in dict.fromkeys(named)
                               if w not in clause and not (foods_left and w == "{food}")])
        before = own or before
    return units


def _asking_positions(clauses: Sequence[Sequence[str]], asks: Sequence[bool]) -> set[int]:
    """Word positions in the clauses that ask: an unknown subject in the background
    ("dairy sets off my eczema, how else do i get calcium") is not what is asked,
    as long as the asking clauses name a subject of their own."""
    if all(asks) or not any(asks):
        return set(range(sum(map(len, clauses))))  # every clause asks, or none does
    positions: set[int] = set()
    start = 0
    for clause, is_question in zip(clauses, asks, strict=True):
        if is_question:
            positions.update(range(start, start + len(clause)))
        start += len(clause)
    return positions


def _telling_positions(asking: set[int], length: int, asks: Sequence[bool]) -> set[int]:
    """Word positions in the clauses that tell rather than ask, the rest of ``asking``
    (:func:`_asking_positions`, which counts every word as asking when none asks): all of
    them in a question that asks nothing plainly ("fever all week, now twitching
    everywhere. magnesium?"), none when every clause asks."""
    if all(asks):
        return set()
    everything = set(range(length))
    return everything if not any(asks) else everything - asking


def _pointed_at(words: Sequence[str], entities: Entities) -> frozenset[str]:
    """Kinds a pronoun was read as ('does {nutrient} help at night too'): asked about,
    though the turn does not name them."""
    return frozenset(w[1:-1] for w in words if w.startswith("{") and w[1:-1] not in entities)


def _subjects(found: Sequence[Found], asked: set[int]) -> list[Found]:
    """The mentions a question is about: where the asking clauses name a nutrient (or
    a trigger), one named only in the background is context ("I take magnesium
    already, which foods have potassium" asks about potassium), unless the question
    points back at it ("300mg caffeine a scoop, could that be why...")."""
    asked_kinds = {f.kind for f in found if f.start in asked and f.kind in _ASKED_KINDS}
    dropped = _ASKED_KINDS if asked_kinds else frozenset()
    return [f for f in found if f.start in asked or f.start < 0 or f.kind not in dropped]


def _with_slots(clauses: Sequence[Sequence[str]], found: Sequence[Found], denied: frozenset[int]
                ) -> tuple[list[str], list[list[str]]]:
    """The question's words with each entity mention replaced by its '{slot}' token,
    and signs the person denies left out ('no numbness, just flickering: why?'). A
    deficiency's name reads as what it is: 'what is hypokalemia' as 'what is {nutrient}
    deficiency'."""
    words: list[str | None] = list(chain.from_iterable(clauses))
    if denied:
        words = [None if i in denied else word for i, word in enumerate(words)]
    spaced = False  # whether a slot of two words was put in, which parts again
    for mention in found:
        if mention.kind != OUTSIDE and mention.start >= 0:
            words[mention.start:mention.end] = [None] * (mention.end - mention.start)
            if mention.kind != EXCEPT:
                slot = "{" + mention.kind + "}"
                words[mention.start] = f"{slot} deficiency" if mention.deficiency else slot
                spaced = spaced or mention.deficiency
    split, position = [], 0
    for clause in clauses:
        piece = words[position:position + len(clause)]
        split.append([part for w in piece if w is not None for part in w.split()] if spaced
                     else [w for w in piece if w is not None])
        position += len(clause)
    return list(chain.from_iterable(split)), split


def _a_number(word: str) -> bool:
    """'180', '3.3', '1.6': digits, with at most one decimal point between them."""
    whole, _, part = word.partition(".")
    return whole.isdigit() and (not part or part.isdigit())
