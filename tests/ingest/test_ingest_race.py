"""Two writers storing the same article at once: the loser says which stored article it is."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services import ingest
from bot.services.ingest import PreparedArticle, ingest_article
from storage.dedup_index import DuplicateIndex
from storage.models import Article

NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]

ARTICLE = """Harga Beras Naik Setelah Banjir Melanda Sentra Padi di Karawang

KARAWANG - Harga beras medium di pasar tradisional Karawang naik menjadi Rp14.000 per kilogram
setelah banjir merendam ribuan hektare sawah menjelang panen.

"Stok di gudang kami tinggal untuk dua minggu," kata Kepala Dinas Pertanian Karawang, Rohman.

Dinas Pertanian mencatat sedikitnya 2.300 hektare sawah gagal panen dan petani meminta bantuan
benih untuk musim tanam berikutnya.
"""
REWRITE = """Beras Mahal, Petani Karawang Minta Bantuan Benih Usai Banjir

KARAWANG - Petani di Karawang meminta pemerintah daerah menyalurkan bantuan benih setelah
banjir pekan lalu membuat panen gagal di banyak desa.

Menurut Rohman, pemerintah kabupaten sedang menghitung kebutuhan benih untuk setiap kecamatan
dan berharap bantuan dapat tiba sebelum musim tanam.
"""
LINK = "https://news.example.id/ekonomi/harga-beras-karawang"


def blind_next_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next duplicate check sees nothing, as if another writer stored just after it."""
    real = ingest._Known.load
    calls = 0

    async def load(
        index: DuplicateIndex, items: Sequence[PreparedArticle], since: datetime
    ) -> ingest._Known:
        nonlocal calls
        calls += 1
        if calls == 1:
            return ingest._Known({}, {}, {}, {}, {}, [[] for _ in items])
        return await real(index, items, since)

    monkeypatch.setattr(ingest._Known, "load", load)


async def _count(sessions: Sessions) -> int:
    async with sessions() as session:
        return await session.scalar(select(func.count()).select_from(Article)) or 0


async def test_raced_same_text_names_the_stored_article(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = await ingest_article(sessions, ARTICLE, now=NOW)
    assert stored.status == "new" and stored.id is not None
    blind_next_check(monkeypatch)
    raced = await ingest_article(sessions, ARTICLE, now=NOW)
    assert raced.status == "duplicate"
    assert raced.id == stored.id and raced.reason == f"same text as #{stored.id}"
    assert await _count(sessions) == 1


async def test_raced_same_link_names_the_stored_article(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = await ingest_article(sessions, ARTICLE, now=NOW, url=LINK)
    blind_next_check(monkeypatch)
    # Other text under the same link: the content hash finds nothing, the link does.
    raced = await ingest_article(sessions, REWRITE, now=NOW, url=LINK + "?utm_source=x")
    assert raced.status == "duplicate"
    assert raced.id == stored.id and raced.reason == f"same link as #{stored.id}"
    assert await _count(sessions) == 1


async def test_many_writers_at_once_store_one_and_all_name_it(sessions: Sessions) -> None:
    results = await asyncio.gather(*(ingest_article(sessions, ARTICLE, now=NOW) for _ in range(6)))
    new = [r for r in results if r.status == "new"]
    assert len(new) == 1
    for result in results:
        assert result.id == new[0].id, result
        assert "None" not in (result.reason or "")
    assert await _count(sessions) == 1
