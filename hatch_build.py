"""An opt-in build of the per-question modules as C extensions, compiled by mypyc.

    TWITCH_ASSISTANT_COMPILE=1 pip install .

The package is plain Python and installs as such by default: this hook then does
nothing and asks for nothing, so an install needs no compiler and takes seconds.
With the variable set, the wheel build also installs mypy (whose mypyc compiles
the modules below, which are ``mypy --strict`` clean, with the packages and stubs
they are checked with) and setuptools (which runs the C compiler), and the wheel
holds a C extension beside each of those modules' sources, which Python imports
first. The answers are the same, byte for byte, for about 1.8 to 2 times less CPU per
question (benchmarks/README.md, speed18 and speed21). It takes a C compiler, Python's
headers and about two minutes. An editable install (``pip install -e``) is never compiled.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ENABLE = "TWITCH_ASSISTANT_COMPILE"
# Every module a question runs through, except: the public API (engine.py and
# reply.py), whose errors and methods must stay as documented (a compiled function
# checks its arguments' types first, with mypyc's own message, and a record's
# compiled methods have no name or docstring); vectorised.py (numpy's calls are
# already C); and the modules that only load and check the data (knowledge.py and
# intents.py: their records name types imported for type checking only, which mypyc
# evaluates when it makes the class).
MODULES = ("amounts", "answers", "dialogue", "english", "entities", "habits", "matcher",
           "medicines", "memo", "person", "reading", "render", "safety", "text")
# What mypyc needs besides mypy (which brings it) and setuptools (which runs the C
# compiler): the types CI checks the package with, so the packages it imports and
# the stubs, from the test extra.
_TYPING = ("mypy", "types-pyyaml", "numpy")

# Run in a child process: setuptools reads its command from sys.argv.
_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup
out, modules = sys.argv[1], sys.argv[2:]
sys.argv[1:] = ["build_ext", "--build-lib", out + "/lib", "--build-temp", out + "/temp"]
setup(name="twitch-assistant-compiled", packages=[], py_modules=[],
      ext_modules=mypycify(["--strict", *modules], target_dir=out + "/c"))
"""


class CustomBuildHook(BuildHookInterface):
    """Compiles MODULES into the wheel when TWITCH_ASSISTANT_COMPILE is set."""

    def _wanted(self) -> bool:
        return os.environ.get(ENABLE, "") not in ("", "0")

    def dependencies(self) -> list[str]:
        if not self._wanted():
            return []
        core = self.metadata.core
        typing = [requirement for requirement in core.optional_dependencies["test"]
                  if re.split("[^A-Za-z0-9_.-]", requirement)[0].lower() in _TYPING]
        return ["setuptools>=65", *typing, *core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable" or not self._wanted():
            return
        self._out = tempfile.mkdtemp(prefix="twitch-assistant-mypyc-")
        try:
            subprocess.run([sys.executable, "-c", _SETUP, self._out,
                            *(f"assistant/{name}.py" for name in MODULES)],
                           cwd=self.root, check=True)
        except BaseException:  # no compiler, say: finalize is not called then
            shutil.rmtree(self._out, ignore_errors=True)
            raise
        built = Path(self._out, "lib")
        for extension in sorted(built.rglob("*.so")) + sorted(built.rglob("*.pyd")):
            build_data["force_include"][str(extension)] = extension.relative_to(built).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out:
            shutil.rmtree(out, ignore_errors=True)
