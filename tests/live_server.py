"""A real `python -m assistant serve` on a free loopback port, for the tests that need one.

The browser test and the load test talk to the server as a visitor would: over
TCP, through uvicorn, started by the command a user types. Its log goes to a
file (a pipe could fill up and stall the server) so tests can read what it logged.
"""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from helpers import REPO, child_env, command

HOST = "127.0.0.1"
START_TIMEOUT = 30  # seconds; the server normally answers within two


def free_port() -> int:
    """A port nothing listens on now; another process could take it first, so start() retries."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class LiveServer:
    """Start with ``with LiveServer(log) as server:``; ``server.url`` ends with a slash."""

    def __init__(self, log: Path, *extra_args: str) -> None:
        self.log = log
        self.extra_args = extra_args
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    def __enter__(self) -> LiveServer:
        for _ in range(3):
            port = free_port()
            self.url = f"http://{HOST}:{port}/"
            with self.log.open("wb") as log:
                self.process = subprocess.Popen(
                    command("serve", "--host", HOST, "--port", str(port), *self.extra_args),
                    stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    env=child_env(), cwd=REPO)
            if self._wait_until_up():
                return self
        raise AssertionError(f"the server did not start:\n{self.output()}")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        """SIGTERM, as a service manager would send; uvicorn shuts down cleanly on it."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def _wait_until_up(self) -> bool:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False  # most likely the port was taken meanwhile
            try:
                with urllib.request.urlopen(self.url + "api/health", timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        raise AssertionError(f"the server did not answer within {START_TIMEOUT} s:\n"
                             f"{self.output()}")
