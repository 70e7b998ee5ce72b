"""The command line: arguments in, answers out, in one of four modes.

``main`` only gathers the process's streams into an :class:`Environment` and
calls :func:`run`; everything else takes that environment, so tests run the
whole program in-process with byte and text buffers (the shape httpie uses).

Modes, chosen from the arguments and from whether the streams are terminals:

* ``--eval FILE``: score the assistant on a labelled file (``assistant.evaluation``);
* question words as arguments: answer that one question;
* stdin and stdout both terminals: the chat (``assistant.repl``, imported only
  then, so the other modes never pay for prompt_toolkit);
* otherwise: every non-blank stdin line is a question of one conversation;
* ``serve`` as the first argument: the web chat and API (``assistant.web``,
  imported only then, so no other mode loads a web framework).

The engine is never asked to cope with terminal garbage: input is decoded with
replacement characters, cut to :data:`MAX_QUESTION_CHARS`, and control
characters are stripped from anything written back as text.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: see native.py
if TYPE_CHECKING:
    import argparse
    import json
    from datetime import date
    from typing import IO, Any, BinaryIO, NoReturn, TextIO

    from _typeshed import SupportsWrite

    from . import Assistant, Reply

PROG = "twitch-assistant"
MAX_QUESTION_CHARS = 10_000
# A UTF-8 character is at most 4 bytes, so this many bytes always decode to
# more than MAX_QUESTION_CHARS characters: the rest of a longer line is never kept.
_MAX_LINE_BYTES = 4 * MAX_QUESTION_CHARS + 4
_READ_BYTES = 65536  # at most one read of stdin at a time: a pipe's whole buffer
_EXPLAIN_CANDIDATES = 5


class ExitStatus:
    """Process exit codes; 130 is the shell's convention for 'stopped by Ctrl-C'.

    Plain ints: an IntEnum class costs every start about 0.2 ms to make."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class Environment:
    """The outside world as the program sees it, so tests can replace every part.

    A plain class rather than a dataclass: importing dataclasses costs more start-up
    time than everything else a piped one-liner does.
    """

    def __init__(self, stdin: BinaryIO, stdout: TextIO, stderr: TextIO, *,
                 stdin_isatty: bool = False, stdout_isatty: bool = False,
                 environ: Mapping[str, str] | None = None, columns: int | None = None,
                 owns_process: bool = False) -> None:
        """``owns_process``: the program is the whole process (the console script), not
        a call inside someone else's, so it may tune the interpreter for itself."""
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.stdin_isatty = stdin_isatty
        self.stdout_isatty = stdout_isatty
        self.environ: Mapping[str, str] = {} if environ is None else environ
        self.columns = columns
        self.owns_process = owns_process

    @classmethod
    def from_sys(cls) -> Environment:
        """The real process streams; output never crashes on an unencodable character."""
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="replace")
        return cls(stdin=sys.stdin.buffer, stdout=sys.stdout, stderr=sys.stderr,
                   stdin_isatty=_isatty(sys.stdin), stdout_isatty=_isatty(sys.stdout),
                   environ=os.environ, owns_process=True)

    def width(self) -> int:
        """Columns to wrap answers to: the terminal's, but never unreadably wide."""
        columns = self.columns or _terminal_columns()
        return max(20, min(columns, 100) - 1)

    def color_allowed(self) -> bool:
        """Colour only on a real terminal, and never when NO_COLOR is set (no-color.org)."""
        return (self.stdout_isatty and not self.environ.get("NO_COLOR")
                and self.environ.get("TERM", "") != "dumb")

    def warn(self, message: str) -> None:
        """Warnings go to stderr, flushed at once, so piped answers on stdout stay clean;
        the answers before it are flushed first, so a reader of both sees them in order."""
        self.stdout.flush()
        self.stderr.write(f"{PROG}: {printable(message)}\n")
        self.stderr.flush()


def _isatty(stream: IO[Any] | None) -> bool:
    try:
        return bool(stream and stream.isatty())
    except (ValueError, OSError):  # closed or detached stream
        return False


# ---------------------------------------------------------------- arguments

EXAMPLES = """\
examples:
  twitch-assistant                                  chat (when run in a terminal)
  twitch-assistant what foods have potassium        answer one question
  twitch-assistant --json how much magnesium a day  one JSON object
  printf 'what does magnesium do\\nwhich foods have it\\n' | twitch-assistant
                                                    one conversation, one answer a line
  twitch-assistant --independent < questions.txt    every line answered on its own
  twitch-assistant --extra-knowledge my-notes/ what has zinc
  twitch-assistant --eval tests/eval/labelled.yaml --min-accuracy 0.85
  twitch-assistant serve --port 8000                the web chat (pip install ".[web]")

This is general information, not medical advice. Twitching with weakness,
numbness, spreading, or lasting more than two weeks: see a healthcare provider.
"""


class UsageError(Exception):
    """Raised by the parser instead of exiting, so run() decides what happens."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _parser(**settings: Any) -> argparse.ArgumentParser:
    """A new argparse parser that writes to the Environment's streams and never calls
    sys.exit. argparse (with gettext and locale, about 4 ms of a piped question's start)
    is imported here, when a command line needs more than :func:`_plain_args` reads."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        env: Environment

        def _print_message(self, message: str,
                           file: SupportsWrite[str] | None = None) -> None:
            if message:
                stream = self.env.stderr if file is sys.stderr else self.env.stdout
                stream.write(message)

        def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
            if message:
                self._print_message(message, sys.stderr)
            raise UsageError(status)

        def _get_formatter(self) -> argparse.HelpFormatter:
            """argparse builds a formatter for every add_argument, and its own asks
            shutil.get_terminal_size for the width, which imports shutil, bz2 and lzma on
            every start; the same width is read here without them."""
            # typeshed's protocol for formatter_class names only prog; every HelpFormatter
            # (the default and argparse's own subclasses) takes width as well.
            return self.formatter_class(  # type: ignore[call-arg]
                prog=self.prog, width=_help_width())

    return _Parser(**settings)


def _fraction(text: str) -> float:
    """--min-accuracy takes a fraction like 0.85, as the report's accuracy is one."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        import argparse  # already imported: only a parser calls this

        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {text!r}")
    return value


def _day(text: str) -> date:
    """--today takes a day as ISO writes it, so a run can be repeated on any later day."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse  # already imported: only a parser calls this

        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {text!r}") from None


def build_parser(env: Environment) -> argparse.ArgumentParser:
    """A parser that writes to ``env`` rather than sys.stdout, so usage and errors can be
    captured, and raises rather than exits, so the caller decides the exit status."""
    import argparse

    from . import __version__

    parser = _parser(
        prog=PROG,
        description="Offline answers to questions about muscle twitching: causes, triggers,\n"
                    "the nutrients involved, the foods that contain them, daily amounts,\n"
                    "and when to see a doctor.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.env = env  # type: ignore[attr-defined]
    parser.add_argument("question", nargs="*",
                        help="a question to answer; without one, questions come from "
                             "stdin, one a line (or the chat, in a terminal)")
    out = parser.add_argument_group("output")
    out.add_argument("--json", action="store_true",
                     help="print one JSON object per question (see README, 'JSON output')")
    out.add_argument("--explain", action="store_true",
                     help="also show the intents considered, with scores, and the "
                          "entities found")
    out.add_argument("--no-color", action="store_true",
                     help="no colour in the terminal (also when NO_COLOR is set)")
    out.add_argument("--independent", action="store_true",
                     help="answer each stdin line on its own, not as one conversation")
    out.add_argument("--no-history", action="store_true",
                     help="in the chat, keep no history of questions on disk (also when "
                          "TWITCH_ASSISTANT_HISTORY=0)")
    data = parser.add_argument_group("data")
    data.add_argument("--knowledge", metavar="DIR", action="append", default=[],
                      help="use this knowledge directory instead of the packaged one "
                           "(repeatable)")
    data.add_argument("--extra-knowledge", metavar="DIR", action="append", default=[],
                      help="add this knowledge directory to the packaged one (repeatable)")
    data.add_argument("--intents", metavar="DIR", action="append", default=[],
                      help="use this intents directory instead of the packaged one "
                           "(repeatable)")
    ev = parser.add_argument_group("evaluation")
    ev.add_argument("--eval", metavar="FILE",
                    help="score intent routing on a labelled YAML file and print a report")
    ev.add_argument("--failures", metavar="FILE",
                    help="with --eval: write the failing cases to FILE as YAML")
    ev.add_argument("--min-accuracy", metavar="FRACTION", type=_fraction,
                    help="with --eval: exit 1 when intent accuracy is below this, e.g. 0.85")
    ev.add_argument("--today", metavar="YYYY-MM-DD", type=_day,
                    help="answer as on this day: spans like 'since late November' are "
                         "measured back from it (default: the clock's day)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


# The switches a plain pipe or one-shot question is run with, and their attributes.
_SWITCHES = {"--json": "json", "--explain": "explain", "--no-color": "no_color",
             "--independent": "independent", "--no-history": "no_history"}


def _plain_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a command line made only of switches and one run of question
    words ('--json what has potassium'), as argparse would parse them; None for any
    other command line (help, a value, an error), which argparse then parses. This
    spares the commonest starts argparse's import."""
    switches = dict.fromkeys(_SWITCHES.values(), False)
    question: list[str] = []
    ended = False  # argparse takes one run of words for the question, not two
    for arg in argv:
        if arg in _SWITCHES:
            switches[_SWITCHES[arg]] = True
            ended = bool(question)
        elif arg.startswith("-") or ended:
            return None
        else:
            question.append(arg)
    if question and not " ".join(question).strip():
        return None  # argparse says "the question is empty"
    from types import SimpleNamespace

    return SimpleNamespace(question=question, knowledge=[],  # type: ignore[return-value]
                           extra_knowledge=[], intents=[], eval=None, failures=None,
                           min_accuracy=None, today=None, **switches)


def parse_args(argv: Sequence[str], env: Environment) -> argparse.Namespace:
    """Parse and cross-check options; raises UsageError after printing the reason."""
    plain = _plain_args(argv)
    if plain is not None:
        return plain
    parser = build_parser(env)
    args = parser.parse_args(list(argv))
    if args.eval is None:
        for flag, value in (("--failures", args.failures), ("--min-accuracy", args.min_accuracy)):
            if value is not None:
                parser.error(f"{flag} only makes sense with --eval FILE")
    else:
        if args.question:
            parser.error("--eval does not take questions; put them in the eval file")
        for flag, value in (("--explain", args.explain), ("--independent", args.independent)):
            if value:
                parser.error(f"{flag} cannot be combined with --eval")
    if args.question and not " ".join(args.question).strip():
        parser.error("the question is empty")
    return args


# ---------------------------------------------------------------- running

def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point: the real process around :func:`run`."""
    try:
        env = Environment.from_sys()
        status = run(sys.argv[1:] if argv is None else argv, env)
        env.stdout.flush()  # inside the try: a closed pipe must not surface at exit
        env.stderr.flush()
    except KeyboardInterrupt:
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head -1`): that is their choice, not our error.
        # Point stdout at devnull so the interpreter's final flush cannot complain.
        _silence_stdout()
        return ExitStatus.OK
    if "assistant.repl" not in sys.modules:
        # Not the chat (the only mode that imports assistant.repl): everything is
        # written and flushed, so skip the interpreter's teardown, which frees every
        # object one by one (8 ms here, a sixth of a piped question). The chat
        # leaves prompt_toolkit its normal exit.
        os._exit(status)
    return status


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(argv: Sequence[str], env: Environment) -> int:
    """Run the program for these arguments against these streams; returns the exit code."""
    if argv and argv[0] == "serve":
        return run_serve(argv[1:], env)
    try:
        args = parse_args(argv, env)
    except UsageError as error:
        return error.status
    # From their modules, not through the package's lazy names, which import importlib:
    # a console-script start (no runpy) would load it for these two names alone.
    from .data import DataError

    try:
        bot = _load_for_good(args) if env.owns_process else load_assistant(args)
        if args.eval is not None:
            return run_eval(bot, args, env)
        if args.question:
            return run_one(bot, " ".join(args.question), args, env)
        if env.stdin_isatty and env.stdout_isatty and not args.json:
            from .repl import run_chat

            return run_chat(bot, args, env)
        return run_lines(bot, args, env)
    except DataError as error:
        env.stderr.write(f"{printable(str(error))}\n")
        return ExitStatus.ERROR


def _load_for_good(args: argparse.Namespace) -> Assistant:
    """:func:`load_assistant` in a process of our own, where the engine, once loaded,
    lives as long as the process and never changes.

    Importing the engine and unpickling its cache make tens of thousands of objects that
    all stay alive; the cyclic collector, run every few hundred allocations meanwhile,
    would walk them again and again and find nothing (about 3 ms of a piped start), so it
    is paused until they are loaded. Then they are frozen, so that its later runs never
    walk them either (about 2 ms more). Only in a process of our own: frozen objects are
    never freed, and the collector's pause is the process's."""
    import gc

    gc.disable()
    try:
        bot = load_assistant(args)
        gc.freeze()
    finally:
        gc.enable()
    return bot


def load_assistant(args: argparse.Namespace) -> Assistant:
    """The data directories given on the command line, or the packaged data when none."""
    from .engine import Assistant  # from its module, as DataError in run()

    day: date | None = args.today
    return Assistant(knowledge=args.knowledge or None, intents=args.intents or None,
                     extra_knowledge=args.extra_knowledge,
                     today=None if day is None else lambda: day)


def run_one(bot: Assistant, question: str, args: argparse.Namespace, env: Environment) -> int:
    """Answer the question given as arguments."""
    question = limit_length(question.strip(), env, "the question")
    write_answer(bot.ask(clean_question(question)), question, args, env)
    return ExitStatus.OK


def run_lines(bot: Assistant, args: argparse.Namespace, env: Environment) -> int:
    """Answer stdin line by line, as it arrives, in constant memory.

    The answers are flushed whenever every line read so far is answered, before the next
    read of stdin (which may wait): a caller that writes a question and waits for its
    answer gets it at once, and questions already waiting in a file or a pipe are
    answered in blocks, not one write to stdout each."""
    ask = bot.ask if args.independent else bot.conversation().ask
    first = True
    for number, question in read_questions(env.stdin, env.stdout.flush):
        question = limit_length(question, env, f"line {number}")
        if not first and not args.json:
            env.stdout.write("\n")
        write_answer(ask(clean_question(question)), question, args, env, flush=False)
        first = False
    return ExitStatus.OK


def run_eval(bot: Assistant, args: argparse.Namespace, env: Environment) -> int:
    """Score a labelled question file, so routing changes are measured, not guessed."""
    from pathlib import Path

    from .evaluation import evaluate

    report = evaluate(bot, Path(args.eval))
    if args.json:
        env.stdout.write(json_line(report.summary()))
    else:
        env.stdout.write(report.format())
    if args.failures:
        try:
            Path(args.failures).write_text(report.failures_yaml(), encoding="utf-8")
        except OSError as error:
            env.warn(f"cannot write {args.failures}: {error.strerror}")
            return ExitStatus.ERROR
    if args.min_accuracy is not None and report.intent_accuracy < args.min_accuracy:
        env.warn(f"intent accuracy {report.intent_accuracy:.1%} is below the minimum "
                 f"{args.min_accuracy:.1%}")
        return ExitStatus.ERROR
    return ExitStatus.OK


def write_answer(reply: Reply, question: str, args: argparse.Namespace,
                 env: Environment, *, flush: bool = True) -> None:
    """One answer in the chosen format; flushed so a reader sees it at once, unless the
    caller flushes (see :func:`run_lines`)."""
    if args.json:
        env.stdout.write(json_line(reply.to_dict(question, explain=args.explain)))
    else:
        color = env.color_allowed() and not args.no_color
        if env.stdout_isatty:
            env.stdout.write(format_reply(reply, width=env.width(), color=color))
        else:
            env.stdout.write(printable(reply.text).rstrip("\n") + "\n")
        if args.explain:
            env.stdout.write(format_explain(reply, width=env.width() if env.stdout_isatty
                                            else None))
    if flush:
        env.stdout.flush()


# ---------------------------------------------------------------- serving

def _port(text: str) -> int:
    """--port takes a TCP port; 0 lets the system pick a free one (the log says which)."""
    if not text.isdigit() or int(text) > 65535:
        import argparse  # already imported: only a parser calls this

        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return int(text)


def run_serve(argv: Sequence[str], env: Environment) -> int:
    """`twitch-assistant serve`: the web chat at / and the JSON API under /api."""
    parser = _parser(prog=f"{PROG} serve",
                     description="Serve the web chat and its JSON API (README, 'Web chat').")
    parser.env = env  # type: ignore[attr-defined]
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    parser.add_argument("--log-questions", action="store_true",
                        help="log every question; by default questions stay in memory only")
    try:
        args = parser.parse_args(list(argv))
    except UsageError as error:
        return error.status
    try:
        from .web.server import serve
    except ModuleNotFoundError as error:
        env.warn(f"the web chat needs the web extra ({error.name} is missing): "
                 f'pip install "twitch-assistant[web]"')
        return ExitStatus.ERROR
    from . import DataError

    try:
        serve(args.host, args.port, log_questions=args.log_questions)
    except DataError as error:
        env.stderr.write(f"{printable(str(error))}\n")
        return ExitStatus.ERROR
    return ExitStatus.OK


# ---------------------------------------------------------------- input

def read_questions(stream: BinaryIO, waiting: Callable[[], object] | None = None
                   ) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) for each non-blank line, reading as lines arrive.

    Bytes are decoded as UTF-8 with replacement characters, so no input stops
    the program. A line longer than the byte budget is returned as its first
    part (already over the character limit, so the caller reports the cut) and
    the rest of it is skipped without being kept in memory. ``waiting`` is called
    before each read of the stream, when every line read before it has been yielded.
    """
    for number, line in enumerate(_lines(stream, waiting), 1):
        text = line.decode("utf-8", errors="replace")
        if number == 1:
            text = text.removeprefix("\ufeff")  # a byte-order mark is not part of the question
        text = text.strip()
        if text:
            yield number, text


def _lines(stream: BinaryIO, waiting: Callable[[], object] | None) -> Iterator[bytes]:
    """The stream's lines without their newlines, each cut to _MAX_LINE_BYTES, from reads
    of whatever has arrived (``read1``: at most one read of the file, which returns what
    a pipe or a terminal holds rather than wait for more), with ``waiting`` called
    before each read."""
    read = getattr(stream, "read1", None) or stream.read
    pending = b""  # the start of a line whose end has not been read yet
    skipping = False  # the rest of a line already cut
    while True:
        if waiting is not None:
            waiting()
        chunk = read(_READ_BYTES)
        if not chunk:
            if pending:
                yield pending
            return
        if skipping:
            end = chunk.find(b"\n")
            if end < 0:
                continue
            skipping, chunk = False, chunk[end + 1:]
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            yield line[:_MAX_LINE_BYTES]
        if len(pending) >= _MAX_LINE_BYTES:
            yield pending[:_MAX_LINE_BYTES]
            pending, skipping = b"", True


def limit_length(question: str, env: Environment, where: str) -> str:
    """Cut an overlong question so one pasted log file cannot stall the answers."""
    if len(question) <= MAX_QUESTION_CHARS:
        return question
    env.warn(f"{where}: question longer than {MAX_QUESTION_CHARS:,} characters; "
             f"only the first {MAX_QUESTION_CHARS:,} were used")
    return question[:MAX_QUESTION_CHARS]


# Whole escape sequences (CSI, OSC, two-byte ESC x, 8-bit CSI), then lone controls.
# Kept as patterns, compiled (and cached by re) when first needed: every one of these
# characters fails str.isprintable, so text without any, the usual case, never needs
# them, and a piped start does not compile them.
_ESCAPE_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"


def printable(text: str) -> str:
    """Text safe to write to a terminal: no escape sequences or control characters.

    Newlines and tabs stay; everything else in C0, DEL and C1 goes, so a question
    (or an answer quoting one) can never move the cursor or retitle the window.
    """
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return re.sub(_CONTROL, "", re.sub(_ESCAPE_SEQUENCE, "", text))


def clean_question(text: str) -> str:
    """What the engine is asked: escape sequences gone, other controls as spaces."""
    if not text.isprintable():
        text = re.sub(_CONTROL, " ", re.sub(_ESCAPE_SEQUENCE, "", text)).replace("\t", " ")
    return " ".join(text.split())


# ---------------------------------------------------------------- output

_UNSAFE_IN_JSON = "[\x7f-\x9f\u2028\u2029]"  # compiled when first used, as above


def json_line(record: Mapping[str, object]) -> str:
    """One JSON object and a newline; UTF-8 as is, but no raw control characters.

    json.dumps escapes C0 controls already; DEL and C1 (and the two JavaScript line
    separators) are escaped here too, so the line is safe to print on a terminal.
    """
    text = _json_encoder().encode(record)
    if not text.isascii() or "\x7f" in text:  # DEL is the one of them inside ASCII
        text = re.sub(_UNSAFE_IN_JSON, lambda m: f"\\u{ord(m.group()):04x}", text)
    return text + "\n"


@cache
def _json_encoder() -> json.JSONEncoder:
    """The encoder json.dumps(..., ensure_ascii=False) builds for every call, built once:
    a pipe writes one line per question."""
    import json  # only --json and --eval write JSON: importing it costs a start ~2 ms

    return json.JSONEncoder(ensure_ascii=False)


_DIM, _RESET = "\x1b[2m", "\x1b[0m"
_LIST_ITEM = r"^(\s*)([-*] |\d+[.)] )"  # compiled when first used: only for a terminal


def format_reply(reply: Reply, *, width: int, color: bool) -> str:
    """An answer for a person at a terminal: wrapped, lists indented, reminder dimmed."""
    body, reminder = split_reminder(printable(reply.text), printable(reply.reminder))
    lines = [wrap_line(line, width) for line in body.rstrip("\n").split("\n")]
    if reminder:
        wrapped = wrap_line(reminder, width)
        lines.append(f"{_DIM}{wrapped}{_RESET}" if color else wrapped)
    return "\n".join(lines).strip("\n") + "\n"


def split_reminder(text: str, reminder: str) -> tuple[str, str]:
    """The answer without its closing reminder line, and that line (if the text ends with it)."""
    reminder = reminder.strip()
    stripped = text.rstrip()
    if reminder and stripped.endswith(reminder):
        return stripped[: -len(reminder)].rstrip(), reminder
    return text, ""


def wrap_line(line: str, width: int) -> str:
    """Wrap one line; a list item's continuation lines are indented under its text."""
    import textwrap  # only when writing to a terminal

    if not line.strip():
        return ""
    match = re.match(_LIST_ITEM, line)
    indent = " " * len(match.group(0)) if match else line[: len(line) - len(line.lstrip())]
    return textwrap.fill(line, width=width, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def format_explain(reply: Reply, *, width: int | None = None) -> str:
    """How the answer was chosen, in a few lines meant for people tuning the data;
    with a width (a terminal's), each line is wrapped, continuations indented."""
    shown = reply.intent if reply.intent is not None else "none (out of scope)"
    lines = [f"explain: intent {shown}, confidence {reply.confidence:.3f}"]
    candidates = ", ".join(f"{c.intent} {c.score:.3f}"
                           for c in reply.candidates[:_EXPLAIN_CANDIDATES])
    lines.append(f"explain: candidates: {candidates or 'none'}")
    found = [f'{m.kind}={m.id} ("{m.text}" {m.score:.3f})' for m in reply.mentions]
    mentioned = {(m.kind, m.id) for m in reply.mentions}
    found += [f"{kind}={value} (inferred)"
              for kind, values in reply.entities.items() for value in values
              if (kind, value) not in mentioned]
    lines.append(f"explain: entities: {', '.join(found) or 'none'}")
    if width is not None:
        import textwrap  # only when writing to a terminal

        lines = [textwrap.fill(line, width=width, subsequent_indent="  ",
                               break_long_words=False, break_on_hyphens=False)
                 for line in lines]
    return printable("\n".join(lines)) + "\n"


def _help_width() -> int:
    """The width argparse would use: COLUMNS, else the terminal's, else 80, less 2."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            # sys.__stdout__ is None without any stdout: the AttributeError is caught below
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


def _terminal_columns() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 80
