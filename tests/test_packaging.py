"""The wheel: built from this checkout, installed into a fresh venv, used from elsewhere.

This is the only test that proves the data ships inside the package: every other
test imports the checkout, where the top-level knowledge/ and intents/ folders
are found next to the code. Needs network access to PyPI (the build backend and
the dependencies); one wheel build and one venv are shared by the whole module (which
runs on one xdist worker, sent out first: its compile is the longest chain of the suite).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import TODAY, read_yaml
from test_native import compiled_modules

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 600  # guards against hangs; the compiled build takes about two minutes
# How hatch_build.py starts the line that says why a default build is pure.
PURE_BECAUSE = "twitch-assistant build: "

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, (f"{' '.join(map(str, args))} failed ({done.returncode}):\n"
                                  f"{done.stdout}\n{done.stderr}")
    return done


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no pytest variables, a private cache: only the installed package counts."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSAFEPATH",
                        "TWITCH_ASSISTANT_COMPILE"}
           and not k.startswith("PYTEST")}
    env.update(XDG_CACHE_HOME=str(home / "cache"), PIP_DISABLE_PIP_VERSION_CHECK="1",
               NO_COLOR="1")
    return env


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("packaging")


@dataclass(frozen=True)
class Built:
    """A wheel and what its build said on stderr (hatch_build.py says why it is pure)."""

    path: Path
    log: str

    @property
    def extensions(self) -> set[str]:
        """The modules the wheel holds as C extensions, by name."""
        return {name.split("/")[-1].split(".")[0] for name in zipfile.ZipFile(self.path).namelist()
                if name.endswith((".so", ".pyd"))}

    @property
    def compiled(self) -> bool:
        return bool(self.extensions)


def build(home: Path, name: str, **env: str) -> Built:
    """A wheel of the checkout as `pip install .` builds it, with env added."""
    dist = home / name
    done = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--verbose", "-w", dist, REPO,
               cwd=home, env={**clean_env(home), **env})
    (built,) = dist.glob("twitch_assistant-*.whl")
    return Built(built, done.stdout + done.stderr)


@pytest.fixture(scope="module")
def default_build(home: Path) -> Built:
    """What users get: compiled by mypyc wherever a C compiler is found (about 2 minutes)."""
    return build(home, "dist")


@pytest.fixture(scope="module")
def wheel(default_build: Built) -> Path:
    return default_build.path


@pytest.fixture(scope="module")
def venv_python(home: Path, wheel: Path) -> Path:
    venv = home / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=home, env=clean_env(home))
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(python, "-m", "pip", "install", "--quiet", wheel, cwd=home, env=clean_env(home))
    return python


def test_wheel_contains_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"assistant/_data/knowledge/{p.name}" for p in (REPO / "knowledge").glob("*.yaml")}
    expected |= {f"assistant/_data/intents/{p.name}" for p in (REPO / "intents").glob("*.yaml")}
    assert "assistant/_data/knowledge/nutrients.yaml" in expected
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"
    assert {n for n in names if n.startswith("assistant/_data/")} == expected
    assert {"assistant/__init__.py", "assistant/py.typed"} <= names
    assert not any(n.startswith(("knowledge/", "intents/", "tests/")) for n in names)


def test_the_default_wheel_is_compiled_or_says_why_not(default_build: Built) -> None:
    """Compiled by default (hatch_build.py); a pure wheel only with the reason on stderr."""
    if default_build.compiled:
        assert not default_build.path.name.endswith("-none-any.whl")
        assert set(compiled_modules()) <= default_build.extensions
    else:
        assert PURE_BECAUSE in default_build.log


@pytest.mark.parametrize(("setting", "reason"), [
    ({"TWITCH_ASSISTANT_COMPILE": "0"}, None),
    ({"CC": "/nonexistent/cc"}, "no C compiler (/nonexistent/cc)"),
    ({"CC": "false"}, "the compile failed (exit status 1"),
], ids=["asked-for-pure", "no-compiler", "compile-fails"])
def test_a_pure_wheel_when_asked_or_when_nothing_can_compile(
        home: Path, setting: dict[str, str], reason: str | None) -> None:
    """An install never fails for want of a compiler: it ships the pure modules and says why."""
    built = build(home, "pure-" + "-".join(setting.values()).strip("/").replace("/", "-"),
                  **setting)
    assert built.path.name.endswith("-py3-none-any.whl")
    assert not built.compiled
    if reason is None:
        assert PURE_BECAUSE not in built.log
    else:
        assert f"{PURE_BECAUSE}{reason}" in built.log


def test_the_installed_wheel_answers_as_the_checkout_does(venv_python: Path, home: Path) -> None:
    """Every development question, through the installed build and the checkout: one output."""
    cases = read_yaml(REPO / "tests/eval/dev.yaml")["cases"]
    questions = "".join(case["q"] + "\n" for case in cases)
    pipe = ("-m", "assistant", "--json", "--independent", "--today", TODAY.isoformat())
    with ThreadPoolExecutor(2) as both:  # two processes, each on its own CPU when free
        installed_run = both.submit(
            subprocess.run, [str(venv_python), *pipe], input=questions, capture_output=True,
            text=True, timeout=TIMEOUT, cwd=home, env=clean_env(home))
        checkout_run = both.submit(
            subprocess.run, [sys.executable, *pipe], input=questions, capture_output=True,
            text=True, timeout=TIMEOUT, cwd=REPO)
        installed, checkout = installed_run.result(), checkout_run.result()
    assert installed.returncode == checkout.returncode == 0, installed.stderr + checkout.stderr
    answers = installed.stdout.splitlines()
    assert len(answers) == len(cases)
    for case, mine, theirs in zip(cases, answers, checkout.stdout.splitlines(), strict=True):
        assert mine == theirs, case["q"]


def test_installed_package_answers_from_another_directory(venv_python: Path, home: Path) -> None:
    elsewhere = home / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    code = ("import assistant, assistant.engine as e\n"
            "from assistant import Assistant\n"
            "print(assistant.__file__)\n"
            "print(e.packaged_dir('knowledge'))\n"
            "print(Assistant().ask('what has potassium').text)\n")
    done = run(venv_python, "-c", code, cwd=elsewhere, env=clean_env(home))
    module, data, answer = done.stdout.split("\n", 2)
    site = venv_python.parent.parent
    assert Path(module).is_relative_to(site), "imported the checkout, not the installed wheel"
    assert Path(data) == Path(module).parent / "_data" / "knowledge"
    assert "bananas" in answer.lower()
    assert done.stderr == ""


def test_installed_command_line_and_its_cache(venv_python: Path, home: Path) -> None:
    elsewhere = home / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    script = venv_python.parent / ("twitch-assistant" + (".exe" if os.name == "nt" else ""))
    first = run(script, "what", "has", "potassium", cwd=elsewhere, env=clean_env(home))
    assert "bananas" in first.stdout.lower()
    # The second start reads the compiled cache and must say exactly the same.
    second = run(venv_python, "-m", "assistant", "what has potassium", cwd=elsewhere,
                 env=clean_env(home))
    assert second.stdout == first.stdout
    assert list((home / "cache").rglob("*.pickle")), "no compiled cache was written"


def test_wheel_ships_the_web_page(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    static = REPO / "assistant" / "web" / "static"
    expected = {f"assistant/web/static/{p.name}" for p in static.iterdir()}
    assert "assistant/web/static/index.html" in expected
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"


def test_serve_without_the_web_extra_says_how_to_get_it(venv_python: Path, home: Path) -> None:
    script = venv_python.parent / ("twitch-assistant" + (".exe" if os.name == "nt" else ""))
    done = subprocess.run([str(script), "serve"], cwd=home, env=clean_env(home),
                          capture_output=True, text=True, timeout=TIMEOUT,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert 'pip install "twitch-assistant[web]"' in done.stderr
