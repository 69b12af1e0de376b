"""A new reader's first scheduled digest comes at their next digest time, not at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ExtBot

from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due, due_slot
from bot.settings import Settings
from storage.ledger import Schedule
from storage.subscribers import SubscriberRepository
from tests.delivery.conftest import News, card

# 22:55 WIB on 1 July 2025, the reader's digest time being 07:00 WIB.
JOINED = datetime(2025, 7, 1, 15, 55, tzinfo=UTC)
NEXT_MORNING = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)


def test_a_digest_time_passed_before_joining_is_not_owed() -> None:
    schedule = Schedule(1, "Asia/Jakarta", "07:00", since=JOINED)
    assert due_slot(schedule, JOINED + timedelta(seconds=20)) is None
    assert due_slot(schedule, NEXT_MORNING - timedelta(seconds=1)) is None
    assert due_slot(schedule, NEXT_MORNING) == (NEXT_MORNING.date(), 0)
    # Someone who joined before today's time is owed today's digest (catch-up after downtime).
    earlier = Schedule(1, "Asia/Jakarta", "07:00", since=JOINED - timedelta(days=1))
    assert due_slot(earlier, JOINED + timedelta(seconds=20)) == (JOINED.date(), 0)


async def test_start_late_in_the_evening_then_the_digest_comes_next_morning(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    story = await news.add(card("Kabar Rusia terbaru", topics=["Rusia"]), stored_at=JOINED)
    sandbox.user(4242, chat_id=4242)
    async with sessions.begin() as session:
        await SubscriberRepository(session).register(
            4242, "private", timezone="Asia/Jakarta", digest_time="07:00", now=JOINED
        )

    async def deliver(at: datetime) -> int:
        report = await deliver_due(sessions, bot, at=at, settings=settings, owner="pass")
        return report.sent

    assert await deliver(JOINED + timedelta(seconds=20)) == 0
    assert await deliver(JOINED + timedelta(hours=8)) == 0
    assert sandbox.sent_messages(4242) == []
    assert await deliver(NEXT_MORNING) == 1
    digest = sandbox.sent_messages(4242)[0].message
    assert "Kabar Rusia terbaru" in digest["text"]
    # A button under the digest opens the whole story (/read).
    buttons = [b for row in digest["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["callback_data"] for b in buttons] == [f"read:{story}"]
