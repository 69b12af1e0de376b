"""SIGKILL a delivery process mid-pass, run it again: everyone gets exactly one digest."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sandbox.server import SandboxServer
from storage.models import Delivery
from tests.delivery.conftest import MORNING, News, card, subscribe

ROOT = Path(__file__).resolve().parents[2]
READERS = 24


async def _start_pass(
    database_url: str, api_url: str, at: str, owner: str
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.delivery.run_pass", database_url, api_url, at, owner,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def _received(sandbox: SandboxServer, chat_id: int) -> int:
    return sum(1 for e in sandbox.sent_messages(chat_id) if e.kind == "sent")


async def test_killed_pass_then_rerun_delivers_each_digest_exactly_once(
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

    first = await _start_pass(database_url, sandbox.url, MORNING.isoformat(), "doomed")
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
    second = await _start_pass(database_url, sandbox.url, later, "survivor")
    stdout, stderr = await asyncio.wait_for(second.communicate(), 60)
    assert second.returncode == 0, stderr.decode()[-2000:]
    report = json.loads(stdout.decode().splitlines()[-1])

    assert [_received(sandbox, r.chat_id) for r in readers] == [1] * READERS
    assert report["sent"] == READERS - delivered_before
    async with sessions() as session:
        statuses = dict(
            (
                await session.execute(
                    select(Delivery.status, func.count()).group_by(Delivery.status)
                )
            ).all()
        )
    # Rows whose send was in flight at the kill are `uncertain`: delivered, never resent.
    assert statuses.get("sent", 0) + statuses.get("uncertain", 0) == READERS
    assert statuses.get("uncertain", 0) == report["uncertain"]
