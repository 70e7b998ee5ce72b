"""Intent definitions, the lexicon and the safety rules, read from intents/*.yaml.

The format follows Rasa's training data (``intent:`` with an ``examples: |``
block of ``- `` lines) so chatbot authors feel at home. Examples name entities
by slot, ``what foods have {nutrient}``, so one example serves every nutrient.
Templates are checked against the answer fields later, by
:func:`assistant.answers.check_templates`, which knows what fields exist.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from .data import DataError, Record, did_you_mean, item_line, load_yaml, yaml_files
from .records import NamedTuple
from .text import Normalizer

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from pathlib import Path

    from .userdirs import StrPath

# Slot kinds an example may name, and the knowledge entity kind each one takes.
SLOT_KINDS: Mapping[str, str] = MappingProxyType({
    "nutrient": "nutrient", "food": "food", "trigger": "trigger", "factor": "factor",
    "diet": "diet",
})
_SLOT = r"\{([^{}]*)\}"  # compiled by re when the data is built, which a start does not do
PRESCRIBING = "prescribing"  # the medicines class whose names say "prescribed me"
# the medicines class whose names count only when asked about as the cause: painkillers
# bought over the counter are told of in passing far more often than they cause a twitch
SUSPECTED_ONLY = "suspected_only"
# Ids the code names, checked at load so that renaming one in the data is an error with
# its file and line rather than a silent change of behaviour.
WORRY = "worry"  # a worry alone ("is that bad?") asks for the care answer, not the last one
OVERDOSE = "overdose"  # too much of a medicine taken: no medicine's frame hides it
# sudden weakness or numbness is urgent
NAMED_SIGNS = ("weakness", "numbness", "spreading", WORRY, OVERDOSE)
PREGNANCY = "pregnancy"  # the asker's own pregnancy, or breastfeeding: an adult's sign counts
NAMED_AUDIENCES = ("children", PREGNANCY)  # an age under 18; a pregnancy is the asker's
ANIMALS = "animals"  # an animal says nothing: "he said..." after one is a person
# Safety word classes the code reads: a twitch word beside a body part ("body popping")
TWITCH_VERB = "twitch_verb"
RESTLESS = "restless"
# ... and weight lost, unless an aim to lose it explains it ("keto to lose weight")
BODY_WEIGHT, WITHOUT_TRYING = "body_weight", "without_trying"
ASKED_ALONE_WITH = "asked_alone_with"  # beside an illness asked as a clause of its own
DRIBBLING = "dribbling"  # a drink that dribbles went through a mouth: no thing's sign
UNEVEN = "uneven"  # a face's shape, which may be how it has always been ("always lopsided")
NAMED_SAFETY_CLASSES = (TWITCH_VERB, RESTLESS, BODY_WEIGHT, WITHOUT_TRYING, ASKED_ALONE_WITH,
                        DRIBBLING, UNEVEN)
# care, decline and small-talk answers, the general supplement answer beside a form or
# brand the sources do not cover, and what helps ("what else can i do")
HELP, RELIEF, SEEK_CARE, FOODS = "help", "relief", "seek_care", "helpful_foods"
NAMED_INTENTS = (SEEK_CARE, "out_of_scope", HELP, "nutrient_supplements", RELIEF, FOODS)


# Answer fields that list foods: a turn that only rules a food out follows up on these.
FOOD_LIST_FIELDS = frozenset({"foods", "foods_for_diet", "shared_foods"})
# The lexicon table of what a turn naming only a person asks about the subject discussed.
FOR_A_PERSON = "for_a_person"
HOW_MUCH = "how_much_about"
ROLE_FIELD = "role"
AMOUNT_FIELDS = frozenset({"intake", "intake_if_told", "intake_if_named", "members_intake",
                           "upper_limit", "amount_judged"})


class Template(NamedTuple):
    """An answer template with its fields found and its place in the file, so a field
    that does not exist is reported as file:line when the data is loaded, not later."""

    text: str
    fields: tuple[tuple[str, str], ...]
    file: str  # the data file, as text: a Path in the compiled cache makes starts import pathlib
    line: int


class Intent(NamedTuple):
    """One thing people ask, how they ask it, and how it is answered.

    ``slots`` are required entity kinds (repeated for two of a kind);
    ``default`` names the kind of entity whose bare mention the intent answers
    ("magnesium?" -> what magnesium does; "i'm vegan" -> asks which nutrient);
    ``more`` names the lexicon table that "tell me more" or "why?" follows;
    ``whole`` intents are matched on the whole message only (greetings), and
    ``max_words`` (when not 0) only on messages that short;
    a ``rejects`` intent marks near misses that must be answered as out of scope.
    """

    name: str
    slots: tuple[str, ...]
    optional_slots: tuple[str, ...]
    examples: tuple[tuple[str, ...], ...]
    answers: tuple[Template, ...]
    reminder: bool
    whole: bool
    rejects: bool
    default: str
    more: str
    max_words: int
    file: str
    line: int
    ask_as: str = ""  # as a clarifying question offers it: "which foods have {nutrient}"
    fallback: bool = False  # answers a story about one's own twitch that matches nothing
    # Whole messages that are this intent however little they match its examples: "ok",
    # "alright" acknowledge an answer (normalised words, joined by spaces).
    alone: frozenset[str] = frozenset()
    # The intent a follow-up that names one subject asks of it: "what about potassium" after
    # the foods that help twitching asks for potassium's foods.
    narrows_to: str = ""
    # Asked beside a sign that calls for the care answer alone (not an urgent one), it is
    # still answered, after the care advice: "my leg gives way on the stairs, how much
    # potassium do I need?" asks what the sources say.
    after_care: bool = False
    # Answers whether a nutrient named beside such a sign is the cause ("Twitching and
    # Numb Toes - Low B12?", "is it a b12 thing?"), whatever else matched best.
    answers_cause: bool = False
    # Asked whether it is normal ("Calf twitched after parkrun, normal?"), the answer opens
    # with the outlook of twitching (lexicon word class asks_if_normal).
    reassures: bool = False
    # How many things of its slot, named together, get an answer each (as many as fit in
    # a short answer): a story that tells coffee, little sleep and cigarettes and asks
    # which it is hears of each. Two unless the data says more.
    each_named: int = 2

    def takes(self, kind: str) -> bool:
        """Whether a follow-up naming this kind can carry the intent on ('and calcium?')."""
        return kind in self.slots or kind in self.optional_slots

    @property
    def lists_foods(self) -> bool:
        """Whether the answer is a food list, which a food ruled out ('no nuts') narrows."""
        return any(name in FOOD_LIST_FIELDS for t in self.answers for _, name in t.fields)

    @property
    def judges_amounts(self) -> bool:
        """Whether an answer can judge an amount the question states ('is 600 IU a lot')."""
        return any(name == "amount_judged" for t in self.answers for _, name in t.fields)

    @property
    def gives_amounts(self) -> bool:
        """Whether the answer states amounts, which 'in micrograms?' asks for again."""
        return any(name in AMOUNT_FIELDS for t in self.answers for _, name in t.fields)

    @property
    def explains_role(self) -> bool:
        """Whether the answer says what a nutrient does ('what does B12 do for nerves')."""
        return any(name == ROLE_FIELD for t in self.answers for _, name in t.fields)

    @property
    def chat(self) -> bool:
        """Small talk and conversation moves (greetings, help, 'tell me more'): never the
        answer to a question that names a nutrient or speaks of twitching."""
        return bool(self.whole or self.max_words or self.more)


# The word classes the reading's grammar names (lexicon.word_classes): each must be defined,
# and no other, so a class renamed in the data is an error at load, not a silent change.
WORD_CLASSES = frozenset({
    "first_person", "someone", "others", "negations", "asking_any", "inability", "too_little",
    "pointing", "points_back", "refers_back", "object_of", "helping", "raising", "other_than",
    "or_not", "every", "subject_verbs", "for_someone", "not_lasting", "ordinal_endings",
    "plans_ahead", "plans_undone_by", "dates_ahead", "left_from", "dose_words", "kin",
    "illness_had", "came_after", "does_it_too", "telling_pointers",
    "not_places", "body_in_names", "generic_places", "relations", "asker", "spread_cues",
    "not_parts_after", "parts_of_other_senses", "other_senses_after",
    "relation_suffixes", "child_words", "approximately", "before_a_date", "position_units",
    "replacing", "amount_units", "duration_fillers", "elapsed", "since", "a_year_back",
    "a_year_back_after", "illness_weighed", "asker_a_man", "diet_told",
    "own_possessives", "both_alone", "own_age_before", "owned_events", "reporting",
    "negation_stops", "how_often", "listing", "hedges", "part_list_joins", "ago", "say_again",
    "same", "joined_by", "causing", "lacking", "a_cause_of_it", "except_fillers", "fearing",
    "span_joins", "span_shared", "not_medicine_kinds", "denied_part_before",
    "signs_had", "signs_counted", "no_signs_had", "no_signs_counted",
    "not_signs", "ongoing", "in_vain", "food_sign_joins", "sign_part_joins", "kinds_asked_for",
    "drinks_of_signs", "things_of_signs", "not_describers", "of_the_thing_after",
    "dated_fillers", "blaming", "worsened", "cramp_words", "muscle_words", "denied_after",
    "postures", "beyond_a_posture", "told_back", "pointed_back", "passing_causes",
    "likened_to", "cause_supposed", "came_on_suddenly",
    "side_of_a_body",
    "of_an_audience", "in_company_of", "asked_of_people",
    "passed", "explained_after", "weight_loss_aims", "set_aside_after", "settled",
    "settled_scare",
    "settled_before", "settled_before_if_over", "over_now", "not_entities", "coordinators",
    "drinking_too_little", "scare", "unsettled", "dreaded", "part_modifiers", "pausing",
    "clause_openers", "relative_openers", "pointing_articles", "put_aside", "turn_openers",
    "turns_new", "appraisals", "purpose_ends", "changes_subject", "beside_it", "medicine_for",
    "times_of_day", "asks_how_much", "long_past", "sizes", "time_openers", "was_once",
    "settled_in", "aged_by", "back_again", "recovered", "gone_for_good", "life_long_ago",
    "at_an_age_back", "them", "set_aside_before", "not_audiences", "hoped_for_babies", "answers_no",
    "offspring", "contrasts",
    "dated_on", "have_aux", "after_have_aux", "question_joins", "asked_side_by_side",
    "things_asked", "possessives", "clause_starts", "asks_of_someone", "askers_after",
    "not_a_span", "ahead_of_today", "span_start_days", "drinking_verbs", "story_links",
    "headline_turns",
    "twitch_own_span",
    "short_span_opens", "offers_a_cause", "telling", "points_in_time", "ended",
    "grown_and_gone", "counted_for_else", "asks_care", "fine", "fine_after_copula",
    "fine_again", "asks_care_alone", "said_to_cause", "month_before", "no_twitch_before",
    "doses_asked", "per_day", "times_of_day_regions", "asked_of_a_nutrient", "pill_words",
    "care_alone_fillers", "copulas", "have", "stopping", "dating_back", "doing", "hours",
    "number_joins", "eating", "taking", "date_narrowers", "own_doings", "own_headline_ends",
    "within_the_year", "times_within", "passing_hoped", "checked_by", "cleared_by", "not_over",
    "own_faculties", "faculty_owners",
    "duration_hedges", "twitch_links", "headline_twitches", "putting_right", "correcting",
    "animal_parts", "life_stages", "level_tests",
    "level_words", "level_questions", "ages_compared", "identity_before",
    "instead_after", "choice_joins", "identity_after", "relative_sayings", "stage_times",
    "bought_forms", "site_names",
    "subject_pronouns", "nutrient_kinds", "other_nutrients", "one_span_before",
    "approximate_so_after", "asker_named", "found_in", "list_fillers", "their_possessives",
    "comparing", "foods_asked", "frames_of_requests", "frames_of_things", "anyone_named",
    "leaving_out", "likening", "awaiting", "well_before", "well_after", "laughed_off",
    "frame_denials", "besides", "feared_organs", "swallowed_by", "period_articles",
    "length_openers", "span_itself", "explaining_links", "reasons_of_the_world",
    "twitch_aside", "aside_pointing", "suspecting",
    "recent_days", "began", "noticed_late", "asks_if_normal", "outdoing", "outdoing_fillers",
    "sides",
    "side_ones", "side_owners", "locating", "place_joins", "side_of_a_part", "went_while_posed",
    "always_so", "so_since", "what_to_do",
    "complaints", "complaints_before",
    "doing_verbs",
    "chore_owners", "conjunction_question_words", "lead_ins", "clause_subjects", "age_openers",
    "leans_on_context", "reason_links", "weekdays", "age_words", "told_after_not",
    "dated_things", "embedding_verbs", "asked_of", "embedding_after_to", "given_up",
    "else_asked", "subject_openers", "relative_followers", "how_often_before",
    "twitch_sign_joins", "twitch_sign_had", "twitch_age_units", "twitch_place_links",
    "lasting_when_denied",
    "ceasing", "eating_asked", "eating_asked_after", "time_ties", "sex_joins", "too_little_of",
    "given_to",
})


class Ages(NamedTuple):
    """How people say an age (lexicon.ages; see the comments there)."""

    before: tuple[tuple[str, ...], ...]
    not_after: frozenset[str]
    units: frozenset[str]
    rates: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    bare_after: frozenset[str]
    durations: frozenset[str]
    own_after: frozenset[str]
    joiners: frozenset[str]
    over: frozenset[str]
    past: frozenset[str]
    at: frozenset[str]
    clock_free_from: int
    sex_letters: Mapping[str, str]
    pair_joiners: frozenset[str]
    adult: int
    articles: frozenset[str]
    old_after: tuple[tuple[str, ...], ...] = ()  # ages whatever comes before them


class Lexicon(NamedTuple):
    """The words of the domain kept as data, so wording can be tuned without code."""

    rewrite: Mapping[str, str]
    never_entities: frozenset[str]
    outside_topics: tuple[str, ...]
    outside_conditions: tuple[str, ...]
    frames: Mapping[str, tuple[str, ...]]
    health_cues: tuple[str, ...]
    filler: frozenset[str]
    pronouns: frozenset[str]
    follow_up_starts: tuple[str, ...]
    question_starts: frozenset[str]
    question_words: frozenset[str]
    symptom_words: frozenset[str]
    exclusion_cues: tuple[str, ...]
    domain: frozenset[str]
    sexes: Mapping[str, frozenset[str]]
    ask_for: Mapping[str, str]
    continuations: Mapping[str, Mapping[str, tuple[str, ...]]]
    word_classes: Mapping[str, frozenset[str]]  # normalised words and phrases, by class
    number_words: frozenset[str]
    stem_endings: tuple[str, ...]
    short_root_endings: tuple[str, ...]  # cut from a root of three letters too ("eating")
    # written with a mark that normalising would make a space ("w/o", "24/7"): the text
    # they are rewritten to, before words are split
    shorthands: Mapping[str, str]
    quantities: Mapping[str, float]
    small_numbers: Mapping[str, int]
    ages: Ages
    ordinals: Mapping[tuple[str, ...], int]
    # Supplement forms and brands the sources never name ('glycinate', 'Nature Made'): a
    # question about one is told so, not answered as if the sources compared them.
    supplement_products: tuple[str, ...] = ()
    # Frames that hold even beside twitching or our domain's words: "translate 'muscle
    # cramp' into Spanish" asks about the words, not the body.
    frames_over_domain: frozenset[str] = frozenset()
    frames_over_nutrients: frozenset[str] = frozenset()
    frames_under_nutrients: frozenset[str] = frozenset()
    # nutrients the sources do not cover, which are outside_topics too: beside one of ours,
    # ours is answered and the others said to be outside
    outside_nutrients: tuple[str, ...] = ()

    def words(self, word_class: str) -> frozenset[str]:
        """The words (or normalised phrases) of one of :data:`WORD_CLASSES`."""
        return self.word_classes[word_class]


class SignRule(NamedTuple):
    """A red flag: the phrases that reveal it, and whether it calls for emergency care."""

    id: str
    phrases: tuple[str, ...]
    urgent: bool
    personal: bool
    first_person: bool
    about_twitching: bool
    soft: bool
    deniable: bool
    with_conditions: bool  # the lexicon's outside_conditions are phrases of this sign too
    vague: bool  # its care advice leads only when no more specific sign was shown
    kept: bool = True  # once raised, a conversation's later answers keep leading with it
    # phrases that, in the sign's clause, make it the asker's own: a fear weighed against
    # another cause ("Parkinson's or just too much tea?"), or how one would know it
    weighed: tuple[str, ...] = ()
    # said of the body: the sign counts only beside a twitch or a body part, or as the asker
    # feels ("i feel weak"): "weak euro this week", "cookies spreading in the oven" say none
    bodily: bool = False
    # a worry of the body whatever other sense the question's words have: beside it, a
    # frame that gives way to our words gives way ("are twitchers more likely to have ALS")
    unframed: bool = False
    # though vague, its care advice leads, before who advises them, for a child or a
    # pregnancy: "my toddler keeps twitching and has a fever"
    leads_for_audiences: bool = False
    # said as someone else's ("my dad was diagnosed with Parkinson's"), in a question about
    # a nutrient with no twitch and no worry told, it is their story, not the asker's fear
    theirs_beside_a_nutrient: bool = False
    # words that, in a clause with nothing of the asker's, make one of compared_terms a
    # term compared with a twitch, not a symptom had: "what's the difference between a
    # twitch and a tremor" (but not "...between eye twitching and blurred vision")
    compared: frozenset[str] = frozenset()
    compared_terms: frozenset[str] = frozenset()
    # phrases of which one must be said too, undenied, for the sign to be shown: being
    # sick beside a knock to the head
    together_with: tuple[str, ...] = ()
    # The symptom a word of the sign's phrase names, as the care advice says it back
    # ("blurry": "changes in your vision"), so the asker hears that what they told is
    # what the advice is about: (word, name) pairs.
    names: tuple[tuple[str, str], ...] = ()
    # things a size said in the sign's clause may make the sign's words about: "can't
    # swallow big calcium tablets" is the tablets' size, not a throat's
    said_of: frozenset[str] = frozenset()
    # hard exercise that, told in the sign's clause, is what spent the body: "sprinting till
    # I'm out of breath", "after ten lengths I'm completely out of breath"; only for the
    # sign's phrases that open with one of spent_signs (not "can't breathe", "lips blue")
    spent_by: frozenset[str] = frozenset()
    spent_signs: frozenset[str] = frozenset()
    # ... or of which one said anywhere in the question, before or long after it: a blood
    # thinner beside a knock to the head
    together_anywhere: tuple[str, ...] = ()
    # phrases that, in the sign's clause, tell it settled ("I know it's not ALS, my EMG was
    # clear", "my neuro ruled out MS"), unless one of unsettled_by keeps it open ("not sure
    # it's not ALS"): told only so, outside what is asked, its care advice leads an answer
    # to what else is clearly asked ("... but what helps it calm down?") instead of
    # standing alone
    settled_by: tuple[str, ...] = ()
    unsettled_by: tuple[str, ...] = ()
    # a sign that is itself a fear looked into and settled ("EMG clear"): beside it alone,
    # what is asked is the question, after the sign's sentence of advice
    leaves_room: bool = False
    # words that, just after one of the sign's phrases, make it the name of something else:
    # "a Parkinson's drama", "an ALS research grant", "an MND charity run"
    named_for: frozenset[str] = frozenset()
    # said as someone else's ("I look after my husband, who has Parkinson's") beside the
    # asker's own twitch, with no worry told and none of these words tying the twitch to it
    # ("and now", "runs in families", "like his"), it is their story, not the asker's fear
    theirs_unless: tuple[str, ...] = ()
    # told checked by a professional and cleared, with nothing since, it is the story's
    # background: a faint, over once told ("passed out ... Paramedics did an ECG, all
    # normal"); any other sign of the body only once told passed too ("my hands went numb,
    # paramedics checked me ... all fine since"), as a grip still weak is not
    episode: bool = False
    # a sign no way of sitting or lying brings on, so a posture told beside it and passed
    # since explains nothing ("choked on water twice ... I put the twitch down to a new
    # pillow"), as it does a limb gone dead ("slept on my arm, fine in a minute")
    not_from_a_posture: bool = False
    # its phrases tell of a medicine and may be said within its name ("Swap Prescribed
    # Magnesium For Pumpkin Seeds?"), where another sign's words name the medicine instead
    of_a_medicine: bool = False


class Safety(NamedTuple):
    """The warning signs and their phrasing as data, reviewable in one file, because
    missing a sign is the costliest mistake the assistant can make."""

    file: str
    line: int
    signs: tuple[SignRule, ...]
    places_soft: bool
    duration_soft: bool
    sudden: tuple[str, ...]
    duration_min_days: int
    duration_units: Mapping[str, int]
    duration_phrases: tuple[str, ...]
    dates: Mapping[str, tuple[int, int]]  # normalised name -> (month, day)
    span_only_dates: Mapping[str, tuple[int, int]]
    span_starts: tuple[str, ...]
    day_of_month: Mapping[str, int]  # "mid", "late", "end": the day of a month they name
    illness_sign: str  # the sign an illness we do not cover reads as, named as the cause
    illness_frames: tuple[str, ...]  # "could it be", "a symptom of": what names a cause
    illnesses: tuple[str, ...]  # illnesses our sources do not cover, by name
    illness_endings: tuple[str, ...]  # "-pathy", "-itis": a word from elsewhere that is one
    audiences: Mapping[str, tuple[str, ...]]
    body_regions: Mapping[str, str]  # body part -> region
    word_classes: Mapping[str, tuple[str, ...]]  # the forms of one idea, by class


class Medicines(NamedTuple):
    """Medicines as people name them (intents/medicines.yaml; see the comments there)."""

    sign: str
    trigger: str
    names: Mapping[str, str]  # normalised name -> class
    generic: tuple[str, ...]
    generic_treating_only: tuple[str, ...]  # "a bp tablet"; not "my tablet", a device
    generic_stand_ins: tuple[str, ...]  # "tablets ... started three new ones"
    devices: tuple[str, ...]  # "a new tablet (the iPad kind)": a device spoken of
    side_effects: tuple[str, ...]  # "Eliquis and twitching, side effect?": a medicine's
    given_by: tuple[str, ...]  # "the course the dentist gave me": who gave it, just after
    sold_by: tuple[str, ...]  # "a tablet from the chemist": a medicine, unless a nutrient's
    owned_by: tuple[str, ...]
    counted_by: tuple[str, ...]  # "on nine different pills": words of how many, before them
    owned_after: tuple[str, ...]
    not_taken: tuple[str, ...]
    stopping: tuple[str, ...]
    still_using: tuple[str, ...]  # "been using mine loads": the one discussed, still taken
    prescribing: str  # the class whose names mean "prescribed me", unless a nutrient follows
    not_prescribed: tuple[str, ...]  # "has me on plain water", "put me on a health kick"
    suspected_only: str  # the class whose names count only beside suspected_by
    suspected_by: tuple[str, ...]  # "could the paracetamol be why", "does ibuprofen cause"
    suspecting_it: tuple[str, ...]  # "could it be the new tablets": of an unnamed twitch
    suspect_fillers: tuple[str, ...]  # "could it be [my new] tablets"
    suspected_of_it: tuple[str, ...]  # "are my meds doing this", just after the name
    weighed_against: tuple[str, ...]  # "magnesium, or my new antidepressant?": the other cause
    asks_if_it_matters: tuple[str, ...]  # "does that change anything?", anywhere
    changes: tuple[str, ...]  # "increased", "started": a change told is told of the twitch
    treating: tuple[str, ...]  # "allergy tablets", "reflux pills": what a generic word treats
    past_use: tuple[str, ...]  # "came off", "took": with long_ago, a medicine of the past
    long_ago: tuple[str, ...]  # "years ago", "when i was"
    taken_for_years: tuple[str, ...]  # "for years": with unchanged, a medicine long settled
    unchanged: tuple[str, ...]  # "same dose", "nothing new"
    unchanged_unless: tuple[str, ...]  # "can they cause it?": suspected after all
    file: str
    line: int

    @property
    def named_anywhere(self) -> list[str]:
        """The names that count wherever they are said, so are the trigger's aliases and
        words of ours: all but suspected_only's ("max ibuprofen dose" stays a question
        from elsewhere)."""
        return [name for name, kind in self.names.items() if kind != self.suspected_only]


class IntentSet(NamedTuple):
    """Everything read from the intents files, loaded and checked together because
    the intents' examples need the lexicon and the safety rules refer to both."""

    intents: Mapping[str, Intent]
    lexicon: Lexicon
    safety: Safety
    normalizer: Normalizer
    medicines: Medicines


def load_intents(directories: Sequence[StrPath]) -> IntentSet:
    """Read and check every intents file; the lexicon is read first, as examples need it."""
    files = [path for directory in directories for path in yaml_files(directory)]
    contents = [(path, load_yaml(path) or {}) for path in files]
    lexicon = safety = medicines = None
    lexicon_record: Record | None = None
    for path, content in contents:
        top = Record(path, content, "", 1)
        for section in top.mapping:
            if section not in ("intents", "lexicon", "safety", "medicines"):
                raise top.error(section, f"unknown section '{section}'; expected intents, "
                                         "lexicon, safety or medicines")
        if "medicines" in top.mapping:
            if medicines is not None:
                raise top.error("medicines", "the medicines are defined twice")
            medicines = _medicines(top.record("medicines"))
        if "lexicon" in top.mapping:
            if lexicon is not None:
                raise top.error("lexicon", "the lexicon is defined twice")
            lexicon_record = top.record("lexicon")
            assert lexicon_record is not None
            lexicon = _lexicon(lexicon_record)
        if "safety" in top.mapping:
            if safety is not None:
                raise top.error("safety", "the safety rules are defined twice")
            safety = _safety(top.record("safety"))
    where = ", ".join(str(d) for d in directories)
    if lexicon is None:
        raise DataError(where, None, "no file defines the 'lexicon' section")
    if safety is None:
        raise DataError(where, None, "no file defines the 'safety' section")
    if medicines is None:
        raise DataError(where, None, "no file defines the 'medicines' section")
    _check_sign(medicines, safety)
    assert lexicon_record is not None  # read with the lexicon
    _check_regions(lexicon_record, lexicon, safety)
    _check_named(safety, "signs", NAMED_SIGNS, [rule.id for rule in safety.signs])
    _check_named(safety, "audiences", (*NAMED_AUDIENCES, ANIMALS), list(safety.audiences))
    _check_named(safety, "word_classes", NAMED_SAFETY_CLASSES, list(safety.word_classes))
    normalizer = Normalizer(lexicon.rewrite, lexicon.number_words, lexicon.stem_endings,
                            lexicon.short_root_endings, lexicon.shorthands)
    intents: dict[str, Intent] = {}
    example_owner: dict[tuple[str, ...], tuple[str, Path, int]] = {}
    narrowing: list[tuple[Record, Intent]] = []
    for path, content in contents:
        top = Record(path, content, "", 1)
        for record in top.records("intents"):
            intent = _intent(record, normalizer, example_owner)
            if intent.narrows_to:
                narrowing.append((record, intent))
            if intent.name in intents:
                first = intents[intent.name]
                raise record.error("intent", f"intent '{intent.name}' is defined twice (first "
                                             f"at {os.path.basename(first.file)}:{first.line})")
            intents[intent.name] = intent
    if not intents:
        raise DataError(where, None, "no intents defined")
    for name in NAMED_INTENTS:
        if name not in intents:
            raise DataError(files[0].parent, None, f"no intent '{name}' defined (the engine "
                            f"answers with it){did_you_mean(name, intents)}")
    for record, intent in narrowing:
        if intent.narrows_to not in intents:
            raise record.error("narrows_to", f"no intent '{intent.narrows_to}' defined"
                                             f"{did_you_mean(intent.narrows_to, intents)}")
    _check_more_about(lexicon, intents, files)
    return IntentSet(MappingProxyType(intents), lexicon, safety, normalizer, medicines)


def _medicines(record: Record) -> Medicines:
    plain = Normalizer({})
    names: dict[str, str] = {}
    classes = record.record("classes")
    assert classes is not None
    for name in classes.mapping:
        for medicine in classes.texts(name):
            phrase = plain.phrase(medicine)
            if phrase in names:
                raise classes.error(name, f"'{medicine}' is already in class '{names[phrase]}'")
            names[phrase] = str(name)
    if PRESCRIBING not in classes.mapping:
        raise record.error("classes", f"missing class '{PRESCRIBING}' (names that mean a "
                                      "medicine was prescribed: 'put me on')")
    if SUSPECTED_ONLY not in classes.mapping:
        raise record.error("classes", f"missing class '{SUSPECTED_ONLY}' (names that count "
                                      "only when asked about as the cause: 'paracetamol')")
    medicines = Medicines(record.text("sign"), record.text("trigger"), MappingProxyType(names),
                          record.texts("generic"), record.texts("generic_treating_only"),
                          record.texts("generic_stand_ins"),
                          record.texts("devices"), record.texts("side_effects"),
                          record.texts("given_by"), record.texts("sold_by"),
                          record.texts("owned_by"), record.texts("counted_by"),
                          record.texts("owned_after"), record.texts("not_taken"),
                          record.texts("stopping"), record.texts("still_using"),
                          PRESCRIBING, record.texts("not_prescribed"), SUSPECTED_ONLY,
                          record.texts("suspected_by"), record.texts("suspecting_it"),
                          record.texts("suspect_fillers"), record.texts("suspected_of_it"),
                          record.texts("weighed_against"),
                          record.texts("asks_if_it_matters"),
                          record.texts("changes"),
                          record.texts("treating"), record.texts("past_use"),
                          record.texts("long_ago"), record.texts("taken_for_years"),
                          record.texts("unchanged"), record.texts("unchanged_unless"),
                          str(record.file),
                          record.line_of("sign"))
    record.finish()
    return medicines


def _check_named(safety: Safety, key: str, named: Sequence[str], defined: list[str]) -> None:
    for name in named:
        if name not in defined:
            raise DataError(safety.file, safety.line, f"safety.{key}: '{name}' is missing "
                            f"(the code reads it){did_you_mean(name, defined)}")


def _check_regions(record: Record, lexicon: Lexicon, safety: Safety) -> None:
    """The body regions the lexicon names must be safety.body_regions' own: a region renamed
    there would silently stop matching here."""
    regions = sorted(set(safety.body_regions.values()))
    classes = record.record("word_classes")
    assert classes is not None  # read with the lexicon
    for region in sorted(lexicon.words("times_of_day_regions")):
        if region not in regions:
            raise classes.error("times_of_day_regions", f"unknown body region '{region}'"
                               f"{did_you_mean(region, regions)}; expected one of: "
                               f"{', '.join(regions)}")


def _check_sign(medicines: Medicines, safety: Safety) -> None:
    signs = [rule.id for rule in safety.signs]
    if medicines.sign not in signs:
        raise DataError(medicines.file, medicines.line, f"medicines.sign: unknown sign "
                        f"'{medicines.sign}'{did_you_mean(medicines.sign, signs)}")


def _check_more_about(lexicon: Lexicon, intents: Mapping[str, Intent], files: list[Path]) -> None:
    lexicon_file = next((f for f in files if f.stem == "lexicon"), files[0])
    for table, kinds in lexicon.continuations.items():
        for kind, names in kinds.items():
            for name in names:
                if name not in intents:
                    raise DataError(lexicon_file, None, f"lexicon.{table}.{kind}: unknown "
                                    f"intent '{name}'{did_you_mean(name, intents)}")
    for intent in intents.values():
        if intent.more and intent.more not in lexicon.continuations:
            raise DataError(intent.file, intent.line, f"{intent.name}.more: unknown table "
                            f"'{intent.more}'; expected one of: "
                            f"{', '.join(lexicon.continuations)}")


def _intent(record: Record, normalizer: Normalizer,
            owner: dict[tuple[str, ...], tuple[str, Path, int]]) -> Intent:
    name = record.text("intent")
    record.where = name
    slots = _slot_list(record, "slots")
    optional = _slot_list(record, "optional_slots")
    block = record.required("examples", str)
    first_line = record.line_of("examples") + 1
    examples = []
    for offset, raw in enumerate(block.split("\n")):
        line = first_line + offset
        text = raw.strip()
        if not text:
            continue
        if not text.startswith("- "):
            raise DataError(record.file, line, f"{name}.examples: each example is a line "
                                               f"starting with '- ', got '{text}'")
        words = _example_words(text[2:], normalizer, record, line, slots + optional)
        if words in owner and owner[words][0] != name:
            other, file, other_line = owner[words]
            raise DataError(record.file, line, f"{name}.examples: '{text[2:]}' is also an "
                                               f"example of '{other}' ({file.name}:{other_line})")
        owner[words] = (name, record.file, line)
        examples.append(words)
    if not examples:
        raise record.error("examples", "give at least one example")
    answers = []
    for index, text in enumerate(record.texts("answers")):
        line = getattr(record.mapping.get("answers"), "item_lines", [record.line])[index]
        fields = tuple(_template_field(match, record, line) for match in re.findall(_SLOT, text))
        answers.append(Template(text, fields, str(record.file), line))
    if not answers:
        raise record.error("answers", "give at least one answer template")
    intent = Intent(name, slots, optional, tuple(examples), tuple(answers),
                    record.optional("reminder", bool, False), record.optional("whole", bool, False),
                    record.optional("rejects", bool, False),
                    record.text("default", required=False), record.text("more", required=False),
                    record.optional("max_words", int, 0), str(record.file), record.line,
                    record.text("ask_as", required=False),
                    record.optional("fallback", bool, False),
                    frozenset(normalizer.phrase(text) for text in record.texts("alone")),
                    record.text("narrows_to", required=False),
                    record.optional("after_care", bool, False),
                    record.optional("answers_cause", bool, False),
                    record.optional("reassures", bool, False),
                    record.optional("each_named", int, 2))
    if intent.each_named < 1:
        raise record.error("each_named", f"expected a whole number of 1 or more, got "
                                         f"{intent.each_named}")
    if not intent.ask_as and not (intent.chat or intent.rejects):
        raise record.error("ask_as", "missing: how a clarifying question offers this intent, "
                                     "e.g. \"which foods have {nutrient}\"")
    for slot in re.findall(_SLOT, intent.ask_as):
        if slot not in intent.slots:
            raise record.error("ask_as", f"'{{{slot}}}' is not one of the intent's slots "
                                         f"({', '.join(intent.slots) or 'none'})")
    if intent.default and intent.default not in intent.slots:
        raise record.error("default", f"'{intent.default}' is not one of the intent's slots")
    record.finish()
    return intent


def _slot_list(record: Record, key: str) -> tuple[str, ...]:
    slots = record.texts(key)
    for slot in slots:
        if slot not in SLOT_KINDS:
            raise record.error(key, f"unknown slot '{slot}'{did_you_mean(slot, SLOT_KINDS)}; "
                                    f"expected one of: {', '.join(SLOT_KINDS)}")
    return slots


def _example_words(text: str, normalizer: Normalizer, record: Record, line: int,
                   declared: tuple[str, ...]) -> tuple[str, ...]:
    """Normalise an example's words, keeping '{slot}' placeholders as single tokens."""
    words: list[str] = []
    for index, piece in enumerate(re.split(_SLOT, text)):
        if index % 2 == 0:
            words.extend(normalizer.words(piece))
            continue
        if piece not in SLOT_KINDS:
            raise DataError(record.file, line, f"{record.where}.examples: unknown slot "
                            f"'{{{piece}}}'{did_you_mean(piece, SLOT_KINDS)}")
        if piece not in declared:
            raise DataError(record.file, line, f"{record.where}.examples: slot '{{{piece}}}' is "
                            "not listed in the intent's slots")
        words.append("{" + piece + "}")
    return tuple(words)


def _template_field(match: str, record: Record, line: int) -> tuple[str, str]:
    namespace, dot, field = match.partition(".")
    if not dot or not namespace.isidentifier() or not field.isidentifier():
        raise DataError(record.file, line, f"{record.where}.answers: '{{{match}}}' is not a "
                                           "field; write {namespace.field}, e.g. {nutrient.role}")
    return namespace, field


def _shorthands(record: Record) -> Mapping[str, str]:
    """The lexicon's shorthands, each written with a mark no word has, or with letters and
    digits together ("b4", which the words are split at before a rewrite could see it), and
    rewritten to words."""
    shorthands = record.required("shorthands", dict)
    for key, value in shorthands.items():
        if not isinstance(value, str):
            raise record.error("shorthands", f"'{key}' must be rewritten to text")
        if str(key).isalpha() or str(key).isdigit() or str(key) != str(key).lower():
            raise record.error("shorthands", f"'{key}' must be lower case with a mark such as "
                                             "'/' or a digit in it; a plain word belongs in "
                                             "rewrite")
    return MappingProxyType({str(key): value for key, value in shorthands.items()})


def _lexicon(record: Record) -> Lexicon:
    rewrite = record.required("rewrite", dict)
    for key, value in rewrite.items():
        if not isinstance(value, str):
            raise record.error("rewrite", f"'{key}' must be rewritten to text")
    sexes = record.required("sexes", dict)
    ask_for = record.required("ask_for", dict)
    for kind in ask_for:
        if kind not in SLOT_KINDS:
            raise record.error("ask_for", f"unknown slot '{kind}'{did_you_mean(kind, SLOT_KINDS)}")
    plain = Normalizer({})
    for key in rewrite:
        if len(plain.words(str(key))) != 1:
            # a question is rewritten word by word, so a key of two words would match nothing
            raise record.error("rewrite", f"'{key}': a rewrite replaces one word, not a phrase")
    lexicon = Lexicon(
        rewrite=MappingProxyType({plain.phrase(k): v for k, v in rewrite.items()}),
        never_entities=frozenset(record.texts("never_entities")),
        outside_topics=record.texts("outside_topics") + record.texts("outside_nutrients"),
        outside_conditions=record.texts("outside_conditions"),
        frames=MappingProxyType({str(name): tuple(str(w) for w in words) for name, words
                                 in record.required("frames", dict).items()}),
        health_cues=record.texts("health_cues"),
        filler=frozenset(record.texts("filler")), pronouns=frozenset(record.texts("pronouns")),
        follow_up_starts=record.texts("follow_up_starts"),
        question_starts=frozenset(record.texts("question_starts")),
        question_words=frozenset(record.texts("question_words")),
        symptom_words=frozenset(record.texts("symptom_words")),
        exclusion_cues=record.texts("exclusion_cues"),
        domain=frozenset(record.texts("domain")),
        sexes=MappingProxyType({sex: frozenset(str(w) for w in words)
                                for sex, words in sexes.items()}),
        ask_for=MappingProxyType(dict(ask_for)),
        continuations=MappingProxyType({
            table: MappingProxyType({kind: tuple(str(i) for i in names)
                                     for kind, names in record.required(table, dict).items()})
            for table in ("more_about", "why_about", FOR_A_PERSON, HOW_MUCH)}),
        word_classes=_word_classes(record, plain),
        number_words=frozenset(record.texts("number_words")),
        stem_endings=record.texts("stem_endings"),
        short_root_endings=record.texts("short_root_endings"),
        shorthands=_shorthands(record),
        quantities=MappingProxyType({plain.phrase(str(k)): _number(record, "quantities", v)
                                     for k, v in record.required("quantities", dict).items()}),
        small_numbers=MappingProxyType({str(k): int(_number(record, "small_numbers", v))
                                        for k, v in record.required("small_numbers",
                                                                    dict).items()}),
        ages=_ages(record, plain),
        ordinals=MappingProxyType({tuple(plain.words(str(k))): int(_number(record, "ordinals", v))
                                   for k, v in record.required("ordinals", dict).items()}),
        supplement_products=record.texts("supplement_products"),
        frames_over_domain=frozenset(record.texts("frames_over_domain")),
        frames_over_nutrients=frozenset(record.texts("frames_over_nutrients")),
        frames_under_nutrients=frozenset(record.texts("frames_under_nutrients")),
        outside_nutrients=record.texts("outside_nutrients"),
    )
    for key in ("frames_over_domain", "frames_over_nutrients", "frames_under_nutrients"):
        for name in getattr(lexicon, key) - lexicon.frames.keys():
            raise record.error(key, f"unknown frame '{name}'{did_you_mean(name, lexicon.frames)}")
    if set(lexicon.sexes) != {"men", "women"}:
        raise record.error("sexes", "expected exactly the keys 'men' and 'women'")
    record.finish()
    return lexicon


def _word_classes(record: Record, plain: Normalizer) -> Mapping[str, frozenset[str]]:
    classes = record.required("word_classes", dict)
    for name in classes:
        if name not in WORD_CLASSES:
            raise record.error("word_classes", f"unknown word class '{name}'"
                               f"{did_you_mean(str(name), WORD_CLASSES)}")
    missing = sorted(WORD_CLASSES - set(classes))
    if missing:
        raise record.error("word_classes", f"missing word class '{missing[0]}'")
    sub = record.record("word_classes")
    assert sub is not None
    for name in classes:
        for index, word in enumerate(sub.texts(name)):
            # a brace would be read away by the normaliser and match the bare words instead
            if "{" in word or "}" in word:
                raise _phrase_error(sub, name, index,
                                    f"'{word}': the reading's word classes hold words and "
                                    "phrases, not patterns of other classes")
    return MappingProxyType({name: frozenset(plain.phrase(w) for w in sub.texts(name))
                             for name in classes})


def _ages(lexicon: Record, plain: Normalizer) -> Ages:
    record = lexicon.record("ages")
    assert record is not None
    letters = record.required("sex_letters", dict)
    for letter, sex in letters.items():
        if sex not in ("men", "women"):
            raise record.error("sex_letters", f"'{letter}': expected men or women, got '{sex}'")

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(plain.words(text)) for text in record.texts(key))

    def words(key: str) -> frozenset[str]:
        return frozenset(plain.phrase(text) for text in record.texts(key))

    old_after = phrases("old_after")
    ages = Ages(phrases("before"), words("not_after"), words("units"), phrases("rates"),
                old_after + phrases("after"),
                words("bare_after"), words("durations"), words("own_after"), words("joiners"),
                words("over"),
                words("past"), words("at"), record.required("clock_free_from", int),
                MappingProxyType({str(k): str(v) for k, v in letters.items()}),
                words("pair_joiners"), record.required("adult", int), words("articles"),
                old_after)
    record.finish()
    return ages


def _dates(record: Record, key: str) -> Mapping[str, tuple[int, int]]:
    """'october: 10-01' -> {'october': (10, 1)}, checked to be a real day of the year."""
    plain = Normalizer({})
    dates = {}
    for name, value in record.required(key, dict).items():
        month, _, day = str(value).partition("-")
        if not (month.isdigit() and day.isdigit() and 1 <= int(month) <= 12
                and 1 <= int(day) <= _DAYS_IN_MONTH[int(month) - 1]):
            raise record.error(key, f"'{name}': expected a month and day as MM-DD, "
                                    f"got '{value}'")
        dates[plain.phrase(str(name))] = (int(month), int(day))
    return MappingProxyType(dates)


def _days_of_month(record: Record, key: str) -> Mapping[str, int]:
    days = {}
    for word, day in record.optional(key, dict, {}).items():
        if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 28:
            raise record.error(key, f"'{word}': expected a day of the month from 1 to 28, "
                                    f"got '{day}'")
        days[str(word)] = day
    return MappingProxyType(days)


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _number(record: Record, key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise record.error(key, f"expected a number, got '{value}'")
    return float(value)


_CLASS_REFERENCE = r"\{([^{}]*)\}"  # compiled by re when the data is built, as _SLOT


def _phrase_classes(record: Record) -> Mapping[str, tuple[str, ...]]:
    """The safety file's own word classes: the forms of one idea ("hit", "hitting",
    "banged"), so that a phrase is written once as a pattern ("{strike} * head") and
    reaches every wording the class holds. A class may name another ("{hurting} chest"):
    it is expanded here, so that no class silently holds a brace that matches nothing."""
    classes_record = record.record("word_classes", required=False)
    if classes_record is None:
        return {}
    written = {str(name): classes_record.texts(name) for name in classes_record.mapping}
    expanded: dict[str, tuple[str, ...]] = {}

    def expand(name: str, within: tuple[str, ...]) -> None:
        if name in expanded:
            return
        words: list[str] = []
        for index, word in enumerate(written[name]):
            for inner in re.findall(_CLASS_REFERENCE, word):
                if inner in (*within, name):
                    raise _phrase_error(classes_record, name, index,
                                        f"'{word}' names '{{{inner}}}', which names "
                                        f"'{{{name}}}' in turn: a class cannot hold itself")
                if inner not in written:
                    raise _phrase_error(classes_record, name, index,
                                        _unknown_class(word, inner, written))
                expand(inner, (*within, name))
            words.extend(_expand(word, expanded))
        expanded[name] = tuple(dict.fromkeys(words))

    for name in written:
        expand(name, ())
    classes_record.finish()
    return {name: expanded[name] for name in written}


def _phrase_error(record: Record, key: str, index: int, message: str) -> DataError:
    line = item_line(record.mapping[key], index, record.line_of(key))
    return DataError(record.file, line, f"{record.label(key)}: {message}")


def _unknown_class(phrase: str, name: str, classes: Mapping[str, object]) -> str:
    return (f"'{phrase}' names an unknown word class '{{{name}}}'{did_you_mean(name, classes)}; "
            f"expected one of word_classes: {', '.join(sorted(classes)) or '(none)'}")


def _expand(phrase: str, classes: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Every wording of a phrase, each '{class}' in it replaced by each word of the class
    (every class it names is known)."""
    alternatives = [""]
    # split keeps the class names: text at even places, a '{name}' at odd ones
    for place, piece in enumerate(re.split(_CLASS_REFERENCE, phrase)):
        if place % 2 == 0:
            alternatives = [done + piece for done in alternatives]
        else:
            alternatives = [done + word for done in alternatives for word in classes[piece]]
    return [" ".join(alternative.split()) for alternative in alternatives]


def _phrases(record: Record, key: str, classes: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A phrase list with each '{class}' expanded into every word of that class."""
    expanded: list[str] = []
    for index, phrase in enumerate(record.texts(key)):
        for name in re.findall(_CLASS_REFERENCE, phrase):
            if name not in classes:
                raise _phrase_error(record, key, index, _unknown_class(phrase, name, classes))
        expanded.extend(_expand(phrase, classes))
    return tuple(dict.fromkeys(expanded))


def _symptom_names(sign: Record) -> tuple[tuple[str, str], ...]:
    """A sign's ``names``: each name with the words that name it, as (word, name) pairs.
    A word is one of a question's words as read (lower case, letters only), and names
    one symptom."""
    names = sign.record("names", required=False)
    if names is None:
        return ()
    named: dict[str, str] = {}
    for name in names.mapping:
        words = names.texts(name)
        if not words:
            raise names.error(name, "expected a list of the words that name this symptom")
        for word in words:
            if not word.isalpha() or word != word.lower():
                raise names.error(name, f"'{word}': expected one lower-case word")
            if word in named:
                raise names.error(name, f"'{word}' already names '{named[word]}'")
            named[word] = name
    names.finish()
    return tuple(named.items())


def _safety(record: Record) -> Safety:
    classes = _phrase_classes(record)
    signs_record = record.record("signs")
    assert signs_record is not None
    signs = []
    sudden = list(_phrases(record, "sudden", classes))
    for sign_id in signs_record.mapping:
        sub = signs_record.record(sign_id)
        assert sub is not None
        # a sign's sudden phrases are its own and make it urgent by themselves: a face that
        # droops is a stroke's sign however it came on ("his mouth is down on one side")
        sudden_signs = _phrases(sub, "sudden_phrases", classes)
        sudden.extend(sudden_signs)
        signs.append(SignRule(sign_id, _phrases(sub, "phrases", classes) + sudden_signs,
                              sub.optional("urgent", bool, False),
                              sub.optional("personal", bool, False),
                              sub.optional("first_person", bool, False),
                              sub.optional("about_twitching", bool, False),
                              sub.optional("soft", bool, False),
                              sub.optional("deniable", bool, True),
                              sub.optional("with_conditions", bool, False),
                              sub.optional("vague", bool, False),
                              sub.optional("kept", bool, True),
                              _phrases(sub, "weighed", classes),
                              sub.optional("bodily", bool, False),
                              sub.optional("unframed", bool, False),
                              sub.optional("leads_for_audiences", bool, False),
                              sub.optional("theirs_beside_a_nutrient", bool, False),
                              frozenset(sub.texts("compared")),
                              frozenset(sub.texts("compared_terms")),
                              _phrases(sub, "together_with", classes),
                              _symptom_names(sub),
                              frozenset(sub.texts("said_of")),
                              frozenset(sub.texts("spent_by")),
                              frozenset(sub.texts("spent_signs")),
                              _phrases(sub, "together_anywhere", classes),
                              tuple(sub.texts("settled_by")),
                              tuple(sub.texts("unsettled_by")),
                              sub.optional("leaves_room", bool, False),
                              frozenset(sub.texts("named_for")),
                              tuple(sub.texts("theirs_unless")),
                              sub.optional("episode", bool, False),
                              sub.optional("not_from_a_posture", bool, False),
                              sub.optional("of_a_medicine", bool, False)))
        sub.finish()
    duration = record.record("duration")
    assert duration is not None
    units = duration.required("units", dict)
    illness = record.record("named_illness")
    assert illness is not None
    illness_sign = illness.text("sign")
    if illness_sign not in {rule.id for rule in signs}:
        raise illness.error("sign", f"unknown sign '{illness_sign}'"
                                    f"{did_you_mean(illness_sign, [rule.id for rule in signs])}")
    illness_frames = _phrases(illness, "frames", classes)
    illnesses, illness_endings = illness.texts("illnesses"), illness.texts("endings")
    illness.finish()
    audiences = record.record("audiences")
    assert audiences is not None
    audience_phrases = {str(key): _phrases(audiences, key, classes) for key in audiences.mapping}
    audiences.finish()
    safety = Safety(
        file=str(record.file), line=record.line,
        signs=tuple(signs), places_soft=record.optional("places_soft", bool, True),
        duration_soft=duration.optional("soft", bool, False),
        sudden=tuple(dict.fromkeys(sudden)),
        duration_min_days=duration.required("min_days", int),
        duration_units=MappingProxyType({str(k): int(v) for k, v in units.items()}),
        duration_phrases=_phrases(duration, "phrases", classes),
        dates=_dates(duration, "dates"),
        span_only_dates=_dates(duration, "span_only_dates"),
        span_starts=duration.texts("span_starts"),
        day_of_month=_days_of_month(duration, "day_of_month"),
        illness_sign=illness_sign, illness_frames=illness_frames, illnesses=illnesses,
        illness_endings=illness_endings,
        audiences=MappingProxyType(audience_phrases),
        body_regions=MappingProxyType({str(part): region for region, parts in
                                       record.required("body_regions", dict).items()
                                       for part in parts}),
        word_classes=MappingProxyType(dict(classes)),
    )
    duration.finish()
    record.finish()
    return safety
