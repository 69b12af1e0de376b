"""Feeds kabar polls: queries only, the caller owns the transaction."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select, update
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
    # The feed's own <ttl> / sy:updatePeriod, as last read.
    update_period: timedelta | None = None
    failing_since: datetime | None = None
    failure_reported_at: datetime | None = None


class FeedAlert(StrEnum):
    """What the admins are to be told after a poll: the feed has been failing, or is back."""

    FAILING = "failing"
    RECOVERED = "recovered"


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
        update_period=(
            timedelta(seconds=row.update_period_seconds)
            if row.update_period_seconds is not None
            else None
        ),
        failing_since=row.failing_since,
        failure_reported_at=row.failure_reported_at,
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
        update_period: timedelta | None = None,
        report_failing_after: timedelta | None = None,
    ) -> FeedAlert | None:
        """Save the outcome of one poll: success resets the error count, failure bumps it.

        Returns the alert this poll calls for, at most once per outage whatever the number of
        processes polling: FAILING once the feed has failed for `report_failing_after`, and
        RECOVERED at the first success after a FAILING.
        """
        row = await self.session.get(Feed, feed_id)
        if row is None:
            return None
        row.last_polled_at = now
        row.next_poll_at = next_poll_at
        if error is None:
            row.last_success_at = now
            row.last_error = None
            row.error_count = 0
            row.failing_since = None
            row.etag = etag or row.etag
            row.last_modified = last_modified or row.last_modified
            row.title = title or row.title
            if update_period is not None:
                row.update_period_seconds = int(update_period.total_seconds())
        else:
            row.last_error = error
            row.error_count += 1
            row.failing_since = row.failing_since or now
        await self.session.flush()
        if error is None:
            claimed = (
                update(Feed)
                .where(Feed.failure_reported_at.is_not(None))
                .values(failure_reported_at=None)
            )
            alert = FeedAlert.RECOVERED
        elif report_failing_after is not None:
            claimed = (
                update(Feed)
                .where(
                    Feed.failure_reported_at.is_(None),
                    Feed.failing_since <= now - report_failing_after,
                )
                .values(failure_reported_at=now)
            )
            alert = FeedAlert.FAILING
        else:
            return None
        # A conditional UPDATE: of several processes recording polls, one gets the row.
        result = await self.session.execute(
            claimed.where(Feed.id == feed_id).execution_options(synchronize_session=False)
        )
        return alert if getattr(result, "rowcount", 0) == 1 else None

    async def count(self) -> int:
        """Number of active feeds."""
        return int(
            await self.session.scalar(
                select(func.count()).select_from(Feed).where(Feed.active.is_(True))
            )
            or 0
        )
