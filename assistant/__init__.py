"""twitch-assistant: offline answers to questions about muscle twitching.

    >>> from assistant import Assistant
    >>> bot = Assistant()
    >>> reply = bot.ask("what has potassium")
    >>> reply.intent
    'nutrient_foods'
"""

from .data import DataError
from .engine import Assistant, Conversation
from .reply import Candidate, Mention, Reply

__all__ = ["Assistant", "Candidate", "Conversation", "DataError", "Mention", "Reply"]
__version__ = "0.1.0"
