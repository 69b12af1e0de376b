"""How long a Telegram HTML message reads once Telegram has parsed it, and caption fit."""

from __future__ import annotations

import html
import re

# Telegram's limit for a media caption, in UTF-16 code units of the text after entity parsing.
CAPTION_LIMIT = 1024
_TAG = re.compile(r"<[^>]*>")


def visible_length(message: str) -> int:
    """UTF-16 code units of an HTML message's text without its tags, as Telegram counts it."""
    text = html.unescape(_TAG.sub("", message))
    return len(text.encode("utf-16-le")) // 2


def fits_caption(message: str) -> bool:
    """True when the HTML message may be sent as a photo's caption."""
    return visible_length(message) <= CAPTION_LIMIT
