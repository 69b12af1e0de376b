"""SIGKILL a delivery process mid-pass, run it again: everyone gets exactly one digest."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sandbox.server import SandboxServer
from storage.models import Delivery, Subscriber
from tests.delivery.conftest import MORNING, News, card, subscribe

READERS = 24


async def _start_pass(database_url: str, api_url: str, at: str) -> asyncio.subprocess.Process:
    """`kabar deliver --at AT --json`, exactly as cron would run it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env.update(
        KABAR_DATABASE_URL=database_url,
        KABAR_TELEGRAM_API_URL=api_url,
        KABAR_BOT_TOKEN="123456:crash-test",
        KABAR_SEND_RATE="200",
    )
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "deliver", "--at", at, "--json",
        # Not the checkout's root, where an operator's .env would fill in unset settings.
        cwd=Path(__file__).parent, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def _received(sandbox: SandboxServer, chat_id: int) -> int:
    return sum(1 for e in sandbox.sent_messages(chat_id) if e.kind == "sent")


async def test_killed_pass_then_rerun_never_delivers_a_digest_twice(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    news: News,
    sandbox: SandboxServer,
) -> None:
    await news.add(card("Kabar Rusia", topics=["Rusia"]), stored_at=MORNING - timedelta(hours=1))
    readers = [
        await subscribe(sessions, 700 + n, topics=["Rusia"], sandbox=sandbox)
        for n in range(READERS)
    ]
    sandbox.delay("sendMessage", 0.15)

    first = await _start_pass(database_url, sandbox.url, MORNING.isoformat())
    # Poll the sandbox's request log: it has no event for "n requests seen".
    for _ in range(1500):
        if len(sandbox.calls("sendMessage")) >= 6:
            break
        await asyncio.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    await first.wait()
    await asyncio.sleep(0.4)  # requests already on the wire still reach "Telegram"
    delivered_before = sum(_received(sandbox, r.chat_id) for r in readers)
    assert 0 < delivered_before < READERS

    sandbox.delay("sendMessage", 0)
    later = (MORNING + timedelta(minutes=6)).isoformat()  # the dead pass's leases ran out
    second = await _start_pass(database_url, sandbox.url, later)
    stdout, stderr = await asyncio.wait_for(second.communicate(), 60)
    assert second.returncode == 0, stderr.decode()[-2000:]
    report = json.loads(stdout.decode().splitlines()[-1])

    received = {r.chat_id: _received(sandbox, r.chat_id) for r in readers}
    async with sessions() as session:
        status_by_chat = dict(
            (
                await session.execute(
                    select(Subscriber.chat_id, Delivery.status).join(
                        Delivery, Delivery.subscriber_id == Subscriber.id
                    )
                )
            ).all()
        )
    # Nobody gets two. A send cut off by the kill before it fully reached Telegram may
    # be lost: it is `uncertain`, never resent blindly, and visible to the operator.
    assert max(received.values()) == 1, received
    assert set(status_by_chat) == set(received)
    for chat_id, count in received.items():
        assert status_by_chat[chat_id] in ("sent", "uncertain"), (chat_id, status_by_chat)
        if count == 0:
            assert status_by_chat[chat_id] == "uncertain", (chat_id, received)
    lost = sum(1 for count in received.values() if count == 0)
    assert lost <= 1, f"{lost} digests lost to one kill: the in-flight window is too wide"
    assert report["sent"] == READERS - delivered_before - lost
    statuses = list(status_by_chat.values())
    assert statuses.count("uncertain") == report["uncertain"]
