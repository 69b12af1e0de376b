"""How long migration 0014 takes to move an existing search index into shards.

Run: .venv/bin/python -m bench.shard_upgrade [--articles 200000] [--backend both]

Writes search_bench's synthetic articles into a database at revision 0013 (one FTS5 table on
SQLite, a tsvector column on PostgreSQL, as that revision's code stored them), then times the
upgrade to head. PostgreSQL: KABAR_BENCH_POSTGRES_URL, else a throwaway local cluster.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import tempfile
import time

from sqlalchemy import text

from bench.search_bench import INDOSUM, load_vocabulary, postgres_cluster, synthetic_articles
from storage.articles import NewArticle
from storage.db import create_engine, upgrade
from storage.search_index import POSTGRES_VECTOR

BEFORE = "0013_alerts"


def _terms(batch: list[NewArticle]) -> list[tuple[str, str]]:
    """(headline terms, body terms) of each article, as the index stores them."""
    return [(item.terms.headline, item.terms.body) for item in batch if item.terms]


def _load_sqlite(path: str, batches: list[list[NewArticle]]) -> None:
    db = sqlite3.connect(path)
    next_id = 1
    for articles in batches:
        batch = _terms(articles)
        ids = range(next_id, next_id + len(batch))
        next_id += len(batch)
        db.executemany(
            "INSERT INTO articles (id, headline, body, summary, language, content_hash, stored_at)"
            " VALUES (?, ?, ?, '[]', 'id', ?, '2026-01-01 00:00:00.000000')",
            [(i, h, b, f"h{i}") for i, (h, b) in zip(ids, batch, strict=True)],
        )
        db.executemany(
            "INSERT INTO article_search(rowid, headline, body) VALUES (?, ?, ?)",
            [(i, h, b) for i, (h, b) in zip(ids, batch, strict=True)],
        )
        db.commit()
    db.close()


async def _load_postgresql(url: str, batches: list[list[NewArticle]]) -> None:
    engine = create_engine(url)
    vector = POSTGRES_VECTOR.format(headline="d.h", body="d.b")
    statement = text(
        "INSERT INTO articles (headline, body, summary, language, content_hash, stored_at,"
        f" search_vector) SELECT d.h, d.b, '[]', 'id', d.k, now(), {vector}"
        " FROM unnest(CAST(:h AS TEXT[]), CAST(:b AS TEXT[]), CAST(:k AS TEXT[])) AS d(h, b, k)"
    )
    done = 0
    for articles in batches:
        batch = _terms(articles)
        async with engine.begin() as connection:
            await connection.execute(
                statement,
                {
                    "h": [h for h, _ in batch],
                    "b": [b for _, b in batch],
                    "k": [f"h{done + n}" for n in range(len(batch))],
                },
            )
        done += len(batch)
    await engine.dispose()


async def _timed_upgrade(url: str) -> float:
    started = time.perf_counter()
    await upgrade(url)
    return time.perf_counter() - started


def main() -> None:
    """Time the upgrade into shards on SQLite and (when available) PostgreSQL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    vocabulary, probabilities = load_vocabulary(INDOSUM)
    batches = list(synthetic_articles(args.articles, vocabulary, probabilities))
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="kabar-bench-") as tmp:
            url = f"sqlite+aiosqlite:///{tmp}/old.db"
            asyncio.run(upgrade(url, BEFORE))
            _load_sqlite(f"{tmp}/old.db", batches)
            seconds = asyncio.run(_timed_upgrade(url))
            print(f"sqlite: {args.articles:,} articles upgraded into shards in {seconds:.1f} s")
    if args.backend in ("postgresql", "both"):
        with postgres_cluster() as pg_url:
            if pg_url is None:
                print("postgresql: skipped (no initdb/pg_ctl, no KABAR_BENCH_POSTGRES_URL)")
                return
            asyncio.run(upgrade(pg_url, BEFORE))
            asyncio.run(_load_postgresql(pg_url, batches))
            seconds = asyncio.run(_timed_upgrade(pg_url))
            print(f"postgresql: {args.articles:,} articles upgraded into shards in {seconds:.1f} s")


if __name__ == "__main__":
    main()
