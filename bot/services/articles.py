"""Article use cases: ingest (parse → dedup → store in one transaction), look-ups and search."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digest.card import make_card
from digest.dedup import (
    canonical_url,
    content_hash,
    is_near_duplicate,
    lsh_bands,
    minhash,
    same_story,
    simhash,
    story_minhash,
)
from digest.model import ArticleRejected, Card
from storage.articles import ArticleRepository, DuplicateArticle, StoredArticle
from storage.dedup_index import DuplicateIndex
from storage.search import SearchPage, search_articles

log = logging.getLogger(__name__)

Status = Literal["new", "duplicate", "rejected"]
STORY_WINDOW = timedelta(hours=72)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one ingested item."""

    status: Status
    id: int | None = None
    reason: str | None = None
    headline: str | None = None
    card: Card | None = None

    def to_json(self) -> dict[str, object]:
        """The `kabar ingest --json` object for this item."""
        return {
            "id": self.id,
            "status": self.status,
            "reason": self.reason,
            "headline": self.headline,
        }


def prepare_card(
    raw: str | bytes, *, url: str | None = None, content_type: str | None = None
) -> Card | IngestResult:
    """Parse raw input into a card, or a rejected result that says why."""
    try:
        return make_card(raw, url=url, content_type=content_type)
    except ArticleRejected as exc:
        return IngestResult("rejected", reason=str(exc))


async def ingest_article(
    sessions: async_sessionmaker[AsyncSession],
    raw: str | bytes,
    *,
    now: datetime,
    url: str | None = None,
    content_type: str | None = None,
    feed_id: int | None = None,
) -> IngestResult:
    """Parse, deduplicate and store one article; one transaction."""
    prepared = prepare_card(raw, url=url, content_type=content_type)
    if isinstance(prepared, IngestResult):
        return prepared
    return await store_card(sessions, prepared, now=now, feed_id=feed_id)


async def store_card(
    sessions: async_sessionmaker[AsyncSession],
    card: Card,
    *,
    now: datetime,
    feed_id: int | None = None,
) -> IngestResult:
    """Store a parsed card unless it duplicates one already stored."""
    canonical = canonical_url(card.url) if card.url else None
    digest_hash = content_hash(card.headline, card.body)
    signature = minhash(card.body)
    bands = lsh_bands(signature)
    try:
        async with sessions.begin() as session:
            repo = ArticleRepository(session)
            index = DuplicateIndex(session)
            duplicate = await _find_duplicate(repo, index, canonical, digest_hash, signature, bands)
            if duplicate is not None:
                existing, why = duplicate
                return IngestResult(
                    "duplicate", id=existing, reason=why, headline=card.headline, card=card
                )
            story_id = await _find_story(repo, index, card, now)
            article_id = await repo.add(
                card,
                content_hash=digest_hash,
                canonical_url=canonical,
                stored_at=now,
                feed_id=feed_id,
                fingerprint=simhash(card.body),
                story_id=story_id,
            )
            await DuplicateIndex(session).add_bands(article_id, bands)
    except (IntegrityError, DuplicateArticle):
        # Another writer stored the same text between our check and our insert.
        async with sessions.begin() as session:
            existing_id = await ArticleRepository(session).id_by_content_hash(digest_hash)
        return IngestResult(
            "duplicate",
            id=existing_id,
            reason="same text as an article stored moments ago",
            headline=card.headline,
            card=card,
        )
    return IngestResult("new", id=article_id, headline=card.headline, card=card)


async def _find_duplicate(
    repo: ArticleRepository,
    index: DuplicateIndex,
    canonical: str | None,
    digest_hash: str,
    signature: tuple[int, ...],
    bands: tuple[int, ...],
) -> tuple[int, str] | None:
    if canonical is not None:
        found = await repo.id_by_canonical_url(canonical)
        if found is not None:
            return found, f"same link as #{found}"
    found = await repo.id_by_content_hash(digest_hash)
    if found is not None:
        return found, f"same text as #{found}"
    for candidate in await repo.get_many(await index.band_matches(bands)):
        if is_near_duplicate(signature, minhash(candidate.card.body)):
            return candidate.id, f"nearly the same text as #{candidate.id}"
    return None


async def _find_story(
    repo: ArticleRepository, index: DuplicateIndex, card: Card, now: datetime
) -> int | None:
    """The story cluster this card joins: a recent article telling the same story."""
    if not card.topics:
        return None
    # Outside a few days, similar wording is more often a new event (the next landslide
    # on the same railway line) than the same story.
    signature = story_minhash(card.headline, card.body)
    recent = await index.sharing_topics(card.topics, since=now - STORY_WINDOW)
    for candidate in await repo.get_many(recent):
        if same_story(signature, story_minhash(candidate.card.headline, candidate.card.body)):
            return candidate.story_id or candidate.id
    return None


async def get_article(
    sessions: async_sessionmaker[AsyncSession], article_id: int
) -> StoredArticle | None:
    """One stored article by id."""
    async with sessions.begin() as session:
        return await ArticleRepository(session).get(article_id)


async def delete_article(sessions: async_sessionmaker[AsyncSession], article_id: int) -> bool:
    """Delete an article; False when there was none with that id."""
    async with sessions.begin() as session:
        return await ArticleRepository(session).delete(article_id)


async def latest_articles(
    sessions: async_sessionmaker[AsyncSession], limit: int = 5
) -> list[StoredArticle]:
    """The most recently stored articles."""
    async with sessions.begin() as session:
        return await ArticleRepository(session).latest(limit)


async def search(
    sessions: async_sessionmaker[AsyncSession], query: str, *, limit: int = 5, offset: int = 0
) -> SearchPage:
    """Full-text search over stored articles; any text is accepted as plain words."""
    async with sessions.begin() as session:
        return await search_articles(session, query, limit=limit, offset=offset)
