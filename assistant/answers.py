"""Answer fields and templates: turning knowledge into short, well-formed English.

A template such as ``"{nutrient.summary} {nutrient.role}"`` can only name the
fields registered here, one small function each, so a data file can never
reach arbitrary attributes. Each field returns a :class:`Fact` (its text and
the sources behind it), or None when the data to say it does not exist, in
which case the intent's next template is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from types import MappingProxyType

from .amounts import Stated
from .data import DataError, did_you_mean
from .intents import Intent, IntentSet, Template
from .knowledge import (
    Amount,
    AmountRules,
    Care,
    FoodEntry,
    Intake,
    KnowledgeBase,
    Lead,
    Nutrient,
    Trigger,
)
from .records import NamedTuple

# The kind under which an answer names the foods it listed (beside the entities it names),
# so the conversation can answer "which of those..." from that list.
LISTED = "listed"

GLOBAL_NAMESPACES = ("twitching", "electrolytes", "causes", "care", "overview")
MAX_WORDS = 150
# The characters that join two words, each made a space by table: a character class
# ranging past Latin-1 costs re.compile about 0.35 ms, which every start paid.
_WORD_JOINS = str.maketrans(dict.fromkeys("-/\u2010\u2011\u2012\u2013\u2014\u2015", " "))


class Fact(NamedTuple):
    """Text, the sources behind it, and the entities it names that the question did not
    ('pumpkin seeds are a source of magnesium'), which a follow-up can point back to."""

    text: str
    sources: tuple[str, ...] = ()
    about: tuple[tuple[str, str], ...] = ()

    def led_by(self, lead: Fact) -> Fact:
        """This fact after another that must come first (care advice, a note that the
        sources do not cover something): both texts and sources, this one's entities."""
        return Fact(f"{lead.text} {self.text}", lead.sources + self.sources, self.about)


class Person(NamedTuple):
    """Who a daily amount is for, when the question says ('25F', 'a man in his 60s')."""

    sex: str | None = None
    age: int | None = None


class Scene(NamedTuple):
    """Everything a template may draw on for one answer."""

    kb: KnowledgeBase
    entities: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    person: Person = Person()
    signs: tuple[str, ...] = ()
    amounts: tuple[Stated, ...] = ()  # amounts the question states, for judging
    named: Person = Person()  # who this question itself names ('and for a man'), not before
    listed: tuple[str, ...] = ()  # the foods the conversation's last answer listed
    told: tuple[str, ...] = ()  # the other symptoms the question tells, named for the advice

    def first(self, kind: str) -> str | None:
        """Most answers are about one thing of a kind: the one named first (or most)."""
        ids = self.entities.get(kind, ())
        return ids[0] if ids else None


FieldFunction = Callable[[Scene], Fact | None]
FIELDS: dict[str, dict[str, FieldFunction]] = {}
# A field's own type, kept through registering, so fields that always give a Fact can be
# called from other fields without a check for None.
TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from typing import TypeVar

    F = TypeVar("F", bound=FieldFunction)


# Fields that read the knowledge base and nothing else of the scene: a template made of
# them (and plain words) says the same for every question, so it is filled once, when
# the data is built (see fill_data_only), not for each question that gets it.
DATA_ONLY: set[tuple[str, str]] = set()


def answer_field(namespace: str, name: str, *, data_only: bool = False) -> Callable[[F], F]:
    """Register a template field; the registry is all that templates can reach.
    ``data_only``: the field reads ``scene.kb`` alone (tests check that it does)."""
    def register(function: F) -> F:
        FIELDS.setdefault(namespace, {})[name] = function
        if data_only:
            DATA_ONLY.add((namespace, name))
        return function
    return register


# ---------------------------------------------------------------- English helpers

def join(items: Sequence[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b, and c'."""
    items = [item for item in items if item]
    if len(items) <= 2:
        return f" {conjunction} ".join(items)
    return f"{', '.join(items[:-1])}, {conjunction} {items[-1]}"


# Where one sentence of an answer ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[\w']+")


def without_repeats(text: str) -> str:
    """Two answers joined say their shared advice once ('Needs differ with age...', the
    care advice beside a medicine told again by an answer about medicines). A sentence
    whose every word an earlier one already said goes too: the lifestyle answer's
    'caffeine and nicotine can overstimulate...' already says nicotine's own sentence."""
    said: list[frozenset[str]] = []
    lines = []
    for line in text.split("\n"):
        kept = []
        for sentence in _SENTENCE_END.split(line):
            words = frozenset(_WORD.findall(sentence.lower()))
            if not any(words <= earlier for earlier in said):
                said.append(words)
                kept.append(sentence)
        lines.append(" ".join(kept))
    return "\n".join(line for line in lines if line)


def sentence_case(text: str) -> str:
    """Capitalise the first letter of each sentence, leaving the rest as written."""
    if opening := _OPENING.match(text):
        text = _upper(opening) + text[opening.end():]
    return _SENTENCE.sub(_upper, text)


# A sentence starts the text, or follows '.', '!' or '?' and a space, or a line break and
# perhaps a bullet. The text's own start is matched apart, so that every other start
# begins with one of four characters, which the regex engine then skips to: lists of
# hundreds of nutrients are written in one answer on large data.
_OPENING = re.compile(r"(-?\s*)([a-z])")
_SENTENCE = re.compile(r"([.!?\n](?:(?<=[.!?])\s+|(?<=\n)-?\s*))([a-z])")
# Runs of spaces or tabs become one space; a single space, the usual case, is left alone.
# Compiled (and cached by re) when first needed: most filled templates have no run.
_SPACES = r"[ \t]{2,}|\t"


def _upper(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2).upper()


def lower_first(text: str) -> str:
    """'Aids in muscle relaxation' -> 'aids in muscle relaxation', keeping 'B12' as is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def number(value: float) -> str:
    """Amounts read as people write them: '1,000', '2.4', never '1000.0'."""
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def word_count(text: str) -> int:
    """Answers are kept short (a word limit), and this is how their length is measured:
    a hyphen or a slash joins two words ("best-known", "night-time"), as a reader counts."""
    return len(text.translate(_WORD_JOINS).split())


# ---------------------------------------------------------------- global fields

def _fact(text: str, source: str) -> Fact:
    return Fact(text, (source,) if source else ())


def _section_text(section: str, attribute: str) -> FieldFunction:
    """A field that is one sentence of a knowledge section, cited to that section."""
    def read(scene: Scene) -> Fact:
        part = getattr(scene.kb, section)
        return _fact(getattr(part, attribute), part.source)
    return read


for _section, _names in (("twitching", ("definition", "outlook", "first_step", "not_covered")),
                         ("electrolytes", ("definition", "imbalance"))):
    for _name in _names:
        answer_field(_section, _name, data_only=True)(_section_text(_section, _name))


@answer_field("electrolytes", "members", data_only=True)
def _electrolytes_members(scene: Scene) -> Fact:
    names = [scene.kb.nutrients[n].name for n in scene.kb.electrolytes.members]
    return _fact(f"They include {join(names)}.", scene.kb.electrolytes.source)


def _triggers(scene: Scene, ids: Sequence[str], sentence: str) -> Fact:
    """A sentence naming some triggers ('Common triggers include {}.'), cited to each."""
    triggers = [scene.kb.triggers[t] for t in ids]
    return Fact(sentence.format(join([t.name for t in triggers])),
                tuple(dict.fromkeys(t.source for t in triggers)))


@answer_field("causes", "common", data_only=True)
def _causes_common(scene: Scene) -> Fact:
    return _triggers(scene, scene.kb.causes.common, "Common triggers include {}.")


@answer_field("causes", "persistent", data_only=True)
def _causes_persistent(scene: Scene) -> Fact:
    return _fact(scene.kb.twitching.persistent_link, scene.kb.twitching.source)


@answer_field("causes", "also", data_only=True)
def _causes_also(scene: Scene) -> Fact:
    return _triggers(scene, scene.kb.causes.also, "{} can play a part too.")


@answer_field("care", "lead")
def _care_lead_in_full(scene: Scene) -> Fact:
    """The care answer's lead, then the advice of each other sign shown that no other
    lead gives (see Lead.beside_others): numbness's lead does not say "do not stop a
    prescribed medicine". Only in the care answer itself: where care advice leads another
    answer, that answer is what the asker asked for."""
    lead, leading = care_lead(scene), _leading(scene)
    if leading is None or leading.after_urgent or "urgent" in scene.signs:
        return lead
    return _with_advice_beside(scene, lead, leading)


def _with_advice_beside(scene: Scene, lead: Fact, leading: Lead | None) -> Fact:
    """``lead``, then the advice of each sign shown that gives it beside another's
    (Lead.beside_others), unless that sign's lead is ``leading`` or already said."""
    for sign in scene.signs:
        own = scene.kb.care.leads.get(sign)
        if own is not None and own.beside_others and own is not leading \
                and own.text not in lead.text:
            lead = _fact(own.text, own.source).led_by(lead)
    return lead


def care_lead(scene: Scene) -> Fact:
    """The first sentence of care advice: the one that fits the sign the question shows."""
    care = scene.kb.care
    if "urgent" in scene.signs:  # the emergency first, then the symptoms told, if any
        urgent = _urgent(care)
        own = next((care.leads[sign] for sign in scene.signs
                    if sign in care.leads and care.leads[sign].before_urgent), None)
        if own is not None:  # "took my tablets twice by accident": its own advice first
            urgent = urgent.led_by(_fact(own.text, own.source))
        told = _told_back(scene)
        return told.led_by(urgent) if told else urgent
    leading = _leading(scene)
    if leading is None:
        return _fact(care.article_advice.text, care.article_advice.source)
    if leading.after_urgent:
        return _fact(leading.text, leading.source).led_by(_urgent(care))
    # "both legs, every night since the start of November": each sign told is named, so
    # that the asker hears why both call for a doctor, not only the stronger one; after
    # the sentence of a sign that leads and is not among them ("...tablets for her blood
    # pressure", then "her legs in the spring, now her arms")
    timed = [care.leads[sign] for sign in scene.signs
             if sign in care.leads and care.leads[sign].when]
    if len(timed) > 1:
        several = care.several_signs
        whens = ", or ".join(lead.when for lead in timed) + ","
        sentence = _fact(several.text.format(signs=whens), several.source)
        return sentence if leading.when else sentence.led_by(_fact(leading.text, leading.source))
    if timed and leading.then_timed:  # a medicine's advice, then "...more than 2 weeks"
        return _fact(timed[0].text, timed[0].source).led_by(_fact(leading.text, leading.source))
    told = _told_back(scene)
    if told is None:
        return _fact(leading.text, leading.source)
    return told if leading.named else told.led_by(_fact(leading.text, leading.source))


def _leading(scene: Scene) -> Lead | None:
    """The lead of the first sign shown that has one: the sign whose advice comes first;
    but whether it is an emergency, asked, is answered first ("Numb Face, Twitching Eye,
    Blurry Vision - Emergency Or Not?"): what would make it one (Lead.after_urgent)."""
    leads = scene.kb.care.leads
    shown = [leads[sign] for sign in scene.signs if sign in leads]
    return next((lead for lead in shown if lead.after_urgent), shown[0] if shown else None)


def _told_back(scene: Scene) -> Fact | None:
    """The advice for the other symptoms the question tells, naming them ('such as
    changes in your vision'), so the asker hears that what they told is what it is about:
    in place of its lead, or after the sign that leads ('I can't tell what is causing
    your twitching...', an emergency's advice). None when the question names none."""
    if not scene.told:
        return None
    named = next((lead for lead in scene.kb.care.leads.values() if lead.named), None)
    if named is None:
        return None
    return _fact(named.named.format(symptoms=join(list(scene.told), "and")), named.source)


def _urgent(care: Care) -> Fact:
    """The signs that need emergency care, and what to do: a sentence of its own, also
    when it leads another answer."""
    signs = join(list(care.urgent_signs), "or")
    return _fact(f"{signs[:1].upper()}{signs[1:]} {care.urgent_advice}.", care.urgent_source)


@answer_field("care", "raised")
def _care_raised(scene: Scene) -> Fact | None:
    """The care advice for a sign the conversation raised, said again in thanks or goodbye
    ("Ok I'll ring them. Thanks" after a choke): nothing when none was raised."""
    return care_lead(scene) if scene.signs else None


def strong_care_lead(scene: Scene) -> Fact:
    """Care advice before an answer to a question asked beside a sign that otherwise
    calls for the care answer alone ('my leg gives way, how much potassium?'): the
    sentence for the sign, then the advice of a sign that gives it beside another's (a
    suspected medicine's, not to stop it alone) when it is there and did not lead, or else
    when to see a doctor in general."""
    lead = care_lead(scene)
    beside = _with_advice_beside(scene, lead, _leading(scene))
    return beside if beside is not lead else _care_see_doctor(scene).led_by(lead)


@answer_field("care", "see_doctor", data_only=True)
def _care_see_doctor(scene: Scene) -> Fact:
    care = scene.kb.care
    signs = [sign.text for sign in care.see_doctor_if]
    return _fact(f"In general, see a doctor (GP) if {join(signs, 'or')}.", care.see_doctor_source)


@answer_field("care", "causes")
def _care_causes(scene: Scene) -> Fact:
    """The common triggers, after the advice for a twitch that shows no sign more specific
    than a worry or its lasting ("Eye Twitch That Won't Go Away", "3 days, should I
    worry?"), or none: such twitches most often have an everyday cause, and the asker
    hears which. Nothing after a sign whose lead says otherwise (see Lead.with_causes)."""
    leading = _leading(scene)
    if "urgent" in scene.signs or (leading is not None and not leading.with_causes):
        return Fact("")
    return _causes_common(scene)


@answer_field("care", "reassurance")
def _care_reassurance(scene: Scene) -> Fact:
    if "urgent" in scene.signs:
        return Fact("")
    return _fact(scene.kb.care.reassurance.text, scene.kb.care.reassurance.source)


def _care_statement(attribute: str) -> FieldFunction:
    def read(scene: Scene) -> Fact:
        statement = getattr(scene.kb.care, attribute)
        return _fact(statement.text, statement.source)
    return read


for _name in ("learn_more", "intake_note", "food_first"):
    answer_field("care", _name, data_only=True)(_care_statement(_name))


@answer_field("care", "timing_outside", data_only=True)
def _care_timing_outside(scene: Scene) -> Fact | None:
    """Said only when the data has it, so a template without it is used otherwise."""
    return Fact(scene.kb.care.timing_outside) if scene.kb.care.timing_outside else None


def _main_nutrients(kb: KnowledgeBase) -> list[Nutrient]:
    return [n for n in kb.nutrients.values() if not n.part_of]


def _display_name(nutrient: Nutrient) -> str:
    return f"the {nutrient.name}" if nutrient.members else nutrient.name


@answer_field("overview", "nutrient_names", data_only=True)
def _overview_names(scene: Scene) -> Fact:
    return Fact(join([_display_name(n) for n in _main_nutrients(scene.kb)]))


@answer_field("overview", "helpful", data_only=True)
def _overview_helpful(scene: Scene) -> Fact:
    parts, sources = [], []
    for nutrient in _main_nutrients(scene.kb):
        if nutrient.table:
            parts.append(f"{_display_name(nutrient)} ({lower_first(nutrient.table.role)})")
            sources.append(nutrient.table.source)
    # The knowledge base lists nutrients in the article's order, best known first:
    # its summary answers "which one matters most?".
    headline = _main_nutrients(scene.kb)[0]
    text = (f"The nutrients that matter most for twitching are {join(parts)}. "
            f"{headline.summary} {scene.kb.care.food_first.text}")
    return Fact(text, (*dict.fromkeys(sources), headline.source, scene.kb.care.food_first.source),
                (("nutrient", headline.id),))


@answer_field("overview", "helpful_foods", data_only=True)
def _overview_helpful_foods(scene: Scene) -> Fact:
    """'Which foods help with twitching': each nutrient that matters with the article
    table's best sources for it, so the answer is foods, not only nutrient names."""
    rows = [(n, n.table) for n in _main_nutrients(scene.kb) if n.table]
    parts = [f"{_display_name(n)} ({lower_first(table.best_sources)})" for n, table in rows]
    text = (f"Foods rich in the nutrients that matter most for twitching: {join(parts)}. "
            f"{scene.kb.care.food_first.text}")
    sources = (*dict.fromkeys(table.source for _, table in rows), scene.kb.care.food_first.source)
    return Fact(text, sources)


@answer_field("overview", "table", data_only=True)
def _overview_table(scene: Scene) -> Fact:
    rows = [row for n in _main_nutrients(scene.kb) if (row := _table_line(n))]
    sources = tuple(dict.fromkeys(n.table.source for n in _main_nutrients(scene.kb) if n.table))
    return Fact("\n".join(rows), sources)


def _table_line(nutrient: Nutrient) -> str:
    if not nutrient.table:
        return ""
    row = nutrient.table
    return (f"- {nutrient.name}: {lower_first(row.role)}. Low levels: "
            f"{lower_first(row.deficiency_symptom)}. "
            f"Best sources: {lower_first(row.best_sources)}.")


@answer_field("overview", "tips", data_only=True)
def _overview_tips(scene: Scene) -> Fact:
    factors = list(scene.kb.lifestyle.values())
    text = (f"Things that help: {join([f.tip for f in factors])}. Addressing these factors "
            "can significantly reduce how often twitching happens, and whole foods rich in "
            f"{join([n.name for n in _main_nutrients(scene.kb)][:3])} cover the usual "
            "deficiencies.")
    return Fact(text, tuple(dict.fromkeys(f.source for f in factors)))


@answer_field("overview", "at_risk", data_only=True)
def _overview_at_risk(scene: Scene) -> Fact | None:
    facts = [_at_risk(n) for n in scene.kb.nutrients.values() if n.at_risk]
    if not facts:
        return None
    return Fact(" ".join(f.text for f in facts), tuple(s for f in facts for s in f.sources))


@answer_field("overview", "topics", data_only=True)
def _overview_topics(scene: Scene) -> Fact:
    names = _overview_names(scene).text
    text = ("You can ask me about:\n"
            "- what muscle twitching is, and what causes it (stress, caffeine, lack of sleep...)\n"
            f"- {names}: what they do, signs of low levels, foods, daily amounts, supplements\n"
            "- what a food contains, or foods without dairy or for a vegan diet\n"
            "- lifestyle tips: sleep, hydration, stress, stretching\n"
            "- when to see a doctor\n"
            'Try: "what foods have magnesium?"')
    return Fact(text)


@answer_field("overview", "out_of_scope", data_only=True)
def _overview_out_of_scope(scene: Scene) -> Fact:
    names = _overview_names(scene).text
    covered = (f"I can answer questions about muscle twitching: its causes, {names}, the foods "
               "that carry them, daily amounts, lifestyle tips, and when to see a doctor.")
    # Never the asker's own word pasted into a sentence ("my sources don't cover explode").
    return Fact(f"Sorry, that's outside what I can answer. {covered}")


# ---------------------------------------------------------------- nutrient fields

def _nutrient(scene: Scene) -> Nutrient | None:
    nutrient_id = scene.first("nutrient")
    return scene.kb.nutrients.get(nutrient_id) if nutrient_id else None


def _nutrient_text(attribute: str) -> FieldFunction:
    def read(scene: Scene) -> Fact | None:
        nutrient = _nutrient(scene)
        if nutrient is None:
            return None
        return _fact(getattr(nutrient, attribute), nutrient.source)
    return read


for _name in ("summary", "role", "mechanism"):
    answer_field("nutrient", _name)(_nutrient_text(_name))


@answer_field("nutrient", "name")
def _nutrient_name(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    return Fact(nutrient.name) if nutrient else None


@answer_field("nutrient", "symptoms")
def _nutrient_symptoms(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    if nutrient is None:
        return None
    owner = nutrient
    if owner.deficiency is None and owner.part_of:
        owner = scene.kb.nutrients[owner.part_of]
    if owner.deficiency is None:
        return None
    deficiency = owner.deficiency
    subject = f"low {owner.name}"
    if deficiency.name:
        subject = f"a {owner.name} deficiency, known as {deficiency.name},"
    note = f", {deficiency.note}" if deficiency.note else ""
    text = f"{subject} can cause {join([s for s in deficiency.symptoms])}{note}."
    if owner is not nutrient:
        text = f"As one of the {owner.name}, {nutrient.name} shares their picture: {text}"
    return _fact(text, owner.source)


def render_entry(kb: KnowledgeBase, entry: FoodEntry, exclude: frozenset[str] = frozenset(),
                 skip: frozenset[str] = frozenset()) -> str:
    """One line of a food list in words: 'leafy greens (spinach and kale)'; '' if excluded
    (by a tag a diet rules out, or by id, as in 'apart from bananas')."""
    if not kb.line_kept(entry, exclude, skip):
        return ""
    if not entry.is_group:
        return kb.foods[entry.ref].plural
    label = entry.label or kb.groups[entry.ref].name
    examples = [kb.foods[e] for e in entry.examples if kb.example_kept(e, exclude, skip)]
    if examples:
        return f"{label} ({join([f.plural for f in examples])})"
    return f"{label} ({entry.note})" if entry.note else label


@answer_field("nutrient", "foods")
def _nutrient_foods(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    if nutrient is None or not nutrient.foods:
        return None
    if scene.first("diet"):  # "other calcium options? dairy upsets me"
        return _nutrient_foods_for_diet(scene)
    skip = frozenset(scene.entities.get("except", ()))
    foods = join([render_entry(scene.kb, entry, skip=skip) for entry in nutrient.foods])
    note = f" ({nutrient.foods_note})" if nutrient.foods_note else ""
    if nutrient.other_sources_note:
        text = f"{nutrient.other_sources_note} It is also found in {foods}{note}."
    else:
        text = f"Good food sources of {nutrient.name} include {foods}{note}."
    return Fact(text, (nutrient.source,), _listed(scene.kb, nutrient, frozenset(), skip))


def _listed(kb: KnowledgeBase, nutrient: Nutrient, excludes: frozenset[str],
            skip: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The foods a food list names, as ('listed', id) for the conversation to remember:
    'which of those also have calcium' is answered from them."""
    kept = []
    for food_id in kb.foods_of(nutrient.id):
        item = kb.foods.get(food_id) or kb.groups.get(food_id)
        if food_id not in skip and not (item and item.tags & excludes):
            kept.append((LISTED, food_id))
    return tuple(kept)


@answer_field("nutrient", "foods_for_diet")
def _nutrient_foods_for_diet(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    diet_id = scene.first("diet")
    if nutrient is None or diet_id is None or not nutrient.foods:
        return None
    diets = [scene.kb.diets[d] for d in scene.entities.get("diet", ())]
    diet = max(diets, key=lambda d: len(d.excludes))  # "plant based, no dairy": vegan
    excludes = frozenset().union(*(d.excludes for d in diets))
    skip = frozenset(scene.entities.get("except", ()))
    kept = [text for entry in nutrient.foods
            if (text := render_entry(scene.kb, entry, excludes, skip))]
    phrase = diet.phrase
    if not kept:
        return _fact(f"None of the foods my sources list for {nutrient.name} fit {phrase}; "
                     "a healthcare provider can suggest other options.", nutrient.source)
    text = f"{phrase[0].upper()}{phrase[1:]}, good sources of {nutrient.name} include {join(kept)}."
    if nutrient.other_sources_note:
        text += f" {nutrient.other_sources_note}"
    return Fact(text, (nutrient.source,), _listed(scene.kb, nutrient, excludes, skip))


@answer_field("diet", "risks")
def _diet_risks(scene: Scene) -> Fact | None:
    """'I'm vegan, could I be low in something': the nutrients whose listed foods the diet
    (and any food ruled out besides) leaves out, those cut most first with what is left;
    only the nutrient asked about when one is named. None when no diet is named."""
    diets = [scene.kb.diets[d] for d in scene.entities.get("diet", ())]
    if not diets:
        return None
    kb = scene.kb
    excludes = frozenset().union(*(d.excludes for d in diets))
    skip = frozenset(scene.entities.get("except", ()))
    phrase = max(diets, key=lambda d: len(d.excludes)).phrase
    named = [kb.nutrients[n] for n in scene.entities.get("nutrient", ())]
    nutrients = named or [n for n in kb.nutrients.values() if n.foods and not n.members]
    most: list[tuple[float, str]] = []
    some, kept_all, sources = [], [], []
    cuts = kb.cuts(excludes, skip)  # counted when the data was built, for each diet
    for nutrient in nutrients:
        cut = cuts.get(nutrient.id)
        if cut is None:
            kept_all.append(nutrient.name)
            continue
        sources.append(nutrient.source)
        if named or cut.left * MOST_CUT <= cut.listed:
            # Only the lists of the nutrients cut most are written out.
            left = join([render_entry(kb, e, excludes, skip) for e in nutrient.foods])
            besides = (f", besides {join(list(nutrient.other_sources))}"
                       if nutrient.other_sources else "")
            what = f"only {left} left" if cut.left else "none of its listed foods left"
            most.append((cut.left / cut.listed, f"{nutrient.name} ({what}{besides})"))
            if named:  # 'lactose intolerant, will i be low on calcium': what is left
                what = f"only {left} are left" if cut.left else "none are left"
                most[-1] = (0.0, f"of the foods my sources list for {nutrient.name}, "
                                 f"{what}{besides}")
        else:
            some.append(nutrient.name)
    opening = f"{phrase[0].upper()}{phrase[1:]}"
    if not most and not some:
        return Fact(f"{opening}, the foods my sources list for {join(kept_all)} all still fit.",
                    tuple(dict.fromkeys(n.source for n in nutrients)))
    parts = []
    if most:
        cut_most = [text for _, text in sorted(most, key=lambda item: item[0])]
        lead = "" if named else "the foods my sources list are cut most for "
        parts.append(f"{opening}, {lead}{join(cut_most)}.")
    if some:
        lead = "Some of those" if most else f"{opening}, some of the foods my sources"
        parts.append(f"{lead} listed for {join(some)} are left out too." if most else
                     f"{lead} list for {join(some)} are left out.")
    if kept_all and not named:
        parts.append(f"{join(kept_all)} keep all of theirs.")
    parts.append("My sources can't say you are low: a healthcare provider can check, and I "
                 "can list the foods that fit for any of these.")
    return Fact(sentence_case(" ".join(parts)), tuple(dict.fromkeys(sources)))


# A diet cuts a nutrient 'most' when it leaves at most this fraction of its listed foods.
MOST_CUT = 3


@answer_field("nutrient", "supplements")
def _nutrient_supplements(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    if nutrient is None or not nutrient.supplements:
        return None
    return _fact(nutrient.supplements, nutrient.source)


def _amounts_text(amounts: Sequence[Amount], unit: str, *, bare: bool = False) -> list[str]:
    """'310 mg (women 19 to 30)'; '2.4 mcg' when one figure fits every adult or bare=True."""
    parts = []
    for amount in amounts:
        notes = [amount.also] if amount.also else []
        if not bare and (who := _who_text(amount)):
            notes.append(who)
        detail = f" ({'; '.join(notes)})" if notes else ""
        parts.append(f"{number(amount.amount)} {unit}{detail}")
    return parts


def _who_text(amount: Amount) -> str:
    """'women 19 to 30', 'men 51 and over', 'adults 71 and over'; '' for all adults."""
    if amount.age_max is None:
        ages = "" if amount.age_min <= 19 else f"{amount.age_min} and over"
    else:
        ages = f"{amount.age_min} to {amount.age_max}"
    if not ages:
        return "" if amount.who == "adults" else amount.who
    return f"{amount.who} {ages}"


def _for_person(amounts: Sequence[Amount], person: Person) -> list[Amount]:
    matching = [a for a in amounts if a.applies_to(person.sex, person.age)]
    if person.sex and person.age is not None and matching:
        return matching[:1]
    return matching or list(amounts)


@answer_field("nutrient", "intake")
def _nutrient_intake(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    if nutrient is None or nutrient.intake is None:
        return None
    intake = nutrient.intake
    amounts = _for_person(intake.amounts, scene.person)
    measure = ("recommended daily amount (RDA)" if intake.measure == "RDA"
               else "adequate daily intake (AI)")
    who = _person_text(scene.person)
    exact = len(amounts) == 1 and scene.person.sex is not None and scene.person.age is not None
    text = (f"The {measure} of {nutrient.name}{who} is "
            f"{join(_amounts_text(amounts, intake.unit, bare=exact), 'or')}.")
    return _fact(text, intake.source)


@answer_field("nutrient", "intake_if_told")
def _nutrient_intake_if_told(scene: Scene) -> Fact:
    """The daily amount for whoever the question names ('should I take vitamin D, 55 F?');
    nothing when it names no one, so a supplement answer stays short."""
    if scene.person == Person():
        return Fact("")
    return _nutrient_intake(scene) or Fact("")


@answer_field("nutrient", "intake_if_named")
def _nutrient_intake_if_named(scene: Scene) -> Fact:
    """The daily amount when this very question names someone ('and for a man the same
    age' after the upper limit); nothing for a person the conversation already gave,
    whose daily amount has been said, so 'what's the upper limit' gives only the limit."""
    if scene.named == Person():
        return Fact("")
    return _nutrient_intake(scene) or Fact("")


def _person_text(person: Person) -> str:
    sex = {"men": "a man", "women": "a woman"}.get(person.sex or "", "")
    if sex and person.age is not None:
        return f" for {sex} aged {person.age}"
    if sex:
        return f" for {sex}"
    return f" at age {person.age}" if person.age is not None else ""


@answer_field("nutrient", "upper_limit")
def _nutrient_upper_limit(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    if nutrient is None or nutrient.intake is None:
        return None
    return _upper_limit(nutrient, nutrient.intake, scene.person)


def _upper_limit(nutrient: Nutrient, intake: Intake, person: Person) -> Fact:
    if not intake.upper_limits:
        return _fact(f"For {nutrient.name}, {intake.upper_limit_note}.", intake.source)
    limits = _for_person(intake.upper_limits, Person(None, person.age))
    name = nutrient.name
    text = f"The upper limit of {name} is {join(_amounts_text(limits, intake.unit), 'or')} a day"
    if len(limits) == 1:
        (limit,) = _amounts_text(limits, intake.unit, bare=person.age is not None)
        who = f"at age {person.age}" if person.age is not None else "for adults"
        text = f"The upper limit of {name} {who} is {limit} a day"
    note = f", {intake.upper_limit_note}" if intake.upper_limit_note else ""
    return _fact(f"{text}{note}.", intake.source)


@answer_field("nutrient", "amount_judged")
def _nutrient_amount_judged(scene: Scene) -> Fact | None:
    """How an amount the question states compares with the upper limit and the daily
    amount for whoever asks ('is 400 mg of magnesium a day too much'); None when it states
    no amount of this nutrient, so the intent's next template gives the figures instead."""
    nutrient, rules = _nutrient(scene), scene.kb.amounts
    if nutrient is None or nutrient.intake is None or rules is None:
        return None
    stated = _stated_for(scene.amounts, nutrient.id)
    if stated is None:
        return None
    intake = nutrient.intake
    value = _converted(stated.value, stated.unit, intake, rules)
    if value is None:
        text = rules.say["unconvertible"].format(
            nutrient=nutrient.name, unit=intake.unit, stated=rules.units[stated.unit].name)
        return _fact(text, intake.source)
    amount = _stated_text(stated, value, nutrient, rules)
    limit = _limit_judged(amount, value, nutrient, intake, scene.person, rules)
    daily = _daily_judged(value, intake, scene.person, rules)
    return Fact(f"{limit} {daily}", (intake.source, rules.source))


def _stated_for(amounts: Sequence[Stated], nutrient_id: str) -> Stated | None:
    """The amount said of this nutrient, or else the one said of nothing named ('is 500mg
    a day ok' after talk of magnesium); never one said of something else ('300mg caffeine')."""
    for wanted in (("nutrient", nutrient_id), None):
        for stated in amounts:
            if stated.owner == wanted:
                return stated
    return None


def _converted(value: float, unit_id: str, intake: Intake, rules: AmountRules) -> float | None:
    """A stated amount in the intake's unit: by weight (2 g -> 2,000 mg), by the
    nutrient's own conversion (50 mcg of vitamin D -> 2,000 IU), or by both (0.05 mg ->
    50 mcg -> 2,000 IU); None when nothing converts it (IU of magnesium)."""
    target = intake.unit.lower()
    if unit_id == target:
        return value
    units = rules.units
    source, goal = units[unit_id], units.get(target)
    if source.mg and goal and goal.mg:
        return value * source.mg / goal.mg
    for via, factor in intake.conversions:
        if via == unit_id:
            return value * factor
        if source.mg and units[via].mg:
            return value * source.mg / units[via].mg * factor  # type: ignore[operator]
    return None


def _stated_text(stated: Stated, value: float, nutrient: Nutrient, rules: AmountRules) -> str:
    """'400 mg of magnesium', '50 mcg (2,000 IU) of vitamin D', '5,000 IU of vitamin D
    (1,000 IU and 4,000 IU together)'."""
    intake = nutrient.intake
    assert intake is not None
    unit = rules.units[stated.unit].name
    text = f"{number(stated.value)} {unit}"
    if stated.unit != intake.unit.lower():
        text += f" ({number(value)} {intake.unit})"
    elif intake.conversions:  # "600 IU (15 mcg)": the other unit people meet on labels
        via, factor = intake.conversions[0]
        text += f" ({number(stated.value / factor)} {rules.units[via].name})"
    text += f" of {nutrient.name}"
    if stated.parts:
        parts = join([f"{number(part)} {unit}" for part in stated.parts])
        text = rules.say["sum"].format(total=text, parts=parts)
    return text


def _relation(value: float, figure: float) -> str:
    return "above" if value > figure else "equal" if value == figure else "below"


def _limit_judged(amount: str, value: float, nutrient: Nutrient, intake: Intake,
                  person: Person, rules: AmountRules) -> str:
    """'400 mg of magnesium a day is above the upper limit of 350 mg for adults, ...';
    with no upper limit in the data, says that none has been set."""
    if not intake.upper_limits:
        return rules.say["no_limit"].format(nutrient=nutrient.name, note=intake.upper_limit_note)
    limits = _for_person(intake.upper_limits, Person(None, person.age))
    comparisons = []
    for limit in limits:
        who = _who_text(limit)
        if person.age is not None and len(limits) == 1:
            who = f"at age {person.age}"
        else:
            who = f"for {who or 'adults'}"
        figure = _amounts_text([limit], intake.unit, bare=True)[0]
        comparisons.append(rules.say["each_limit"].format(
            relation=rules.limit_relations[_relation(value, limit.amount)], limit=figure,
            who=f" {who}"))
    note = f", {intake.upper_limit_note}" if intake.upper_limit_note else ""
    text = rules.say["limit"].format(amount=amount, comparisons=join(comparisons), note=note)
    return text[:1].upper() + text[1:]


def _daily_judged(value: float, intake: Intake, person: Person, rules: AmountRules) -> str:
    """'It is more than the recommended daily amount (RDA) of 320 mg for a woman aged 40.'
    For someone the question does not describe, against the adult range ('310 to 420 mg,
    by age and sex')."""
    amounts = _for_person(intake.amounts, person)
    figures = sorted({a.amount for a in amounts})
    low, high = figures[0], figures[-1]
    who = _person_text(person)
    if low == high:
        daily = _amounts_text(amounts[:1], intake.unit, bare=True)[0]
        if not who and (only := _who_text(amounts[0])) and len(amounts) == 1:
            who = f" for {only}"
        relation = _relation(value, low)
    else:
        by_sex = len({a.who for a in amounts}) > 1
        by_age = len({(a.age_min, a.age_max) for a in amounts}) > 1
        varies = rules.varies_by["both" if by_sex and by_age else "sex" if by_sex else "age"]
        daily = f"{number(low)} to {number(high)} {intake.unit}{who}, {varies}"
        who = ""
        relation = "above" if value > high else "below" if value < low else "within"
    return rules.say["daily"].format(relation=rules.daily_relations[relation],
                                     measure=_measure(intake), daily=daily, who=who)


def _measure(intake: Intake) -> str:
    return ("recommended daily amount (RDA)" if intake.measure == "RDA"
            else "adequate daily intake (AI)")


@answer_field("nutrient", "members_intake")
def _nutrient_members_intake(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    if nutrient is None or not nutrient.members:
        return None
    parts, sources = [], []
    for member in (scene.kb.nutrients[m] for m in nutrient.members):
        if member.intake:
            amounts = _amounts_text(_for_person(member.intake.amounts, scene.person)[:1],
                                    member.intake.unit)
            parts.append(f"{member.name} {amounts[0]}")
            sources.append(member.intake.source)
    if not parts:
        return None
    text = f"Each of the {nutrient.name} has its own daily amount: {join(parts)}."
    return Fact(text, tuple(dict.fromkeys(sources)))


@answer_field("nutrient", "at_risk")
def _nutrient_at_risk(scene: Scene) -> Fact | None:
    nutrient = _nutrient(scene)
    return _at_risk(nutrient) if nutrient and nutrient.at_risk else None


@answer_field("nutrient", "at_risk_unknown")
def _nutrient_at_risk_unknown(scene: Scene) -> Fact | None:
    """'who is at risk of low calcium': the sources name at-risk people for some nutrients
    only; for the others the answer says so, rather than give another nutrient's as if it
    were this one's."""
    nutrient = _nutrient(scene)
    if nutrient is None or nutrient.at_risk:
        return None
    return Fact(f"My sources don't say who is most at risk of low {_display_name(nutrient)}; "
                "of the nutrients they cover, they name these:")


@answer_field("nutrient", "at_risk_by_source")
def _nutrient_at_risk_by_source(scene: Scene) -> Fact | None:
    """'I barely go outside in winter, could I be low in vitamin D?': the sources name no
    one at risk, but say where the nutrient mostly comes from besides food (sunlight),
    which is what such a question turns on."""
    nutrient = _nutrient(scene)
    if nutrient is None or nutrient.at_risk or not nutrient.other_sources_note:
        return None
    sources = _nutrient_foods(scene)
    if sources is None:
        return None
    return Fact(f"My sources don't say who is most at risk of low {_display_name(nutrient)}. "
                f"{sources.text}", sources.sources, sources.about)


def _at_risk(nutrient: Nutrient) -> Fact:
    people = join(list(nutrient.at_risk))
    return _fact(f"{people} may be particularly at risk of {nutrient.name} depletion.",
                 nutrient.source)


# ---------------------------------------------------------------- two nutrients

def _pair(scene: Scene) -> tuple[Nutrient, Nutrient] | None:
    ids = scene.entities.get("nutrient", ())
    if len(ids) < 2:
        return None
    return scene.kb.nutrients[ids[0]], scene.kb.nutrients[ids[1]]


@answer_field("pair", "shared_foods")
def _pair_shared_foods(scene: Scene) -> Fact | None:
    pair = _pair(scene)
    if pair is None:
        return None
    first, second = pair
    others = set(scene.kb.foods_of(second.id))
    shared = [food for food in scene.kb.foods_of(first.id) if food in others]
    sources = (first.source, second.source)
    both = f"both {first.name} and {second.name}"
    if not shared:
        return Fact(f"None of the foods in my sources is listed for {both}.", sources)
    names = [_food_plural(scene.kb, food) for food in shared]
    verb = "is" if len(shared) == 1 and _is_mass(scene.kb, shared[0]) else "are"
    source_word = "a source" if len(shared) == 1 else "sources"
    return Fact(f"{join(names)} {verb} listed as {source_word} of {both}.", sources,
                tuple((LISTED, food) for food in shared))


@answer_field("nutrient", "among_listed")
def _nutrient_among_listed(scene: Scene) -> Fact | None:
    """'which of those also have calcium' after a food list: the foods of that list that
    are also listed for this nutrient, or that none are; None with no list to go on."""
    nutrient = _nutrient(scene)
    if nutrient is None or not scene.listed or not nutrient.foods:
        return None
    kb = scene.kb
    carriers = set(kb.foods_of(nutrient.id))
    among = [food for food in scene.listed if food in carriers]
    if not among:
        return _fact(f"None of those foods is listed as a source of {nutrient.name} in my "
                     "sources.", nutrient.source)
    verb = "is" if len(among) == 1 and _is_mass(kb, among[0]) else "are"
    role = "a source" if len(among) == 1 else "sources"
    names = join([_food_plural(kb, food) for food in among])
    return Fact(f"Of those, {names} {verb} also listed as {role} of {nutrient.name}.",
                (nutrient.source,), tuple((LISTED, food) for food in among))


def _food_plural(kb: KnowledgeBase, food_id: str) -> str:
    return kb.foods[food_id].plural if food_id in kb.foods else kb.groups[food_id].name


def _is_mass(kb: KnowledgeBase, food_id: str) -> bool:
    food = kb.foods.get(food_id)
    return food is not None and food.plural == food.name


@answer_field("pair", "interaction")
def _pair_interaction(scene: Scene) -> Fact | None:
    pair = _pair(scene)
    if pair is None:
        return None
    found = scene.kb.interaction(pair[0].id, pair[1].id)
    if found is None:
        roles = " ".join(f"{n.summary} {n.role}" for n in pair)
        return Fact(f"My sources say nothing about how {pair[0].name} and {pair[1].name} work "
                    f"together, or about taking them together. {roles}",
                    (pair[0].source, pair[1].source))
    return _fact(found.how, found.source)


@answer_field("pair", "comparison")
def _pair_comparison(scene: Scene) -> Fact | None:
    pair = _pair(scene)
    if pair is None:
        return None
    rows = [_table_line(n) or f"- {n.name}: {n.role}" for n in pair]
    sources = tuple(n.table.source if n.table else n.source for n in pair)
    return Fact("\n".join(rows), sources)


# ---------------------------------------------------------------- foods, triggers, factors

@answer_field("food", "nutrients")
def _food_nutrients(scene: Scene) -> Fact | None:
    food_id = scene.first("food")
    if food_id is None:
        return None
    kb = scene.kb
    name = _food_plural(kb, food_id)
    carried = [kb.nutrients[n] for n in kb.food_nutrients.get(food_id, ())]
    shown = [n for n in carried if not (n.part_of and n.part_of in {c.id for c in carried})]
    if not shown:
        return Fact(f"My sources don't list {name} as a source of the nutrients I cover.")
    verb = "is" if _is_mass(kb, food_id) else "are"
    if food_id in kb.groups:  # "which nuts are best for twitching": which nuts, by name
        members = [_food_plural(kb, food.id) for food in kb.foods.values()
                   if food.group == food_id]
        name = f"{name} ({join(members)})" if members else name
    text = f"{name} {verb} listed as a source of {join([_display_name(n) for n in shown])}."
    asked = [n for n in shown if n.id in scene.entities.get("nutrient", ())]
    if len(asked) == 1:  # "are bananas the only potassium food": the others beside it
        text += _other_sources(kb, food_id, asked[0].id)
    if len(shown) == 1:
        text += f" {shown[0].summary} {shown[0].role}"
    return Fact(text, tuple(dict.fromkeys(n.source for n in shown)),
                tuple(("nutrient", n.id) for n in shown))


def _other_sources(kb: KnowledgeBase, food_id: str, nutrient_id: str) -> str:
    """' Other sources of potassium: sweet potatoes, spinach...': the nutrient's other
    foods, leaving out the one asked about and its group; '' when it has none."""
    food = kb.foods.get(food_id)
    left_out = {food_id, food.group if food else food_id}
    others = [_food_plural(kb, f) for f in kb.foods_of(nutrient_id) if f not in left_out]
    name = _display_name(kb.nutrients[nutrient_id])
    return f" Other sources of {name}: {join(others)}." if others else ""


@answer_field("food", "group_sources")
def _food_group_sources(scene: Scene) -> Fact | None:
    """'which nuts have magnesium': the members of a named group that carry the
    nutrients asked about; None when the food is no group or none of it carries them."""
    group_id, nutrient_ids = scene.first("food"), scene.entities.get("nutrient", ())[:2]
    kb = scene.kb
    if group_id is None or group_id not in kb.groups or not nutrient_ids:
        return None
    members = {food.id for food in kb.foods.values() if food.group == group_id}
    for other in nutrient_ids[1:]:
        members &= set(kb.foods_of(other))
    carriers = [food for food in kb.foods_of(nutrient_ids[0]) if food in members]
    if not carriers:
        return None
    nutrients = [kb.nutrients[n] for n in nutrient_ids]
    names = join([_display_name(n) for n in nutrients])
    if len(nutrients) > 1:
        names = f"both {names}"
    single = len(carriers) == 1
    verb = "is" if single and _is_mass(kb, carriers[0]) else "are"
    role = "a source" if single else "sources"
    foods = join([_food_plural(kb, food) for food in carriers])
    group = kb.groups[group_id].name
    # "eggs for b12?": a group of one food, named as it, is no group to pick among
    among = "" if foods == group else f"Among {group}, "
    text = f"{among}{foods} {verb} listed as {role} of {names}."
    return Fact(text[:1].upper() + text[1:], tuple(dict.fromkeys(n.source for n in nutrients)))


def _trigger(scene: Scene) -> Trigger | None:
    trigger_id = scene.first("trigger")
    return scene.kb.triggers.get(trigger_id) if trigger_id else None


@answer_field("trigger", "explanation")
def _trigger_explanation(scene: Scene) -> Fact | None:
    trigger = _trigger(scene)
    return _fact(trigger.explanation, trigger.source) if trigger else None


@answer_field("trigger", "relief")
def _trigger_relief(scene: Scene) -> Fact | None:
    trigger = _trigger(scene)
    if trigger is None:
        return None
    if trigger.advice:
        return _fact(trigger.advice, trigger.source)
    factor = scene.kb.lifestyle[trigger.relief]
    # The factor advised is remembered: "how many hours should I be getting" asks of it.
    return Fact(f"{factor.advice} {factor.extra}".strip(), (factor.source,),
                (("factor", factor.id),))


def _factor_text(attribute: str) -> FieldFunction:
    def read(scene: Scene) -> Fact | None:
        factor_id = scene.first("factor")
        if factor_id is None:
            return None
        factor = scene.kb.lifestyle[factor_id]
        return _fact(getattr(factor, attribute), factor.source)
    return read


for _name in ("why", "advice", "extra"):
    answer_field("factor", _name)(_factor_text(_name))


# ---------------------------------------------------------------- templates

_PLACEHOLDER = re.compile(r"\{(\w+)\.(\w+)\}")


def namespaces(intent: Intent) -> set[str]:
    """The namespaces an intent's templates may use: globals plus its own slots."""
    kinds = list(intent.slots) + list(intent.optional_slots)
    names = set(GLOBAL_NAMESPACES) | set(kinds)
    if kinds.count("nutrient") >= 2:
        names.add("pair")
    return names


def check_templates(intents: IntentSet) -> None:
    """Every template field must exist and belong to the intent: a file:line error if not."""
    for intent in intents.intents.values():
        allowed = namespaces(intent)
        for template in intent.answers:
            for namespace, name in template.fields:
                _check_field(intent, template, allowed, namespace, name)


def _check_field(intent: Intent, template: Template, allowed: set[str], namespace: str,
                 name: str) -> None:
    where = f"{intent.name}.answers"
    if namespace not in FIELDS:
        raise DataError(template.file, template.line, f"{where}: unknown namespace "
                        f"'{namespace}' in {{{namespace}.{name}}}{did_you_mean(namespace, FIELDS)}")
    if namespace not in allowed:
        raise DataError(template.file, template.line, f"{where}: {{{namespace}.{name}}} needs "
                        f"a '{namespace}' slot, which intent '{intent.name}' does not have")
    if name not in FIELDS[namespace]:
        raise DataError(template.file, template.line, f"{where}: '{namespace}' has no field "
                        f"'{name}'{did_you_mean(name, FIELDS[namespace])}; it has: "
                        f"{', '.join(sorted(FIELDS[namespace]))}")


def render(intent: Intent, scene: Scene,
           filled: Mapping[str, Fact | None] = MappingProxyType({})) -> Fact | None:
    """The first of the intent's templates that the data can fill, or None. ``filled``
    holds templates already filled when the data was built (:func:`fill_data_only`)."""
    for template in intent.answers:
        fact = filled[template.text] if template.text in filled else _fill(template.text, scene)
        if fact is not None:
            return fact
    return None


def fill_data_only(intents: IntentSet, kb: KnowledgeBase) -> Mapping[str, Fact | None]:
    """Every template whose fields all read the knowledge base alone (DATA_ONLY), filled
    (or found unfillable) once, by its text: the overview that names every nutrient, the
    out-of-scope answer. What the question says cannot change them."""
    return MappingProxyType({
        template.text: _fill(template.text, Scene(kb))
        for intent in intents.intents.values() for template in intent.answers
        if DATA_ONLY.issuperset(template.fields)})


def _fill(text: str, scene: Scene) -> Fact | None:
    """The template filled from the scene, or None when a field has nothing to say."""
    literals, fields = _parsed(text)
    pieces = [literals[0]]
    sources: list[str] = []
    about: list[tuple[str, str]] = []
    for field, literal in zip(fields, literals[1:], strict=True):
        fact = field(scene)
        if fact is None:
            return None  # fields only read the scene: those after it need not be asked
        pieces += (fact.text, literal)
        sources += fact.sources
        about += fact.about
    filled = "".join(pieces)
    if "  " in filled or "\t" in filled:  # a substring test costs a twentieth of the scan
        filled = re.sub(_SPACES, " ", filled)
    filled = filled.strip()
    return Fact(sentence_case(filled), tuple(dict.fromkeys(sources)), tuple(about))


@cache
def _parsed(text: str) -> tuple[tuple[str, ...], tuple[FieldFunction, ...]]:
    """A template's plain text between its fields, and the fields' functions, split once
    per template: filling it is then a join, not a regex substitution with a callback."""
    parts = _PLACEHOLDER.split(text)
    return (tuple(parts[::3]), tuple(FIELDS[namespace][name] for namespace, name
                                     in zip(parts[1::3], parts[2::3], strict=True)))
