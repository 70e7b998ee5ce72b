"""Conversation rules: follow-ups, clarifying questions and when context expires.

Given what the matcher ranked, what the question named, and what the
conversation remembers, :func:`decide` chooses one of four outcomes: answer an
intent, ask which entity was meant, ask which of two intents was meant, or say
the question is out of scope. The rules, in order:

1. A reply to a clarifying question ("magnesium") fills the slot that was asked for,
   unless it is a question of its own ("should he take magnesium for it?").
2. A bare turn, entities and nothing else ("and calcium?", "for a woman"),
   repeats the last intent with the new entity, or the nearest intent that can
   take it ("and b12? I don't eat meat" after a food question); "no nuts" only
   narrows a food list. With no last intent, the entity's default intent
   answers ("magnesium" -> what magnesium does).
3. Otherwise the best-ranked intent whose slots can be filled wins. Slots come
   from the question first; remembered entities fill what is still missing when
   the turn reads as a follow-up (it names nothing of its own, is short, starts
   with "and ...", or uses a pronoun), and only as many as the intent takes. A
   question that needs something nobody has named gets a clarifying question.
   Intents are marked down for each kind of entity named that they cannot use,
   for a subject only the background names, and for speaking of one of two
   nutrients asked about; a follow-up that names nothing is weighed against the
   subject under discussion, more lightly.
4. Below the confidence threshold (lower when the question plainly speaks of
   twitching or names a nutrient), for an out-of-scope intent, or when what is
   asked about is a subject the sources do not cover, the answer is "out of scope".
5. "Tell me more" and "why?" continue with the entity under discussion.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from types import MappingProxyType

from .answers import LISTED, Person
from .intents import FOODS, FOR_A_PERSON, HELP, HOW_MUCH, RELIEF, SEEK_CARE, Intent, IntentSet
from .knowledge import relieved_by
from .memo import remembered
from .native import mypyc_attr
from .records import NamedTuple
from .reply import Candidate
from .safety import PhraseSet

# Below this matcher score a question is out of scope. The bar is lower when the
# question plainly speaks of our domain (a nutrient, a food, "twitch"), higher when
# it only names an everyday trigger ("workout", "coffee"), highest when nothing.
THRESHOLDS = {"domain": 0.30, "trigger": 0.40, "none": 0.55}
# Small talk is matched on the whole message, and must resemble one of its examples this
# well ("i am bored" is not "i am off"), unless the message opens with one of them.
WHOLE_BAR = 0.5
# Intents that take none of the kinds of entity a question names score this much less.
OFF_TOPIC_FACTOR = 0.85
# The same for a follow-up that names nothing: the subject under discussion counts less.
CONTEXT_FACTOR = 0.95
STRONG_KINDS = frozenset({"nutrient", "food", "diet"})
SUBJECT_KINDS = frozenset({"nutrient", "food"})
# Kinds beside which a twitch keeps a question ours, whatever subject from elsewhere it
# names ("Long Run Twitches: Salt Tabs Or Electrolyte Drink?")
OURS_BESIDE_A_TWITCH = STRONG_KINDS | frozenset({"factor"})
EXCEPT = "except"  # kind of a food the question rules out: "apart from bananas"
# A clarifying question is asked for the simpler of two intents this close.
NEAR_TIE = 0.05
# Two intents this close, both weakly matched, make the assistant ask which was meant.
CLOSE_CALL = 0.005
WEAK = 0.45
# A question that needs a slot wins over a lesser one that does not by this much.
CLEARLY_BETTER = 0.2
# A turn this short with no entity of its own is read as a follow-up.
SHORT_TURN = 7
# A whole-message match this close is small talk even beside a subject we do not cover.
SURE = 0.8
# An intent whose answer depends on who it is for, this close behind the best, wins when
# the turn says an age
AGE_MARGIN = 0.1
# A short reply to a clarifying question that matches another intent this well asks that.
ASKS_OTHERWISE = 0.75
# Fixed confidences for rule-based outcomes, which have no matcher score of their own.
FOLLOW_UP_CONFIDENCE = 0.9
# The most words of an afterthought about a twitch told earlier in the conversation ("mostly
# when I've been on my phone for hours"), answered with what commonly causes twitches
AFTERTHOUGHT_WORDS = 16
# The most words a message of phrases that stand alone ("ah ok that makes sense") is read in
MAX_ALONE_RUN = 8

Entities = Mapping[str, tuple[str, ...]]


class State(NamedTuple):
    """What a conversation remembers between turns."""

    intent: str | None = None
    entities: Entities = MappingProxyType({})
    person: Person = Person()
    pending: tuple[str, str] | None = None  # (intent, slot kind) asked for
    told: tuple[tuple[str, str], ...] = ()  # (intent, entity id) already answered
    # The foods the last answer listed, so that "which of those also have calcium" can be
    # answered from that list rather than with a new one.
    listed: tuple[str, ...] = ()
    # The red flags raised so far: their care advice leads every later answer ...
    signs: tuple[str, ...] = ()
    # ... about the person they were raised for: a husband's, not the asker's own later
    # questions ("im vegan, what foods have b12").
    signs_theirs: bool = False
    # Who the last question was declined for (a child, a pregnancy, an animal): "she's
    # stressed with her GCSEs" next is about the same one.
    declined: str | None = None
    # The body regions the twitch discussed has been in: "and the bottom lip too now"
    # after an eyelid names a new one.
    places: frozenset[str] = frozenset()
    # Whether the person remembered is someone else ("my husband is 71"): "and what about
    # me, i'm 69" next is the asker, whose sex was not said.
    person_theirs: bool = False
    # Whether the talk has turned from the asker's red flag to someone else's twitch that
    # shows none ("my flatmate's calf twitched after his 10k"): his questions are answered
    # without the asker's care advice, until the asker speaks of themselves again.
    on_someone_else: bool = False
    # The unit of the last amount stated ("I take 500mg a day"): "should I up it to 1000
    # then?" next states one in it.
    unit: str | None = None
    # Whether the asker has said they take a medicine ("I take Lasix for fluid. Which foods
    # have potassium?"): "cramps since I started it" next points at it.
    medicine_taken: bool = False
    # ... and whether it was told as new or changed ("Started a new blood pressure tablet
    # last Monday"): a twitch of the asker's told next ("Now my calf keeps jumping") may be
    # its doing.
    medicine_changed: bool = False


class Turn(NamedTuple):
    """What one question brings: its words, entities, and the matcher's ranking."""

    words: tuple[str, ...]
    entities: Entities
    person: Person
    ranked: tuple[Candidate, ...]
    outside: tuple[str, ...] = ()
    evidence: str = "none"  # "domain", "trigger" or "none": see THRESHOLDS
    symptoms: bool = False  # the question speaks of twitching, cramps, spasms...
    own_body: bool = False  # ... of a part of the asker's own body ("my calf")
    own_twitch: bool = False  # ... or of a twitch of their own however said ("i twitch")
    own_headline: bool = False  # ... or opens with a twitch, no one's named ("Twitching 12 days")
    someones_body: bool = False  # ... or of someone else's ("his thigh")
    anyones_body: bool = False  # ... or of no one's in particular ("a swimmer's shoulder")
    asked_kinds: frozenset[str] = frozenset()  # kinds named in the clauses that ask
    frame: str = ""  # asked in another sense ("cooking", "shopping"): out of scope
    unknown: tuple[str, ...] = ()  # asked words none of the data knows ("northern line")
    health_cue: bool = False  # asks what is good for the body ("is it safe", "worth it")
    ours: bool = False  # names a nutrient, a diet or a word of our domain ("vitamin")
    opening: tuple[str, ...] = ()  # the first clause as written ("thanks", "hiya")
    signs: bool = False  # it shows a sign whose care advice will answer it if nothing else does
    states_amount: bool = False  # it states an amount ("600 IU", "400 mg of magnesium")
    asks_later: bool = False  # a clause after the first asks ("thanks, anything to eat?")
    asks: bool = False  # a clause asks something ("thumb twitching on and off today" tells)
    asks_a_kind: str | None = None  # "which vitamin ...": a kind of nutrient asked for, or None
    asker_anew: bool = False  # the asker, after someone else ("what about me, i'm 69")
    # the first clause, when the others only tell ("and calcium? my mum had
    # osteoporosis"), as slotted words; empty for a turn of one clause
    first_alone: tuple[str, ...] = ()
    # the first clause asks and names nothing of ours, the rest only tell ("what would be
    # good for him to eat, he lives on toast and tea")
    first_names_nothing: bool = False
    tells_how_long: bool = False  # it only says how long ("been like 4 days")
    eating_asked: bool = False  # it asks what to eat ("what can I eat to help it")
    strange: tuple[str, ...] = ()  # words of a subject of its own (see Reading.strange)
    leans: bool = False  # it leans on what was said (see Reading.leans)
    question_mark: bool = False  # it has one ("best protein powder for cutting?" asks)
    # the last clause, when the message asks nothing plainly ("haha not likely. thanks
    # anyway"), as written: small talk that closes a remark is said as much as one opening it
    closing: tuple[str, ...] = ()
    ages_compared: bool = False  # two ages named and compared: an amount asked for each
    # a nutrient the sources do not cover, named beside a twitch or one of ours
    others_outside: bool = False


class Decision(NamedTuple):
    """What to do with a turn, kept apart from the words of the reply so the rules can be
    tested (and a conversation's state updated) without rendering anything."""

    outcome: str  # "answer", "ask_slot", "ask_intent" or "out_of_scope"
    intent: str | None
    confidence: float
    entities: Entities = MappingProxyType({})
    person: Person = Person()
    missing: str = ""
    options: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()  # the foods the conversation's last answer listed


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class Dialogue:
    """Applies the module's rules; holds no conversation state of its own."""

    def __init__(self, intents: IntentSet, reliefs: Mapping[str, str] | None = None,
                 partners: Mapping[str, tuple[tuple[str, str], ...]] | None = None) -> None:
        """``reliefs`` names the lifestyle factor that eases each trigger: "ways to bring my
        stress down" asks for the stress-management advice. ``partners`` names, for each
        nutrient, the nutrients the sources say it works with and their kinds: "which
        vitamin helps you absorb calcium" asks how calcium and vitamin D work together."""
        self._intents = intents.intents
        self._reliefs = reliefs or {}
        self._relieved_by = relieved_by(self._reliefs)  # "sleep": fatigue
        self._partners = partners or {}
        self._partner_kinds = frozenset(kind for pairs in self._partners.values()
                                        for _, kind in pairs)
        lexicon = intents.lexicon
        self._filler = lexicon.filler
        self._sex_words = frozenset().union(*lexicon.sexes.values())
        # "im allergic to bananas tho": words that rule a food out add nothing to ask.
        self._cue_words = frozenset(word for cue in lexicon.exclusion_cues
                                    for word in intents.normalizer.words(cue))
        self._purpose_ends = lexicon.words("purpose_ends")
        self._asks_how_much = PhraseSet(sorted(lexicon.words("asks_how_much")),
                                        intents.normalizer)
        self._question_words = lexicon.question_words
        self._pronouns = lexicon.pronouns
        self._replacing = lexicon.words("replacing")
        self._amount_units = lexicon.words("amount_units")
        # "and ...", "what about ...": a turn's first words, as long as each start, are
        # looked up among them, not compared with each in turn
        self._starts = frozenset(tuple(intents.normalizer.words(s))
                                 for s in lexicon.follow_up_starts)
        self._start_lengths = sorted({len(start) for start in self._starts})
        self._continuations = lexicon.continuations
        # the intent that lists one nutrient's foods: "i don't eat bananas tho" after how
        # much potassium one needs asks for potassium's other foods
        self._nutrient_foods = next((i for i in self._intents.values()
                                     if i.lists_foods and i.slots == ("nutrient",)), None)
        self._foods_words = lexicon.words("foods_asked")
        self._appraisals = PhraseSet(sorted(lexicon.words("appraisals")), intents.normalizer)
        # "what else can i do", "anything that helps": looked for only in a turn that goes
        # on from the answer before (see _decide), not read in every question
        self._doing = PhraseSet(sorted(lexicon.words("doing")), intents.normalizer)
        # the intents whose answer depends on who it is for ("the amount for a woman of 75")
        self._for_a_person = frozenset(name for names in lexicon.continuations[FOR_A_PERSON]
                                       .values() for name in names)
        self._defaults = {intent.default: name for name, intent in self._intents.items()
                          if intent.default}
        self._alone = {text: name for name, intent in self._intents.items()
                       for text in intent.alone}
        # what a run of them can start with, and how many words the longest has
        self._alone_firsts = frozenset(text.split()[0] for text in self._alone)
        self._alone_longest = max((len(text.split()) for text in self._alone), default=0)
        self._say_again = lexicon.words("say_again")
        self._signs_had = _answers(lexicon.words("signs_had"), lexicon.words("signs_counted"))
        self._no_signs_had = _answers(lexicon.words("no_signs_had"),
                                      lexicon.words("no_signs_counted"))
        self._whole = tuple(intent for intent in self._intents.values() if intent.whole)
        self._same = lexicon.words("same")
        self._besides = lexicon.words("besides")
        self._foods_asked = lexicon.words("foods_asked")
        self._going_on = {HELP} | {name for name, intent in self._intents.items() if intent.more}
        self._fallback = next((name for name, intent in self._intents.items()
                               if intent.fallback), "")
        # Intents with the same slots are marked down alike: each turn weighs the dozen
        # distinct slot sets once, not the forty candidates one by one.
        slots = {name: _Slots.of(intent) for name, intent in self._intents.items()}
        self._slot_sets = tuple(dict.fromkeys(slots.values()))
        self._slot_set_of = {name: self._slot_sets.index(s) for name, s in slots.items()}
        # The slot sets' mark-downs for what a turn asks (see _reweighed): a few dozen
        # combinations of kinds asked come back turn after turn, so each is worked out once.
        self._scales: dict[tuple[float, _Ignored], tuple[float, ...]] = {}
        # Each kind an intent takes and how many of it, counted once for every turn's
        # candidates: (kind, count) for its slots and optional slots, then for its slots.
        self._takes = {name: _counted(intent.slots + intent.optional_slots)
                       for name, intent in self._intents.items()}
        self._needs = {name: _counted(intent.slots) for name, intent in self._intents.items()}

    def decide(self, turn: Turn, state: State) -> Decision:
        """The decision for a turn (see the module docstring), carrying the foods the
        last answer listed, which 'which of those...' answers from."""
        decision = self._decide(turn, state)  # which lists nothing of its own
        return decision._replace(listed=state.listed) if state.listed else decision

    def _decide(self, turn: Turn, state: State) -> Decision:
        """The one place a turn and what the conversation remembers meet, so follow-ups,
        clarifying questions and out-of-scope replies are decided by the same rules."""
        person = turn.person if turn.asker_anew else _merge_person(state.person, turn.person)
        said = " ".join(turn.words)
        if said in self._say_again and state.intent in self._intents:  # "sorry?", "wait what"
            return _last_again(state, person)
        if state.intent == SEEK_CARE and (said in self._signs_had or said in self._no_signs_had):
            # "yes", "none of them" to the care advice's list of the signs that need a
            # doctor: one is had, and the advice stands; or none is, and what commonly causes
            # a twitch follows
            return Decision("answer", SEEK_CARE if said in self._signs_had else self._fallback,
                            FOLLOW_UP_CONFIDENCE, person=person)
        if alone := self._alone_run(turn.words):
            # "ok", "alright", "ah ok that makes sense", "noted, cheers"
            return Decision("answer", alone, FOLLOW_UP_CONFIDENCE, person=person)
        if state.intent and turn.tells_how_long and not turn.signs and SEEK_CARE in self._intents:
            # "been like 4 days" after a question about the twitch: how long it has gone
            # on, answered with how long is too long (a long span is a sign, which leads)
            return Decision("answer", SEEK_CARE, FOLLOW_UP_CONFIDENCE, person=person)
        bare = self._is_bare(turn) and not self._opens_small_talk(turn)
        if state.pending and turn.entities.get(state.pending[1]) and (
                bare or (self._short(turn) and not self._asks_otherwise(turn, state.pending[0]))):
            intent = self._intents[state.pending[0]]
            entities = self._fill(intent, turn, state, follow_up=True)
            return Decision("answer", intent.name, FOLLOW_UP_CONFIDENCE, entities, person)
        if bare and (repeat := self._repeat_last(turn, state, person)):
            return repeat
        if state.intent in self._intents and not turn.entities and not turn.signs \
                and turn.person != Person() and not self._same.isdisjoint(turn.words):
            # "my mum gets them too, she's 60. same advice for her?": the last question,
            # for the person now named
            return _last_again(state, person)
        if state.intent and self._intents[state.intent].gives_amounts and (
                self._in_units_only(turn)  # "in micrograms?" after a daily amount
                or (turn.person.age is not None and not turn.entities and not turn.asks
                    and not turn.signs)):  # "sorry, she's 75 not 55!", "and my sister, 52"
            return _last_again(state, person)
        if self._how_much_of_a_habit(turn, state) and (
                amount := self._continue(HOW_MUCH, state, person)):
            return amount  # "how many cups is too many?" after coffee: what they say of it
        if turn.frame:  # "can you freeze mushrooms", "tyre pressure for a ford focus"
            return Decision("out_of_scope", None, 0.0, person=person)
        decision = self._ranked(turn, state, person, self._is_follow_up(turn))
        if bare and decision.outcome != "answer":
            return self._default(turn, state, person)
        if (decision.outcome == "out_of_scope"
                or (decision.outcome == "ask_slot" and not turn.asks and not turn.entities)) \
                and turn.symptoms \
                and (turn.own_body or turn.own_headline or turn.someones_body
                     or ((turn.anyones_body or (state.intent and not state.signs))
                         and not (turn.frame or (turn.outside and turn.asks)))) \
                and not turn.signs and self._fallback:
            # A story of the asker's own twitch, or another adult's, is ours, whatever else
            # it says, and so is a twitch told in a conversation of ours in words we do not
            # know ("ngayon po pati sa pisngi nag twitch na"; after a red flag, the care
            # advice answers what only tells, see the engine); one that only tells ("thumb
            # twitching on and off today") is answered with what commonly causes it, not
            # asked which nutrient it is about; nor does a subject from elsewhere told
            # beside it make it one ("Cheek twitch 3 days after a boozy wedding").
            return Decision("answer", self._fallback, decision.confidence, turn.entities,
                            person)
        if decision.outcome == "ask_slot" and turn.others_outside and not turn.entities \
                and self._fallback:
            # "does zinc make you twitch?": a nutrient the sources do not cover, asked of a
            # twitch, is answered with what commonly causes one (and a line that it is not
            # covered), not asked which trigger or nutrient of ours it meant
            return Decision("answer", self._fallback, decision.confidence, person=person)
        if decision.outcome == "out_of_scope" and state.intent and turn.own_body \
                and not (turn.signs or state.signs or turn.entities or turn.outside
                         or turn.frame or turn.unknown):
            # "mine are mostly in my calf when I'm sat still", after what causes twitches:
            # the asker's own body, told in a conversation of ours, is no request from
            # elsewhere; it is answered as a twitch told is, with what commonly causes it
            return Decision("answer", self._fallback, FOLLOW_UP_CONFIDENCE, person=person)
        if decision.outcome == "out_of_scope" and state.intent and state.places \
                and not (turn.asks or turn.question_mark) \
                and len(turn.words) <= AFTERTHOUGHT_WORDS and not (
                    turn.signs or state.signs or turn.entities or turn.frame):
            # "I'm a teacher and it's report card season lol", "been gaming a lot this
            # month", after a twitch told somewhere: a short afterthought that asks
            # nothing, about that twitch, answered as a twitch told is, with what commonly
            # causes it (not "who won the Arsenal game btw", which asks)
            return Decision("answer", self._fallback, FOLLOW_UP_CONFIDENCE, person=person)
        if decision.outcome == "out_of_scope" and state.intent and not turn.asks \
                and {"trigger", "factor"} & set(turn.entities) \
                and not (turn.outside or turn.frame):
            # "I sleep about five hours a night" in a conversation of ours: told, not
            # asked, it is what that habit or trigger does
            return self._default(turn, state, person)
        if decision.outcome == "ask_intent" and RELIEF not in decision.options \
                and not turn.entities and self._doing.search(turn.words):
            # "What helps an eye twitch go away faster?": what helps, asked of the twitch
            # and of nothing named, is no choice between its causes and a doctor
            return Decision("answer", RELIEF, decision.confidence, turn.entities, person)
        going_on = decision.intent in self._going_on or (
            state.intent not in (None, RELIEF) and decision.intent == state.intent
            and not self._besides.isdisjoint(turn.words)) or self._after_care_alone(
            decision, turn, state)
        if going_on and self._doing.search(turn.words):
            # "what else can i do", "what helps", "anything else that helps at night" after
            # the stretching advice: not more of (or the same) last answer, nor the list of
            # topics, but what helps; and "what can I do in the meantime?" after the care
            # advice alone
            return Decision("answer", RELIEF, FOLLOW_UP_CONFIDENCE,
                            MappingProxyType(dict(state.entities)), person)
        if self._eating_asked(decision, turn):
            # "What can I eat to help my twitchy calf?", "what should I snack on after
            # practice for twitchy muscles": what to eat, asked with no food or nutrient
            # named, is the foods that help twitching, not what helps or what causes it
            return Decision("answer", FOODS, decision.confidence, person=person)
        if self._food_asked_on(decision, turn, state):
            # "what would be good for him to eat", "ok what about food then", "what could
            # they add to her food", in a conversation of ours: the foods for the nutrient
            # discussed, or those that help twitching
            return self._foods_on(state, person)
        if decision.intent and (table := self._intents[decision.intent].more):
            return self._continue(table, state, person) or decision
        return decision

    def _eating_asked(self, decision: Decision, turn: Turn) -> bool:
        """Whether a turn asks what to eat (see Reading.eating_asked) and names no food,
        nutrient or diet, while the decision found an answer that lists no food: what
        helps, a trigger's or a habit's advice, or the causes."""
        intent = self._intents.get(decision.intent or "")
        return turn.eating_asked and decision.outcome == "answer" and intent is not None \
            and not (intent.lists_foods or intent.gives_amounts) \
            and intent.name not in (SEEK_CARE, HELP) \
            and set(intent.slots) <= {"trigger", "factor"} \
            and not (turn.outside or turn.frame or STRONG_KINDS & set(turn.entities))

    def _food_asked_on(self, decision: Decision, turn: Turn, state: State) -> bool:
        """Whether a turn after a red flag asks for food and names nothing to eat or have
        where it asks, while the decision found nothing more specific (no intent with
        slots)."""
        if not (state.signs and turn.asks) or turn.outside or turn.frame \
                or self._foods_asked.isdisjoint(turn.words):
            return False
        # "what would be good for him to eat, he lives on toast and tea": food asked where
        # nothing is named, whatever the story after it names
        asked_first = turn.first_names_nothing \
            and not self._foods_asked.isdisjoint(turn.opening)
        if turn.asked_kinds and not asked_first:
            return False
        intent = self._intents.get(decision.intent or "")
        if intent is None or intent.name in (SEEK_CARE, HELP) or decision.outcome == "ask_slot":
            return True  # nothing more specific, or "which nutrient?" when none was named
        return not (intent.lists_foods or intent.name == FOODS or intent.whole
                    or (intent.slots and not asked_first))

    def _foods_on(self, state: State, person: Person) -> Decision:
        """The foods asked for after a conversation's answer: of its nutrient, if one
        was discussed, else those that help twitching."""
        foods = self._intents[FOODS]
        narrower = self._intents.get(foods.narrows_to)
        nutrients = state.entities.get("nutrient", ())
        if narrower is not None and nutrients:
            return Decision("answer", narrower.name, FOLLOW_UP_CONFIDENCE,
                            MappingProxyType({"nutrient": nutrients[:1]}), person)
        return Decision("answer", FOODS, FOLLOW_UP_CONFIDENCE, person=person)

    def _after_care_alone(self, decision: Decision, turn: Turn, state: State) -> bool:
        """Whether a turn after the care advice alone names nothing to ask about: no
        subject, no food, and it is no thanks ("what can I do in the meantime while I
        wait?"); "anything in food that helps?" or "what helps with stress?" name theirs."""
        intent = self._intents.get(decision.intent or "")
        return (state.intent == SEEK_CARE and not turn.entities
                and (intent is None or not intent.whole)
                and self._foods_asked.isdisjoint(turn.words))

    def _alone_run(self, words: Sequence[str]) -> str | None:
        """The intent of a message made only of phrases that stand alone, one after another
        ("ok", "ok good to know", "noted, cheers"), when they are all one intent's."""
        if not words or len(words) > MAX_ALONE_RUN or words[0] not in self._alone_firsts:
            return None  # most messages, in one set test
        # word index -> the intents whose phrases reach it (None: the start, any intent)
        reach: dict[int, frozenset[str] | None] = {0: None}
        for start in range(len(words)):
            if start not in reach:
                continue
            so_far = reach[start]
            for end in range(start + 1, min(len(words), start + self._alone_longest) + 1):
                name = self._alone.get(" ".join(words[start:end]))
                if name is not None and (so_far is None or name in so_far):
                    reach[end] = (reach.get(end) or frozenset()) | {name}
        names = reach.get(len(words))
        return next(iter(names)) if names and len(names) == 1 else None

    def _in_units_only(self, turn: Turn) -> bool:
        """'in micrograms?', 'whats that in iu': the last answer again, in another unit."""
        words = set(turn.words)
        return bool(words & self._amount_units) and not turn.entities and all(
            word in self._filler or word in self._amount_units for word in words)

    def _asks_otherwise(self, turn: Turn, pending: str) -> bool:
        """'Should he take magnesium for it?' after 'which nutrient?': a question of its own
        that fills the slot, not a bare answer to the clarifying question."""
        best = turn.ranked[0] if turn.ranked else None
        return best is not None and best.intent != pending and best.score >= ASKS_OTHERWISE

    def _how_much_of_a_habit(self, turn: Turn, state: State) -> bool:
        """'how many cups is too many', asked after a trigger or habit with no nutrient or
        food under discussion, naming nothing new (not 'how much protein then')."""
        return bool(state.intent) and turn.asks and not turn.entities and not turn.signs \
            and not (turn.outside or turn.unknown or turn.frame) \
            and SUBJECT_KINDS.isdisjoint(state.entities) \
            and self._asks_how_much.search(turn.words)

    def _continue(self, table: str, state: State, person: Person) -> Decision | None:
        """'tell me more', 'why?': the next question worth answering about what is being
        discussed, from the lexicon table the intent names; None with nothing discussed."""
        for kind, names in self._continuations[table].items():
            ids = state.entities.get(kind, ())
            if not ids:
                continue
            untold = [n for n in names if (n, ids[0]) not in state.told and n != state.intent]
            name = (untold or [n for n in names if n != state.intent] or list(names))[0]
            return Decision("answer", name, FOLLOW_UP_CONFIDENCE,
                            MappingProxyType(dict(state.entities)), person)
        return None

    def _repeat_last(self, turn: Turn, state: State, person: Person) -> Decision | None:
        """'and calcium?' after a question about magnesium: the same question again."""
        last = self._intents.get(state.intent or "")
        named = set(turn.entities) - {EXCEPT}  # a food ruled out qualifies any food list
        if last is not None and not named and EXCEPT in turn.entities and not last.lists_foods:
            # "no nuts" narrows a food list, and nothing else; after a nutrient's amounts
            # ("i don't eat bananas tho") it narrows that nutrient's food list
            last = self._nutrient_foods if state.entities.get("nutrient") \
                and not last.rejects else None
        if last is None or last.rejects:
            return None
        if not named and turn.person != Person() and not last.gives_amounts and (
                for_them := self._continue(FOR_A_PERSON, state, person)):
            return for_them  # "and for a 75 year old woman?" after what vitamin D does
        if not all(last.takes(k) for k in named):
            last = self._widened(last, named)
            if last is None:
                return None
        entities = self._fill(last, turn, state, follow_up=True)
        if not self._complete(last, entities):
            return None
        ruled_out = state.entities.get(EXCEPT, ())
        if turn.entities.get(EXCEPT) and ruled_out and last.lists_foods \
                and not self._replacing & set(turn.words):
            # "and I can't eat avocado either": what was ruled out before still is
            kept = tuple(dict.fromkeys((*ruled_out, *entities.get(EXCEPT, ()))))
            entities = MappingProxyType({**entities, EXCEPT: kept})
        return Decision("answer", last.name, FOLLOW_UP_CONFIDENCE, entities, person)

    def _widened(self, last: Intent, named: set[str]) -> Intent | None:
        """'and b12? I don't eat meat' after a food question: the same question with room
        for what the turn adds (a diet), as the intent that asks the least besides; 'what
        about potassium' after the foods that help twitching: the foods of the one named."""
        if not last.slots:  # nothing to carry over but what the intent narrows to, if anything
            narrower = self._intents.get(last.narrows_to)
            return narrower if narrower and all(narrower.takes(k) for k in named) else None
        fits = [intent for intent in self._intents.values()
                if not intent.rejects and not intent.chat
                and set(last.slots) <= set(intent.slots) and all(intent.takes(k) for k in named)]
        return min(fits, key=lambda intent: len(intent.slots), default=None)

    def _default(self, turn: Turn, state: State, person: Person) -> Decision:
        """A bare mention with nothing to follow up on: the entity's default intent, or
        the question it still needs ("i'm vegan" -> which nutrient?)."""
        for kind in turn.entities:
            if kind in self._defaults:
                intent = self._intents[self._defaults[kind]]
                entities = self._fill(intent, turn, state, follow_up=True)
                if missing := self._missing(intent, entities):
                    return Decision("ask_slot", intent.name, FOLLOW_UP_CONFIDENCE, entities,
                                    person, missing=missing)
                return Decision("answer", intent.name, FOLLOW_UP_CONFIDENCE, entities, person)
        if not turn.entities and HELP in self._intents:  # "im 34 f", and nothing else yet
            return Decision("answer", HELP, FOLLOW_UP_CONFIDENCE, person=person)
        return Decision("out_of_scope", None, 0.0, person=person)

    def _ranked(self, turn: Turn, state: State, person: Person, follow_up: bool) -> Decision:
        top = turn.ranked[0] if turn.ranked else None
        if _from_elsewhere(turn, bool(follow_up and state.intent)) and not (
                top and self._intents[top.intent].whole
                and (top.score >= SURE or _opens_with(turn, self._intents[top.intent]))):
            return Decision("out_of_scope", None, top.score if top else 0.0, person=person)
        # In a conversation of ours, a follow-up or a turn that names one of our subjects or
        # lifestyle factors ("whats a decent nights kip, hours wise") is as plainly ours as a
        # domain word; an everyday trigger alone ("a sub 4 hour marathon") is not.
        evidence = ("domain" if state.intent and (
            follow_up or (STRONG_KINDS | {"factor"}) & set(turn.entities)) else turn.evidence)
        threshold = min(THRESHOLDS[evidence], THRESHOLDS[turn.evidence])
        eligible: list[tuple[Candidate, Entities]] = []
        wanting: tuple[Candidate, str] | None = None
        context = SUBJECT_KINDS & frozenset(state.entities) if follow_up else frozenset()
        lowest_bar = min(threshold, THRESHOLDS["domain"])
        for candidate in self._reweighed(turn, context, lowest_bar):  # best first
            if candidate.score < lowest_bar or (len(eligible) >= 2  # most: not yet two
                                                and self._weighed_enough(eligible, turn)):
                # no later candidate can pass a bar, or change what is decided: only the
                # best two answerable ones are weighed, and one that wants a slot matters
                # only when it beats the best by CLEARLY_BETTER, so it comes before it
                break
            intent = self._intents[candidate.intent]
            bar = threshold
            if intent.whole:  # "thanks, will ring the gp": small talk opens the message
                opened = _opens_with(turn, intent)
                if not opened and not self._question_words.isdisjoint(turn.words):
                    continue  # "what helps in the evening" asks; "good evening" greets
                bar = THRESHOLDS["domain"] if opened else WHOLE_BAR
            if candidate.score < bar or (intent.chat and (turn.entities or turn.symptoms)):
                continue  # "anything else with potassium", "nice, and salmon" name a subject
            entities = self._fill(intent, turn, state, follow_up)
            missing = self._missing(intent, entities)
            if not missing:
                eligible.append((candidate, entities))
            elif not intent.rejects and not entities.get(missing) and (
                    wanting is None or self._asks_less(candidate, wanting[0])):
                wanting = (candidate, missing)  # nothing of that kind named at all
        if turn.asks_later:  # "thanks, anything i can eat that helps?": the question first
            eligible.sort(key=lambda pair: self._intents[pair[0].intent].whole)
        if wanting and eligible and (
                (wanting[0].score - eligible[0][0].score > CLEARLY_BETTER
                and not (state.intent and self._pronouns.isdisjoint(turn.words)))
                or self._refuses_a_follow_up(eligible[0][0], wanting[0], state, follow_up)):
            # "what foods have it" with nothing to refer to: ask which; but "and foods?" in
            # a conversation that named no nutrient asks for the foods that help twitching
            eligible = []
        if not eligible and turn.states_amount and state.intent:
            weighed = self._judged_amount(turn, state, person, follow_up)
            if weighed is not None:
                return weighed
        if not eligible:
            if wanting and not turn.outside:
                candidate, missing = wanting
                if eased := self._trigger_eased(missing, turn):
                    # "I assume it's the broken sleep?": a trigger's advice asked, with
                    # the one habit named that eases it, is that trigger's, not a choice
                    entities = MappingProxyType({**turn.entities, "trigger": eased})
                    return Decision("answer", candidate.intent, candidate.score, entities,
                                    person)
                return Decision("ask_slot", candidate.intent, candidate.score,
                                person=person, missing=missing)
            top_score = turn.ranked[0].score if turn.ranked else 0.0
            return Decision("out_of_scope", None, top_score, person=person)
        (best, entities), rest = eligible[0], eligible[1:]
        intent = self._intents[best.intent]
        # A subject the sources do not cover ("constipation", "acid reflux") in what is
        # asked rules the question out, unless it also asks about a nutrient, food or
        # diet and speaks of twitching ("is zinc or magnesium better for twitching"),
        # describes the asker's own twitch or a body part's of no one in particular ("is a
        # twitching thumb normal after gaming"), or carries on the conversation.
        # "my eye twitches after long streams", "my periods are off and i keep twitching"
        own_twitch = turn.symptoms and (turn.own_twitch or turn.anyones_body)
        # ... as a turn that only tells something of ours does ("I've been gaming a lot and
        # not sleeping much", after a question about a twitch)
        carries_on = (follow_up or not turn.asks) and state.intent and turn.entities
        unknown_subject = turn.outside and not own_twitch and not carries_on and (
            not OURS_BESIDE_A_TWITCH & set(turn.entities) or not turn.symptoms)
        # A greeting or thanks is matched on the whole message: with a subject we do not
        # cover in it ("what helps a migraine"), only a near-exact match is small talk.
        if intent.rejects or (unknown_subject and (not intent.whole or best.score < SURE)):
            return Decision("out_of_scope", None, best.score, person=person)
        if ((turn.person.age is not None or turn.ages_compared)
                and best.intent not in self._for_a_person
                and self._foods_words.isdisjoint(turn.words)):
            # "Calcium for my mum, she's 75": an age said is who an amount is for, unless
            # foods are asked for ("Foods With B12? For My Mum Who's 72"); said with
            # nothing else ("and calcium for me, 55 and female?"), however weak its match
            margin = 1.0 if self._is_bare(turn) else AGE_MARGIN
            amounts = next((pair for pair in rest if pair[0].intent in self._for_a_person
                            and best.score - pair[0].score < margin), None)
            if amounts is not None:
                return Decision("answer", amounts[0].intent, amounts[0].score, amounts[1],
                                person)
        if turn.states_amount and not intent.judges_amounts \
                and self._appraisals.search(turn.words):
            # "a zinc and magnesium combo at night, 450mg in total. Is that fine?": the
            # amount stated is judged, whatever else the story matched
            judged = next((pair for pair in rest
                           if self._intents[pair[0].intent].judges_amounts), None)
            if judged is not None:
                return Decision("answer", judged[0].intent, judged[0].score, judged[1], person)
        if rest and best.score < WEAK and best.score - rest[0][0].score < CLOSE_CALL:
            other = self._intents[rest[0][0].intent]
            if turn.states_amount and other.judges_amounts and not intent.judges_amounts:
                (best, entities), intent = rest[0], other
            if turn.states_amount and intent.judges_amounts:
                # "how much is 600 IU in mcg": the amount stated is judged, not asked about
                return Decision("answer", best.intent, best.score, entities, person)
            named = set(turn.entities)
            same_cover = {k for k in named if intent.takes(k)} == {k for k in named
                                                                  if other.takes(k)}
            if not other.rejects and same_cover and not other.chat:
                return Decision("ask_intent", best.intent, best.score, entities, person,
                                options=(best.intent, other.name))
        return Decision("answer", best.intent, best.score, entities, person)

    def _judged_amount(self, turn: Turn, state: State, person: Person,
                       follow_up: bool) -> Decision | None:
        """'and if I'm using tablets should I go up to 800mg then?': in a conversation of
        ours, an amount stated of the subject under discussion is judged, however weakly
        the rest of the words match; None when no intent that judges amounts is ranked or
        the one that is lacks its subject."""
        for candidate in turn.ranked:
            intent = self._intents[candidate.intent]
            if intent.judges_amounts:
                entities = self._fill(intent, turn, state, follow_up)
                if self._missing(intent, entities):
                    return None
                return Decision("answer", intent.name, candidate.score, entities, person)
        return None

    def _weighed_enough(self, eligible: Sequence[tuple[Candidate, Entities]],
                        turn: Turn) -> bool:
        """Whether the answerable candidates found so far are all that is weighed: the
        best two, or, when the turn says an age, a third if it is the one whose answer
        depends on who it is for ("Calcium for my mum, she's 75"); more when a later
        clause asks."""
        if len(eligible) < 2 or turn.asks_later:
            return False
        return not (turn.person.age is not None and len(eligible) < 3
                    and not any(pair[0].intent in self._for_a_person for pair in eligible))

    def _asks_less(self, candidate: Candidate, than: Candidate) -> bool:
        """'which foods have it' with nothing named: of two near matches that both need a
        nutrient, ask for the one that needs one (foods of a nutrient), not two (foods
        that share two), so that the answer to the clarifying question completes it."""
        return (than.score - candidate.score < NEAR_TIE
                and len(self._intents[candidate.intent].slots)
                < len(self._intents[than.intent].slots))

    def _reweighed(self, turn: Turn, context: frozenset[str] = frozenset(),
                   floor: float = 0.0) -> list[Candidate]:
        """Candidates marked down for each kind of entity the question asks about that
        the intent cannot take. Kinds named in the asking clauses count (background is
        context); when a nutrient or food is named, only those count; a diet only
        qualifies a question ("im vegan, what does b12 do") and never counts. A follow-up
        that names nothing asks about the subject under discussion ("which foods then").
        Marked down, the ones below ``floor``, which the caller stops at, are left out:
        three in four of the forty."""
        from_context = not (turn.asked_kinds or turn.entities)
        factor = CONTEXT_FACTOR if from_context else OFF_TOPIC_FACTOR
        named = set(context if from_context else turn.asked_kinds or turn.entities)
        named -= {EXCEPT, "diet"}
        kinds = named & SUBJECT_KINDS or named
        if not kinds:
            return list(turn.ranked)
        scales = remembered(self._scales, (factor, _Ignored.of(turn, kinds)), self._scaled)
        slot_set_of = self._slot_set_of
        make = Candidate._make  # skips the Python-level __new__ of a NamedTuple
        # marking down never raises a score: one below the floor before is below it after
        scored = [make((c.intent, c.score * scale))
                  if (scale := scales[slot_set_of[c.intent]]) else c
                  for c in turn.ranked if c.score >= floor]
        # sorted stably, as with the key -score
        return sorted([c for c in scored if c.score >= floor], key=itemgetter(1), reverse=True)

    def _scaled(self, key: tuple[float, _Ignored]) -> tuple[float, ...]:
        """Each slot set's mark-down, by its index: ``factor`` to the power of the kinds
        asked that it ignores, or 0.0 for one that ignores nothing, whose candidates keep
        their scores (factor ** 0 is 1)."""
        factor, ignored = key
        return tuple(factor ** n if (n := ignored.by(slots)) else 0.0
                     for slots in self._slot_sets)

    def _refuses_a_follow_up(self, best: Candidate, wanting: Candidate, state: State,
                             follow_up: bool) -> bool:
        """'how much a day?' after the foods that help twitching: in a conversation of
        ours, a follow-up that plainly asks about an unnamed nutrient, more than it
        resembles a question we turn away, is asked which nutrient, not refused."""
        return bool(follow_up and state.intent and self._intents[best.intent].rejects
                    and wanting.score > max(best.score, WEAK))

    def _fill(self, intent: Intent, turn: Turn, state: State, follow_up: bool) -> Entities:
        """The entities an intent gets: the question's first, then remembered ones."""
        filled: dict[str, tuple[str, ...]] = {}
        every = follow_up and not _EVERY.isdisjoint(turn.words)  # "the upper limit for each"
        for kind, count in self._takes[intent.name]:
            ids = _newest_first(turn.entities.get(kind, ()), state.entities.get(kind, ()))
            if follow_up:  # only as many as the intent takes
                wanted = 2 if every else count
                if len(ids) < wanted:
                    remembered = tuple(i for i in state.entities.get(kind, ()) if i not in ids)
                    ids += remembered[: wanted - len(ids)]
            if ids:
                filled[kind] = ids
        for kind, ids in turn.entities.items():
            filled.setdefault(kind, ids)
        if intent.takes("factor"):
            # the habits that ease the triggers told, after those named ("coffee at 2am ...
            # sleeping four hours ... what lifestyle changes would help?": sleep and stimulants)
            eased = tuple(self._reliefs[t] for t in filled.get("trigger", ())
                          if t in self._reliefs)
            if eased:
                filled["factor"] = tuple(dict.fromkeys((*filled.get("factor", ()), *eased)))
        if turn.asks_a_kind is not None and ("nutrient", 2) in self._needs[intent.name]:
            # the kind asked for is the partner of the one named now, not one remembered
            named = turn.entities.get("nutrient", ())
            if len(named) == 1 and (partner := self._partner(named[0], turn.asks_a_kind)):
                filled["nutrient"] = (partner, named[0])
        return MappingProxyType(filled)

    def _partner(self, nutrient: str, kind: str) -> str | None:
        """The one nutrient of the kind asked for that works with the one named, if one
        does; a word that is no nutrient's kind ("which nutrient") asks for any kind."""
        partners = [other for other, its_kind in self._partners.get(nutrient, ())
                    if its_kind == kind or kind not in self._partner_kinds]
        return partners[0] if len(partners) == 1 else None

    def _trigger_eased(self, missing: str, turn: Turn) -> tuple[str, ...]:
        """The one trigger whose advice is the habit the turn names, when a trigger is
        what is missing ('sleep' eases fatigue); none when the habits name several."""
        if missing != "trigger":
            return ()
        easing = {trigger for factor in turn.entities.get("factor", ())
                  for trigger in self._relieved_by.get(factor, ())}
        return tuple(easing) if len(easing) == 1 else ()

    def _missing(self, intent: Intent, entities: Entities) -> str:
        for kind, count in self._needs[intent.name]:
            if len(entities.get(kind, ())) < count:
                return kind
        return ""

    def _complete(self, intent: Intent, entities: Entities) -> bool:
        return not self._missing(intent, entities)

    def _is_bare(self, turn: Turn) -> bool:
        """Entities (or who it is for) and nothing else: 'and calcium?', 'for a woman';
        or so asked, with the rest only told ('and calcium? my mum had osteoporosis')."""
        if (not turn.entities and turn.person == Person()) or (
                turn.words and turn.words[-1] in self._purpose_ends):
            return False  # "what's b12 for?" asks what it does
        first = turn.first_alone
        if first and not self._opens_a_follow_up(first):
            first = ()  # only a follow-up opens so: "and calcium?", "what about b12"
        return any(all(word in self._filler or word.startswith("{") or word in self._sex_words
                       or (word.isdigit() and turn.person.age is not None)
                       or word in self._cue_words
                       for word in words)
                   for words in (turn.words, first) if words)

    def _opens_a_follow_up(self, words: tuple[str, ...]) -> bool:
        """Whether the words open as a follow-up does: 'and ...', 'what about ...'."""
        return any(words[:length] in self._starts for length in self._start_lengths)

    def _opens_small_talk(self, turn: Turn) -> bool:
        """'thanks i'll tell him': thanks or a goodbye first, which a person named after it
        does not make a follow-up."""
        return any(_opens_with(turn, intent) for intent in self._whole)

    def _short(self, turn: Turn) -> bool:
        return len(turn.words) <= SHORT_TURN

    def _is_follow_up(self, turn: Turn) -> bool:
        """Short, 'and ...', a pronoun, or no entity at all: read in the light of context."""
        words = turn.words
        if self._opens_a_follow_up(words):
            return True
        if not set(turn.entities) - {"diet", EXCEPT}:
            # nothing asked about of its own: "what are the dairy-free sources"; unless it
            # tells of someone new and their own twitch ("my dad is 70, his legs twitch"),
            # or asks of a subject of its own in words ours never use ("how long is a rugby
            # match") and is no small talk ("brill thanks")
            if turn.someones_body and turn.person.age is not None and not turn.asks:
                return False
            if turn.own_body and turn.symptoms and not turn.leans:
                return False  # a twitch of one's own told anew: "Twitching Rib Muscles At Night"
            return not turn.strange or self._opens_small_talk(turn) \
                or bool(turn.ranked and self._intents[turn.ranked[0].intent].whole)
        # a pronoun, or a word already read as a slot ('for {nutrient}') of a kind not named
        return self._short(turn) or not self._pronouns.isdisjoint(words) or any(
            word[1:-1] not in turn.entities for word in words if word.startswith("{"))


def _answers(heads: frozenset[str], counts: frozenset[str]) -> frozenset[str]:
    """Every way to answer so: a head ("yes"), a count ("a couple of them"), or both."""
    return heads | counts | {f"{head} {count}" for head in heads for count in counts}


class _Slots(NamedTuple):
    """What of an intent's slots the reweighing looks at, as sets, for every candidate."""

    rejects: bool
    takes: frozenset[str]  # required and optional kinds
    required: frozenset[str]
    one_nutrient: bool  # it can speak of one nutrient, not two

    @classmethod
    def of(cls, intent: Intent) -> _Slots:
        slots = intent.slots + intent.optional_slots
        return cls(intent.rejects, frozenset(slots), frozenset(intent.slots),
                   slots.count("nutrient") == 1)


class _Ignored(NamedTuple):
    """How much of what a turn asks about an intent leaves unanswered. What depends on the
    turn alone is worked out once, not again for each of the forty candidates; and it is
    all that does, so the slot sets' mark-downs are remembered by it (see _reweighed)."""

    kinds: frozenset[str]  # the kinds asked about
    two_nutrients: bool
    # A required slot that only the background fills ("I eat bananas for potassium,
    # which foods have magnesium") misses what is asked and answers what is not.
    background: frozenset[str]

    @classmethod
    def of(cls, turn: Turn, kinds: set[str]) -> _Ignored:
        return cls(frozenset(kinds), len(turn.entities.get("nutrient", ())) > 1, frozenset(
            k for k in SUBJECT_KINDS
            if turn.asked_kinds and k in turn.entities and k not in turn.asked_kinds))

    def by(self, slots: _Slots) -> int:
        """How many kinds asked about the intent ignores (the background counting twice)."""
        # The out-of-scope intent takes any slot only so its examples can name one.
        ignored = len(self.kinds) if slots.rejects else len(self.kinds - slots.takes)
        if self.two_nutrients and slots.one_nutrient:
            ignored += 1
        return ignored + 2 * len(self.background & slots.required)


def _from_elsewhere(turn: Turn, in_context: bool) -> bool:
    """A question from somewhere else: it asks in words that neither our data nor everyday
    English knows ('is the northern line running', 'stretch limo hire') and names nothing
    of ours (a nutrient, a diet, twitching, the body, what is good for it). One such word
    is enough where nothing of ours is named; beside an everyday trigger or a food ('stretch
    limo hire', 'spinach and ricotta cannelloni'), two. A turn in a conversation of ours
    is never from elsewhere by its words alone."""
    if in_context or turn.symptoms or turn.own_body or turn.health_cue or turn.ours:
        return False
    return len(turn.unknown) >= (2 if turn.entities else 1)


def _opens_with(turn: Turn, intent: Intent) -> bool:
    """'thanks, will ring the gp', 'cheers mate, that helped': the message opens with one of
    the intent's examples, or closes with one ("ha, fat chance. thanks anyway")."""
    return any(turn.opening[:len(example)] == example or turn.closing[:len(example)] == example
               for example in intent.examples)


_EVERY = frozenset({"each", "both"})


def _last_again(state: State, person: Person) -> Decision:
    """The last question answered again, with what it was about, for ``person``."""
    return Decision("answer", state.intent, FOLLOW_UP_CONFIDENCE,
                    MappingProxyType(dict(state.entities)), person)


def _counted(kinds: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Each kind once, in the order first named, with how many times it is named."""
    return tuple((kind, kinds.count(kind)) for kind in dict.fromkeys(kinds))


def _newest_first(now: Sequence[str], before: Sequence[str]) -> tuple[str, ...]:
    """Several of a kind named: the ones new to the conversation come first."""
    if len(now) < 2:  # the usual case, asked of every candidate: nothing to order
        return tuple(now)
    return tuple(sorted(now, key=lambda entity_id: entity_id in before))


def _merge_person(before: Person, now: Person) -> Person:
    """Who the conversation is about: the turn's sex and age over the ones before; a
    person of the other sex ("and for my husband?" after a 75 year old woman) is someone
    else, whose age was not said."""
    if now.sex and before.sex and now.sex != before.sex:
        return now
    return before._replace(sex=now.sex or before.sex,
                           age=now.age if now.age is not None else before.age)


def remember(state: State, decision: Decision,
             about: Sequence[tuple[str, str]] = ()) -> State:
    """The state after a decision: new entities replace old ones of the same kind, and
    what the answer named besides (``about``) is remembered where the question named
    nothing of that kind: after 'are pumpkin seeds any good?' the answer named
    magnesium, so 'what else has it' asks about magnesium."""
    if decision.outcome == "out_of_scope":
        return state._replace(pending=None)
    listed = tuple(entity_id for kind, entity_id in about if kind == LISTED)
    about = [(kind, entity_id) for kind, entity_id in about if kind != LISTED]
    decision = _with_about(decision, about)
    entities = dict(state.entities)
    entities.update(decision.entities)
    pending = ((decision.intent, decision.missing)
               if decision.outcome == "ask_slot" and decision.intent is not None else None)
    intent = decision.intent if decision.outcome == "answer" else state.intent
    told = state.told
    if decision.outcome == "answer" and decision.intent:
        told += tuple((decision.intent, ids[0]) for ids in decision.entities.values() if ids)
    if decision.outcome != "answer":
        listed = state.listed  # an answer that lists no foods leaves "those" pointing nowhere
    return State(intent, MappingProxyType(entities), decision.person, pending, told[-20:],
                 listed, state.signs, state.signs_theirs, places=state.places,
                 person_theirs=state.person_theirs, on_someone_else=state.on_someone_else,
                 unit=state.unit, medicine_taken=state.medicine_taken,
                 medicine_changed=state.medicine_changed)


def _with_about(decision: Decision, about: Sequence[tuple[str, str]]) -> Decision:
    """The decision with what its answer named, of the kinds the question left unnamed."""
    named: dict[str, tuple[str, ...]] = {}
    for kind, entity_id in about:
        if not decision.entities.get(kind):
            named[kind] = (*named.get(kind, ()), entity_id)
    if not named:
        return decision
    return decision._replace(entities=MappingProxyType({**decision.entities, **named}))
