"""Writes and removes search index rows: FTS5 on SQLite, a tsvector column on PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from digest.model import Card
from storage.terms import index_text

_SQLITE_INSERT = text("INSERT INTO article_search(rowid, headline, body) VALUES (:id, :h, :b)")
_SQLITE_DELETE = text("DELETE FROM article_search WHERE rowid = :id")
# 'simple' only lowercases: the stemming already happened in storage.terms, identically
# for documents and queries, so both backends see the same terms.
POSTGRES_VECTOR = (
    "setweight(to_tsvector('simple', {headline}), 'A') || "
    "setweight(to_tsvector('simple', {body}), 'D')"
)


@dataclass(frozen=True, slots=True)
class IndexTerms:
    """An article as the search index stores it: stemmed headline, stemmed lede and body."""

    headline: str
    body: str


def index_terms(card: Card) -> IndexTerms:
    """The index form of a card; pure, so bulk ingest can compute it in worker processes."""
    parts = [card.lede, *card.body] if card.lede else list(card.body)
    return IndexTerms(index_text(card.headline), index_text("\n".join(parts)))


@dataclass(frozen=True, slots=True)
class IndexedText:
    """One article's index row: its id and its terms."""

    article_id: int
    terms: IndexTerms


def dialect_name(session: AsyncSession) -> str:
    """Return 'sqlite' or 'postgresql' for the session's database."""
    return session.get_bind().dialect.name


async def index_articles(session: AsyncSession, items: Sequence[IndexedText]) -> None:
    """Add FTS5 rows for freshly inserted articles (PostgreSQL's vectors go in with the row)."""
    if not items or dialect_name(session) != "sqlite":
        return
    await session.execute(
        _SQLITE_INSERT,
        [{"id": i.article_id, "h": i.terms.headline, "b": i.terms.body} for i in items],
    )


async def unindex_article(session: AsyncSession, article_id: int) -> None:
    """Remove an article's search index row (PostgreSQL's goes with the article row)."""
    if dialect_name(session) == "sqlite":
        await session.execute(_SQLITE_DELETE, {"id": article_id})
