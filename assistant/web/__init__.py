"""The web chat and its JSON API: a thin layer over the engine, like the terminal chat.

Needs the ``web`` extra (starlette, uvicorn). Only ``twitch-assistant serve``
imports this package, so the terminal program never loads a web framework.
``conversations`` holds the chats in memory and needs neither; ``validation``
says what a well-formed question is; ``app`` builds the ASGI application, with
the headers of ``security`` and the description of ``openapi``; ``server`` runs
it under uvicorn.
"""
