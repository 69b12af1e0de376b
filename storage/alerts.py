"""Breaking-alert queries: stories many outlets report, who wants alerts, the alert ledger.

An alert row is written before its message goes out (`sending`), under a unique
(subscriber, story) key: the process whose insert wins sends it, any other skips, and a
process that dies after the insert leaves `sending`, which is never sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, Article, Subscriber
from storage.search_index import dialect_name

SENDING, SENT, FAILED = "sending", "sent", "failed"


async def busy_stories(session: AsyncSession, since: datetime, outlets: int) -> list[int]:
    """Stories reported since `since` by at least `outlets` different sources."""
    result = await session.execute(
        select(Article.story_id)
        .where(
            Article.stored_at >= since,
            Article.story_id.is_not(None),
            Article.source.is_not(None),
        )
        .group_by(Article.story_id)
        .having(func.count(func.distinct(func.lower(Article.source))) >= outlets)
    )
    return [int(story) for (story,) in result.all() if story is not None]


async def story_article_ids(session: AsyncSession, stories: Sequence[int]) -> list[int]:
    """Every article of these stories."""
    if not stories:
        return []
    result = await session.scalars(select(Article.id).where(Article.story_id.in_(stories)))
    return list(result)


async def alert_readers(session: AsyncSession) -> list[int]:
    """Subscribers with /alerts on that receive digests (not paused, not blocked)."""
    result = await session.scalars(
        select(Subscriber.id).where(
            Subscriber.alerts.is_(True),
            Subscriber.paused.is_(False),
            Subscriber.blocked_at.is_(None),
        )
    )
    return list(result)


async def alerted(
    session: AsyncSession, subscriber_ids: Sequence[int]
) -> dict[int, list[tuple[int, datetime]]]:
    """Each subscriber's alerts so far as (story, when), newest last."""
    found: dict[int, list[tuple[int, datetime]]] = {}
    if not subscriber_ids:
        return found
    result = await session.execute(
        select(Alert.subscriber_id, Alert.story_id, Alert.created_at)
        .where(Alert.subscriber_id.in_(list(subscriber_ids)))
        .order_by(Alert.created_at)
    )
    for subscriber_id, story, when in result.all():
        found.setdefault(subscriber_id, []).append((story, when))
    return found


async def take(
    session: AsyncSession, subscriber_id: int, story_id: int, now: datetime
) -> int | None:
    """Claim the one alert about this story for this subscriber; None if it exists."""
    insert = sqlite_insert if dialect_name(session) == "sqlite" else postgresql_insert
    return await session.scalar(
        insert(Alert)
        .values(subscriber_id=subscriber_id, story_id=story_id, status=SENDING, created_at=now)
        .on_conflict_do_nothing(index_elements=["subscriber_id", "story_id"])
        .returning(Alert.id)
    )


async def finish(session: AsyncSession, alert_id: int, status: str) -> None:
    """Record how the alert's send ended."""
    await session.execute(update(Alert).where(Alert.id == alert_id).values(status=status))
