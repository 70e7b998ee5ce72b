"""The API's OpenAPI 3.1 description, served at /api/openapi.json.

Written out by hand rather than generated: the API is four operations, and a
written description is also the reviewable promise of what the keys mean.
``tests/test_web_api.py`` checks it against what the API really answers.
"""

from __future__ import annotations

from typing import Any

from .validation import MAX_BODY_BYTES, MAX_QUESTION_CHARS


def _error(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


_ASK_RESPONSE = {
    "type": "object",
    "required": ["question", "intent", "confidence", "entities", "answer", "sources",
                 "conversation", "new_conversation", "reminder"],
    "properties": {
        "question": {"type": "string", "description": "the question as sent"},
        "intent": {"type": ["string", "null"],
                   "description": "what was asked; null means out of scope"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "entities": {"type": "object",
                     "additionalProperties": {"type": "array", "items": {"type": "string"}},
                     "description": 'kind to ids, e.g. {"nutrient": ["potassium"]}'},
        "answer": {"type": "string", "description": "the answer, reminder line included"},
        "sources": {"type": "array", "items": {"type": "string"}},
        "conversation": {"type": "string",
                         "description": "the id to send with the next question"},
        "new_conversation": {"type": "boolean",
                             "description": "this question started a new conversation"},
        "reminder": {"type": "string",
                     "description": "the closing general-information line of the answer, "
                                    "if it has one, so a page can show it dimmed; else ''"},
        "notice": {"type": "string",
                   "description": "present when the conversation sent was unknown or had "
                                  "expired, so this question started a new one"},
    },
}


def describe(version: str) -> dict[str, Any]:
    """The OpenAPI document for this version of the program."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "twitch-assistant",
            "version": version,
            "description": "General information about muscle twitching, answered offline "
                           "from a curated knowledge base. Not medical advice.",
        },
        "paths": {
            "/api/ask": {"post": {
                "summary": "Ask a question, in a conversation or a new one",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object",
                    "required": ["question"],
                    "properties": {
                        "question": {"type": "string", "minLength": 1,
                                     "maxLength": MAX_QUESTION_CHARS},
                        "conversation": {"type": ["string", "null"],
                                         "description": "the id from an earlier answer; "
                                                        "null or absent starts a new one"},
                    },
                }}}},
                "responses": {
                    "200": {"description": "the answer",
                            "content": {"application/json": {"schema": {
                                "$ref": "#/components/schemas/AskResponse"}}}},
                    "400": _error("the body is not a UTF-8 JSON object"),
                    "413": _error(f"the body is larger than {MAX_BODY_BYTES} bytes"),
                    "415": _error("the content type is not application/json"),
                    "422": _error("a field is wrong; the error names it"),
                },
            }},
            "/api/conversations/{conversation}": {"delete": {
                "summary": "Forget a conversation now",
                "parameters": [{"name": "conversation", "in": "path", "required": True,
                                "schema": {"type": "string"}}],
                "responses": {"204": {"description": "forgotten"},
                              "404": _error("no such conversation (or it had expired)")},
            }},
            "/api/health": {"get": {
                "summary": "Whether the server is up",
                "responses": {"200": {"description": "up", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Health"}}}}},
            }},
            "/api/openapi.json": {"get": {
                "summary": "This description",
                "responses": {"200": {"description": "the OpenAPI document"}},
            }},
        },
        "components": {"schemas": {
            "AskResponse": _ASK_RESPONSE,
            "Error": {"type": "object", "required": ["error", "message"], "properties": {
                "error": {"type": "string", "description": "a stable code, e.g. too_long"},
                "message": {"type": "string", "description": "what was wrong, for people"},
                "field": {"type": "string", "description": "the field at fault (422)"},
            }},
            "Health": {"type": "object", "required": ["status", "version", "conversations"],
                       "properties": {"status": {"const": "ok"},
                                      "version": {"type": "string"},
                                      "conversations": {"type": "integer",
                                                        "description": "kept in memory now"}}},
        }},
    }
