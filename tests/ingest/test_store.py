"""Storing articles: duplicates of stored text and of each other, and story clusters.

Same test code on SQLite and PostgreSQL (the `sessions` fixture).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.ingest import (
    PreparedArticle,
    ingest_article,
    prepare_article,
    store_articles,
)
from storage.models import Article

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "000_779917d36cb11d91.txt").read_text(
    encoding="utf-8"
)
NOW = datetime(2022, 7, 2, 8, 0, tzinfo=UTC)

# The same event told by another outlet in its own words.
RETOLD = """Antara
2 Juli 2022 09:30 WIB

Putin: Sanksi Barat Justru Percepat Penyatuan Rusia dan Belarusia

MOSKOW, ANTARA - Presiden Rusia Vladimir Putin menyatakan sanksi dan tekanan politik \
negara-negara Barat justru mempercepat integrasi Rusia dengan Belarusia.

Berbicara dalam forum bilateral kedua negara pada Jumat, Putin mengatakan Moskow dan Minsk \
harus bersama-sama meminimalkan kerusakan akibat sanksi yang ia sebut ilegal.

Presiden Belarusia Alexander Lukashenko menjadi sekutu dekat Moskow sejak Putin mendukungnya \
saat gelombang protes anti-pemerintah pada 2020.

Rusia dan Belarusia menandatangani perjanjian persatuan pada 1997 untuk memulihkan hubungan \
dekat yang terputus setelah runtuhnya Uni Soviet.
"""

UNRELATED = """Kompas.com
2 Juli 2022 10:00 WIB

Harga Cabai Rawit di Pasar Induk Kramat Jati Turun Tajam

JAKARTA, KOMPAS.com - Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, \
turun tajam dalam sepekan terakhir seiring melimpahnya pasokan dari sentra produksi.

Pedagang mengatakan harga cabai rawit kini Rp 45.000 per kilogram, turun dari Rp 80.000 \
pada pekan lalu.

Dinas Ketahanan Pangan DKI Jakarta memperkirakan harga akan stabil hingga akhir bulan.
"""


def _prepared(text: str, url: str | None = None) -> PreparedArticle:
    prepared = prepare_article(text, url=url)
    assert isinstance(prepared, PreparedArticle), prepared
    return prepared


def _edited_seed() -> str:
    """The seed re-published with one paragraph rewritten."""
    return SEED.replace(
        "Pada bulan Februari, Lukashenko mengizinkan Moskow untuk menggunakan wilayahnya "
        "sebagai landasan peluncuran Rusia untuk menyerang Ukraina.",
        "Lukashenko pada Februari lalu membiarkan pasukan Rusia memakai wilayah Belarusia "
        "sebagai titik awal serangan ke Ukraina.",
    )


async def test_exact_and_near_duplicates_of_stored_articles(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first = await ingest_article(sessions, SEED, now=NOW)
    assert first.status == "new"
    again = await ingest_article(sessions, SEED, now=NOW)
    assert (again.status, again.id) == ("duplicate", first.id)
    assert again.reason == f"same text as #{first.id}"
    edited = await ingest_article(sessions, _edited_seed(), now=NOW)
    assert (edited.status, edited.id) == ("duplicate", first.id)
    assert edited.reason == f"nearly the same text as #{first.id}"
    other = await ingest_article(sessions, UNRELATED, now=NOW)
    assert other.status == "new"


async def test_same_link_is_a_duplicate_whatever_the_tracking_parameters(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first = await ingest_article(sessions, SEED, now=NOW, url="https://www.jitunews.com/read/1")
    tracked = await ingest_article(
        sessions, UNRELATED, now=NOW, url="https://jitunews.com/read/1?utm_source=rss#top"
    )
    assert (tracked.status, tracked.id) == ("duplicate", first.id)


async def test_batch_catches_duplicates_among_its_own_items(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    results = await store_articles(
        sessions,
        [_prepared(SEED), _prepared(UNRELATED), _prepared(SEED), _prepared(_edited_seed())],
        now=NOW,
    )
    assert [r.status for r in results] == ["new", "new", "duplicate", "duplicate"]
    assert results[2].id == results[0].id == results[3].id
    async with sessions() as session:
        stored = (await session.scalars(select(Article.headline))).all()
    assert len(stored) == 2


async def test_another_outlet_telling_the_same_story_joins_its_cluster(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first = await ingest_article(sessions, SEED, now=NOW)
    retold = await ingest_article(sessions, RETOLD, now=NOW + timedelta(hours=2))
    unrelated = await ingest_article(sessions, UNRELATED, now=NOW + timedelta(hours=2))
    assert retold.status == unrelated.status == "new"
    async with sessions() as session:
        story = dict((await session.execute(select(Article.id, Article.story_id))).all())
    assert story[first.id] is None
    assert story[retold.id] == first.id
    assert story[unrelated.id] is None


async def test_story_clusters_only_span_a_few_days(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await ingest_article(sessions, SEED, now=NOW)
    # Five days on, similar words are more likely a new event than the same story.
    late = await ingest_article(sessions, RETOLD, now=NOW + timedelta(days=5))
    async with sessions() as session:
        assert await session.scalar(select(Article.story_id).where(Article.id == late.id)) is None


async def test_batch_links_stories_told_within_the_batch(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    results = await store_articles(sessions, [_prepared(SEED), _prepared(RETOLD)], now=NOW)
    async with sessions() as session:
        story = dict((await session.execute(select(Article.id, Article.story_id))).all())
    assert story[results[1].id] == results[0].id
