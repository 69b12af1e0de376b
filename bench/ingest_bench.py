"""Bulk ingest benchmark: `kabar ingest FOLDER` of IndoSum-based articles, SQLite and PostgreSQL.

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
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.indosum import DEV_01, load
from bench.search_bench import postgres_cluster
from bot.cli import main as cli_main
from bot.services.ingest import prepare_article

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


def write_pages(pages: list[tuple[str, datetime]], folder: Path) -> None:
    """One text file per article, named so the folder's sorted order is the stream order."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, (text, _) in enumerate(pages):
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")


def run_backend(name: str, url: str, folder: Path, count: int) -> float:
    """`kabar ingest FOLDER --json` into a fresh database; print and return articles/s."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = url
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "db", "upgrade"], env=env, check=True,
        capture_output=True,
    )  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", str(folder), "--json"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    statuses = Counter(json.loads(line)["status"] for line in done.stdout.splitlines())
    rate = count / elapsed
    print(
        f"{name}: {count:,} articles in {elapsed:.1f} s = {rate:,.0f} articles/s "
        f"({dict(statuses)})",
        flush=True,
    )
    return rate


def parse_only(pages: list[tuple[str, datetime]]) -> float:
    """Articles/s of the pure part (parse, summarize, quote, tag, fingerprints) on one core."""
    started = time.perf_counter()
    for text, _ in pages:
        prepare_article(text)
    return len(pages) / (time.perf_counter() - started)


def profiled(folder: Path, url: str) -> None:
    """Run the SQLite ingest in this process under cProfile (workers are not profiled)."""
    os.environ["KABAR_DATABASE_URL"] = url
    cli_main(["db", "upgrade"])
    profile = cProfile.Profile()
    profile.enable()
    with contextlib.redirect_stdout(io.StringIO()):
        cli_main(["ingest", str(folder)])
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
    stats.print_stats(r"(digest|storage|bot)/", 30)
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
    print(f"parse only, one core: {parse_only(pages[:1000]):,.0f} articles/s", flush=True)
    with tempfile.TemporaryDirectory(prefix="kabar-ingest-bench-") as tmp:
        folder = Path(tmp) / "articles"
        write_pages(pages, folder)
        if args.backend in ("sqlite", "both"):
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            if args.profile:
                profiled(folder, url)
            else:
                run_backend("sqlite", url, folder, len(pages))
        if args.backend in ("postgresql", "both"):
            with postgres_cluster() as pg_url:
                if pg_url is None:
                    print("postgresql: skipped (no initdb/pg_ctl, no KABAR_BENCH_POSTGRES_URL)")
                else:
                    run_backend("postgresql", pg_url, folder, len(pages))


if __name__ == "__main__":
    main()
