"""The ASGI application: the chat page at /, its files under /static, the API under /api.

The page and the API are one thin layer over the engine: a question is checked
(``validation``), asked in its conversation (``conversations``) on a worker
thread, because a long question can keep the engine busy for tens of
milliseconds and the event loop must keep serving others, and answered with
the same record as ``--json``. Bad requests get a JSON error naming what was
wrong, never a 500; every response carries the headers of ``security``.

Questions stay in memory. They are logged only when ``log_questions`` is set
(``--log-questions``), to the ``assistant.web.questions`` logger.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from .. import __version__
from ..cli import clean_question
from . import openapi
from .conversations import ConversationStore
from .security import SecurityHeaders
from .validation import MAX_BODY_BYTES, ApiError, check_content_type, parse_ask, too_large

STATIC = Path(__file__).parent / "static"
QUESTION_LOG = logging.getLogger("assistant.web.questions")
_CODES = {404: "not_found", 405: "method_not_allowed"}


def create_app(store: ConversationStore, *, log_questions: bool = False) -> ASGIApp:
    """The web chat and API answering from ``store``'s assistant."""
    restarted = (f"That conversation was not found (conversations are forgotten after "
                 f"{store.idle_seconds / 60:g} minutes without a question), so this question "
                 f"starts a new one.")

    async def ask(request: Request) -> Response:
        asked = parse_ask(await _read_body(request))
        answer = await run_in_threadpool(store.ask, clean_question(asked.question),
                                         asked.conversation)
        if log_questions:
            QUESTION_LOG.info("conversation %s: %r -> %s", answer.conversation,
                              asked.question, answer.reply.intent)
        record: dict[str, object] = dict(answer.reply.to_dict(asked.question))
        record.update(conversation=answer.conversation, new_conversation=answer.started,
                      reminder=answer.reply.reminder)
        if answer.started and asked.conversation is not None:
            record["notice"] = restarted
        return _json(record)

    async def forget(request: Request) -> Response:
        if not store.forget(request.path_params["conversation"]):
            raise ApiError(404, "unknown_conversation",
                           "No such conversation (it may have expired already).")
        return Response(status_code=204, headers={"Cache-Control": "no-store"})

    async def health(request: Request) -> Response:
        return _json({"status": "ok", "version": __version__, "conversations": len(store)})

    async def describe(request: Request) -> Response:
        return _json(openapi.describe(__version__))

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html")

    app = Starlette(
        routes=[
            Route("/", page),
            Route("/api/ask", ask, methods=["POST"]),
            Route("/api/conversations/{conversation}", forget, methods=["DELETE"]),
            Route("/api/health", health),
            Route("/api/openapi.json", describe),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error,
                            Exception: _server_error},
    )
    return SecurityHeaders(app)


async def _read_body(request: Request) -> bytes:
    """The body, refused with 413 as soon as it passes the limit, before it is all read."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise too_large()
    check_content_type(request.headers.get("content-type"))
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise too_large()
    return bytes(body)


def _json(record: Mapping[str, object], status: int = 200,
          headers: dict[str, str] | None = None) -> JSONResponse:
    """API responses are about someone's health: never kept by a browser or proxy cache."""
    return JSONResponse(record, status_code=status,
                        headers={"Cache-Control": "no-store", **(headers or {})})


async def _api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return _json(error.to_dict(), error.status)


async def _http_error(request: Request, error: Exception) -> Response:
    """Unknown paths and wrong methods answer in JSON like everything else."""
    assert isinstance(error, HTTPException)
    record = {"error": _CODES.get(error.status_code, "http_error"), "message": error.detail}
    return _json(record, error.status_code, dict(error.headers or {}))


async def _server_error(request: Request, error: Exception) -> Response:
    """A bug of ours: a plain JSON 500, nothing of the request echoed back."""
    return _json({"error": "internal_error",
                  "message": "Something went wrong on our side. Please try again."}, 500)
