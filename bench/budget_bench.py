"""Shared send budget and recovery: 1, 2 and 3 `kabar deliver` processes on one token.

Run: .venv/bin/python -m bench.budget_bench [--subscribers 300] [--rate 20] [--backend both]

Each process is a real `kabar deliver` (its own OS process, limiter and connections) against
one database and one fake Bot API (kabar's sandbox, in this process, which timestamps every
sendMessage). Reported: the achieved rate of all processes together against
KABAR_SEND_RATE, and, after a `kill -9` of one process mid-pass and a second pass started
right after, the seconds from the kill to the last digest, with every digest counted.
PostgreSQL: KABAR_BENCH_POSTGRES_URL, else a throwaway local cluster (as search_bench).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.search_bench import postgres_cluster
from bot.sandbox.server import SandboxServer
from digest.model import Card
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.subscribers import SubscriberRepository

TOKEN = "424242:bench-token"
# 07:00 WIB: every subscriber's digest is due.
AT = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)
KABAR = str(Path(sys.executable).with_name("kabar"))


async def _prepare(url: str, subscribers: int, server: SandboxServer) -> None:
    await upgrade(url)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    async with sessions.begin() as session:
        card = Card(
            headline="Kabar Rusia hari ini",
            body=("Kabar Rusia hari ini, kata pejabat.", "Lanjutan berita."),
            summary=("Kabar Rusia hari ini, kata pejabat.",),
            topics=("Rusia",),
        )
        await ArticleRepository(session).add(
            card, content_hash="bench", stored_at=AT - timedelta(hours=1)
        )
        repo = SubscriberRepository(session)
        for chat in range(1, subscribers + 1):
            server.user(chat)
            await repo.register(
                chat,
                "private",
                timezone="Asia/Jakarta",
                digest_time="07:00",
                now=AT - timedelta(days=1),
            )
    await engine.dispose()


def _env(url: str, server: SandboxServer, rate: int) -> dict[str, str]:
    return {
        **os.environ,
        "KABAR_DATABASE_URL": url,
        "KABAR_BOT_TOKEN": TOKEN,
        "KABAR_TELEGRAM_API_URL": server.url,
        "KABAR_SEND_RATE": str(rate),
    }


async def _deliver(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        KABAR, "deliver", "--at", AT.isoformat(), env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip


def _sends(server: SandboxServer) -> list[float]:
    return sorted(r.time for r in server.calls("sendMessage"))


async def rate_run(url: str, processes: int, subscribers: int, rate: int) -> dict[str, float]:
    """All processes at once on fresh data: their combined rate."""
    server = SandboxServer()
    await server.start()
    try:
        await _prepare(url, subscribers, server)
        env = _env(url, server, rate)
        started = [await _deliver(env) for _ in range(processes)]
        await asyncio.gather(*(p.wait() for p in started))
        sends = _sends(server)
    finally:
        await server.stop()
    achieved = (len(sends) - 1) / (sends[-1] - sends[0])
    return {"processes": processes, "sent": len(sends), "rate": achieved, "ratio": achieved / rate}


async def recovery_run(url: str, subscribers: int, rate: int) -> dict[str, float]:
    """Kill one pass mid-way; a second pass starts right after, as cron's next run would."""
    server = SandboxServer()
    await server.start()
    try:
        await _prepare(url, subscribers, server)
        env = _env(url, server, rate)
        victim = await _deliver(env)
        quarter = subscribers // 4
        await server.state.wait_for(lambda: len(_sends(server)) >= quarter or None, 120)
        victim.send_signal(signal.SIGKILL)
        killed = time.time()
        await victim.wait()
        sent_before = len(_sends(server))
        await (await _deliver(env)).wait()
        sends = _sends(server)
        chats = {int(r.params["chat_id"]) for r in server.calls("sendMessage")}
    finally:
        await server.stop()
    return {
        "sent_before_kill": sent_before,
        "digests_reached": len(chats),
        "messages": len(sends),
        "seconds_kill_to_last": sends[-1] - killed,
        "seconds_of_sending_left": (subscribers - sent_before) / rate,
    }


async def run_backend(name: str, urls: list[str], args: argparse.Namespace) -> None:
    """Three rate runs (1, 2, 3 processes) and a recovery run, each on a fresh database."""
    for processes, url in zip((1, 2, 3), urls, strict=False):
        result = await rate_run(url, processes, args.subscribers, args.rate)
        print(f"{name} rate: " + ", ".join(f"{k}={v:,.2f}" for k, v in result.items()), flush=True)
    result = await recovery_run(urls[3], args.subscribers, args.rate)
    print(f"{name} recovery: " + ", ".join(f"{k}={v:,.2f}" for k, v in result.items()), flush=True)


def main() -> None:
    """Run the rate and recovery measurements on SQLite and/or PostgreSQL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=300)
    parser.add_argument("--rate", type=int, default=20)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="kabar-budget-"))
    if args.backend in ("sqlite", "both"):
        urls = [f"sqlite+aiosqlite:///{workdir / f'b{n}.db'}" for n in range(4)]
        asyncio.run(run_backend("sqlite", urls, args))
    if args.backend in ("postgresql", "both"):
        with postgres_cluster() as base:
            if base is None:
                print("postgresql: no server found, skipped", flush=True)
                return
            asyncio.run(run_backend("postgresql", [_fresh_pg(base, n) for n in range(4)], args))


def _fresh_pg(base: str, n: int) -> str:
    """A new database on the cluster for each run (created with CREATE DATABASE)."""
    import asyncpg

    async def create() -> None:
        server = base.replace("postgresql+asyncpg://", "postgresql://")
        connection = await asyncpg.connect(server)
        try:
            await connection.execute(f"CREATE DATABASE kabar_budget_{n}")
        finally:
            await connection.close()

    asyncio.run(create())
    return base.rsplit("/", 1)[0] + f"/kabar_budget_{n}"


if __name__ == "__main__":
    main()
