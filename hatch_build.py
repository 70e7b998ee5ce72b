"""The per-question modules built as C extensions by mypyc, wherever a C compiler is found.

    pip install .                              # compiled when it can be, else pure Python
    TWITCH_ASSISTANT_COMPILE=0 pip install .   # pure Python: seconds, no compiler
    TWITCH_ASSISTANT_COMPILE=1 pip install .   # compiled, or the install fails

Compiled, the answers are the same, byte for byte, for about half the CPU per question:
only the compiled build meets the speed targets of issue 11 (benchmarks/README.md), so
it is what an install gives by default, as mypy and black ship their mypyc builds. The
build then installs mypy (whose mypyc compiles the modules below, which are ``mypy
--strict`` clean, with the packages and stubs they are checked with) and setuptools
(which runs the C compiler), and the wheel holds a C extension beside each of those
modules' sources, which Python imports first. That takes about two minutes. Where no C
compiler or no Python headers are found, or the compile fails, the default build says
why on stderr and ships the pure modules, which give the same answers more slowly: an
install never fails for want of a compiler. An editable install (``pip install -e``),
which is how the tests run the checkout, is never compiled.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
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
#
# mypyc makes a compiled module's NamedTuple classes with typing's NamedTupleMeta and
# _NamedTuple, whatever the module's own NamedTuple is, so the first compiled module
# a start loaded imported typing: about 3 ms, what the compiled start lost to the pure
# one (benchmarks/README.md, speed23). The pure modules make their records with
# assistant.records, which makes the very class typing makes, without typing; the
# compiled ones are pointed at it too, where mypyc looks those two names up
# (IRBuilder.get_module_attr). mypy's wheels are themselves compiled by mypyc, and a
# compiled method cannot be replaced, so mypy and mypyc run here from the Python
# sources their wheels ship beside the C extensions (about 20 s more of a two-minute
# build). If a later mypyc no longer looks the names up there, the build says so and
# goes on: the compiled start then imports typing again, slower but correct.
#
# Hidden symbols: the shared library of the compiled modules exported its 2,000
# functions and tables, so loading it looked up about 1,600 of its own symbols
# through the process's global scope (R_X86_64_64 and GLOB_DAT relocations). Python
# finds a module by its PyInit function alone, which Python's headers mark exported,
# and mypyc's modules reach the shared library through capsules; hidden, the rest
# bind inside the library: loading it 0.6 to 0.24 ms, importing it 1.05 to 0.58 ms.
_SETUP = """
import importlib.machinery, importlib.util, os, sys

class Interpreted:  # mypy and mypyc from their .py files, not their C extensions
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] not in ("mypy", "mypyc"):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not spec.origin or not spec.origin.endswith((".so", ".pyd")):
            return spec
        stem = os.path.basename(spec.origin).partition(".")[0]
        return importlib.util.spec_from_file_location(
            name, os.path.join(os.path.dirname(spec.origin), stem + ".py"),
            submodule_search_locations=spec.submodule_search_locations)

sys.meta_path.insert(0, Interpreted)
from mypyc.build import mypycify
from mypyc.irbuild.builder import IRBuilder
from setuptools import setup

RECORDS = {("typing", "_NamedTuple"): ("assistant.records", "NamedTuple"),
           ("typing", "NamedTupleMeta"): ("assistant.records", "_RecordMeta")}
redirected = []
get_module_attr = getattr(IRBuilder, "get_module_attr", None)

def get_record_attr(builder, module, attr, line):
    if (module, attr) in RECORDS:
        redirected.append(attr)
        module, attr = RECORDS[module, attr]
    return get_module_attr(builder, module, attr, line)

if get_module_attr is not None:
    IRBuilder.get_module_attr = get_record_attr
out, modules = sys.argv[1], sys.argv[2:]
extensions = mypycify(["--strict", *modules], target_dir=out + "/c")
if not redirected:
    print("hatch_build.py: this mypyc makes no NamedTuple through IRBuilder.get_module_attr, "
          "so the compiled modules will import typing at start (about 3 ms slower)",
          file=sys.stderr)
if sys.platform != "win32":  # hidden symbols (above); msvc exports only what it is told
    for extension in extensions:  # a list each: mypycify gives them all the same one
        extension.extra_compile_args = [*extension.extra_compile_args, "-fvisibility=hidden"]
sys.argv[1:] = ["build_ext", "--build-lib", out + "/lib", "--build-temp", out + "/temp"]
setup(name="twitch-assistant-compiled", packages=[], py_modules=[], ext_modules=extensions)
"""


def missing_toolchain() -> str | None:
    """What a compile would lack here, or None: asked before mypy is fetched for nothing.

    Windows is left to an explicit TWITCH_ASSISTANT_COMPILE=1: its compiler is found by
    setuptools, not on the PATH.
    """
    if sys.platform == "win32":
        return "no C compiler looked for on Windows (TWITCH_ASSISTANT_COMPILE=1 compiles)"
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(shlex.split(compiler)[0]) is None:
        return f"no C compiler ({compiler})"
    headers = Path(sysconfig.get_paths()["include"], "Python.h")
    if not headers.is_file():
        return f"no Python headers ({headers})"
    return None


class CustomBuildHook(BuildHookInterface):
    """Compiles MODULES into the wheel, by default where a toolchain is found."""

    def _mode(self) -> str:
        """'0' pure, '1' compiled or fail, 'auto' compiled where it can be (the default)."""
        value = os.environ.get(ENABLE, "").strip().lower()
        return {"": "auto", "auto": "auto", "0": "0", "false": "0", "no": "0"}.get(value, "1")

    def _wanted(self) -> bool:
        mode = self._mode()
        if mode == "auto" and (missing := missing_toolchain()):
            self._say(f"{missing}: building pure Python (the same answers, more slowly)")
            return False
        return mode != "0"

    @staticmethod
    def _say(message: str) -> None:
        print(f"twitch-assistant build: {message}", file=sys.stderr)

    def dependencies(self) -> list[str]:
        """mypy, its stubs and setuptools; an editable build gets them too, unused, as
        hatchling asks for them before it says which kind of wheel it builds."""
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
        except (OSError, subprocess.CalledProcessError) as error:
            shutil.rmtree(self._out, ignore_errors=True)
            self._out = ""
            if self._mode() != "auto":
                raise
            why = (f"exit status {error.returncode}, the output above says why"
                   if isinstance(error, subprocess.CalledProcessError) else str(error))
            self._say(f"the compile failed ({why}): building pure Python instead")
            return
        except BaseException:  # interrupted: finalize is not called then
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
