"""What a per-word computation said of a word, kept so that a word costs it once.

The reading stage meets the same words question after question; the dearer steps a word
can take (a fuzzy search for a typo, finding the base form of an inflection) are done
once per distinct word. A long pipe of new words must not grow memory without bound, so
a table is emptied when it is full: simpler than an LRU, and the common words come back
at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    from typing import TypeVar

    K = TypeVar("K", bound=Hashable)
    T = TypeVar("T")

WORDS_KEPT = 4096  # words (or other keys) a table remembers before it is emptied


def remembered(table: dict[K, T], word: K, work_out: Callable[[K], T]) -> T:
    """What ``work_out`` says of ``word`` (or of any key that decides it alone), from
    ``table`` when it was asked before."""
    known = table.get(word)
    if known is None:
        if len(table) >= WORDS_KEPT:
            table.clear()
        known = table[word] = work_out(word)
    return known
