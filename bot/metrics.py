"""Prometheus metrics of one kabar process, and the HTTP server for `/metrics` and `/healthz`.

The metrics live in prometheus_client's default registry, so the process and garbage
collector metrics it carries come along. Sends are counted in the pacing layer, which every
Bot API call of the bot and of `kabar deliver` passes through.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from enum import StrEnum

from aiohttp import web
from prometheus_client import REGISTRY, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from storage.models import Article

log = logging.getLogger(__name__)

# A health check or a scrape that waits longer than this says the database does not answer.
DATABASE_TIMEOUT = 2.0


class SendFailure(StrEnum):
    """Why Telegram (or the way to it) refused a send: the `reason` label."""

    RATE_LIMITED = "rate_limited"
    BLOCKED = "blocked"
    BAD_REQUEST = "bad_request"
    NETWORK = "network"
    OTHER = "other"


class PollOutcome(StrEnum):
    """How one feed poll ended: the `outcome` label."""

    NEW = "new"
    NOT_MODIFIED = "not_modified"
    ERROR = "error"
    BACKOFF = "backoff"


MESSAGES_SENT = Counter(
    "kabar_messages_sent", "Bot API sends that Telegram accepted (digests, alerts, replies)"
)
SEND_FAILURES = Counter(
    "kabar_send_failures", "Bot API sends that were refused, by reason", ["reason"]
)
RETRY_AFTER_SECONDS = Counter(
    "kabar_retry_after_seconds", "Seconds Telegram asked kabar to wait in its 429 answers"
)
DIGESTS_DUE = Counter("kabar_digests_due", "Digests a delivery pass of this process took up")
DIGESTS_DELIVERED = Counter("kabar_digests_delivered", "Digests that reached their chat")
DELIVERY_LAG = Histogram(
    "kabar_delivery_lag_seconds",
    "From a digest's due moment to its delivery",
    buckets=(1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 24 * 3600),
)
DELIVERIES_CLAIMED = Gauge("kabar_deliveries_claimed", "Digests this process holds right now")
FEED_POLLS = Counter("kabar_feed_polls", "Feed polls, by outcome", ["outcome"])
ARTICLES_STORED = Gauge("kabar_articles_stored", "Articles in the archive")
SEARCH_SECONDS = Histogram(
    "kabar_search_seconds",
    "Time to answer one full-text search",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
CARD_SECONDS = Histogram(
    "kabar_card_seconds",
    "Time to parse one input into an article card",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1),
)
# Every label value exists from the start, so a rate over a fresh process is 0, not absent.
for _reason in SendFailure:
    SEND_FAILURES.labels(_reason.value)
for _outcome in PollOutcome:
    FEED_POLLS.labels(_outcome.value)


def send_failure(exc: TelegramError) -> SendFailure:
    """The `reason` label for an error a Bot API send ended with."""
    if isinstance(exc, RetryAfter):
        return SendFailure.RATE_LIMITED
    if isinstance(exc, Forbidden):
        return SendFailure.BLOCKED
    if isinstance(exc, BadRequest):
        return SendFailure.BAD_REQUEST
    # TimedOut is a NetworkError too.
    if isinstance(exc, NetworkError):
        return SendFailure.NETWORK
    return SendFailure.OTHER


SessionsSource = Callable[[], async_sessionmaker[AsyncSession] | None]


async def _database_answers(sessions: async_sessionmaker[AsyncSession]) -> bool:
    """True when the database runs `SELECT 1` within DATABASE_TIMEOUT."""

    async def ping() -> None:
        async with sessions() as session:
            await session.execute(text("SELECT 1"))

    try:
        await asyncio.wait_for(ping(), DATABASE_TIMEOUT)
    except Exception as exc:
        log.warning("health check: the database does not answer: %s", type(exc).__name__)
        return False
    return True


async def _count_articles(sessions: async_sessionmaker[AsyncSession]) -> None:
    """Refresh kabar_articles_stored; a database that does not answer leaves it as it was."""

    async def count() -> int:
        async with sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(Article)) or 0)

    try:
        ARTICLES_STORED.set(await asyncio.wait_for(count(), DATABASE_TIMEOUT))
    except Exception as exc:
        log.warning("metrics: could not count articles: %s", type(exc).__name__)


class MetricsServer:
    """`/metrics` and `/healthz` on the bot's own event loop (so /healthz proves it answers)."""

    def __init__(self, sessions: SessionsSource) -> None:
        self._sessions = sessions
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self, host: str, port: int) -> int:
        """Listen on host:port (0 picks a free port); return the port."""
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        return self.port

    async def stop(self) -> None:
        """Stop listening."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _metrics(self, request: web.Request) -> web.Response:
        sessions = self._sessions()
        if sessions is not None:
            await _count_articles(sessions)
        body = generate_latest(REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthz(self, request: web.Request) -> web.Response:
        sessions = self._sessions()
        if sessions is not None and await _database_answers(sessions):
            return web.Response(text="ok\n")
        return web.Response(status=503, text="the database does not answer\n")
