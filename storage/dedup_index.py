"""Look-ups that find earlier copies and earlier tellings of a story, for a batch at once."""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import insert, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Article, ArticleBand, ArticleSignature, ArticleTopic, Topic

# Enough rows per statement to amortise the round trip, few enough for any driver's
# bound-parameter limit (two parameters per band pair).
_CHUNK = 500
T = TypeVar("T")


def pack_signature(signature: Sequence[int]) -> bytes:
    """Signed 64-bit MinHash values as little-endian bytes."""
    return struct.pack(f"<{len(signature)}q", *signature)


def unpack_signature(data: bytes) -> tuple[int, ...]:
    """The inverse of pack_signature."""
    return struct.unpack(f"<{len(data) // 8}q", data)


def _chunks(values: Sequence[T], size: int = _CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class DuplicateIndex:
    """Band hashes, signatures and topic overlap, within the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(
        self,
        rows: Sequence[tuple[int, Sequence[int], Sequence[int], Sequence[int]]],
    ) -> None:
        """Index (article id, LSH bands, near signature, story signature) for each article."""
        if not rows:
            return
        bands: list[dict[str, Any]] = [
            {"article_id": article_id, "band": i, "hash": h}
            for article_id, article_bands, _, _ in rows
            for i, h in enumerate(article_bands)
        ]
        for chunk in _chunks(bands):
            await self.session.execute(insert(ArticleBand), list(chunk))
        signatures: list[dict[str, Any]] = [
            {"article_id": a, "near": pack_signature(near), "story": pack_signature(story)}
            for a, _, near, story in rows
        ]
        for chunk in _chunks(signatures):
            await self.session.execute(insert(ArticleSignature), list(chunk))

    async def ids_by_content_hash(self, hashes: Sequence[str]) -> dict[str, int]:
        """Stored article ids by content hash, for the hashes that are stored."""
        found: dict[str, int] = {}
        for chunk in _chunks(list(set(hashes))):
            rows = await self.session.execute(
                select(Article.content_hash, Article.id).where(Article.content_hash.in_(chunk))
            )
            found.update({h: i for h, i in rows.all()})
        return found

    async def ids_by_canonical_url(self, urls: Sequence[str]) -> dict[str, int]:
        """Stored article ids by canonical URL, for the URLs that are stored."""
        found: dict[str, int] = {}
        for chunk in _chunks(list(set(urls))):
            rows = await self.session.execute(
                select(Article.canonical_url, Article.id).where(Article.canonical_url.in_(chunk))
            )
            found.update({u: i for u, i in rows.all() if u is not None})
        return found

    async def band_matches(
        self, pairs: Sequence[tuple[int, int]]
    ) -> dict[tuple[int, int], list[int]]:
        """Article ids per (band, hash) pair; looked up through the (band, hash) index."""
        found: dict[tuple[int, int], list[int]] = {}
        for chunk in _chunks(list(set(pairs))):
            rows = await self.session.execute(
                select(ArticleBand.band, ArticleBand.hash, ArticleBand.article_id).where(
                    tuple_(ArticleBand.band, ArticleBand.hash).in_(chunk)
                )
            )
            for band, value, article_id in rows.all():
                found.setdefault((band, value), []).append(article_id)
        return found

    async def signatures(
        self, ids: Sequence[int]
    ) -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
        """(near, story) signatures of stored articles, by id."""
        found: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        for chunk in _chunks(list(set(ids))):
            rows = await self.session.execute(
                select(
                    ArticleSignature.article_id, ArticleSignature.near, ArticleSignature.story
                ).where(ArticleSignature.article_id.in_(chunk))
            )
            for article_id, near, story in rows.all():
                found[article_id] = (unpack_signature(near), unpack_signature(story))
        return found

    async def articles_with_topics(
        self, keys: Sequence[str], *, since: datetime
    ) -> dict[int, tuple[set[str], str | None, int | None]]:
        """Articles stored since `since` carrying any of these topic keys.

        Returns, by article id: the matching keys, the article's source and its story id.
        """
        found: dict[int, tuple[set[str], str | None, int | None]] = {}
        for chunk in _chunks(list(set(keys))):
            rows = await self.session.execute(
                select(ArticleTopic.article_id, Topic.key, Article.source, Article.story_id)
                .join(Topic, Topic.id == ArticleTopic.topic_id)
                .join(Article, Article.id == ArticleTopic.article_id)
                .where(Topic.key.in_(chunk), Article.stored_at >= since)
            )
            for article_id, key, source, story_id in rows.all():
                entry = found.setdefault(article_id, (set(), source, story_id))
                entry[0].add(key)
        return found
