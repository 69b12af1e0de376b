"""What commands print: JSON lines on stdout, handled failures as one line on stderr."""

from __future__ import annotations

import json
import sys
from typing import TextIO

# Characters a terminal acts on instead of showing: C0 controls but tab and newline (ESC
# starts sequences that retitle the window or rewrite the screen, CR overwrites a line),
# DEL, the C1 controls (U+009B is CSI to many terminals) and the bidi embeddings,
# overrides and isolates that make text read in another order than it is stored.
_INERT = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
_BIDI = [0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
# Shown as escapes a reader can see, e.g. an article's ESC becomes the four characters \x1b.
_TERMINAL = str.maketrans(
    {code: f"\\x{code:02x}" for code in _INERT} | {code: f"\\u{code:04x}" for code in _BIDI}
)
# json.dumps already escapes C0; the rest stay characters in the text, written as \u
# escapes: the same JSON value, and nothing a terminal acts on.
_JSON = str.maketrans({code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), *_BIDI)})


class CommandError(Exception):
    """A handled failure: printed as one line on stderr, exit status 1."""


def terminal_text(text: str) -> str:
    """Text safe to write to a terminal: control and bidi characters shown as escapes."""
    return text.translate(_TERMINAL)


def print_text(text: str, file: TextIO | None = None) -> None:
    """Print human-readable text (it may hold article text) with controls made visible."""
    print(terminal_text(text), file=file or sys.stdout)


def print_json(value: object) -> None:
    """Print one JSON value on its own line, keeping non-ASCII text readable."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False).translate(_JSON) + "\n")
