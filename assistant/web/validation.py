"""What a well-formed question to the API is, and the error for each way it is not.

Kept apart from the framework so every rule reads in one place: the body is a
JSON object in UTF-8 with ``question``, a non-empty string of at most
:data:`MAX_QUESTION_CHARS` characters, and ``conversation``, an id or null.
Each failure is an :class:`ApiError` with the HTTP status a client can act on
(400 unreadable, 415 not JSON, 422 a field is wrong, naming the field).
"""

from __future__ import annotations

import json
from typing import NamedTuple

from ..cli import MAX_QUESTION_CHARS

MAX_BODY_BYTES = 16 * 1024
JSON_TYPE = "application/json"


class ApiError(Exception):
    """A request the API refuses: status, a stable code for programs, a message for people."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field

    def to_dict(self) -> dict[str, str]:
        """The error body every client reads the same way, whatever went wrong."""
        record: dict[str, str] = {"error": self.code, "message": self.message}
        if self.field is not None:
            record["field"] = self.field
        return record


def too_large() -> ApiError:
    """One error for a body over the limit, whether its length was declared or counted."""
    return ApiError(413, "body_too_large",
                    f"The request body is larger than {MAX_BODY_BYTES // 1024} KB.")


class AskRequest(NamedTuple):
    """A request body once checked, so the handler never looks at raw JSON again."""

    question: str
    conversation: str | None


def check_content_type(content_type: str | None) -> None:
    """Only JSON is read: a form post or plain text is a client mistake worth naming."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != JSON_TYPE:
        raise ApiError(415, "unsupported_media_type",
                       f"Send the question as {JSON_TYPE} "
                       f"(got {media_type or 'no content type'}).")


def parse_ask(body: bytes) -> AskRequest:
    """The question and conversation id in a POST /api/ask body, or the ApiError saying why not."""
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_json", "The body is not UTF-8 text.") from None
    except (ValueError, RecursionError):  # RecursionError: '[[[[...' nested thousands deep
        raise ApiError(400, "invalid_json", "The body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise ApiError(400, "invalid_json",
                       'The body must be a JSON object such as {"question": "..."}.')
    return AskRequest(_question(data), _conversation(data))


def _question(data: dict[str, object]) -> str:
    if "question" not in data:
        raise ApiError(422, "missing_field", "The question is missing.", "question")
    question = data["question"]
    if not isinstance(question, str):
        raise ApiError(422, "invalid_field", "The question must be a string.", "question")
    if not question.strip():
        raise ApiError(422, "empty_field", "The question is empty.", "question")
    if len(question) > MAX_QUESTION_CHARS:
        raise ApiError(422, "too_long", f"The question is longer than "
                       f"{MAX_QUESTION_CHARS:,} characters.", "question")
    return question


def _conversation(data: dict[str, object]) -> str | None:
    conversation = data.get("conversation")
    if conversation is not None and not isinstance(conversation, str):
        raise ApiError(422, "invalid_field",
                       "The conversation must be an id from an earlier answer, or null.",
                       "conversation")
    return conversation
