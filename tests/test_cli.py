"""The command line: modes, formats, options, and every kind of bad input.

Most behaviour is checked in-process with ``call`` (fast); anything that needs
a real process (signals, closed pipes, encodings, what gets imported) goes
through ``run_cli`` or Popen. Expected answers are computed with the library
itself, so these tests pin down the front end, not the engine's wording.
"""

from __future__ import annotations

import json
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import REPO, TIMEOUT, call, child_env, command, run_cli
from hypothesis import example, given
from hypothesis import strategies as st

from assistant import Assistant, __version__
from assistant.cli import (
    MAX_QUESTION_CHARS,
    Environment,
    ExitStatus,
    _plain_args,
    build_parser,
    clean_question,
    format_reply,
    json_line,
    printable,
    read_questions,
    run,
)
from assistant.reply import Reply

JSON_KEYS = {"question", "intent", "confidence", "entities", "answer", "sources"}
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


# ---------------------------------------------------------------- pipe mode

def test_each_line_is_answered_and_answers_are_separated_by_one_blank_line(bot):
    questions = ["what has potassium", "how much magnesium a day", "hello"]
    result = call("--independent", stdin="\n".join(questions) + "\n")
    assert result.exit_status == ExitStatus.OK
    assert result.stdout == "\n\n".join(bot.ask(q).text.rstrip("\n") for q in questions) + "\n"
    assert result.stderr == ""


def test_blank_lines_are_skipped(bot):
    result = call("--independent", stdin="\n   \nwhat has potassium\n\t\n\n")
    assert result.stdout == bot.ask("what has potassium").text.rstrip("\n") + "\n"


@pytest.mark.parametrize("stdin", ["", "\n", "\n\n  \n\t\n", "\r\n"])
def test_only_blank_lines_give_no_output(stdin):
    result = call(stdin=stdin)
    assert (result.exit_status, result.stdout, result.stderr) == (0, "", "")


def test_lines_form_one_conversation(bot):
    conversation = bot.conversation()
    expected = [conversation.ask(q).text.rstrip("\n") for q in
                ("what does magnesium do", "and which foods have it")]
    result = call(stdin="what does magnesium do\nand which foods have it\n")
    assert result.stdout == "\n\n".join(expected) + "\n"


def test_follow_up_uses_the_conversation_and_independent_does_not():
    stdin = "what does magnesium do\nand which foods have it\n"
    together = call("--json", stdin=stdin).json
    alone = call("--json", "--independent", stdin=stdin).json
    assert together[1]["intent"] == "nutrient_foods"
    assert together[1]["entities"].get("nutrient") == ["magnesium"]
    assert "magnesium" not in alone[1]["entities"].get("nutrient", [])


def test_last_line_without_newline_is_answered(bot):
    result = call("--json", stdin="what has potassium")
    assert [r["question"] for r in result.json] == ["what has potassium"]


# ---------------------------------------------------------------- one-shot and JSON

def test_arguments_are_one_question(bot):
    result = call("what", "has", "potassium", stdin="ignored\n")
    assert result.exit_status == ExitStatus.OK
    assert result.stdout == bot.ask("what has potassium").text.rstrip("\n") + "\n"


def test_json_one_object_with_the_promised_keys_and_types():
    result = call("--json", "what", "has", "potassium")
    assert result.stdout.count("\n") == 1
    [record] = result.json
    assert set(record) == JSON_KEYS
    assert record["question"] == "what has potassium"
    assert record["intent"] is None or isinstance(record["intent"], str)
    assert isinstance(record["confidence"], (int, float)) and 0 <= record["confidence"] <= 1
    assert isinstance(record["answer"], str) and record["answer"]
    assert all(isinstance(s, str) for s in record["sources"])
    assert all(isinstance(k, str) and isinstance(v, list) for k, v in record["entities"].items())


def test_json_routes_the_documented_example():
    [record] = call("--json", "what has potassium").json
    assert record["intent"] == "nutrient_foods"
    assert record["entities"] == {"nutrient": ["potassium"]}


def test_json_is_one_line_per_question_and_keeps_unicode():
    result = call("--json", stdin="what has potassium\ncafé crème and twitching ✓\n")
    assert len(result.stdout.splitlines()) == 2
    assert "café crème" in result.stdout  # ensure_ascii=False
    assert [r["question"] for r in result.json] == ["what has potassium",
                                                   "café crème and twitching ✓"]


def test_json_output_is_the_reply_as_a_dict_and_to_json_gives_the_same_text(bot):
    question = "what has potassium"
    reply = bot.ask(question)
    [record] = call("--json", "--explain", question).json
    assert record == reply.to_dict(question, explain=True)
    assert isinstance(reply.to_json(question), str)
    assert json.loads(reply.to_json(question, explain=True)) == record
    assert json.loads(reply.to_json("café ✓")) == reply.to_dict("café ✓")
    assert "café ✓" in reply.to_json("café ✓")


def test_json_explain_adds_the_explain_key():
    [record] = call("--json", "--explain", "what has potassium").json
    assert set(record) == JSON_KEYS | {"explain"}
    assert set(record["explain"]) == {"candidates", "entities"}


def test_explain_in_text_follows_the_answer(bot):
    reply = bot.ask("what has potassium")
    result = call("--explain", "what has potassium")
    answer, _, explain = result.stdout.partition("explain: ")
    assert answer == reply.text.rstrip("\n") + "\n"
    lines = ("explain: " + explain).splitlines()
    assert [line.split(":")[1].split()[0] for line in lines] == ["intent", "candidates",
                                                                 "entities"]
    for candidate in reply.candidates[:3]:
        assert f"{candidate.intent} {candidate.score:.3f}" in lines[1]


def test_explain_lines_wrap_on_a_terminal_but_not_in_a_pipe():
    question = "what foods have magnesium and is coffee bad for my twitching eyelid"
    wrapped = call("--explain", question, stdout_isatty=True, environ={"NO_COLOR": "1"},
                   columns=50).stdout
    assert all(len(line) <= 49 for line in wrapped.splitlines()), wrapped
    assert "\n  " in wrapped.partition("explain: ")[2]  # continuations are indented
    piped = call("--explain", question).stdout
    assert max(len(line) for line in piped.splitlines() if line.startswith("explain:")) > 49


def test_explain_in_pipe_mode_stays_inside_each_answer_block():
    result = call("--explain", "--independent", stdin="what has potassium\nhello\n")
    blocks = result.stdout.split("\n\n")
    assert len(blocks) == 2
    assert all("explain: candidates:" in block for block in blocks)


# ---------------------------------------------------------------- terminal output

def reply_with(text: str, reminder: str = "") -> Reply:
    return Reply(text=text, intent="x", confidence=1.0, reminder=reminder)


def test_terminal_output_wraps_lists_and_dims_the_reminder():
    reply = reply_with("Foods rich in potassium:\n- bananas, which are " + "very " * 20
                       + "common\n- spinach\nThis is general information.",
                       reminder="This is general information.")
    text = format_reply(reply, width=40, color=True)
    lines = text.splitlines()
    assert lines[0] == "Foods rich in potassium:"
    assert lines[1].startswith("- bananas") and lines[2].startswith("  very")
    assert all(len(line) <= 40 for line in lines[:-1])
    assert lines[-1] == "\x1b[2mThis is general information.\x1b[0m"
    assert "\x1b" not in format_reply(reply, width=40, color=False)


def test_one_shot_to_a_terminal_is_wrapped_and_has_no_colour_with_no_color(bot):
    reply = bot.ask("what has potassium")
    for environ, args in (({"NO_COLOR": "1"}, ()), ({}, ("--no-color",)),
                          ({"TERM": "dumb"}, ())):
        result = call(*args, "what has potassium", stdout_isatty=True, environ=environ,
                      columns=50)
        assert "\x1b" not in result.stdout
        assert result.stdout == format_reply(reply, width=49, color=False)


def test_colour_only_on_a_terminal(bot):
    reply = bot.ask("what has potassium")
    tty = call("what has potassium", stdout_isatty=True, environ={"TERM": "xterm"})
    assert tty.stdout == format_reply(reply, width=79, color=True)
    piped = call("what has potassium", environ={"TERM": "xterm"})
    assert "\x1b" not in piped.stdout


def test_chat_starts_only_when_both_ends_are_terminals(monkeypatch):
    import assistant.repl

    started = []
    monkeypatch.setattr(assistant.repl, "run_chat", lambda *a: started.append(a) or 0)
    call(stdin_isatty=True, stdout_isatty=True)
    assert len(started) == 1
    call(stdin_isatty=True, stdout_isatty=False)
    call("--json", stdin_isatty=True, stdout_isatty=True)
    call("a question", stdin_isatty=True, stdout_isatty=True)
    assert len(started) == 1


# ---------------------------------------------------------------- options

def test_version():
    result = call("--version")
    assert (result.exit_status, result.stdout) == (0, f"twitch-assistant {__version__}\n")


def test_help_has_examples_and_every_option():
    result = call("--help")
    assert result.exit_status == ExitStatus.OK
    assert "examples:" in result.stdout and "twitch-assistant --json" in result.stdout
    for option in _long_options():
        assert option in result.stdout


def test_every_option_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [option for option in _long_options() if option not in readme]
    assert not missing, f"options missing from README.md: {missing}"


def _long_options() -> list[str]:
    parser = build_parser(None)  # type: ignore[arg-type]
    return sorted({o for action in parser._actions for o in action.option_strings
                   if o.startswith("--") and o != "--help"})


@pytest.mark.parametrize("args, message", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--failures", "out.yaml"], "--failures only makes sense with --eval"),
    (["--min-accuracy", "0.5"], "--min-accuracy only makes sense with --eval"),
    (["--eval", "x.yaml", "--min-accuracy", "85"], "expected a number between 0 and 1"),
    (["--eval", "x.yaml", "--min-accuracy", "high"], "expected a number between 0 and 1"),
    (["--eval", "x.yaml", "what has potassium"], "--eval does not take questions"),
    (["--eval", "x.yaml", "--explain"], "--explain cannot be combined with --eval"),
    (["--eval", "x.yaml", "--independent"], "--independent cannot be combined with --eval"),
    (["  "], "the question is empty"),
    (["--knowledge"], "expected one argument"),
    (["--today", "2026-13-01", "hi"], "expected a day as YYYY-MM-DD, got '2026-13-01'"),
    (["--today", "yesterday", "hi"], "expected a day as YYYY-MM-DD, got 'yesterday'"),
])
def test_usage_errors_exit_2_with_the_reason(args, message):
    result = call(*args)
    assert result.exit_status == ExitStatus.USAGE == 2
    assert result.stdout == ""
    assert result.stderr.startswith("usage: twitch-assistant")
    assert message in result.stderr


@pytest.mark.parametrize("day, lasting", [
    ("2026-11-30", False), ("2026-12-20", True), ("2027-01-10", True)])
def test_today_sets_the_day_spans_are_measured_from(day, lasting):
    """The same words, a span named by its start, asked as on three days."""
    result = call("--today", day, "my calf has been twitching since late November, what helps?")
    assert result.exit_status == 0
    assert ("lasts more than 2 weeks should be checked" in result.stdout) is lasting
    assert "stretch" in result.stdout


def test_extra_knowledge_and_knowledge_dirs_are_used(tmp_path):
    copy = shutil.copytree(REPO / "knowledge", tmp_path / "knowledge")
    assert call("--knowledge", str(copy), "what has potassium").exit_status == 0
    result = call("--knowledge", str(tmp_path / "missing"), "hi")
    assert result.exit_status == ExitStatus.ERROR
    assert result.stderr.count("\n") == 1 and "missing" in result.stderr


def test_exit_status_values_are_the_documented_ones():
    assert {name: value for name, value in vars(ExitStatus).items() if name.isupper()} == {
        "OK": 0, "ERROR": 1, "USAGE": 2, "INTERRUPTED": 130}


def test_console_script_points_at_main():
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["twitch-assistant"] == "assistant.__main__:main"


# ---------------------------------------------------------------- input handling (units)

@pytest.mark.parametrize("data, expected", [
    (b"a\nb\n", [(1, "a"), (2, "b")]),
    (b"  a  \r\n\r\n b\r\n", [(1, "a"), (3, "b")]),
    (b"\xef\xbb\xbfwhat has potassium\n", [(1, "what has potassium")]),
    (b"caf\xe9 \xff\xfe\n", [(1, "caf\ufffd \ufffd\ufffd")]),
    (b"no newline at end", [(1, "no newline at end")]),
    (b"", []),
])
def test_read_questions(data, expected):
    import io

    assert list(read_questions(io.BytesIO(data))) == expected


def test_read_questions_waits_only_when_every_line_read_is_given():
    """``waiting`` (the pipe's flush) comes before each read of stdin, never between the
    lines one read brought, and a line split between reads is given once it is whole."""
    events: list[object] = []
    chunks = iter([b"a\nb\n", b"c", b"d\n\ne", b""])

    class Arriving:
        def read1(self, size: int) -> bytes:
            return next(chunks)

    for number, text in read_questions(Arriving(), lambda: events.append("wait")):  # type: ignore[arg-type]
        events.append((number, text))
    assert events == ["wait", (1, "a"), (2, "b"), "wait", "wait", (3, "cd"), "wait", (5, "e")]


def test_questions_already_waiting_are_answered_in_blocks():
    """A flush per answer is a write to stdout per answer: lines that are all there are
    answered before stdout is flushed, the same bytes as before."""
    import io

    class Counting(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            super().flush()

    for args in (["--json", "--independent"], []):
        out = Counting()
        env = Environment(stdin=io.BytesIO(b"what has potassium\nhello\n" * 50), stdout=out,
                          stderr=io.StringIO())
        assert run(args, env) == ExitStatus.OK
        assert out.getvalue() == call(*args, stdin=b"what has potassium\nhello\n" * 50).stdout
        assert "banana" in out.getvalue() and out.flushes <= 2


def test_read_questions_keeps_memory_bounded_on_a_huge_line():
    import io

    data = b"x" * 3_000_000 + b"\nnext\n"
    lines = list(read_questions(io.BytesIO(data)))
    assert [n for n, _ in lines] == [1, 2]
    assert MAX_QUESTION_CHARS < len(lines[0][1]) <= 4 * MAX_QUESTION_CHARS + 4
    assert lines[1][1] == "next"


@pytest.mark.parametrize("raw, shown", [
    ("plain text", "plain text"),
    ("red \x1b[31mtext\x1b[0m", "red text"),
    ("title \x1b]0;pwned\x07done", "title done"),
    ("osc with st \x1b]8;;http://x\x1b\\link", "osc with st link"),
    ("8-bit csi \x9b2Jgone", "8-bit csi gone"),
    ("bell\x07 nul\x00 del\x7f c1\x85", "bell nul del c1"),
    ("lines\nand\ttabs stay", "lines\nand\ttabs stay"),
    ("lone escape \x1b", "lone escape "),
])
def test_printable_strips_escape_sequences_and_controls(raw, shown):
    assert printable(raw) == shown


def test_clean_question_gives_the_engine_plain_words():
    assert clean_question("what\x1b[31m has\tpotassium\x00 ?") == "what has potassium ?"


@given(st.text())
def test_printable_never_leaves_a_control_character(text):
    assert not CONTROL.search(printable(text))
    assert "\x1b" not in clean_question(text) and "\n" not in clean_question(text)


@given(st.text())
@example("\x7f")  # DEL is inside ASCII: an all-ASCII line must still be scanned
@example("what has \x85potassium\u2028")
def test_json_line_round_trips_and_is_safe_for_terminals(text):
    line = json_line({"question": text})
    assert line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line) == {"question": text}
    assert not CONTROL.search(line[:-1])


# ---------------------------------------------------------------- real processes

def test_python_dash_m_and_arguments():
    result = run_cli("--json", "what has potassium")
    assert result.exit_status == 0, result.stderr
    assert [r["question"] for r in result.json] == ["what has potassium"]


@pytest.mark.parametrize("args, stdin", [(["--json", "hi"], None),
                                         (["--json"], "what has potassium\n"),
                                         ([], "what has potassium\n")])
def test_pipe_and_one_shot_never_import_prompt_toolkit(args, stdin):
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "assistant", *args],
                          input=(stdin or "").encode(), capture_output=True, env=child_env(),
                          cwd=REPO, timeout=TIMEOUT)
    log = done.stderr.decode()
    assert done.returncode == 0, log
    assert "assistant.cli" in log  # the import log is there...
    assert "prompt_toolkit" not in log  # ...and prompt_toolkit is not in it


def test_invalid_utf8_is_answered_not_a_crash():
    result = run_cli("--json", input=b"what has pot\xe4ssium \xff\xfe\n\xc3\x28\n")
    assert result.exit_status == 0, result.stderr
    assert result.stderr == ""
    assert [r["question"] for r in result.json] == ["what has pot\ufffdssium \ufffd\ufffd",
                                                   "\ufffd("]


def test_a_one_megabyte_line_is_cut_noted_and_answered():
    line = ("what has potassium " * 60_000)[:1_000_000]
    result = run_cli("--json", input=line + "\nhello\n", timeout=TIMEOUT)
    assert result.exit_status == 0
    notes = result.stderr.splitlines()
    assert len(notes) == 1 and "line 1" in notes[0] and "10,000" in notes[0]
    first, second = result.json
    assert len(first["question"]) == MAX_QUESTION_CHARS
    assert second["question"] == "hello"


def test_a_long_argument_question_is_cut_too():
    result = call("--json", "x" * (MAX_QUESTION_CHARS + 5))
    assert len(result.json[0]["question"]) == MAX_QUESTION_CHARS
    assert result.stderr.count("\n") == 1


HOSTILE = "what has \x1b[31mpotassium\x1b[0m \x1b]0;pwned\x07\x9b2J\x07\x08\x00 ok"


@pytest.mark.parametrize("args", [[], ["--explain"], ["--independent"]])
def test_escape_sequences_are_never_written_back_in_text_mode(args):
    result = run_cli(*args, input=HOSTILE.encode() + b"\n")
    assert result.exit_status == 0
    assert not CONTROL.search(result.stdout.replace("\n", "")), repr(result.stdout)
    assert not CONTROL.search(result.stderr.replace("\n", ""))


def test_escape_sequences_are_escaped_in_json():
    done = subprocess.run(command("--json", "--explain"), input=HOSTILE.encode() + b"\n",
                          capture_output=True, env=child_env(), cwd=REPO, timeout=TIMEOUT)
    assert done.returncode == 0
    assert not re.search(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", done.stdout)
    assert json.loads(done.stdout)["question"] == HOSTILE


def test_escape_sequences_in_an_argument_are_not_echoed():
    result = run_cli(HOSTILE.replace("\x00", ""))  # argv cannot hold NUL
    assert result.exit_status == 0
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout


def broken_knowledge(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the packaged knowledge with one YAML file made unparsable."""
    copy = shutil.copytree(REPO / "knowledge", tmp_path / "knowledge")
    target = sorted(copy.glob("*.yaml"))[0]
    lines = target.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "oops: [this list is never closed")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return copy, target.name


@pytest.mark.parametrize("flag", ["--knowledge", "--extra-knowledge"])
def test_bad_data_gives_file_line_message_and_exit_1(tmp_path, flag):
    copy, name = broken_knowledge(tmp_path)
    result = run_cli(flag, str(copy), "what has potassium")
    assert result.exit_status == ExitStatus.ERROR
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert re.fullmatch(rf".*{re.escape(name)}:\d+: .+\n", result.stderr), result.stderr


def test_bad_intents_dir_gives_a_message_and_exit_1(tmp_path):
    (tmp_path / "intents").mkdir()
    (tmp_path / "intents" / "bad.yaml").write_text("intents:\n  - [unclosed\n")
    result = run_cli("--intents", str(tmp_path / "intents"), "hi")
    assert result.exit_status == ExitStatus.ERROR, result.stdout
    assert "Traceback" not in result.stderr
    assert re.fullmatch(r".*bad\.yaml(:\d+)?: .+\n", result.stderr), result.stderr


def test_usage_error_in_a_real_process_exits_2():
    result = run_cli("--no-such-option")
    assert result.exit_status == 2
    assert "Traceback" not in result.stderr


def _read_line(stream, timeout: float = TIMEOUT) -> bytes:
    """One line from a child's stdout, failing instead of hanging."""
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "no answer from the child process"
    return stream.readline()


def test_answers_stream_before_stdin_ends():
    child = subprocess.Popen(command("--json"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=child_env(), cwd=REPO)
    try:
        for question in ("what has potassium", "hello"):
            child.stdin.write(question.encode() + b"\n")
            child.stdin.flush()
            assert json.loads(_read_line(child.stdout))["question"] == question
        child.stdin.close()
        assert child.wait(timeout=TIMEOUT) == 0
    finally:
        child.kill()
        child.wait()


@pytest.mark.parametrize("args", [[], ["--independent"], ["--explain"]])
def test_text_answers_stream_before_stdin_ends(args):
    """Text answers too, in a conversation or not: each is written as soon as it is
    answered, when no more input has come (answers are flushed before stdin is read)."""
    import os

    child = subprocess.Popen(command(*args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=child_env(), cwd=REPO)
    try:
        for question, answer in (("what has potassium", b"banana"), ("hello", b"")):
            child.stdin.write(question.encode() + b"\n")
            child.stdin.flush()
            ready, _, _ = select.select([child.stdout], [], [], TIMEOUT)
            assert ready, "no answer before stdin ended"
            assert answer in os.read(child.stdout.fileno(), 1 << 16).lower()
        child.stdin.close()
        assert child.wait(timeout=TIMEOUT) == 0
    finally:
        child.kill()
        child.wait()


def test_ctrl_c_while_piping_exits_130_quietly():
    child = subprocess.Popen(command("--json"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=child_env(), cwd=REPO)
    try:
        child.stdin.write(b"what has potassium\n")
        child.stdin.flush()
        _read_line(child.stdout)  # it is running and waiting for the next line
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=TIMEOUT)
        assert child.returncode == ExitStatus.INTERRUPTED
        assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr
    finally:
        child.kill()
        child.wait()


# Ctrl-C while the program is still starting: a child whose import system sends it SIGINT
# the moment a given module is first imported, so the signal lands at a known point of
# start-up instead of at a random time (no timing in tests). It then starts the program
# the way the console script does.
_INTERRUPT_AT_IMPORT = """
import os, signal, sys

MODULE = sys.argv.pop(1)

class InterruptAt:
    def find_spec(self, name, path=None, target=None):
        if name == MODULE:
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, InterruptAt())
from assistant.__main__ import main
sys.exit(main())
"""


@pytest.mark.parametrize("module, environ, args", [
    ("assistant.cli", {}, []),            # the first heavy import of the entry point
    # A plain question needs no argparse; a command line with a value does.
    ("argparse", {}, ["--extra-knowledge", "knowledge"]),
    ("assistant.engine", {}, []),
    ("rapidfuzz", {"TWITCH_ASSISTANT_NO_CACHE": "1"}, []),  # imported once a word needs it
    ("assistant.knowledge", {}, []),
    ("assistant.compiled", {}, []),
    ("yaml", {"TWITCH_ASSISTANT_NO_CACHE": "1"}, []),  # while the data is being read
    ("assistant.answers", {"TWITCH_ASSISTANT_NO_CACHE": "1"}, []),
])
def test_ctrl_c_at_any_moment_of_start_up_exits_130_without_a_traceback(module, environ, args):
    done = subprocess.run([sys.executable, "-c", _INTERRUPT_AT_IMPORT, module, *args,
                           "what has potassium"], capture_output=True, timeout=TIMEOUT,
                          env=child_env(**environ), cwd=REPO, stdin=subprocess.DEVNULL)
    assert (done.returncode, done.stdout, done.stderr) == (ExitStatus.INTERRUPTED, b"", b"")


def test_the_usual_ctrl_c_handling_is_back_once_the_program_runs(monkeypatch):
    import assistant.__main__
    import assistant.cli

    seen = []
    monkeypatch.setattr(assistant.cli, "main",
                        lambda: seen.append(signal.getsignal(signal.SIGINT)) or 0)
    import gc

    previous = signal.getsignal(signal.SIGINT)
    try:
        assert assistant.__main__.main() == 0
    finally:
        signal.signal(signal.SIGINT, previous)
        # main() freezes every object it finds, as in a process of its own; left frozen,
        # a later test's objects that are freed would lower the count the test below reads
        # (whether they are depends on what ran before in this worker).
        gc.unfreeze()
    assert seen == [signal.default_int_handler]  # so the chat can clear a line on Ctrl-C


def test_importing_the_package_loads_nothing_heavy():
    # What lets the entry point take charge of Ctrl-C before the engine loads.
    code = ("import sys, assistant, assistant.__main__; "
            "print(sorted(m for m in sys.modules if m.startswith(('assistant.', 'rapidfuzz',"
            " 'yaml', 'prompt_toolkit', 'argparse'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=child_env(), cwd=REPO, timeout=TIMEOUT)
    assert done.stdout == "['assistant.__main__']\n", done.stderr


# ---------------------------------------------------------------- a reader that goes away

@pytest.mark.parametrize("args", [["--json"], [], ["--eval", "tests/eval/labelled.yaml"]])
def test_a_reader_that_stops_early_ends_it_quietly(tmp_path, args):
    questions = tmp_path / "questions.txt"
    questions.write_text("what has potassium\nhello\n" * 3000)
    done = subprocess.run(["bash", "-c", f'"$@" < {questions} 2>{tmp_path}/err | head -1',
                           "sh", *command(*args)], capture_output=True, env=child_env(),
                          cwd=REPO, timeout=TIMEOUT)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 1
    assert (tmp_path / "err").read_text() == ""


def test_exit_status_after_a_closed_pipe_is_0_or_141(tmp_path):
    child = subprocess.Popen(command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=child_env(), cwd=REPO)
    child.stdin.write(b"what has potassium\n")
    child.stdin.flush()
    _read_line(child.stdout)
    child.stdout.close()
    try:
        child.stdin.write(b"hello\n" * 2000)
        child.stdin.close()
    except BrokenPipeError:
        pass
    assert child.wait(timeout=TIMEOUT) in (0, 141)
    assert child.stderr.read() == b""


def test_ten_thousand_lines_stream_through():
    stdin = "what has potassium\nand how much do i need\nhello\nwhat causes twitching\n" * 2500
    started = time.monotonic()
    result = run_cli("--json", input=stdin, timeout=300)
    assert result.exit_status == 0, result.stderr[-2000:]
    assert len(result.stdout.splitlines()) == 10_000
    print(f"10,000 questions in {time.monotonic() - started:.1f}s")


# ---------------------------------------------------------------- --eval

EVAL = """\
cases:
  - q: what has potassium
    intent: nutrient_foods
    entities: {nutrient: potassium}
  - q: what has potassium
    intent: greet  # deliberately wrong, but an intent the data has
  - q: whats the capital of france
    intent: null
conversations:
  - turns:
      - {q: what does magnesium do, intent: nutrient_role}
      - {q: and which foods have it, intent: nutrient_foods, entities: {nutrient: [magnesium]}}
"""


@pytest.fixture
def eval_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.yaml"
    path.write_text(EVAL)
    return path


def test_eval_prints_a_report(eval_file):
    result = run_cli("--eval", str(eval_file))
    assert result.exit_status == 0, result.stderr
    assert result.stdout.startswith(f"Evaluated 5 questions from {eval_file}")
    for heading in ("Intent accuracy: ", "Accuracy per intent (worst first",
                    "greet -> nutrient_foods", "Most frequent confusions",
                    "Out-of-scope rejection: ", "False rejection: ", "Entity accuracy: "):
        assert heading in result.stdout


@pytest.mark.parametrize("floor, status", [("0.0", 0), ("0", 0), ("0.81", 1), ("1", 1)])
def test_min_accuracy_sets_the_exit_status(eval_file, floor, status):
    # one label is wrong on purpose, so accuracy is at most 4/5 whatever the engine does
    result = run_cli("--eval", str(eval_file), "--min-accuracy", floor)
    assert result.exit_status == status, result.stdout + result.stderr
    if status:
        assert "below the minimum" in result.stderr


def test_failures_are_written_as_yaml(eval_file, tmp_path):
    import yaml

    out = tmp_path / "failures.yaml"
    result = run_cli("--eval", str(eval_file), "--failures", str(out))
    assert result.exit_status == 0
    failures = yaml.safe_load(out.read_text())["failures"]
    wrong = [f for f in failures if f["expected"]["intent"] == "greet"]
    assert len(wrong) == 1
    assert wrong[0]["where"].endswith(":5")
    assert set(wrong[0]) >= {"q", "where", "expected", "got", "answer"}


def test_eval_json_summary(eval_file):
    [summary] = call("--eval", str(eval_file), "--json").json
    assert summary["questions"] == 5
    assert 0 <= summary["intent_accuracy"] <= 0.8


def test_eval_of_a_bad_file_gives_file_line_and_exit_1(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("cases:\n  - q: hello\n    intnet: greet\n")
    result = run_cli("--eval", str(path))
    assert result.exit_status == ExitStatus.ERROR
    assert result.stderr == (f"{path}:2: cases[0]: missing required field 'intent' "
                             "(use null for out of scope)\n")


@pytest.mark.parametrize("label, line, message", [
    ("intent: nutrient_food", 3,
     "cases[0].intent: unknown intent 'nutrient_food' (did you mean 'nutrient_foods'?)"),
    ("intent: nutrient_foods\n    entities: {nutrient: magnesum}", 4,
     "cases[0].entities.nutrient: unknown nutrient 'magnesum' (did you mean 'magnesium'?)"),
    ("intent: nutrient_foods\n    entities:\n      food: [banana, bananna]", 5,
     "cases[0].entities.food: unknown food 'bananna' (did you mean 'banana'?)"),
    ("intent: nutrient_foods\n    entities: {nutrients: potassium}", 4,
     "cases[0].entities: unknown entity kind 'nutrients' (did you mean 'nutrient'?); "
     "expected one of: nutrient, food, trigger, factor, diet, sign, except"),
])
def test_eval_reports_an_unknown_label_as_file_line_and_exits_1(tmp_path, label, line,
                                                                message):
    path = tmp_path / "labels.yaml"
    path.write_text(f"cases:\n  - q: what has potassium\n    {label}\n")
    result = call("--eval", str(path))
    assert (result.exit_status, result.stdout) == (ExitStatus.ERROR, "")
    assert result.stderr == f"{path}:{line}: {message}\n"


def test_eval_of_a_missing_file_exits_1(tmp_path):
    result = call("--eval", str(tmp_path / "nope.yaml"))
    assert result.exit_status == ExitStatus.ERROR
    assert "nope.yaml: cannot read" in result.stderr


def test_the_labelled_set_evaluates():
    result = call("--eval", str(REPO / "tests" / "eval" / "labelled.yaml"))
    assert result.exit_status == 0, result.stderr
    assert "Intent accuracy: " in result.stdout


# ---------------------------------------------------------------- a plain command line

@pytest.mark.parametrize("argv", [
    [], ["--json"], ["--independent", "--explain"], ["--no-color", "--no-history"],
    ["what", "has", "potassium"], ["--json", "what has potassium"],
    ["what", "has", "potassium", "--json", "--explain"], ["--json", "--json", "hi"],
    ["what", "--json", "has"], ["--help"], ["--json", "-"], ["-5", "mg"], ["--js", "hi"],
    ["--eval", "x.yaml"], [" ", " "], ["", "hi"], ["hi", "--", "there"],
    ["--knowledge", "k", "hi"],
])
def test_a_plain_command_line_reads_as_argparse_reads_it(argv: list[str]) -> None:
    """Switches and one run of question words are read without argparse: exactly the
    options argparse gives. Anything else (help, values, errors) is left to argparse."""
    plain = _plain_args(argv)
    if plain is None:
        return
    parsed = build_parser(None).parse_args(argv)  # type: ignore[arg-type]
    assert vars(plain) == vars(parsed)


def test_the_console_script_freezes_the_loaded_engine_and_a_call_in_process_does_not():
    """Its own process keeps the engine out of the collector's reach (it never changes);
    a program that calls run() itself keeps its collector as it was."""
    import gc

    before = gc.get_freeze_count()
    assert call("what foods have magnesium").exit_status == 0
    assert gc.get_freeze_count() == before
    code = ("import gc, sys\n"
            "from assistant.cli import Environment, run\n"
            "status = run(['hi'], Environment.from_sys())\n"
            "sys.stdout.flush()\n"
            "print('frozen' if gc.get_freeze_count() else 'not frozen', status)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT,
                          env=child_env(), cwd=REPO)
    assert done.stdout.decode().splitlines()[-1] == "frozen 0", done.stderr.decode()


def test_the_collector_runs_again_after_a_process_of_its_own_loads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The cyclic collector is paused while the engine loads (see cli._load_for_good),
    and running again afterwards, also when the data is bad: the chat goes on for
    hours, and the web server never comes here."""
    import gc

    from assistant import DataError, cli

    args = cli.parse_args(["hi"], cli.Environment(sys.stdin.buffer, sys.stdout, sys.stderr))
    try:
        assert isinstance(cli._load_for_good(args), Assistant)
        assert gc.isenabled()
    finally:
        gc.unfreeze()  # the test's own process is not the program's

    def bad(_: object) -> Assistant:
        raise DataError("intents/x.yaml", 1, "broken")

    monkeypatch.setattr(cli, "load_assistant", bad)
    with pytest.raises(DataError):
        cli._load_for_good(args)
    assert gc.isenabled()
