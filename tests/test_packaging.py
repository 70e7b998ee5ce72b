"""The wheel: built from this checkout, installed into a fresh venv, used from elsewhere.

This is the only test that proves the data ships inside the package: every other
test imports the checkout, where the top-level knowledge/ and intents/ folders
are found next to the code. Needs network access to PyPI (the build backend and
the dependencies); one wheel build and one venv are shared by the whole module.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 300  # guards against hangs; the whole module normally takes well under a minute

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


@pytest.fixture(scope="module")
def wheel(home: Path) -> Path:
    dist = home / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, REPO,
        cwd=home, env=clean_env(home))
    (built,) = dist.glob("twitch_assistant-*.whl")
    return built


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


def test_the_default_wheel_is_pure_python(wheel: Path) -> None:
    """Compiling with mypyc is opt-in (hatch_build.py): by default nothing is compiled."""
    assert wheel.name.endswith("-py3-none-any.whl")
    assert not any(n.endswith((".so", ".pyd")) for n in zipfile.ZipFile(wheel).namelist())


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
