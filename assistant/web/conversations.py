"""The web API's conversations, kept in memory: forgotten when idle, capped in number.

A visitor never says goodbye, so a conversation that has been idle for
``idle_seconds`` is forgotten, and when ``capacity`` are kept the one idle
longest is dropped to make room: memory stays bounded whatever the traffic.
Nothing is written to disk. Ids are random and unguessable, so nobody can
continue someone else's conversation by counting.

The store is shared by the server's worker threads. One lock guards the table;
each conversation has a lock of its own, so two questions sent at once in the
same conversation are answered one after the other (a :class:`Conversation`
belongs to one caller at a time) while other conversations go on in parallel.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

from ..engine import Assistant, Conversation
from ..reply import Reply

IDLE_SECONDS = 30 * 60
CAPACITY = 10_000


class Answer(NamedTuple):
    """A reply and the conversation it belongs to."""

    reply: Reply
    conversation: str
    started: bool  # the question began a new conversation


class _Entry:
    """One conversation, its lock, and when it was last asked something."""

    __slots__ = ("conversation", "last_used", "lock")

    def __init__(self, conversation: Conversation, now: float) -> None:
        self.conversation = conversation
        self.lock = threading.Lock()
        self.last_used = now


class ConversationStore:
    """Conversations by id, for one :class:`Assistant`, safe to share between threads.

    ``clock`` returns seconds and only ever goes forward; tests pass a fake one to
    see expiry without waiting half an hour.
    """

    def __init__(self, assistant: Assistant, *, idle_seconds: float = IDLE_SECONDS,
                 capacity: int = CAPACITY, clock: Callable[[], float] = time.monotonic) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.assistant = assistant
        self.idle_seconds = idle_seconds
        self.capacity = capacity
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()  # idle longest first
        self._lock = threading.Lock()

    def ask(self, question: str, conversation: str | None = None) -> Answer:
        """Answer in that conversation; in a new one when it is None, unknown or expired."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            entry = self._entries.get(conversation) if conversation is not None else None
            started = entry is None
            if entry is None or conversation is None:  # no id given means no entry
                conversation, entry = self._start(now)
            else:
                entry.last_used = now
                self._entries.move_to_end(conversation)
        with entry.lock:
            reply = entry.conversation.ask(question)
        return Answer(reply, conversation, started)

    def forget(self, conversation: str) -> bool:
        """Drop a conversation at once; False when it was not (or no longer) kept."""
        with self._lock:
            self._expire(self._clock())
            return self._entries.pop(conversation, None) is not None

    def __len__(self) -> int:
        with self._lock:
            self._expire(self._clock())
            return len(self._entries)

    def _start(self, now: float) -> tuple[str, _Entry]:
        while len(self._entries) >= self.capacity:
            self._entries.popitem(last=False)
        conversation = secrets.token_urlsafe(16)
        entry = self._entries[conversation] = _Entry(self.assistant.conversation(), now)
        return conversation, entry

    def _expire(self, now: float) -> None:
        """Drop the conversations idle too long; they are at the front, in order."""
        while self._entries:
            entry = next(iter(self._entries.values()))
            if now - entry.last_used < self.idle_seconds:
                return
            self._entries.popitem(last=False)
