"""What a digest holds: matching, unseen, in-window stories, one per story, ranked."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.digests import Digest, build_digest, build_digests
from digest.render import utf16_len
from storage.ledger import DeliveryLedger
from tests.delivery.conftest import MORNING, News, card, subscribe

HOUR = timedelta(hours=1)


def headlines(digest: Digest) -> list[str]:
    return [item.article.card.headline for item in digest.items]


async def test_only_matching_unseen_articles_inside_the_window(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    fresh = await news.add(
        card("Putin bertemu Lukashenko di Moskow", topics=["Rusia", "Belarusia"]),
        stored_at=MORNING - 2 * HOUR,
    )
    await news.add(card("Persija menang 2-0", topics=["Persija"]), stored_at=MORNING - HOUR)
    await news.add(
        card("Rusia umumkan sanksi baru", topics=["Rusia"]), stored_at=MORNING - 80 * HOUR
    )
    await news.add(card("Rusia tutup kedutaan", topics=["Rusia"]), stored_at=MORNING + HOUR)
    seen = await news.add(card("Rusia kirim gandum", topics=["Rusia"]), stored_at=MORNING - HOUR)
    reader = await subscribe(sessions, 501, topics=["rusia"])
    async with sessions.begin() as session:
        await DeliveryLedger(session).remember_delivered_many({reader.id: [seen]}, MORNING - HOUR)
        digest = await build_digest(session, reader, at=MORNING)
    assert headlines(digest) == ["Putin bertemu Lukashenko di Moskow"]
    assert digest.items[0].article.id == fresh
    assert digest.day.isoformat() == "2025-07-02"  # Jakarta's date at 07:00 local


async def test_keyword_subscription_matches_headline_words_in_any_inflection(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    await news.add(card("Harga beras naik lagi di pasar Jakarta"), stored_at=MORNING - HOUR)
    await news.add(card("Harga minyak dunia turun"), stored_at=MORNING - HOUR)
    await news.add(
        card("Petani panen raya", summary=["Kenaikan harga beras membuat petani senang."]),
        stored_at=MORNING - 3 * HOUR,
    )
    reader = await subscribe(sessions, 502, topics=["Harga Beras"])
    async with sessions.begin() as session:
        digest = await build_digest(session, reader, at=MORNING)
    # The headline match ranks above the one found only in the summary.
    assert headlines(digest) == ["Harga beras naik lagi di pasar Jakarta", "Petani panen raya"]


async def test_one_story_from_several_sources_appears_once_with_the_others_named(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    for source in ("Kompas", "Tempo", "Detik"):
        await news.add(
            card(f"Gempa guncang Cianjur ({source})", topics=["Cianjur"], source=source),
            stored_at=MORNING - 2 * HOUR,
            story_id=77,
        )
    await news.add(card("Banjir di Cianjur", topics=["Cianjur"]), stored_at=MORNING - HOUR)
    reader = await subscribe(sessions, 503, topics=["Cianjur"])
    async with sessions.begin() as session:
        digest = await build_digest(session, reader, at=MORNING)
    assert len(digest.items) == 2
    quake = digest.items[0]  # three outlets outrank one slightly newer report
    assert quake.article.card.headline.startswith("Gempa guncang Cianjur")
    assert set(quake.also_reported_by) | {quake.article.card.source} == {"Kompas", "Tempo", "Detik"}
    assert len(quake.also_reported_by) == 2
    text = "\n".join(digest.messages())
    assert text.count("<b>Gempa guncang Cianjur") == 1
    assert all(source in text for source in quake.also_reported_by)


async def test_newer_news_ranks_first_and_max_items_caps_the_digest(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    for hours in range(1, 16):
        await news.add(
            card(f"Kabar ekonomi jam {hours}", topics=["Ekonomi"]), stored_at=MORNING - hours * HOUR
        )
    reader = await subscribe(sessions, 504, topics=["ekonomi"])
    async with sessions.begin() as session:
        digest = await build_digest(session, reader, at=MORNING, max_items=5)
    assert headlines(digest) == [f"Kabar ekonomi jam {h}" for h in range(1, 6)]


async def test_without_subscriptions_the_top_stories_come(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    await news.add(card("Berita kecil"), stored_at=MORNING - HOUR)
    for source in ("Kompas", "Tempo"):
        await news.add(
            card(f"Berita besar {source}", source=source), stored_at=MORNING - 2 * HOUR, story_id=5
        )
    reader = await subscribe(sessions, 505)
    async with sessions.begin() as session:
        digest = await build_digest(session, reader, at=MORNING)
    assert [h.startswith("Berita besar") for h in headlines(digest)] == [True, False]


async def test_nothing_new_gives_an_empty_digest_and_no_message(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    await news.add(card("Persija menang", topics=["Persija"]), stored_at=MORNING - HOUR)
    reader = await subscribe(sessions, 506, topics=["Rusia"])
    async with sessions.begin() as session:
        digest = await build_digest(session, reader, at=MORNING)
    assert digest.items == () and digest.messages() == []


async def test_long_digests_split_into_telegram_sized_messages(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    long_summary = ["Pemerintah menjelaskan kebijakan baru. " * 25, "Warga menanggapi. " * 30]
    for n in range(10):
        await news.add(
            card(
                f"Kebijakan baru nomor {n} <diumumkan> & dibahas",
                topics=["Kebijakan"],
                summary=long_summary,
            ),
            stored_at=MORNING - HOUR,
        )
    reader = await subscribe(sessions, 507, topics=["kebijakan"])
    async with sessions.begin() as session:
        digest = await build_digest(session, reader, at=MORNING)
    messages = digest.messages()
    assert len(digest.items) == 10 and len(messages) >= 2
    assert all(utf16_len(m) <= 4096 for m in messages)
    assert "&lt;diumumkan&gt; &amp; dibahas" in messages[0]  # article text is escaped


async def test_many_subscribers_at_once_match_one_by_one_results(
    sessions: async_sessionmaker[AsyncSession], news: News
) -> None:
    await news.add(
        card("Rusia dan Ukraina berunding", topics=["Rusia", "Ukraina"]), stored_at=MORNING - HOUR
    )
    await news.add(card("Timnas menang", topics=["Sepak Bola"]), stored_at=MORNING - 2 * HOUR)
    readers = [
        await subscribe(sessions, 510, topics=["Ukraina"]),
        await subscribe(sessions, 511, topics=["sepak bola"]),
        await subscribe(sessions, 512, topics=["Rusia", "Sepak Bola"]),
        await subscribe(sessions, 513, topics=["Jepang"]),
    ]
    async with sessions.begin() as session:
        together = await build_digests(session, readers, at=MORNING)
        alone = [await build_digest(session, r, at=MORNING) for r in readers]
    assert [headlines(d) for d in together] == [headlines(d) for d in alone]
    assert [len(d.items) for d in together] == [1, 1, 2, 0]
