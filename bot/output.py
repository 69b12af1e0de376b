"""What commands print: JSON lines on stdout, handled failures as one line on stderr."""

from __future__ import annotations

import json
import sys


class CommandError(Exception):
    """A handled failure: printed as one line on stderr, exit status 1."""


def print_json(value: object) -> None:
    """Print one JSON value on its own line, keeping non-ASCII text readable."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
