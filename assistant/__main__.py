"""The ``twitch-assistant`` command and ``python -m assistant``: one entry point.

Ctrl-C can come at any moment, also while Python is still importing the
program (the first tens of milliseconds), before :func:`assistant.cli.main` is
there to turn KeyboardInterrupt into exit status 130. So the first thing done
here, before any heavy import, is to make SIGINT end the process at once with
130 and no traceback; once cli.main runs, the usual KeyboardInterrupt is back
and cli.main handles it (the chat, for one, clears the line on Ctrl-C).
"""

import gc
import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:  # typeshed has no stub for _signal; signal re-exports the same names
    import signal as _signal
else:
    # _signal is the C module under `signal`: importing `signal` itself builds its enums
    # first, a millisecond in which Ctrl-C would still print a traceback.
    import _signal

INTERRUPTED = 130  # the shell's status for "stopped by Ctrl-C"; cli.ExitStatus has it too


def main() -> int:
    """Run the command line with Ctrl-C handled from the first moment."""
    _signal.signal(_signal.SIGINT, _interrupted_while_starting)
    # The command line's imports make thousands of objects that live as long as the
    # process and no garbage: the cyclic collector would walk them again and again
    # meanwhile (cli.py pauses it likewise while the engine loads). They are frozen
    # once imported, or the first collection after the pause would walk them all
    # (about 1 ms of a piped start); this is always a process of our own.
    gc.disable()
    try:
        from .cli import main as run
    finally:
        gc.freeze()
        gc.enable()

    _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    return run()


def _interrupted_while_starting(signum: int, frame: object) -> None:
    """Nothing has been written or opened yet, so nothing needs to be flushed or closed."""
    os._exit(INTERRUPTED)


if __name__ == "__main__":
    sys.exit(main())
