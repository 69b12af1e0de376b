"""Ingest: parse and fingerprint off the database, then deduplicate and store in one transaction."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import chain
from typing import Any, Literal

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.metrics import CARD_SECONDS
from digest.card import make_card
from digest.dedup import (
    canonical_url,
    fingerprints,
    is_near_duplicate,
    lsh_bands,
    same_story,
)
from digest.model import ArticleRejected, Card
from digest.problems import Problem
from digest.tag import topic_key
from storage.articles import ArticleRepository, NewArticle
from storage.dedup_index import DuplicateIndex
from storage.models import Article
from storage.search_index import IndexTerms, index_terms

log = logging.getLogger(__name__)

Status = Literal["new", "duplicate", "rejected"]
STORY_WINDOW = timedelta(hours=72)
MAX_STORY_CANDIDATES = 20


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What happened to one ingested item."""

    status: Status
    id: int | None = None
    reason: str | None = None
    headline: str | None = None
    card: Card | None = None
    # `reason` in every language, when kabar gave it (the bot answers in the reader's).
    problem: Problem | None = None

    @classmethod
    def explained(cls, status: Status, problem: Problem, **fields: Any) -> IngestResult:
        """A result whose reason is a problem: `reason` holds its English text."""
        return cls(status, reason=str(problem), problem=problem, **fields)

    def reason_in(self, language: str) -> str | None:
        """Why, in a language: the problem's text, else the reason as given."""
        return self.problem.text(language) if self.problem else self.reason

    def to_json(self) -> dict[str, object]:
        """The `kabar ingest --json` object for this item."""
        return {
            "id": self.id,
            "status": self.status,
            "reason": self.reason,
            "headline": self.headline,
        }


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """A parsed card with everything duplicate detection needs, computed off the database."""

    card: Card
    canonical_url: str | None
    content_hash: str
    near: tuple[int, ...]
    bands: tuple[int, ...]
    story: tuple[int, ...]
    entity_keys: frozenset[str]  # topic keys of its people, places, organisations
    terms: IndexTerms  # the search index form: stemming is the costliest part of storing


def fingerprint_card(card: Card) -> PreparedArticle:
    """Hashes and MinHash signatures of a card (pure CPU work)."""
    found = fingerprints(card.headline, card.body)
    return PreparedArticle(
        card=card,
        canonical_url=canonical_url(card.url) if card.url else None,
        content_hash=found.content_hash,
        near=found.near,
        bands=lsh_bands(found.near),
        story=found.story,
        entity_keys=frozenset(
            key for t in card.topics if t != card.category and (key := topic_key(t))
        ),
        terms=index_terms(card),
    )


def prepare_article(
    raw: str | bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    image: str | None = None,
) -> PreparedArticle | IngestResult:
    """Parse and fingerprint one input, or say why it was rejected; pure, so it can run
    in a worker process. `image` (a feed item's picture) is kept when the page names none."""
    try:
        with CARD_SECONDS.time():
            card = make_card(raw, url=url, content_type=content_type)
            if card.image is None and image is not None:
                card = replace(card, image=image)
    except ArticleRejected as exc:
        return IngestResult.explained("rejected", exc.problem)
    except Exception as exc:
        log.exception("parser failed on %s", url or "an input")
        return IngestResult.explained(
            "rejected", Problem("unreadable", {"error": type(exc).__name__})
        )
    return fingerprint_card(card)


async def ingest_article(
    sessions: async_sessionmaker[AsyncSession],
    raw: str | bytes,
    *,
    now: datetime,
    url: str | None = None,
    content_type: str | None = None,
    feed_id: int | None = None,
    image: str | None = None,
) -> IngestResult:
    """Parse, deduplicate and store one article; one transaction."""
    prepared = prepare_article(raw, url=url, content_type=content_type, image=image)
    if isinstance(prepared, IngestResult):
        return prepared
    return (await store_articles(sessions, [prepared], now=now, feed_id=feed_id))[0]


async def store_articles(
    sessions: async_sessionmaker[AsyncSession],
    items: Sequence[PreparedArticle],
    *,
    now: datetime,
    feed_id: int | None = None,
) -> list[IngestResult]:
    """Store a batch of prepared articles in one transaction, skipping duplicates of what
    is stored and of each other; results come back in input order."""
    try:
        return await _store_in_transaction(sessions, items, now, feed_id)
    except IntegrityError:
        # Another writer stored the same text or link between our check and our insert.
        if len(items) == 1:
            # A second look sees what it stored and says which stored article ours repeats;
            # an error that is not such a race comes back again and is raised.
            return await _store_in_transaction(sessions, items, now, feed_id)
        # One of these was raced: settle them one by one.
        results: list[IngestResult] = []
        for item in items:
            results += await store_articles(sessions, [item], now=now, feed_id=feed_id)
        return results


async def _store_in_transaction(
    sessions: async_sessionmaker[AsyncSession],
    items: Sequence[PreparedArticle],
    now: datetime,
    feed_id: int | None,
) -> list[IngestResult]:
    async with sessions.begin() as session:
        return await _store(session, items, now, feed_id)


@dataclass
class _Batch:
    """What earlier items of the batch claimed, so later ones are checked against them."""

    urls: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, int] = field(default_factory=dict)
    accepted: list[int] = field(default_factory=list)


async def _store(
    session: AsyncSession, items: Sequence[PreparedArticle], now: datetime, feed_id: int | None
) -> list[IngestResult]:
    index = DuplicateIndex(session)
    stored = await _Known.load(index, items, now - STORY_WINDOW)
    batch = _Batch()
    verdicts: list[tuple[str, int | str] | None] = []  # (why, stored id or "@position")
    stories: list[int | str | None] = []
    for position, item in enumerate(items):
        verdict = stored.duplicate_of(item) or _batch_duplicate(batch, items, item)
        verdicts.append(verdict)
        if verdict is not None:
            stories.append(None)
            continue
        stories.append(stored.story_of(position, item) or _batch_story(batch, items, item))
        if item.canonical_url:
            batch.urls.setdefault(item.canonical_url, position)
        batch.hashes.setdefault(item.content_hash, position)
        batch.accepted.append(position)
    stories = _resolve_stories(stories)
    new_items = [items[p] for p in batch.accepted]
    ids = await ArticleRepository(session).add_many(
        [
            NewArticle(
                card=item.card,
                content_hash=item.content_hash,
                canonical_url=item.canonical_url,
                stored_at=now,
                feed_id=feed_id,
                story_id=story if isinstance(story, int) else None,
                terms=item.terms,
            )
            for item, story in zip(new_items, (stories[p] for p in batch.accepted), strict=True)
        ]
    )
    id_at = dict(zip(batch.accepted, ids, strict=True))
    await index.add(
        [(id_at[p], items[p].bands, items[p].near, items[p].story) for p in batch.accepted]
    )
    await _link_batch_stories(session, stories, id_at)
    results = []
    for position, item in enumerate(items):
        verdict = verdicts[position]
        if verdict is None:
            results.append(
                IngestResult("new", id=id_at[position], headline=item.card.headline, card=item.card)
            )
            continue
        why, target = verdict
        existing = id_at[int(target[1:])] if isinstance(target, str) else target
        results.append(
            IngestResult.explained(
                "duplicate",
                Problem(why, {"id": existing}),
                id=existing,
                headline=item.card.headline,
                card=item.card,
            )
        )
    return results


def _batch_duplicate(
    batch: _Batch, items: Sequence[PreparedArticle], item: PreparedArticle
) -> tuple[str, int | str] | None:
    if item.canonical_url and item.canonical_url in batch.urls:
        return "same_link", f"@{batch.urls[item.canonical_url]}"
    if item.content_hash in batch.hashes:
        return "same_text", f"@{batch.hashes[item.content_hash]}"
    for position in batch.accepted:
        if set(items[position].bands) & set(item.bands) and is_near_duplicate(
            item.near, items[position].near
        ):
            return "nearly_same_text", f"@{position}"
    return None


def _batch_story(
    batch: _Batch, items: Sequence[PreparedArticle], item: PreparedArticle
) -> str | None:
    keys = item.entity_keys
    if not keys:  # as for stored articles: no shared names, no claim to the same story
        return None
    for position in reversed(batch.accepted):
        other = items[position]
        if len(keys & other.entity_keys) >= min(2, len(keys)) and same_story(
            item.story, other.story
        ):
            return f"@{position}"
    return None


def _resolve_stories(stories: list[int | str | None]) -> list[int | str | None]:
    """Follow in-batch story links to a stored story id or to the batch's first teller."""
    resolved = list(stories)
    for position, story in enumerate(resolved):
        if isinstance(story, str):
            first = resolved[int(story[1:])]
            # An earlier position is resolved already: a stored id, a root, or nothing.
            resolved[position] = first if first is not None else story
    return resolved


async def _link_batch_stories(
    session: AsyncSession, stories: Sequence[int | str | None], id_at: dict[int, int]
) -> None:
    """Point articles that joined a story first told earlier in the same batch at it."""
    for position, story in enumerate(stories):
        if isinstance(story, str) and position in id_at:
            await session.execute(
                update(Article)
                .where(Article.id == id_at[position])
                .values(story_id=id_at[int(story[1:])])
            )


@dataclass
class _Known:
    """What the database already holds that a batch could duplicate or join."""

    by_url: dict[str, int]
    by_hash: dict[str, int]
    bands: dict[tuple[int, int], list[int]]
    recent: dict[int, tuple[set[str], str | None, int | None]]
    signatures: dict[int, tuple[tuple[int, ...], tuple[int, ...]]]
    candidates: list[list[int]]  # each batch item's ranked story candidates, in batch order

    @classmethod
    async def load(
        cls, index: DuplicateIndex, items: Sequence[PreparedArticle], since: datetime
    ) -> _Known:
        """A handful of indexed queries for the whole batch."""
        by_url = await index.ids_by_canonical_url(
            [i.canonical_url for i in items if i.canonical_url]
        )
        by_hash = await index.ids_by_content_hash([i.content_hash for i in items])
        bands = await index.band_matches([(b, h) for i in items for b, h in enumerate(i.bands)])
        keys = sorted({k for i in items for k in i.entity_keys})
        recent = await index.articles_with_topics(keys, since=since) if keys else {}
        by_key: dict[str, list[int]] = {}
        for article_id, (found, _, _) in recent.items():
            for key in found:
                by_key.setdefault(key, []).append(article_id)
        wanted = {a for ids in bands.values() for a in ids}
        # Ranking candidates counts thousands of ids per item: do it once, not again per verdict.
        candidates = [_story_candidates(item, by_key) for item in items]
        for ranked in candidates:
            wanted.update(ranked)
        signatures = await index.signatures(sorted(wanted))
        return cls(by_url, by_hash, bands, recent, signatures, candidates)

    def duplicate_of(self, item: PreparedArticle) -> tuple[str, int | str] | None:
        """(why, id) when the item duplicates a stored article."""
        if item.canonical_url and item.canonical_url in self.by_url:
            return "same_link", self.by_url[item.canonical_url]
        if item.content_hash in self.by_hash:
            return "same_text", self.by_hash[item.content_hash]
        candidates = sorted({a for pair in enumerate(item.bands) for a in self.bands.get(pair, ())})
        for candidate in candidates:
            signature = self.signatures.get(candidate)
            if signature and is_near_duplicate(item.near, signature[0]):
                return "nearly_same_text", candidate
        return None

    def story_of(self, position: int, item: PreparedArticle) -> int | None:
        """The story id of a stored article telling the same story, if any."""
        for candidate in self.candidates[position]:
            signature = self.signatures.get(candidate)
            if signature and same_story(item.story, signature[1]):
                _, _, story_id = self.recent[candidate]
                return story_id or candidate
        return None


def _story_candidates(item: PreparedArticle, by_key: dict[str, list[int]]) -> list[int]:
    """Recent articles sharing enough of the item's people, places and organisations."""
    keys = item.entity_keys
    if not keys:
        return []
    needed = min(2, len(keys))
    shared = Counter(chain.from_iterable(by_key.get(key, ()) for key in keys))
    ranked = sorted(((n, a) for a, n in shared.items() if n >= needed), reverse=True)
    return [a for _, a in ranked[:MAX_STORY_CANDIDATES]]
