"""Shared helpers for running the program: in-process, as a subprocess, and in a terminal.

``call`` runs :func:`assistant.cli.run` against byte/text buffers (fast, no
process); ``run_cli`` runs ``python -m assistant`` for real, for everything
that depends on the process (signals, pipes, encodings, imports); ``Terminal``
drives the chat in a pseudo-terminal and, on a timeout, shows what it expected,
what it saw and the whole session, the way pgcli's test helper does.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from assistant.cli import Environment, run

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 60  # generous: these guard against hangs, they do not measure speed
# The day runs that are compared are asked on: "since late November" is a span whose
# length depends on the day, and two runs either side of midnight would read it apart.
TODAY = date(2026, 12, 1)
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[@-Z\\-_])")


@dataclass
class CliResult:
    exit_status: int
    stdout: str
    stderr: str

    @cached_property
    def json(self) -> list[dict[str, Any]]:
        """stdout as JSON Lines; fails the test if any line is not one JSON object."""
        records = [json.loads(line) for line in self.stdout.splitlines()]
        assert all(isinstance(r, dict) for r in records), self.stdout
        return records


def call(*args: str, stdin: bytes | str = b"", stdin_isatty: bool = False,
         stdout_isatty: bool = False, environ: Mapping[str, str] | None = None,
         columns: int = 80) -> CliResult:
    """Run the CLI in this process with the given input; nothing touches sys.*."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdin=io.BytesIO(data), stdout=out, stderr=err,
                      stdin_isatty=stdin_isatty, stdout_isatty=stdout_isatty,
                      environ=dict(environ or {}), columns=columns)
    status = run(list(args), env)
    return CliResult(int(status), out.getvalue(), err.getvalue())


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child process that finds this checkout's package."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "COV_"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant", *args]


def run_cli(*args: str, input: bytes | str | None = None, timeout: float = TIMEOUT,
            env: Mapping[str, str] | None = None, cwd: Path | None = None) -> CliResult:
    """Run `python -m assistant ARGS` as a real process; output decoded as UTF-8."""
    data = input.encode() if isinstance(input, str) else input
    done = subprocess.run(command(*args), input=data, capture_output=True, timeout=timeout,
                          env=dict(env) if env is not None else child_env(),
                          cwd=cwd or REPO, stdin=None if data is not None else subprocess.DEVNULL)
    return CliResult(done.returncode, done.stdout.decode("utf-8", "replace"),
                     done.stderr.decode("utf-8", "replace"))


def read_yaml(path: Path) -> Any:
    """A question set (or any YAML file) as yaml.safe_load reads it, parsed once per process
    while the file is unchanged; do not modify the result.

    libyaml's safe loader builds the same objects as PyYAML's pure one, seven times as
    fast: the development set is 11 MB, about 38 s to parse in pure Python and 5 s here.
    """
    stat = path.stat()
    return _parsed(str(path), stat.st_mtime_ns, stat.st_size)


@cache
def _parsed(path: str, mtime_ns: int, size: int) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # pure only without libyaml
    with open(path, encoding="utf-8") as stream:
        return yaml.load(stream, Loader=loader)


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


class Terminal:
    """The chat in a real pseudo-terminal (pexpect), with readable failures."""

    def __init__(self, home: Path, *, state: Path | None = None, term: str = "xterm",
                 columns: int = 100, extra_env: Mapping[str, str] | None = None,
                 args: tuple[str, ...] = ()) -> None:
        import pexpect

        self.pexpect = pexpect
        self.log = io.StringIO()
        env = child_env(HOME=str(home), XDG_STATE_HOME=str(state or home / "state"),
                        TERM=term, NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1",
                        **dict(extra_env or {}))
        self.child = pexpect.spawn(sys.executable, ["-m", "assistant", *args], env=env,
                                   cwd=str(home), encoding="utf-8", timeout=TIMEOUT,
                                   dimensions=(40, columns))
        self.child.logfile_read = self.log

    def expect(self, pattern: str, timeout: float = 20) -> str:
        """Wait for a regex in the output; return the text before it (escape codes removed)."""
        try:
            self.child.expect(pattern, timeout=timeout)
        except (self.pexpect.TIMEOUT, self.pexpect.EOF) as error:
            kind = "timeout" if isinstance(error, self.pexpect.TIMEOUT) else "end of output"
            raise AssertionError(
                f"{kind} waiting for output\n"
                f"Expected:\n  {pattern!r}\n"
                f"Actual (since the last match):\n{strip_ansi(str(self.child.before))}\n"
                f"Full log:\n{strip_ansi(self.log.getvalue())}") from None
        return strip_ansi(str(self.child.before))

    def expect_literal(self, text: str, timeout: float = 20) -> str:
        return self.expect(re.escape(text), timeout)

    def send(self, text: str) -> None:
        self.child.send(text)

    def sendline(self, text: str) -> None:
        self.child.send(text + "\r")

    def close(self) -> int | None:
        """Wait for the end (after Ctrl-D); returns the exit status."""
        self.child.expect(self.pexpect.EOF, timeout=TIMEOUT)
        self.child.close()
        return self.child.exitstatus

    def kill(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)

    @property
    def output(self) -> str:
        return strip_ansi(self.log.getvalue())
