"""Search and storage-ingest benchmark on SQLite and PostgreSQL.

Run: .venv/bin/python -m bench.search_bench [--articles 100000] [--queries 200]
PostgreSQL: KABAR_BENCH_POSTGRES_URL, else a throwaway local cluster (initdb/pg_ctl).
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from digest.model import Card
from digest.terms import index_text
from storage.articles import ArticleRepository, NewArticle
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.search import search_articles
from storage.search_index import index_terms

INDOSUM = Path("/work/shared/data/indosum/dev.01.jsonl")
NOW = datetime(2026, 1, 1, tzinfo=UTC)
BATCH = 1000
# Realistic queries are content words: skip the most frequent (function words) and rare ones.
QUERY_RANKS = range(60, 4000)
LIKE_QUERIES = 20


def load_vocabulary(path: Path) -> tuple[list[str], np.ndarray]:
    """Return IndoSum words by frequency and Zipfian sampling probabilities for them."""
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["paragraphs"]:
                for sentence in paragraph:
                    counts.update(w.lower() for w in sentence if w.isalpha())
    vocabulary = [word for word, _ in counts.most_common()]
    weights = 1.0 / np.arange(1, len(vocabulary) + 1)
    return vocabulary, weights / weights.sum()


def synthetic_articles(
    count: int, vocabulary: list[str], probabilities: np.ndarray, seed: int = 1
) -> Iterator[list[NewArticle]]:
    """Yield batches of ~350-word articles with Zipf-distributed IndoSum words."""
    rng = np.random.default_rng(seed)
    words = np.array(vocabulary, dtype=object)
    for start in range(0, count, BATCH):
        batch = []
        for i in range(start, min(start + BATCH, count)):
            drawn = words[rng.choice(len(words), size=360, p=probabilities)]
            headline = " ".join(drawn[:10]).capitalize()
            body = tuple(" ".join(drawn[10 + 70 * p : 80 + 70 * p]) + "." for p in range(5))
            card = Card(
                headline=headline,
                body=body,
                summary=body[:2],
                published=NOW - timedelta(minutes=int(rng.integers(0, 525_600))),
                topics=(str(drawn[0]),),
            )
            # As in ingest (fingerprint_card): stemming happens before storing, not in add_many.
            terms = index_terms(card)
            batch.append(
                NewArticle(card=card, content_hash=f"bench-{i}", stored_at=NOW, terms=terms)
            )
        yield batch


def pick_queries(vocabulary: list[str], count: int) -> list[str]:
    """Return deterministic 1-3-word queries drawn from content-word ranks."""
    rng = random.Random(7)
    pool = vocabulary[QUERY_RANKS.start : QUERY_RANKS.stop]
    return [" ".join(rng.sample(pool[: 300 * n], n)) for n in rng.choices([1, 2, 3], k=count)]


def percentile(values: list[float], share: float) -> float:
    """Return the value below which `share` of values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def run_backend(
    name: str,
    url: str,
    articles: int,
    queries: list[str],
    vocabulary: list[str],
    probs: np.ndarray,
    like_queries: int = LIKE_QUERIES,
) -> dict[str, float]:
    """Load articles, then time search_articles and a LIKE scan; return the measurements.

    A database that already holds articles (--database-url, a second run) is searched as
    it is: nothing is loaded and the ingest rate is not measured.
    """
    await upgrade(url)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    async with sessions() as session:
        stored = int(await session.scalar(text("SELECT count(*) FROM articles")) or 0)
    ingest_seconds = 0.0
    for batch in synthetic_articles(articles if not stored else 0, vocabulary, probs):
        started = time.perf_counter()
        async with sessions.begin() as session:
            await ArticleRepository(session).add_many(batch)
        ingest_seconds += time.perf_counter() - started
        stored += len(batch)
    async with engine.begin() as connection:
        await connection.exec_driver_sql("ANALYZE")
    latencies = []
    totals = []
    async with sessions() as session:
        for query in queries[:10]:
            await search_articles(session, query)
        for query in queries:
            started = time.perf_counter()
            page = await search_articles(session, query)
            latencies.append((time.perf_counter() - started) * 1000)
            # Counting stops at COUNTED_MATCHES: a capped total is recorded as one more.
            totals.append(page.total + page.total_capped)
        like = []
        for query in queries[:like_queries]:
            started = time.perf_counter()
            await _like_search(session, query)
            like.append((time.perf_counter() - started) * 1000)
    await engine.dispose()
    result = {
        "articles": stored,
        "ingest_per_s": stored / ingest_seconds if ingest_seconds else float("nan"),
        "p50_ms": percentile(latencies, 0.50),
        "p95_ms": percentile(latencies, 0.95),
        "max_ms": max(latencies),
        "median_hits": statistics.median(totals),
        "like_p50_ms": percentile(like, 0.50),
        "like_p95_ms": percentile(like, 0.95),
    }
    result["like_ratio_p50"] = result["like_p50_ms"] / result["p50_ms"]
    # Common single words match a third of the corpus; names and topics match far fewer.
    for label, keep in (("p95_ms_le_1000_hits", True), ("p95_ms_gt_1000_hits", False)):
        subset = [ms for ms, hits in zip(latencies, totals, strict=True) if (hits <= 1000) == keep]
        if subset:
            result[label] = percentile(subset, 0.95)
            result[label.replace("p95_ms", "queries")] = len(subset)
    print(f"{name}: " + ", ".join(f"{k}={v:,.2f}" for k, v in result.items()), flush=True)
    return result


async def _like_search(session: AsyncSession, query: str) -> None:
    # ILIKE on PostgreSQL: SQLite's LIKE is already case-insensitive, and so is our search.
    like = "LIKE" if session.get_bind().dialect.name == "sqlite" else "ILIKE"
    conditions = " AND ".join(
        f"(headline {like} :w{i} OR body {like} :w{i})" for i in range(len(query.split()))
    )
    params: dict[str, object] = {f"w{i}": f"%{w}%" for i, w in enumerate(query.split())}
    where = f"WHERE {conditions}"
    await session.scalar(text(f"SELECT count(*) FROM articles {where}"), params)
    await session.execute(
        text(
            f"SELECT id FROM articles {where} "
            "ORDER BY coalesce(published_at, stored_at) DESC LIMIT 10"
        ),
        params,
    )


@contextmanager
def postgres_cluster() -> Iterator[str | None]:
    """Yield a PostgreSQL URL: KABAR_BENCH_POSTGRES_URL, a throwaway cluster, or None."""
    if given := os.environ.get("KABAR_BENCH_POSTGRES_URL"):
        yield given
        return

    def find(name: str) -> str | None:
        return shutil.which(name) or next(
            iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
        )

    initdb, pg_ctl, createdb = find("initdb"), find("pg_ctl"), find("createdb")
    if not (initdb and pg_ctl and createdb):
        yield None
        return
    workdir = Path(tempfile.mkdtemp(prefix="kabar-bench-pg-"))
    # PostgreSQL refuses to run as root.
    as_user = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    if as_user:
        shutil.chown(workdir, user="nobody")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = str(workdir / "data")
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB"
    try:
        for argv in (
            [initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
             "--locale=C.UTF-8"],
            [pg_ctl, "-D", data, "-l", str(workdir / "log"), "-o", options, "-w", "start"],
            [createdb, "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "kabar_bench"],
        ):  # fmt: skip
            subprocess.run([*as_user, *argv], check=True, capture_output=True)
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/kabar_bench"
    finally:
        subprocess.run(
            [*as_user, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    """Run the benchmark on SQLite and (when available) PostgreSQL and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--like-queries", type=int, default=LIKE_QUERIES)
    parser.add_argument(
        "--database-url", help="search this database (loaded first if it has no articles)"
    )
    args = parser.parse_args()
    vocabulary, probabilities = load_vocabulary(INDOSUM)
    queries = pick_queries(vocabulary, args.queries)
    # Stemming a word the first time is text processing, not storage: pay it up front (and
    # report it) so the ingest figure is add_many itself, as in a long-running bot.
    started = time.perf_counter()
    index_text(" ".join(vocabulary + [word.capitalize() for word in vocabulary]))
    cold = 2 * len(vocabulary) / (time.perf_counter() - started)
    print(f"first-time stemming: {cold:,.0f} distinct words/s", flush=True)
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; {len(vocabulary):,} IndoSum words; "
        f"{args.articles:,} articles; {len(queries)} queries, e.g. {queries[:4]}",
        flush=True,
    )
    if args.database_url:
        asyncio.run(run_backend("given", args.database_url, args.articles, queries, vocabulary,
                                probabilities, args.like_queries))  # fmt: skip
        return
    with tempfile.TemporaryDirectory(prefix="kabar-bench-") as tmp:
        if args.backend in ("sqlite", "both"):
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            asyncio.run(run_backend("sqlite", url, args.articles, queries, vocabulary,
                                    probabilities, args.like_queries))  # fmt: skip
        if args.backend in ("postgresql", "both"):
            with postgres_cluster() as pg_url:
                if pg_url is None:
                    print("postgresql: skipped (no initdb/pg_ctl, no KABAR_BENCH_POSTGRES_URL)")
                else:
                    asyncio.run(run_backend("postgresql", pg_url, args.articles, queries,
                                            vocabulary, probabilities,
                                            args.like_queries))  # fmt: skip


if __name__ == "__main__":
    main()
