"""Re-keying topics and subscriptions: "Bank Indonesia" and "BI" become one topic, nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text

from digest.model import Card
from storage.articles import ArticleRepository
from storage.db import upgrade
from tests.storage.old_schema import connected, session_at

BEFORE = "0014_search_shards"
NOW = datetime(2026, 12, 4, 7, 0, tzinfo=UTC)


def _card(headline: str) -> Card:
    return Card(
        headline=headline,
        body=(f"{headline}. Bank Indonesia menahan suku bunga.", "Paragraf kedua."),
        summary=(f"{headline}.",),
        published=NOW,
    )


async def _state(url: str) -> tuple[list[tuple[Any, ...]], ...]:
    """Topics, article links and subscriptions, each as sorted rows."""
    queries = (
        "SELECT key, name FROM topics ORDER BY key",
        "SELECT a.headline, t.key FROM article_topics l JOIN articles a ON a.id = l.article_id"
        " JOIN topics t ON t.id = l.topic_id ORDER BY a.headline, t.key",
        "SELECT s.chat_id, x.topic_key, x.topic_name FROM subscriptions x"
        " JOIN subscribers s ON s.id = x.subscriber_id ORDER BY s.chat_id, x.topic_key",
    )
    async with connected(url) as connection:
        results = [(await connection.execute(text(query))).all() for query in queries]
    return tuple([tuple(row) for row in rows] for rows in results)


async def test_spelled_out_and_short_names_become_one_topic_and_subscription(
    empty_database_url: str,
) -> None:
    url = empty_database_url
    async with session_at(url, BEFORE) as session:
        repository = ArticleRepository(session)
        both = await repository.add(_card("Suku Bunga Tetap"), content_hash="a", stored_at=NOW)
        long_only = await repository.add(_card("Rupiah Menguat"), content_hash="b", stored_at=NOW)
        statements = [
            # As the keys were made before: "Bank Indonesia" on its own key.
            "INSERT INTO topics (key, name) VALUES ('bi', 'BI')",
            "INSERT INTO topics (key, name) VALUES ('bank indonesia', 'Bank Indonesia')",
            "INSERT INTO topics (key, name) VALUES ('rupiah', 'Rupiah')",
            "INSERT INTO article_topics (article_id, topic_id, rank) SELECT :both, id, 1"
            " FROM topics WHERE key = 'bi'",
            "INSERT INTO article_topics (article_id, topic_id, rank) SELECT :both, id, 2"
            " FROM topics WHERE key = 'bank indonesia'",
            "INSERT INTO article_topics (article_id, topic_id, rank) SELECT :long, id, 1"
            " FROM topics WHERE key = 'bank indonesia'",
            "INSERT INTO article_topics (article_id, topic_id, rank) SELECT :long, id, 2"
            " FROM topics WHERE key = 'rupiah'",
        ]
        for chat in (71, 72):
            statements.append(
                "INSERT INTO subscribers (chat_id, chat_type, timezone, digest_time, paused,"
                f" created_at) VALUES ({chat}, 'private', 'Asia/Jakarta', '07:00', false,"
                " :now)"
            )
        for chat, key, name, minutes in (
            (71, "bank indonesia", "Bank Indonesia", 0),
            (71, "bi", "BI", 5),
            (71, "rupiah", "rupiah", 9),
            (72, "komisi pemberantasan korupsi", "Komisi Pemberantasan Korupsi", 0),
        ):
            statements.append(
                "INSERT INTO subscriptions (subscriber_id, topic_key, topic_name, created_at)"
                f" SELECT id, '{key}', '{name}', :later{minutes}"
            )
            statements[-1] += f" FROM subscribers WHERE chat_id = {chat}"
        params = {"both": both, "long": long_only, "now": NOW}
        params |= {f"later{m}": NOW + timedelta(minutes=m) for m in (0, 5, 9)}
        for statement in statements:
            await session.execute(text(statement), params)

    await upgrade(url)
    after = await _state(url)
    topics, links, subscriptions = after
    assert topics == [("bi", "BI"), ("rupiah", "Rupiah")]
    # Both articles keep Bank Indonesia, once each; nothing else is lost.
    assert links == [
        ("Rupiah Menguat", "bi"),
        ("Rupiah Menguat", "rupiah"),
        ("Suku Bunga Tetap", "bi"),
    ]
    # The older of two subscriptions to one body stays; another reader's is re-keyed.
    assert subscriptions == [
        (71, "bi", "Bank Indonesia"),
        (71, "rupiah", "rupiah"),
        (72, "kpk", "Komisi Pemberantasan Korupsi"),
    ]

    await upgrade(url)
    assert await _state(url) == after
