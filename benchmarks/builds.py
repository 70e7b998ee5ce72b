"""Which build of the assistant a benchmark child runs: this checkout, or a compiled install.

run.py measures this checkout's pure-Python package by default, as CI knows it. With
``--compiled PYTHON`` it also measures the install of another interpreter, a venv where
``TWITCH_ASSISTANT_COMPILE=1 pip install '.[large]'`` was run (hatch_build.py: the
per-question modules compiled by mypyc), in the same run, so both builds meet the same
machine and each gets its own ratios to the baselines. Such a child must not see this
checkout: ``-c`` and ``-m`` put the working directory first on the path, and run.py's
children put the checkout on PYTHONPATH, either of which would import the pure sources
in place of the compiled install. So a compiled child runs in a directory of its own,
with the checkout off its path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Run by the compiled interpreter: where its package is, which of its modules are C
# extensions, whether numpy is there for large data, and each module's source, so that
# it can be compared with this checkout's.
_DESCRIBE = """
import importlib.util, json, pathlib, sys
import assistant
package = pathlib.Path(assistant.__file__).parent
sources = {path.name: path.read_text(encoding="utf-8") for path in package.glob("*.py")}
compiled = sorted(path.name.split(".")[0] for path in package.iterdir()
                  if path.suffix in (".so", ".pyd"))
print(json.dumps({"package": str(package), "compiled": compiled, "sources": sources,
                  "numpy": importlib.util.find_spec("numpy") is not None}))
"""


@dataclass(frozen=True)
class Build:
    """How a child process runs one build: its interpreter, the directory it starts in,
    and whether this checkout is put first on its path."""

    label: str  # as the tables name it
    python: str
    cwd: Path
    checkout_on_path: bool

    def env(self, cache: Path) -> dict[str, str]:
        """The child's environment (see child_env), without this checkout for an install."""
        return child_env(cache, REPO if self.checkout_on_path else None)


def pure() -> Build:
    """This checkout's package, run by this interpreter: run.py's default."""
    return Build("assistant", sys.executable, REPO, checkout_on_path=True)


def compiled(python: str, scratch: Path) -> tuple[Build, str]:
    """The compiled install of ``python``, and a line saying what it is; exits with a
    message when that interpreter's package is this checkout or has no compiled module."""
    build = Build("compiled", python, scratch, checkout_on_path=False)
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run([python, "-c", _DESCRIBE], capture_output=True, text=True,
                              cwd=scratch, env=build.env(scratch / "cache-describe"))
    except OSError as error:
        raise SystemExit(f"--compiled {python}: {error}") from None
    if done.returncode != 0:
        raise SystemExit(f"--compiled {python}: cannot import assistant:\n{done.stderr}")
    found = json.loads(done.stdout)
    package = Path(found["package"])
    if package.resolve() == (REPO / "assistant").resolve():
        raise SystemExit(f"--compiled {python}: its assistant is this checkout's sources, "
                         "not a compiled install (an editable install is never compiled)")
    if not found["compiled"]:
        raise SystemExit(f"--compiled {python}: {package} has no compiled module; install it "
                         "with TWITCH_ASSISTANT_COMPILE=1 pip install '.[large]'")
    differing = sorted(name for name, text in found["sources"].items()
                       if not (REPO / "assistant" / name).is_file()
                       or (REPO / "assistant" / name).read_text(encoding="utf-8") != text)
    same = ("sources as this checkout's" if not differing
            else f"SOURCES DIFFER from this checkout's: {', '.join(differing)}")
    numpy = "" if found["numpy"] else "; no numpy, so large data runs the Python loop"
    return build, (f"compiled: {python}, {len(found['compiled'])} modules compiled, "
                   f"{same}{numpy}")


def child_env(cache: Path, repo: Path | None = REPO) -> dict[str, str]:
    """The environment of a child: ``repo``'s package first on the path (for an install,
    ``repo`` None, no PYTHONPATH at all), and a cache directory of the benchmark's own.

    Bytecode writing is allowed even where PYTHONDONTWRITEBYTECODE is set (some
    sandboxes and CI images set it): users get .pyc files from pip at install time,
    and without them every start would also compile the package (~40 ms here).
    """
    env = dict(os.environ)
    if repo is None:
        env.pop("PYTHONPATH", None)
    else:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH")]))
    env["XDG_CACHE_HOME"] = str(cache)
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME", "NO_COLOR"):
        env.pop(name, None)
    return env
