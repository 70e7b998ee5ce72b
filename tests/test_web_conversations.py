"""The conversation store shared by the server's threads: each conversation keeps its own
context however many are answered at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant import Assistant
from assistant.web.conversations import ConversationStore

NUTRIENTS = ("magnesium", "potassium", "calcium", "vitamin d")
TURNS = ("what does {} do", "which foods have it", "how much do i need a day, im 40",
         "what happens if i dont get enough")


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


def test_many_threads_never_mix_conversations(bot: Assistant) -> None:
    store = ConversationStore(bot)

    def converse(number: int) -> list[tuple[str, ...]]:
        nutrient = NUTRIENTS[number % len(NUTRIENTS)]
        conversation, seen = None, []
        for turn in TURNS:
            answer = store.ask(turn.format(nutrient), conversation)
            conversation = answer.conversation
            seen.append(answer.reply.entities.get("nutrient", ()))
        return seen

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(converse, range(40)))
    for number, seen in enumerate(results):
        expected = NUTRIENTS[number % len(NUTRIENTS)].replace(" ", "-")
        assert seen == [(expected,)] * len(TURNS), number
    assert len(store) == 40


def test_a_store_keeps_at_least_one_conversation(bot: Assistant) -> None:
    with pytest.raises(ValueError, match="capacity"):
        ConversationStore(bot, capacity=0)
