"""A digest's first message leading with its top story's picture (/preview on)."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest

from digest.caption import fits_caption

log = logging.getLogger(__name__)

_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def large_preview(picture: str) -> LinkPreviewOptions:
    """Link preview options that show the picture large, above the message text."""
    return LinkPreviewOptions(url=picture, prefer_large_media=True, show_above_text=True)


async def send_with_picture(
    bot: Bot, chat_id: int, text: str, *, picture: str, **extra: Any
) -> None:
    """Send an HTML message led by a picture URL: as the photo's caption when it fits,
    else with a large link preview of the picture. A photo Telegram refuses to fetch
    sent nothing, so the plain message goes instead (never a broken picture).

    `extra` goes with whichever request is sent (pacing, silence, a forum thread); the
    plain message's own parse_mode and link_preview_options are replaced here."""
    extra.pop("parse_mode", None)
    extra.pop("link_preview_options", None)
    if not fits_caption(text):
        await bot.send_message(
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=large_preview(picture),
            **extra,
        )
        return
    try:
        await bot.send_photo(chat_id, picture, caption=text, parse_mode=ParseMode.HTML, **extra)
        return
    except BadRequest as exc:
        # "wrong type of the web page content", "failed to get HTTP URL content", …:
        # the picture is unusable, the digest is not.
        log.info("picture %s refused for chat %s (%s); sending text", picture, chat_id, exc.message)
    await bot.send_message(
        chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=_NO_PREVIEW, **extra
    )
