"""Admin use cases: pushing articles from any source, feeds and statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.feeds import FEED_TYPES
from bot.services.fetch import FetchError, SafeFetcher
from bot.services.ingest import IngestResult, ingest_article
from bot.services.sources import is_url
from digest.dedup import canonical_url
from digest.feeds import FeedError, parse_feed
from digest.problems import Problem
from storage.feeds import FeedRepository, FeedView
from storage.stats import Stats, collect_stats


async def push_text(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    text: str,
    *,
    now: datetime,
) -> IngestResult:
    """Store an article from pasted text, or from the page a lone URL points to."""
    candidate = text.strip()
    if is_url(candidate) and len(candidate.split()) == 1:
        return await push_url(sessions, fetcher, candidate, now=now)
    return await ingest_article(sessions, candidate, now=now)


async def push_url(
    sessions: async_sessionmaker[AsyncSession], fetcher: SafeFetcher, url: str, *, now: datetime
) -> IngestResult:
    """Fetch a page safely and store its article."""
    try:
        page = await fetcher.fetch(url)
    except FetchError as exc:
        return IngestResult.explained("rejected", exc.problem)
    return await ingest_article(
        sessions, page.raw, now=now, url=page.url, content_type=page.content_type
    )


@dataclass(frozen=True, slots=True)
class FeedAddOutcome:
    """What /feed_add did."""

    status: Literal["added", "exists", "rejected"]
    feed: FeedView | None = None
    problem: Problem | None = None

    @property
    def reason(self) -> str | None:
        """Why it was rejected, in English."""
        return str(self.problem) if self.problem else None


async def add_feed(
    sessions: async_sessionmaker[AsyncSession], fetcher: SafeFetcher, url: str, *, now: datetime
) -> FeedAddOutcome:
    """Check that the URL is an RSS or Atom feed, then store it for polling."""
    if not is_url(url):
        return FeedAddOutcome("rejected", problem=Problem("feed_scheme"))
    try:
        page = await fetcher.fetch(url, accept=FEED_TYPES)
        parsed = parse_feed(page.raw, base_url=page.url)
    except (FetchError, FeedError) as exc:
        return FeedAddOutcome("rejected", problem=exc.problem)
    async with sessions.begin() as session:
        feed, created = await FeedRepository(session).add(canonical_url(url), parsed.title, now)
    return FeedAddOutcome("added" if created else "exists", feed=feed)


async def list_feeds(sessions: async_sessionmaker[AsyncSession]) -> list[FeedView]:
    """Active feeds with their polling state."""
    async with sessions.begin() as session:
        return await FeedRepository(session).list()


async def remove_feed(sessions: async_sessionmaker[AsyncSession], feed_id: int) -> bool:
    """Stop polling a feed."""
    async with sessions.begin() as session:
        return await FeedRepository(session).remove(feed_id)


async def stats(sessions: async_sessionmaker[AsyncSession], *, now: datetime) -> Stats:
    """Counts for /stats; "today" is the UTC day of `now`."""
    day_start = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
    async with sessions.begin() as session:
        return await collect_stats(session, day_start=day_start)
