"""Due times in the subscriber's own zone, across Europe/Berlin's DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ExtBot

from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due, due_slot
from bot.settings import Settings
from storage.ledger import Schedule
from tests.delivery.conftest import News, card, subscribe

BERLIN = "Europe/Berlin"
SPRING = date(2025, 3, 30)  # 02:00 CET jumps to 03:00 CEST
AUTUMN = date(2025, 10, 26)  # 03:00 CEST falls back to 02:00 CET


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def first_due(digest_time: str, day: date) -> datetime:
    """Scan the day minute by minute for the first moment the digest is due."""
    schedule = Schedule(1, BERLIN, digest_time)
    moment = utc(day, 0) - timedelta(hours=2)
    while (due_slot(schedule, moment) or (None,))[0] != day:
        moment += timedelta(minutes=1)
    return moment


def test_morning_digest_follows_the_local_clock_across_both_changes() -> None:
    assert first_due("07:00", SPRING - timedelta(days=1)) == utc(SPRING - timedelta(days=1), 6)
    assert first_due("07:00", SPRING) == utc(SPRING, 5)  # CEST, UTC+2
    assert first_due("07:00", AUTUMN) == utc(AUTUMN, 6)  # CET, UTC+1


def test_a_time_in_the_skipped_hour_is_due_at_the_first_valid_instant() -> None:
    # 02:30 does not exist on spring-forward day; 01:30 UTC is 03:30 CEST.
    assert first_due("02:30", SPRING) == utc(SPRING, 1, 30)


def test_a_time_in_the_repeated_hour_is_due_at_its_first_occurrence() -> None:
    assert first_due("02:30", AUTUMN) == utc(AUTUMN, 0, 30)  # 02:30 CEST


def test_before_the_local_time_nothing_is_due() -> None:
    schedule = Schedule(1, "Asia/Jakarta", "07:00")
    assert due_slot(schedule, datetime(2025, 7, 1, 23, 59, tzinfo=UTC)) is None
    assert due_slot(schedule, datetime(2025, 7, 2, 0, 0, tzinfo=UTC)) == (date(2025, 7, 2), 0)


async def test_skipped_hour_and_repeated_hour_digests_are_sent_once(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    await news.add(card("Berlin news", topics=["Berlin"]), stored_at=utc(SPRING, 0))
    await news.add(card("More Berlin news", topics=["Berlin"]), stored_at=utc(AUTUMN, 0))
    reader = await subscribe(
        sessions, 301, topics=["Berlin"], timezone=BERLIN, digest_time="02:30", sandbox=sandbox
    )
    sent = []
    for day in (SPRING, AUTUMN):
        for minutes in range(0, 5 * 60, 15):  # a pass every 15 minutes, 00:00–04:45 UTC
            at = utc(day, 0) + timedelta(minutes=minutes)
            report = await deliver_due(sessions, bot, at=at, settings=settings, owner="cron")
            if report.sent:
                sent.append(at)
    assert sent == [utc(SPRING, 1, 30), utc(AUTUMN, 0, 30)]
    assert len(sandbox.sent_messages(reader.chat_id)) == 2
