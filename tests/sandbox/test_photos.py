"""sendPhoto by URL and link preview options, as a real bot library sees them over HTTP."""

from __future__ import annotations

import pytest
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.sandbox.client import SentMessage
from bot.sandbox.server import SandboxServer
from bot.sandbox.terminal import render_message

PHOTO = "https://img.example.id/foto/banjir.jpg"


@pytest.fixture
def chat(server: SandboxServer) -> int:
    """A private chat the bot may write to."""
    return server.user(501).chat_id


async def test_photo_by_url_answers_with_sizes_and_parsed_caption(
    bot: Bot, server: SandboxServer, chat: int
) -> None:
    message = await bot.send_photo(
        chat, PHOTO, caption="<b>Banjir</b> &amp; longsor", parse_mode=ParseMode.HTML
    )
    assert message.caption == "Banjir & longsor"
    assert [(e.type, e.offset, e.length) for e in message.caption_entities] == [("bold", 0, 6)]
    assert len(message.photo) >= 2
    assert message.photo[-1].width > message.photo[0].width
    sent = server.sent_messages(chat)[-1]
    assert sent.html == "<b>Banjir</b> &amp; longsor" and sent.message["photo"]
    # The file id Telegram gave can be sent again without a URL.
    again = await bot.send_photo(chat, message.photo[-1].file_id)
    assert again.caption is None


async def test_caption_limit_counts_text_after_parsing_in_utf16(bot: Bot, chat: int) -> None:
    # 1,024 characters of text in far more characters of markup fits...
    fits = "<b>" + "a</b><b>" * 1023 + "a</b>"
    await bot.send_photo(chat, PHOTO, caption=fits, parse_mode=ParseMode.HTML)
    # ...and 513 emoji (1,026 UTF-16 units) in 513 characters does not.
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(chat, PHOTO, caption="😀" * 513)


async def test_bad_caption_html_and_bad_photo_are_refused(bot: Bot, chat: int) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_photo(chat, PHOTO, caption="<b>x", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier/HTTP URL specified"):
        await bot.send_photo(chat, "not-a-url-or-file-id")


async def test_refused_photo_url_fails_like_telegram_and_sends_nothing(
    bot: Bot, server: SandboxServer, chat: int
) -> None:
    server.refuse_photo(PHOTO, "failed to get HTTP URL content")
    with pytest.raises(BadRequest, match=r"(?i)failed to get HTTP URL content"):
        await bot.send_photo(chat, PHOTO, caption="Banjir")
    assert server.sent_messages(chat) == []


async def test_link_preview_options_are_checked_and_echoed(
    bot: Bot, server: SandboxServer, chat: int
) -> None:
    options = LinkPreviewOptions(url=PHOTO, prefer_large_media=True, show_above_text=True)
    message = await bot.send_message(chat, "Banjir", link_preview_options=options)
    assert message.link_preview_options == options
    call = server.calls("sendMessage")[-1]
    assert "prefer_large_media" in str(call.params["link_preview_options"])
    with pytest.raises(BadRequest, match=r"(?i)show_above_text.*LinkPreviewOptions"):
        await bot.send_message(
            chat, "Banjir", api_kwargs={"link_preview_options": {"show_above_text": "yes"}}
        )


async def test_terminal_chat_names_the_picture_above_the_caption(
    bot: Bot, server: SandboxServer, chat: int
) -> None:
    await bot.send_photo(chat, PHOTO, caption="<b>Banjir</b>", parse_mode=ParseMode.HTML)
    options = LinkPreviewOptions(url=PHOTO, prefer_large_media=True, show_above_text=True)
    await bot.send_message(chat, "Banjir lagi", link_preview_options=options)
    photo, preview = (SentMessage.from_event(e) for e in server.sent_messages(chat))
    assert render_message(photo)[0] == "kabar › [picture]\nkabar › Banjir"
    assert render_message(preview)[0] == f"kabar › [picture: {PHOTO}]\nkabar › Banjir lagi"
