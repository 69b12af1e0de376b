"""Where raw articles come from on the command line: files, folders, URLs and stdin."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.services.fetch import FetchedPage

MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input as given or found: its label and either its bytes or a URL to fetch."""

    label: str
    data: bytes | None = None
    url: str | None = None
    content_type: str | None = None
    error: str | None = None
    page: FetchedPage | None = None


def is_url(text: str) -> bool:
    """True when the argument names a web address rather than a path."""
    return text.lower().startswith(("http://", "https://"))


def is_folder(argument: str) -> bool:
    """True when the argument names a folder (not stdin, not a URL)."""
    return argument != "-" and not is_url(argument) and os.path.isdir(argument)


def _content_type_for(path: str) -> str | None:
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "text/html"
    if suffix in (".txt", ".text", ".md"):
        return "text/plain"
    return None


def _read_file(label: str) -> RawInput:
    try:
        size = os.path.getsize(label)
        if size > MAX_FILE_BYTES:
            return RawInput(label, error=f"file is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        with open(label, "rb") as handle:
            return RawInput(label, data=handle.read(), content_type=_content_type_for(label))
    except OSError as exc:
        return RawInput(label, error=exc.strerror or str(exc))


def _walk(folder: str) -> Iterator[str]:
    """Files under a folder, recursively, in sorted order, hidden entries skipped."""
    entries = sorted(e for e in os.listdir(folder) if not e.startswith("."))
    for entry in entries:
        path = os.path.join(folder, entry)
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.isfile(path):
            yield path


def expand_inputs(arguments: list[str]) -> Iterator[RawInput]:
    """Expand command-line arguments into raw inputs, reading files lazily in order."""
    for argument in arguments:
        if argument == "-":
            yield RawInput("-", data=sys.stdin.buffer.read())
        elif is_url(argument):
            yield RawInput(argument, url=argument)
        elif os.path.isdir(argument):
            found = False
            for path in _walk(argument):
                found = True
                yield _read_file(path)
            if not found:
                yield RawInput(argument, error="folder holds no files")
        elif os.path.exists(argument):
            yield _read_file(argument)
        else:
            yield RawInput(argument, error="no such file or folder")


def count_inputs(arguments: list[str]) -> int | None:
    """How many inputs the arguments expand to (for a progress bar), None if unknown."""
    total = 0
    for argument in arguments:
        if argument == "-" or is_url(argument):
            total += 1
        elif os.path.isdir(argument):
            total += sum(1 for _ in _walk(argument))
        else:
            total += 1
    return total
