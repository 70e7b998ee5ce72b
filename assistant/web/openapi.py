"""The OpenAPI description served at /api/openapi.json.

The document itself is data (``openapi.json`` beside this module), so the contract
can be read and reviewed as a file; only what the code decides is filled in here:
the version, and the limits the API enforces.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..cli import MAX_QUESTION_CHARS
from .validation import MAX_BODY_BYTES


def describe(version: str) -> dict[str, Any]:
    """The OpenAPI document for this version of the program."""
    document: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8"))
    document["info"]["version"] = version
    ask = document["paths"]["/api/ask"]["post"]
    body = ask["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["question"]["maxLength"] = MAX_QUESTION_CHARS
    ask["responses"]["413"]["description"] = f"the body is larger than {MAX_BODY_BYTES} bytes"
    return document
