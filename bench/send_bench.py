"""Send rate against the sandbox Bot API: paced bot alone, or full delivery passes.

Run: .venv/bin/python -m bench.send_bench [--rate 25] [--messages 750] [--inject-429 5]
     [--mode limiter|pass] [--database-url postgresql+asyncpg://user@host/throwaway]
`limiter` sends one message to each of N chats through KabarRateLimiter; `pass` runs
deliver_due over N subscribers so ledger writes are included: on a temporary SQLite
file, or on the given database, which must have no subscribers yet. Both build the bot
and the pass as `kabar deliver` does, so the worker and connection counts follow --rate.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due, delivery_workers
from bot.services.delivery_bot import build_delivery_bot
from bot.settings import Settings
from digest.model import Card
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.models import Subscriber

AT = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)
TOKEN = "123456:bench"
FIRST_CHAT = 1_000_000


async def _limiter_run(url: str, rate: float, messages: int) -> float:
    bot = build_delivery_bot(TOKEN, api_url=url, send_rate=rate)
    await bot.initialize()
    try:
        start = time.perf_counter()
        await asyncio.gather(
            *(bot.send_message(FIRST_CHAT + n, f"digest {n}") for n in range(messages))
        )
        return time.perf_counter() - start
    finally:
        await bot.shutdown()


async def _pass_run(api_url: str, rate: float, messages: int, url: str) -> float:
    await upgrade(url)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    async with sessions.begin() as session:
        if await session.scalar(select(func.count()).select_from(Subscriber)):
            raise SystemExit(f"{url} already has subscribers: give send_bench a throwaway database")
        card = Card(headline="Kabar pagi", body=("Isi.",), summary=("Ringkasan.",), source="Kompas")
        await ArticleRepository(session).add(
            card, content_hash="x", stored_at=AT - timedelta(hours=1)
        )
        await session.execute(
            insert(Subscriber),
            [
                {"chat_id": FIRST_CHAT + n, "chat_type": "private", "language": "id",
                 "timezone": "Asia/Jakarta", "digest_time": "07:00", "created_at": AT}
                for n in range(messages)
            ],
        )  # fmt: skip
    settings = Settings(_env_file=None, database_url=url, send_rate=rate)  # type: ignore[call-arg]
    bot = build_delivery_bot(TOKEN, api_url=api_url, send_rate=rate)
    await bot.initialize()
    try:
        start = time.perf_counter()
        report = await deliver_due(sessions, bot, at=AT, settings=settings, owner="bench")
        elapsed = time.perf_counter() - start
    finally:
        await bot.shutdown()
        await engine.dispose()
    print(f"pass report: {report}")
    return elapsed


async def serve_sandbox(messages: int, inject: int) -> None:
    """Child process: run the sandbox, print its URL, and on stdin EOF print per-chat counts."""
    server = await _sandbox(messages, inject)
    print(server.url, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    counts = [len(server.sent_messages(FIRST_CHAT + n)) for n in range(messages)]
    print(json.dumps(counts), flush=True)
    await server.stop()


async def _sandbox(messages: int, inject: int) -> SandboxServer:
    server = SandboxServer()
    await server.start()
    for n in range(messages):
        server.user(FIRST_CHAT + n)
    if inject:
        for n in range(inject):
            # Spread the 429s through the run rather than all on the first sends.
            target = FIRST_CHAT + (n + 1) * messages // (inject + 1)
            server.inject(
                "sendMessage", error_code=429, description="Too Many Requests: retry after 1",
                retry_after=1, chat_id=target,
            )  # fmt: skip
    return server


async def run(
    rate: float, messages: int, inject: int, mode: str, database_url: str | None = None
) -> None:
    """Send `messages` messages at `rate` with `inject` 429s and report the achieved rate."""
    # The sandbox runs in its own process so it does not share one core with the sender.
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.send_bench", "--serve", "--messages", str(messages),
        "--inject-429", str(inject), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None and child.stdin is not None
    url = (await child.stdout.readline()).decode().strip()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if mode == "pass":
                database = database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'send.db'}"
                elapsed = await _pass_run(url, rate, messages, database)
            else:
                elapsed = await _limiter_run(url, rate, messages)
    finally:
        child.stdin.close()
        counts = json.loads((await child.stdout.readline()).decode() or "[]")
        await child.wait()
    lost, doubled = counts.count(0), sum(1 for c in counts if c > 1)
    # n messages at rate r need (n - 1) / r seconds between the first and the last.
    achieved = (messages - 1) / elapsed
    backend = (database_url or "sqlite").split(":")[0] if mode == "pass" else "-"
    print(f"mode={mode} send_rate={rate:g}/s messages={messages} injected_429={inject} "
          f"workers={delivery_workers(rate)} database={backend}")  # fmt: skip
    print(f"elapsed {elapsed:.2f} s, achieved {achieved:.1f} msg/s = {achieved / rate:.3f} "
          f"of send_rate; lost={lost} doubled={doubled}")  # fmt: skip


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=25.0)
    parser.add_argument("--messages", type=int, default=750)
    parser.add_argument("--inject-429", type=int, default=5)
    parser.add_argument("--mode", choices=("limiter", "pass"), default="pass")
    parser.add_argument("--database-url", help="a throwaway database for --mode pass")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve_sandbox(args.messages, args.inject_429))
    else:
        asyncio.run(run(args.rate, args.messages, args.inject_429, args.mode, args.database_url))


if __name__ == "__main__":
    main()
