"""A section followed in one language finds articles tagged in the other, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.digests import build_digest
from bot.services.subscribers import get_subscriber, register, subscribe
from digest.card import make_card
from digest.model import Card
from storage.articles import ArticleRepository
from storage.topic_catalog import TopicCatalog

TOPICS = Path(__file__).parents[1] / "digest" / "articles" / "topics"
# 07:00 in Jakarta.
MORNING = datetime(2025, 10, 22, 0, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


async def _store(sessions: Sessions, card: Card, name: str) -> int:
    async with sessions.begin() as session:
        return await ArticleRepository(session).add(
            card, content_hash=name, stored_at=MORNING - timedelta(hours=2)
        )


async def _digest_headlines(sessions: Sessions, chat_id: int, wanted: str) -> list[str]:
    await register(
        sessions, chat_id, "private", timezone="Asia/Jakarta", digest_time="07:00", now=MORNING
    )
    outcome = await subscribe(sessions, chat_id, wanted, now=MORNING)
    assert outcome.status == "added", outcome
    subscriber = await get_subscriber(sessions, chat_id)
    assert subscriber is not None
    async with sessions.begin() as session:
        digest = await build_digest(session, subscriber, at=MORNING)
    return [item.article.card.headline for item in digest.items]


async def test_subscribe_politics_gets_an_article_tagged_politik(sessions: Sessions) -> None:
    card = make_card((TOPICS / "id_politik_uu.txt").read_text(encoding="utf-8"))
    assert card.category == "politik"
    sport = make_card((TOPICS / "en_guardian_sport.txt").read_text(encoding="utf-8"))
    await _store(sessions, card, "politik")
    await _store(sessions, sport, "sport")
    assert await _digest_headlines(sessions, 9001, "politics") == [card.headline]


async def test_subscribe_politik_gets_an_english_politics_article(sessions: Sessions) -> None:
    card = make_card((TOPICS / "en_guardian_politics.txt").read_text(encoding="utf-8"))
    assert card.category == "politics"  # shown in the article's own language
    await _store(sessions, card, "politics")
    assert await _digest_headlines(sessions, 9002, "politik") == [card.headline]
    # "Russia" in an English story and "Rusia" in an Indonesian one are one topic.
    world = make_card((TOPICS / "en_bbc_world.txt").read_text(encoding="utf-8"))
    assert "Russia" in world.topics
    await _store(sessions, world, "world")
    assert await _digest_headlines(sessions, 9003, "Rusia") == [world.headline]


async def test_generic_places_are_offered_after_specific_topics(sessions: Sessions) -> None:
    for n in range(3):
        card = Card(
            headline=f"Berita {n}",
            body=(f"Berita {n}.",),
            summary=(f"Berita {n}.",),
            topics=("Indonesia", "Jakarta", *(("Persib",) if n == 0 else ())),
        )
        await _store(sessions, card, f"generic-{n}")
    async with sessions.begin() as session:
        names = [topic.name for topic in await TopicCatalog(session).most_used(10)]
    # Persib is on one article, Indonesia and Jakarta on three, yet Persib comes first.
    assert names == ["Persib", "Indonesia", "Jakarta"]


async def test_subscribe_a_body_by_its_full_name_gets_the_stories_that_say_its_short_name(
    sessions: Sessions,
) -> None:
    card = Card(
        headline="BI Tahan Suku Bunga di 5,75 Persen",
        body=("BI menahan suku bunga acuan di level 5,75 persen.", "Rupiah menguat."),
        summary=("BI menahan suku bunga acuan di level 5,75 persen.",),
        published=MORNING - timedelta(hours=3),
        topics=("BI", "ekonomi"),
    )
    await _store(sessions, card, "bi")
    assert await _digest_headlines(sessions, 9011, "Bank Indonesia") == [card.headline]
