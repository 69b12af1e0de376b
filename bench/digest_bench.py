"""Digest building at scale: N subscribers with personal topics over M stored articles (SQLite).

Run: .venv/bin/python -m bench.digest_bench [--subscribers 10000] [--articles 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.services.digests import build_digests
from digest.model import Card
from digest.tag import topic_key
from storage.articles import ArticleRepository, NewArticle
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.models import Subscriber, Subscription
from storage.subscribers import SubscriberView

AT = datetime(2025, 7, 2, 0, 0, tzinfo=UTC)
PLACES = ["Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Rusia", "Ukraina", "Jepang"]
THEMES = ["ekonomi", "politik", "sepak bola", "banjir", "pemilu", "harga beras", "vaksin", "gempa"]
WORDS = [
    "pemerintah",
    "warga",
    "kota",
    "harga",
    "naik",
    "turun",
    "rapat",
    "menteri",
    "polisi",
    "sekolah",
    "pasar",
    "jalan",
]


def _topics() -> list[str]:
    names = list(PLACES) + [t.title() for t in THEMES]
    names += [f"Tokoh {n}" for n in range(300)]  # a long tail of people and organisations
    return names


def _card(rng: random.Random, n: int, names: list[str]) -> Card:
    topics = rng.sample(names, 4)
    words = " ".join(rng.sample(WORDS, 5))
    headline = f"{rng.choice(THEMES).title()} di {rng.choice(PLACES)}: {words} {n}"
    summary = tuple(" ".join(rng.sample(WORDS, 10)) + f" {n}." for _ in range(2))
    return Card(
        headline=headline,
        body=summary,
        summary=summary,
        source=rng.choice(["Kompas", "Tempo", "Detik", "Antara", "CNN Indonesia"]),
        topics=tuple(topics),
    )


async def _seed(url: str, subscribers: int, articles: int, rng: random.Random) -> None:
    await upgrade(url)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    names = _topics()
    async with sessions.begin() as session:
        items = [
            NewArticle(
                card=_card(rng, n, names),
                content_hash=f"h{n}",
                stored_at=AT - timedelta(minutes=rng.randrange(72 * 60)),
                story_id=n // 3 if n % 2 else None,  # half the news is in 3-source stories
            )
            for n in range(articles)
        ]
        await ArticleRepository(session).add_many(items)
        await session.execute(
            insert(Subscriber),
            [
                {"id": i + 1, "chat_id": 10_000 + i, "chat_type": "private", "language": "id",
                 "timezone": "Asia/Jakarta", "digest_time": "07:00", "created_at": AT}
                for i in range(subscribers)
            ],
        )  # fmt: skip
        keys = sorted({topic_key(n) for n in names} | set(THEMES))
        rows = []
        for i in range(subscribers):
            for key in rng.sample(keys, rng.randrange(0, 6)):
                rows.append(
                    {"subscriber_id": i + 1, "topic_key": key, "topic_name": key, "created_at": AT}
                )
        for start in range(0, len(rows), 5000):
            await session.execute(insert(Subscription), rows[start : start + 5000])
    await engine.dispose()


async def _views(url: str) -> list[SubscriberView]:
    engine = create_engine(url)
    from sqlalchemy import select

    async with create_sessionmaker(engine)() as session:
        topics: dict[int, list[tuple[str, str]]] = {}
        for sid, key, name in (
            await session.execute(
                select(Subscription.subscriber_id, Subscription.topic_key, Subscription.topic_name)
            )
        ).all():
            topics.setdefault(sid, []).append((key, name))
        rows = (await session.execute(select(Subscriber))).scalars().all()
        views = [
            SubscriberView(r.id, r.chat_id, r.chat_type, r.language, r.timezone, r.digest_time,
                           False, False, tuple(topics.get(r.id, ())))
            for r in rows
        ]  # fmt: skip
    await engine.dispose()
    return views


async def run(subscribers: int, articles: int) -> None:
    """Seed a database, then time building every subscriber's digest."""
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        await _seed(url, subscribers, articles, rng)
        views = await _views(url)
        engine = create_engine(url)
        wall, cpu = time.perf_counter(), time.process_time()
        async with create_sessionmaker(engine)() as session:
            digests = await build_digests(session, views, at=AT)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        await engine.dispose()
    items = sum(len(d.items) for d in digests)
    empty = sum(1 for d in digests if not d.items)
    print(f"subscribers={subscribers} articles={articles} digests={len(digests)} "
          f"items={items} empty={empty}")  # fmt: skip
    print(f"CPU {cpu:.2f} s = {1000 * cpu / subscribers:.3f} ms/subscriber "
          f"(wall {wall:.2f} s; target ≤ 0.5 ms/subscriber)")  # fmt: skip


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=5_000)
    args = parser.parse_args()
    asyncio.run(run(args.subscribers, args.articles))


if __name__ == "__main__":
    main()
