"""The "read" buttons under a digest message: one per story it shows, opening /read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import t

_PER_ROW = 3
_ID = re.compile(r"#(\d+)\b")


def read_buttons(
    message: str, article_ids: Sequence[int], language: str
) -> InlineKeyboardMarkup | None:
    """A button for each story of `article_ids` whose `#ID` the message shows, in order."""
    wanted = set(article_ids)
    shown = list(dict.fromkeys(int(m) for m in _ID.findall(message) if int(m) in wanted))
    buttons = [
        InlineKeyboardButton(t(language, "read_button", id=i), callback_data=f"read:{i}")
        for i in shown
    ]
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [buttons[i : i + _PER_ROW] for i in range(0, len(buttons), _PER_ROW)]
    )
