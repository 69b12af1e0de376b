"""The index laid out by time: every shard is searched, relevance ranks the newest ones.

Shards here hold a few articles each (SHARD_SIZE is patched), so a handful of articles
spans several, as a few hundred thousand do in use.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digest.model import Card
from storage import search, search_index
from storage.articles import ArticleRepository, NewArticle
from storage.db import (
    alembic_config,
    create_engine,
    create_sessionmaker,
    migration_connection,
    upgrade,
)
from storage.search import SearchPage, search_articles
from tests.storage.old_schema import add_old_article

NOW = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


def _card(n: int, headline: str = "Rapat anggaran", body: str = "Pemilu dibahas lagi.") -> Card:
    return Card(
        headline=f"{headline} {n}",
        body=(body,),
        summary=(body,),
        published=NOW + timedelta(hours=n),
    )


async def _store_batch(sessions: Sessions, cards: list[Card]) -> list[int]:
    # One add_many, as `kabar ingest` stores: a batch that crosses shard boundaries.
    items = [NewArticle(card=c, content_hash=uuid.uuid4().hex, stored_at=NOW) for c in cards]
    async with sessions.begin() as session:
        return await ArticleRepository(session).add_many(items)


async def _search(sessions: Sessions, query: str, **kwargs: int) -> SearchPage:
    async with sessions() as session:
        return await search_articles(session, query, **kwargs)


def _ids(page: SearchPage) -> list[int]:
    return [hit.article.id for hit in page.hits]


@pytest.fixture
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "SHARD_SIZE", 3)


@pytest.mark.usefixtures("small_shards")
async def test_every_shard_is_searched_and_paged_newest_first(sessions: Sessions) -> None:
    ids = await _store_batch(sessions, [_card(n) for n in range(8)])
    # Three shards: ids 1-3, 4-6, 7-8; the horizon is the newest two.
    newest_first = sorted(ids, reverse=True)
    page = await _search(sessions, "pemilu", limit=10)
    assert (page.total, page.total_capped) == (8, False)
    assert _ids(page) == newest_first
    # Pages meet exactly where the horizon ends and the older shard begins.
    pages = [await _search(sessions, "pemilu", limit=3, offset=o) for o in (0, 3, 6)]
    assert [i for p in pages for i in _ids(p)] == newest_first
    assert (pages[-1].total, pages[-1].total_capped) == (8, False)
    assert await _search(sessions, "pemilu", limit=3, offset=9) == SearchPage((), 8)


@pytest.mark.usefixtures("small_shards")
async def test_relevance_ranks_the_horizon_and_older_matches_follow(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    strong_old = _card(0, headline="Pemilu pemilu pemilu", body="Pemilu.")
    weak = [_card(n, body="Soal pemilu dan hal lain yang panjang sekali.") for n in range(1, 6)]
    [old], newer = await _store_batch(sessions, [strong_old]), await _store_batch(sessions, weak)
    # Everything in the horizon: the strong old article ranks first.
    page = await _search(sessions, "pemilu", limit=3)
    assert _ids(page)[0] == old
    # With a horizon of one shard (ids 4-6)...
    monkeypatch.setattr(search, "HORIZON_SHARDS", 1)
    page = await _search(sessions, "pemilu", limit=10)
    assert (page.total, page.total_capped) == (6, False)
    # ...it ranks among that shard's matches; the older shard follows, newest first.
    assert set(_ids(page)[:3]) == set(newer[2:])
    assert _ids(page)[3:] == [newer[1], newer[0], old]
    assert [hit.score for hit in page.hits[3:]] == [0.0] * 3
    # A page the horizon fills says how many it saw, as a floor: older shards were not read.
    page = await _search(sessions, "pemilu", limit=2)
    assert (page.total, page.total_capped) == (3, True)


@pytest.mark.usefixtures("small_shards")
async def test_a_deleted_article_leaves_its_shard(sessions: Sessions) -> None:
    ids = await _store_batch(sessions, [_card(n) for n in range(5)])
    async with sessions.begin() as session:
        assert await ArticleRepository(session).delete(ids[3])
    page = await _search(sessions, "pemilu", limit=10)
    assert _ids(page) == sorted(set(ids) - {ids[3]}, reverse=True)
    # Deleting the newest shard's only articles leaves it empty: the search reads on.
    async with sessions.begin() as session:
        assert await ArticleRepository(session).delete(ids[4])
    page = await _search(sessions, "pemilu", limit=10)
    assert _ids(page) == sorted(ids[:3], reverse=True)


@pytest.mark.usefixtures("small_shards")
async def test_the_count_cap_holds_across_shards(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = await _store_batch(sessions, [_card(n) for n in range(6)])
    monkeypatch.setattr(search, "RANKED_MATCHES", 2)
    monkeypatch.setattr(search, "COUNTED_MATCHES", 4)
    page = await _search(sessions, "pemilu", limit=2)
    # The newest four are counted (from both shards of the horizon), the newest two ranked.
    assert (page.total, page.total_capped) == (4, True)
    assert _ids(page) == sorted(ids, reverse=True)[:2]


async def test_upgrading_moves_the_old_index_into_shards(
    empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "SHARD_SIZE", 2)
    await upgrade(empty_database_url, "0013_alerts")
    engine = create_engine(empty_database_url)
    sessions = create_sessionmaker(engine)
    try:
        async with sessions.begin() as session:
            ids = [
                await add_old_article(session, _card(n), content_hash=f"h{n}", stored_at=NOW)
                for n in range(5)
            ]
        await upgrade(empty_database_url)
        page = await _search(sessions, "pemilu", limit=10)
        assert _ids(page) == sorted(ids, reverse=True)
        async with sessions() as session:
            held = [
                await session.scalar(text(f"SELECT count(*) FROM article_search_{n}"))
                for n in range(3)
            ]
        assert held == [2, 2, 1]
        # New articles go on from there, in the shard their id belongs to.
        [new] = await _store_batch(sessions, [_card(9)])
        assert _ids(await _search(sessions, "rapat 9")) == [new]
    finally:
        await engine.dispose()


async def test_downgrading_puts_the_index_back_in_one_place(
    empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "SHARD_SIZE", 2)
    await upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    sessions = create_sessionmaker(engine)
    try:
        ids = await _store_batch(sessions, [_card(n) for n in range(5)])

        def downgrade(connection: Connection) -> None:
            config = alembic_config(empty_database_url)
            config.attributes["connection"] = connection
            command.downgrade(config, "0013_alerts")

        async with migration_connection(engine) as connection:
            await connection.run_sync(downgrade)
        async with sessions() as session:
            if engine.dialect.name == "sqlite":
                held = "SELECT rowid FROM article_search WHERE article_search MATCH 'pemilu'"
            else:
                held = "SELECT id FROM articles WHERE search_vector @@ to_tsquery('pemilu')"
            assert sorted(await session.scalars(text(held))) == ids
        # And up again: the shards come back with every article in its own.
        await upgrade(empty_database_url)
        assert _ids(await _search(sessions, "pemilu", limit=10)) == sorted(ids, reverse=True)
    finally:
        await engine.dispose()
