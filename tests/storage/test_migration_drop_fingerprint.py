"""Dropping articles.fingerprint keeps every article and everything that points at one."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, text

from digest.model import Card
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.search import search_articles
from tests.storage.old_schema import add_old_article, connected, session_at

BEFORE = "0003_article_text_lz4"
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
# Every table holding a foreign key to articles, and the topics an article links to.
LINKED = ("article_topics", "article_bands", "article_signatures", "delivered_articles", "topics")


def _card() -> Card:
    return Card(
        headline="Banjir Rendam Ratusan Rumah di Bekasi",
        body=("Banjir merendam ratusan rumah warga di Bekasi Timur.", "Warga mengungsi."),
        summary=("Banjir merendam ratusan rumah warga di Bekasi Timur.",),
        published=NOW,
        topics=("Bekasi", "banjir"),
    )


async def _counts(url: str) -> dict[str, int]:
    async with connected(url) as connection:
        return {
            table: (await connection.scalar(text(f"SELECT count(*) FROM {table}"))) or 0
            for table in ("articles", *LINKED)
        }


async def test_dropping_the_column_keeps_articles_links_and_search(
    empty_database_url: str,
) -> None:
    url = empty_database_url
    async with session_at(url, BEFORE) as session:
        article_id = await add_old_article(
            session, _card(), content_hash="banjir", stored_at=NOW, story_id=3
        )
        for statement in (
            "UPDATE articles SET fingerprint = -5",
            "INSERT INTO article_bands (article_id, band, hash) VALUES (:a, 0, 11)",
            "INSERT INTO article_signatures (article_id, near, story) VALUES (:a, :b, :b)",
            "INSERT INTO subscribers (chat_id, chat_type, timezone, digest_time, paused,"
            " created_at) VALUES (77, 'private', 'Asia/Jakarta', '07:00', false, :now)",
            "INSERT INTO delivered_articles (subscriber_id, article_id, delivered_at)"
            " SELECT id, :a, :now FROM subscribers",
        ):
            await session.execute(text(statement), {"a": article_id, "b": b"x", "now": NOW})
    before = await _counts(url)
    assert all(before.values()), before

    await upgrade(url)

    assert await _counts(url) == before
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            columns = await connection.run_sync(
                lambda sync: {c["name"] for c in inspect(sync).get_columns("articles")}
            )
        assert "fingerprint" not in columns and "story_id" in columns
        async with create_sessionmaker(engine)() as session:
            stored = await ArticleRepository(session).get(article_id)
            assert stored is not None and stored.card.topics == ("Bekasi", "banjir")
            page = await search_articles(session, "banjir bekasi")
            assert [hit.article.id for hit in page.hits] == [article_id]
        # Foreign keys still hold after the rebuild: deleting the article cascades.
        async with create_sessionmaker(engine).begin() as session:
            await session.execute(text("DELETE FROM articles"))
    finally:
        await engine.dispose()
    after_delete = await _counts(url)
    assert after_delete["articles"] == 0 and after_delete["delivered_articles"] == 0
    assert after_delete["article_topics"] == 0 and after_delete["article_signatures"] == 0
