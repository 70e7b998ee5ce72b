"""The JSON API and the page, in process with Starlette's test client.

What a program or a page sees: the same record as ``--json`` plus the
conversation, follow-ups that keep their own conversation's context and never
another's, conversations forgotten when idle, deleted or crowded out, a clear
JSON error for every bad request (never a 500), and the security headers on
every response.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from helpers import call
from starlette.testclient import TestClient

from assistant import Assistant, __version__
from assistant.web.app import STATIC, create_app
from assistant.web.conversations import ConversationStore
from assistant.web.security import HEADERS

JSON_CONTRACT = {"question", "intent", "confidence", "entities", "answer", "sources"}
WEB_KEYS = {"conversation", "new_conversation", "reminder"}
JSON_HEADERS = {"Content-Type": "application/json"}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def client_for(store: ConversationStore, **options: Any) -> TestClient:
    return TestClient(create_app(store, **options))


@pytest.fixture
def client(bot: Assistant, clock: Clock) -> Iterator[TestClient]:
    with client_for(ConversationStore(bot, clock=clock, capacity=3)) as test_client:
        yield test_client


def ask(client: TestClient, question: str, conversation: str | None = None) -> dict[str, Any]:
    response = client.post("/api/ask", json={"question": question, "conversation": conversation})
    assert response.status_code == 200, response.text
    return response.json()


# ---------------------------------------------------------------- the contract

def test_an_answer_is_the_json_line_of_the_cli_plus_the_conversation(client: TestClient) -> None:
    record = ask(client, "what has potassium")
    assert set(record) == JSON_CONTRACT | WEB_KEYS
    (cli_record,) = call("--json", "what has potassium").json
    assert {key: record[key] for key in JSON_CONTRACT} == cli_record
    assert record["new_conversation"] is True
    assert len(record["conversation"]) >= 20
    assert record["reminder"] == ""


def test_the_reminder_is_given_apart_so_a_page_can_dim_it(client: TestClient) -> None:
    record = ask(client, "how much magnesium do i need, im a 40 year old woman")
    assert record["reminder"].startswith("This is general information")
    assert record["answer"].rstrip().endswith(record["reminder"])


def test_the_question_is_echoed_as_sent_but_asked_without_control_characters(
        client: TestClient) -> None:
    question = "what has \x1b[31mpotassium\x07"
    record = ask(client, question)
    assert record["question"] == question
    assert record["entities"] == {"nutrient": ["potassium"]}


def test_every_new_conversation_gets_its_own_random_id(client: TestClient) -> None:
    ids = {ask(client, "hello")["conversation"] for _ in range(3)}
    assert len(ids) == 3


# ---------------------------------------------------------------- conversations

def test_follow_ups_keep_their_own_conversations_context(client: TestClient) -> None:
    first = ask(client, "what does magnesium do")
    second = ask(client, "what foods have potassium")
    one, two = first["conversation"], second["conversation"]

    follow_up = ask(client, "which foods have it", one)
    assert follow_up["conversation"] == one and follow_up["new_conversation"] is False
    assert follow_up["entities"] == {"nutrient": ["magnesium"]}
    assert "leafy greens" in follow_up["answer"]

    other = ask(client, "how much do i need a day, im a 40 year old woman", two)
    assert other["entities"] == {"nutrient": ["potassium"]}
    assert ask(client, "and calcium?", one)["entities"] == {"nutrient": ["calcium"]}
    assert ask(client, "what does it do", two)["entities"] == {"nutrient": ["potassium"]}


def test_an_unknown_conversation_starts_a_new_one_and_says_so(client: TestClient) -> None:
    record = ask(client, "which foods have it", "no-such-conversation")
    assert record["new_conversation"] is True
    assert record["conversation"] != "no-such-conversation"
    assert "new one" in record["notice"]
    assert "Which nutrient do you mean" in record["answer"]


def test_a_conversation_idle_for_30_minutes_is_forgotten(client: TestClient,
                                                          clock: Clock) -> None:
    started = ask(client, "what does magnesium do")["conversation"]
    clock.advance(29)
    kept = ask(client, "which foods have it", started)
    assert kept["new_conversation"] is False and "notice" not in kept
    clock.advance(30)
    expired = ask(client, "and how much do i need a day, im a 40 year old woman", started)
    assert expired["new_conversation"] is True and "30 minutes" in expired["notice"]
    assert expired["entities"].get("nutrient") != ["magnesium"]
    assert client.get("/api/health").json()["conversations"] == 1


def test_past_the_cap_the_conversation_idle_longest_is_dropped(client: TestClient,
                                                                clock: Clock) -> None:
    ids = []
    for nutrient in ("magnesium", "potassium", "calcium"):  # the client's store keeps 3
        ids.append(ask(client, f"what does {nutrient} do")["conversation"])
        clock.advance(1)
    ask(client, "which foods have it", ids[0])  # the first is now the most recent
    ask(client, "hello")  # a fourth: the one idle longest (the second) goes
    kept = ask(client, "which foods have it", ids[2])
    assert kept["new_conversation"] is False and kept["entities"] == {"nutrient": ["calcium"]}
    assert ask(client, "which foods have it", ids[1])["new_conversation"] is True


def test_a_deleted_conversation_is_forgotten(client: TestClient) -> None:
    conversation = ask(client, "what does magnesium do")["conversation"]
    response = client.delete(f"/api/conversations/{conversation}")
    assert response.status_code == 204 and response.content == b""
    again = client.delete(f"/api/conversations/{conversation}")
    assert again.status_code == 404 and again.json()["error"] == "unknown_conversation"
    assert ask(client, "which foods have it", conversation)["new_conversation"] is True


# ---------------------------------------------------------------- bad requests

OVER_16_KB = json.dumps({"question": "x" * 9_000, "padding": "y" * 8_000}).encode()


def _chunks() -> Iterator[bytes]:
    """A body with no Content-Length, sent in pieces: the limit must hold while reading."""
    yield b'{"question": "'
    for _ in range(20):
        yield b"z" * 1024
    yield b'"}'


BAD_REQUESTS = [
    # id, body, content type, status, error code, field
    ("over 16 KB", OVER_16_KB, "application/json", 413, "body_too_large", None),
    ("over 16 KB, chunked", _chunks, "application/json", 413, "body_too_large", None),
    ("plain text", b"what has potassium", "text/plain", 415, "unsupported_media_type", None),
    ("a form", b"question=hi", "application/x-www-form-urlencoded", 415,
     "unsupported_media_type", None),
    ("no content type", b'{"question": "hi"}', None, 415, "unsupported_media_type", None),
    ("not JSON", b'{"question": hi}', "application/json", 400, "invalid_json", None),
    ("empty body", b"", "application/json", 400, "invalid_json", None),
    ("not UTF-8", b'{"question": "caf\xe9"}', "application/json", 400, "invalid_json", None),
    ("nested 5,000 deep", b"[" * 5_000 + b"]" * 5_000, "application/json", 400,
     "invalid_json", None),
    ("a list", b'["what has potassium"]', "application/json", 400, "invalid_json", None),
    ("no question", b'{"conversation": null}', "application/json", 422, "missing_field",
     "question"),
    ("question null", b'{"question": null}', "application/json", 422, "invalid_field",
     "question"),
    ("question a number", b'{"question": 42}', "application/json", 422, "invalid_field",
     "question"),
    ("question a list", b'{"question": ["hi"]}', "application/json", 422, "invalid_field",
     "question"),
    ("question empty", b'{"question": ""}', "application/json", 422, "empty_field", "question"),
    ("question blank", b'{"question": " \\n\\t "}', "application/json", 422, "empty_field",
     "question"),
    ("question 10,001 characters", json.dumps({"question": "a" * 10_001}).encode(),
     "application/json", 422, "too_long", "question"),
    ("conversation a number", b'{"question": "hi", "conversation": 7}', "application/json",
     422, "invalid_field", "conversation"),
]


@pytest.mark.parametrize("body, content_type, status, code, field",
                         [case[1:] for case in BAD_REQUESTS], ids=[c[0] for c in BAD_REQUESTS])
def test_a_bad_request_gets_a_clear_json_error(client: TestClient, body: Any,
                                               content_type: str | None, status: int, code: str,
                                               field: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/ask", content=body() if callable(body) else body,
                           headers=headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()
    assert error["error"] == code and error["message"]
    assert error.get("field") == field


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8",
                                          "Application/JSON"])
def test_json_with_parameters_or_in_capitals_is_json(client: TestClient,
                                                     content_type: str) -> None:
    response = client.post("/api/ask", content=b'{"question": "what has potassium"}',
                           headers={"Content-Type": content_type})
    assert response.status_code == 200


def test_a_question_of_exactly_10000_characters_is_answered(client: TestClient) -> None:
    question = ("what has potassium " * 600)[:10_000]
    record = ask(client, question)
    assert record["question"] == question and record["answer"]


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/api/ask", 405, "method_not_allowed"),
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/static/missing.js", 404, "not_found"),
    ("DELETE", "/api/conversations/unknown", 404, "unknown_conversation"),
])
def test_wrong_paths_and_methods_answer_in_json(client: TestClient, method: str, path: str,
                                                status: int, code: str) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert response.json()["error"] == code


def test_a_failure_of_ours_is_a_json_500_that_echoes_nothing(bot: Assistant) -> None:
    class Broken(ConversationStore):
        def ask(self, question: str, conversation: str | None = None) -> Any:
            raise RuntimeError(f"bug while answering {question}")

    with TestClient(create_app(Broken(bot)), raise_server_exceptions=False) as broken:
        response = broken.post("/api/ask", json={"question": "my secret question"})
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert "secret" not in response.text
    assert {k.lower(): v for k, v in HEADERS.items()}.items() <= response.headers.items()


# ---------------------------------------------------------------- headers and page

@pytest.mark.parametrize("method, path, body", [
    ("GET", "/", None), ("GET", "/static/app.js", None), ("GET", "/static/style.css", None),
    ("GET", "/api/health", None), ("GET", "/api/openapi.json", None),
    ("POST", "/api/ask", {"question": "hi"}), ("POST", "/api/ask", {"question": ""}),
    ("GET", "/nowhere", None), ("DELETE", "/api/conversations/x", None),
])
def test_every_response_carries_the_security_headers(client: TestClient, method: str,
                                                     path: str, body: Any) -> None:
    response = client.request(method, path, json=body)
    for name, value in HEADERS.items():
        assert response.headers[name] == value, name
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe" not in policy
    if path.startswith("/api/"):
        assert response.headers["cache-control"] == "no-store"


def test_health(client: TestClient) -> None:
    response = client.get("/api/health")
    assert response.json() == {"status": "ok", "version": __version__, "conversations": 0}


def test_the_openapi_description_matches_what_the_api_answers(client: TestClient) -> None:
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {"/api/ask", "/api/conversations/{conversation}",
                                      "/api/health", "/api/openapi.json"}
    answer = document["components"]["schemas"]["AskResponse"]
    assert set(answer["required"]) == JSON_CONTRACT | WEB_KEYS
    assert set(answer["properties"]) == JSON_CONTRACT | WEB_KEYS | {"notice"}
    statuses = set(document["paths"]["/api/ask"]["post"]["responses"])
    assert {str(case[3]) for case in BAD_REQUESTS} <= statuses


class _Inline(HTMLParser):
    """Finds what a strict Content-Security-Policy would block: inline script and style."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        self.found += [f"{tag} {name}=" for name in names if name == "style" or
                       name.startswith("on")]
        if tag == "style":
            self.found.append("<style>")
        for name in ("src", "href"):
            if names.get(name):
                self.external.append(names[name] or "")

    def handle_data(self, data: str) -> None:
        if self.lasttag == "script" and data.strip():
            self.found.append("inline <script>")


def test_the_page_is_one_file_with_its_own_script_and_stylesheet(client: TestClient) -> None:
    response = client.get("/")
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert 'aria-live="polite"' in page and '<label for="question">' in page
    parser = _Inline()
    parser.feed(page)
    assert parser.found == []
    assert sorted(parser.external) == ["static/app.js", "static/favicon.svg", "static/style.css"]
    for path in parser.external:  # relative, so the page also works under a proxy's prefix
        served = client.get("/" + path)
        assert served.status_code == 200 and served.content == (STATIC / path[7:]).read_bytes()


def test_the_script_never_inserts_html() -> None:
    script = (STATIC / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


# ---------------------------------------------------------------- what is logged

@pytest.mark.parametrize("log_questions", [False, True])
def test_questions_are_logged_only_when_asked_to(bot: Assistant, caplog: pytest.LogCaptureFixture,
                                                 log_questions: bool) -> None:
    caplog.set_level(logging.DEBUG)
    with client_for(ConversationStore(bot), log_questions=log_questions) as test_client:
        ask(test_client, "does my left pinky twitch from magnesium")
    logged = any("left pinky" in record.getMessage() for record in caplog.records)
    assert logged is log_questions
