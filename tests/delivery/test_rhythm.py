"""Digest rhythms (daily, twice, weekdays, weekly DAY) on the right local days and times,
across a DST change, each slot once; silent digests; a weekly digest covers its week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ExtBot

from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due, due_slot
from bot.settings import Settings
from digest.rhythm import default_second_time, parse_schedule, parse_weekday
from storage.ledger import Schedule
from storage.subscribers import SubscriberRepository
from tests.delivery.conftest import News, card, subscribe

BERLIN = ZoneInfo("Europe/Berlin")
# Friday 28 March 2025 to Tuesday 1 April: Berlin moves to summer time on Sunday the 30th.
START = datetime(2025, 3, 28, 0, 0, tzinfo=UTC)
DAYS = 5


def _local(moment: datetime) -> tuple[date, str]:
    here = moment.astimezone(BERLIN)
    return here.date(), f"{here:%H:%M}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", ("daily", None)),
        ("TWICE", ("twice", None)),
        ("weekdays", ("weekdays", None)),
        ("weekly senin", ("weekly", 0)),
        ("weekly Sunday", ("weekly", 6)),
        ("weekly jum'at", ("weekly", 4)),
        ("mingguan kamis", ("weekly", 3)),
        ("weekly", None),
        ("weekly someday", None),
        ("hourly", None),
        ("", None),
    ],
)
def test_schedule_words_in_either_language(text: str, expected: object) -> None:
    assert parse_schedule(text) == expected


def test_weekday_names_and_the_default_second_time() -> None:
    assert [parse_weekday(d) for d in ("Senin", "tue", "RABU", "minggu", "sat")] == [0, 1, 2, 6, 5]
    assert parse_weekday("kemarin") is None
    assert default_second_time("07:00") == "19:00"
    assert default_second_time("18:30") == "06:30"


def test_twice_gives_the_latest_slot_passed() -> None:
    schedule = Schedule(1, "Asia/Jakarta", "07:00", kind="twice", second_time="19:00")
    morning = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)  # 07:00 WIB
    assert due_slot(schedule, morning - timedelta(minutes=1)) is None
    assert due_slot(schedule, morning) == (morning.date(), 0)
    assert due_slot(schedule, morning + timedelta(hours=12)) == (morning.date(), 1)


async def test_each_rhythm_on_its_local_days_and_times_across_dst_once(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    for hours in range(-6, DAYS * 24, 3):
        stored = START + timedelta(hours=hours)
        await news.add(card(f"Kabar Berlin jam {hours}", topics=["Berlin"]), stored_at=stored)
    rhythms = {
        401: {"schedule": "daily"},
        402: {"schedule": "twice", "second_time": "19:00"},
        403: {"schedule": "weekdays"},
        404: {"schedule": "weekly", "weekly_day": 6},  # Sunday, the day the clocks change
    }
    for chat, change in rhythms.items():
        await subscribe(
            sessions, chat, topics=["Berlin"], timezone="Europe/Berlin", sandbox=sandbox
        )
        async with sessions.begin() as session:
            await SubscriberRepository(session).update(chat, **change)
    moment = START
    while moment < START + timedelta(days=DAYS):
        # Two passes at each moment, as the bot's own and a cron `kabar deliver` would run.
        for owner in ("bot", "cron"):
            await deliver_due(sessions, bot, at=moment, settings=settings, owner=owner)
        moment += timedelta(minutes=30)

    days = [date(2025, 3, 28) + timedelta(days=n) for n in range(DAYS)]
    daily = sandbox.sent_messages(401)
    twice = sandbox.sent_messages(402)
    weekdays = sandbox.sent_messages(403)
    weekly = sandbox.sent_messages(404)
    assert len(daily) == DAYS
    assert len(twice) == 2 * DAYS
    assert len(weekdays) == sum(day.weekday() < 5 for day in days) == 3
    assert len(weekly) == 1
    assert "30 March 2025" in weekly[0].message["text"]


async def test_each_slot_goes_out_at_its_local_time(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    for hours in range(-6, 48, 3):
        stored = START + timedelta(days=1, hours=hours)
        await news.add(card(f"Kabar Berlin pukul {hours}", topics=["Berlin"]), stored_at=stored)
    await subscribe(sessions, 405, topics=["Berlin"], timezone="Europe/Berlin", sandbox=sandbox)
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(405, schedule="twice", second_time="19:00")
    moments = []
    moment = START + timedelta(days=1)  # Saturday: CET before the night, CEST after it
    while moment < START + timedelta(days=3):
        report = await deliver_due(sessions, bot, at=moment, settings=settings, owner="cron")
        if report.sent:
            moments.append(_local(moment))
        moment += timedelta(minutes=15)
    assert moments == [
        (date(2025, 3, 29), "07:00"),
        (date(2025, 3, 29), "19:00"),
        (date(2025, 3, 30), "07:00"),
        (date(2025, 3, 30), "19:00"),
    ]


async def test_silent_digests_arrive_without_a_sound(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    morning = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)
    await news.add(card("Kabar Rusia", topics=["Rusia"]), stored_at=morning - timedelta(hours=1))
    await subscribe(sessions, 406, topics=["Rusia"], sandbox=sandbox)
    await subscribe(sessions, 407, topics=["Rusia"], sandbox=sandbox)
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(406, silent=True)
    await deliver_due(sessions, bot, at=morning, settings=settings, owner="cron")
    assert [e.silent for e in sandbox.sent_messages(406)] == [True]
    assert [e.silent for e in sandbox.sent_messages(407)] == [False]


async def test_a_weekly_digest_holds_the_best_of_its_week(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    monday = datetime(2025, 6, 30, 0, 0, tzinfo=UTC)  # 07:00 WIB on a Monday
    await news.add(
        card("Kabar Rusia lima hari lalu", topics=["Rusia"]), stored_at=monday - timedelta(days=5)
    )
    await news.add(
        card("Kabar Rusia kemarin", topics=["Rusia"]), stored_at=monday - timedelta(days=1)
    )
    await subscribe(sessions, 408, topics=["Rusia"], sandbox=sandbox)
    await subscribe(sessions, 409, topics=["Rusia"], sandbox=sandbox)
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(408, schedule="weekly", weekly_day=0)
    await deliver_due(sessions, bot, at=monday, settings=settings, owner="cron")
    weekly = sandbox.sent_messages(408)[0].message["text"]
    daily = sandbox.sent_messages(409)[0].message["text"]
    assert "lima hari lalu" in weekly and "kemarin" in weekly
    assert "lima hari lalu" not in daily and "kemarin" in daily
