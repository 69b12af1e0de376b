"""The article repository keeps a card intact on both backends and refuses duplicates."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digest.model import Card
from storage import articles
from storage.articles import ArticleRepository, DuplicateArticle, NewArticle
from storage.models import Article, Feed
from storage.search import search_articles
from storage.search_index import POSTGRES_VECTOR, IndexTerms, index_terms, postgres_vector
from tests.storage.seed_card import seed_card

NOW = datetime(2022, 7, 2, 1, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


def _card(headline: str, *, topics: tuple[str, ...] = (), hours_ago: int = 0) -> Card:
    return Card(
        headline=headline,
        body=(f"{headline}. Paragraf pertama.", "Paragraf kedua."),
        summary=(f"{headline}.",),
        published=NOW - timedelta(hours=hours_ago),
        topics=topics,
    )


async def test_seed_card_round_trips_with_its_own_zone_and_topic_order(sessions: Sessions) -> None:
    card = seed_card()
    async with sessions.begin() as session:
        article_id = await ArticleRepository(session).add(
            card, content_hash="seed", canonical_url="https://jitunews.com/a/1", stored_at=NOW
        )
    async with sessions() as session:
        stored = await ArticleRepository(session).get(article_id)
    assert stored is not None
    assert stored.card == card
    assert stored.card.published is not None
    assert stored.card.published.isoformat() == "2022-07-01T21:15:00+07:00"
    assert stored.card.topics == ("Rusia", "Belarusia", "Vladimir Putin")
    assert stored.card.body == card.body and len(stored.card.body) == 7
    assert stored.stored_at == NOW and stored.stored_at.tzinfo is not None
    assert stored.content_hash == "seed"
    assert stored.canonical_url == "https://jitunews.com/a/1"


async def test_topics_keep_card_order_and_share_rows_across_articles(sessions: Sessions) -> None:
    async with sessions.begin() as session:
        repo = ArticleRepository(session)
        first = await repo.add(
            _card("Satu", topics=("Zeta", "alpha", "Mid")), content_hash="1", stored_at=NOW
        )
        second = await repo.add(
            _card("Dua", topics=("Alpha", "Zeta")), content_hash="2", stored_at=NOW
        )
    async with sessions() as session:
        repo = ArticleRepository(session)
        stored = await repo.get_many([second, first])
    assert [s.id for s in stored] == [second, first]
    assert stored[1].card.topics == ("Zeta", "alpha", "Mid")
    # The first spelling seen becomes the display name of the shared topic.
    assert stored[0].card.topics == ("alpha", "Zeta")


async def test_duplicate_content_hash_is_rejected_and_the_transaction_survives(
    sessions: Sessions,
) -> None:
    async with sessions.begin() as session:
        repo = ArticleRepository(session)
        first = await repo.add(_card("Asli"), content_hash="same", stored_at=NOW)
        with pytest.raises(DuplicateArticle) as caught:
            await repo.add(_card("Salinan"), content_hash="same", stored_at=NOW)
        assert caught.value.existing_id == first
        assert "content hash" in str(caught.value)
        await repo.add(_card("Lain"), content_hash="other", stored_at=NOW)
    async with sessions() as session:
        assert await ArticleRepository(session).count() == 2


async def test_duplicate_canonical_url_is_rejected(sessions: Sessions) -> None:
    async with sessions.begin() as session:
        repo = ArticleRepository(session)
        first = await repo.add(_card("A"), content_hash="a", canonical_url="u", stored_at=NOW)
        with pytest.raises(DuplicateArticle, match="canonical URL") as caught:
            await repo.add(_card("B"), content_hash="b", canonical_url="u", stored_at=NOW)
        assert caught.value.existing_id == first
        assert await repo.id_by_canonical_url("u") == first
        assert await repo.id_by_content_hash("b") is None


async def test_naive_datetime_is_refused(sessions: Sessions) -> None:
    async with sessions.begin() as session:
        with pytest.raises(Exception, match="naive datetime"):
            await ArticleRepository(session).add(
                _card("A"), content_hash="a", stored_at=datetime(2022, 7, 1, 12, 0)
            )


async def test_delete_removes_article_and_its_search_row(sessions: Sessions) -> None:
    async with sessions.begin() as session:
        repo = ArticleRepository(session)
        gone = await repo.add(seed_card(), content_hash="seed", stored_at=NOW)
        kept = await repo.add(
            replace(seed_card(), headline="Putin lagi"), content_hash="s2", stored_at=NOW
        )
    async with sessions.begin() as session:
        assert await ArticleRepository(session).delete(gone) is True
        assert await ArticleRepository(session).delete(gone) is False
        # An id far past any article (no index shard was ever made for it) is simply unknown.
        assert await ArticleRepository(session).delete(10**12) is False
    async with sessions() as session:
        page = await search_articles(session, "putin")
        assert [hit.article.id for hit in page.hits] == [kept]
        assert page.total == 1
        assert await ArticleRepository(session).get(gone) is None


async def test_add_many_returns_ids_in_order_and_lists_work(sessions: Sessions) -> None:
    items = [
        NewArticle(
            card=_card(f"Berita {i}", topics=("Ekonomi",), hours_ago=i),
            content_hash=f"h{i}",
            stored_at=NOW - timedelta(days=i),
        )
        for i in range(5)
    ]
    async with sessions.begin() as session:
        ids = await ArticleRepository(session).add_many(items)
    async with sessions() as session:
        repo = ArticleRepository(session)
        assert [s.card.headline for s in await repo.get_many(ids)] == [
            f"Berita {i}" for i in range(5)
        ]
        latest = await repo.latest(2)
        assert [s.card.headline for s in latest] == ["Berita 0", "Berita 1"]
        assert [s.card.headline for s in await repo.latest(2, offset=3)] == [
            "Berita 3",
            "Berita 4",
        ]
        window = await repo.stored_since(NOW - timedelta(days=3), NOW)
        assert [s.card.headline for s in window] == ["Berita 3", "Berita 2", "Berita 1"]
        assert await repo.count() == 5


async def test_add_many_indexes_each_article_under_its_own_id(sessions: Sessions) -> None:
    words = ["gempa", "banjir", "pemilu", "inflasi", "vaksin"]
    items = [
        NewArticle(
            card=replace(_card(f"Berita {word}"), summary=(f"{word}.", "Kedua.")),
            content_hash=f"h-{word}",
            stored_at=NOW,
        )
        for word in words
    ]
    async with sessions.begin() as session:
        ids = await ArticleRepository(session).add_many(items)
    async with sessions() as session:
        for article_id, word in zip(ids, words, strict=True):
            page = await search_articles(session, word)
            assert [hit.article.id for hit in page.hits] == [article_id]
            assert page.hits[0].article.card.summary == (f"{word}.", "Kedua.")


async def test_feed_deletion_keeps_its_articles(sessions: Sessions) -> None:
    async with sessions.begin() as session:
        feed_id = await session.scalar(
            insert(Feed).values(url="https://x.test/rss", created_at=NOW).returning(Feed.id)
        )
        article_id = await ArticleRepository(session).add(
            _card("Dari feed"), content_hash="f", stored_at=NOW, feed_id=feed_id, story_id=7
        )
    async with sessions.begin() as session:
        await session.delete(await session.get(Feed, feed_id))
    async with sessions() as session:
        stored = await ArticleRepository(session).get(article_id)
        assert stored is not None and stored.feed_id is None and stored.story_id == 7


async def test_signed_64_bit_story_id_round_trips(sessions: Sessions) -> None:
    async with sessions.begin() as session:
        await ArticleRepository(session).add(
            _card("A"), content_hash="a", stored_at=NOW, story_id=-(2**63)
        )
    async with sessions() as session:
        assert await session.scalar(select(Article.story_id)) == -(2**63)


async def test_add_many_in_several_statements_keeps_ids_and_search_in_order(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three PostgreSQL statements, the next one's parameters built while one runs.
    monkeypatch.setattr(articles, "_POSTGRES_CHUNK", 2)
    words = ["gempa", "banjir", "pemilu", "inflasi", "vaksin"]
    items = [
        NewArticle(card=_card(f"Berita {word}"), content_hash=f"h-{word}", stored_at=NOW)
        for word in words
    ]
    async with sessions.begin() as session:
        ids = await ArticleRepository(session).add_many(items)
    async with sessions() as session:
        stored = await ArticleRepository(session).get_many(ids)
        assert [s.card.headline for s in stored] == [f"Berita {word}" for word in words]
        for article_id, word in zip(ids, words, strict=True):
            page = await search_articles(session, word)
            assert [hit.article.id for hit in page.hits] == [article_id]


async def test_new_ids_after_deleting_the_newest_article_are_the_stored_rows(
    sessions: Sessions,
) -> None:
    async with sessions.begin() as session:
        repo = ArticleRepository(session)
        first = await repo.add_many(
            [NewArticle(card=_card(f"Lama {i}"), content_hash=f"l{i}", stored_at=NOW) for i in "ab"]
        )
        await repo.delete(first[1])
        second = await repo.add_many(
            [NewArticle(card=_card(f"Baru {i}"), content_hash=f"b{i}", stored_at=NOW) for i in "ab"]
        )
    async with sessions() as session:
        # SQLite may give the deleted row's id to a new one, as it always has.
        stored = await ArticleRepository(session).get_many([first[0], *second])
        assert [s.card.headline for s in stored] == ["Lama a", "Baru a", "Baru b"]
        page = await search_articles(session, "baru")
        assert sorted(hit.article.id for hit in page.hits) == sorted(second)


async def test_long_article_round_trips_intact(sessions: Sessions) -> None:
    card = seed_card()
    long_card = replace(card, body=card.body * 12, summary=card.body)
    async with sessions.begin() as session:
        article_id = await ArticleRepository(session).add(
            long_card, content_hash="long", stored_at=NOW
        )
    async with sessions() as session:
        stored = await ArticleRepository(session).get(article_id)
    assert stored is not None and stored.card == long_card


def _mixed_words(rng: random.Random, count: int) -> list[IndexTerms]:
    """Random words of letters and digits, many in the shapes PostgreSQL's parser tells apart
    (numbers, scientific notation), leaving out the one postgres_vector declines."""
    cases = []
    for _ in range(count):
        alphabets = rng.choices(["abcdefghijklmnopqrstuvwxyz0123456789", "0123e"], k=400)
        words = ["".join(rng.choices(a, k=rng.randint(1, 8))) for a in alphabets]
        words = [word for word in words if not re.match(r"[0-9]+e[0-9]+[a-z]", word)]
        cases.append(IndexTerms(" ".join(words[:10]), " ".join(words[10:])))
    return cases


# Index terms where to_tsvector's reading has edges: repeats across headline and body, numbers,
# scientific notation (split by PostgreSQL's parser when letters follow), words at and past
# its 2,047-byte limit, a lexeme past 255 positions, non-ASCII letters, empty parts.
VECTOR_CASES = [
    IndexTerms("putin putin belarus", "putin bertemu lukashenko di moskow putin"),
    IndexTerms("covid19 2022 g20", "1e5 12e3 0x1f 007 e5 5e abc123 123abc"),
    IndexTerms("harga 1e5x", "1e5e naik 2e10kg"),
    IndexTerms("kata " + "x" * 2046, "y" * 2046 + " akhir"),
    IndexTerms("kata " + "x" * 2047, "akhir"),
    IndexTerms("berita", " ".join(["dan"] * 300 + ["selesai"])),
    IndexTerms("tokyo 東京", "café naïve straße"),
    IndexTerms("", "hanya isi"),
    IndexTerms("hanya judul", ""),
    IndexTerms("", ""),
    index_terms(seed_card()),
    *_mixed_words(random.Random(5), count=6),
]


# PostgreSQL's tsvector only: SQLite's index rows are the terms themselves.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_postgres_vectors_equal_to_tsvector(sessions: Sessions) -> None:
    items = [
        NewArticle(card=_card(f"Kasus {i}"), content_hash=f"v{i}", stored_at=NOW, terms=terms)
        for i, terms in enumerate(VECTOR_CASES)
    ]
    # Both paths run: Python builds most vectors, to_tsvector the ones it declines.
    built = [postgres_vector(terms) is not None for terms in VECTOR_CASES]
    assert any(built) and not all(built)
    expected = POSTGRES_VECTOR.format(headline=":h", body=":b")
    # One session: reads go through the connection add_many set up for binary tsvectors.
    async with sessions.begin() as session:
        ids = await ArticleRepository(session).add_many(items)
        for article_id, terms in zip(ids, VECTOR_CASES, strict=True):
            stored, as_text, same, same_text = (
                await session.execute(
                    text(
                        f"SELECT vector, vector::text, vector = {expected}, "
                        f"vector::text = ({expected})::text FROM article_search_0 WHERE id = :id"
                    ),
                    {"id": article_id, "h": terms.headline, "b": terms.body},
                )
            ).one()
            assert same and same_text, terms
            # Decoded from the binary form, it reads as PostgreSQL prints it.
            assert stored == as_text
