"""Article look-ups for the bot and the CLI: one article, the latest, deletion and search."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.metrics import SEARCH_SECONDS
from digest.mutes import Mute, card_text
from storage.articles import ArticleRepository, StoredArticle
from storage.search import SearchPage, search_articles


async def delete_article(sessions: async_sessionmaker[AsyncSession], article_id: int) -> bool:
    """Delete an article; False when there was none with that id."""
    async with sessions.begin() as session:
        return await ArticleRepository(session).delete(article_id)


# How far /latest reads past muted articles for its page: a reader who muted the day's
# big story still gets a full page, and one who muted everything gets an answer.
_LATEST_SCAN = 500


async def latest_articles(
    sessions: async_sessionmaker[AsyncSession], limit: int = 5, mutes: Sequence[Mute] = ()
) -> list[StoredArticle]:
    """The most recently published articles, leaving out those the mutes match."""
    step = 4 * limit if mutes else limit
    found: list[StoredArticle] = []
    async with sessions.begin() as session:
        repository = ArticleRepository(session)
        for offset in range(0, max(_LATEST_SCAN, step), step):
            batch = await repository.latest(step, offset)
            found += [a for a in batch if not (mutes and card_text(a.card).hidden_by(mutes))]
            if len(found) >= limit or len(batch) < step:
                break
    return found[:limit]


async def search(
    sessions: async_sessionmaker[AsyncSession], query: str, *, limit: int = 5, offset: int = 0
) -> SearchPage:
    """Full-text search over stored articles; any text is accepted as plain words."""
    with SEARCH_SECONDS.time():
        async with sessions.begin() as session:
            return await search_articles(session, query, limit=limit, offset=offset)


async def get_article(
    sessions: async_sessionmaker[AsyncSession], article_id: int
) -> StoredArticle | None:
    """One stored article by id, or None (never stored, or deleted)."""
    async with sessions() as session:
        return await ArticleRepository(session).get(article_id)
