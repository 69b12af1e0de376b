"""One send budget per token, shared through the database by every process sending for it."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import RetryAfter

from bot.pacing import KabarRateLimiter
from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due
from bot.services.delivery_bot import build_delivery_bot
from bot.settings import Settings
from storage.send_budget import SendBudgetStore, budget_key
from tests.delivery.conftest import MORNING, TOKEN, News, card, subscribe

RATE = 20


async def test_three_passes_together_keep_the_tokens_rate(
    sessions: async_sessionmaker[AsyncSession], news: News, sandbox: SandboxServer
) -> None:
    await news.add(card("Kabar Rusia", topics=["Rusia"]), stored_at=MORNING - timedelta(hours=1))
    chats = list(range(701, 791))
    for chat in chats:
        await subscribe(sessions, chat, topics=["Rusia"], sandbox=sandbox)
    settings = Settings(_env_file=None, send_rate=RATE)  # type: ignore[call-arg]
    bots = [build_delivery_bot(TOKEN, api_url=sandbox.url, send_rate=RATE) for _ in range(3)]
    for bot in bots:
        await bot.initialize()
        assert isinstance(bot.rate_limiter, KabarRateLimiter)
        # Each as its own process would: its own limiter, the token's one row.
        bot.rate_limiter.share(SendBudgetStore(sessions, budget_key(TOKEN)))
    try:
        reports = await asyncio.gather(
            *(
                deliver_due(sessions, bot, at=MORNING, settings=settings, owner=f"p{n}")
                for n, bot in enumerate(bots)
            )
        )
    finally:
        for bot in bots:
            await bot.shutdown()
    assert sum(r.sent for r in reports) == len(chats)
    assert all(len(sandbox.sent_messages(chat)) == 1 for chat in chats)
    moments = sorted(r.time for r in sandbox.calls("sendMessage"))
    achieved = (len(moments) - 1) / (moments[-1] - moments[0])
    assert achieved <= RATE * 1.05, achieved
    # Without the shared row the three would have sent at up to three times the rate.
    assert achieved >= RATE * 0.8, achieved


async def test_senders_share_the_budget_fairly(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    limiters = [KabarRateLimiter(RATE) for _ in range(3)]
    for limiter in limiters:
        limiter.share(SendBudgetStore(sessions, budget_key(TOKEN)))
    sent: list[tuple[float, int]] = []

    def sender(n: int) -> Any:
        async def send(*_: Any, **__: Any) -> bool:
            sent.append((time.monotonic(), n))
            return True

        return send

    started = time.monotonic()
    await asyncio.gather(
        *(
            limiter.process_request(sender(n), (), {}, "sendMessage", {"chat_id": chat}, None)
            for n, limiter in enumerate(limiters)
            for chat in range(n * 100, n * 100 + 15)
        )
    )
    elapsed = time.monotonic() - started
    assert len(sent) == 45 and elapsed >= 44 / RATE * 0.95
    # Turns go round: in the first half each sender had about a third of the sends,
    # none waited for another to finish first.
    first_half = [who for moment, who in sent if moment - started <= elapsed / 2]
    for n in range(3):
        assert first_half.count(n) >= len(first_half) / 5, (n, first_half)


async def test_a_pause_one_sender_records_holds_every_sender(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first = SendBudgetStore(sessions, budget_key(TOKEN))
    other = SendBudgetStore(sessions, budget_key(TOKEN))
    now = time.time()
    assert await other.reserve(1, RATE, now) <= now + 0.01
    await first.pause(now + 3)
    assert await other.reserve(1, RATE, now) >= now + 3
    # Another token's budget is its own.
    assert await SendBudgetStore(sessions, budget_key("999:x")).reserve(1, RATE, now) == now
    # The key names the bot, never its secret.
    assert "delivery-test-token" not in budget_key(TOKEN) and budget_key(TOKEN) == budget_key(
        "123456:another-secret"
    )


async def test_a_429_seen_by_one_limiter_slows_the_other(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    limiters = [KabarRateLimiter(RATE), KabarRateLimiter(RATE)]
    for limiter in limiters:
        limiter.share(SendBudgetStore(sessions, budget_key(TOKEN)))
    refused = asyncio.Event()

    async def too_fast(*_: Any, **__: Any) -> bool:
        if not refused.is_set():
            refused.set()
            raise RetryAfter(timedelta(seconds=1))  # type: ignore[arg-type]
        return True

    async def fine(*_: Any, **__: Any) -> bool:
        return True

    first = asyncio.create_task(
        limiters[0].process_request(too_fast, (), {}, "sendMessage", {"chat_id": 1}, None)
    )
    await refused.wait()
    await asyncio.sleep(0.1)  # the pause reaches the database
    started = time.monotonic()
    await limiters[1].process_request(fine, (), {}, "sendMessage", {"chat_id": 2}, None)
    assert time.monotonic() - started >= 0.7
    await first
