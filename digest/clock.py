"""Times of day as people write them (`7:30`, `07.30`) and as kabar stores them (`07:30`)."""

from __future__ import annotations

import re
from datetime import time

_HHMM = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def parse_clock(text: str) -> str | None:
    """`HH:MM` for a time of day as typed (`7:30`, `07.30`, `23:59`), or None."""
    match = _HHMM.fullmatch(text.strip())
    return f"{int(match[1]):02d}:{match[2]}" if match else None


def clock_time(hhmm: str) -> time:
    """The time of day a stored `HH:MM` names."""
    hours, _, minutes = hhmm.partition(":")
    return time(int(hours), int(minutes))
