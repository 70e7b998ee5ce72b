"""The render stage: a decision made into the Reply a person reads.

    render(decision, reading, ranked) -> (Reply, what the answer named)

Templates are filled from the knowledge base (:mod:`assistant.answers`); this
module adds what surrounds them: care advice leading when the question showed a
soft sign, two answers for two things named, the general-information reminder,
clarifying questions, declines and the sources cited.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from . import answers
from .answers import Scene
from .dialogue import Decision
from .intents import SEEK_CARE, Intent, IntentSet
from .knowledge import KnowledgeBase, relieved_by
from .native import mypyc_attr
from .reading import Reading
from .reply import Candidate, Reply
from .safety import PhraseSet

EMPTY_QUESTION = ('Ask me anything about muscle twitching, for example: "what foods have '
                  'magnesium?" or "why do I twitch after coffee?"')

About = tuple[tuple[str, str], ...]
SHOWN = 5  # the candidates a reply lists to explain itself; the first is the answer's


TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:  # a TypedDict needs typing at run time, which no start imports
    from .reply_records import Why


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class Renderer:
    """Writes replies with one assistant's knowledge and intents. Safe to share."""

    def __init__(self, kb: KnowledgeBase, intents: IntentSet) -> None:
        self._kb = kb
        self._intents = intents
        self._products = PhraseSet(intents.lexicon.supplement_products, intents.normalizer)
        self._asks_if_normal = intents.lexicon.words("asks_if_normal")
        # Built with the rest of the engine and kept in its compiled cache, so these are
        # filled when the data is built, not when an Assistant starts.
        self._filled = answers.fill_data_only(intents, kb)
        self._relieved_by = relieved_by(kb.reliefs())  # "sleep": fatigue

    def render(self, decision: Decision, reading: Reading,
               ranked: Sequence[Candidate] = (), *, brief_care: bool = False
               ) -> tuple[Reply, About]:
        """The Reply for a decision (rendered text, sources, and what explains it), and
        the entities the answer named besides those asked about. With ``brief_care``, a
        sign's own sentence leads an answer without when to see a doctor in general."""
        kb = self._kb
        signs = reading.signs
        why: Why = {"alternatives": tuple(c.intent for c in ranked[1:4]),
                    "candidates": tuple(ranked[:SHOWN]), "mentions": reading.mentions}
        if (decision.intent != SEEK_CARE and not signs and kb.care.products_outside
                and (decision.outcome == "answer" or not (reading.frame or reading.outside))
                and (decision.entities.get("nutrient") or reading.entities.get("nutrient"))
                and self._products.search(_asked_words(reading))):
            return self._product(decision, reading, why)
        scene = Scene(kb, decision.entities, decision.person, signs,
                      reading.amounts, reading.person,
                      decision.listed, reading.symptoms_told)
        if decision.outcome == "out_of_scope":
            body = answers.render(self._intents.intents["out_of_scope"], Scene(kb), self._filled)
            text = body.text if body else ""
            if signs:
                # "which brand of magnesium is best then?" after a numb foot: what we
                # cannot answer is said after the care advice the sign still calls for
                text = f"{answers.care_lead(scene).text} {text}"
            return Reply(text, None, decision.confidence, **why), ()
        if decision.outcome in ("ask_slot", "ask_intent"):
            # after a red flag, a question back still comes after the care advice
            lead = f"{answers.care_lead(scene).text} " if signs else ""
            if decision.outcome == "ask_slot":
                return Reply(lead + self._ask_for(decision.missing), decision.intent,
                             decision.confidence, **why), ()
            first, second = (self._offer(name, decision.entities) for name in decision.options)
            return Reply(f"{lead}Do you want to know {first}, or {second}?", decision.intent,
                         decision.confidence,
                         _public(decision.entities),
                         **(why | {"alternatives": decision.options})), ()
        intent = self._intents.intents[decision.intent or ""]
        body = self._body(intent, self._with_relieved_triggers(intent, scene, reading))
        if (other := self._other_source_said(decision, reading, body.text)) is not None:
            body = other.led_by(body)
        if reading.audience and intent.name == SEEK_CARE:
            # "my son's eye has twitched for 3 weeks": the care advice, then who advises a child
            body = answers.Fact(self._who_advises(reading)).led_by(body)
        if reading.level_asked and kb.care.levels_outside and intent.name != SEEK_CARE:
            # "my magnesium came back at 1.6, is that low?": the sources give no ranges
            body = body.led_by(answers.Fact(kb.care.levels_outside))
        if reading.priced and intent.lists_foods and kb.care.prices_outside:
            # "cheap potassium foods": the sources compare no prices, so the foods they list
            body = body.led_by(answers.Fact(kb.care.prices_outside))
        if intent.reassures and not signs \
                and not self._asks_if_normal.isdisjoint(_asked_words(reading)):
            # "bicep twitch after the gym. Normal?": whether it is normal, first, and
            # when it would no longer be
            twitching, normal_asked = kb.twitching, kb.care.normal_asked
            reassured = answers.Fact(twitching.reassurance or twitching.outlook,
                                     (twitching.source,))
            if normal_asked is not None:
                reassured = answers.Fact(normal_asked.text, (normal_asked.source,)
                                         ).led_by(reassured)
            body = body.led_by(reassured)
        if signs and intent.name != SEEK_CARE and not intent.whole:
            # A soft sign ("is that normal?", two body parts named): care advice leads,
            # then the question asked is answered. Beside a sign that otherwise calls for
            # the care answer alone, when to see a doctor in general comes too; a
            # medicine's own advice already says it.
            medicine = self._intents.medicines.sign
            strong = reading.strong and reading.strong != (medicine,) and not brief_care
            body = body.led_by(answers.strong_care_lead(scene) if strong
                               else answers.care_lead(scene))
        # small talk names a sign raised in its own words (its templates' care.raised)
        reminder = kb.care.reminder if intent.reminder or (signs and not intent.whole) else ""
        text = f"{body.text}\n{reminder}" if reminder else body.text
        sources = tuple(dict.fromkeys(kb.cite(ref) for ref in body.sources))
        entities = _public(decision.entities)
        if signs:
            entities = MappingProxyType({**entities, "sign": signs})
        return Reply(text, intent.name, decision.confidence, entities, sources,
                     reminder=reminder, **why), body.about

    def _other_source_said(self, decision: Decision, reading: Reading, text: str
                           ) -> answers.Fact | None:
        """'Do I need vitamin D in winter?': a nutrient the answer speaks of, named by a
        lack of its other source (knowledge's other_sources_aliases), gets an answer that
        says where it mostly comes from, unless it says so already; not beside care
        advice, which an answer keeps room for."""
        if reading.signs:
            return None
        about = decision.entities.get("nutrient", ())
        for mention in reading.mentions:
            nutrient = self._kb.nutrients.get(mention.id) \
                if mention.kind == "nutrient" and mention.id in about else None
            if nutrient is not None and mention.text in nutrient.other_sources_aliases \
                    and nutrient.name in text and nutrient.other_sources_note not in text:
                return answers.Fact(nutrient.other_sources_note, (nutrient.source,))
        return None

    def _product(self, decision: Decision, reading: Reading,
                 why: Mapping[str, object]) -> tuple[Reply, About]:
        """A supplement form or brand ('is glycinate better than citrate', 'Nature Made
        magnesium'): the sources name none, so say so, then the general answer for the
        nutrient (its daily amount, limit, or a stated amount judged, when that was asked)."""
        kb, intents = self._kb, self._intents.intents
        note = answers.Fact(kb.care.products_outside)
        nutrients = decision.entities.get("nutrient") or reading.entities.get("nutrient", ())
        asked = intents.get(decision.intent or "") if decision.outcome == "answer" else None
        intent = intents["nutrient_supplements"]
        if asked and asked.reminder and asked.takes("nutrient") and not asked.rejects:
            intent = asked  # 'how much magnesium glycinate a day': that, after the note
        entities: Mapping[str, tuple[str, ...]] = MappingProxyType({})
        body = None
        if nutrients:
            entities = MappingProxyType({"nutrient": tuple(nutrients[:1])})
            scene = Scene(kb, entities, decision.person, (),
                          reading.amounts, reading.person)
            body = answers.render(intent, scene, self._filled)
        if body is not None:
            note = body.led_by(note)
        text = f"{note.text}\n{kb.care.reminder}"
        sources = tuple(dict.fromkeys(kb.cite(ref) for ref in note.sources))
        return Reply(text, intent.name, decision.confidence, entities, sources,
                     reminder=kb.care.reminder, **why), ()  # type: ignore[arg-type]

    def decline(self, reading: Reading) -> Reply:
        """Kindly, for someone outside the sources' adult audience, with who can help."""
        return Reply(self._who_advises(reading), None, 1.0, mentions=reading.mentions)

    def _who_advises(self, reading: Reading) -> str:
        """Why the sources cannot advise the audience a question is about, and who can."""
        audience = reading.audience or ""
        found = next((a for a in self._kb.care.audiences if a.id == audience), None)
        reason = found.reason if found else f"My sources don't cover {audience}."
        professional = found.professional if found else "a healthcare professional"
        return f"{reason} Please ask {professional}, who can give advice that fits."

    def _with_relieved_triggers(self, intent: Intent, scene: Scene, reading: Reading) -> Scene:
        """'five coffees a day and I sleep badly': asked what brings a twitch on, a habit
        of ours named beside a trigger (sleep) stands for the trigger it relieves (fatigue),
        so both are answered, as when both triggers are named."""
        if intent.slots != ("trigger",) or not reading.entities.get("factor"):
            return scene
        named = scene.entities.get("trigger", ())
        if not named:
            return scene
        # a habit that relieves several triggers (cutting back on stimulants: caffeine and
        # nicotine) says nothing of which one it stands for
        relieved = tuple(trigger_id for factor in reading.entities["factor"]
                         if len(ids := self._relieved_by.get(factor, ())) == 1
                         for trigger_id in ids if trigger_id not in named)
        if not relieved:
            return scene
        return scene._replace(entities={**scene.entities, "trigger": (*named, *relieved)})

    def _body(self, intent: Intent, scene: Scene) -> answers.Fact:
        """One answer for each thing named ('signs of low Mg and K', 'coffee, fags and five
        hours' sleep, which one is it?'), in the order named: up to the intent's
        each_named, as many as fit in a short answer; at least two, or the answer for the
        first alone."""
        kind = intent.slots[0] if len(intent.slots) == 1 else ""
        named = scene.entities.get(kind, ())[:intent.each_named]
        if len(named) > 1:
            parts: list[answers.Fact] = []
            joined = ""
            for entity_id in named:
                single = {**scene.entities, kind: (entity_id,)}
                part = answers.render(intent, scene._replace(entities=single), self._filled)
                if not part:
                    continue
                longer = answers.without_repeats(" ".join([*(p.text for p in parts), part.text]))
                if answers.word_count(longer) > answers.MAX_WORDS - 30:
                    break
                parts.append(part)
                joined = longer
            if len(parts) > 1:
                return answers.Fact(joined, tuple(s for p in parts for s in p.sources))
        body = answers.render(intent, scene, self._filled)
        if body is None:
            return answers.Fact(f"Sorry, my sources don't have that for {_named(scene)}.")
        return body

    def _offer(self, intent_name: str, entities: Mapping[str, tuple[str, ...]]) -> str:
        """An intent as a person would ask it: 'which foods have magnesium'."""
        offered = self._intents.intents[intent_name].ask_as
        taken: dict[str, int] = {}

        def name(match: re.Match[str]) -> str:
            kind = match.group(1)
            ids = entities.get(kind, ())
            index = taken.get(kind, 0)
            taken[kind] = index + 1
            return _name_of(self._kb, kind, ids[index]) if index < len(ids) else f"a {kind}"

        return re.sub(_SLOT, name, offered)

    def _ask_for(self, kind: str) -> str:
        kb = self._kb
        options = {
            "nutrient": [n.name for n in kb.nutrients.values() if not n.part_of],
            "food": [f.plural for f in list(kb.foods.values())[:6]],
            "trigger": [t.name for t in kb.triggers.values()],
            "factor": [f.name for f in kb.lifestyle.values()],
            "diet": [d.name for d in kb.diets.values()],
        }[kind]
        template = self._intents.lexicon.ask_for.get(kind, "Which {kind} do you mean: {options}?")
        return template.replace("{options}", answers.join(options, "or")).replace("{kind}", kind)


def _asked_words(reading: Reading) -> list[str]:
    """The words of the clauses that ask, or of all when none does ('magnesium glycinate
    dose'): a form named only in the background ('been on 500mg glycinate for a month,
    is that too much') is not what is asked."""
    asking = [c for c, asks in zip(reading.clauses, reading.asks, strict=False) if asks]
    return [word for clause in (asking or reading.clauses) for word in clause]


def _public(entities: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({kind: ids for kind, ids in entities.items() if ids})


_SLOT = r"\{(\w+)\}"  # compiled by re when first used: a start need not (few replies offer)


def _name_of(kb: KnowledgeBase, kind: str, entity_id: str) -> str:
    """An entity as a sentence names it: 'vitamin B12', 'bananas', 'on a vegan diet'."""
    if kind == "diet" and entity_id in kb.diets:
        return kb.diets[entity_id].phrase
    if kind == "food" and entity_id in kb.foods:
        return kb.foods[entity_id].plural
    tables: Mapping[str, Mapping[str, object]] = {
        "nutrient": kb.nutrients, "food": kb.groups, "trigger": kb.triggers,
        "factor": kb.lifestyle}
    return str(getattr(tables.get(kind, {}).get(entity_id), "name", entity_id))


def _named(scene: Scene) -> str:
    """The entities of a scene by name: 'vitamin B12', not 'b12'."""
    names = [_name_of(scene.kb, kind, i) for kind, ids in scene.entities.items() for i in ids
             if kind in ("nutrient", "food", "trigger", "factor", "diet")]
    return answers.join(names) or "that"
