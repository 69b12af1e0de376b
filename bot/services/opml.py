"""Register the feeds of an OPML subscription list (`kabar ingest subscriptions.opml`)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.fetch import SafeFetcher
from digest.dedup import canonical_url
from digest.feeds import parse_opml
from storage.feeds import FeedRepository, FeedView

# Host look-ups under way at once while an OPML file's feeds are checked.
CHECKS_AT_ONCE = 16


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One outline of an OPML file: the feed it is stored as, or why it was refused."""

    url: str
    feed: FeedView | None
    created: bool = False
    reason: str | None = None


async def register_opml(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    content: bytes,
    *,
    now: datetime,
) -> list[OpmlFeed]:
    """Store every feed of an OPML file that /feed_add would accept; refuse the rest.

    The fetcher's own check refuses a link to a private or loopback address before any
    connection, as /feed_add does (unless KABAR_FETCH_ALLOW_PRIVATE). Raises FeedError when
    the file is not OPML.
    """
    subscriptions = parse_opml(content)
    # The same key /feed_add stores, so one feed added both ways is one row.
    keys = [canonical_url(url) for url, _ in subscriptions]
    limit = asyncio.Semaphore(CHECKS_AT_ONCE)

    async def refusal(link: tuple[str, str]) -> str | None:
        # The link as written, as /feed_add checks it, and the one polls will fetch.
        async with limit:
            url, key = link
            return await fetcher.refusal(url) or (
                await fetcher.refusal(key) if key != url else None
            )

    links = list(dict.fromkeys(zip((url for url, _ in subscriptions), keys, strict=True)))
    refused = dict(zip(links, await asyncio.gather(*map(refusal, links)), strict=True))
    outcomes: list[OpmlFeed] = []
    seen: dict[str, FeedView] = {}
    async with sessions.begin() as session:
        feeds = FeedRepository(session)
        for (url, title), key in zip(subscriptions, keys, strict=True):
            reason = refused[url, key]
            if reason is not None:
                outcomes.append(OpmlFeed(url, None, reason=reason))
            elif key in seen:
                # a second outline for the same feed (www., tracking query) must not rename it
                outcomes.append(OpmlFeed(url, seen[key]))
            else:
                view, created = await feeds.add(key, title, now)
                seen[key] = view
                outcomes.append(OpmlFeed(url, view, created))
    return outcomes
