"""The terminal chat: a prompt_toolkit session around one conversation.

Only this module imports prompt_toolkit, and ``assistant.cli`` imports it only
when a chat starts, so piped and one-shot runs start fast. The pieces are kept
apart the way pgcli keeps them: :func:`completions` is a pure function,
commands live in a small registry that also writes ``/help``, and :class:`Chat`
takes its session and streams as arguments so tests can drive it in-process
with ``create_pipe_input()`` and ``DummyOutput()``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.history import History
from prompt_toolkit.utils import is_dumb_terminal

from .cli import (
    MAX_QUESTION_CHARS,
    PROG,
    Environment,
    ExitStatus,
    clean_question,
    format_explain,
    format_reply,
    printable,
    wrap_line,
)
from .userdirs import app_dir, open_private, private_dir

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output

    from . import Assistant, Reply

PROMPT = "you> "
QUIT_WORDS = frozenset({"exit", "quit"})
HISTORY_OFF = frozenset({"0", "no", "off", "false"})  # values of TWITCH_ASSISTANT_HISTORY
_MAX_FRAGMENT_WORDS = 4
_TRAILING_PUNCTUATION = re.compile(r"\W+$")


# ---------------------------------------------------------------- history

def history_path(environ: Mapping[str, str]) -> Path:
    """$XDG_STATE_HOME/twitch-assistant/history; relative XDG paths are ignored, per the spec."""
    return Path(app_dir(environ, "XDG_STATE_HOME", os.path.join(".local", "state"))) / "history"


def history_wanted(args: argparse.Namespace, environ: Mapping[str, str]) -> bool:
    """False with --no-history or TWITCH_ASSISTANT_HISTORY=0: then nothing is written."""
    off = environ.get("TWITCH_ASSISTANT_HISTORY", "").strip().lower() in HISTORY_OFF
    return not (getattr(args, "no_history", False) or off)


class ChatHistory(History):
    """The questions of the chat: in memory, and in a private file unless it is off.

    prompt_toolkit's FileHistory creates its file with whatever mode the umask
    gives (usually readable by everyone) and follows a symlink put in its place.
    Questions about one's health are private, so this one keeps the file 0600
    in a 0700 directory (:mod:`assistant.userdirs`), in FileHistory's format so
    earlier files still load. A file that stops being writable mid-session gives
    one warning; the chat and the up arrow go on from memory.
    """

    def __init__(self, path: Path | None, warn: Callable[[str], None]) -> None:
        super().__init__()
        self.path = path
        self._warn = warn
        self._failed = False

    def load_history_strings(self) -> Iterable[str]:
        """prompt_toolkit's hook, read through open_private so a planted symlink or
        another user's file is never read; no file kept means no history offered."""
        if self.path is None:
            return []
        try:
            with open(open_private(self.path, os.O_RDONLY), "rb") as file:
                text = file.read().decode("utf-8", "replace")
        except OSError:  # none yet, or unreadable: open_history has warned already
            return []
        return _parse_history(text)[::-1]  # newest first, as prompt_toolkit wants

    def store_string(self, string: str) -> None:
        """prompt_toolkit's hook: appended at once, so a crash loses nothing, and kept
        private like the load; a failure warns once and the chat goes on."""
        if self.path is None or self._failed:
            return
        lines = "".join(f"+{line}\n" for line in string.split("\n"))
        entry = f"\n# {datetime.datetime.now()}\n{lines}".encode("utf-8", "replace")
        try:
            with open(open_private(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT),
                      "ab") as file:
                file.write(entry)
        except OSError as error:
            self._failed = True
            self._warn(_history_warning(self.path, error))

    def forget(self) -> str:
        """Delete the file and this session's entries; what to tell the user."""
        self._loaded_strings.clear()  # what the up arrow and the suggestions offer
        if self.path is None:
            return ("No history file is kept in this chat; its questions are forgotten "
                    "here too.")
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            return f"Could not delete {self.path} ({error.strerror or error})."
        self._failed = False  # a new file may well be writable
        return (f"Deleted your question history ({self.path}). New questions are kept "
                "again; start with --no-history to keep none.")


def _parse_history(text: str) -> list[str]:
    """Entries of a history file, oldest first: '+' lines, one entry per block."""
    entries: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if line.startswith("+"):
            lines.append(line[1:])
        elif lines:
            entries.append("\n".join(lines))
            lines = []
    if lines:
        entries.append("\n".join(lines))
    return entries


def open_history(path: Path | None, warn: Callable[[str], None]) -> ChatHistory:
    """The chat's history, kept in ``path`` if it can be made private (else in memory,
    after one warning); ``path=None`` keeps it in memory only."""
    if path is None:
        return ChatHistory(None, warn)
    try:
        private_dir(path.parent)
        os.close(open_private(path, os.O_RDWR | os.O_APPEND | os.O_CREAT))
    except OSError as error:
        warn(_history_warning(path, error))
        return ChatHistory(None, warn)
    return ChatHistory(path, warn)


def _history_warning(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"cannot write history file {path} ({reason}); this session's history is not kept"


# ---------------------------------------------------------------- completion

def completions(text_before_cursor: str, vocabulary: Sequence[str],
                commands: Sequence[str]) -> list[tuple[str, int]]:
    """What Tab offers: (replacement, start position relative to the cursor).

    A line starting with '/' completes command names. Otherwise the last one to
    four words are tried, longest first, as the start of a vocabulary name (so
    "vitamin b" offers "vitamin B12" and "vitamin B6", not every word with b);
    the first length that matches anything wins; failing that, names with a later
    word starting like the last typed word. Case is ignored; the name is inserted
    as the vocabulary spells it. An empty line offers everything.
    """
    if not text_before_cursor.strip():
        return [(name, 0) for name in (*commands, *vocabulary)]
    if text_before_cursor.startswith("/"):
        if " " in text_before_cursor:
            return []
        typed = text_before_cursor.lower()
        return [(name, -len(text_before_cursor)) for name in commands
                if name.lower().startswith(typed)]
    if text_before_cursor[-1].isspace():
        return []
    words = text_before_cursor.split()
    for count in range(min(len(words), _MAX_FRAGMENT_WORDS), 0, -1):
        fragment = _tail(text_before_cursor, count)
        typed = fragment.lower()
        found = [(name, -len(fragment)) for name in vocabulary
                 if name.lower().startswith(typed)]
        if found:
            return found
    # Nothing starts that way: offer names with a later word that does ("b12" -> "vitamin B12").
    typed = words[-1].lower()
    return [(name, -len(words[-1])) for name in vocabulary
            if any(word.startswith(typed) for word in name.lower().split()[1:])]


def _tail(text: str, words: int) -> str:
    """The last `words` words of text, with the spacing between them as typed."""
    match = re.search(r"\S+(?:\s+\S+){" + str(words - 1) + "}$", text)
    return match.group(0) if match else ""


class ChatCompleter(Completer):
    """prompt_toolkit glue for :func:`completions`."""

    def __init__(self, vocabulary: Iterable[str], commands: Iterable[str]) -> None:
        self.vocabulary = tuple(vocabulary)
        self.commands = tuple(commands)

    def get_completions(self, document: Document, complete_event: CompleteEvent
                        ) -> Iterable[Completion]:
        """prompt_toolkit's hook; the choices are :func:`completions`', tested without it."""
        for text, start in completions(document.text_before_cursor, self.vocabulary,
                                       self.commands):
            yield Completion(text, start_position=start)


# ---------------------------------------------------------------- commands

@dataclass(frozen=True)
class Command:
    """A slash command; ``run`` returns False to end the chat."""

    name: str
    help: str
    run: Callable[[Chat], bool]


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str) -> Callable[[Callable[[Chat], bool]], Callable[[Chat], bool]]:
    """Register a slash command; its help line appears in /help in registration order."""
    def register(function: Callable[[Chat], bool]) -> Callable[[Chat], bool]:
        COMMANDS[name] = Command(name, help, function)
        return function
    return register


@command("/help", "show this list")
def _help(chat: Chat) -> bool:
    names = max(len(name) for name in COMMANDS) + 2
    lines = [_hanging(f"  {c.name:<{names}}{c.help}", names + 2, chat.width())
             for c in COMMANDS.values()]
    keys = ("Tab completes nutrient, food and topic names; the up arrow recalls earlier "
            "questions." if chat.completion else "The up arrow recalls earlier questions.")
    lines += ["", keys, "Ctrl-C clears the line; Ctrl-D, 'exit' or 'quit' leaves."]
    chat.say("\n".join(["Commands:", *lines]))
    return True


@command("/topics", "list the nutrients, foods and topics I know about")
def _topics(chat: Chat) -> bool:
    names = ", ".join(chat.vocabulary) or "(none loaded)"
    chat.say(f"I know about: {names}.")
    return True


@command("/reset", "start a new conversation (forget earlier questions)")
def _reset(chat: Chat) -> bool:
    chat.conversation = chat.bot.conversation()
    chat.say("New conversation: earlier questions are forgotten.")
    return True


@command("/forget", "delete the history of your questions, on disk and in this chat")
def _forget(chat: Chat) -> bool:
    chat.say(chat.history.forget())
    return True


@command("/sources", "show where the last answer's facts come from")
def _sources(chat: Chat) -> bool:
    sources = chat.last.sources if chat.last else ()
    if not sources:
        chat.say("No sources to show yet: ask a question first." if chat.last is None
                 else "That answer cites no source.")
    else:
        chat.say("\n".join(["The last answer comes from:", *(f"- {s}" for s in sources)]))
    return True


@command("/quit", "leave the chat (also 'exit', 'quit' or Ctrl-D)")
def _quit(chat: Chat) -> bool:
    return False


def _hanging(line: str, indent: int, width: int) -> str:
    """A help line wrapped with its continuation under the text, not under the name."""
    return textwrap.fill(line, width=width, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False)


# ---------------------------------------------------------------- the chat

WELCOME = ("twitch-assistant {version}: general information about muscle twitching.",
           "Ask about causes and triggers, the nutrients involved (magnesium, potassium, "
           "calcium, vitamin D, B vitamins), the foods that contain them, how much you need "
           "a day, and when to see a doctor. Follow-up questions are fine.")
LEAVING = {True: "Type /help for commands, Tab to complete names; /quit or Ctrl-D to leave.",
           False: "Type /help for commands; /quit or Ctrl-D to leave."}


class Chat:
    """The read-answer loop. ``prompt`` is any callable that returns a line or
    raises EOFError (Ctrl-D) or KeyboardInterrupt (Ctrl-C), normally
    ``PromptSession.prompt``. ``completion`` says whether Tab completes (not on
    a dumb terminal), so the banner and /help only offer what works."""

    def __init__(self, bot: Assistant, prompt: Callable[[], str], out: TextIO, err: TextIO,
                 *, color: bool = False, width: Callable[[], int] = lambda: 79,
                 explain: bool = False, independent: bool = False,
                 history: ChatHistory | None = None, completion: bool = True) -> None:
        self.bot = bot
        self.prompt = prompt
        self.out = out
        self.err = err
        self.last: Reply | None = None
        self.color = color
        self.width = width
        self.explain = explain
        self.independent = independent
        self.history = history or ChatHistory(None, self.warn)
        self.completion = completion
        self.vocabulary = tuple(bot.vocabulary())
        self.conversation = bot.conversation()

    def run(self) -> int:
        """The chat until the user leaves; Ctrl-C drops a line, never the whole chat."""
        from . import __version__

        self.say("\n".join([*WELCOME, LEAVING[self.completion]]).format(version=__version__))
        while True:
            try:
                line = self.prompt()
            except KeyboardInterrupt:
                continue  # Ctrl-C: the line is dropped, the chat goes on
            except EOFError:
                break
            try:
                if not self.handle(line):
                    break
            except KeyboardInterrupt:
                self.say("(interrupted)")
        self.say("Take care.")
        return ExitStatus.OK

    def handle(self, line: str) -> bool:
        """Answer one line or run a command; False means the chat should end."""
        text = line.strip()
        if not text:
            return True
        if _bare(text) in QUIT_WORDS:  # "Quit.", "exit!"
            return False
        if text.startswith("/"):
            return self.run_command(text)
        if len(text) > MAX_QUESTION_CHARS:
            self.warn(f"question longer than {MAX_QUESTION_CHARS:,} characters; "
                      f"only the first {MAX_QUESTION_CHARS:,} were used")
            text = text[:MAX_QUESTION_CHARS]
        self.show(self.ask(clean_question(text)))
        return True

    def ask(self, question: str) -> Reply:
        """The one place --independent is honoured, so every question goes the same way."""
        return self.bot.ask(question) if self.independent else self.conversation.ask(question)

    def run_command(self, text: str) -> bool:
        """Commands are looked up as typed and without end punctuation ('/quit.')."""
        name = text.split()[0].lower()
        found = COMMANDS.get(name) or COMMANDS.get(_bare(name))  # "/quit." is /quit
        if found is None:
            self.say(f"Unknown command {printable(name)}. Type /help for the list.")
            return True
        return found.run(self)

    def show(self, reply: Reply) -> None:
        """Every answer is written here, so /sources always has the last one to cite."""
        self.last = reply  # for /sources
        self.out.write(format_reply(reply, width=self.width(), color=self.color))
        if self.explain:
            self.out.write(format_explain(reply, width=self.width()))
        self.out.write("\n")
        self.out.flush()

    def say(self, text: str) -> None:
        """Write a message wrapped to the terminal, as answers are, then a blank line."""
        width = self.width()
        lines = [wrap_line(line, width) for line in printable(text).split("\n")]
        self.out.write("\n".join(lines) + "\n\n")
        self.out.flush()

    def warn(self, message: str) -> None:
        """Problems go to stderr, cleaned of escape codes, apart from the answers."""
        self.err.write(f"{PROG}: {printable(message)}\n")
        self.err.flush()


def _bare(text: str) -> str:
    """Lower case, without the punctuation people end a word with: 'Quit.' -> 'quit'."""
    return _TRAILING_PUNCTUATION.sub("", text.lower())


def make_session(bot: Assistant, history: History, *, input: Input | None = None,
                 output: Output | None = None) -> PromptSession[str]:
    """The prompt: history with suggestions from it, Tab completion, no popup while typing.
    ``input`` and ``output`` default to the terminal, as in prompt_toolkit; tests pass a pipe."""
    return PromptSession(
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=ChatCompleter(bot.vocabulary(), COMMANDS),
        complete_while_typing=False,
        input=input,
        output=output,
    )


def plain_prompt(history: History, out: TextIO) -> Callable[[], str]:
    """The prompt for a dumb terminal (TERM=dumb, an editor's shell): a plain input() line.

    Such a terminal cannot move the cursor, so prompt_toolkit there echoes only the
    last character of each change: a completed name or an accepted suggestion shows
    as one stray letter while the line holds more, and it writes cursor escape codes
    besides. Plain input leaves editing to the terminal; the line still goes into the
    history (without the escape codes of keys such a terminal passes on as text), so
    the next full-terminal chat can recall it.
    """
    def prompt() -> str:
        try:
            line = input(PROMPT)
        except (KeyboardInterrupt, EOFError):
            out.write("\n")  # the terminal showed ^C or nothing; what follows starts a line
            raise
        if clean_question(line):
            history.append_string(clean_question(line))
        return line
    return prompt


def run_chat(bot: Assistant, args: argparse.Namespace, env: Environment) -> int:
    """Start the chat on the real terminal."""
    path = None
    if history_wanted(args, env.environ):
        try:
            path = history_path(env.environ)
        except OSError as error:
            env.warn(f"no history file: {error.strerror}; this session's history is not kept")
    history = open_history(path, env.warn)
    dumb = is_dumb_terminal(env.environ.get("TERM", ""))
    if dumb:
        prompt = plain_prompt(history, env.stdout)
    else:
        session = make_session(bot, history)
        prompt = lambda: session.prompt(PROMPT)  # noqa: E731
    chat = Chat(bot, prompt, env.stdout, env.stderr,
                color=env.color_allowed() and not args.no_color, width=env.width,
                explain=args.explain, independent=args.independent, history=history,
                completion=not dumb)
    return chat.run()
