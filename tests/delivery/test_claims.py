"""Claims follow the sender: what a killed pass had claimed is delivered by the next pass
as soon as its short lease runs out, never twice; a live pass's claims are left alone."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ExtBot

from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due
from bot.settings import Settings
from storage.ledger import DeliveryLedger
from storage.models import Delivery
from tests.delivery.conftest import MORNING, News, card, subscribe

SHORT = timedelta(seconds=1.2)


async def _readers(sessions, news: News, sandbox: SandboxServer, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    await news.add(card("Kabar Rusia", topics=["Rusia"]), stored_at=MORNING - timedelta(hours=1))
    chats = list(range(601, 601 + count))
    for chat in chats:
        await subscribe(sessions, chat, topics=["Rusia"], sandbox=sandbox)
    return chats


async def test_claims_a_killed_pass_left_are_sent_once_when_its_lease_ends(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    chats = await _readers(sessions, news, sandbox, 6)
    # A pass that created the rows, claimed four and died before sending any.
    first = await deliver_due(
        sessions, bot, at=MORNING - timedelta(hours=2), settings=settings, owner="early"
    )
    assert first.due == 0
    async with sessions.begin() as session:
        ledger = DeliveryLedger(session)
        await ledger.create_pending([(i, MORNING.date(), 0) for i in range(1, 7)], MORNING)
        held = await ledger.claim("killed", MORNING, MORNING + SHORT, MORNING.date(), limit=4)
    assert len(held) == 4
    started = time.monotonic()
    report = await deliver_due(
        sessions, bot, at=MORNING, settings=settings, owner="next", lease=SHORT
    )
    waited = time.monotonic() - started
    assert report.sent == 6, report
    assert SHORT.total_seconds() * 0.8 <= waited < SHORT.total_seconds() * 4
    assert all(len(sandbox.sent_messages(chat)) == 1 for chat in chats)


async def test_a_live_passs_claims_are_not_taken(
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
    bot: ExtBot[None],
    settings: Settings,
) -> None:
    chats = await _readers(sessions, news, sandbox, 30)
    slow = settings.model_copy(update={"send_rate": 10})
    passes = await asyncio.gather(
        deliver_due(sessions, bot, at=MORNING, settings=slow, owner="a", lease=SHORT),
        deliver_due(sessions, bot, at=MORNING, settings=slow, owner="b", lease=SHORT),
    )
    assert sum(p.sent for p in passes) == 30
    assert all(len(sandbox.sent_messages(chat)) == 1 for chat in chats)
    async with sessions() as session:
        statuses = set(await session.scalars(select(Delivery.status)))
    assert statuses == {"sent"}
