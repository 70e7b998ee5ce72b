"""`python -m assistant`: the same program as the `twitch-assistant` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
