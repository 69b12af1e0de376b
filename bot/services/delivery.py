"""The delivery pass: create today's due ledger rows, claim them, build, send, record.

Exactly-once rests on the ledger: a row is created once per (subscriber, local day),
claimed under a lease, and every message is bracketed by two short transactions —
`sending` before the request, `parts_sent` after the answer — so a pass that dies
leaves either a resumable row or an `uncertain` one, never a blind resend.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.pacing import KabarRateLimiter, PacingArgs
from bot.services.digests import (
    CandidatePool,
    Digest,
    digest_for,
    load_pool,
    local_day,
    rebuild_digest,
)
from bot.settings import Settings
from storage.ledger import (
    EMPTY,
    FAILED,
    SENT,
    UNCERTAIN,
    DeliveryLedger,
    DeliveryRow,
    LeaseLost,
    Schedule,
)
from storage.subscribers import SubscriberRepository, SubscriberView

log = logging.getLogger(__name__)

RETRY_DELAYS = (1.0, 2.0, 4.0)
_MAX_MIGRATIONS = 2
_PREVIEW_OFF = LinkPreviewOptions(is_disabled=True)


@dataclass(frozen=True, slots=True)
class PassReport:
    """What one pass did: rows it worked on (`due`) and how each ended."""

    due: int = 0
    sent: int = 0
    empty: int = 0
    failed: int = 0
    uncertain: int = 0
    skipped: int = 0
    messages: int = 0


def digest_moment(day: date, digest_time: str, zone: ZoneInfo) -> datetime:
    """The instant of a local delivery time on a day (a time skipped by DST means just after)."""
    hours, minutes = (int(part) for part in digest_time.split(":"))
    # fold=0 reads a wall time in a spring-forward gap with the offset from before the
    # jump, which lands on the first valid instant after it (02:30 CET = 03:30 CEST); an
    # ambiguous fall-back time means its first occurrence.
    naive = datetime.combine(day, time(hours, minutes))
    return naive.replace(tzinfo=zone).astimezone(UTC)


def due_day(schedule: Schedule, at: datetime) -> date | None:
    """The subscriber's local day whose digest is due at `at`, or None if not yet."""
    try:
        zone = ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("subscriber %s has unknown zone %r", schedule.subscriber_id, schedule.timezone)
        return None
    day = at.astimezone(zone).date()
    return day if digest_moment(day, schedule.digest_time, zone) <= at else None


class _PassClock:
    """`at` advanced by the time the pass has been running, for leases and sent_at."""

    def __init__(self, at: datetime) -> None:
        self.at = at
        self._start = asyncio.get_running_loop().time()

    def __call__(self) -> datetime:
        return self.at + timedelta(seconds=asyncio.get_running_loop().time() - self._start)


@dataclass
class _Pass:
    sessions: async_sessionmaker[AsyncSession]
    bot: Bot
    settings: Settings
    owner: str
    lease: timedelta
    clock: _PassClock
    retry_delays: Sequence[float]
    pool: CandidatePool | None = None
    pool_lock: asyncio.Lock | None = None
    released: set[int] = field(default_factory=set)

    def lease_until(self) -> datetime:
        return self.clock() + self.lease

    async def candidate_pool(self) -> CandidatePool:
        """The window's articles as of `at`, loaded once per pass."""
        assert self.pool_lock is not None
        async with self.pool_lock:
            if self.pool is None:
                window = timedelta(hours=self.settings.digest_window_hours)
                async with self.sessions() as session:
                    self.pool = await load_pool(session, at=self.clock.at, window=window)
            return self.pool


async def deliver_due(
    sessions: async_sessionmaker[AsyncSession],
    bot: Bot,
    *,
    at: datetime,
    settings: Settings,
    owner: str,
    lease: timedelta = timedelta(minutes=5),
    concurrency: int = 8,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> PassReport:
    """Send every digest due at `at` that is not yet sent; safe to run in several places."""
    if at.tzinfo is None:
        raise ValueError("deliver_due needs an aware `at` datetime")
    state = _Pass(sessions, bot, settings, owner, lease, _PassClock(at), retry_delays)
    state.pool_lock = asyncio.Lock()
    counts: Counter[str] = Counter()
    async with sessions.begin() as session:
        ledger = DeliveryLedger(session)
        counts["uncertain"] += await ledger.expire_in_flight(at)
        due = [(s.subscriber_id, day) for s in await ledger.schedules() if (day := due_day(s, at))]
        if due:
            latest = await ledger.latest_days(min(day for _, day in due))
            # A row for a later local day means the subscriber moved west after today's
            # digest went out: that digest covered this day too.
            fresh = [(sid, day) for sid, day in due if latest.get(sid, date.min) < day]
            await ledger.create_pending(fresh, at)
    workers = [asyncio.create_task(_work(state, counts)) for _ in range(max(1, concurrency))]
    try:
        await asyncio.gather(*workers)
    finally:
        for worker in workers:
            worker.cancel()
    return PassReport(**{name: counts[name] for name in PassReport.__dataclass_fields__})


async def _work(state: _Pass, counts: Counter[str]) -> None:
    # Local days are within ±14 h of UTC, so older rows can never be today's anywhere.
    since = (state.clock.at - timedelta(days=1)).astimezone(UTC).date()
    while True:
        async with state.sessions.begin() as session:
            row = await DeliveryLedger(session).claim_next(
                state.owner, state.clock(), state.lease_until(), since, state.released
            )
        if row is None:
            return
        counts["due"] += 1
        try:
            outcome = await _deliver(state, row, counts)
        except LeaseLost as exc:
            log.warning("%s", exc)
            outcome = "skipped"
        counts[outcome] += 1


async def _deliver(state: _Pass, row: DeliveryRow, counts: Counter[str]) -> str:
    """Build (or rebuild) the row's digest and send its remaining parts; return the outcome."""
    at = state.clock.at
    # Loaded before the transaction: on SQLite a second connection could not start one.
    pool = None if row.groups else await state.candidate_pool()
    async with state.sessions.begin() as session:
        ledger = DeliveryLedger(session)
        chat_id = await ledger.chat_id(row.subscriber_id)
        subscriber = await SubscriberRepository(session).get(chat_id) if chat_id else None
        if subscriber is None or not subscriber.active:
            await ledger.finish(row.id, state.owner, FAILED, at, "subscriber paused or blocked")
            return "skipped"
        if row.digest_day < local_day(subscriber.timezone, at):
            # Catch-up after downtime sends today's digest only, never a stale one.
            await ledger.finish(row.id, state.owner, FAILED, at, "not sent on its day")
            return "skipped"
        digest = await _digest(state, session, subscriber, row, pool)
        if not digest.items:
            await ledger.finish(row.id, state.owner, EMPTY, at)
            return "empty"
        if not row.groups:
            await ledger.record_digest(
                row.id, state.owner, digest.article_groups, state.lease_until()
            )
    messages = digest.messages()
    if row.parts_sent >= len(messages):
        return await _finish_sent(state, row, subscriber.id, digest)
    chat_id = subscriber.chat_id
    for part in range(row.parts_sent, len(messages)):
        result = await _send_part(state, row, subscriber.id, chat_id, messages[part])
        if isinstance(result, str):
            return result
        chat_id = result
        counts["messages"] += 1
        async with state.sessions.begin() as session:
            ledger = DeliveryLedger(session)
            if part + 1 < len(messages):
                await ledger.record_part(row.id, state.owner, part + 1, state.lease_until())
                continue
            await ledger.record_part(row.id, state.owner, part + 1, state.lease_until())
            await _record_sent(ledger, state, row, subscriber.id, digest)
    return "sent"


async def _finish_sent(state: _Pass, row: DeliveryRow, subscriber_id: int, digest: Digest) -> str:
    async with state.sessions.begin() as session:
        await _record_sent(DeliveryLedger(session), state, row, subscriber_id, digest)
    return "sent"


async def _record_sent(
    ledger: DeliveryLedger, state: _Pass, row: DeliveryRow, subscriber_id: int, digest: Digest
) -> None:
    await ledger.finish(row.id, state.owner, SENT, state.clock())
    ids = [i for group in digest.article_groups for i in group]
    await ledger.remember_delivered(subscriber_id, ids, state.clock())


async def _digest(
    state: _Pass,
    session: AsyncSession,
    subscriber: SubscriberView,
    row: DeliveryRow,
    pool: CandidatePool | None,
) -> Digest:
    if row.groups or pool is None:
        return await rebuild_digest(
            session,
            subscriber,
            row.groups,
            day=row.digest_day,
            default_language=state.settings.language,
        )
    window = timedelta(hours=state.settings.digest_window_hours)
    seen = await DeliveryLedger(session).delivered_since([subscriber.id], state.clock.at - window)
    digest = digest_for(
        pool,
        subscriber,
        seen.get(subscriber.id, set()),
        at=state.clock.at,
        max_items=state.settings.digest_max_items,
        default_language=state.settings.language,
    )
    return Digest(digest.chat_id, row.digest_day, digest.language, digest.items)


async def _send_part(
    state: _Pass, row: DeliveryRow, subscriber_id: int, chat_id: int, text: str
) -> int | str:
    """Send one message; return the chat id it reached, or the row's final outcome."""
    migrations = 0
    retries = iter(state.retry_delays)
    while True:
        try:
            await _send(state, row, chat_id, text)
            return chat_id
        except ChatMigrated as exc:
            migrations += 1
            if migrations > _MAX_MIGRATIONS:
                return await _close(state, row, FAILED, "chat keeps migrating")
            new_chat_id = int(exc.new_chat_id)
            async with state.sessions.begin() as session:
                await SubscriberRepository(session).migrate_chat(chat_id, new_chat_id)
            log.info("chat %s became %s; resending there", chat_id, new_chat_id)
            chat_id = new_chat_id
        except RetryAfter as exc:
            return await _release(state, row, f"flood control: {exc}")
        except TimedOut as exc:
            if not _never_left(exc):
                return await _close(state, row, UNCERTAIN, f"send timed out: {exc}")
            if (delay := next(retries, None)) is None:
                return await _release(state, row, f"network: {exc}")
            await _retry_later(state, row, delay)
        except Forbidden as exc:
            return await _blocked(state, row, chat_id, str(exc))
        except BadRequest as exc:
            if "chat not found" in exc.message.lower():
                return await _blocked(state, row, chat_id, exc.message)
            return await _close(state, row, FAILED, f"Telegram refused the digest: {exc.message}")
        except NetworkError as exc:
            if (delay := next(retries, None)) is None:
                return await _release(state, row, f"network: {exc}")
            await _retry_later(state, row, delay)
        except TelegramError as exc:
            return await _release(state, row, f"Telegram error: {exc}")


async def _send(state: _Pass, row: DeliveryRow, chat_id: int, text: str) -> None:
    async def before_send() -> None:
        async with state.sessions.begin() as session:
            await DeliveryLedger(session).mark_sending(row.id, state.owner, state.lease_until())

    send: Callable[..., Awaitable[object]] = state.bot.send_message
    options = {"parse_mode": ParseMode.HTML, "link_preview_options": _PREVIEW_OFF}
    if isinstance(getattr(state.bot, "rate_limiter", None), KabarRateLimiter):
        # Marked by the limiter right before the request: a pass stopped while it waits
        # for its turn has sent nothing, and its row stays resumable.
        await send(chat_id, text, rate_limit_args=PacingArgs(before_send), **options)
    else:
        await before_send()
        await send(chat_id, text, **options)


def _never_left(exc: TimedOut) -> bool:
    # PTB reports "no free connection" and "could not connect" as TimedOut too; only a
    # timeout after the request went out leaves its delivery in doubt.
    return isinstance(exc.__cause__, httpx.PoolTimeout | httpx.ConnectTimeout)


async def _retry_later(state: _Pass, row: DeliveryRow, delay: float) -> None:
    async with state.sessions.begin() as session:
        ledger = DeliveryLedger(session)
        current = await ledger.get(row.id)
        await ledger.record_part(row.id, state.owner, current.parts_sent, state.lease_until())
    await asyncio.sleep(delay)


async def _close(state: _Pass, row: DeliveryRow, status: str, error: str) -> str:
    log.warning("delivery #%s %s: %s", row.id, status, error)
    async with state.sessions.begin() as session:
        await DeliveryLedger(session).finish(row.id, state.owner, status, state.clock(), error)
    return status


async def _release(state: _Pass, row: DeliveryRow, error: str) -> str:
    log.warning("delivery #%s left for the next pass: %s", row.id, error)
    state.released.add(row.id)
    async with state.sessions.begin() as session:
        await DeliveryLedger(session).release(row.id, state.owner, error)
    return "skipped"


async def _blocked(state: _Pass, row: DeliveryRow, chat_id: int, error: str) -> str:
    async with state.sessions.begin() as session:
        await SubscriberRepository(session).mark_blocked(chat_id, state.clock())
        await DeliveryLedger(session).finish(row.id, state.owner, FAILED, state.clock(), error)
    return "failed"


def build_delivery_bot(
    token: str,
    *,
    api_url: str,
    send_rate: float,
    pool_size: int = 16,
    read_timeout: float = 10.0,
) -> ExtBot[PacingArgs]:
    """A bot for delivery passes: paced by KabarRateLimiter, with a connection per worker."""
    request = HTTPXRequest(
        connection_pool_size=pool_size, read_timeout=read_timeout, pool_timeout=30.0
    )
    return ExtBot(
        token,
        base_url=f"{api_url.rstrip('/')}/bot",
        base_file_url=f"{api_url.rstrip('/')}/file/bot",
        request=request,
        rate_limiter=KabarRateLimiter(send_rate, max_in_flight=pool_size),
    )
