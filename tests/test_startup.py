"""A piped question imports only what answering it needs.

Start-up is most of a piped question's time, and each heavy import is a large
share of it: the chat's prompt_toolkit, the YAML parser (the compiled cache
answers instead), numpy (for large data only), and rapidfuzz (only when a word
needs correcting). Which modules a real process imported is read from
``python -X importtime``, which lists every module as it is imported, whatever
the program does at exit (pipe mode ends with ``os._exit``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, TIMEOUT, child_env

NEVER_IN_PIPE_MODE = ("prompt_toolkit", "yaml", "numpy")


def imported(args: list[str], stdin: str, cache: Path) -> tuple[set[str], str]:
    """Top-level packages a `python -m assistant ARGS` run imported, and its stdout."""
    env = child_env(XDG_CACHE_HOME=str(cache))
    env.pop("TWITCH_ASSISTANT_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "assistant", *args],
                          input=stdin.encode(), capture_output=True, env=env, cwd=REPO,
                          timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr.decode()
    names = re.findall(r"^import time:\s*\d+ \|\s*\d+ \|\s*(\S+)", done.stderr.decode(),
                       re.MULTILINE)
    assert names, done.stderr.decode()[:500]
    return {name.split(".")[0] for name in names}, done.stdout.decode()


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory the first start has filled, as every later start finds it.
    Filled once for the module (a first start builds the data, about 4 s): the starts
    measured here only read it, as every later start does."""
    cache = tmp_path_factory.mktemp("warm-cache")
    imported([], "hi\n", cache)
    return cache


@pytest.mark.parametrize("args", [[], ["--json"], ["--independent", "--explain"]])
def test_pipe_mode_never_imports_the_chat_yaml_or_numpy(warm_cache: Path,
                                                        args: list[str]) -> None:
    modules, out = imported(args, "what has potassium\nsymtoms of low magnesium\n", warm_cache)
    assert "banana" in out
    assert not modules & set(NEVER_IN_PIPE_MODE), sorted(modules & set(NEVER_IN_PIPE_MODE))


def test_one_question_as_arguments_imports_no_more(warm_cache: Path) -> None:
    modules, out = imported(["what", "has", "potassium"], "", warm_cache)
    assert "banana" in out
    assert not modules & {*NEVER_IN_PIPE_MODE, "rapidfuzz"}


def test_rapidfuzz_only_when_a_word_needs_correcting(warm_cache: Path) -> None:
    plain, _ = imported([], "what has potassium\nhi\n", warm_cache)
    assert "rapidfuzz" not in plain
    corrected, out = imported([], "potasium rich food\n", warm_cache)
    assert "rapidfuzz" in corrected and "banana" in out


def test_the_c_modules_of_datetime_and_bisect_and_no_unicodedata_for_ascii(
        warm_cache: Path) -> None:
    """datetime and bisect would first run their pure-Python twins of the C modules used
    instead; unicodedata is only for text beyond ASCII."""
    modules, out = imported([], "my calf has twitched since the 3rd of november\n", warm_cache)
    assert "doctor" in out
    assert not modules & {"datetime", "bisect", "unicodedata"}


def test_no_help_formatter_imports_unless_help_is_asked_for(warm_cache: Path) -> None:
    modules, _ = imported([], "hi\n", warm_cache)
    assert not modules & {"shutil", "bz2", "lzma"}


@pytest.mark.parametrize("args", [[], ["--json", "--independent"], ["what", "has", "potassium"]])
def test_a_plain_pipe_or_question_needs_no_argparse(warm_cache: Path, args: list[str]) -> None:
    """argparse with gettext and locale is a few ms of a start: only a command line with
    more than switches and a question (help, values) imports it."""
    modules, out = imported(args, "what has potassium\n", warm_cache)
    assert "banana" in out
    assert not modules & {"argparse", "gettext", "locale"}


def test_a_warm_start_reads_its_cache_with_c_modules_alone(warm_cache: Path) -> None:
    """The cache is unpickled by _pickle and named and checked with _blake2: the pickle
    module, zlib and hashlib (which loads OpenSSL) would each add to every start. zlib
    comes only with a question that says a first word whose phrases are kept compressed
    ('what': see safety._stored), about 0.3 ms once, against the 1 MB that no start
    reads and checks any more."""
    modules, out = imported([], "hi\n", warm_cache)
    assert "hello" in out.lower()
    assert not modules & {"pickle", "zlib", "hashlib", "_hashlib"}
    modules, out = imported([], "what has potassium\n", warm_cache)
    assert "banana" in out
    assert not modules & {"pickle", "hashlib", "_hashlib"} and "zlib" in modules


@pytest.mark.parametrize("args", [[], ["--json", "--independent"]])
def test_a_warm_start_finds_its_files_without_pathlib(warm_cache: Path, args: list[str]) -> None:
    """Paths on the way to the cache are text (os.path), and the cached data keeps its
    file names as text: pathlib, with urllib.parse and ipaddress, would cost every start."""
    modules, out = imported(args, "what has potassium\n", warm_cache)
    assert "banana" in out
    assert not modules & {"pathlib", "urllib", "ipaddress"}




@pytest.mark.parametrize("args", [[], ["--json", "--independent"], ["--explain"]])
def test_a_start_never_imports_typing(warm_cache: Path, args: list[str]) -> None:
    """typing's module body is about 3 ms, a tenth of a piped start: the package names
    its types for type checkers only (see assistant/native.py), and the JSON records'
    TypedDicts are made when a caller reads them. rapidfuzz imports it, when a word
    needs correcting."""
    modules, out = imported(args, "what has potassium\nim vegan could i be low in something\n"
                            "my eyelid keeps twitching, should i see a doctor\n", warm_cache)
    assert "banana" in out
    assert not modules & {"typing", "_typing"}

# Runs the program as `python -m assistant` does, with every compile() of source text
# reported on stderr. Modules compiled from their files (bytes, when no .pyc can be
# written) are not counted: an installed package has its bytecode.
_COUNTING_COMPILES = """
import builtins, runpy, sys
compile_source = builtins.compile
def counting(source, *args, **kwargs):
    if isinstance(source, str):
        sys.stderr.write(f"compiled: {source[:60]!r}\\n")
    return compile_source(source, *args, **kwargs)
builtins.compile = counting
sys.argv = ["assistant"]
runpy.run_module("assistant", run_name="__main__", alter_sys=True)
"""


def test_a_start_compiles_no_source(warm_cache: Path) -> None:
    """The first compile() of a process builds the parser's AST types, about 1.3 ms of a
    start; typing compiles every string annotation of a TypedDict (or a NamedTuple) into
    a ForwardRef, so no class a start makes may have postponed annotations checked."""
    env = child_env(XDG_CACHE_HOME=str(warm_cache))
    env.pop("TWITCH_ASSISTANT_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _COUNTING_COMPILES],
                          input=b"what has potassium\npotasium rich food\nhi\n",
                          capture_output=True, env=env, cwd=REPO, timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr.decode()
    assert b"banana" in done.stdout
    assert "compiled:" not in done.stderr.decode(), done.stderr.decode()
