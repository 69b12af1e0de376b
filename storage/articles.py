"""The article repository: store cards, read them back as StoredArticle, list and count."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from types import SimpleNamespace
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect, Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from digest.model import Card, Quote
from digest.tag import topic_key
from storage.models import Article, ArticleTopic, Topic, UTCDateTime
from storage.search_index import (
    IndexedText,
    IndexTerms,
    PostgresIndexRows,
    dialect_name,
    index_articles,
    index_postgres,
    index_terms,
    postgres_index_rows,
    unindex_article,
    use_binary_tsvector,
)

_PARAGRAPH_BREAK = "\n\n"
# Keeps each IN (...) list well under SQLite's bound-parameter limit.
_CHUNK = 500
# Built once: SQLAlchemy memoizes a statement object's cache key, and deriving it anew for a
# 30-column select on every search cost ~0.3 ms, as much as running the query.
_ARTICLES_BY_ID = select(*Article.__table__.columns).where(
    Article.id.in_(bindparam("ids", expanding=True))
)
_TOPIC_NAMES_BY_ARTICLE = (
    select(ArticleTopic.article_id, Topic.name)
    .join(Topic, Topic.id == ArticleTopic.topic_id)
    .where(ArticleTopic.article_id.in_(bindparam("ids", expanding=True)))
    .order_by(ArticleTopic.article_id, ArticleTopic.rank)
)
_T = TypeVar("_T")
# An article as loaded: a mapped object, a plain row of the articles table's columns, or
# columns decoded from a driver row (ARTICLE_COLUMNS).
_ArticleRow = Article | Row[Any] | SimpleNamespace
# The articles table's columns in table order, for statements that select them by hand.
ARTICLE_COLUMNS = tuple(column.name for column in Article.__table__.columns)
# PostgreSQL: the columns of _row, each sent as one array per batch and unnested server-side;
# the rows' tsvectors follow in one statement per shard (storage.search_index).
_POSTGRES_COLUMNS = {
    "headline": "TEXT",
    "lede": "TEXT",
    "body": "TEXT",
    "summary": "JSON",
    "quote_text": "TEXT",
    "quote_speaker": "TEXT",
    "published_at": "TIMESTAMPTZ",
    "published_offset_minutes": "INTEGER",
    "language": "TEXT",
    "source": "TEXT",
    "author": "TEXT",
    "dateline": "TEXT",
    "category": "TEXT",
    "url": "TEXT",
    "canonical_url": "TEXT",
    "content_hash": "TEXT",
    "story_id": "BIGINT",
    "feed_id": "BIGINT",
    "stored_at": "TIMESTAMPTZ",
    "image_url": "TEXT",
}
_POSTGRES_INSERT = text(
    f"INSERT INTO articles ({', '.join(_POSTGRES_COLUMNS)}) "
    "SELECT "
    + ", ".join(
        f"CAST(d.{c} AS JSON)" if t == "JSON" else f"d.{c}" for c, t in _POSTGRES_COLUMNS.items()
    )
    + " FROM unnest("
    # JSON travels as text: asyncpg has no array codec for json values.
    + ", ".join(
        f"CAST(:{c} AS TEXT[])" if t == "JSON" else f"CAST(:{c} AS {t}[])"
        for c, t in _POSTGRES_COLUMNS.items()
    )
    + f") AS d({', '.join(_POSTGRES_COLUMNS)}) RETURNING id, content_hash"
).bindparams(
    bindparam("published_at", type_=ARRAY(UTCDateTime())),
    bindparam("stored_at", type_=ARRAY(UTCDateTime())),
)
# Big batches go in as statements of this many rows, so that building the next statement's
# parameters (a thread, mostly postgres_vector) overlaps PostgreSQL inserting this one.
_POSTGRES_CHUNK = 250
# One statement each for a batch's topics and links: as executemany, PostgreSQL ran one
# INSERT per row.
_POSTGRES_TOPICS = text(
    "INSERT INTO topics (key, name) SELECT * FROM unnest(CAST(:keys AS TEXT[]), "
    "CAST(:names AS TEXT[])) ON CONFLICT (key) DO NOTHING"
)
# A join, not `key = ANY(:keys)`: the planner checked every topic row against the whole array
# (~60 ms for 1,000 keys against 10,000 topics), where the join probes the key index.
_POSTGRES_TOPIC_IDS = text(
    "SELECT t.key, t.id FROM unnest(CAST(:keys AS TEXT[])) AS k(key) "
    "JOIN topics AS t ON t.key = k.key"
)
_POSTGRES_LINKS = text(
    "INSERT INTO article_topics (article_id, topic_id, rank) SELECT * FROM unnest("
    "CAST(:article_id AS BIGINT[]), CAST(:topic_id AS BIGINT[]), CAST(:rank AS INTEGER[]))"
)
# Core tables: executemany through them skips the ORM's per-row bulk bookkeeping.
_ARTICLES_TABLE = cast(Table, Article.__table__)
_TOPICS_TABLE = cast(Table, Topic.__table__)
_LINKS_TABLE = cast(Table, ArticleTopic.__table__)
# SQLite numbers the first row of a batch itself: past every id it ever gave, as articles is
# AUTOINCREMENT (migration 0005), so a deleted id never comes back. The rest follow it, which
# lets one executemany store them: SQLAlchemy sent INSERT ... RETURNING once per row instead
# (SQLite does not promise RETURNING's order for a multi-row INSERT), ~0.2 ms per article.
# The write lock (BEGIN IMMEDIATE, storage.db) keeps the ids after it ours until commit.
_SQLITE_INSERT_FIRST = insert(_ARTICLES_TABLE).returning(_ARTICLES_TABLE.c.id)


class DuplicateArticle(Exception):
    """Raised by ArticleRepository.add when the content hash or canonical URL is stored."""

    def __init__(self, existing_id: int, field: str) -> None:
        super().__init__(f"article already stored as #{existing_id} (same {field})")
        self.existing_id = existing_id
        self.field = field


@dataclass(frozen=True, slots=True)
class NewArticle:
    """One article for ArticleRepository.add_many: the card and its storage metadata."""

    card: Card
    content_hash: str
    stored_at: datetime
    canonical_url: str | None = None
    feed_id: int | None = None
    story_id: int | None = None
    terms: IndexTerms | None = None  # precomputed index form, else computed here


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A stored article: its card as it went in plus the row's own fields."""

    id: int
    card: Card
    stored_at: datetime
    content_hash: str
    canonical_url: str | None
    story_id: int | None
    feed_id: int | None


class ArticleRepository:
    """Reads and writes articles within the caller's transaction (never commits)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        card: Card,
        *,
        content_hash: str,
        canonical_url: str | None = None,
        stored_at: datetime,
        feed_id: int | None = None,
        story_id: int | None = None,
    ) -> int:
        """Store one card with its topics and search row; raise DuplicateArticle if known."""
        item = NewArticle(
            card=card,
            content_hash=content_hash,
            stored_at=stored_at,
            canonical_url=canonical_url,
            feed_id=feed_id,
            story_id=story_id,
        )
        try:
            # The savepoint keeps the caller's transaction usable after a duplicate.
            async with self._session.begin_nested():
                return (await self.add_many([item]))[0]
        except IntegrityError:
            existing = await self.id_by_content_hash(content_hash)
            if existing is not None:
                raise DuplicateArticle(existing, "content hash") from None
            if canonical_url is not None:
                existing = await self.id_by_canonical_url(canonical_url)
                if existing is not None:
                    raise DuplicateArticle(existing, "canonical URL") from None
            raise

    async def add_many(self, items: Sequence[NewArticle]) -> list[int]:
        """Store many cards in bulk and return their ids in order (IntegrityError on dupes)."""
        if not items:
            return []
        terms = [item.terms or index_terms(item.card) for item in items]
        if dialect_name(self._session) == "postgresql":
            ids = await self._insert_postgresql(items, terms)
        else:
            first = int(await self._session.scalar(_SQLITE_INSERT_FIRST, _row(items[0])) or 0)
            ids = list(range(first, first + len(items)))
            if len(items) > 1:
                await self._session.execute(
                    insert(_ARTICLES_TABLE),
                    [_row(item) | {"id": i} for i, item in zip(ids[1:], items[1:], strict=True)],
                )
        await self._link_topics(ids, [item.card.topics for item in items])
        await index_articles(
            self._session,
            [IndexedText(article_id, t) for article_id, t in zip(ids, terms, strict=True)],
        )
        return ids

    async def _insert_postgresql(
        self, items: Sequence[NewArticle], terms: Sequence[IndexTerms]
    ) -> list[int]:
        """Insert rows with their tsvectors; ids in the order of items."""
        await use_binary_tsvector(self._session)
        starts = range(0, len(items), _POSTGRES_CHUNK)
        chunks = [(items[s : s + _POSTGRES_CHUNK], terms[s : s + _POSTGRES_CHUNK]) for s in starts]
        ids: dict[str, int] = {}
        params = _postgres_params(*chunks[0])
        for following in [*chunks[1:], None]:
            building = None
            if following is not None:
                # The task starts when this coroutine first waits, once the statement is sent:
                # the thread builds the next parameters while PostgreSQL inserts these rows,
                # and never touches the session.
                building = asyncio.create_task(asyncio.to_thread(_postgres_params, *following))
            try:
                result = await self._session.execute(_POSTGRES_INSERT, params.row)
                # content_hash is unique: it maps RETURNING's rows back to items in any order.
                chunk = dict((h, i) for i, h in result)
                await index_postgres(
                    self._session, [chunk[h] for h in params.row["content_hash"]], params.index
                )
            except BaseException:
                if building is not None:
                    building.cancel()
                raise
            ids.update(chunk)
            if building is not None:
                params = await building
        return [ids[item.content_hash] for item in items]

    async def get(self, article_id: int) -> StoredArticle | None:
        """Return the article with this id, or None."""
        found = await self.get_many([article_id])
        return found[0] if found else None

    async def get_many(self, ids: Sequence[int]) -> list[StoredArticle]:
        """Return the articles with these ids in the order given, skipping unknown ids."""
        rows: dict[int, _ArticleRow] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            # Plain rows, not ORM objects: search loads a page of articles per query, and
            # building mapped objects took about as long as the ranking (~1.5 ms for 10).
            result = await self._session.execute(_ARTICLES_BY_ID, {"ids": chunk})
            rows.update((row.id, row) for row in result)
        return await self._stored([rows[i] for i in ids if i in rows])

    async def id_by_content_hash(self, content_hash: str) -> int | None:
        """Return the id of the article with this content hash, or None."""
        return await self._session.scalar(
            select(Article.id).where(Article.content_hash == content_hash)
        )

    async def id_by_canonical_url(self, canonical_url: str) -> int | None:
        """Return the id of the article with this canonical URL, or None."""
        return await self._session.scalar(
            select(Article.id).where(Article.canonical_url == canonical_url)
        )

    async def delete(self, article_id: int) -> bool:
        """Delete an article, its links and its search row; False if there was none."""
        await unindex_article(self._session, article_id)
        result = await self._session.execute(delete(Article).where(Article.id == article_id))
        return bool(getattr(result, "rowcount", 0))

    async def latest(self, limit: int, offset: int = 0) -> list[StoredArticle]:
        """Return the newest articles by publication time (storage time when undated)."""
        newest = func.coalesce(Article.published_at, Article.stored_at)
        result = await self._session.execute(
            select(Article).order_by(newest.desc(), Article.id.desc()).limit(limit).offset(offset)
        )
        return await self._stored(list(result.scalars()))

    async def count(self) -> int:
        """Return how many articles are stored."""
        return int(await self._session.scalar(select(func.count()).select_from(Article)) or 0)

    async def stored_since(self, since: datetime, until: datetime) -> list[StoredArticle]:
        """Return articles stored in [since, until), oldest first."""
        result = await self._session.execute(
            select(Article)
            .where(Article.stored_at >= since, Article.stored_at < until)
            .order_by(Article.stored_at, Article.id)
        )
        return await self._stored(list(result.scalars()))

    async def _link_topics(self, ids: Sequence[int], topics: Sequence[Sequence[str]]) -> None:
        names: dict[str, str] = {}
        for card_topics in topics:
            for name in card_topics:
                if key := topic_key(name):
                    names.setdefault(key, name)
        if not names:
            return
        topic_ids = await self._topic_ids(names)
        links = []
        for article_id, card_topics in zip(ids, topics, strict=True):
            seen: set[int] = set()
            for name in card_topics:
                topic_id = topic_ids.get(topic_key(name))
                if topic_id is not None and topic_id not in seen:
                    seen.add(topic_id)
                    links.append(
                        {"article_id": article_id, "topic_id": topic_id, "rank": len(seen)}
                    )
        if dialect_name(self._session) == "postgresql":
            columns = {c: [link[c] for link in links] for c in ("article_id", "topic_id", "rank")}
            await self._session.execute(_POSTGRES_LINKS, columns)
        else:
            await self._session.execute(insert(_LINKS_TABLE), links)

    async def _topic_ids(self, names: dict[str, str]) -> dict[str, int]:
        """Get or create topics by key; the first display name seen for a key is kept."""
        # Another transaction may create the same topic at the same moment: skip, re-read.
        if dialect_name(self._session) == "postgresql":
            keys = list(names)
            await self._session.execute(
                _POSTGRES_TOPICS, {"keys": keys, "names": list(names.values())}
            )
            result = await self._session.execute(_POSTGRES_TOPIC_IDS, {"keys": keys})
            return {key: topic_id for key, topic_id in result.all()}
        ids: dict[str, int] = {}
        for chunk in _chunks(list(names)):
            await self._session.execute(
                sqlite_insert(_TOPICS_TABLE).on_conflict_do_nothing(index_elements=["key"]),
                [{"key": key, "name": names[key]} for key in chunk],
            )
            result = await self._session.execute(
                select(Topic.key, Topic.id).where(Topic.key.in_(chunk))
            )
            ids.update((key, topic_id) for key, topic_id in result.all())
        return ids

    async def _stored(self, rows: Sequence[_ArticleRow]) -> list[StoredArticle]:
        topics: dict[int, list[str]] = {row.id: [] for row in rows}
        for chunk in _chunks(list(topics)):
            result = await self._session.execute(_TOPIC_NAMES_BY_ARTICLE, {"ids": chunk})
            for article_id, name in result.all():
                topics[article_id].append(name)
        return [_stored_article(row, tuple(topics[row.id])) for row in rows]


def _row(item: NewArticle) -> dict[str, object]:
    card = item.card
    offset = card.published.utcoffset() if card.published is not None else None
    return {
        "headline": card.headline,
        "lede": card.lede,
        "body": _PARAGRAPH_BREAK.join(card.body),
        "summary": list(card.summary),
        "quote_text": card.key_quote.text if card.key_quote else None,
        "quote_speaker": card.key_quote.speaker if card.key_quote else None,
        "published_at": card.published,
        "published_offset_minutes": (
            int(offset.total_seconds() // 60) if offset is not None else None
        ),
        "language": card.language,
        "source": card.source,
        "author": card.author,
        "dateline": card.dateline,
        "category": card.category,
        "url": card.url,
        "canonical_url": item.canonical_url,
        "content_hash": item.content_hash,
        "story_id": item.story_id,
        "feed_id": item.feed_id,
        "stored_at": item.stored_at,
        "image_url": card.image,
    }


def article_from_driver_row(
    dialect: Dialect, values: Sequence[Any], topics: tuple[str, ...]
) -> StoredArticle:
    """An article from its ARTICLE_COLUMNS values as the database driver returned them."""
    decoded = {
        name: process(value) if process else value
        for (name, process), value in zip(_result_processors(dialect), values, strict=True)
    }
    return _stored_article(SimpleNamespace(**decoded), topics)


@lru_cache(maxsize=4)
def _result_processors(dialect: Dialect) -> tuple[tuple[str, Any], ...]:
    # The column types' own decoders (text timestamps, JSON), exactly as SQLAlchemy applies them.
    return tuple(
        (column.name, column.type.dialect_impl(dialect).result_processor(dialect, None))
        for column in Article.__table__.columns
    )


@dataclass(frozen=True, slots=True)
class _PostgresParams:
    """One chunk's arrays: the articles' columns, and their index rows in the same order."""

    row: dict[str, list[object]]
    index: PostgresIndexRows


def _postgres_params(items: Sequence[NewArticle], terms: Sequence[IndexTerms]) -> _PostgresParams:
    """One array per column of _POSTGRES_INSERT, and the index rows (pure: runs in a thread)."""
    rows = [_row(item) for item in items]
    params: dict[str, list[object]] = {c: [row[c] for row in rows] for c in _POSTGRES_COLUMNS}
    params["summary"] = [json.dumps(summary) for summary in params["summary"]]
    return _PostgresParams(params, postgres_index_rows(terms))


def _stored_article(row: _ArticleRow, topics: tuple[str, ...]) -> StoredArticle:
    published = row.published_at
    if published is not None and row.published_offset_minutes is not None:
        published = published.astimezone(timezone(timedelta(minutes=row.published_offset_minutes)))
    card = Card(
        headline=row.headline,
        body=tuple(row.body.split(_PARAGRAPH_BREAK)) if row.body else (),
        summary=tuple(row.summary or ()),
        language=row.language,
        published=published,
        source=row.source,
        author=row.author,
        dateline=row.dateline,
        lede=row.lede,
        key_quote=Quote(row.quote_text, row.quote_speaker) if row.quote_text else None,
        topics=topics,
        category=row.category,
        url=row.url,
        image=row.image_url,
    )
    return StoredArticle(
        id=row.id,
        card=card,
        stored_at=row.stored_at,
        content_hash=row.content_hash,
        canonical_url=row.canonical_url,
        story_id=row.story_id,
        feed_id=row.feed_id,
    )


def _chunks(values: list[_T]) -> Iterable[list[_T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
