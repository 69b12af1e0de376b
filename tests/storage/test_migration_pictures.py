"""Migration 0011 keeps every article and reader, adds pictures unset and /preview off."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import text

from digest.model import Card
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.subscribers import SubscriberRepository

BEFORE = "0010_chat_places"
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
CARD = Card(
    headline="Banjir Rendam Ratusan Rumah di Bekasi",
    body=("Banjir merendam ratusan rumah warga di Bekasi Timur.", "Warga mengungsi."),
    summary=("Banjir merendam ratusan rumah warga di Bekasi Timur.",),
    published=NOW,
    topics=("Bekasi",),
)


async def test_existing_rows_get_no_picture_and_preview_off_then_both_store(
    empty_database_url: str,
) -> None:
    url = empty_database_url
    await upgrade(url, BEFORE)
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO articles (headline, body, summary, language, content_hash,"
                    " stored_at) VALUES ('Lama', 'Isi lama.', '[]', 'id', 'old', :now)"
                ),
                {"now": NOW},
            )
            await connection.execute(
                text(
                    "INSERT INTO subscribers (chat_id, chat_type, timezone, digest_time, paused,"
                    " created_at) VALUES (77, 'private', 'Asia/Jakarta', '07:00', false, :now)"
                ),
                {"now": NOW},
            )
    finally:
        await engine.dispose()

    await upgrade(url)

    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    try:
        async with sessions.begin() as session:
            articles = ArticleRepository(session)
            old = (await articles.latest(5))[0]
            assert old.card.headline == "Lama" and old.card.image is None
            reader = await SubscriberRepository(session).get(77)
            assert reader is not None and reader.preview is False
            new_id = await articles.add(
                replace(CARD, image="https://img.example.id/bekasi.jpg"),
                content_hash="new",
                stored_at=NOW,
            )
            await SubscriberRepository(session).update(77, preview=True)
        async with sessions.begin() as session:
            stored = await ArticleRepository(session).get(new_id)
            assert stored is not None and stored.card.image == "https://img.example.id/bekasi.jpg"
            reader = await SubscriberRepository(session).get(77)
            assert reader is not None and reader.preview is True
    finally:
        await engine.dispose()
