"""What the bot does when Telegram answers with errors, and what it never leaks."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.services.subscribers import get_subscriber
from storage.db import create_engine, create_sessionmaker
from tests.bot.conftest import TOKEN, Kabar


async def test_flood_limit_reply_is_retried_after_retry_after(kabar: Kabar) -> None:
    user = kabar.user(3001, language_code="en")
    kabar.server.inject(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=user.chat_id,
    )
    await user.send("/help")
    reply = await user.wait_reply(timeout=10)
    assert "kabar commands" in reply.text


async def test_blocked_user_does_not_break_the_bot(kabar: Kabar) -> None:
    blocked = kabar.user(3002, language_code="en")
    kabar.server.block(blocked.chat_id)
    await blocked.send("/start")
    other = kabar.user(3003, language_code="en")
    await other.send("/help")
    assert "kabar commands" in (await other.wait_reply()).text
    # The refusal marks the chat inactive, so no digest is tried there until /start.
    engine = create_engine(kabar.settings.database_url)
    try:
        for _ in range(50):  # updates are handled concurrently: give the refusal its turn
            subscriber = await get_subscriber(create_sessionmaker(engine), blocked.chat_id)
            if subscriber is not None and subscriber.blocked:
                break
            await asyncio.sleep(0.1)
    finally:
        await engine.dispose()
    assert subscriber is not None and subscriber.blocked and not subscriber.active


async def test_every_reply_is_valid_html_under_the_limit(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(3004, language_code="en")
    for command in ("/start", "/help", "/latest", "/search putin <b>", "/digest", "/topics"):
        await user.send(command)
        reply = await user.wait_reply()
        assert reply.parse_mode == "HTML"
        assert len(reply.text) <= 4096
    # The sandbox answers 400 to invalid HTML; a bot that sent any would have apologised.
    assert not any("went wrong" in r.text for r in user.replies)


async def test_token_never_reaches_the_logs(kabar: Kabar, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    user = kabar.user(3005, language_code="en")
    kabar.server.inject(
        "sendMessage",
        error_code=400,
        description="Bad Request: chat not found",
        chat_id=user.chat_id,
    )
    await user.send("/help")
    await user.send("/help")
    await user.wait_reply(timeout=10)
    secret = TOKEN.split(":", 1)[1]
    assert secret not in caplog.text
