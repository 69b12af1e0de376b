"""Bulk ingest benchmark: IndoSum-based articles through ingest_article on SQLite and PostgreSQL.

Run: .venv/bin/python -m bench.ingest_bench [--articles 5000] [--backend both] [--profile]
PostgreSQL: KABAR_BENCH_POSTGRES_URL, else a throwaway local cluster (initdb/pg_ctl).

Articles are page text (headline, date line, paragraphs) built from IndoSum dev.01 at run time:
the 750 originals first, then mixes that keep a third of one article's paragraphs (its lead
first) and fill up to that article's length with single paragraphs of other articles, under a
headline joining the two articles' headlines. Each mix shares well under half its text with
any other, so the near-duplicate check lets it through as new, like a real stream of news.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import platform
import pstats
import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.indosum import DEV_01, load
from bench.search_bench import postgres_cluster
from bot.services.articles import ingest_article, prepare_card
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade

START = datetime(2024, 3, 1, 0, 0, tzinfo=UTC)
# One article a minute: a busy bot's pace, so the 72-hour story window holds ~4,300 of them.
PACE = timedelta(minutes=1)
WIB = timedelta(hours=7)
BLOCK = 1000
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


@dataclass(frozen=True, slots=True)
class Source:
    """One IndoSum article as running text."""

    headline: str
    paragraphs: tuple[str, ...]


def load_sources(path: Path = DEV_01) -> list[Source]:
    """Read and detokenize the IndoSum articles (never copied into the repository)."""
    sources = []
    for article in load(path):
        paragraphs = tuple(" ".join(p) for p in article.text_paragraphs() if p)
        if paragraphs and article.headline:
            sources.append(Source(article.headline.capitalize(), paragraphs))
    return sources


def _page(headline: str, paragraphs: tuple[str, ...], at: datetime) -> str:
    """Page text as `kabar ingest` reads it from a file: headline, date line, paragraphs."""
    local = at + WIB
    date = f"{local.day} {MONTHS[local.month - 1]} {local.year} {local:%H:%M} WIB"
    return "\n\n".join((headline, date, *paragraphs))


def articles(sources: list[Source], count: int, seed: int = 6) -> Iterator[tuple[str, datetime]]:
    """Yield `count` distinct (page text, ingest time) pairs: originals, then mixes."""
    rng = random.Random(seed)
    headlines: set[str] = set()
    for i in range(count):
        at = START + i * PACE
        base = sources[i % len(sources)]
        if i < len(sources):
            headline, paragraphs = base.headline, base.paragraphs
        else:
            keep = max(1, len(base.paragraphs) // 3)
            kept = base.paragraphs[:1] + tuple(
                sorted(rng.sample(base.paragraphs[1:], keep - 1), key=base.paragraphs.index)
            )
            donors = rng.sample(sources, max(3, len(base.paragraphs) - keep))
            paragraphs = kept + tuple(rng.choice(d.paragraphs) for d in donors)
            words, other = base.headline.split(), donors[0].headline.lower().split()
            headline = " ".join(words[: max(3, len(words) // 2)] + other[len(other) // 2 :])
        while headline in headlines:
            headline += f" ({len(headlines)})"
        headlines.add(headline)
        yield _page(headline, paragraphs, at), at


async def run_backend(name: str, url: str, pages: list[tuple[str, datetime]]) -> float:
    """Migrate a fresh database, ingest every page one by one, print and return articles/s."""
    await upgrade(url)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    statuses: Counter[str] = Counter()
    try:
        started = block = time.perf_counter()
        for done, (text, at) in enumerate(pages, 1):
            statuses[(await ingest_article(sessions, text, now=at)).status] += 1
            if done % BLOCK == 0:
                # per-block rates show whether ingest slows down as the database grows
                now = time.perf_counter()
                print(f"  {name}: articles {done - BLOCK + 1:,}-{done:,}: "
                      f"{BLOCK / (now - block):,.0f}/s", flush=True)  # fmt: skip
                block = now
        elapsed = time.perf_counter() - started
        async with sessions.begin() as session:
            stored = await ArticleRepository(session).count()
    finally:
        await engine.dispose()
    rate = len(pages) / elapsed
    print(
        f"{name}: {len(pages):,} articles in {elapsed:.1f} s = {rate:,.0f} articles/s "
        f"({dict(statuses)}; {stored:,} rows stored)",
        flush=True,
    )
    return rate


def parse_only(pages: list[tuple[str, datetime]]) -> float:
    """Articles/s of the pure part (parse, summarize, quote, tag) alone, for comparison."""
    started = time.perf_counter()
    for text, _ in pages:
        prepare_card(text)
    return len(pages) / (time.perf_counter() - started)


def profiled(pages: list[tuple[str, datetime]], url: str) -> None:
    """Run the SQLite pass under cProfile and print where the time goes."""
    profile = cProfile.Profile()
    profile.enable()
    asyncio.run(run_backend("sqlite (profiled)", url, pages))
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
    stats.print_stats(r"(digest|storage|bot)/", 30)
    out.write("\n--- by own time ---\n")
    stats.sort_stats("tottime").print_stats(25)
    print(out.getvalue())


def main() -> None:
    """Build the articles, then time ingest on each backend and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--profile", action="store_true", help="profile the SQLite pass")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if not DEV_01.exists():
        parser.exit(1, f"IndoSum not found at {DEV_01}\n")
    sources = load_sources()
    pages = list(articles(sources, args.articles))
    words = sum(len(text.split()) for text, _ in pages) / len(pages)
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor() or platform.machine(),
    )  # fmt: skip
    print(
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"{len(pages):,} articles from {len(sources)} IndoSum sources, {words:.0f} words each",
        flush=True,
    )
    print(f"parse only (prepare_card): {parse_only(pages[:1000]):,.0f} articles/s", flush=True)
    with tempfile.TemporaryDirectory(prefix="kabar-ingest-bench-") as tmp:
        if args.backend in ("sqlite", "both"):
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            if args.profile:
                profiled(pages, url)
            else:
                asyncio.run(run_backend("sqlite", url, pages))
        if args.backend in ("postgresql", "both"):
            with postgres_cluster() as pg_url:
                if pg_url is None:
                    print("postgresql: skipped (no initdb/pg_ctl, no KABAR_BENCH_POSTGRES_URL)")
                else:
                    asyncio.run(run_backend("postgresql", pg_url, pages))


if __name__ == "__main__":
    main()
