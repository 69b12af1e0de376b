"""Counts read right in both languages: "1 result", "2 results", "1 hasil", "2 hasil"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.commands import _pass_line
from bot.i18n import counted
from bot.services.delivery import PassReport
from bot.services.ingest import ingest_article
from bot.services.subscribers import MAX_SUBSCRIPTIONS
from storage.db import create_engine, create_sessionmaker
from storage.feeds import FeedRepository
from tests.bot.conftest import Kabar

# Two short articles written for these tests: one about floods, one about floods and rice.
FLOOD = """Banjir Rendam Ratusan Rumah di Bekasi

BEKASI - Banjir merendam ratusan rumah warga di Kecamatan Bekasi Timur sejak Minggu malam
setelah hujan deras mengguyur wilayah itu selama lima jam.

Petugas gabungan dari BPBD, TNI dan Polri dikerahkan untuk mengevakuasi warga lanjut usia dan
anak-anak menggunakan perahu karet.
"""
RICE = """Harga Beras Naik Setelah Banjir Melanda Sentra Padi di Karawang

KARAWANG - Harga beras medium di pasar tradisional Karawang naik menjadi Rp14.000 per kilogram
setelah banjir merendam ribuan hektare sawah menjelang panen.

Dinas Pertanian mencatat sedikitnya 2.300 hektare sawah gagal panen dan petani meminta bantuan
benih untuk musim tanam berikutnya.
"""


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "<b>1</b> result for", "<b>2</b> results for"),
        ("id", "<b>1</b> hasil", "<b>2</b> hasil"),
    ],
)
async def test_search_header_counts_one_and_many(
    kabar: Kabar, language: str, one: str, two: str
) -> None:
    await kabar.ingest(FLOOD)
    user = kabar.user(1101, language_code=language)
    await user.send("/search bekasi")
    reply = (await user.wait_reply()).html or ""
    assert one in reply
    assert "</b> results" not in reply

    await kabar.ingest(RICE)
    await user.send("/search banjir")
    assert two in ((await user.wait_reply()).html or "")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("en", "· 1 article", "· 0 articles"), ("id", "· 1 artikel", "· 0 artikel")],
)
async def test_feed_list_counts_articles(kabar: Kabar, language: str, one: str, many: str) -> None:
    engine = create_engine(kabar.settings.database_url)
    sessions = create_sessionmaker(engine)
    now = datetime.now(UTC)
    try:
        async with sessions.begin() as session:
            feeds = FeedRepository(session)
            filled, _ = await feeds.add("https://example.com/rss", "Contoh", now)
            await feeds.add("https://example.org/atom", "Kosong", now)
    finally:
        await engine.dispose()
    engine = create_engine(kabar.settings.database_url)
    try:
        await ingest_article(create_sessionmaker(engine), FLOOD, now=now, feed_id=filled.id)
    finally:
        await engine.dispose()

    admin = kabar.admin(language_code=language)
    await admin.send("/feeds")
    text = (await admin.wait_reply()).text
    assert one in text and "1 articles" not in text
    assert many in text


def test_counted_nouns_in_both_languages() -> None:
    assert counted("en", "result", 1) == "1 result"
    assert counted("en", "result", 0) == "0 results"
    assert counted("en", "result", "1000+") == "1000+ results"
    assert counted("en", "topic", MAX_SUBSCRIPTIONS) == f"{MAX_SUBSCRIPTIONS} topics"
    assert counted("id", "result", 1) == "1 hasil"
    assert counted("id", "article", 2) == "2 artikel"


def test_delivery_pass_line_counts_digests_and_messages() -> None:
    one = _pass_line(PassReport(due=1, sent=1, messages=1))
    assert one == "1 digest due: 1 sent, 0 empty, 0 failed, 0 uncertain, 0 skipped (1 message)"
    many = _pass_line(PassReport(due=3, sent=2, failed=1, messages=4))
    assert many.startswith("3 digests due: 2 sent") and many.endswith("(4 messages)")
