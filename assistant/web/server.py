"""``twitch-assistant serve``: the web app under uvicorn, with the program's data loaded once.

The data is loaded before the server starts, so a bad data file stops it with
the usual ``file:line`` message instead of failing the first visitor.
"""

from __future__ import annotations

import logging

import uvicorn

from ..engine import Assistant
from .app import QUESTION_LOG, create_app
from .conversations import ConversationStore


def serve(host: str, port: int, *, log_questions: bool = False) -> None:
    """Serve the chat and the API until Ctrl-C or SIGTERM."""
    app = create_app(ConversationStore(Assistant()), log_questions=log_questions)
    if log_questions:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s question: %(message)s"))
        QUESTION_LOG.addHandler(handler)
        QUESTION_LOG.setLevel(logging.INFO)
    # Behind a reverse proxy on this host, X-Forwarded-For and -Proto are trusted
    # (uvicorn's default, widened with FORWARDED_ALLOW_IPS); server_header=False
    # keeps the server's name and version out of every response.
    uvicorn.run(app, host=host, port=port, server_header=False, log_level="info")
