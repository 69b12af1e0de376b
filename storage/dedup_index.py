"""Look-ups that find earlier copies and earlier tellings of a story."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from digest.tag import topic_key
from storage.models import Article, ArticleBand, ArticleTopic, Topic

MAX_CANDIDATES = 20


class DuplicateIndex:
    """MinHash LSH bands and topic overlap, within the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_bands(self, article_id: int, bands: Sequence[int]) -> None:
        """Index an article's LSH band hashes."""
        if bands:
            await self.session.execute(
                insert(ArticleBand),
                [{"article_id": article_id, "band": i, "hash": h} for i, h in enumerate(bands)],
            )

    async def band_matches(self, bands: Sequence[int]) -> list[int]:
        """Ids of stored articles sharing at least one band hash, most shared first."""
        if not bands:
            return []
        matches: dict[int, int] = {}
        rows = await self.session.execute(
            select(ArticleBand.article_id, ArticleBand.band, ArticleBand.hash).where(
                ArticleBand.hash.in_(set(bands))
            )
        )
        for article_id, band, value in rows.all():
            if band < len(bands) and bands[band] == value:
                matches[article_id] = matches.get(article_id, 0) + 1
        ranked = sorted(matches, key=lambda i: (-matches[i], i))
        return ranked[:MAX_CANDIDATES]

    async def sharing_topics(
        self, topics: Sequence[str], *, since: datetime, minimum: int = 2
    ) -> list[int]:
        """Ids of articles stored since `since` that share `minimum` of these topics."""
        keys = {topic_key(t) for t in topics} - {""}
        if len(keys) < minimum:
            return []
        shared = func.count(ArticleTopic.topic_id)
        rows = await self.session.execute(
            select(ArticleTopic.article_id)
            .join(Topic, Topic.id == ArticleTopic.topic_id)
            .join(Article, Article.id == ArticleTopic.article_id)
            .where(Topic.key.in_(keys), Article.stored_at >= since)
            .group_by(ArticleTopic.article_id)
            .having(shared >= minimum)
            .order_by(shared.desc(), ArticleTopic.article_id.desc())
            .limit(MAX_CANDIDATES)
        )
        return [article_id for (article_id,) in rows.all()]
