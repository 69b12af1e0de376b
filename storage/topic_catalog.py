"""Look-ups over known topics: by key, by id, and the names to suggest from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from digest.tag import GENERIC_TOPIC_KEYS
from storage.models import ArticleTopic, Topic


@dataclass(frozen=True, slots=True)
class TopicView:
    """A known topic: its id, matching key and display name."""

    id: int
    key: str
    name: str


class TopicCatalog:
    """Reads the topics table within the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_key(self, key: str) -> TopicView | None:
        """The topic with exactly this key."""
        row = await self.session.scalar(select(Topic).where(Topic.key == key))
        return TopicView(row.id, row.key, row.name) if row else None

    async def by_id(self, topic_id: int) -> TopicView | None:
        """The topic with this id."""
        row = await self.session.get(Topic, topic_id)
        return TopicView(row.id, row.key, row.name) if row else None

    async def most_used(self, limit: int = 2000) -> list[TopicView]:
        """Topics ordered by how many articles carry them, for suggestions.

        Places nearly every story names ("Indonesia", "Jakarta") come after the specific
        topics, however often they occur: a reader looking for something to follow is
        better served by "Persib" or "Sri Mulyani" first.
        """
        uses = func.count(ArticleTopic.article_id)
        generic = case((Topic.key.in_(sorted(GENERIC_TOPIC_KEYS)), 1), else_=0)
        rows = await self.session.execute(
            select(Topic.id, Topic.key, Topic.name)
            .join(ArticleTopic, ArticleTopic.topic_id == Topic.id)
            .group_by(Topic.id, Topic.key, Topic.name)
            .order_by(generic, uses.desc(), Topic.key)
            .limit(limit)
        )
        return [TopicView(i, k, n) for i, k, n in rows.all()]
