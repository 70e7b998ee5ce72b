"""The chat: completion and history as plain functions, the loop in-process through
prompt_toolkit's pipe input, and a smoke test in a real pseudo-terminal."""

from __future__ import annotations

import argparse
import io
import os
import stat
from pathlib import Path

import pytest
from helpers import Terminal
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from assistant import Assistant
from assistant.cli import MAX_QUESTION_CHARS, format_reply
from assistant.repl import (
    COMMANDS,
    PROMPT,
    Chat,
    ChatCompleter,
    ChatHistory,
    completions,
    history_path,
    history_wanted,
    make_session,
    open_history,
)

WIDTH = 79


@pytest.fixture(scope="module")
def bot() -> Assistant:
    return Assistant()


def answer(reply) -> str:
    return format_reply(reply, width=WIDTH, color=False)


# ---------------------------------------------------------------- completion

VOCABULARY = ("B vitamins", "bananas", "dark chocolate", "magnesium", "vitamin B12",
              "vitamin B6", "vitamin D")
SLASH = ("/help", "/topics", "/reset", "/forget", "/quit")


@pytest.mark.parametrize("typed, offered", [
    ("magn", [("magnesium", -4)]),
    ("what foods have MAGN", [("magnesium", -4)]),
    ("foods with vitamin b", [("vitamin B12", -9), ("vitamin B6", -9)]),
    ("any vitamin", [("vitamin B12", -7), ("vitamin B6", -7), ("vitamin D", -7)]),
    ("eat b", [("B vitamins", -1), ("bananas", -1)]),
    ("is dark ch", [("dark chocolate", -7)]),
    ("and chocolate", [("dark chocolate", -9)]),
    ("b12", [("vitamin B12", -3)]),
    ("/t", [("/topics", -2)]),
    ("/", [(c, -1) for c in SLASH]),
    ("/help me", []),
    ("magnesium ", []),
    ("zinc", []),
    ("", [(name, 0) for name in (*SLASH, *VOCABULARY)]),
])
def test_completions(typed, offered):
    assert completions(typed, VOCABULARY, SLASH) == offered


def test_completer_yields_prompt_toolkit_completions():
    completer = ChatCompleter(VOCABULARY, SLASH)
    found = list(completer.get_completions(Document("what has magn"), CompleteEvent()))
    assert [(c.text, c.start_position) for c in found] == [("magnesium", -4)]


def test_the_real_vocabulary_completes_magnesium(bot):
    assert ("magnesium", -4) in completions("magn", bot.vocabulary(), tuple(COMMANDS))


# ---------------------------------------------------------------- history

@pytest.mark.parametrize("environ, expected", [
    ({"XDG_STATE_HOME": "/state", "HOME": "/home/u"}, "/state/twitch-assistant/history"),
    ({"XDG_STATE_HOME": "relative/ignored", "HOME": "/home/u"},
     "/home/u/.local/state/twitch-assistant/history"),
    ({"XDG_STATE_HOME": "", "HOME": "/home/u"}, "/home/u/.local/state/twitch-assistant/history"),
    ({"HOME": "/home/u"}, "/home/u/.local/state/twitch-assistant/history"),
])
def test_history_path(environ, expected):
    assert history_path(environ) == Path(expected)


def test_no_absolute_home_means_no_history_path(monkeypatch):
    monkeypatch.setenv("HOME", "relative")
    with pytest.raises(OSError, match="no home directory to keep files in"):
        history_path({"HOME": "relative", "XDG_STATE_HOME": "also/relative"})


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_history_file_and_its_directories_are_created_private(tmp_path):
    warnings: list[str] = []
    path = tmp_path / "a" / "b" / "history"
    history = open_history(path, warnings.append)
    assert history.path == path
    history.store_string("what has potassium")
    assert "+what has potassium" in path.read_text()
    assert (mode(path.parent), mode(path)) == (0o700, 0o600)
    assert warnings == []


def test_history_left_readable_by_an_earlier_version_is_tightened(tmp_path):
    directory = tmp_path / "twitch-assistant"
    directory.mkdir(mode=0o755)
    directory.chmod(0o755)
    (directory / "history").write_text("\n# old\n+what has potassium\n")
    (directory / "history").chmod(0o644)
    history = open_history(directory / "history", [].append)
    assert (mode(directory), mode(directory / "history")) == (0o700, 0o600)
    assert list(history.load_history_strings()) == ["what has potassium"]


def test_entries_round_trip_in_prompt_toolkits_format(tmp_path):
    from prompt_toolkit.history import FileHistory

    path = tmp_path / "history"
    history = open_history(path, [].append)
    for entry in ("first", "two\nlines", "third"):
        history.store_string(entry)
    assert list(history.load_history_strings()) == ["third", "two\nlines", "first"]
    assert list(FileHistory(str(path)).load_history_strings()) == ["third", "two\nlines",
                                                                    "first"]


@pytest.mark.parametrize("setup, reason", [
    (lambda d: (d.mkdir(), d.chmod(0o777)), "can be written by other users"),
    (lambda d: (d.mkdir(), d.chmod(0o775)), "can be written by other users"),
    (lambda d: d.write_text("a file where the directory should be"), "File exists"),
    (lambda d: (d.mkdir(mode=0o700), (d / "history").symlink_to(d.parent / "elsewhere")),
     "is a symbolic link"),
    (lambda d: (d.mkdir(mode=0o700), (d / "history").mkdir()), "Is a directory"),
])
def test_unsafe_or_unusable_history_warns_once_and_keeps_memory(tmp_path, setup, reason):
    directory = tmp_path / "twitch-assistant"
    setup(directory)
    warnings: list[str] = []
    history = open_history(directory / "history", warnings.append)
    assert history.path is None
    history.store_string("what has potassium")
    assert len(warnings) == 1
    assert warnings[0].startswith(f"cannot write history file {directory / 'history'} (")
    assert reason in warnings[0]
    assert warnings[0].endswith("); this session's history is not kept")
    assert not (tmp_path / "elsewhere").exists()


def test_history_of_another_user_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1)
    warnings: list[str] = []
    history = open_history(tmp_path / "twitch-assistant" / "history", warnings.append)
    assert history.path is None
    assert "belongs to another user" in warnings[0]


def test_history_that_breaks_mid_session_warns_once(tmp_path):
    warnings: list[str] = []
    path = tmp_path / "history"
    history = open_history(path, warnings.append)
    path.unlink()
    path.mkdir()  # writing now fails, even for root
    history.store_string("one")
    history.store_string("two")
    assert len(warnings) == 1


@pytest.mark.parametrize("no_history, environ, wanted", [
    (False, {}, True),
    (True, {}, False),
    (False, {"TWITCH_ASSISTANT_HISTORY": "0"}, False),
    (False, {"TWITCH_ASSISTANT_HISTORY": " OFF "}, False),
    (False, {"TWITCH_ASSISTANT_HISTORY": "no"}, False),
    (False, {"TWITCH_ASSISTANT_HISTORY": "1"}, True),
    (False, {"TWITCH_ASSISTANT_HISTORY": ""}, True),
])
def test_history_can_be_turned_off(no_history, environ, wanted):
    assert history_wanted(argparse.Namespace(no_history=no_history), environ) is wanted


def test_no_history_keeps_nothing_on_disk(tmp_path):
    history = open_history(None, [].append)
    history.store_string("what has potassium")
    assert history.path is None and list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- the loop, in-process

class SpyBot:
    """The real assistant, counting conversations and recording questions."""

    def __init__(self, bot: Assistant) -> None:
        self.bot = bot
        self.conversations = 0
        self.asked: list[tuple[int, str]] = []

    def vocabulary(self):
        return self.bot.vocabulary()

    def ask(self, question):
        self.asked.append((0, question))
        return self.bot.ask(question)

    def conversation(self):
        self.conversations += 1
        number, conversation = self.conversations, self.bot.conversation()
        spy = self

        class Spied:
            def ask(self, question):
                spy.asked.append((number, question))
                return conversation.ask(question)

        return Spied()


def chat(bot, keys: str, *, history: ChatHistory | None = None, width: int = WIDTH,
         **options) -> tuple[int, str, str, list[str]]:
    """Type `keys` into a chat; returns (exit status, stdout, stderr, history)."""
    out, err = io.StringIO(), io.StringIO()
    history = history or ChatHistory(None, err.write)
    with create_pipe_input() as pipe:
        session = make_session(bot, history, input=pipe, output=DummyOutput())
        pipe.send_text(keys)
        status = Chat(bot, lambda: session.prompt(PROMPT), out, err, width=lambda: width,
                      history=history, **options).run()
    return status, out.getvalue(), err.getvalue(), list(history.get_strings())


def test_welcome_then_answers(bot):
    status, out, err, _ = chat(bot, "what has potassium\r\x04")
    assert status == 0 and err == ""
    welcome, _, rest = out.partition("\n\n")
    assert welcome.startswith("twitch-assistant ")
    assert "/help" in welcome and "Ctrl-D" in welcome
    assert rest == answer(bot.ask("what has potassium")) + "\nTake care.\n\n"


def test_follow_ups_share_a_conversation(bot):
    conversation = bot.conversation()
    first = conversation.ask("what does magnesium do")
    second = conversation.ask("and which foods have it")
    _, out, _, _ = chat(bot, "what does magnesium do\rand which foods have it\r\x04")
    assert answer(first) + "\n" + answer(second) in out


def test_reset_starts_a_new_conversation(bot):
    spy = SpyBot(bot)
    _, out, _, _ = chat(spy, "what does magnesium do\r/reset\rand which foods have it\r\x04")
    assert spy.asked == [(1, "what does magnesium do"), (2, "and which foods have it")]
    assert "New conversation" in out


def test_independent_option_asks_each_question_alone(bot):
    spy = SpyBot(bot)
    chat(spy, "what does magnesium do\rand which foods have it\r\x04", independent=True)
    assert [number for number, _ in spy.asked] == [0, 0]


def test_ctrl_c_drops_the_line_and_keeps_the_chat(bot):
    spy = SpyBot(bot)
    status, _, _, history = chat(spy, "half a question\x03what has potassium\r\x04")
    assert status == 0
    assert spy.asked == [(1, "what has potassium")]
    assert history == ["what has potassium"]


@pytest.mark.parametrize("leave", ["exit\r", "quit\r", "QUIT\r", "/quit\r", " /QUIT \r", "\x04",
                                   "Quit.\r", "exit!\r", "EXIT?!\r", " quit . \r", "Exit…\r",
                                   "/quit.\r", "/Quit!\r"])
def test_ways_to_leave(bot, leave):
    spy = SpyBot(bot)
    status, out, _, _ = chat(spy, leave + "what has potassium\r")
    assert status == 0
    assert spy.asked == []
    assert out.endswith("Take care.\n\n")


@pytest.mark.parametrize("question", ["quit smoking, does that help twitching", "exit wound",
                                      "how do i quit caffeine?"])
def test_a_question_that_starts_with_a_quit_word_is_asked(bot, question):
    spy = SpyBot(bot)
    chat(spy, question + "\r\x04")
    assert spy.asked == [(1, question)]


def test_forget_deletes_the_history_file_and_says_so(bot, tmp_path):
    path = tmp_path / "twitch-assistant" / "history"
    history = open_history(path, [].append)
    _, out, _, strings = chat(bot, "what has potassium\r/forget\r\x04", history=history)
    assert not path.exists()
    assert (f"Deleted your question history ({path}). New questions are kept again; start "
            "with --no-history to keep none.") in " ".join(out.split())
    assert strings == []  # the up arrow has forgotten them too


def test_forget_then_new_questions_are_kept_privately(bot, tmp_path):
    path = tmp_path / "twitch-assistant" / "history"
    history = open_history(path, [].append)
    _, _, _, strings = chat(bot, "what has potassium\r/forget\rhello\r\x04", history=history)
    assert strings == ["hello"]
    assert "potassium" not in path.read_text() and mode(path) == 0o600


def test_forget_without_a_history_file_says_there_is_none(bot):
    _, out, _, strings = chat(bot, "what has potassium\r/forget\r\x04")
    assert ("No history file is kept in this chat; its questions are forgotten here too."
            in " ".join(out.split()))
    assert strings == []


@pytest.mark.parametrize("keys, shown", [
    ("what has potassium\r/sources\r\x04",
     "The last answer comes from: - Understanding the Causes of Muscle Twitching (seed "
     "article), section 'Potassium'"),
    ("/sources\r\x04", "No sources to show yet: ask a question first."),
])
def test_sources_shows_where_the_last_answer_comes_from(bot, keys, shown):
    _, out, _, _ = chat(bot, keys)
    assert shown in " ".join(out.split())


def test_help_is_generated_from_the_registry(bot):
    _, out, _, _ = chat(bot, "/help\r\x04")
    for command in COMMANDS.values():
        assert f"  {command.name}" in out and command.help in out


@pytest.mark.parametrize("width", [30, 45, 60, 79])
@pytest.mark.parametrize("keys, words", [
    ("", {"Follow-up", "twitching."}),  # the banner
    ("/help\r", {"earlier", "questions.", "leaves."}),  # was "quest / ions" at 80 columns
    ("/topics\r", {"magnesium,"}),
    ("/bogus\r", {"/bogus."}),
    ("/forget\r", {"forgotten"}),
    ("/reset\r", {"forgotten."}),
])
def test_everything_the_chat_says_fits_the_width_without_splitting_words(bot, width, keys,
                                                                          words):
    _, out, _, _ = chat(bot, keys + "\x04", width=width)
    assert all(len(line) <= width for line in out.splitlines()), out
    assert words <= set(out.split())


def test_help_continuation_lines_sit_under_the_help_text(bot):
    _, out, _, _ = chat(bot, "/help\r\x04", width=40)
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("  /topics"))
    column = lines[first].index("list")
    assert lines[first + 1].startswith(" " * column) and lines[first + 1][column] != " "


def test_explain_lines_in_the_chat_fit_the_width(bot):
    _, out, _, _ = chat(bot, "what foods have magnesium and is coffee bad for my twitching "
                             "eyelid\r\x04", explain=True, width=50)
    assert "explain: candidates:" in out
    assert all(len(line) <= 50 for line in out.splitlines()), out


def test_without_completion_the_banner_and_help_do_not_offer_tab(bot):
    _, out, _, _ = chat(bot, "/help\r\x04", completion=False)
    assert "Tab" not in out
    assert "Type /help for commands; /quit or Ctrl-D to leave." in out


def test_topics_lists_the_vocabulary(bot):
    _, out, _, _ = chat(bot, "/topics\r\x04")
    flat = " ".join(out.split())
    assert all(name in flat for name in bot.vocabulary())


def test_unknown_commands_are_not_sent_to_the_engine(bot):
    spy = SpyBot(bot)
    _, out, _, _ = chat(spy, "/bogus\r\x04")
    assert "Unknown command /bogus. Type /help for the list." in out
    assert spy.asked == []


def test_blank_lines_are_ignored(bot):
    spy = SpyBot(bot)
    chat(spy, "\r   \r\x04")
    assert spy.asked == []


def test_long_questions_are_cut_with_one_warning(bot):
    spy = SpyBot(bot)
    _, _, err, _ = chat(spy, "x" * (MAX_QUESTION_CHARS + 50) + "\r\x04")
    assert err.count("\n") == 1 and "10,000" in err
    assert len(spy.asked[0][1]) == MAX_QUESTION_CHARS


def test_escape_sequences_are_not_echoed(bot):
    _, out, _, _ = chat(bot, "what has \x1b]0;pwned\x07potassium \x9b2J\r\x04")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out


def test_explain_option_shows_how_the_answer_was_chosen(bot):
    _, out, _, _ = chat(bot, "what has potassium\r\x04", explain=True)
    assert "explain: candidates:" in out


# ---------------------------------------------------------------- a real terminal

COLUMNS = 100


def first_line(reply) -> str:
    return format_reply(reply, width=COLUMNS - 1, color=False).splitlines()[0]


@pytest.fixture
def terminal(tmp_path):
    terminals: list[Terminal] = []

    def start(**kwargs) -> Terminal:
        terminals.append(Terminal(tmp_path, **{"columns": COLUMNS, **kwargs}))
        return terminals[-1]

    yield start
    for t in terminals:
        t.kill()


def test_chat_in_a_real_terminal(terminal, tmp_path, bot):
    term = terminal()
    term.expect_literal("Type /help for commands")
    term.expect_literal("you>")

    term.sendline("what does magnesium do")
    conversation = bot.conversation()
    term.expect_literal(first_line(conversation.ask("what does magnesium do")))
    term.expect_literal("you>")
    term.sendline("and which foods have it")
    term.expect_literal(first_line(conversation.ask("and which foods have it")))
    term.expect_literal("you>")

    history = tmp_path / "state" / "twitch-assistant" / "history"
    assert "+what does magnesium do" in history.read_text()
    assert (mode(history.parent), mode(history)) == (0o700, 0o600)

    term.send("half a question")
    term.expect_literal("question")
    term.send("\x03")  # Ctrl-C: line dropped, chat goes on
    term.expect_literal("you>")
    term.send("magn")
    term.expect_literal("magn")
    term.send("\t")
    term.expect_literal("esium")  # prompt_toolkit redraws only what changed
    term.send("\r")
    term.expect_literal(first_line(conversation.ask("magnesium")))
    term.expect_literal("you>")
    lines = history.read_text().splitlines()
    assert "+magnesium" in lines and "+half a question" not in lines

    term.send("\x04")  # Ctrl-D
    assert term.close() == 0
    assert "Take care." in term.output
    assert "\x1b[2m" not in term.log.getvalue()  # NO_COLOR: the reminder is not dimmed


def test_unwritable_history_warns_once_and_the_chat_goes_on(terminal, tmp_path, bot):
    state = tmp_path / "blocked"
    state.mkdir()
    (state / "twitch-assistant").write_text("a file where the directory should be")
    term = terminal(state=state)
    term.expect_literal("you>")
    for question in ("what has potassium", "hello"):
        term.sendline(question)
        term.expect_literal(first_line(bot.ask(question))[:20])
        term.expect_literal("you>")
    term.send("\x04")
    assert term.close() == 0
    assert term.output.count("cannot write history file") == 1


def test_dumb_terminal_chat(terminal, tmp_path, bot):
    term = terminal(term="dumb")
    term.expect_literal("you> ")
    term.sendline("what has potassium")
    term.expect_literal(first_line(bot.ask("what has potassium")))
    term.expect_literal("you> ")
    term.send("magn\t")  # no completion: the line stays what was typed
    term.expect_literal("magn")
    term.sendline("")
    term.expect_literal(first_line(bot.ask("magn")))
    term.expect_literal("you> ")
    term.sendline("what has p\x1b[C")  # no grey suggestion for the right arrow to accept
    term.expect_literal("you> ")
    term.sendline("exit")
    assert term.close() == 0
    raw = term.log.getvalue()
    assert "\x1b" not in raw and "magnm" not in raw and "Tab" not in raw
    history = (tmp_path / "state" / "twitch-assistant" / "history").read_text().splitlines()
    assert [line for line in history if line.startswith("+")] == [
        "+what has potassium", "+magn", "+what has p", "+exit"]


def test_help_fits_an_80_column_terminal(terminal):
    term = terminal(columns=80)
    term.expect_literal("you>")
    term.sendline("/help")
    term.expect_literal("Ctrl-D, 'exit' or 'quit' leaves.")
    term.expect_literal("you>")
    term.sendline("/quit")
    assert term.close() == 0
    lines = term.output.replace("\r", "").splitlines()
    assert all(len(line) <= 79 for line in lines if not line.startswith("you>")), lines
    assert "earlier questions." in " ".join(term.output.split())


@pytest.mark.parametrize("option, environ", [
    (("--no-history",), {}),
    ((), {"TWITCH_ASSISTANT_HISTORY": "0"}),
])
def test_history_can_be_turned_off_in_a_real_terminal(terminal, tmp_path, bot, option, environ):
    term = terminal(args=option, extra_env=environ)
    term.expect_literal("you>")
    term.sendline("what has potassium")
    term.expect_literal(first_line(bot.ask("what has potassium")))
    term.expect_literal("you>")
    term.sendline("/forget")
    term.expect_literal("No history file is kept in this chat")
    term.send("\x04")
    assert term.close() == 0
    assert not (tmp_path / "state" / "twitch-assistant" / "history").exists()


def test_forget_in_a_real_terminal(terminal, tmp_path, bot):
    history = tmp_path / "state" / "twitch-assistant" / "history"
    term = terminal()
    term.expect_literal("you>")
    term.sendline("what has potassium")
    term.expect_literal(first_line(bot.ask("what has potassium")))
    term.expect_literal("you>")
    assert "+what has potassium" in history.read_text()
    term.sendline("/forget")
    term.expect_literal("Deleted your question history")
    term.expect_literal("you>")
    assert not history.exists()
    term.sendline("quit")
    assert term.close() == 0
    assert "potassium" not in history.read_text()  # only "quit" was kept after /forget
