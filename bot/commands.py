"""The command-line use cases behind `kabar ingest|summarize|search|digest|deliver|db`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections import Counter, deque
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy.exc import SQLAlchemyError
from tqdm import tqdm

from bot.i18n import counted
from bot.output import CommandError, print_json, print_text, terminal_text
from bot.runtime import Runtime, open_runtime, safe_database_url
from bot.services.articles import search
from bot.services.feeds import ingest_feed_url, is_feed_response
from bot.services.fetch import FetchError, FetchPolicy, SafeFetcher
from bot.services.ingest import (
    IngestResult,
    PreparedArticle,
    prepare_article,
    store_articles,
)
from bot.services.ingest_workers import parse_pool
from bot.services.opml import register_opml
from bot.services.sources import RawInput, count_inputs, expand_inputs, is_folder
from bot.settings import Settings
from digest.card import make_card
from digest.feeds import FeedError
from digest.model import ArticleRejected, Card
from digest.render import format_date
from storage.db import upgrade

if TYPE_CHECKING:
    from bot.services.delivery import PassReport

log = logging.getLogger(__name__)


@asynccontextmanager
async def _runtime(settings: Settings) -> AsyncIterator[Runtime]:
    try:
        async with open_runtime(settings) as runtime:
            yield runtime
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise CommandError(
            f"cannot use the database {safe_database_url(settings.database_url)}: {reason}"
        ) from None


async def _load(item: RawInput, fetcher: SafeFetcher) -> RawInput:
    """Fill in the bytes of an input that names a URL."""
    if item.url is None or item.data is not None:
        return item
    try:
        page = await fetcher.fetch(item.url)
    except FetchError as exc:
        return RawInput(item.label, url=item.url, error=str(exc))
    return RawInput(
        item.label, data=page.raw, url=page.url, content_type=page.content_type, page=page
    )


async def db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    """`kabar db upgrade`: apply migrations."""
    try:
        await upgrade(settings.database_url)
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise CommandError(
            f"cannot migrate {safe_database_url(settings.database_url)}: {reason}"
        ) from None
    print(f"database is up to date ({safe_database_url(settings.database_url)})")
    return 0


async def summarize(args: argparse.Namespace, settings: Settings) -> int:
    """`kabar summarize`: print cards for every input; store nothing."""
    # Scripts read one shape whatever a folder holds: a folder labels its lines even
    # when it holds a single file.
    batch = len(args.inputs) > 1 or any(is_folder(argument) for argument in args.inputs)
    failures = successes = 0
    async with httpx.AsyncClient(follow_redirects=False) as http:
        fetcher = SafeFetcher(http, FetchPolicy(allow_private=settings.fetch_allow_private))
        for item in expand_inputs(args.inputs):
            item = await _load(item, fetcher)
            card, error = _card_or_error(item, args.sentences)
            if card is None:
                failures += 1
                if args.json and batch:
                    print_json({"input": item.label, "error": error})
                else:
                    print_text(f"kabar: {item.label}: {error}", file=sys.stderr)
                continue
            successes += 1
            if args.json:
                print_json({"input": item.label, **card.to_json()} if batch else card.to_json())
            else:
                print_text(_card_text(card, item.label if batch else None))
    if failures and not successes:
        return 1
    return 0


def _card_or_error(item: RawInput, sentences: int) -> tuple[Card | None, str | None]:
    if item.error is not None or item.data is None:
        return None, item.error or "nothing to read"
    try:
        return (
            make_card(item.data, sentences=sentences, url=item.url, content_type=item.content_type),
            None,
        )
    except ArticleRejected as exc:
        return None, str(exc)
    except Exception as exc:
        log.exception("parser failed on %s", item.label)
        return None, f"kabar could not read it ({type(exc).__name__})"


def _card_text(card: Card, label: str | None) -> str:
    lines = [f"== {label}"] if label else []
    lines.append(card.headline)
    meta = [format_date(card.published, card.language)] if card.published else []
    meta += [part for part in (card.source, card.author, card.dateline) if part]
    if meta:
        lines.append(" · ".join(meta))
    if card.key_quote:
        speaker = f" — {card.key_quote.speaker}" if card.key_quote.speaker else ""
        lines.append(f"“{card.key_quote.text}”{speaker}")
    lines += [f"• {sentence}" for sentence in card.summary]
    if card.topics:
        lines.append("Topics: " + ", ".join(card.topics))
    return "\n".join(lines) + "\n"


# Below this many inputs a worker pool costs more to start than it saves.
POOL_THRESHOLD = 32
BATCH = 64
PARSE_AHEAD = 2  # batches parsing in the workers while the main process stores


@dataclass
class _IngestTally:
    """Counts and lines for `kabar ingest`, printed as each item settles."""

    as_json: bool
    progress: tqdm[Any]
    totals: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    feeds: int = 0  # registered from OPML files

    def report(self, label: str, result: IngestResult) -> None:
        """Print one item's line and count it."""
        self.totals[result.status] += 1
        if result.status == "rejected" and result.reason:
            self.reasons[result.reason.split(":")[0]] += 1
        self.progress.update(1)
        if self.as_json:
            self.progress.clear()
            print_json({"input": label, **result.to_json()})
        else:
            self.progress.write(terminal_text(_result_line(label, result)), file=sys.stdout)

    def summary(self) -> str:
        """The closing line: how many were new, duplicate, rejected and why."""
        counts = ", ".join(f"{self.totals[s]} {s}" for s in ("new", "duplicate", "rejected"))
        if self.reasons:
            counts += " (" + "; ".join(f"{n}× {r}" for r, n in self.reasons.most_common(5)) + ")"
        if self.feeds:
            counts += f"; {counted('en', 'feed', self.feeds)} registered"
        return f"ingested {counted('en', 'item', sum(self.totals.values()))}: {counts}"


def _prepare_many(items: list[tuple[bytes, str | None, str | None]]) -> list[object]:
    """Parse and fingerprint inputs (runs in a worker process)."""
    return [prepare_article(data, url=url, content_type=kind) for data, url, kind in items]


async def _prepare(
    pool: ProcessPoolExecutor | None, items: list[tuple[bytes, str | None, str | None]]
) -> list[object]:
    if pool is None or len(items) < 2:
        return _prepare_many(items)
    loop = asyncio.get_running_loop()
    half = (len(items) + 1) // 2
    parts = await asyncio.gather(
        loop.run_in_executor(pool, _prepare_many, items[:half]),
        loop.run_in_executor(pool, _prepare_many, items[half:]),
    )
    return [*parts[0], *parts[1]]


class _Pipeline:
    """Parses the next batches in the workers while an earlier one is being stored."""

    def __init__(
        self, runtime: Runtime, pool: ProcessPoolExecutor | None, tally: _IngestTally
    ) -> None:
        self.runtime, self.pool, self.tally = runtime, pool, tally
        self.waiting: deque[tuple[list[RawInput], asyncio.Task[list[object]]]] = deque()

    async def push(self, batch: list[RawInput]) -> None:
        """Start parsing a batch, then store the oldest if enough are under way."""
        work = [(item.data or b"", item.url, item.content_type) for item in batch]
        self.waiting.append((batch, asyncio.create_task(_prepare(self.pool, work))))
        # With batches queued behind the one being stored, the workers never wait for the
        # store to finish, so neither core idles while this process stores.
        while len(self.waiting) > PARSE_AHEAD:
            await self._store_oldest()

    async def drain(self) -> None:
        """Store every batch whose parsing is under way and report its items."""
        while self.waiting:
            await self._store_oldest()

    async def _store_oldest(self) -> None:
        batch, task = self.waiting.popleft()
        prepared = await task
        ready = [p for p in prepared if isinstance(p, PreparedArticle)]
        now = datetime.now(UTC)
        stored = iter(await store_articles(self.runtime.sessions, ready, now=now) if ready else [])
        for item, outcome in zip(batch, prepared, strict=True):
            result = next(stored) if isinstance(outcome, PreparedArticle) else outcome
            assert isinstance(result, IngestResult)
            self.tally.report(item.label, result)


async def _ingest_special(runtime: Runtime, item: RawInput, tally: _IngestTally) -> bool:
    """Feeds and OPML files; True when the item was one of those and is handled."""
    now = datetime.now(UTC)
    if item.page is not None and is_feed_response(item.page):
        try:
            _, results = await ingest_feed_url(
                runtime.sessions, runtime.fetcher, item.page.url, now=now, page=item.page
            )
        except (FetchError, FeedError) as exc:
            tally.report(item.label, IngestResult("rejected", reason=str(exc)))
            return True
        for url, result in results:
            tally.report(url, result)
        return True
    if item.data is not None and _is_opml(item):
        try:
            feeds = await register_opml(runtime.sessions, runtime.fetcher, item.data, now=now)
        except FeedError as exc:
            tally.report(item.label, IngestResult("rejected", reason=str(exc)))
            return True
        for outline in feeds:
            if outline.feed is None:
                tally.report(outline.url, IngestResult("rejected", reason=outline.reason))
                continue
            tally.feeds += 1
            state = "feed added" if outline.created else "feed already known"
            line = f"#{outline.feed.id}\t{state}\t{outline.url}"
            tally.progress.write(terminal_text(line), file=sys.stdout)
        return True
    return False


def _is_opml(item: RawInput) -> bool:
    head = (item.data or b"")[:512].lstrip().lower()
    return item.label.lower().endswith(".opml") or (head.startswith(b"<?xml") and b"<opml" in head)


async def ingest(args: argparse.Namespace, settings: Settings) -> int:
    """`kabar ingest`: store articles from files, folders, URLs and feeds, one line each."""
    total = count_inputs(args.inputs)
    async with _runtime(settings) as runtime:
        progress = tqdm(total=total, unit="item", file=sys.stderr, disable=None, leave=False)
        tally = _IngestTally(args.json, progress)
        pool = parse_pool(2) if (total or 0) >= POOL_THRESHOLD else None
        try:
            batch: list[RawInput] = []
            pipeline = _Pipeline(runtime, pool, tally)
            for item in expand_inputs(args.inputs):
                item = await _load(item, runtime.fetcher)
                if item.error is not None or item.data is None:
                    tally.report(
                        item.label, IngestResult("rejected", reason=item.error or "nothing to read")
                    )
                    continue
                if await _ingest_special(runtime, item, tally):
                    continue
                batch.append(item)
                if len(batch) >= BATCH:
                    await pipeline.push(batch)
                    batch = []
            if batch:
                await pipeline.push(batch)
            await pipeline.drain()
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            progress.close()
    print_text(f"kabar: {tally.summary()}", file=sys.stderr)
    ok = tally.totals["new"] or tally.totals["duplicate"] or tally.feeds
    return 1 if tally.totals["rejected"] and not ok else 0


def _result_line(label: str, result: IngestResult) -> str:
    ident = f"#{result.id}" if result.id is not None else "-"
    detail = result.reason or result.headline or ""
    if result.status == "duplicate" and result.headline:
        detail = f"{result.reason}: {result.headline}"
    return f"{ident}\t{result.status}\t{label}\t{detail}"


async def search_command(args: argparse.Namespace, settings: Settings) -> int:
    """`kabar search`: ranked hits with snippets."""
    query = " ".join(args.query)
    async with _runtime(settings) as runtime:
        page = await search(runtime.sessions, query, limit=args.limit)
    for hit in page.hits:
        card = hit.article.card
        if args.json:
            print_json(
                {
                    "id": hit.article.id,
                    "score": round(hit.score, 6),
                    "headline": card.headline,
                    "published": card.published.isoformat() if card.published else None,
                    "source": card.source,
                    "url": card.url,
                    "snippet": hit.snippet,
                }
            )
        else:
            when = format_date(card.published, "en") if card.published else "undated"
            print_text(f"#{hit.article.id}\t{card.headline}\n\t{when} · {card.source or '?'}")
            print_text(f"\t{hit.snippet}")
    if not args.json:
        total = f"{page.total}+" if page.total_capped else page.total
        print(f"{counted('en', 'result', total)} for {query!r}", file=sys.stderr)
    return 0


async def digest(args: argparse.Namespace, settings: Settings) -> int:
    """`kabar digest --chat ID`: print the digest that chat would get, without sending it."""
    from bot.services.digest_preview import preview_digest
    from bot.services.subscribers import get_subscriber
    from digest.render import render_digest

    at = args.at or datetime.now(UTC)
    async with _runtime(settings) as runtime:
        subscriber = await get_subscriber(runtime.sessions, args.chat)
        if subscriber is None:
            raise CommandError(f"chat {args.chat} is not a subscriber (it has never sent /start)")
        built = await preview_digest(
            runtime.sessions, subscriber, chat_id=args.chat, at=at, settings=settings
        )
    language = subscriber.language or settings.language
    if not built.items:
        print(f"kabar: nothing new for chat {args.chat} at {at.isoformat()}", file=sys.stderr)
        return 0
    items = [(i.article.id, i.article.card, i.also_reported_by) for i in built.items]
    messages = render_digest(items, language, built.day)
    if subscriber.preview and built.picture:
        # /preview on: the digest would lead with this picture.
        print_text(f"[picture: {built.picture}]")
    print_text("\n\n-----\n\n".join(messages))
    return 0


async def deliver(args: argparse.Namespace, settings: Settings) -> int:
    """`kabar deliver`: one delivery pass at `--at` (default now)."""
    import os
    import socket

    from bot.pacing import KabarRateLimiter
    from bot.redaction import redact_in_logs
    from bot.services.alerts import send_alerts
    from bot.services.delivery import deliver_due
    from bot.services.delivery_bot import build_delivery_bot
    from storage.send_budget import SendBudgetStore, budget_key

    at = args.at or datetime.now(UTC)
    if settings.bot_token is None:
        raise CommandError("KABAR_BOT_TOKEN is not set, so there is no bot to send with")
    token = settings.bot_token.get_secret_value()
    redact_in_logs(token)
    bot = build_delivery_bot(token, api_url=settings.telegram_api_url, send_rate=settings.send_rate)
    async with _runtime(settings) as runtime, bot:
        if isinstance(bot.rate_limiter, KabarRateLimiter):
            # The token's one budget, shared with the bot and every other sender.
            bot.rate_limiter.share(SendBudgetStore(runtime.sessions, budget_key(token)))
        report = await deliver_due(
            runtime.sessions,
            bot,
            at=at,
            settings=settings,
            owner=f"{socket.gethostname()}:{os.getpid()}",
        )
        alerts = await send_alerts(runtime.sessions, bot, at=at, settings=settings)
    if args.json:
        print_json({"at": at.isoformat(), **asdict(report), "alerts": alerts})
    else:
        line = _pass_line(report)
        if alerts:
            line += f"; {counted('en', 'alert', alerts)} sent"
        print(f"kabar: delivery pass at {at.isoformat()}: {line}", file=sys.stderr)
    return 0


def _pass_line(report: PassReport) -> str:
    """What a pass did, in words: "2 digests due: 2 sent, 0 empty, … (3 messages)"."""
    outcomes = ", ".join(
        f"{getattr(report, name)} {name}"
        for name in ("sent", "empty", "failed", "uncertain", "skipped")
    )
    return (
        f"{counted('en', 'digest', report.due)} due: {outcomes} "
        f"({counted('en', 'message', report.messages)})"
    )
