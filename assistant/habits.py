"""Too little of a habit the sources advise, said as a number: "four hours of sleep a
night" tells of the trigger that habit relieves (fatigue), not of the habit's advice, so
a question about causes names it beside caffeine or stress. The least amount advised comes
from the data (a factor's ``hours``, "7-9"), the trigger from the triggers' ``relief``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .entities import Found
from .knowledge import KnowledgeBase
from .native import mypyc_attr

# How far from the habit's words a number of hours may stand ("sleeping maybe five or six
# hours a night", "4 hrs of sleep")
REACH = 4
FACTOR, TRIGGER = "factor", "trigger"


@mypyc_attr(allow_interpreted_subclasses=True, serializable=True)
class ShortOfHabits:
    """Reads a habit named with fewer hours than advised as the trigger it relieves."""

    def __init__(self, kb: KnowledgeBase, small_numbers: Mapping[str, int],
                 hours: frozenset[str], joins: frozenset[str]) -> None:
        """``hours`` are the words of the unit ("hours", "hrs"); ``joins`` join two numbers
        of one estimate ("five or six hours")."""
        self._least: dict[str, tuple[int, str]] = {}  # factor id -> (least hours, trigger id)
        for trigger in kb.triggers.values():
            factor = kb.lifestyle.get(trigger.relief)
            if factor is not None and factor.least_hours:
                self._least[factor.id] = (factor.least_hours, trigger.id)
        self._small = small_numbers
        self._hours = hours
        self._joins = joins

    def read(self, found: Sequence[Found], words: Sequence[str]) -> list[Found]:
        """The mentions, each habit said with too few hours read as its trigger."""
        if self._hours.isdisjoint(words):
            return list(found)  # most questions give no hours
        result = []
        for mention in found:
            least = self._least.get(mention.id) if mention.kind == FACTOR else None
            if least is not None and mention.start >= 0:
                said = self._hours_said(words, mention.start, mention.end)
                if said and max(said) < least[0]:
                    mention = mention._replace(kind=TRIGGER, id=least[1])
            result.append(mention)
        return result

    def _hours_said(self, words: Sequence[str], start: int, end: int) -> list[int]:
        """The numbers of hours said near a mention: each number just before an hours word,
        and one joined to it ("5 or 6 hours")."""
        numbers: list[int] = []
        low, high = max(0, start - REACH), min(len(words), end + REACH)
        for i in range(low, high):
            if words[i] not in self._hours:
                continue
            back = i - 1
            while back >= low and ((n := self._number(words[back])) is not None
                                   or words[back] in self._joins):
                if n is not None:
                    numbers.append(n)
                back -= 1
        return numbers

    def _number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self._small.get(word)
