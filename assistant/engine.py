"""Assistant and Conversation: the one path every question takes.

    question -> words -> entities -> safety -> matcher -> dialogue -> answer -> Reply

An :class:`Assistant` loads and checks its data once and never changes after,
so one instance can serve any number of threads. A :class:`Conversation`
carries the context of one chat (the last intent and entities) and belongs to
one caller at a time.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, pairwise
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from . import answers
from .answers import Scene
from .compiled import load_or_build
from .data import directories
from .dialogue import EXCEPT, STRONG_KINDS, Decision, Dialogue, State, Turn, remember
from .entities import OUTSIDE, EntityFinder, Found
from .intents import IntentSet, load_intents
from .knowledge import KnowledgeBase, load_knowledge
from .matcher import Matcher, OverlapMatcher
from .person import find_person
from .reply import Candidate, Mention, Reply
from .safety import DENIALS, PhraseSet, SafetyCheck, negated
from .text import MAX_CHARS

PathLike = str | os.PathLike[str]
SEEK_CARE = "seek_care"
CLEAR_MATCH = 0.6  # a match this strong is a question of its own, even beside a soft sign
QUESTION_WORD_WITHIN = 4  # a clause asks when a question word is among its first words
EMPTY_QUESTION = ('Ask me anything about muscle twitching, for example: "what foods have '
                  'magnesium?" or "why do I twitch after coffee?"')


def packaged_dir(name: str) -> Path:
    """The data shipped inside the package; in a source checkout, the top-level folder."""
    installed = Path(__file__).parent / "_data" / name
    return installed if installed.is_dir() else Path(__file__).parent.parent / name


def _check_question(question: object) -> None:
    """TypeError for anything but text, worded for the caller who passed it."""
    if not isinstance(question, str):
        hint = " (decode it first)" if isinstance(question, (bytes, bytearray)) else ""
        raise TypeError(f"question must be text (str), not {type(question).__name__}{hint}")


class Assistant:
    """Answers questions about muscle twitching from a knowledge base and intents.

    ``Assistant()`` uses the packaged data; ``knowledge`` and ``intents`` name
    other directories (one or several), and ``extra_knowledge`` adds
    directories to the packaged knowledge. Bad data raises
    :class:`assistant.DataError` with a ``file:line`` message. A different
    matcher can be given as ``matcher``: any object with the
    :class:`assistant.matcher.Matcher` methods, built from the loaded intents.
    """

    def __init__(self, knowledge: PathLike | Iterable[PathLike] | None = None,
                 intents: PathLike | Iterable[PathLike] | None = None, *,
                 extra_knowledge: Iterable[PathLike] = (),
                 matcher: Callable[[IntentSet], Matcher] | None = None) -> None:
        knowledge_dirs = ([packaged_dir("knowledge")] if knowledge is None
                          else directories("knowledge", knowledge))
        knowledge_dirs += directories("extra_knowledge", extra_knowledge, allow_empty=True)
        intent_dirs = ([packaged_dir("intents")] if intents is None
                       else directories("intents", intents))
        if matcher is not None and not callable(matcher):
            raise TypeError(f"matcher: expected a class or function that builds a Matcher "
                            f"from the intents, got {type(matcher).__name__}")
        if matcher is None:
            parts = load_or_build([*knowledge_dirs, *intent_dirs],
                                  lambda: _build(knowledge_dirs, intent_dirs, OverlapMatcher),
                                  _Parts)
        else:
            parts = _build(knowledge_dirs, intent_dirs, matcher)
        self.knowledge: KnowledgeBase = parts.knowledge
        self.intents: IntentSet = parts.intents
        self.matcher: Matcher = parts.matcher
        self._normalizer = self.intents.normalizer
        self._finder = parts.finder
        self._safety = parts.safety
        self._exclusions = parts.exclusions
        self._diet_for_tags = parts.diet_for_tags
        self._dialogue = parts.dialogue

    def ask(self, question: str) -> Reply:
        """Answer one question on its own, with no conversation context.

        Raises TypeError for anything but text: an answer to ``None`` or to
        ``b"..."`` would be a guess at what the caller meant.
        """
        _check_question(question)
        return self.respond(question, State())[0]

    def conversation(self) -> Conversation:
        """A new conversation, whose questions can follow up on each other."""
        return Conversation(self)

    def vocabulary(self) -> tuple[str, ...]:
        """Nutrient, food and topic names, for completion in front ends."""
        kb = self.knowledge
        names = {n.name for n in kb.nutrients.values()}
        names |= {f.plural for f in kb.foods.values()} | {g.name for g in kb.groups.values()}
        names |= {t.name for t in kb.triggers.values()} | {f.name for f in kb.lifestyle.values()}
        names |= {"electrolytes", "supplements", "symptoms", "doctor"}
        return tuple(sorted(names, key=str.lower))

    def respond(self, question: str, state: State) -> tuple[Reply, State]:
        """The reply to a question in a given conversation state, and the state after it."""
        text = _clean(question)
        clauses = self._normalizer.clauses(text)
        words = [word for clause in clauses for word in clause]
        if not words:
            return Reply(EMPTY_QUESTION, None, 0.0), state
        found = self._with_exclusions(self._finder.find(words, raw=text), words)
        mentions = tuple(Mention(f.kind, f.id, f.text, round(f.score, 3)) for f in found)
        asks = [self._asks(clause) for clause in clauses]
        asked = _asking_positions(clauses, asks)
        if not any(f.start in asked for f in found if f.kind != OUTSIDE):
            asked = set(range(len(words)))  # "iron tablets for women, how many mg"
        entities = self._entities(clauses, words, asks, found, asked, state)
        person = find_person(words, self.intents.lexicon.sexes)
        reading = self._safety.read(clauses, "nutrient" in entities)
        signs = reading.signs
        audience = self._safety.audience(clauses, asks)
        if audience is None and person.age is not None and person.age < 19:
            audience = "children"
        declined = audience is not None and "urgent" not in signs
        if signs and not set(signs) <= self._safety.soft and not declined:
            decision = Decision("answer", SEEK_CARE, 1.0, entities, person)
            return self._reply(decision, signs, (), mentions)[0], remember(state, decision)
        whole, split = _with_slots(_resolve_pronouns(clauses, entities, state), found,
                                   reading.denied)
        ranked = tuple(self.matcher.rank(whole, _questions(split, asks)))
        outside = tuple(dict.fromkeys(f.text for f in found
                                      if f.kind == OUTSIDE and f.start in asked))
        turn = Turn(tuple(whole), entities, person, ranked, outside,
                    self._evidence(words, entities),
                    bool(self.intents.lexicon.symptom_words & set(words)),
                    self._safety.about_own_body(words),
                    frozenset(f.kind for f in found if f.start in asked and f.kind != OUTSIDE)
                    | _pointed_at(whole, entities))
        decision = self._dialogue.decide(turn, state)
        if declined:
            # The question is remembered, not who it was for: "what about me then, 33?"
            # after a question about a child asks the same for an adult.
            kept = decision._replace(person=state.person) if decision.outcome == "answer" else None
            return (self._decline(audience or "", mentions),
                    remember(state, kept) if kept else state)
        if signs and not self._asked_besides_care(decision):
            # A soft sign with nothing more specific asked: the care answer itself.
            decision = Decision("answer", SEEK_CARE, 1.0, entities, person)
        reply, about = self._reply(decision, signs, ranked, mentions, outside)
        return reply, remember(state, _with_about(decision, about))

    def _entities(self, clauses: list[list[str]], words: Sequence[str], asks: Sequence[bool],
                  found: Sequence[Found], asked: set[int], state: State
                  ) -> Mapping[str, tuple[str, ...]]:
        """What the question is about: the asking clauses' subjects (all of the story's
        when a question points back at it: "could that be why"), the specific nutrient
        before its group, and "the second one" read from what was named before."""
        points_back = any(is_question and {"that", "this"} & set(clause[:3])
                          for clause, is_question in zip(clauses, asks, strict=True))
        entities = _entities(found if points_back else _subjects(found, asked), clauses)
        return _ordinal_reference(words, self._specific(entities), state)

    def _specific(self, entities: Mapping[str, tuple[str, ...]]
                  ) -> Mapping[str, tuple[str, ...]]:
        """'whats folate, is it a b vitamin': a nutrient named with its own group is the
        subject, and the group only what it belongs to."""
        nutrients = entities.get("nutrient", ())
        groups = {self.knowledge.nutrients[n].part_of for n in nutrients}
        kept = tuple(n for n in nutrients if n not in groups)
        return {**entities, "nutrient": kept} if len(kept) < len(nutrients) else entities

    def _asked_besides_care(self, decision: Decision) -> bool:
        """Whether a question with a soft sign also asks something worth answering after
        the care advice: a specific question (it has slots), or a clearly matched one."""
        if decision.outcome != "answer":
            return False
        intent = self.intents.intents[decision.intent or ""]
        return not intent.whole and (bool(intent.slots) or decision.confidence >= CLEAR_MATCH)

    def _with_exclusions(self, found: list[Found], words: Sequence[str]) -> list[Found]:
        """'i avoid dairy', 'allergic to fish': a ruled-out food reads as the diet that rules
        out its kind, so 'what else has calcium' finds the dairy-free sources; a single food
        ruled out ('apart from bananas') is left out of food lists, and a trigger denied
        ('not on any meds') is no trigger."""
        result = []
        ruled_out: dict[str, Found] = {}
        for mention in found:
            before = " ".join(words[max(0, mention.start - 2):mention.start])
            if mention.kind in ("trigger", "factor") and (
                    negated(words, mention.start, DENIALS)
                    or any(w in before for w in _OTHER_THAN)):
                continue  # "not on any meds", "besides nicotine": ruled out
            if mention.kind == "food" and mention.start >= 0:
                window = _without_or_not(words[max(0, mention.start - 6):mention.end + 5])
                if self._exclusions.search(window):
                    diet = self._diet_for_tags.get(self._food_tags(mention.id))
                    ruled_out[mention.id] = Found("diet" if diet else EXCEPT,
                                                  diet or mention.id, "", 1.0, -1, -1)
            result.append(mention)
        # "i can't stand fish ... eat oily fish this, eat oily fish that": every mention of
        # a food that is ruled out once is ruled out.
        return [ruled_out[m.id]._replace(text=m.text, score=m.score, start=m.start, end=m.end)
                if m.kind == "food" and m.id in ruled_out else m for m in result]

    def _food_tags(self, food_id: str) -> frozenset[str]:
        kb = self.knowledge
        item = kb.foods.get(food_id) or kb.groups.get(food_id)
        return item.tags if item else frozenset()

    def _asks(self, clause: Sequence[str]) -> bool:
        """A clause asks when it starts like a question, or a question word comes early:
        'for magnesium, which foods' (but 'i am a roofer' does not ask)."""
        lexicon = self.intents.lexicon
        return bool(clause) and (clause[0] in lexicon.question_starts or bool(
            lexicon.question_words & set(clause[:QUESTION_WORD_WITHIN])))

    def _evidence(self, words: Sequence[str], entities: Mapping[str, tuple[str, ...]]) -> str:
        """How plainly the question is about our domain (see dialogue.THRESHOLDS)."""
        if STRONG_KINDS & set(entities) or self.intents.lexicon.domain & set(words):
            return "domain"
        if self._safety.about_own_body(words):  # "my calf has started doing it too"
            return "domain"
        return "trigger" if entities else "none"

    def _reply(self, decision: Decision, signs: tuple[str, ...],
               ranked: Sequence[Candidate], mentions: tuple[Mention, ...],
               outside: tuple[str, ...] = ()) -> tuple[Reply, tuple[tuple[str, str], ...]]:
        """The Reply for a decision (rendered text, sources, and what explains it), and
        the entities the answer named besides those asked about."""
        kb = self.knowledge
        why = {"alternatives": tuple(c.intent for c in ranked[1:4]),
               "candidates": tuple(ranked[:5]), "mentions": mentions}
        if decision.outcome == "out_of_scope":
            body = answers.render(self.intents.intents["out_of_scope"], Scene(kb, outside=outside))
            return Reply(body.text if body else "", None, decision.confidence, **why), ()
        if decision.outcome == "ask_slot":
            return Reply(self._ask_for(decision.missing), decision.intent, decision.confidence,
                         **why), ()
        if decision.outcome == "ask_intent":
            options = " or ".join(_describe(name) for name in decision.options)
            return Reply(f"Did you mean {options}?", decision.intent, decision.confidence,
                         _public(decision.entities),
                         **{**why, "alternatives": decision.options}), ()
        intent = self.intents.intents[decision.intent or ""]
        scene = Scene(kb, decision.entities, decision.person, signs)
        body = self._render(intent, scene)
        if signs and intent.name != SEEK_CARE:
            # A soft sign ("is that normal?", two body parts named): care advice leads,
            # then the question asked is answered.
            lead = answers.care_lead(scene)
            body = answers.Fact(f"{lead.text} {body.text}", lead.sources + body.sources,
                                body.about)
        reminder = kb.care.reminder if intent.reminder or signs else ""
        text = f"{body.text}\n{reminder}" if reminder else body.text
        sources = tuple(dict.fromkeys(kb.cite(ref) for ref in body.sources))
        entities = _public(decision.entities)
        if signs:
            entities = MappingProxyType({**entities, "sign": signs})
        return Reply(text, intent.name, decision.confidence, entities, sources,
                     reminder=reminder, **why), body.about

    def _render(self, intent: answers.Intent, scene: Scene) -> answers.Fact:
        """One answer for each of two things named ('signs of low Mg and K', 'is it the
        lack of sleep or the energy drinks'), if both fit in a short answer."""
        kind = intent.slots[0] if len(intent.slots) == 1 else ""
        named = scene.entities.get(kind, ())
        parts = []
        if len(named) > 1:
            for entity_id in named[:2]:
                single = {**scene.entities, kind: (entity_id,)}
                part = answers.render(intent, Scene(scene.kb, single, scene.person, scene.signs))
                if part:
                    parts.append(part)
            joined = _without_repeats(" ".join(p.text for p in parts))
            if len(parts) == 2 and answers.word_count(joined) <= answers.MAX_WORDS - 30:
                return answers.Fact(joined, tuple(s for p in parts for s in p.sources))
        body = answers.render(intent, scene)
        if body is None:
            return answers.Fact(f"Sorry, my sources don't have that for {_named(scene)}.")
        return body

    def _ask_for(self, kind: str) -> str:
        kb = self.knowledge
        options = {
            "nutrient": [n.name for n in kb.nutrients.values() if not n.part_of],
            "food": [f.plural for f in list(kb.foods.values())[:6]],
            "trigger": [t.name for t in kb.triggers.values()],
            "factor": [f.name for f in kb.lifestyle.values()],
            "diet": [d.name for d in kb.diets.values()],
        }[kind]
        template = self.intents.lexicon.ask_for.get(kind, "Which {kind} do you mean: {options}?")
        return template.replace("{options}", answers.join(options, "or")).replace("{kind}", kind)

    def _decline(self, audience: str, mentions: tuple[Mention, ...]) -> Reply:
        care = self.knowledge.care
        found = next((a for a in care.audiences if a.id == audience), None)
        who = found.name if found else audience
        professional = found.professional if found else "a healthcare professional"
        text = (f"My sources only cover adults, so I can't give advice about {who}. "
                f"Please ask {professional}, who can give advice that fits.")
        return Reply(text, None, 1.0, mentions=mentions)


class _Parts(NamedTuple):
    """Everything an Assistant builds from its data: what the compiled cache holds."""

    knowledge: KnowledgeBase
    intents: IntentSet
    matcher: Matcher
    finder: EntityFinder
    safety: SafetyCheck
    exclusions: PhraseSet
    diet_for_tags: Mapping[frozenset[str], str]
    dialogue: Dialogue


def _build(knowledge_dirs: list[Path], intent_dirs: list[Path],
           matcher: Callable[[IntentSet], Matcher]) -> _Parts:
    """Read, check and index the data: the slow part of starting up."""
    kb = load_knowledge(knowledge_dirs)
    intents = load_intents(intent_dirs)
    answers.check_templates(intents)
    built = matcher(intents)
    normalizer = intents.normalizer
    known = set(built.vocabulary()) | intents.lexicon.filler
    return _Parts(
        kb, intents, built, EntityFinder(kb, intents.lexicon, normalizer, known),
        SafetyCheck(intents.safety, intents.lexicon, normalizer),
        PhraseSet(intents.lexicon.exclusion_cues, normalizer),
        MappingProxyType({diet.excludes: diet.id for diet in kb.diets.values()}),
        Dialogue(intents))


class Conversation:
    """One chat with an Assistant: remembers the last intent and entities for follow-ups.

    Not meant to be shared between threads; make one per user or session.
    """

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.state = State()

    def ask(self, question: str) -> Reply:
        """Answer a question in this conversation; raises TypeError for anything but text."""
        _check_question(question)
        reply, self.state = self.assistant.respond(question, self.state)
        return reply

    def reset(self) -> None:
        """Forget the conversation so far."""
        self.state = State()


def _clean(question: object) -> str:
    """Any input as text: cut to a sane length, lone surrogates replaced."""
    text = question if isinstance(question, str) else str(question)
    return text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")


def _entities(found: Sequence[Found], clauses: Sequence[Sequence[str]]
              ) -> Mapping[str, tuple[str, ...]]:
    """Entity ids by kind: the most often named first, then those named in a later clause
    (a story's question comes last), then in order of mention."""
    ends = list(accumulate(len(clause) for clause in clauses))
    counts = Counter((f.kind, f.id) for f in found if f.kind != OUTSIDE)
    last_clause: dict[tuple[str, str], int] = {}
    order: dict[str, list[str]] = {}
    for f in found:
        if f.kind == OUTSIDE:
            continue
        last_clause[(f.kind, f.id)] = bisect_right(ends, f.start) if f.start >= 0 else 0
        if f.id not in order.setdefault(f.kind, []):
            order[f.kind].append(f.id)
    return MappingProxyType({
        kind: tuple(sorted(ids, key=lambda i, k=kind: (-counts[(k, i)], -last_clause[(k, i)])))
        for kind, ids in order.items()})


def _questions(clauses: list[list[str]], asks: Sequence[bool]) -> list[list[str]]:
    """The clauses that ask something, when a story has both questions and background
    ("what foods have potassium, my calves twitch after football")."""
    asking = [clause for clause, is_question in zip(clauses, asks, strict=True) if is_question]
    if not asking or len(asking) == len(clauses):
        return clauses
    # "is that why" points back at the background: its entities come along.
    named = [w for c in clauses if c not in asking for w in c if w.startswith("{")]
    return [c + [w for w in dict.fromkeys(named) if w not in c] for c in asking]


def _asking_positions(clauses: Sequence[Sequence[str]], asks: Sequence[bool]) -> set[int]:
    """Word positions in the clauses that ask: an unknown subject in the background
    ("dairy sets off my eczema, how else do i get calcium") is not what is asked,
    as long as the asking clauses name a subject of their own."""
    positions, start = [], 0
    for clause, is_question in zip(clauses, asks, strict=True):
        positions.append((range(start, start + len(clause)), is_question))
        start += len(clause)
    spans = [span for span, is_question in positions if is_question] or [
        span for span, _ in positions]
    return {index for span in spans for index in span}


def _pointed_at(words: Sequence[str], entities: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Kinds a pronoun was read as ('does {nutrient} help at night too'): asked about,
    though the turn does not name them."""
    return frozenset(w[1:-1] for w in words if w.startswith("{") and w[1:-1] not in entities)


def _resolve_pronouns(clauses: list[list[str]], entities: Mapping[str, tuple[str, ...]],
                      state: State) -> list[list[str]]:
    """'which foods have it' after talk of magnesium reads as 'which foods have {nutrient}',
    so it matches the examples written with the slot. Only an object pronoun ('for it',
    'of it'), or one that helps or works ('does it help at night too'), is read so: in
    'is it serious' the 'it' is the twitch itself."""
    # "which nuts have it" names a food: 'it' is what the turn does not name.
    kinds = [kind for kind in _PRONOUN_KINDS if state.entities.get(kind) and kind not in entities]
    if not kinds:
        return clauses
    slot = "{" + kinds[0] + "}"
    return [[slot if _refers_back(clause, index) else word for index, word in enumerate(clause)]
            for clause in clauses]


def _refers_back(clause: Sequence[str], index: int) -> bool:
    if clause[index] not in ("it", "them", "they"):
        return False
    before = clause[index - 1] if index else ""
    after = clause[index + 1] if index + 1 < len(clause) else ""
    return before in _OBJECT_OF or after in _HELPING


_ASKED_KINDS = frozenset({"nutrient", "trigger"})
_HELPING = frozenset({"help", "helps", "work", "works", "matter", "matters"})
_OTHER_THAN = ("besides", "except", "other than", "apart from")
_PRONOUN_KINDS = ("nutrient", "food", "trigger", "factor")
_OBJECT_OF = frozenset({"for", "have", "has", "of", "get", "take", "taking", "in", "find",
                        "contain", "contains", "with", "about", "eat", "need", "from", "on"})


_ORDINALS = {("first", "one"): 0, ("the", "former"): 0, ("second", "one"): 1,
             ("the", "latter"): 1, ("last", "one"): -1}


def _ordinal_reference(words: Sequence[str], entities: Mapping[str, tuple[str, ...]],
                       state: State) -> Mapping[str, tuple[str, ...]]:
    """'ok the second one, what foods have it' after 'magnesium or potassium?': the
    entity at that place in what the conversation last named."""
    picks = [_ORDINALS[pair] for pair in pairwise(words) if pair in _ORDINALS]
    if not picks:
        return entities
    for kind in _PRONOUN_KINDS:
        named = state.entities.get(kind, ())
        if len(named) > 1 and not entities.get(kind):
            return {**entities, kind: (named[picks[0]],)}
    return entities


def _without_repeats(text: str) -> str:
    """Two answers joined say their shared advice once ('Needs differ with age...')."""
    seen: set[str] = set()
    lines = []
    for line in text.split("\n"):
        kept = []
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if sentence not in seen:
                seen.add(sentence)
                kept.append(sentence)
        lines.append(" ".join(kept))
    return "\n".join(line for line in lines if line)


def _with_about(decision: Decision, about: Sequence[tuple[str, str]]) -> Decision:
    """After 'are pumpkin seeds any good?' the answer named magnesium, so 'what else has
    it' asks about magnesium: what an answer named is remembered, where the question
    named nothing of that kind."""
    named: dict[str, tuple[str, ...]] = {}
    for kind, entity_id in about:
        if not decision.entities.get(kind):
            named[kind] = (*named.get(kind, ()), entity_id)
    if not named:
        return decision
    return decision._replace(entities=MappingProxyType({**decision.entities, **named}))


def _without_or_not(words: Sequence[str]) -> list[str]:
    """'eggs, good or not?', 'avocado ok or no?' ask yes or no; they rule nothing out."""
    kept: list[str] = []
    for word in words:
        if word in ("not", "no") and kept and kept[-1] == "or":
            kept.pop()
        else:
            kept.append(word)
    return kept


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
    words: list[str | None] = [None if i in denied else word
                               for i, word in enumerate(w for clause in clauses for w in clause)]
    for mention in found:
        if mention.kind != OUTSIDE and mention.start >= 0:
            words[mention.start:mention.end] = [None] * (mention.end - mention.start)
            if mention.kind != EXCEPT:
                slot = "{" + mention.kind + "}"
                words[mention.start] = f"{slot} deficiency" if mention.deficiency else slot
    split, position = [], 0
    for clause in clauses:
        split.append([part for w in words[position:position + len(clause)] if w is not None
                      for part in w.split()])
        position += len(clause)
    return [part for clause in split for part in clause], split


def _public(entities: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({kind: ids for kind, ids in entities.items() if ids})


def _describe(intent_name: str) -> str:
    return f"'{intent_name.replace('_', ' ')}'"


def _named(scene: Scene) -> str:
    """The entities of a scene by name: 'vitamin B12', not 'b12'."""
    kb = scene.kb
    tables: Mapping[str, Mapping[str, object]] = {
        "nutrient": kb.nutrients, "food": {**kb.foods, **kb.groups}, "trigger": kb.triggers,
        "factor": kb.lifestyle, "diet": kb.diets}
    names = [getattr(tables[kind].get(i), "name", i) for kind, ids in scene.entities.items()
             if kind in tables for i in ids]
    return answers.join(names) or "that"
