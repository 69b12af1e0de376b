"""Fixtures for delivery tests: a sandbox Bot API server, a paced bot, people and news."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ExtBot

from bot.pacing import PacingArgs
from bot.sandbox.server import SandboxServer
from bot.services.delivery_bot import build_delivery_bot
from bot.settings import Settings
from digest.model import Card
from storage.articles import ArticleRepository
from storage.subscribers import SubscriberRepository, SubscriberView

TOKEN = "123456:delivery-test-token"
# 07:00 in Jakarta (UTC+7) on a plain weekday.
MORNING = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    """A fresh fake Bot API server."""
    server = SandboxServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def bot(sandbox: SandboxServer) -> AsyncIterator[ExtBot[PacingArgs]]:
    """A paced delivery bot talking to the sandbox (fast enough for tests)."""
    ext_bot = build_delivery_bot(TOKEN, api_url=sandbox.url, send_rate=500, read_timeout=2.0)
    await ext_bot.initialize()
    try:
        yield ext_bot
    finally:
        await ext_bot.shutdown()


@pytest.fixture
def settings() -> Settings:
    """Settings as a deployment would have them, independent of the environment."""
    return Settings(_env_file=None, send_rate=500)  # type: ignore[call-arg]


def card(
    headline: str,
    *,
    topics: Sequence[str] = (),
    source: str = "Kompas",
    summary: Sequence[str] = (),
    body_words: int = 60,
) -> Card:
    """A card as the parser would produce it, with a real-looking body."""
    sentences = tuple(summary) or (f"{headline}, kata pejabat setempat kepada wartawan.",)
    body = (" ".join(sentences), "Lanjutan berita. " * (body_words // 2))
    return Card(
        headline=headline,
        body=body,
        summary=sentences,
        source=source,
        topics=tuple(topics),
        published=None,
    )


@dataclass(frozen=True)
class News:
    """Stores articles into the test database."""

    sessions: async_sessionmaker[AsyncSession]

    async def add(self, item: Card, *, stored_at: datetime, story_id: int | None = None) -> int:
        """Store one card; returns its id."""
        digest = hashlib.sha256(f"{item.headline}|{item.source}|{stored_at}".encode()).hexdigest()
        async with self.sessions.begin() as session:
            return await ArticleRepository(session).add(
                item, content_hash=digest, stored_at=stored_at, story_id=story_id
            )


@pytest.fixture
def news(sessions: async_sessionmaker[AsyncSession]) -> News:
    """A helper to store articles."""
    return News(sessions)


async def subscribe(
    sessions: async_sessionmaker[AsyncSession],
    chat_id: int,
    *,
    topics: Sequence[str] = (),
    timezone: str = "Asia/Jakarta",
    digest_time: str = "07:00",
    chat_type: str = "private",
    language: str | None = "en",
    sandbox: SandboxServer | None = None,
) -> SubscriberView:
    """Register a subscriber (and its chat in the sandbox) with topic subscriptions."""
    from digest.tag import topic_key

    if sandbox is not None:
        sandbox.user(abs(chat_id), chat_type=chat_type, chat_id=chat_id)
    # Long before any digest a test delivers: a digest time before joining is not owed.
    created = datetime(2020, 1, 1, tzinfo=UTC)
    async with sessions.begin() as session:
        repo = SubscriberRepository(session)
        view, _ = await repo.register(
            chat_id, chat_type, timezone=timezone, digest_time=digest_time, now=created
        )
        if language:
            await repo.update(chat_id, language=language)
        for name in topics:
            await repo.subscribe(view.id, topic_key(name), name, created)
        found = await repo.get(chat_id)
    assert found is not None
    return found
