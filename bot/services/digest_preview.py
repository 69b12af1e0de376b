"""The digest a chat would get right now, for /digest and `kabar digest` (sends nothing)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.digests import Digest, build_digest
from bot.settings import Settings
from digest.rhythm import window_for
from storage.subscribers import SubscriberView


async def preview_digest(
    sessions: async_sessionmaker[AsyncSession],
    subscriber: SubscriberView | None,
    *,
    chat_id: int,
    at: datetime,
    settings: Settings,
) -> Digest:
    """Build the chat's digest as of `at`; an unregistered chat gets the top stories."""
    reader = subscriber or SubscriberView(
        id=0,
        chat_id=chat_id,
        chat_type="private",
        language=None,
        timezone=settings.timezone,
        digest_time=settings.digest_time,
        paused=False,
        blocked=False,
    )
    async with sessions.begin() as session:
        return await build_digest(
            session,
            reader,
            at=at,
            window=window_for(reader.schedule, timedelta(hours=settings.digest_window_hours)),
            max_items=settings.digest_max_items,
            default_language=settings.language,
        )
