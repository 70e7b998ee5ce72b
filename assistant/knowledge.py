"""The knowledge base: YAML files turned into frozen, cross-checked objects.

Everything is read and validated once, up front: a typo in a food id should
stop the program with a ``file:line`` message at start-up, never surface as a
wrong answer at midnight. After loading, nothing changes, so one
:class:`KnowledgeBase` can be shared by any number of threads.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from types import MappingProxyType

from .data import DataError, LocatedList, Record, did_you_mean, load_yaml, yaml_files
from .records import NamedTuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Literal, TypeGuard, TypeVar

    from .userdirs import StrPath

    Who = Literal["men", "women", "adults"]
    T = TypeVar("T")


class Source(NamedTuple):
    """Where facts come from, so a reply's ``sources`` can name a title and section."""

    id: str
    title: str
    kind: str
    sections: Mapping[str, str]


class Deficiency(NamedTuple):
    """What lacking a nutrient does, for 'could I be low in ...' questions."""

    symptoms: tuple[str, ...]
    name: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    # the red flags (safety.yaml's signs) among its symptoms: "which vitamin deficiency
    # causes numb toes" is answered with it, after the care advice the numbness calls for
    signs: tuple[str, ...] = ()


class FoodEntry(NamedTuple):
    """One line of a nutrient's food list: a food, or a group with optional examples."""

    ref: str
    is_group: bool
    label: str = ""
    examples: tuple[str, ...] = ()
    note: str = ""


class TableRow(NamedTuple):
    """A nutrient's row of the article's comparison table."""

    role: str
    deficiency_symptom: str
    best_sources: str
    source: str


class Amount(NamedTuple):
    """One daily amount or upper limit, with whom it is for, so an answer can pick
    the row for the person asking rather than reading out the whole table."""

    who: Who
    age_min: int
    age_max: int | None
    amount: float
    also: str = ""

    def applies_to(self, sex: str | None, age: int | None) -> bool:
        """Whether this row is the asker's; what is not known about them never rules it out."""
        if sex and self.who != "adults" and self.who != sex:
            return False
        if age is None:
            return True
        return self.age_min <= age and (self.age_max is None or age <= self.age_max)

    @property
    def ages(self) -> str:
        """The age range as the sources write it ('19-30', '71+'), for answers to quote."""
        return f"{self.age_min}+" if self.age_max is None else f"{self.age_min}-{self.age_max}"


class Intake(NamedTuple):
    """A nutrient's daily amounts and upper limits in one place, so a question about
    either can be answered with the other and the source they share."""

    measure: str
    unit: str
    amounts: tuple[Amount, ...]
    upper_limits: tuple[Amount, ...]
    upper_limit_note: str
    source: str
    # How many of ``unit`` one of another unit is (vitamin D: {"mcg": 40}, 1 mcg = 40 IU),
    # for units that no weight converts, so a stated '50 mcg' can be judged in IU.
    # Pairs, not a mapping, so that an Intake stays hashable like the rest of the data.
    conversions: tuple[tuple[str, float], ...] = ()


class Unit(NamedTuple):
    """A unit an amount is stated in: how people write it, and how many mg one is
    (None for IU, which measures activity and converts per nutrient)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    mg: float | None


class AmountRules(NamedTuple):
    """How stated amounts are read and judged (knowledge/amounts.yaml): the units, the
    words that add two amounts up, and the wording of a judgement, kept as data so that
    what the assistant says about an amount is edited where its facts are."""

    units: Mapping[str, Unit]
    together: tuple[str, ...]
    apart: tuple[str, ...]  # "some are 100 mg and some are 750 mg": not taken together
    taken_when: tuple[str, ...]  # "400mg after training": what follows is not what it is of
    say: Mapping[str, str]
    limit_relations: Mapping[str, str]
    daily_relations: Mapping[str, str]
    varies_by: Mapping[str, str]
    source: str
    # "up it to 1000": a number with no unit after these, in a conversation that stated an
    # amount, is one in that amount's unit
    bare_after: tuple[str, ...] = ()
    bare_followers: tuple[str, ...] = ()  # "take 2000 a day?": what may follow that number


class Nutrient(NamedTuple):
    """All the knowledge base says about one nutrient: most questions are about one."""

    id: str
    name: str
    aliases: tuple[str, ...]
    symbols: tuple[str, ...]
    kind: str
    electrolyte: bool
    source: str
    summary: str
    role: str
    mechanism: str
    deficiency: Deficiency | None
    at_risk: tuple[str, ...]
    foods: tuple[FoodEntry, ...]
    foods_note: str
    other_sources: tuple[str, ...]
    other_sources_note: str
    # aliases that name the nutrient by a lack of its other source ("in winter", "never see
    # the sun"): an answer to a question that says one says the other source too
    other_sources_aliases: tuple[str, ...]
    supplements: str
    table: TableRow | None
    intake: Intake | None
    members: tuple[str, ...]
    part_of: str


class Interaction(NamedTuple):
    """How two nutrients affect each other, for questions naming both."""

    between: tuple[str, str]
    how: str
    source: str


class Food(NamedTuple):
    """A food the asker may name, with the group and tags that let lists be narrowed."""

    id: str
    name: str
    plural: str
    aliases: tuple[str, ...]
    group: str
    tags: frozenset[str]


class Group(NamedTuple):
    """A kind of food ('leafy greens'): sources often name these rather than foods."""

    id: str
    name: str
    aliases: tuple[str, ...]
    tags: frozenset[str]


class Diet(NamedTuple):
    """A way of eating and what it leaves out, so food lists can respect it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    phrase: str
    excludes: frozenset[str]


class Trigger(NamedTuple):
    """A common cause of twitching (caffeine, stress) with what to do about it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    explanation: str
    relief: str
    advice: str
    source: str


class Factor(NamedTuple):
    """A lifestyle factor from the article's 'Additional Considerations'."""

    id: str
    name: str
    aliases: tuple[str, ...]
    tip: str
    why: str
    advice: str
    extra: str
    practices: tuple[str, ...]
    hours: str  # the hours advised, "7-9" or "8" (checked at load); "" when none are
    source: str

    @property
    def least_hours(self) -> int:
        """The fewest hours advised ("7" of "7-9"), 0 when none are."""
        return int(self.hours.partition("-")[0]) if self.hours else 0


class Twitching(NamedTuple):
    """What twitching is and its outlook: the answer to the most common first question."""

    name: str
    also_called: str
    definition: str
    outlook: str
    first_step: str
    persistent_link: str
    source: str
    # What the sources leave open and the assistant must say so of, rather than answer
    # with the nearest table: how a twitch differs from a cramp, a spasm or a tremor.
    not_covered: str = ""
    # The outlook said of one twitch, for "...after the gym. Normal?"
    reassurance: str = ""


class Electrolytes(NamedTuple):
    """What electrolytes are, since people meet the word before they know it."""

    definition: str
    members: tuple[str, ...]
    imbalance: str
    vitamins: str
    source: str


class Causes(NamedTuple):
    """The causes the sources name, split as answers tell them: common first."""

    common: tuple[str, ...]
    persistent: tuple[str, ...]
    also: tuple[str, ...]


class Statement(NamedTuple):
    """A sentence with its source, so a fact never travels without its origin."""

    text: str
    source: str


class Lead(NamedTuple):
    """The sentence an answer starts with for one sign, and the words that name the sign
    (``when``) in the sentence for several signs told at once, where it has them."""

    text: str
    source: str
    when: str = ""
    # said after the signs that need emergency care, for a sign that asks whether it is
    # one ("is it a stroke??"): the asker hears what would make it one
    after_urgent: bool = False
    # the sentence instead, when the question names what it told: "{symptoms}" is where
    # their names go ("such as changes in your vision and a fever")
    named: str = ""
    # the common triggers follow the advice: a worry with no sign more specific ("is it
    # serious?") most often has an everyday cause, and the asker hears which
    with_causes: bool = False
    # the lead of the one other sign told that has a `when` follows ("...do not stop a
    # prescribed medicine", then "A twitch that lasts more than 2 weeks..."): for a lead
    # whose answers say nothing of when to see a doctor in general
    then_timed: bool = False
    # said before the signs that need emergency care, for an urgent sign with advice of
    # its own ("took my tablets twice by accident"): what to do about it comes first
    before_urgent: bool = False
    # said after another sign's lead in the care answer, for advice no other lead gives:
    # "do not stop a prescribed medicine without medical advice" beside a numb foot
    beside_others: bool = False


class Sign(NamedTuple):
    """A warning sign with an id, so safety rules and answers refer to the same one."""

    id: str
    text: str


class Audience(NamedTuple):
    """People the sources do not cover, why, and who can advise them instead."""

    id: str
    name: str
    professional: str
    reason: str  # "My sources are written for adults, so..." (said before the professional)


class Care(NamedTuple):
    """When and where to seek care, and the reassurance around it: the answers
    that must be right above all others, kept apart from the nutrient facts."""

    reassurance: Statement
    article_advice: Statement
    see_doctor_if: tuple[Sign, ...]
    see_doctor_source: str
    leads: Mapping[str, Lead]
    several_signs: Statement  # "Twitching {signs} should be checked ...": whens joined
    urgent_signs: tuple[str, ...]
    urgent_advice: str
    urgent_source: str
    learn_more_name: str
    learn_more: Statement
    food_first: Statement
    reminder: str
    intake_note: Statement
    audiences: tuple[Audience, ...]
    # What is said of a supplement form or brand, which the sources never name ('' if unset).
    products_outside: str = ""
    # What is said of when to take a supplement or how soon it helps, which the sources
    # never say ('' if unset).
    timing_outside: str = ""
    # What is said of food prices, which the sources never compare ('' if unset).
    prices_outside: str = ""
    # What is said after an answer to one clause of a message whose other clause asks
    # something from elsewhere ("... and tell me a joke") ('' if unset).
    rest_outside: str = ""
    # What is said after an answer about a nutrient of ours named beside others the sources
    # do not cover ("magnesium or zinc for cramps?") ('' if unset).
    others_outside: str = ""
    # What is said first when a nutrient's level is read out and asked about ("my
    # magnesium came back at 1.6, is that low?"): the sources give no ranges ('' if unset).
    levels_outside: str = ""
    # The lead said after the reassurance when it is asked whether a twitch is normal
    # ("Eyelid Twitching 10 Days - Normal?"): when it would no longer be ('' if unset).
    normal_asked: Lead | None = None


class Cut(NamedTuple):
    """How a diet cuts one nutrient's food list: lines listed, and lines left."""

    listed: int
    left: int


class KnowledgeBase(NamedTuple):
    """Everything the assistant knows, with the indexes answers need."""

    sources: Mapping[str, Source]
    twitching: Twitching
    electrolytes: Electrolytes
    causes: Causes
    nutrients: Mapping[str, Nutrient]
    interactions: tuple[Interaction, ...]
    foods: Mapping[str, Food]
    groups: Mapping[str, Group]
    diets: Mapping[str, Diet]
    triggers: Mapping[str, Trigger]
    lifestyle: Mapping[str, Factor]
    care: Care
    food_nutrients: Mapping[str, tuple[str, ...]]
    group_members: Mapping[str, tuple[str, ...]]
    amounts: AmountRules | None = None  # None when no file defines the 'amounts' section
    # Worked out once when the data is built (see _finish), because answers ask them of
    # every nutrient: a diet answer weighs each nutrient's food list.
    nutrient_foods: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    diet_cuts: Mapping[frozenset[str], Mapping[str, Cut]] = MappingProxyType({})

    def cite(self, ref: str) -> str:
        """The human-readable name of a source reference such as 'article#magnesium'."""
        source_id, _, section = ref.partition("#")
        source = self.sources[source_id]
        if section:
            return f"{source.title} ({source.kind}), section '{source.sections[section]}'"
        return f"{source.title} ({source.kind})"

    def reliefs(self) -> dict[str, str]:
        """The lifestyle factor whose advice eases each trigger that names one."""
        return {trigger.id: trigger.relief for trigger in self.triggers.values()
                if trigger.relief}

    def foods_of(self, nutrient_id: str) -> tuple[str, ...]:
        """The concrete foods and groups that carry a nutrient, in the article's order."""
        return self.nutrient_foods[nutrient_id]

    def line_kept(self, entry: FoodEntry, exclude: frozenset[str] = frozenset(),
                  skip: frozenset[str] = frozenset()) -> bool:
        """Whether a line of a food list stays in it when a diet rules out the tags in
        ``exclude`` and the question rules out the foods in ``skip`` ('apart from bananas'):
        a group stays while one of its named examples does."""
        if not entry.is_group:
            food = self.foods[entry.ref]
            return not (food.tags & exclude or food.id in skip)
        group = self.groups[entry.ref]
        if group.id in skip or group.tags & exclude:
            return False
        return not entry.examples or any(self.example_kept(e, exclude, skip)
                                         for e in entry.examples)

    def example_kept(self, food_id: str, exclude: frozenset[str], skip: frozenset[str]) -> bool:
        """Whether a group's named example stays in its line (see :meth:`line_kept`)."""
        return not self.foods[food_id].tags & exclude and food_id not in skip

    def cuts(self, exclude: frozenset[str], skip: frozenset[str] = frozenset()
             ) -> Mapping[str, Cut]:
        """The nutrients whose food list loses lines when a diet rules out the tags in
        ``exclude``, with how many lines it has (those in ``skip`` left out) and how many
        the diet leaves. Each diet's cuts are worked out when the data is built; what
        ``skip`` names, or diets named together, are counted here, for the nutrients
        they touch."""
        known = self.diet_cuts.get(exclude)
        if known is None:
            return self._cuts(self.nutrients, exclude, skip)
        if not skip:
            return known
        named = {n for food_id in skip for n in self.food_nutrients.get(food_id, ())}
        cuts = {n: cut for n, cut in known.items() if n not in named}
        cuts.update(self._cuts(named, exclude, skip))
        return cuts

    def _cuts(self, nutrient_ids: Iterable[str], exclude: frozenset[str],
              skip: frozenset[str]) -> dict[str, Cut]:
        cuts = {}
        for nutrient_id in nutrient_ids:
            lines = self.nutrients[nutrient_id].foods
            cut = Cut(sum(self.line_kept(e, skip=skip) for e in lines),
                      sum(self.line_kept(e, exclude, skip) for e in lines))
            if cut.left != cut.listed:
                cuts[nutrient_id] = cut
        return cuts

    def _carriers(self, entry: FoodEntry) -> list[str]:
        if not entry.is_group:
            return [entry.ref]
        if entry.examples:
            return list(entry.examples)
        return list(self.group_members.get(entry.ref, ())) or [entry.ref]

    def interaction(self, first: str, second: str) -> Interaction | None:
        """The interaction of two nutrients named in either order, as people ask both ways."""
        for item in self.interactions:
            if set(item.between) == {first, second}:
                return item
        return None


SECTIONS = ("sources", "twitching", "electrolytes", "causes", "nutrients", "interactions",
            "groups", "foods", "diets", "triggers", "lifestyle", "care", "amounts")
SINGLE_SECTIONS = ("twitching", "electrolytes", "causes", "care")


class _Reference(NamedTuple):
    """A reference to check once every file is read: kind, id, and where it was written."""

    kind: str
    target: str
    file: Path
    line: int
    where: str


class _Builder:
    """Collects sections from all files, then checks references across them."""

    def __init__(self) -> None:
        self.lists: dict[str, dict[str, object]] = {}
        self.singles: dict[str, object] = {}
        self.interactions: list[Interaction] = []
        self.references: list[_Reference] = []
        self.seen: dict[tuple[str, str], tuple[Path, int]] = {}

    def refer(self, kind: str, target: str, record: Record, key: str) -> None:
        self.references.append(_Reference(kind, target, record.file, record.line_of(key),
                                          record.label(key)))

    def add(self, section: str, item_id: str, value: object, record: Record) -> None:
        earlier = self.seen.get((section, item_id))
        if earlier:
            raise record.error("id", f"duplicate id '{item_id}' (first defined at "
                                     f"{earlier[0].name}:{earlier[1]})")
        self.seen[(section, item_id)] = (record.file, record.line)
        self.lists.setdefault(section, {})[item_id] = value


def load_knowledge(directories: Sequence[StrPath],
                   signs: Collection[str] | None = None) -> KnowledgeBase:
    """Read every YAML file of the given directories into one checked KnowledgeBase.
    ``signs`` are the safety rules' sign ids, which a deficiency's signs must be: a sign
    renamed there is a file:line error here (left unchecked when not given)."""
    builder = _Builder()
    for directory in directories:
        for path in yaml_files(directory):
            _read_file(path, builder)
    return _finish(builder, directories, signs)


def _read_file(path: Path, builder: _Builder) -> None:
    content = load_yaml(path)
    if content is None:
        return
    top = Record(path, content, "", 1)
    for section in top.mapping:
        if section not in SECTIONS:
            hint = did_you_mean(section, SECTIONS)
            raise top.error(section, f"unknown section '{section}'{hint}; "
                                     f"expected one of: {', '.join(SECTIONS)}")
        if section in _SINGLE_READERS:  # the required single sections and the optional ones
            if section in builder.singles:
                raise top.error(section, f"section '{section}' is defined twice")
            record = top.record(section)
            builder.singles[section] = _SINGLE_READERS[section](record, builder)
            record.finish()
            continue
        for record in top.records(section, required=True):
            _read_list_item(section, record, builder)


def _read_list_item(section: str, record: Record, builder: _Builder) -> None:
    if section == "interactions":
        builder.interactions.append(_interaction(record, builder))
        record.finish()
        return
    item_id = record.text("id")
    if not _is_slug(item_id):
        raise record.error("id", f"ids are lower-case words joined by '-', got '{item_id}'")
    record.where = item_id
    value = _LIST_READERS[section](record, builder, item_id)
    record.finish()
    builder.add(section, item_id, value, record)


def _is_slug(text: str) -> bool:
    return bool(text) and all((part.isalnum() and part.islower()) or part.isdigit()
                              for part in text.split("-"))


def _source(record: Record, builder: _Builder, key: str = "source") -> str:
    ref = record.text(key)
    builder.refer("source", ref, record, key)
    return ref


def _aliases(record: Record, name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((name.lower(), *record.texts("aliases"))))


def _source_item(record: Record, builder: _Builder, item_id: str) -> Source:
    sections = record.optional("sections", dict, {})
    for key, value in sections.items():
        if not isinstance(value, str):
            raise record.error("sections", f"section '{key}' needs a title (text)")
    return Source(item_id, record.text("title"), record.text("kind"),
                  MappingProxyType(dict(sections)))


def _nutrient(record: Record, builder: _Builder, item_id: str) -> Nutrient:
    name = record.text("name")
    kind = record.text("kind")
    if kind not in ("mineral", "vitamin"):
        raise record.error("kind", f"expected 'mineral' or 'vitamin', got '{kind}'")
    deficiency = None
    if (sub := record.record("deficiency", required=False)) is not None:
        deficiency = Deficiency(symptoms=sub.texts("symptoms"),
                                name=sub.text("name", required=False),
                                aliases=sub.texts("aliases"),
                                note=sub.text("note", required=False),
                                signs=sub.texts("signs"))
        for sign in deficiency.signs:
            builder.refer("sign", sign, sub, "signs")
        if not deficiency.symptoms:
            raise sub.error("symptoms", "list at least one symptom")
        sub.finish()
    table = None
    if (sub := record.record("table", required=False)) is not None:
        table = TableRow(sub.text("role"), sub.text("deficiency_symptom"), sub.text("best_sources"),
                         sub.text("source", required=False) or "article#comparison")
        builder.refer("source", table.source, sub, "role")
        sub.finish()
    if record.texts("other_sources_aliases") and not record.text("other_sources_note",
                                                                 required=False):
        raise record.error("other_sources_aliases",
                           "needs an other_sources_note, which an answer to a question that "
                           "names one of them says")
    intake = None
    if (sub := record.record("intake", required=False)) is not None:
        intake = _intake(sub, builder)
    for member in record.texts("members"):
        builder.refer("nutrient", member, record, "members")
    part_of = record.text("part_of", required=False)
    if part_of:
        builder.refer("nutrient", part_of, record, "part_of")
    return Nutrient(
        id=item_id, name=name,
        aliases=_aliases(record, name) + record.texts("other_sources_aliases"),
        symbols=record.texts("symbols"),
        kind=kind, electrolyte=record.optional("electrolyte", bool, False),
        source=_source(record, builder), summary=record.text("summary"),
        role=record.text("role"), mechanism=record.text("mechanism", required=False),
        deficiency=deficiency, at_risk=record.texts("at_risk"),
        foods=_food_entries(record, builder), foods_note=record.text("foods_note", required=False),
        other_sources=record.texts("other_sources"),
        other_sources_note=record.text("other_sources_note", required=False),
        other_sources_aliases=record.texts("other_sources_aliases"),
        supplements=record.text("supplements", required=False), table=table, intake=intake,
        members=record.texts("members"), part_of=part_of,
    )


def _food_entries(record: Record, builder: _Builder) -> tuple[FoodEntry, ...]:
    items = record.optional("foods", list, [])
    entries = []
    for index, item in enumerate(items):
        line = items.item_lines[index] if isinstance(items, LocatedList) else record.line
        where = f"{record.where}.foods[{index}]"
        if isinstance(item, str):
            builder.references.append(_Reference("food", item, record.file, line, where))
            entries.append(FoodEntry(item, is_group=False))
            continue
        sub = Record(record.file, item, where, line)
        group = sub.text("group")
        builder.refer("group", group, sub, "group")
        examples = sub.texts("examples")
        for example in examples:
            builder.refer(f"member of {group}", example, sub, "examples")
        entries.append(FoodEntry(group, True, sub.text("label", required=False), examples,
                                 sub.text("note", required=False)))
        sub.finish()
    return tuple(entries)


def _intake(record: Record, builder: _Builder) -> Intake:
    measure = record.text("measure")
    if measure not in ("RDA", "AI"):
        raise record.error("measure", f"expected 'RDA' or 'AI', got '{measure}'")
    intake = Intake(measure, record.text("unit"), _amounts(record, "amounts"),
                    _amounts(record, "upper_limits"),
                    record.text("upper_limit_note", required=False),
                    record.text("source", required=False) or "nih-ods",
                    _conversions(record, builder))
    builder.refer("unit", intake.unit.lower(), record, "unit")
    if not intake.amounts:
        raise record.error("amounts", "list at least one amount")
    if not intake.upper_limits and not intake.upper_limit_note:
        raise record.error(None, "give upper_limits, or an upper_limit_note saying none is set")
    builder.refer("source", intake.source, record, "measure")
    record.finish()
    return intake


def _conversions(record: Record, builder: _Builder) -> tuple[tuple[str, float], ...]:
    """'conversions: {mcg: 40}': one mcg is 40 of the intake's unit; each a known unit."""
    conversions = record.optional("conversions", dict, {})
    for unit, factor in conversions.items():
        if isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor <= 0:
            raise record.error("conversions", f"'{unit}': expected a positive number, "
                                              f"got '{factor}'")
        builder.refer("unit", str(unit).lower(), record, "conversions")
    return tuple((str(unit).lower(), float(f)) for unit, f in conversions.items())


# The judgement's wording: each template and the placeholders it may use.
_SAY_FIELDS = {
    "limit": {"amount", "comparisons", "note"},
    "each_limit": {"relation", "limit", "who"},
    "no_limit": {"nutrient", "note"},
    "daily": {"relation", "measure", "daily", "who"},
    "unconvertible": {"nutrient", "unit", "stated"},
    "sum": {"total", "parts"},
}
_RELATIONS = {"limit_relations": ("above", "equal", "below"),
              "daily_relations": ("above", "equal", "below", "within"),
              "varies_by": ("age", "sex", "both")}


def _amount_rules(record: Record, builder: _Builder) -> AmountRules:
    units: dict[str, Unit] = {}
    for sub in record.records("units", required=True):
        unit_id = sub.text("id").lower()
        if unit_id in units:
            raise sub.error("id", f"duplicate unit '{unit_id}'")
        mg = sub.optional("mg", float, 0.0)
        if sub.has("mg") and mg <= 0:
            raise sub.error("mg", f"expected a positive number, got '{mg:g}'")
        units[unit_id] = Unit(unit_id, sub.text("name"), _aliases(sub, sub.text("name")),
                              mg or None)
        sub.finish()
    say = record.record("say")
    assert say is not None
    templates = {}
    for key, allowed in _SAY_FIELDS.items():
        text = say.text(key)
        for name in re.findall(r"\{(\w*)\}", text):
            if name not in allowed:
                raise say.error(key, f"unknown placeholder '{{{name}}}'"
                                     f"{did_you_mean(name, allowed)}; it may use: "
                                     f"{', '.join(sorted(allowed))}")
        templates[key] = text
    say.finish()
    words = {}
    for key, needed in _RELATIONS.items():
        table = record.record(key)
        assert table is not None
        words[key] = MappingProxyType({name: table.text(name) for name in needed})
        table.finish()
    return AmountRules(MappingProxyType(units), record.texts("together"),
                       record.texts("apart"), record.texts("taken_when"),
                       MappingProxyType(templates), words["limit_relations"],
                       words["daily_relations"], words["varies_by"],
                       _source(record, builder), record.texts("bare_after"),
                       record.texts("bare_followers"))


def _amounts(record: Record, key: str) -> tuple[Amount, ...]:
    amounts = []
    for sub in record.records(key):
        who = sub.text("who")
        if not _is_who(who):
            raise sub.error("who", f"expected 'men', 'women' or 'adults', got '{who}'")
        ages = sub.optional("ages", object, "19+")
        age_min, age_max = _ages(sub, str(ages))
        amounts.append(Amount(who, age_min, age_max, sub.required("amount", float),
                              sub.text("also", required=False)))
        sub.finish()
    return tuple(amounts)


def _is_who(text: str) -> TypeGuard[Who]:
    """Lets the check of a data file's 'who' also tell the type checker what it found."""
    return text in ("men", "women", "adults")


def _ages(record: Record, text: str) -> tuple[int, int | None]:
    """'19-30' -> (19, 30); '71+' -> (71, None)."""
    low, dash, high = text.partition("-")
    try:
        if text.endswith("+"):
            return int(text[:-1]), None
        if dash:
            return int(low), int(high)
    except ValueError:
        pass
    raise record.error("ages", f"expected an age range like '19-30' or '71+', got '{text}'")


def _interaction(record: Record, builder: _Builder) -> Interaction:
    between = record.texts("between")
    if len(between) != 2 or between[0] == between[1]:
        raise record.error("between", "expected two different nutrient ids")
    for nutrient in between:
        builder.refer("nutrient", nutrient, record, "between")
    return Interaction((between[0], between[1]), record.text("how"), _source(record, builder))


def _food(record: Record, builder: _Builder, item_id: str) -> Food:
    name = record.text("name")
    group = record.text("group")
    builder.refer("group", group, record, "group")
    return Food(item_id, name, record.text("plural", required=False) or name,
                _aliases(record, name), group, frozenset(record.texts("tags")))


def _group(record: Record, builder: _Builder, item_id: str) -> Group:
    return Group(item_id, record.text("name"), record.texts("aliases"),
                 frozenset(record.texts("tags")))


def _diet(record: Record, builder: _Builder, item_id: str) -> Diet:
    excludes = record.texts("excludes")
    if not excludes:
        raise record.error("excludes", "list the food tags this diet rules out")
    for tag in excludes:
        builder.refer("tag", tag, record, "excludes")
    return Diet(item_id, record.text("name"), _aliases(record, record.text("name")),
                record.text("phrase"), frozenset(excludes))


def _trigger(record: Record, builder: _Builder, item_id: str) -> Trigger:
    name = record.text("name")
    relief = record.text("relief", required=False)
    if relief:
        builder.refer("lifestyle factor", relief, record, "relief")
    trigger = Trigger(item_id, name, _aliases(record, name), record.text("explanation"), relief,
                      record.text("advice", required=False), _source(record, builder))
    if not trigger.relief and not trigger.advice:
        raise record.error(None, "give 'relief' (a lifestyle factor id) or 'advice'")
    return trigger


def _factor(record: Record, builder: _Builder, item_id: str) -> Factor:
    name = record.text("name")
    hours = str(record.optional("hours", object, ""))
    least, dash, most = hours.partition("-")
    if hours and not (least.isdigit() and (not dash or most.isdigit())):
        # the reading takes the least hours advised from it ("four hours of sleep")
        raise record.error("hours", f"expected hours like '7-9' or '8', got '{hours}'")
    return Factor(item_id, name, _aliases(record, name), record.text("tip"),
                  record.text("why", required=False),
                  record.text("advice"), record.text("extra", required=False),
                  record.texts("practices"), hours, _source(record, builder))


def _twitching(record: Record, builder: _Builder) -> Twitching:
    return Twitching(record.text("name"), record.text("also_called"), record.text("definition"),
                     record.text("outlook"), record.text("first_step"),
                     record.text("persistent_link"), _source(record, builder),
                     record.text("not_covered", required=False),
                     record.text("reassurance", required=False))


def _electrolytes(record: Record, builder: _Builder) -> Electrolytes:
    members = record.texts("members")
    for member in members:
        builder.refer("nutrient", member, record, "members")
    return Electrolytes(record.text("definition"), members, record.text("imbalance"),
                        record.text("vitamins"), _source(record, builder))


def _causes(record: Record, builder: _Builder) -> Causes:
    groups = {key: record.texts(key) for key in ("common", "persistent", "also")}
    for key, ids in groups.items():
        for trigger in ids:
            builder.refer("trigger", trigger, record, key)
    return Causes(**groups)


def _statement(record: Record, builder: _Builder, key: str, *, sourced: bool = True) -> Statement:
    sub = record.record(key)
    assert sub is not None
    statement = Statement(sub.text("text"), _source(sub, builder) if sourced else "")
    sub.finish()
    return statement


def _several_signs(record: Record, builder: _Builder) -> Statement:
    """The sentence for several signs at once, which must say where their names go."""
    sub = record.record("several_signs")
    assert sub is not None
    text = sub.text("text")
    names = set(re.findall(r"\{(\w*)\}", text))
    if names != {"signs"}:
        unknown = sorted(names - {"signs"})
        raise sub.error("text", f"unknown placeholder '{{{unknown[0]}}}'; it may use only "
                                "{signs}" if unknown else "expected the placeholder {signs}")
    statement = Statement(text, _source(sub, builder))
    sub.finish()
    return statement


def _care(record: Record, builder: _Builder) -> Care:
    signs = record.record("see_doctor_if")
    urgent = record.record("urgent")
    learn = record.record("learn_more")
    assert signs and urgent and learn
    sign_list = []
    for sign in signs.records("signs"):
        sign_list.append(Sign(sign.text("id"), sign.text("text")))
        sign.finish()
    see_source = _source(signs, builder)
    signs.finish()
    urgent_signs, urgent_advice = urgent.texts("signs"), urgent.text("advice")
    urgent_source = _source(urgent, builder)
    urgent.finish()
    learn_name = learn.text("name")
    learn_statement = Statement(learn.text("text"), _source(learn, builder))
    learn.finish()
    audiences = []
    for sub in record.records("audiences", required=True):
        audiences.append(Audience(sub.text("id"), sub.text("name"), sub.text("professional"),
                                  sub.text("reason")))
        sub.finish()
    leads: dict[str, Lead] = {}
    lead_lines: dict[str, int] = {}
    for sub in record.records("leads", required=True):
        lead_id = sub.text("id")
        if lead_id in leads:
            raise sub.error("id", f"duplicate id '{lead_id}' (first defined at "
                                  f"{sub.file.name}:{lead_lines[lead_id]})")
        lead_lines[lead_id] = sub.line
        named = sub.text("named", required=False)
        if named and "{symptoms}" not in named:
            raise sub.error("named", "expected '{symptoms}' where the symptoms told are named")
        leads[lead_id] = Lead(sub.text("text"), _source(sub, builder),
                              sub.text("when", required=False),
                              sub.optional("after_urgent", bool, False), named,
                              sub.optional("with_causes", bool, False),
                              sub.optional("then_timed", bool, False),
                              sub.optional("before_urgent", bool, False),
                              sub.optional("beside_others", bool, False))
        sub.finish()
    normal_asked = record.text("normal_asked", required=False)
    if normal_asked and normal_asked not in leads:
        raise record.error("normal_asked", f"unknown lead '{normal_asked}'"
                                           f"{did_you_mean(normal_asked, leads)}")
    return Care(
        reassurance=_statement(record, builder, "reassurance"),
        article_advice=_statement(record, builder, "article_advice"),
        see_doctor_if=tuple(sign_list), see_doctor_source=see_source,
        leads=MappingProxyType(leads), several_signs=_several_signs(record, builder),
        urgent_signs=urgent_signs, urgent_advice=urgent_advice, urgent_source=urgent_source,
        learn_more_name=learn_name, learn_more=learn_statement,
        food_first=_statement(record, builder, "food_first"), reminder=record.text("reminder"),
        intake_note=_statement(record, builder, "intake_note"), audiences=tuple(audiences),
        products_outside=record.text("products_outside", required=False),
        timing_outside=record.text("timing_outside", required=False),
        prices_outside=record.text("prices_outside", required=False),
        rest_outside=record.text("rest_outside", required=False),
        others_outside=record.text("others_outside", required=False),
        levels_outside=record.text("levels_outside", required=False),
        normal_asked=leads.get(normal_asked),
    )


_LIST_READERS = {
    "sources": _source_item, "nutrients": _nutrient, "foods": _food, "groups": _group,
    "diets": _diet, "triggers": _trigger, "lifestyle": _factor,
}
_SINGLE_READERS = {
    "twitching": _twitching, "electrolytes": _electrolytes, "causes": _causes, "care": _care,
    "amounts": _amount_rules,
}
# Single sections a knowledge base may leave out (a knowledge base without 'amounts'
# answers amounts with its tables and judges none).
OPTIONAL_SECTIONS = ("amounts",)


def _finish(builder: _Builder, directories: Sequence[StrPath],
            signs: Collection[str] | None) -> KnowledgeBase:
    for section in SINGLE_SECTIONS:
        if section not in builder.singles:
            where = ", ".join(str(d) for d in directories)
            raise DataError(where, None, f"no file defines the '{section}' section")
    lists = {section: builder.lists.get(section, {}) for section in _LIST_READERS}
    foods, sources = _typed(lists["foods"], Food), _typed(lists["sources"], Source)
    groups = _typed(lists["groups"], Group)
    _check_references(builder, lists, foods, groups, sources, signs)
    singles = builder.singles
    kb = KnowledgeBase(
        sources=MappingProxyType(sources),
        twitching=_typed_one(singles["twitching"], Twitching),
        electrolytes=_typed_one(singles["electrolytes"], Electrolytes),
        causes=_typed_one(singles["causes"], Causes),
        nutrients=MappingProxyType(_typed(lists["nutrients"], Nutrient)),
        interactions=tuple(builder.interactions),
        foods=MappingProxyType(foods), groups=MappingProxyType(groups),
        diets=MappingProxyType(_typed(lists["diets"], Diet)),
        triggers=MappingProxyType(_typed(lists["triggers"], Trigger)),
        lifestyle=MappingProxyType(_typed(lists["lifestyle"], Factor)),
        care=_typed_one(singles["care"], Care),
        food_nutrients=MappingProxyType({}), group_members=_group_members(foods),
        amounts=rules if isinstance(rules := singles.get("amounts"), AmountRules) else None,
    )
    carriers: dict[str, list[str]] = {}
    nutrient_foods: dict[str, tuple[str, ...]] = {}
    for nutrient_id in kb.nutrients:
        found: list[str] = []
        for entry in kb.nutrients[nutrient_id].foods:
            found.extend(kb._carriers(entry))
            for food_id in dict.fromkeys([entry.ref, *kb._carriers(entry)]):
                carriers.setdefault(food_id, []).append(nutrient_id)
        nutrient_foods[nutrient_id] = tuple(dict.fromkeys(found))
    kb = kb._replace(food_nutrients=MappingProxyType(
        {food: tuple(dict.fromkeys(ids)) for food, ids in carriers.items()}),
        nutrient_foods=MappingProxyType(nutrient_foods))
    return kb._replace(diet_cuts=MappingProxyType(
        {diet.excludes: MappingProxyType(kb.cuts(diet.excludes)) for diet in kb.diets.values()}))


def _typed_one(value: object, kind: type[T]) -> T:
    """The builder keeps every section's result as an object (one table for all
    sections), so each is checked against its reader's type on the way out."""
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _typed(items: Mapping[str, object], kind: type[T]) -> dict[str, T]:
    """The items of one list section, checked like :func:`_typed_one`, in file order."""
    return {item_id: _typed_one(item, kind) for item_id, item in items.items()}


def _group_members(foods: Mapping[str, Food]) -> Mapping[str, tuple[str, ...]]:
    """The foods of each group, in file order: looked up for every group a nutrient
    lists, so that reading many nutrients and foods stays linear, not their product."""
    members: dict[str, list[str]] = {}
    for food in foods.values():
        members.setdefault(food.group, []).append(food.id)
    return MappingProxyType({group: tuple(ids) for group, ids in members.items()})


def _check_references(builder: _Builder, lists: Mapping[str, Mapping[str, object]],
                      foods: Mapping[str, Food], groups: Mapping[str, Group],
                      sources: Mapping[str, Source], signs: Collection[str] | None) -> None:
    tags = {tag for food in foods.values() for tag in food.tags}
    tags |= {tag for group in groups.values() for tag in group.tags}
    known: dict[str, Iterable[str]] = {
        "nutrient": lists["nutrients"], "food": lists["foods"], "group": lists["groups"],
        "trigger": lists["triggers"], "lifestyle factor": lists["lifestyle"], "tag": tags,
        "source": _source_refs(sources), "sign": signs or (),
    }
    rules = builder.singles.get("amounts")
    for ref in builder.references:
        if (ref.kind == "unit" and rules is None) or (ref.kind == "sign" and signs is None):
            continue  # no amounts section: units are not judged; no safety rules given
        if ref.kind == "unit":
            known["unit"] = rules.units  # type: ignore[attr-defined]
        if ref.kind.startswith("member of "):
            group = ref.kind.removeprefix("member of ")
            food = foods.get(ref.target)
            if food is None:
                choices: Iterable[str] = known["food"]
            elif food.group != group:
                raise DataError(ref.file, ref.line, f"{ref.where}: '{ref.target}' is in group "
                                f"'{food.group}', not '{group}'")
            else:
                continue
            kind = "food"
        else:
            kind, choices = ref.kind, known[ref.kind]
        if ref.target not in choices:
            raise DataError(ref.file, ref.line, f"{ref.where}: unknown {kind} '{ref.target}'"
                            f"{did_you_mean(ref.target, choices)}")


def _source_refs(sources: Mapping[str, Source]) -> set[str]:
    refs = set(sources)
    for source in sources.values():
        refs.update(f"{source.id}#{section}" for section in source.sections)
    return refs


def relieved_by(reliefs: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The triggers each lifestyle factor eases ("sleep": fatigue), from the factor each
    trigger names (see KnowledgeBase.reliefs): a habit told stands for the trigger it eases
    only where it eases one."""
    relieved: dict[str, list[str]] = {}
    for trigger, factor in reliefs.items():
        relieved.setdefault(factor, []).append(trigger)
    return {factor: tuple(triggers) for factor, triggers in relieved.items()}
