"""The delivery pass against the sandbox Bot API over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.ext import ExtBot

from bot.sandbox.server import SandboxServer
from bot.services.delivery import PassReport, deliver_due
from bot.services.delivery_bot import build_delivery_bot
from bot.settings import Settings
from storage.ledger import DeliveryLedger
from storage.models import Delivery
from storage.subscribers import SubscriberRepository
from tests.delivery.conftest import MORNING, TOKEN, News, card, subscribe

HOUR = timedelta(hours=1)
FAST = (0.01, 0.02, 0.04)


async def _pass(
    sessions: async_sessionmaker[AsyncSession],
    bot: Bot,
    settings: Settings,
    at: datetime = MORNING,
    owner: str = "pass-a",
) -> PassReport:
    return await deliver_due(
        sessions, bot, at=at, settings=settings, owner=owner, retry_delays=FAST
    )


def _texts(sandbox: SandboxServer, chat_id: int) -> list[str]:
    return [e.message.get("text", "") for e in sandbox.sent_messages(chat_id) if e.kind == "sent"]


async def _row(sessions: async_sessionmaker[AsyncSession], subscriber_id: int) -> Delivery:
    async with sessions() as session:
        found = await session.scalar(
            select(Delivery).where(Delivery.subscriber_id == subscriber_id)
        )
    assert found is not None
    return found


async def _some_news(news: News, topic: str = "Rusia", count: int = 1) -> None:
    for n in range(count):
        await news.add(
            card(f"Kabar {topic} nomor {n}", topics=[topic]), stored_at=MORNING - (n + 1) * HOUR
        )


async def test_a_pass_sends_each_due_digest_once(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news)
    due = [await subscribe(sessions, c, topics=["Rusia"], sandbox=sandbox) for c in (11, 12, 13)]
    later = await subscribe(sessions, 14, topics=["Rusia"], digest_time="09:00", sandbox=sandbox)
    paused = await subscribe(sessions, 15, topics=["Rusia"], sandbox=sandbox)
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(paused.chat_id, paused=True)

    report = await _pass(sessions, bot, settings)
    assert (report.due, report.sent, report.messages) == (3, 3, 3)
    for reader in due:
        texts = _texts(sandbox, reader.chat_id)
        assert len(texts) == 1 and "Kabar Rusia nomor 0" in texts[0]
    assert _texts(sandbox, later.chat_id) == [] and _texts(sandbox, paused.chat_id) == []

    again = await _pass(sessions, bot, settings, at=MORNING + 10 * timedelta(minutes=1))
    assert (again.due, again.sent) == (0, 0)
    assert sum(len(_texts(sandbox, r.chat_id)) for r in due) == 3
    row = await _row(sessions, due[0].id)
    assert row.status == "sent" and row.parts_sent == 1 and row.sent_at is not None

    at_nine = MORNING + 2 * HOUR
    assert (await _pass(sessions, bot, settings, at=at_nine)).sent == 1
    assert len(_texts(sandbox, later.chat_id)) == 1


async def test_nothing_new_sends_nothing_and_records_empty(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news, topic="Persija")
    reader = await subscribe(sessions, 21, topics=["Rusia"], sandbox=sandbox)
    report = await _pass(sessions, bot, settings)
    assert report.empty == 1 and report.sent == 0
    assert _texts(sandbox, reader.chat_id) == []
    assert (await _row(sessions, reader.id)).status == "empty"


async def test_articles_already_received_are_not_sent_the_next_day(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news, count=2)
    reader = await subscribe(sessions, 22, topics=["Rusia"], sandbox=sandbox)
    await _pass(sessions, bot, settings)
    await news.add(card("Kabar Rusia terbaru", topics=["Rusia"]), stored_at=MORNING + 5 * HOUR)
    await _pass(sessions, bot, settings, at=MORNING + 24 * HOUR)
    first, second = _texts(sandbox, reader.chat_id)
    assert "Kabar Rusia nomor 1" in first and "Kabar Rusia nomor 1" not in second
    assert "Kabar Rusia terbaru" in second


async def test_429_storm_delivers_everything_exactly_once(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news)
    readers = [
        await subscribe(sessions, 100 + c, topics=["Rusia"], sandbox=sandbox) for c in range(12)
    ]
    sandbox.inject(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 1",
        retry_after=1, times=5,
    )  # fmt: skip
    report = await _pass(sessions, bot, settings)
    assert report.sent == 12
    assert [len(_texts(sandbox, r.chat_id)) for r in readers] == [1] * 12
    assert len(sandbox.calls("sendMessage")) == 12 + 5  # each refused send retried once


async def test_blocked_user_is_marked_and_never_retried(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news)
    reader = await subscribe(sessions, 31, topics=["Rusia"], sandbox=sandbox)
    gone = await subscribe(sessions, 32, topics=["Rusia"])  # no chat in the sandbox
    sandbox.block(reader.chat_id)
    report = await _pass(sessions, bot, settings)
    assert report.failed == 2
    async with sessions() as session:
        repo = SubscriberRepository(session)
        assert (await repo.get(reader.chat_id)).blocked  # type: ignore[union-attr]
        assert (await repo.get(gone.chat_id)).blocked  # type: ignore[union-attr]
    assert (await _row(sessions, reader.id)).status == "failed"
    calls = len(sandbox.calls("sendMessage"))
    await _pass(sessions, bot, settings, at=MORNING + 30 * timedelta(minutes=1))
    await _pass(sessions, bot, settings, at=MORNING + 24 * HOUR)
    assert len(sandbox.calls("sendMessage")) == calls


async def test_migrated_group_gets_its_digest_at_the_new_id(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news)
    group = await subscribe(sessions, -4001, topics=["Rusia"], chat_type="group", sandbox=sandbox)
    sandbox.migrate(-4001, -1004001)
    report = await _pass(sessions, bot, settings)
    assert report.sent == 1
    assert len(_texts(sandbox, -1004001)) == 1 and _texts(sandbox, -4001) == []
    async with sessions() as session:
        moved = await SubscriberRepository(session).get(-1004001)
    assert moved is not None and moved.id == group.id and moved.chat_type == "supergroup"


async def test_timed_out_send_is_uncertain_and_never_resent(
    sessions, news: News, sandbox: SandboxServer, settings: Settings
) -> None:
    await _some_news(news)
    reader = await subscribe(sessions, 41, topics=["Rusia"], sandbox=sandbox)
    impatient = build_delivery_bot(TOKEN, api_url=sandbox.url, send_rate=500, read_timeout=0.3)
    await impatient.initialize()
    try:
        sandbox.delay("sendMessage", 0.8)
        report = await _pass(sessions, impatient, settings)
        assert report.uncertain == 1
        row = await _row(sessions, reader.id)
        assert row.status == "uncertain" and "timed out" in (row.error or "")
        await asyncio.sleep(0.8)  # Telegram got it after all
        sandbox.delay("sendMessage", 0)
        again = await _pass(sessions, impatient, settings, at=MORNING + HOUR)
        assert again.sent == 0
    finally:
        await impatient.shutdown()
    assert len(_texts(sandbox, reader.chat_id)) == 1


async def test_network_errors_are_retried_then_left_for_the_next_pass(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news)
    lucky = await subscribe(sessions, 51, topics=["Rusia"], sandbox=sandbox)
    sandbox.inject("sendMessage", error_code=502, description="Bad Gateway", chat_id=51, times=2)
    assert (await _pass(sessions, bot, settings)).sent == 1
    assert len(_texts(sandbox, lucky.chat_id)) == 1

    unlucky = await subscribe(sessions, 52, topics=["Rusia"], sandbox=sandbox)
    sandbox.inject("sendMessage", error_code=502, description="Bad Gateway", chat_id=52, times=4)
    report = await _pass(sessions, bot, settings)
    assert report.skipped == 1 and _texts(sandbox, unlucky.chat_id) == []
    row = await _row(sessions, unlucky.id)
    assert row.status == "pending" and "network" in (row.error or "")
    assert (await _pass(sessions, bot, settings, at=MORNING + HOUR)).sent == 1
    assert len(_texts(sandbox, unlucky.chat_id)) == 1


async def test_a_long_digest_arrives_in_order_in_several_parts(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    long_summary = ["Pemerintah menjelaskan kebijakan baru itu. " * 25]
    for n in range(8):
        await news.add(
            card(f"Kebijakan nomor {n}", topics=["Kebijakan"], summary=long_summary),
            stored_at=MORNING - (n + 1) * HOUR,
        )
    reader = await subscribe(sessions, 61, topics=["Kebijakan"], sandbox=sandbox)
    report = await _pass(sessions, bot, settings)
    texts = _texts(sandbox, reader.chat_id)
    assert report.sent == 1 and report.messages == len(texts) >= 2
    positions = [
        next(i for i, t in enumerate(texts) if f"Kebijakan nomor {n}" in t) for n in range(8)
    ]
    assert positions == sorted(positions)
    assert (await _row(sessions, reader.id)).parts_sent == len(texts)


async def test_an_expired_claim_resumes_after_the_last_part_known_sent(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    long_summary = ["Pemerintah menjelaskan kebijakan baru itu. " * 25]
    for n in range(8):
        await news.add(
            card(f"Kebijakan nomor {n}", topics=["Kebijakan"], summary=long_summary),
            stored_at=MORNING - (n + 1) * HOUR,
        )
    resumed = await subscribe(sessions, 71, topics=["Kebijakan"], sandbox=sandbox)
    in_doubt = await subscribe(sessions, 72, topics=["Kebijakan"], sandbox=sandbox)
    # A pass that died: it had sent part 1 to one reader, and was mid-request to the other.
    async with sessions.begin() as session:
        ledger = DeliveryLedger(session)
        await ledger.create_pending(
            [(resumed.id, MORNING.date(), 0), (in_doubt.id, MORNING.date(), 0)], MORNING
        )
        lease = MORNING + timedelta(minutes=5)
        rows = await ledger.claim("dead", MORNING, lease, MORNING.date(), limit=2)
        assert len(rows) == 2
        stories = [[i] for i in range(8, 0, -1)]
        await ledger.record_digests({row.id: stories for row in rows}, "dead", lease)
        for row in rows:
            await ledger.record_part(row.id, "dead", 1, lease)
        assert await ledger.mark_sending_many([rows[-1].id], "dead", lease) == {rows[-1].id}
    report = await _pass(sessions, bot, settings, at=MORNING + timedelta(minutes=6))
    assert (report.sent, report.uncertain) == (1, 1)
    texts = _texts(sandbox, resumed.chat_id)
    assert texts and "Kebijakan nomor 0" not in texts[0]  # part 1 is not sent again
    assert any("Kebijakan nomor 0" in t for t in texts)
    assert _texts(sandbox, in_doubt.chat_id) == []
    assert (await _row(sessions, in_doubt.id)).status == "uncertain"


async def test_two_concurrent_passes_send_each_digest_once(
    sessions, news: News, sandbox: SandboxServer, settings: Settings
) -> None:
    await _some_news(news)
    readers = [
        await subscribe(sessions, 200 + c, topics=["Rusia"], sandbox=sandbox) for c in range(30)
    ]
    sandbox.delay("sendMessage", 0.01)
    bots = [build_delivery_bot(TOKEN, api_url=sandbox.url, send_rate=500) for _ in range(2)]
    for each in bots:
        await each.initialize()
    try:
        first, second = await asyncio.gather(
            _pass(sessions, bots[0], settings, owner="machine-1"),
            _pass(sessions, bots[1], settings, owner="machine-2"),
        )
    finally:
        for each in bots:
            await each.shutdown()
    assert first.sent + second.sent == 30
    assert [len(_texts(sandbox, r.chat_id)) for r in readers] == [1] * 30


async def test_catch_up_sends_today_but_not_yesterday(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news)
    reader = await subscribe(sessions, 81, topics=["Rusia"], sandbox=sandbox)
    stale = await subscribe(sessions, 82, topics=["Rusia"], sandbox=sandbox)
    yesterday = (MORNING - 24 * HOUR).date()
    async with sessions.begin() as session:
        # Yesterday's row was created, then the bot went down before sending it.
        await DeliveryLedger(session).create_pending(
            [(stale.id, yesterday, 0)], MORNING - 24 * HOUR
        )
    at = datetime(2025, 7, 2, 5, 0, tzinfo=UTC)  # noon in Jakarta, five hours late
    report = await _pass(sessions, bot, settings, at=at)
    assert report.sent == 2
    assert len(_texts(sandbox, reader.chat_id)) == 1 and len(_texts(sandbox, stale.chat_id)) == 1
    async with sessions() as session:
        rows = await session.execute(
            select(Delivery.subscriber_id, Delivery.digest_day, Delivery.status)
        )
        status = {(subscriber, day): state for subscriber, day, state in rows.all()}
    assert status[(stale.id, yesterday)] == "failed"
    assert (reader.id, yesterday) not in status
    assert status[(reader.id, at.date())] == "sent"


async def test_changing_time_or_zone_after_the_digest_does_not_send_another(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    await _some_news(news, count=3)
    reader = await subscribe(sessions, 91, topics=["Rusia"], sandbox=sandbox)
    assert (await _pass(sessions, bot, settings)).sent == 1
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(reader.chat_id, digest_time="09:00")
    await news.add(card("Kabar Rusia siang", topics=["Rusia"]), stored_at=MORNING + HOUR)
    assert (await _pass(sessions, bot, settings, at=MORNING + 3 * HOUR)).sent == 0
    # Moving west puts the local date back to yesterday, whose digest time has passed.
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(
            reader.chat_id, timezone="Pacific/Honolulu", digest_time="07:00"
        )
    assert (await _pass(sessions, bot, settings, at=MORNING + 4 * HOUR)).sent == 0
    assert len(_texts(sandbox, reader.chat_id)) == 1
    # Honolulu's 2 July morning is covered by the digest already sent for 2 July...
    assert (
        await _pass(sessions, bot, settings, at=datetime(2025, 7, 2, 17, 0, tzinfo=UTC))
    ).sent == 0
    # ...and its 3 July morning is a new day: one digest.
    assert (
        await _pass(sessions, bot, settings, at=datetime(2025, 7, 3, 17, 0, tzinfo=UTC))
    ).sent == 1
    async with sessions() as session:
        days = (
            await session.scalars(
                select(Delivery.digest_day).where(Delivery.subscriber_id == reader.id)
            )
        ).all()
    assert sorted(d.isoformat() for d in days) == ["2025-07-02", "2025-07-03"]
    assert len(_texts(sandbox, reader.chat_id)) == 2


async def test_a_large_pass_loses_nothing_and_repeats_nothing_the_next_day(
    sessions, news: News, sandbox: SandboxServer, bot: ExtBot[None], settings: Settings
) -> None:
    # Enough readers that rows are claimed, recorded and committed many at a time.
    await _some_news(news, "Rusia", count=2)
    await _some_news(news, "Persija", count=2)
    topics = {300 + c: "Rusia" if c % 2 else "Persija" for c in range(150)}
    readers = [
        await subscribe(sessions, chat_id, topics=[topic], sandbox=sandbox)
        for chat_id, topic in topics.items()
    ]
    await subscribe(sessions, 499, topics=["Cuaca"], sandbox=sandbox)  # nothing new for them
    report = await _pass(sessions, bot, settings)
    assert (report.due, report.sent, report.empty, report.messages) == (151, 150, 1, 150)
    for reader in readers:
        texts = _texts(sandbox, reader.chat_id)
        assert len(texts) == 1 and f"Kabar {topics[reader.chat_id]} nomor 1" in texts[0]

    for topic in ("Rusia", "Persija"):
        await news.add(card(f"Kabar {topic} besok", topics=[topic]), stored_at=MORNING + 5 * HOUR)
    again = await _pass(sessions, bot, settings, at=MORNING + 24 * HOUR)
    assert again.sent == 150
    for reader in readers:
        _, second = _texts(sandbox, reader.chat_id)
        assert f"Kabar {topics[reader.chat_id]} besok" in second and "nomor" not in second
