"""Feeds kabar polls: queries only, the caller owns the transaction."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Article, Feed


@dataclass(frozen=True, slots=True)
class FeedView:
    """A feed with its polling state and how many articles it brought."""

    id: int
    url: str
    title: str | None
    active: bool
    etag: str | None
    last_modified: str | None
    last_polled_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    error_count: int
    next_poll_at: datetime | None
    articles: int = 0


def _view(row: Feed, articles: int = 0) -> FeedView:
    return FeedView(
        id=row.id,
        url=row.url,
        title=row.title,
        active=row.active,
        etag=row.etag,
        last_modified=row.last_modified,
        last_polled_at=row.last_polled_at,
        last_success_at=row.last_success_at,
        last_error=row.last_error,
        error_count=row.error_count,
        next_poll_at=row.next_poll_at,
        articles=articles,
    )


class FeedRepository:
    """Reads and writes feeds within the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, url: str, title: str | None, now: datetime) -> tuple[FeedView, bool]:
        """Store a feed (re-activating a removed one); returns (view, was it new)."""
        row = await self.session.scalar(select(Feed).where(Feed.url == url))
        created = row is None or not row.active
        if row is None:
            row = Feed(url=url, title=title, active=True, created_at=now, next_poll_at=now)
            self.session.add(row)
        else:
            row.active = True
            row.title = title or row.title
        await self.session.flush()
        return _view(row), created

    async def list(self) -> list[FeedView]:
        """Active feeds with their article counts, oldest first."""
        counts = (
            select(Article.feed_id, func.count().label("n")).group_by(Article.feed_id).subquery()
        )
        rows = await self.session.execute(
            select(Feed, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.feed_id == Feed.id)
            .where(Feed.active.is_(True))
            .order_by(Feed.id)
        )
        return [_view(feed, int(n)) for feed, n in rows.all()]

    async def remove(self, feed_id: int) -> bool:
        """Stop polling a feed (its articles stay); False when there was no such feed."""
        row = await self.session.get(Feed, feed_id)
        if row is None or not row.active:
            return False
        row.active = False
        await self.session.flush()
        return True

    async def due(self, now: datetime, limit: int = 50) -> builtins.list[FeedView]:
        """Active feeds whose next poll time has come."""
        rows = await self.session.scalars(
            select(Feed)
            .where(
                Feed.active.is_(True), (Feed.next_poll_at.is_(None)) | (Feed.next_poll_at <= now)
            )
            .order_by(Feed.next_poll_at)
            .limit(limit)
        )
        return [_view(row) for row in rows]

    async def record_poll(
        self,
        feed_id: int,
        *,
        now: datetime,
        next_poll_at: datetime,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        title: str | None = None,
    ) -> None:
        """Save the outcome of one poll: success resets the error count, failure bumps it."""
        row = await self.session.get(Feed, feed_id)
        if row is None:
            return
        row.last_polled_at = now
        row.next_poll_at = next_poll_at
        if error is None:
            row.last_success_at = now
            row.last_error = None
            row.error_count = 0
            row.etag = etag or row.etag
            row.last_modified = last_modified or row.last_modified
            row.title = title or row.title
        else:
            row.last_error = error
            row.error_count += 1
        await self.session.flush()

    async def count(self) -> int:
        """Number of active feeds."""
        return int(
            await self.session.scalar(
                select(func.count()).select_from(Feed).where(Feed.active.is_(True))
            )
            or 0
        )
