"""Round trip from a user's /search to the bot's reply, beside /help, over loopback.

Run: .venv/bin/python -m bench.bot_roundtrip [--articles 10000] [--requests 200] [--profile]

The bot runs for real (python-telegram-bot long polling against the sandbox Bot API
server over HTTP) on a SQLite database holding synthetic IndoSum-vocabulary articles.
Each request comes from a different user so Telegram's one-message-per-second-per-chat
pacing does not enter the numbers; /help is the floor set by the transport.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import bot.handlers.search as search_handlers
from bench.search_bench import load_vocabulary, percentile, pick_queries, synthetic_articles
from bot.app import build_application, running
from bot.sandbox.server import SandboxServer
from bot.settings import Settings
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade

INDOSUM = Path(__file__).resolve().parents[2] / "shared" / "data" / "indosum" / "dev.01.jsonl"


async def _load(url: str, count: int) -> list[str]:
    await upgrade(url)
    vocabulary, probabilities = load_vocabulary(INDOSUM)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    for batch in synthetic_articles(count, vocabulary, probabilities):
        async with sessions.begin() as session:
            await ArticleRepository(session).add_many(batch)
    await engine.dispose()
    return vocabulary


async def _time(server: SandboxServer, texts: list[str], first_user: int) -> list[float]:
    timings = []
    for i, text in enumerate(texts):
        user = server.user(first_user + i, language_code="en")
        started = time.perf_counter()
        await user.send(text)
        await user.wait_reply(timeout=10)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _profiled(profile: cProfile.Profile) -> None:
    """Profile the search service and the page rendering inside the /search handler."""
    search, render_page = search_handlers.search, search_handlers.render_page

    async def profiled_search(*args: Any, **kwargs: Any) -> Any:
        # The event loop is idle while a search awaits the database (requests are sequential),
        # so what the profile catches in between is the search's own work.
        profile.enable()
        try:
            return await search(*args, **kwargs)
        finally:
            profile.disable()

    def profiled_render(*args: Any, **kwargs: Any) -> str:
        profile.enable()
        try:
            return render_page(*args, **kwargs)
        finally:
            profile.disable()

    search_handlers.search = profiled_search
    search_handlers.render_page = profiled_render


async def main(articles: int, requests: int, profile: cProfile.Profile | None = None) -> None:
    """Load the database, start the bot, time /help and /search round trips."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        started = time.perf_counter()
        vocabulary = await _load(url, articles)
        print(f"stored {articles} articles in {time.perf_counter() - started:.1f} s")
        server = SandboxServer()
        api = await server.start()
        settings = Settings(database_url=url, telegram_api_url=api, send_rate=1000)
        application = build_application(
            settings, token="1:bench", api_url=api, schedule_deliveries=False
        )
        async with running(application, poll_timeout=1):
            await _time(server, ["/help"] * 20, 900_000)  # warm-up: connections, caches
            helps = await _time(server, ["/help"] * requests, 100_000)
            if profile is not None:
                _profiled(profile)
            queries = [f"/search {q}" for q in pick_queries(vocabulary, requests)]
            searches = await _time(server, queries, 200_000)
        await server.stop()
    for name, values in (("/help", helps), ("/search", searches)):
        print(
            f"{name:8} p50 {statistics.median(values):6.2f} ms   "
            f"p95 {percentile(values, 0.95):6.2f} ms   (n={len(values)})"
        )
    gap = statistics.median(searches) - statistics.median(helps)
    print(f"/search p50 − /help p50 = {gap:.2f} ms (target ≤ 5 ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--profile", action="store_true", help="print where /search spends its time (cProfile)"
    )
    options = parser.parse_args()
    profiler = cProfile.Profile() if options.profile else None
    asyncio.run(main(options.articles, options.requests, profiler))
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
