"""A running kabar bot talking to the sandbox Bot API server over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from bot.app import build_application, running
from bot.context import KabarApplication
from bot.sandbox.client import SandboxUser
from bot.sandbox.server import SandboxServer
from bot.services.delivery import PassReport, deliver_due
from bot.services.delivery_bot import build_delivery_bot
from bot.services.ingest import IngestResult, ingest_article
from bot.settings import Settings
from storage.db import create_engine, create_sessionmaker, upgrade

ADMIN_ID = 42
TOKEN = "987654:TEST-token-that-must-never-be-logged"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_779917d36cb11d91.txt"


@dataclass
class Kabar:
    """The bot under test, its sandbox, and a way to store articles directly."""

    server: SandboxServer
    settings: Settings
    application: KabarApplication | None = None

    def user(self, user_id: int = 1001, **kwargs: object) -> SandboxUser:
        """A Telegram user chatting with the bot."""
        return self.server.user(user_id, **kwargs)  # type: ignore[arg-type]

    def admin(self, **kwargs: object) -> SandboxUser:
        """A user whose id is in KABAR_ADMIN_IDS."""
        return self.server.user(ADMIN_ID, first_name="Admin", **kwargs)  # type: ignore[arg-type]

    async def ingest(self, raw: str | bytes, *, now: datetime | None = None) -> IngestResult:
        """Store an article the way `kabar ingest` does."""
        engine = create_engine(self.settings.database_url)
        try:
            return await ingest_article(
                create_sessionmaker(engine), raw, now=now or datetime.now(UTC)
            )
        finally:
            await engine.dispose()

    async def deliver(self, at: datetime | None = None) -> PassReport:
        """One delivery pass at `at` (default now), as `kabar deliver` runs it."""
        bot = build_delivery_bot(TOKEN, api_url=self.server.url, send_rate=500, read_timeout=2)
        engine = create_engine(self.settings.database_url)
        await bot.initialize()
        try:
            return await deliver_due(
                create_sessionmaker(engine),
                bot,
                at=at or datetime.now(UTC),
                settings=self.settings,
                owner="test-pass",
            )
        finally:
            await bot.shutdown()
            await engine.dispose()


@pytest.fixture
async def kabar(tmp_path: Path) -> AsyncIterator[Kabar]:
    """kabar running with long polling against a fresh sandbox and a fresh SQLite file."""
    server = SandboxServer()
    url = await server.start()
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}",
        admin_ids=frozenset({ADMIN_ID}),
        telegram_api_url=url,
        language="id",
        send_rate=1000,
    )
    await upgrade(settings.database_url)
    application = build_application(settings, token=TOKEN, api_url=url, schedule_deliveries=False)
    try:
        async with running(application, poll_timeout=1):
            yield Kabar(server, settings, application)
    finally:
        await server.stop()


@pytest.fixture
def seed_text() -> str:
    """The seed article as copied from the web."""
    return SEED.read_text(encoding="utf-8")


async def joined_yesterday(database_url: str, chat_id: int) -> None:
    """Move a chat's registration back a day: today's digest time is then owed to it (a
    digest time that passed before a chat registered is not, so /start at 22:55 brings no
    digest until the next morning)."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "UPDATE subscribers SET created_at = datetime(created_at, '-1 day')"
                    " WHERE chat_id = :chat"
                ),
                {"chat": chat_id},
            )
    finally:
        await engine.dispose()


async def digest_due(database_url: str, chat_id: int) -> datetime:
    """Make a chat's digest owed a minute from now, whatever the hour, and return a moment just
    after it for the delivery pass: the chat registered a day ago and its digest time is the
    next minute in its own zone (a fixed time such as 06:15 is not yet due in Jakarta for part
    of every day)."""
    now = datetime.now(UTC)
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            zone = await connection.scalar(
                text("SELECT timezone FROM subscribers WHERE chat_id = :chat"), {"chat": chat_id}
            )
            due = (now + timedelta(minutes=1)).astimezone(ZoneInfo(zone)).strftime("%H:%M")
            await connection.execute(
                text("UPDATE subscribers SET digest_time = :due WHERE chat_id = :chat"),
                {"due": due, "chat": chat_id},
            )
    finally:
        await engine.dispose()
    await joined_yesterday(database_url, chat_id)
    return now + timedelta(minutes=2)
