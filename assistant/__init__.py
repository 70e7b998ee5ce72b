"""twitch-assistant: offline answers to questions about muscle twitching.

    >>> from assistant import Assistant
    >>> bot = Assistant()
    >>> reply = bot.ask("what has potassium")
    >>> reply.intent
    'nutrient_foods'

The public names are imported on first use (PEP 562), not here: the command's
entry point (``assistant.__main__``) lives inside this package, and it must be
able to take charge of Ctrl-C before the engine and its dependencies load.
"""

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from .data import DataError
    from .engine import Assistant, Conversation
    from .reply import Candidate, Mention, Reply

__all__ = ["Assistant", "Candidate", "Conversation", "DataError", "Mention", "Reply"]
__version__ = "0.1.0"

_HOMES = {"Assistant": "engine", "Conversation": "engine", "DataError": "data",
          "Candidate": "reply", "Mention": "reply", "Reply": "reply"}


def __getattr__(name: str) -> object:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
