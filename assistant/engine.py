"""Assistant and Conversation: the one path every question takes.

    read -> rank -> decide -> render -> remember

``read`` (:mod:`assistant.reading`) says what the question says; the matcher
ranks intents against it; the dialogue rules decide what to do; the renderer
writes the reply; and the conversation remembers what a follow-up may refer to.
An :class:`Assistant` loads and checks its data once and never changes after,
so one instance can serve any number of threads. A :class:`Conversation`
carries the context of one chat and belongs to one caller at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType

from . import answers
from .compiled import load_or_build
from .data import DataError, did_you_mean, directories
from .dialogue import FOLLOW_UP_CONFIDENCE, THRESHOLDS, Decision, Dialogue, State, Turn, remember
from .english import common_words, lookalikes
from .entities import EntityFinder, entity_aliases
from .intents import HOW_MUCH, SEEK_CARE, WORRY, Intent, IntentSet, load_intents
from .knowledge import KnowledgeBase, load_knowledge
from .matcher import Matcher, OverlapMatcher
from .reading import Reader, Reading
from .records import NamedTuple
from .render import EMPTY_QUESTION, SHOWN, Renderer
from .reply import Candidate, Reply
from .text import starts_at

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from datetime import date  # the reader measures with the C module's (safety.py)

PathLike = str | os.PathLike[str]
CLEAR_MATCH = 0.5  # a match this strong is a question of its own, even beside a soft sign
# ... and beside a worry alone, whose question the care advice answers itself
CLEAR_BESIDE_WORRY = 0.6
SECOND_QUESTION = 0.6  # a clause that matches another intent this well is asked too
# ... or this well, as its best, when it asks for the foods beside the amount or the
# amount beside the foods: the two are asked together, and who the amount is for or how
# the foods are to be eaten dilutes the match ("which foods have potassium, and how much
# does a man of 72 need", "which foods could I eat to get B12 as a vegan")
SECOND_OF_A_PAIR = 0.5
# ... and so, beside any other answer, does a clause's best match by the foods or the
# amount of a nutrient this far ahead of every other ("... and how much do I need a day")
SECOND_QUESTION_LEAD = 0.12
# The fewest words of a clause that asks a question of its own beside one of ours
_QUESTION_OF_ITS_OWN = 4
_BLAME_REACH = 5  # words before a nutrient where "it's" may blame it ("it's definitely low B12")
# No candidate scoring less than the least of the dialogue's thresholds is weighed: with
# the first SHOWN, which a reply lists, that is all the engine reads of a ranking.
LOWEST_BAR = min(THRESHOLDS.values())


def packaged_dir(name: str) -> str:
    """The data shipped inside the package; in a source checkout, the top-level folder.
    A path as text, as every path a start needs (see :mod:`assistant.userdirs`)."""
    package = os.path.dirname(__file__)
    installed = os.path.join(package, "_data", name)
    return installed if os.path.isdir(installed) else os.path.join(os.path.dirname(package), name)


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
    ``today`` is the clock that spans named by a day or a season ("since late
    November", "most of this year") are measured back from (the system's day when
    None): a fixed day makes the replies to such questions the same on any day.
    """

    def __init__(self, knowledge: PathLike | Iterable[PathLike] | None = None,
                 intents: PathLike | Iterable[PathLike] | None = None, *,
                 extra_knowledge: Iterable[PathLike] = (),
                 matcher: Callable[[IntentSet], Matcher] | None = None,
                 today: Callable[[], date] | None = None) -> None:
        knowledge_dirs: list[PathLike] = ([packaged_dir("knowledge")] if knowledge is None
                                          else directories("knowledge", knowledge))
        knowledge_dirs += directories("extra_knowledge", extra_knowledge, allow_empty=True)
        intent_dirs: list[PathLike] = ([packaged_dir("intents")] if intents is None
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
        self._intents = parts.intents  # the signs without their phrases: see intents
        # the frames that hold beside our subjects (a brand, a price): after a red flag they
        # still rule a turn out, where a shop or a kitchen named beside a nutrient does not
        lexicon = parts.intents.lexicon
        self._beside_ours = lexicon.frames_over_nutrients | lexicon.frames_under_nutrients
        self._intent_dirs = intent_dirs
        self._changes_subject = tuple(tuple(phrase.split())
                                      for phrase in lexicon.words("changes_subject"))
        self._blaming = tuple(tuple(phrase.split()) for phrase in lexicon.words("blaming"))
        self._side_by_side = lexicon.words("asked_side_by_side")
        self._things_asked = lexicon.words("things_asked") | lexicon.question_words
        self._pointing = lexicon.words("points_back") | lexicon.words("refers_back")
        self._question_starts = lexicon.question_starts
        # the kinds nutrients are of: "which nutrient" asks for any of them
        self._nutrient_kinds = frozenset(n.kind for n in parts.knowledge.nutrients.values())
        self._full_intents: IntentSet | None = None
        self.matcher: Matcher = parts.matcher
        self.reader: Reader = parts.reader
        self._dialogue = parts.dialogue
        self._renderer = parts.renderer
        self._today = today

    def _day(self) -> date | None:
        """The day by the clock given, or None: the reader then takes the system's."""
        return self._today() if self._today is not None else None

    @property
    def intents(self) -> IntentSet:
        """The intents, lexicon, safety rules and medicines, as read from the intents files.

        No question reads the signs' own phrases here (the reader has them in its own
        tables), and they are most of the data a start would read and check, so the
        compiled cache keeps the intents without them, and the files are read again (some
        0.1 s) the first time this is."""
        intents = self._full_intents
        if intents is None:
            intents = self._full_intents = load_intents(self._intent_dirs)
        return intents

    def ask(self, question: str) -> Reply:
        """Answer one question on its own, with no conversation context.

        Raises TypeError for anything but text: an answer to ``None`` or to
        ``b"..."`` would be a guess at what the caller meant.
        """
        _check_question(question)
        return self._respond(question, State(), remembering=False)[0]

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
        """The reply to a question in a given conversation state, and the state after it:
        read, rank, decide, render, remember."""
        reply, after = self._respond(question, state, remembering=True)
        assert after is not None  # worked out when remembering
        return reply, after

    def _respond(self, question: str, state: State, remembering: bool
                 ) -> tuple[Reply, State | None]:
        """See :meth:`respond`. Without ``remembering``, the state after the turn is not
        worked out (None in its place, or the state given): a question asked on its own
        (:meth:`ask`) has no conversation to go on with, and remembering what it said,
        its red flags and whose they are is about 3% of its time."""
        reading = self.reader.read(question, state, self._day())
        if not reading.clauses:
            return Reply(EMPTY_QUESTION, None, 0.0), state
        resumed: State | None = None  # the conversation a turn that leaves it goes back to
        if state.intent and self._opens_anew(reading):
            # "Unrelated, but how do I order a repeat prescription?": a question of its
            # own, read as if asked first; a red flag told earlier still leads it
            resumed, state = state, State(signs=state.signs, signs_theirs=state.signs_theirs,
                                          person=state.person,
                                          medicine_taken=state.medicine_taken,
                                          medicine_changed=state.medicine_changed)
            reading = self.reader.read(question, state, self._day())
        if reading.signs and "urgent" in state.signs and "urgent" not in reading.signs \
                and not (state.signs_theirs and _asks_of_themselves(reading)):
            # an emergency told earlier still leads a turn with a sign of its own: "Could
            # it be Bell's palsy rather than a stroke?" after a face that droops
            reading = reading._replace(signs=("urgent", *reading.signs))
        # "sorry, typo, she's 29 not 9" after a question declined for a child: who it is
        # for, corrected to an adult, with nothing else asked
        corrected = bool(state.declined and state.intent and reading.audience is None
                         and reading.person.age is not None and not reading.entities
                         and not reading.signs and not any(reading.asks))
        if state.declined and reading.audience is None:
            state = state._replace(declined=None)  # the conversation has moved on from them
        if reading.places and reading.audience is None and not reading.places <= state.places:
            state = state._replace(places=state.places | reading.places)
        medicine_named = any(f.id == self._intents.medicines.trigger for f in reading.found)
        if not state.medicine_taken and reading.askers_own and not reading.names_someone \
                and medicine_named:
            state = state._replace(medicine_taken=True)
        if not state.medicine_changed and medicine_named and reading.medicine_changed \
                and not reading.names_someone \
                and self._intents.medicines.sign not in reading.signs + state.signs:
            # "Started a new blood pressure tablet last Monday" ("I" left out, as often),
            # told with no twitch yet: one told next may be its doing
            state = state._replace(medicine_changed=True)
        if reading.amounts:  # "I take 500mg a day", for "should I up it to 1000?" next
            state = state._replace(unit=reading.amounts[-1].unit)
        # "and what about me, i'm 69" after "my husband is 71": the asker, not him
        said = reading.person.age is not None or reading.person.sex is not None
        asker_anew = state.person_theirs and reading.askers_own and (said or reading.asker_named)
        if said and state.person_theirs != reading.names_someone:
            state = state._replace(person_theirs=reading.names_someone)
        if state.signs and not state.signs_theirs:
            state = _turned_to(state, reading)
        signs = (*state.signs, *reading.signs) if remembering else ()
        raised = self.reader.lasting(signs) if signs else ()  # most turns raise none
        theirs = remembering and _whose_signs(reading, state)
        ranked: tuple[Candidate, ...] = ()
        rest_outside = False  # one clause of ours answered, beside a question from elsewhere
        if reading.care_only and not self._may_follow_care(reading):
            decision = Decision("answer", SEEK_CARE, 1.0, reading.entities, reading.person)
        else:
            ranked = self._ranked(reading)
            decision = self._dialogue.decide(_turn(reading, ranked, asker_anew), state)
            decision = self._a_food_counted(decision, reading, ranked)
            apart = self._ours_beside_elsewhere(decision, reading)
            if apart is not None:
                decision, rest_outside = apart
            if corrected and decision.outcome == "out_of_scope":
                # ... asks again what was declined, now for the adult named
                decision = Decision("answer", state.intent, FOLLOW_UP_CONFIDENCE,
                                    state.entities, reading.person)
            if reading.care_only:
                decision = self._after_care(decision, reading, ranked)
        if decision.intent == SEEK_CARE and reading.care_only:
            return (self._renderer.render(decision, reading)[0],
                    _with_signs(remember(_new_subject(state, theirs, reading), decision),
                                raised, theirs) if remembering else None)
        if reading.declined:
            if not remembering:
                return self._renderer.decline(reading), None
            # The question is remembered, not who it was for: "what about me then, 33?"
            # after a question about a child asks the same for an adult.
            kept = decision._replace(person=state.person) if decision.outcome == "answer" else None
            after = remember(state, kept) if kept else state
            return self._renderer.decline(reading), after._replace(declined=reading.audience)
        if self._care_alone(decision, reading, state):
            decision = Decision("answer", SEEK_CARE, 1.0, reading.entities, reading.person)
            state = _new_subject(state, theirs, reading)
        if (not reading.signs and state.signs
                and not (state.signs_theirs and _asks_of_themselves(reading))
                and not state.on_someone_else):
            # A red flag raised earlier still leads: "so should I just drink more then?"
            # after "my foot has gone numb" is answered after the care advice; one raised
            # for someone else leads their questions, not the asker's own, and the asker's
            # own does not lead questions about someone else's twitch. Thanks or goodbye
            # say it in their own words ("You're welcome. Twitching with numbness..."), and
            # a question turned away says it first ("which brand is best then?").
            reading = reading._replace(signs=state.signs)
        reply, about = self._renderer.render(decision, reading, ranked)
        if reading.signs and decision.intent != SEEK_CARE and reading.room_after_care \
                and answers.word_count(reply.text) > answers.MAX_WORDS:
            # a fear told settled, then what helps: its sentence of care advice, then the
            # answer, when the advice on when to see a doctor does not fit beside it
            reply, about = self._renderer.render(decision, reading, ranked, brief_care=True)
        if reading.signs and decision.intent != SEEK_CARE \
                and answers.word_count(reply.text) > answers.MAX_WORDS:
            # the care advice and a long answer ("would more magnesium help him, or
            # calcium?") do not fit the length an answer keeps to: the care advice is kept
            decision = Decision("answer", SEEK_CARE, 1.0, reading.entities, reading.person)
            reply, about = self._renderer.render(decision, reading, ranked)
        also = self._also_asked(decision, reading) or self._amount_a_count_asks(decision,
                                                                                reading)
        if also is not None:
            # the care advice, when a sign calls for it, leads the first answer only
            second = self._renderer.render(also, reading._replace(signs=()))[0]
            reply = self._with_second_answer(reply, second)
        if rest_outside and self.knowledge.care.rest_outside:
            reply = self._with_second_answer(
                reply, Reply(self.knowledge.care.rest_outside, None, 0.0))
        elif reading.others_outside and decision.outcome == "answer" \
                and self.knowledge.care.others_outside:
            reply = self._with_second_answer(
                reply, Reply(self.knowledge.care.others_outside, None, 0.0))
        if not remembering:
            return reply, None
        if resumed is not None and decision.outcome == "out_of_scope":
            state = resumed  # "ok back to the twitching, how much should i drink then"
        after = remember(state, decision, about)
        medicine = self._intents.medicines.trigger
        if decision.outcome == "out_of_scope" \
                and medicine in reading.entities.get("trigger", ()):
            # a medicine asked about outside our subject ("how much is a ventolin inhaler
            # without a prescription") is under discussion for what follows ("reason I
            # ask, I've been using mine loads and my legs twitch")
            after = after._replace(entities=MappingProxyType(
                {**after.entities, "trigger": (medicine,)}))
        return reply, _with_signs(after, raised, theirs)

    def _opens_anew(self, reading: Reading) -> bool:
        """Whether the turn opens by saying it changes the subject: a clause of its own
        ('unrelated, but...', 'random but...'), or the start of a longer one ('different
        question, how much...'); not 'random twitches in my arm'."""
        opening, words = reading.clauses[0], reading.whole
        return any(opening == phrase or (len(phrase) > 1 and words[:len(phrase)] == phrase)
                   for phrase in self._changes_subject)

    def _may_follow_care(self, reading: Reading) -> bool:
        """Whether a question with a sign that calls for the care answer alone may still
        be answered after it: an adult asks about a nutrient (or anything, with a
        suspected medicine the only such sign), and nothing is urgent."""
        return (("nutrient" in reading.asked_kinds or self._medicine_alone(reading)
                 or reading.room_after_care
                 or bool(self._blamed(reading)) or bool(self._lack_shown(reading)))
                and reading.audience is None and "urgent" not in reading.signs)

    def _lack_shown(self, reading: Reading) -> tuple[str, ...]:
        """'Which Vitamin Deficiency Causes Twitching And Numb Toes?': a kind of nutrient
        asked for as what causes a red flag told, or is lacking, names the nutrients of
        that kind whose deficiency shows it (Deficiency.signs), groups first."""
        kind, words = reading.asks_a_kind, self._intents.lexicon.words
        if kind is None or not reading.signs or (words("causing").isdisjoint(reading.words)
                                                 and words("lacking").isdisjoint(reading.words)):
            return ()  # most questions
        return tuple(nutrient.id for nutrient in self.knowledge.nutrients.values()
                     if nutrient.deficiency is not None
                     and (nutrient.kind == kind or kind not in self._nutrient_kinds)
                     and not set(nutrient.deficiency.signs).isdisjoint(reading.signs))

    def _blamed(self, reading: Reading) -> tuple[str, ...]:
        """The nutrients the story names as what the twitch is ("my friend says it's
        definitely B12. Is she right?"): what is asked is then whether it is the cause."""
        said = reading.words
        return tuple(dict.fromkeys(
            found.id for found in reading.found if found.kind == "nutrient" and any(
                starts_at(said, at, phrase)
                for at in range(max(0, found.start - _BLAME_REACH), found.start)
                for phrase in self._blaming)))

    def _medicine_alone(self, reading: Reading) -> bool:
        """Whether a suspected medicine is the only sign that calls for the care answer
        alone, so that its advice leads whatever softer signs follow."""
        return reading.strong == (self._intents.medicines.sign,)

    def _after_care(self, decision: Decision, reading: Reading,
                    ranked: Sequence[Candidate]) -> Decision:
        """What is answered after the care advice when a sign calls for it alone: a
        nutrient asked about as the cause first, then a question answered after it;
        otherwise the care answer alone."""
        intent = self._intents.intents.get(decision.intent or "")
        if decision.outcome == "answer" and intent is not None and intent.answers_cause:
            return decision
        named = reading.entities.get("nutrient", ()) if self._names_a_cause(reading) else ()
        cause = self._cause_after_care(reading, named or self._lack_shown(reading))
        if cause is not None:
            return cause
        if self._answered_after_care(decision, reading):
            return decision
        others = self._other_triggers_than_the_medicine(decision, reading)
        if others is not None:
            return others
        instead = self._nutrient_beside_the_medicine(decision, reading, ranked)
        if instead is not None:
            return instead
        # nothing else asked answered after it: a nutrient the story blames, whose blame
        # is what is asked ("my friend says it's definitely B12. Is she right?")
        blamed = self._cause_after_care(reading, self._blamed(reading))
        if blamed is not None:
            return blamed
        return Decision("answer", SEEK_CARE, 1.0, reading.entities, reading.person)

    def _other_triggers_than_the_medicine(self, decision: Decision,
                                          reading: Reading) -> Decision | None:
        """'Is it the meds or the three coffees I have with them?': the medicine's advice
        answers for the medicine, and the other triggers weighed beside it are answered
        after it; None when the medicine is the only trigger asked about."""
        medicine = self._intents.medicines.trigger
        triggers = decision.entities.get("trigger", ())
        others = tuple(trigger for trigger in triggers if trigger != medicine)
        if decision.outcome != "answer" or medicine not in triggers or not others \
                or not self._medicine_alone(reading):
            return None
        return decision._replace(entities=MappingProxyType({**decision.entities,
                                                            "trigger": others}))

    def _nutrient_beside_the_medicine(self, decision: Decision, reading: Reading,
                                      ranked: Sequence[Candidate]) -> Decision | None:
        """'Years on omeprazole, twitching - how much magnesium?': the medicine the story
        tells draws the matcher to it as the trigger, which the medicine's advice already
        answers; the nutrient asked about is the question, so the best intent answered
        after the care advice about it is. Not when the medicine and the nutrient are
        named together ('could my water tablets be draining my potassium?')."""
        medicine = self._intents.medicines.trigger
        if medicine not in decision.entities.get("trigger", ()) \
                or not self._medicine_alone(reading) or "nutrient" not in reading.entities \
                or not reading.named_where_asked("nutrient") \
                or reading.clauses_naming(lambda found: found.id == medicine) \
                & reading.clauses_naming(lambda found: found.kind == "nutrient"):
            return None  # most questions; or what the medicine does to a nutrient is asked
        intents = self._intents.intents
        for candidate in ranked:
            intent = intents.get(candidate.intent)
            if intent is not None and intent.after_care and candidate.score >= LOWEST_BAR \
                    and 0 < intent.slots.count("nutrient") <= len(reading.entities["nutrient"]):
                entities = {kind: found for kind, found in reading.entities.items()
                            if kind in intent.slots}
                return Decision("answer", intent.name, candidate.score,
                                MappingProxyType(entities), reading.person)
        return None

    def _answered_after_care(self, decision: Decision, reading: Reading) -> bool:
        """Whether the intent decided is answered after the care advice: one marked so
        (after_care), or, with a suspected medicine the only strong sign, any question
        but one about the medicine itself as a trigger ("on Lasix and still twitching,
        what foods help?", "on Elvanse, is it the caffeine doing this?"): the medicine's
        advice, not to stop it alone, leads, and what else is asked is still answered."""
        intent = self._intents.intents.get(decision.intent or "")
        if decision.outcome != "answer" or intent is None:
            return False
        medicine = self._intents.medicines.trigger
        return intent.after_care or (self._medicine_alone(reading) and not (
            intent.chat or ("trigger" in intent.slots
                            and medicine in decision.entities.get("trigger", ())))) or (
            reading.room_after_care and not (intent.chat or intent.whole or intent.rejects))

    def _cause_after_care(self, reading: Reading, nutrients: Sequence[str]) -> Decision | None:
        """'Which vitamin would cause the tingling, and should I just start taking B12?':
        whether one of ``nutrients`` is the cause is asked, so the intent that answers it
        (answers_cause) does, for the first."""
        intents = self._intents
        if not nutrients:
            return None
        for intent in intents.intents.values():
            if intent.answers_cause and intent.slots == ("nutrient",):
                return Decision("answer", intent.name, FOLLOW_UP_CONFIDENCE,
                                MappingProxyType({"nutrient": tuple(nutrients[:1])}),
                                reading.person)
        return None

    def _names_a_cause(self, reading: Reading) -> bool:
        """Whether a nutrient is asked about as the cause: 'could low b12 cause this', or
        the nutrient just before a word such as 'thing' ('is it a b12 thing?')."""
        words = self._intents.lexicon.words
        if not words("causing").isdisjoint(reading.words):
            return True
        nouns, said = words("a_cause_of_it"), reading.words
        return any(found.kind == "nutrient" and 0 <= found.end < len(said)
                   and said[found.end] in nouns for found in reading.found)

    def _ranked(self, reading: Reading) -> tuple[Candidate, ...]:
        """The matcher's ranking as far as the engine reads it: the packaged matcher
        makes only those candidates (see OverlapMatcher.leading); another ranks all."""
        whole, units = reading.whole, reading.units
        if reading.matched_alone:  # "twitching 10 days": the twitch is matched
            whole = reading.matched_alone
            units = (whole,)
        if isinstance(self.matcher, OverlapMatcher):
            return tuple(self.matcher.leading(whole, units, SHOWN, LOWEST_BAR))
        return tuple(self.matcher.rank(whole, units))

    def _also_asked(self, decision: Decision, reading: Reading) -> Decision | None:
        """A second question in a clause of its own ("what's the daily amount for a woman
        my age, and what are some foods besides milk?", "what causes eye twitching and
        what foods help"), clearly matched, about the same subject or none, and answered
        by another intent: it is answered too."""
        intents = self._intents.intents
        first = intents.get(decision.intent or "")
        if decision.outcome != "answer" or first is None or first.whole \
                or first.name == SEEK_CARE:
            return None
        units = [*reading.units, *(part for unit in reading.units
                                   for part in self._asked_side_by_side(unit))]
        if len(units) < 2:
            return None
        # what the first answer is about, not every slot the story names, nor a diet that
        # narrowed the foods it lists ("what vegan foods have B12, and how much do I need")
        subject = tuple(dict.fromkeys(word for word in reading.whole if word.startswith("{")
                                      and word[1:-1] in decision.entities
                                      and not (word == "{diet}" and first.lists_foods)))
        # ... nor a food the first answer was about, when matching with it finds nothing
        # ("Pumpkin seeds = magnesium? Men's daily amount?")
        subjects = [subject]
        if "{food}" in subject:
            subjects.append(tuple(slot for slot in subject if slot != "{food}"))
        medicine = self._intents.medicines.trigger
        for said in units:
            # what the clause itself names is its answer's too ("should I use electrolyte
            # drinks after football, and which foods have potassium"); not a medicine, whose
            # advice is the care advice's ("could the statin be causing it? would magnesium
            # help?")
            named = {kind: kept for kind, ids in reading.entities.items()
                     if f"{{{kind}}}" in said
                     and (kept := tuple(i for i in ids if i != medicine))}
            for carried in subjects:
                # "... and what are good sources" of the same thing
                unit = (*said, *(slot for slot in carried if slot not in said))
                if second := self._another_answers(first, decision, unit, named):
                    return second
        return None

    def _ours_beside_elsewhere(self, decision: Decision, reading: Reading
                               ) -> tuple[Decision, bool] | None:
        """'How much potassium should a man get a day, and how do you say thank you in
        Spanish?': a message turned away for a frame or a subject from elsewhere, one of
        whose clauses, free of them, clearly asks something of ours on its own, beside one
        that names nothing of ours: that clause's answer, and whether a question of its own
        was asked beside it (the rest is then said to be outside). None for most messages."""
        if decision.outcome != "out_of_scope" or len(reading.units) < 2 or reading.signs \
                or reading.audience is not None or not (reading.frame or reading.outside):
            return None  # most messages; or one turned away for what its words ask
        intents = self._intents.intents
        ours: Decision | None = None
        elsewhere = asked_elsewhere = False  # a request from elsewhere, naming nothing of ours
        for unit in reading.units:
            if not self._pointing.isdisjoint(unit):
                continue  # "Is that calcium?", "which prescription is best for it?"
            best = next(iter(self.matcher.rank(unit, ())), None)
            intent = intents[best.intent] if best is not None else None
            if best is None or intent is None or best.score < SECOND_QUESTION or intent.rejects:
                # the frame that turned the message away is said here ("Translate 'cramp' to
                # French", "Best air fryer?"), or a question of its own is asked, naming
                # nothing of ours; not a price or a brand, which narrows ours ("..., price per
                # bottle?"), nor a condition heading it ("Migraines, magnesium dose?")
                if not any(word.startswith("{") for word in unit):
                    asked = self._a_question_of_its_own(unit)
                    asked_elsewhere = asked_elsewhere or asked
                    elsewhere = elsewhere or asked or (
                        bool(reading.frame) and reading.frame not in self._beside_ours
                        and not self.reader.said_apart(reading, unit))
                continue
            entities = {kind: ids for kind, ids in reading.entities.items()
                        if intent.takes(kind) and f"{{{kind}}}" in unit}
            if ours is None and entities and self.reader.said_apart(reading, unit) \
                    and not all(word.startswith("{") for word in unit) \
                    and not (intent.chat or intent.whole or intent.name == SEEK_CARE) \
                    and all(len(entities.get(kind, ())) >= intent.slots.count(kind)
                            for kind in intent.slots):
                ours = Decision("answer", intent.name, best.score,
                                MappingProxyType(entities), reading.person)
        return (ours, asked_elsewhere) if ours is not None and elsewhere else None

    def _a_question_of_its_own(self, unit: Sequence[str]) -> bool:
        """A clause that asks a whole question ("and how do you say thank you in
        Spanish", "also what's a decent laptop under 500"), not a fragment that narrows
        the one beside it ("price per bottle?", "same thing?")."""
        words = [word for word in unit if word not in self._side_by_side]
        return len(words) >= _QUESTION_OF_ITS_OWN and words[0] in self._question_starts

    def _asked_side_by_side(self, unit: Sequence[str]) -> list[tuple[str, ...]]:
        """The things a clause asks side by side, as a headline does ("Potassium foods
        and amount for a 60yo woman?", "Magnesium RDA vs upper limit"): its parts between
        the joining words, when two or more name a thing asked (the lexicon's
        things_asked, or a question word); none for most clauses, which join nothing."""
        joins = self._side_by_side
        if joins.isdisjoint(unit):
            return []
        parts: list[tuple[str, ...]] = []
        start = 0
        for end in [*(index for index, word in enumerate(unit) if word in joins), len(unit)]:
            part = tuple(unit[start:end])
            if not self._things_asked.isdisjoint(part):
                parts.append(part)
            start = end + 1
        return parts if len(parts) > 1 else []

    def _another_answers(self, first: Intent, decision: Decision, unit: tuple[str, ...],
                         named: Mapping[str, tuple[str, ...]]) -> Decision | None:
        """The decision of another intent that clearly answers the words of a clause
        (``unit``, with the subject carried), if one does: see :meth:`_also_asked`."""
        intents = self._intents.intents
        ranking = self.matcher.rank(unit, ())
        for rank, candidate in enumerate(ranking):
            if candidate.score < SECOND_QUESTION and not (
                    rank == 0 and candidate.score >= SECOND_OF_A_PAIR
                    and _asked_of_a_nutrient(first, intents[candidate.intent], ranking)):
                return None
            other = intents[candidate.intent]
            if other.name == first.name or (other.lists_foods and first.lists_foods):
                return None  # the unit asks what the first answer answers; of two that give
                # amounts, the second is kept only where it says more (the daily amount
                # after the upper limit: "Vitamin D: upper limit? daily need?")
            entities = {kind: ids for kind, ids in {**named, **decision.entities}.items()
                        if other.takes(kind)}
            complete = all(len(entities.get(kind, ())) >= other.slots.count(kind)
                           for kind in other.slots)
            # one with no subject ("... and what causes it") only as the clause's best:
            # "why my muscles need them" asks what electrolytes do, not the causes
            if complete and (other.slots or not rank) and not (
                    other.whole or other.rejects or other.chat or other.name == SEEK_CARE):
                return decision._replace(intent=other.name, confidence=candidate.score,
                                         entities=MappingProxyType(entities))
        return None

    def _a_food_counted(self, decision: Decision, reading: Reading,
                        ranked: Sequence[Candidate]) -> Decision:
        """'how many almonds a day': a count of one of our foods asked per day is ours,
        though it reads like a count of anything ('how many steps a day'); the best intent
        about a food answers it, and the amount of its nutrient comes beside it (see
        :meth:`_amount_a_count_asks`)."""
        foods = reading.entities.get("food", ())
        if decision.outcome != "out_of_scope" or len(foods) != 1 or reading.frame \
                or not reading.counts_a_day:
            return decision
        intents = self._intents.intents
        best = next((c for c in ranked if intents[c.intent].slots == ("food",)), None)
        if best is None:
            return decision
        return Decision("answer", best.intent, best.score, MappingProxyType({"food": foods}),
                        reading.person)

    def _amount_a_count_asks(self, decision: Decision, reading: Reading) -> Decision | None:
        """'How many almonds a day for magnesium?': a count of one food asked per day is
        answered, beside what the food holds, with the amount of its nutrient a day needs
        (the intent the lexicon's how_much_about gives a food), as the sources give no
        amount per food. The nutrient is the one named, or the food's only one."""
        intents = self._intents.intents
        first = intents.get(decision.intent or "")
        foods = decision.entities.get("food", ())
        if decision.outcome != "answer" or first is None or first.gives_amounts \
                or len(foods) != 1 or not reading.counts_a_day:
            return None
        nutrients = reading.entities.get("nutrient") or self.knowledge.food_nutrients.get(
            foods[0], ())
        names = self._intents.lexicon.continuations[HOW_MUCH].get("food", ())
        if len(nutrients) != 1 or not names:
            return None
        return Decision("answer", names[0], decision.confidence,
                        MappingProxyType({"nutrient": tuple(nutrients)}), decision.person)

    def _with_second_answer(self, reply: Reply, second: Reply) -> Reply:
        """The first answer, then the second, under one reminder, while both fit the
        length an answer keeps to; otherwise the first alone."""
        def body(text: str, reminder: str) -> str:
            return text[:-len(reminder)].rstrip() if reminder and text.endswith(reminder) else text
        reminder = reply.reminder or second.reminder
        first_body = body(reply.text, reply.reminder)
        # after a list, on a line of its own; after sentences, as one more sentence
        joint = "\n" if first_body.startswith("- ") else " "
        text = answers.without_repeats(f"{first_body}{joint}{body(second.text, second.reminder)}")
        if text == first_body:
            return reply  # the second answer says nothing the first does not
        if reminder:
            text = f"{text}\n{reminder}"
        if answers.word_count(text) > answers.MAX_WORDS:
            return reply
        return reply._replace(text=text,
                              reminder=reminder,
                              sources=tuple(dict.fromkeys((*reply.sources, *second.sources))))

    def _care_alone(self, decision: Decision, reading: Reading, state: State) -> bool:
        """Whether the care advice alone answers the turn: a soft sign with nothing more
        specific asked; after a red flag, a turn nothing else answers ("she's 81 if that
        changes anything") or that only tells ("no weakness, just twitch from 2 days"), not
        asks; or whether to get help, in a conversation of ours or beside a
        twitch ("should I call someone for him or wait"), unless it is small talk."""
        if reading.signs and not self._asked_besides_care(decision, reading):
            return True
        framed = reading.frame and not ("nutrient" in reading.entities
                                        and reading.frame not in self._beside_ours)
        # a request plainly from elsewhere ("can you write a message to my boss"); food
        # asked for is still ours ("what foods can she eat while she waits")
        asks_elsewhere = any(reading.asks) and not reading.points_back and (
            reading.outside or (reading.evidence == "none" and self._intents.lexicon.words(
                "foods_asked").isdisjoint(reading.words)))
        # a frame's word in a turn that points back at the twitch is no other subject ("what
        # kind of doctor deals with that?", "could it be my new running shoes?"), unless the
        # frame holds even beside our words ("write me a text that doesn't make her panic")
        if state.signs and not asks_elsewhere and (not framed or (
                reading.points_back
                and reading.frame not in self._intents.lexicon.frames_over_domain)) and (
                decision.outcome == "out_of_scope"
                or (decision.outcome == "ask_slot" and not any(reading.asks))):
            # "she's 81 if that changes anything", "no weakness, just since monday", "she
            # says it's only because her house is cold. could it just be that?", "what can i
            # get from a corner shop that has magnesium"
            return True
        return ((state.intent is not None or reading.symptoms) and self.reader.asks_care(reading)
                and not self._small_talk(decision))

    def _small_talk(self, decision: Decision) -> bool:
        """Thanks, a greeting or goodbye: 'ok will call my gp, thanks' says, not asks."""
        intent = self._intents.intents.get(decision.intent or "")
        return decision.outcome == "answer" and intent is not None and intent.whole

    def _asked_besides_care(self, decision: Decision, reading: Reading) -> bool:
        """Whether a question with a soft sign also asks something worth answering after
        the care advice: a specific question (it has slots), or a clearly matched one. A
        turn that only tells ("it's been going on for 3 weeks now") asks nothing more, nor
        does a worry alone that names nothing ("is that bad?"), whatever the conversation
        was about."""
        if decision.outcome != "answer" or not (any(reading.asks) or reading.entities):
            return False
        if reading.signs == (WORRY,) and not reading.found \
                and not any(word.isdigit() for word in reading.words):
            return False  # "is that bad"; not "i take 5000 a day, is that bad"
        intent = self._intents.intents[decision.intent or ""]
        # a fear told settled sets itself aside: what is asked beside it is the question
        clear = LOWEST_BAR if reading.room_after_care else (
            CLEAR_BESIDE_WORRY if self.reader.only_vague(reading.signs) else CLEAR_MATCH)
        return not intent.whole and (bool(intent.slots) or decision.confidence >= clear)


class _Parts(NamedTuple):
    """Everything an Assistant builds from its data: what the compiled cache holds."""

    knowledge: KnowledgeBase
    intents: IntentSet  # with the signs' phrases left out: see Assistant.intents
    matcher: Matcher
    reader: Reader
    dialogue: Dialogue
    renderer: Renderer


def _build(knowledge_dirs: list[PathLike], intent_dirs: list[PathLike],
           matcher: Callable[[IntentSet], Matcher]) -> _Parts:
    """Read, check and index the data: the slow part of starting up."""
    intents = load_intents(intent_dirs)
    kb = load_knowledge(knowledge_dirs, {rule.id for rule in intents.safety.signs})
    answers.check_templates(intents)
    built = matcher(intents)
    known = set(built.vocabulary()) | intents.lexicon.filler
    medicines = intents.medicines
    if medicines.trigger not in kb.triggers:
        raise DataError(medicines.file, medicines.line, f"medicines.trigger: unknown trigger "
                        f"'{medicines.trigger}'{did_you_mean(medicines.trigger, kb.triggers)}")
    finder = EntityFinder(kb, intents.lexicon, intents.normalizer, known,
                          (("trigger", medicines.trigger, name)
                           for name in medicines.named_anywhere),
                          lookalikes)
    vocabulary = frozenset(known) | _data_words(kb, intents)
    ours = _our_words(intents, vocabulary)
    everyday = common_words()
    without = intents._replace(safety=intents.safety._replace(
        signs=tuple(rule._replace(phrases=()) for rule in intents.safety.signs)))
    return _Parts(kb, without, built,
                  Reader(kb, intents, finder, vocabulary, lookalikes(vocabulary),
                         everyday, ours, _subject_words(intents, ours, everyday)),
                  Dialogue(intents, kb.reliefs(), _partners(kb)),
                  Renderer(kb, without))


def _partners(kb: KnowledgeBase) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each nutrient's partners in the sources' interactions, with their kinds."""
    partners: dict[str, list[tuple[str, str]]] = {}
    for item in kb.interactions:
        first, second = item.between
        partners.setdefault(first, []).append((second, kb.nutrients[second].kind))
        partners.setdefault(second, []).append((first, kb.nutrients[first].kind))
    return {nutrient: tuple(pairs) for nutrient, pairs in partners.items()}


def _data_words(kb: KnowledgeBase, intents: IntentSet) -> frozenset[str]:
    """Every word the data uses: entity names and aliases and the lexicon's words, so that
    a word none of them knows can tell a question from somewhere else ('northern line')."""
    normalize = intents.normalizer.words
    lexicon, safety = intents.lexicon, intents.safety
    texts: list[str] = [alias for _, _, alias in entity_aliases(kb)]
    texts += intents.medicines.named_anywhere + list(lexicon.outside_topics)
    texts += list(lexicon.outside_conditions) + list(lexicon.health_cues)
    texts += list(lexicon.supplement_products)
    texts += [w for words in lexicon.frames.values() for w in words]
    texts += [w for words in lexicon.word_classes.values() for w in words]
    texts += [*lexicon.filler, *lexicon.question_words, *lexicon.question_starts,
              *lexicon.symptom_words, *lexicon.domain, *lexicon.number_words,
              *lexicon.quantities, *lexicon.small_numbers]
    texts += [w for words in lexicon.sexes.values() for w in words]
    texts += [p for rule in safety.signs for p in rule.phrases] + list(safety.body_regions)
    texts += [w for words in safety.audiences.values() for w in words]
    texts += [*safety.sudden, *safety.duration_phrases, *safety.dates, *safety.span_starts]
    texts += list(_texts_of(kb))
    return frozenset(word for text in texts for word in normalize(text.replace("*", " ")))


def _our_words(intents: IntentSet, vocabulary: frozenset[str]) -> frozenset[str]:
    """The words of our own subject: the data's, less those it keeps to tell a question
    from elsewhere (the frames' "flight" and "recipe", the outside topics and conditions,
    the near misses' examples). A turn that asks in other words has a subject of its own."""
    normalize = intents.normalizer.words
    lexicon = intents.lexicon
    elsewhere = {word for text in (*(w for words in lexicon.frames.values() for w in words),
                                   *lexicon.outside_topics, *lexicon.outside_conditions)
                 for word in normalize(text)}
    rejected = {word for intent in intents.intents.values() if intent.rejects
                for example in intent.examples for word in example}
    examples = {word for intent in intents.intents.values() if not intent.rejects
                for example in intent.examples for word in example}
    return _with_stems(intents, (vocabulary - elsewhere - rejected) | examples)


def _subject_words(intents: IntentSet, ours: frozenset[str],
                   everyday: frozenset[str]) -> frozenset[str]:
    """Of our words, those that say what a question is about, not how it is put: less
    ``everyday`` English, fillers and question words, and with the body's parts and the
    words of twitching, however common ("arm", "twitch")."""
    lexicon = intents.lexicon
    plain = everyday | lexicon.filler | lexicon.question_words
    return _with_stems(intents, (ours - plain) | set(intents.safety.body_regions)
                       | set(lexicon.symptom_words))


def _with_stems(intents: IntentSet, words: Iterable[str]) -> frozenset[str]:
    """The words and their stems, so that a word is looked up as said or as its stem
    ("calmed" as "calm"), as the reading looks them up."""
    words = frozenset(words)
    return words | {intents.normalizer.stem(word) for word in words}


def _texts_of(value: object) -> Iterator[str]:
    """Every text in the knowledge base: a word our own answers use ('recovery', 'fibers')
    is a word of ours, never a sign that a question comes from elsewhere."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _texts_of(item)
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts_of(item)


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


def _whose_signs(reading: Reading, state: State) -> bool:
    """Whether the red flags raised so far are someone else's: a turn with a sign that
    names whose body it is says ("my husband's calf has twitched for 6 weeks" his, "my
    own hand feels numb now" the asker's); any other turn leaves it as it was."""
    if reading.signs and not reading.own_body and (reading.someones_body or (
            reading.names_someone and state.person_theirs and not reading.askers_own)):
        # "his legs feel weak too", in a conversation about him: his, though it names
        # no twitch
        return True
    if reading.signs and (reading.own_body or reading.askers_own):
        return False
    return state.signs_theirs


def _asked_together(first: Intent, second: Intent) -> bool:
    """Whether two intents answer two of the questions asked together of a nutrient:
    which foods have it, how much of it is needed, and what it does."""
    facets = [(i.lists_foods, i.gives_amounts, i.explains_role) for i in (first, second)]
    return any(facets[0]) and any(facets[1]) and not any(
        a and b for a, b in zip(*facets, strict=True))


def _asked_of_a_nutrient(first: Intent, second: Intent, ranking: Sequence[Candidate]
                         ) -> bool:
    """Whether a clause that matches ``second`` best, though weakly, asks which foods
    have a nutrient or how much of it is needed: beside the other of the two, which is
    asked together with it, or plainly, far ahead of any other match."""
    if _asked_together(first, second):
        return True
    runner_up = ranking[1].score if len(ranking) > 1 else 0.0
    return (second.lists_foods or second.gives_amounts) \
        and ranking[0].score - runner_up >= SECOND_QUESTION_LEAD


def _asks_of_themselves(reading: Reading) -> bool:
    """Whether the asker, after someone else's red flag, asks of themselves: speaking only
    of themselves, and of something of their own ("im vegan, what foods have b12", "and
    me, i'm 69"); "what do i do" names nothing and asks about the one with the flag."""
    return reading.askers_own and bool(
        reading.entities or reading.own_body or reading.person.age is not None
        or reading.person.sex is not None)


def _turned_to(state: State, reading: Reading) -> State:
    """The state as the asker's red flag leaves or regains the subject: a turn about
    someone else's twitch with no sign of its own turns the talk to them, pronouns keep it
    there, and the asker speaking of themselves (or any new sign) brings it back."""
    if reading.signs or reading.own_body or reading.askers_own:
        on_someone_else = False
    elif reading.someones_body:
        on_someone_else = True
    else:
        return state
    if on_someone_else == state.on_someone_else:
        return state
    return state._replace(on_someone_else=on_someone_else)


def _new_subject(state: State, theirs: bool, reading: Reading) -> State:
    """Someone else's red flag is a new subject: "is that bad" or "what else can he do"
    asks of it, not of the nutrient discussed before it."""
    if theirs and reading.signs and state.entities:
        return state._replace(entities=MappingProxyType({}))
    return state


def _with_signs(state: State, signs: tuple[str, ...], theirs: bool) -> State:
    """The state with the red flags raised so far, and whether for someone else: most
    turns raise none, and keep the state as it is rather than pay for a copy."""
    if state.signs == signs and state.signs_theirs == theirs:
        return state
    return state._replace(signs=signs, signs_theirs=theirs)


def _turn(reading: Reading, ranked: tuple[Candidate, ...], asker_anew: bool = False) -> Turn:
    """What the dialogue rules weigh: the reading's findings beside the matcher's ranking."""
    others_tell = len(reading.clauses) > 1 and not any(reading.asks[1:])
    return Turn(reading.whole, reading.entities, reading.person, ranked, reading.outside,
                reading.evidence, reading.symptoms, reading.own_body, reading.own_twitch,
                reading.own_headline, reading.someones_body,
                reading.anyones_body, reading.asked_kinds,
                reading.frame, reading.unknown, reading.health_cue, reading.ours,
                reading.clauses[0], bool(reading.signs), bool(reading.amounts),
                reading.asks_later, any(reading.asks), reading.asks_a_kind, asker_anew,
                reading.units[0] if others_tell else (),
                others_tell and reading.asks[0]
                and not any(0 <= f.start < len(reading.clauses[0]) for f in reading.found),
                reading.tells_how_long, reading.eating_asked, reading.strange, reading.leans,
                "?" in reading.text,
                reading.clauses[-1] if len(reading.clauses) > 1 and not (
                    "?" in reading.text or any(reading.asks)) else (),
                reading.ages_compared, reading.others_outside)
