"""`twitch-assistant serve` as a user meets it: options, a missing extra, what it logs.

The web layer is imported only by ``serve``: a piped question must not pay for a
web framework, which these tests check in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from helpers import REPO, TIMEOUT, call, child_env
from live_server import LiveServer

WEB_MODULES = ("starlette", "uvicorn", "anyio", "assistant.web")


def test_serve_help_names_its_options() -> None:
    result = call("serve", "--help")
    assert result.exit_status == 0
    for option in ("--host", "--port", "--log-questions"):
        assert option in result.stdout


def test_the_main_help_mentions_serve() -> None:
    assert "twitch-assistant serve" in call("--help").stdout


@pytest.mark.parametrize("port", ["http", "70000", "-1", "80.5"])
def test_a_bad_port_is_a_usage_error(port: str) -> None:
    result = call("serve", "--port", port)
    assert result.exit_status == 2
    assert "port" in result.stderr and result.stdout == ""


def test_without_the_web_extra_it_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "assistant.web.server", raising=False)
    result = call("serve")
    assert result.exit_status == 1
    assert "uvicorn is missing" in result.stderr
    assert 'pip install "twitch-assistant[web]"' in result.stderr


@pytest.mark.parametrize("args, stdin", [(["--json", "what has potassium"], ""),
                                         ([], "what has potassium\n")])
def test_answering_questions_never_imports_the_web_layer(args: list[str], stdin: str) -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "assistant", *args],
                          input=stdin.encode(), capture_output=True, env=child_env(), cwd=REPO,
                          timeout=TIMEOUT)
    log = done.stderr.decode()
    assert done.returncode == 0, log
    imported = {line.rsplit("|", 1)[-1].strip() for line in log.splitlines()
                if line.startswith("import time:")}
    assert "assistant.cli" in imported
    assert not {name for name in imported if name.startswith(WEB_MODULES)}


@pytest.mark.parametrize("flags, logged", [((), False), (("--log-questions",), True)])
def test_questions_reach_the_servers_log_only_with_log_questions(
        tmp_path: Path, flags: tuple[str, ...], logged: bool) -> None:
    question = "does my left pinky twitch from too much coffee"
    with LiveServer(tmp_path / "server.log", *flags) as server:
        request = urllib.request.Request(
            server.url + "api/ask", data=json.dumps({"question": question}).encode(),
            headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            assert json.load(response)["question"] == question
    output = server.output()
    assert "POST /api/ask" in output  # the access log is there...
    assert (question in output) is logged  # ...and the question only when asked for
