"""Storage ingest benchmark: ArticleRepository.add_many alone, on SQLite and PostgreSQL.

Run: .venv/bin/python -m bench.storage_ingest [--articles 20000] [--backend both] [--rounds 1]
PostgreSQL: KABAR_BENCH_POSTGRES_URL, else a throwaway local cluster (initdb/pg_ctl).

The articles are search_bench's synthetic ones (360 Zipf-drawn IndoSum words, one topic each),
built with their index terms before the clock starts, as the ingest service hands them over
(stemming runs in its worker processes). Each round stores them into a fresh database in
transactions of 1,000 and reports articles/s over the whole run, and where the time went: the
statements, grouped by what they write (SQLAlchemy cursor events), the commits, and the rest
(Python: building parameters, the driver's encoding, the event loop). Wall time moves with
whatever else the machine runs, so each round also reports CPU time: this process's (all its
threads, aiosqlite's included) and, for a local PostgreSQL, its server processes' (read from
/proc; autovacuum workers that came and went in between are missed). On PostgreSQL each round
ends by checking the last batch's stored tsvectors against to_tsvector of the same terms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.search_bench import INDOSUM, load_vocabulary, postgres_cluster, synthetic_articles
from storage.articles import ArticleRepository, NewArticle
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.search_index import POSTGRES_VECTOR, by_shard, shard_table

# Statement text → phase, first match wins.
_PHASES = (
    ("articles", re.compile(r"^\s*(INSERT INTO articles|SELECT coalesce\(max\(id\))", re.I)),
    ("topics", re.compile(r"^\s*(INSERT INTO topics|SELECT (topics|t)\.key)", re.I)),
    ("topic links", re.compile(r"^\s*INSERT INTO article_topics", re.I)),
    ("search index", re.compile(r"^\s*INSERT INTO article_search", re.I)),
)


class StatementClock:
    """Adds up statement wall time per phase through an engine's cursor events."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._started = 0.0
        event.listen(engine.sync_engine, "before_cursor_execute", self._before)
        event.listen(engine.sync_engine, "after_cursor_execute", self._after)

    def _before(self, *_: Any) -> None:
        self._started = time.perf_counter()

    def _after(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        phase = next((name for name, pattern in _PHASES if pattern.match(statement)), "other SQL")
        self.seconds[phase] += time.perf_counter() - self._started


async def server_pids(engine: AsyncEngine) -> list[int]:
    """PostgreSQL's processes (backends and background workers); none for SQLite."""
    if engine.dialect.name != "postgresql":
        return []
    async with engine.connect() as connection:
        rows = await connection.execute(text("SELECT pid FROM pg_stat_activity"))
        return [int(pid) for (pid,) in rows]


def cpu_seconds(pids: list[int]) -> float | None:
    """User + system CPU seconds the processes used so far; None if /proc cannot tell."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                # Fields 14 and 15 (utime, stime), counted after the parenthesised name.
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def store_round(
    url: str, batches: list[list[NewArticle]]
) -> tuple[float, dict[str, float], dict[str, float]]:
    """Store every batch in its own transaction: seconds, where they went, CPU seconds."""
    await upgrade(url)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    # Connect (and let asyncpg read its type catalogue) before the clock starts.
    async with sessions.begin() as session:
        await ArticleRepository(session).count()
    pids = await server_pids(engine)
    server_before = cpu_seconds(pids)
    clock = StatementClock(engine)
    commits = 0.0
    client_before = time.process_time()
    started = time.perf_counter()
    for batch in batches:
        async with sessions() as session:
            async with session.begin():
                await ArticleRepository(session).add_many(batch)
                committing = time.perf_counter()
            commits += time.perf_counter() - committing
    elapsed = time.perf_counter() - started
    client = time.process_time() - client_before
    server_after = cpu_seconds(pids)
    async with sessions() as session:
        stored = await ArticleRepository(session).count()
    await engine.dispose()
    if stored != sum(len(batch) for batch in batches):
        raise RuntimeError(f"stored {stored} articles, expected {sum(map(len, batches))}")
    await check_vectors(url, batches[-1])
    phases = dict(clock.seconds)
    phases["commit"] = commits
    phases["python and driver"] = elapsed - sum(phases.values())
    cpu = {"client": client}
    if server_before is not None and server_after is not None:
        cpu["server"] = server_after - server_before
    return elapsed, phases, cpu


# A stored tsvector that differs from what to_tsvector makes of the same terms, in one shard.
_VECTOR_MISMATCHES = (
    "SELECT count(*) FROM {table} AS s JOIN unnest(CAST(:ids AS BIGINT[]), "
    "CAST(:headlines AS TEXT[]), CAST(:bodies AS TEXT[])) AS d(id, headline, body) "
    "ON s.id = d.id WHERE s.vector IS DISTINCT FROM "
    + POSTGRES_VECTOR.format(headline="d.headline", body="d.body")
)


async def check_vectors(url: str, batch: list[NewArticle]) -> None:
    """Fail unless the batch's stored tsvectors are exactly to_tsvector's (PostgreSQL only)."""
    engine = create_engine(url)
    if engine.dialect.name == "postgresql":
        terms = {item.content_hash: item.terms for item in batch}
        async with engine.connect() as connection:
            rows = await connection.execute(
                text("SELECT id, content_hash FROM articles WHERE content_hash = ANY(:hashes)"),
                {"hashes": list(terms)},
            )
            ids = {int(i): h for i, h in rows}
            wrong = len(batch) - len(ids)
            id_list = list(ids)
            for shard, positions in by_shard(id_list).items():
                shard_ids = [id_list[p] for p in positions]
                found = [terms[ids[i]] for i in shard_ids]
                params = {
                    "ids": shard_ids,
                    "headlines": [t.headline if t else "" for t in found],
                    "bodies": [t.body if t else "" for t in found],
                }
                statement = text(_VECTOR_MISMATCHES.format(table=shard_table(shard)))
                wrong += (await connection.execute(statement, params)).scalar_one()
        if wrong:
            raise RuntimeError(f"{wrong} of {len(batch)} stored tsvectors differ from to_tsvector")
    await engine.dispose()


@contextmanager
def backend_urls(backend: str, workdir: str, rounds: int) -> Iterator[list[str]]:
    """Yield one fresh database URL per round (none when the backend is unavailable)."""
    if backend == "sqlite":
        yield [f"sqlite+aiosqlite:///{workdir}/ingest-{n}.db" for n in range(rounds)]
        return
    with postgres_cluster() as url:
        if url is None:
            print("postgresql: skipped (no initdb/pg_ctl, no KABAR_BENCH_POSTGRES_URL)")
            yield []
            return
        base, _, name = url.rpartition("/")
        names = [f"{name}_ingest_{os.getpid()}_{n}" for n in range(rounds)]
        asyncio.run(_each_database(f"{base}/postgres", 'CREATE DATABASE "{name}"', names))
        try:
            yield [f"{base}/{n}" for n in names]
        finally:
            asyncio.run(
                _each_database(f"{base}/postgres", 'DROP DATABASE IF EXISTS "{name}"', names)
            )


async def _each_database(admin_url: str, statement: str, names: list[str]) -> None:
    """Run a CREATE or DROP DATABASE statement (a {name} slot) once per name."""
    # PostgreSQL runs these only outside a transaction.
    engine = create_engine(admin_url)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        for name in names:
            await connection.exec_driver_sql(statement.format(name=name))
    await engine.dispose()


def report(
    backend: str, count: int, elapsed: float, phases: dict[str, float], cpu: dict[str, float]
) -> None:
    """Print one round: articles/s, then wall and CPU ms per 1,000 articles."""
    split = ", ".join(
        f"{name} {seconds * 1e6 / count:,.0f}"
        for name, seconds in sorted(phases.items(), key=lambda kv: -kv[1])
    )
    used = ", ".join(f"{name} {seconds * 1e6 / count:,.0f}" for name, seconds in cpu.items())
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"{backend}: {count:,} articles in {elapsed:.2f} s = {count / elapsed:,.0f} articles/s "
        f"(load {load})\n  wall ms per 1,000 articles: {split}\n  CPU ms per 1,000 articles: "
        f"{used}",
        flush=True,
    )


def main() -> None:
    """Build the articles once, then time add_many on each backend, fresh database per round."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=1, help="fresh databases, back to back")
    args = parser.parse_args()
    if args.articles < 1 or args.rounds < 1:
        parser.error("--articles and --rounds must be at least 1")
    vocabulary, probabilities = load_vocabulary(INDOSUM)
    started = time.perf_counter()
    batches = list(synthetic_articles(args.articles, vocabulary, probabilities))
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; {args.articles:,} synthetic articles built "
        f"(with index terms) in {time.perf_counter() - started:.1f} s, not timed",
        flush=True,
    )
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory(prefix="kabar-storage-ingest-") as workdir:
        for backend in backends:
            with backend_urls(backend, workdir, args.rounds) as urls:
                for url in urls:
                    elapsed, phases, cpu = asyncio.run(store_round(url, batches))
                    report(backend, args.articles, elapsed, phases, cpu)


if __name__ == "__main__":
    main()
