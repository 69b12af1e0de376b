"""Run one delivery pass in its own process (for the crash test): URL, API URL, ISO time."""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import asdict
from datetime import datetime

from bot.services.delivery import build_delivery_bot, deliver_due
from bot.settings import Settings
from storage.db import create_engine, create_sessionmaker


async def main(database_url: str, api_url: str, at: str, owner: str) -> None:
    """Deliver everything due at `at` and print the pass report as JSON."""
    settings = Settings(_env_file=None, database_url=database_url, send_rate=200)  # type: ignore[call-arg]
    engine = create_engine(database_url)
    bot = build_delivery_bot("123456:crash-test", api_url=api_url, send_rate=200)
    await bot.initialize()
    try:
        report = await deliver_due(
            create_sessionmaker(engine),
            bot,
            at=datetime.fromisoformat(at),
            settings=settings,
            owner=owner,
            concurrency=3,
        )
    finally:
        await bot.shutdown()
        await engine.dispose()
    print(json.dumps(asdict(report)), flush=True)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
