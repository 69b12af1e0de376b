"""An `#ID` names one article forever: after `/delete`, no new article gets that id again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.articles import delete_article
from digest.model import Card
from storage.articles import ArticleRepository, NewArticle
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.feeds import FeedRepository
from tests.storage.old_schema import add_old_article

BEFORE = "0004_drop_article_fingerprint"
NOW = datetime(2026, 12, 3, 7, 0, tzinfo=UTC)


def _card(n: int) -> Card:
    return Card(
        headline=f"Banjir rendam {n} rumah di Bekasi",
        body=(f"Banjir merendam {n} rumah warga di Bekasi Timur.", "Warga mengungsi."),
        summary=(f"Banjir merendam {n} rumah warga di Bekasi Timur.",),
        published=NOW + timedelta(minutes=n),
        topics=("Bekasi", "banjir"),
    )


async def _add(sessions: async_sessionmaker[AsyncSession], n: int) -> int:
    async with sessions.begin() as session:
        return await ArticleRepository(session).add(
            _card(n), content_hash=f"h{n}", stored_at=NOW + timedelta(minutes=n)
        )


async def _add_batch(sessions: async_sessionmaker[AsyncSession], numbers: range) -> list[int]:
    items = [
        NewArticle(card=_card(n), content_hash=f"h{n}", stored_at=NOW + timedelta(minutes=n))
        for n in numbers
    ]
    async with sessions.begin() as session:
        return await ArticleRepository(session).add_many(items)


async def test_deleting_the_newest_article_does_not_free_its_id(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    ids = [await _add(sessions, n) for n in range(3)]
    newest = ids[-1]
    assert await delete_article(sessions, newest)

    after = await _add(sessions, 10)
    assert after > newest
    # A batch (as `kabar ingest` stores) also starts past every id ever given.
    batch = await _add_batch(sessions, range(20, 23))
    assert min(batch) > after
    assert len(set(batch)) == 3


async def test_an_emptied_archive_still_counts_on(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    ids = await _add_batch(sessions, range(5))
    for article_id in ids:
        assert await delete_article(sessions, article_id)
    fresh = await _add(sessions, 99)
    assert fresh > max(ids)
    async with sessions() as session:
        stored = await ArticleRepository(session).get(fresh)
        assert stored is not None and stored.card.headline == _card(99).headline
        assert await ArticleRepository(session).get(max(ids)) is None


async def test_a_removed_feed_id_is_not_given_to_another_feed(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        first, _ = await FeedRepository(session).add("https://a.example/rss", None, NOW)
        newest, _ = await FeedRepository(session).add("https://b.example/rss", None, NOW)
        await session.execute(text("DELETE FROM feeds WHERE id = :id"), {"id": newest.id})
    async with sessions.begin() as session:
        other, created = await FeedRepository(session).add("https://c.example/rss", None, NOW)
    assert created and other.id > newest.id > first.id


async def _add_old_rows(sessions: async_sessionmaker[AsyncSession], numbers: range) -> list[int]:
    async with sessions.begin() as session:
        return [
            await add_old_article(
                session, _card(n), content_hash=f"h{n}", stored_at=NOW + timedelta(minutes=n)
            )
            for n in numbers
        ]


async def test_upgrading_keeps_every_id_and_stops_reuse(empty_database_url: str) -> None:
    url = empty_database_url
    await upgrade(url, BEFORE)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    try:
        ids = await _add_old_rows(sessions, range(3))
        async with sessions.begin() as session:
            # Plain SQL: the feed model already has columns later migrations add.
            await session.execute(
                text("INSERT INTO feeds (url, active, created_at) VALUES (:url, true, :now)"),
                {"url": "https://a.example/rss", "now": NOW.replace(tzinfo=None)},
            )
            feed_id = await session.scalar(text("SELECT max(id) FROM feeds"))
            await session.execute(
                text("UPDATE articles SET feed_id = :feed WHERE id = :id"),
                {"feed": feed_id, "id": ids[0]},
            )
    finally:
        await engine.dispose()

    await upgrade(url)

    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    try:
        async with sessions() as session:
            repository = ArticleRepository(session)
            kept = [await repository.get(article_id) for article_id in ids]
            assert [a.card.headline for a in kept if a] == [_card(n).headline for n in range(3)]
            first = kept[0]
            assert first is not None and first.feed_id == feed_id
            assert first.card.topics == ("Bekasi", "banjir")
        assert await delete_article(sessions, ids[-1])
        assert await _add(sessions, 7) > ids[-1]
        # Deleting still cascades to the topic links: foreign keys survived the rebuild.
        async with sessions.begin() as session:
            await session.execute(text("DELETE FROM articles"))
            links = await session.scalar(text("SELECT count(*) FROM article_topics"))
        assert links == 0
    finally:
        await engine.dispose()
