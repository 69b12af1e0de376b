"""Breaking alerts: three outlets on a followed story, once, capped, quiet at night."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ExtBot

from bot.sandbox.server import SandboxServer
from bot.services.alerts import send_alerts
from bot.services.delivery import deliver_due
from bot.settings import Settings
from digest.mutes import parse_mute
from storage.subscribers import SubscriberRepository
from tests.delivery.conftest import MORNING, News, card, subscribe

# 10:00 WIB, the digest having gone out at 07:00.
LATE_MORNING = MORNING + timedelta(hours=3)
OUTLETS = ("Kompas", "Detik", "Tempo", "Antara")


async def _story(
    news: News, story: int, outlets: tuple[str, ...], *, last_at: datetime, topic: str = "Rusia"
) -> list[int]:
    ids = []
    for n, outlet in enumerate(outlets):
        stored = last_at - timedelta(minutes=20 * (len(outlets) - 1 - n))
        item = card(f"{topic} dan {outlet}: kabar {story} ke-{n}", topics=[topic], source=outlet)
        ids.append(await news.add(item, stored_at=stored, story_id=story))
    return ids


async def _reader(
    sessions: async_sessionmaker[AsyncSession], sandbox: SandboxServer, chat: int, **change: object
) -> None:
    await subscribe(sessions, chat, topics=["Rusia"], sandbox=sandbox)
    async with sessions.begin() as session:
        await SubscriberRepository(session).update(chat, alerts=True, **change)


def _texts(sandbox: SandboxServer, chat: int) -> list[str]:
    return [e.message.get("text", "") for e in sandbox.sent_messages(chat) if e.kind == "sent"]


async def test_three_outlets_on_a_followed_story_alert_once_and_leave_the_digest(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    ids = await _story(news, 41, OUTLETS[:3], last_at=LATE_MORNING)
    await _reader(sessions, sandbox, 801)
    await subscribe(sessions, 802, topics=["Rusia"], sandbox=sandbox)  # alerts off
    assert await send_alerts(sessions, bot, at=LATE_MORNING, settings=settings) == 1
    (alert,) = _texts(sandbox, 801)
    assert "Breaking" in alert and "3 outlets: Kompas, Detik, Tempo" in alert
    assert f"#{ids[0]}" in alert
    assert _texts(sandbox, 802) == []
    # Never twice, whoever runs the next pass.
    assert (
        await send_alerts(sessions, bot, at=LATE_MORNING + timedelta(minutes=1), settings=settings)
        == 0
    )
    # The next morning's digest does not repeat the story; the other reader's has it.
    tomorrow = MORNING + timedelta(days=1)
    await news.add(
        card("Kabar Rusia lain", topics=["Rusia"]), stored_at=tomorrow - timedelta(hours=1)
    )
    await deliver_due(sessions, bot, at=tomorrow, settings=settings, owner="cron")
    digest = _texts(sandbox, 801)[-1]
    assert "Kabar Rusia lain" in digest and "kabar 41" not in digest
    assert "kabar 41" in _texts(sandbox, 802)[-1]


async def test_no_alert_without_three_outlets_a_follow_or_freshness(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    await _story(news, 51, OUTLETS[:2], last_at=LATE_MORNING)
    await _story(news, 52, ("Kompas", "Kompas", "kompas"), last_at=LATE_MORNING)
    await _story(news, 53, OUTLETS[:3], last_at=LATE_MORNING, topic="Bola")
    # Broke two hours ago: the digest tells it, not an alert.
    await _story(news, 54, OUTLETS[:3], last_at=LATE_MORNING - timedelta(hours=2))
    await _reader(sessions, sandbox, 811)
    assert await send_alerts(sessions, bot, at=LATE_MORNING, settings=settings) == 0


async def test_quiet_at_night_capped_by_day_and_muted_words_hold(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    night = MORNING + timedelta(hours=16)  # 23:00 WIB
    await _story(news, 61, OUTLETS[:3], last_at=night)
    await _reader(sessions, sandbox, 821)
    assert await send_alerts(sessions, bot, at=night, settings=settings) == 0
    for story in (71, 72, 73, 74):
        await _story(news, story, OUTLETS, last_at=LATE_MORNING)
    assert await send_alerts(sessions, bot, at=LATE_MORNING, settings=settings) == 3
    assert len(_texts(sandbox, 821)) == 3
    # A reader who muted the story's words hears nothing of it.
    await _reader(sessions, sandbox, 822)
    mute = parse_mute("Tempo")
    assert mute is not None
    async with sessions.begin() as session:
        repo = SubscriberRepository(session)
        reader = await repo.get(822)
        assert reader is not None
        await repo.mute(reader.id, mute, LATE_MORNING)
    assert await send_alerts(sessions, bot, at=LATE_MORNING, settings=settings) == 0
