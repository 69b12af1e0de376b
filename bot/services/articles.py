"""Article look-ups for the bot and the CLI: one article, the latest, deletion and search."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.metrics import SEARCH_SECONDS
from storage.articles import ArticleRepository, StoredArticle
from storage.search import SearchPage, search_articles


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
    with SEARCH_SECONDS.time():
        async with sessions.begin() as session:
            return await search_articles(session, query, limit=limit, offset=offset)
