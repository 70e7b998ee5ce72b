"""The shared judge (../shared/eval/judge.py), with the assistant run in this process.

    python .ci/judge_in_process.py JUDGE FILE... --cmd "twitch-assistant --json" [judge options]

judge.py pipes the single questions through one ``twitch-assistant --json
--independent`` and each conversation through a process of its own: on the
development set that is some 3,500 processes, most of CI's time. Here the judge's
own code does everything (loading, verdicts, report, bar, exit status) except the
process: its ``subprocess.run`` is replaced by a call of ``assistant.cli.run``, the
console script's own entry, on the same arguments and the same stdin bytes, with
stdout and stderr given back as the process would give them. A fresh run is a fresh
conversation, as a fresh process is. Its YAML is parsed by libyaml's safe loader,
which gives the same objects as the pure one, several times faster.

The verdicts are the subprocess judge's, case by case: checked on the whole
development set (the list of failing cases and the summary line are the same).
CI still runs the real judge, through real processes, on the shared sample.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from types import ModuleType, SimpleNamespace
from typing import Any

import yaml

from assistant import cli
from assistant.engine import Assistant

# The command lines this stands in for: the console script and `python -m assistant`.
ENTRY_POINTS = (("twitch-assistant",), ("python", "-m", "assistant"),
                ("python3", "-m", "assistant"))


def load_judge(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("judge", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot load the judge")
    judge = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(judge)
    return judge


def arguments(cmd: Sequence[str]) -> list[str]:
    """The assistant's arguments in a command line the judge would start."""
    for entry in ENTRY_POINTS:
        if tuple(cmd[:len(entry)]) == entry:
            return list(cmd[len(entry):])
    raise SystemExit(f"judge_in_process.py runs only the assistant, not {' '.join(cmd)!r}")


def in_process(cmd: Sequence[str], *, input: str, text: bool, **_: Any,
               ) -> subprocess.CompletedProcess[str]:
    """What ``subprocess.run(cmd, input=..., capture_output=True, text=True, ...)`` gives
    for the assistant's command line, from ``assistant.cli.run`` in this process."""
    assert text, "the judge reads text"
    out, err = io.StringIO(), io.StringIO()
    environment = cli.Environment(stdin=io.BytesIO(input.encode("utf-8")), stdout=out,
                                  stderr=err, stdin_isatty=False, stdout_isatty=False,
                                  environ=dict(os.environ), columns=80)
    status = cli.run(arguments(cmd), environment)
    return subprocess.CompletedProcess(list(cmd), int(status), out.getvalue(), err.getvalue())


_LOADED: dict[tuple[object, ...], Assistant] = {}
_load_assistant = cli.load_assistant


def load_once(args: argparse.Namespace) -> Assistant:
    """cli.load_assistant, once per set of data directories. A process loads the same
    build from the cache each time; an Assistant is immutable once built and keeps no
    conversation (each run starts its own), so one serves every run."""
    key = (tuple(args.knowledge or ()), tuple(args.intents or ()),
           tuple(args.extra_knowledge or ()))
    if key not in _LOADED:
        _LOADED[key] = _load_assistant(args)
    return _LOADED[key]


def safe_load(stream: str) -> Any:
    return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    judge = load_judge(argv[0])
    # Only the judge's own names are replaced: its module sees these, nothing else does.
    judge.subprocess = SimpleNamespace(run=in_process, TimeoutExpired=subprocess.TimeoutExpired)
    judge.yaml = SimpleNamespace(safe_load=safe_load, safe_dump=yaml.safe_dump)
    cli.load_assistant = load_once  # type: ignore[assignment]
    sys.argv = list(argv)
    return int(judge.main())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
