"""Channels configured by posts, forum topics that receive their group's digest."""

from __future__ import annotations

from sqlalchemy import select

from bot.sandbox.client import SandboxUser
from storage.db import create_engine, create_sessionmaker
from storage.models import Subscriber
from tests.bot.conftest import Kabar, digest_due

CHANNEL = -1002000000001
FORUM = -1003000000001


async def _row(kabar: Kabar, chat_id: int) -> Subscriber | None:
    engine = create_engine(kabar.settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return await session.scalar(select(Subscriber).where(Subscriber.chat_id == chat_id))
    finally:
        await engine.dispose()


async def test_a_channel_is_configured_by_posts_that_then_disappear(kabar: Kabar) -> None:
    kabar.application.bot_data.channel_answer_seconds = 0.5
    channel = kabar.server.channel(CHANNEL, title="Kabar Pagi")
    events = kabar.server.state

    def answered(count: int) -> bool | None:
        sent = [e for e in events.events if e.chat_id == CHANNEL and e.kind == "sent"]
        return True if len(sent) >= count else None

    first = await channel.post("/start")
    assert await events.wait_for(lambda: answered(1), 10)
    second = await channel.post("/time 06:15")
    assert await events.wait_for(lambda: answered(2), 10)
    row = await _row(kabar, CHANNEL)
    assert row is not None and (row.chat_type, row.digest_time) == ("channel", "06:15")

    def cleaned() -> bool | None:
        return True if not channel.shown() else None

    # The command posts go at once and the bot's answers a moment later: only digests stay.
    assert await events.wait_for(cleaned, 10), channel.shown()
    deleted = {e.message["message_id"] for e in events.events if e.kind == "deleted"}
    assert {first, second} <= deleted


async def test_start_inside_a_forum_topic_sends_replies_and_digests_there(
    kabar: Kabar, seed_text: str
) -> None:
    await kabar.ingest(seed_text)
    admin = kabar.user(
        6001, language_code="en", chat_type="supergroup", chat_id=FORUM, title="Redaksi",
        status="administrator", topic=77,
    )  # fmt: skip
    await admin.send("/start")
    welcome = await admin.wait_reply()
    assert welcome.raw.get("message_thread_id") == 77
    row = await _row(kabar, FORUM)
    assert row is not None and row.thread_id == 77
    await kabar.deliver(await digest_due(kabar.settings.database_url, FORUM))
    digest = [
        e
        for e in kabar.server.sent_messages(FORUM)
        if "Vladimir Putin" in e.message.get("text", "")
    ]
    assert digest and digest[0].message.get("message_thread_id") == 77


async def test_a_closed_topic_is_handled_like_a_blocked_chat(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    admin: SandboxUser = kabar.user(
        6002, language_code="en", chat_type="supergroup", chat_id=FORUM - 1, title="Redaksi",
        status="administrator", topic=5,
    )  # fmt: skip
    await admin.send("/start")
    await admin.wait_reply()
    kabar.server.set_topic(FORUM - 1, 5, "closed")
    report = await kabar.deliver(await digest_due(kabar.settings.database_url, FORUM - 1))
    assert report.failed == 1 and report.sent == 0
    row = await _row(kabar, FORUM - 1)
    assert row is not None and row.blocked_at is not None
