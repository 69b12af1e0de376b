"""Articles written into a database an older migration left, as the code of that time did.

Migration tests store articles at an old revision, then upgrade. Today's repository writes
every column today's schema has, so these rows are written by hand into the columns the
old table has (reflected), with their topic links and search index rows.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import MetaData, Table, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from digest.model import Card
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.search_index import POSTGRES_VECTOR, dialect_name, index_terms


async def add_old_article(
    session: AsyncSession, card: Card, *, content_hash: str, stored_at: datetime, **extra: Any
) -> int:
    """Store a card in the schema the database has now; return its id."""
    connection = await session.connection()
    tables = await connection.run_sync(
        lambda sync: {
            name: Table(name, MetaData(), autoload_with=sync)
            for name in ("articles", "topics", "article_topics")
        }
    )
    articles, topics, links = tables["articles"], tables["topics"], tables["article_topics"]
    values = {
        "headline": card.headline,
        "body": "\n\n".join(card.body),
        "summary": list(card.summary),
        "language": card.language,
        "published_at": card.published,
        "content_hash": content_hash,
        "stored_at": stored_at,
        **extra,
    }
    article_id = int(
        await session.scalar(insert(articles).values(values).returning(articles.c.id)) or 0
    )
    for rank, name in enumerate(card.topics):
        key = name.lower()
        topic_id = await session.scalar(select(topics.c.id).where(topics.c.key == key))
        if topic_id is None:
            topic_id = await session.scalar(
                insert(topics).values(key=key, name=name).returning(topics.c.id)
            )
        await session.execute(
            insert(links).values(article_id=article_id, topic_id=topic_id, rank=rank)
        )
    terms = index_terms(card)
    # Before migration 0014 the index was one table on SQLite, a column on PostgreSQL.
    if dialect_name(session) == "sqlite":
        await session.execute(
            text("INSERT INTO article_search(rowid, headline, body) VALUES (:id, :h, :b)"),
            {"h": terms.headline, "b": terms.body, "id": article_id},
        )
    else:
        vector = POSTGRES_VECTOR.format(headline=":h", body=":b")
        await session.execute(
            text(f"UPDATE articles SET search_vector = {vector} WHERE id = :id"),
            {"h": terms.headline, "b": terms.body, "id": article_id},
        )
    return article_id


@asynccontextmanager
async def session_at(url: str, revision: str) -> AsyncIterator[AsyncSession]:
    """Upgrade a database to an older revision and open a transaction on it."""
    await upgrade(url, revision)
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine).begin() as session:
            yield session
    finally:
        await engine.dispose()


@asynccontextmanager
async def connected(url: str) -> AsyncIterator[AsyncConnection]:
    """A connection to a database, its engine disposed of after."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            yield connection
    finally:
        await engine.dispose()
