"""The running bot delivers due digests by itself, once."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.app import build_application, running
from bot.sandbox.server import SandboxServer
from bot.settings import Settings
from storage.db import upgrade
from tests.bot.conftest import TOKEN, Kabar, joined_yesterday


async def test_bot_sends_the_due_digest_once(tmp_path: Path, seed_text: str) -> None:
    server = SandboxServer()
    url = await server.start()
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}",
        telegram_api_url=url,
        timezone="UTC",
        digest_time="00:00",  # today's digest time has passed, whatever the hour
        send_rate=1000,
        heartbeat_file=str(tmp_path / "heartbeat"),
    )
    await upgrade(settings.database_url)
    kabar = Kabar(server, settings)
    await kabar.ingest(seed_text)
    application = build_application(settings, token=TOKEN, api_url=url, job_interval=0.5)
    try:
        async with running(application, poll_timeout=1):
            reader = kabar.user(5001, language_code="en")
            await reader.send("/start")
            assert "Hi" in (await reader.wait_reply()).text
            # Today's 00:00 passed before the reader came: the first digest is tomorrow's.
            await asyncio.sleep(2)  # several passes run meanwhile
            assert len(reader.replies) == 1
            await joined_yesterday(settings.database_url, 5001)
            digest = await reader.wait_reply(timeout=15)
            assert "Vladimir Putin Sebut" in digest.text
            assert digest.text.startswith("Your news digest")  # the reader's Telegram language
            await asyncio.sleep(2)  # several more passes run meanwhile
            assert sum("Vladimir Putin Sebut" in m.text for m in reader.replies) == 1
            assert (tmp_path / "heartbeat").exists()
    finally:
        await server.stop()
