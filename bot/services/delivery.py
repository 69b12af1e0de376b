"""The delivery pass: create today's due ledger rows, claim them, build, send, record.

"Never twice" rests on the ledger: a row is created once per (subscriber, local day),
claimed under a lease, and every message is bracketed by two ledger writes — `sending`
committed before the request, `parts_sent` after the answer — so a pass that dies leaves
either a resumable row or an `uncertain` one, never a blind resend. An `uncertain` message
may have been lost with the pass; it is reported, not sent again.

One feeder claims and prepares rows a batch at a time; workers send. The per-message
writes of all workers are committed together (`_LedgerWrites`), and the pass's
transactions take turns, so SQLite's single write lock is never slept on.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import aiohttp
import httpx
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
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

from bot.lead_picture import send_with_picture
from bot.metrics import DELIVERIES_CLAIMED, DELIVERY_LAG, DIGESTS_DELIVERED, DIGESTS_DUE
from bot.pacing import KabarRateLimiter, PacingArgs
from bot.read_buttons import read_buttons
from bot.services.digests import (
    CandidatePool,
    Digest,
    digest_for,
    load_pool,
    local_day,
    rebuild_digest,
)
from bot.settings import Settings
from digest.clock import clock_time
from digest.rhythm import runs_on, slot_times, window_for
from storage.ledger import (
    EMPTY,
    FAILED,
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
_CLAIM_BATCH = 64
# A pass claims what it sends in about this long, and holds it under a short lease that it
# renews while it works: rows a killed pass had claimed are free again within LEASE.
_CLAIM_SECONDS = 2.0
LEASE = timedelta(seconds=20)
_AT_RISK_SECONDS = 0.005


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
    # fold=0 reads a wall time in a spring-forward gap with the offset from before the
    # jump, which lands on the first valid instant after it (02:30 CET = 03:30 CEST); an
    # ambiguous fall-back time means its first occurrence.
    naive = datetime.combine(day, clock_time(digest_time))
    return naive.replace(tzinfo=zone).astimezone(UTC)


def due_slot(schedule: Schedule, at: datetime) -> tuple[date, int] | None:
    """The subscriber's (local day, slot) whose digest is due at `at`, or None if none is.

    The latest of today's digest times that has passed (`twice` has two), on a day the
    schedule runs (`weekdays`, `weekly DAY`). A chat that registered after that time gets
    its first digest at its next digest time, not at once (`/digest` is there for now).
    """
    try:
        zone = ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("subscriber %s has unknown zone %r", schedule.subscriber_id, schedule.timezone)
        return None
    day = at.astimezone(zone).date()
    if not runs_on(schedule.kind, schedule.weekly_day, day):
        return None
    times = slot_times(schedule.kind, schedule.digest_time, schedule.second_time)
    moments = sorted((digest_moment(day, time, zone), slot) for slot, time in enumerate(times))
    passed = [(moment, slot) for moment, slot in moments if moment <= at]
    if not passed or (schedule.since is not None and passed[-1][0] < schedule.since):
        return None
    return day, passed[-1][1]


class _PassClock:
    """`at` advanced by the time the pass has been running, for leases and sent_at."""

    def __init__(self, at: datetime) -> None:
        self.at = at
        self._start = asyncio.get_running_loop().time()

    def __call__(self) -> datetime:
        return self.at + timedelta(seconds=asyncio.get_running_loop().time() - self._start)


@dataclass(frozen=True, slots=True)
class _Ready:
    """A claimed row whose digest is built and recorded: what a worker needs to send it."""

    row: DeliveryRow
    subscriber: SubscriberView
    digest: Digest


@dataclass(frozen=True, slots=True)
class _Progress:
    """Parts of a row that arrived; `delivered` (subscriber, article ids) once all did."""

    row_id: int
    parts_sent: int
    delivered: tuple[int, Sequence[int]] | None = None


# A row id to mark `sending`, or a part that arrived; the future of a write waited for.
_Queued = tuple[int | _Progress, asyncio.Future[None] | None]


@dataclass
class _Pass:
    sessions: async_sessionmaker[AsyncSession]
    connection: AsyncConnection
    bot: Bot
    settings: Settings
    owner: str
    lease: timedelta
    clock: _PassClock
    retry_delays: Sequence[float]
    batch: int
    counts: Counter[str] = field(default_factory=Counter)
    released: set[int] = field(default_factory=set)
    # The window's articles, loaded once per window a schedule needs (a week for `weekly`).
    pools: dict[timedelta, CandidatePool] = field(default_factory=dict)
    turn: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Rows claimed and not yet finished with: this pass's share of kabar_deliveries_claimed.
    holding: int = 0
    ended: bool = False
    writes: _LedgerWrites = field(init=False)

    def __post_init__(self) -> None:
        self.writes = _LedgerWrites(self)

    def lease_until(self) -> datetime:
        return self.clock() + self.lease

    def hold(self, rows: int) -> None:
        """Count rows claimed (positive) or finished with (negative) in the claims gauge."""
        if not self.ended:
            self.holding += rows
            DELIVERIES_CLAIMED.inc(rows)

    def let_go(self) -> None:
        """The pass is over: whatever it still counts as held is not held any more."""
        DELIVERIES_CLAIMED.dec(self.holding)
        self.holding, self.ended = 0, True

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One transaction of this pass; they take turns rather than wait on SQLite's lock."""
        # SQLite lets one writer in at a time and makes the others sleep and poll; taking
        # turns costs nothing on PostgreSQL, where a pass has few transactions left. Taking
        # turns, they share one connection kept out of the pool, so no commit is followed
        # by the pool's reset (one more round trip to SQLite's thread).
        async with self.turn, self.sessions(bind=self.connection) as session, session.begin():
            yield session


class _LedgerWrites:
    """The workers' per-message ledger writes, committed together (a group commit).

    Writes queue while one flush at a time commits what is queued in one short
    transaction. At a few messages a second a flush carries one row, as one transaction
    per write did; at 1000/s it carries dozens, where one transaction each would queue
    for SQLite's write lock. Only `sending` is waited for: it must be durable before the
    request goes out. A part or a digest recorded late leaves a row `sending` if the pass
    dies first, which the next pass marks `uncertain`: a digest in doubt, never a resend.
    """

    def __init__(self, state: _Pass) -> None:
        self._state = state
        self._queued: list[_Queued] = []
        self._flusher: asyncio.Task[None] | None = None
        self._broken: Exception | None = None

    async def sending(self, row_id: int) -> None:
        """Commit that a request for the row is about to go out (LeaseLost if not held)."""
        future = asyncio.get_running_loop().create_future()
        self._queue(row_id, future)
        await future

    def progressed(self, row_id: int, parts_sent: int) -> None:
        """Queue that a part arrived; the row's next `sending` commits it first."""
        self._queue(_Progress(row_id, parts_sent), None)

    def sent(self, row_id: int, parts: int, subscriber_id: int, ids: Sequence[int]) -> None:
        """Queue that the row's last part arrived; counted as sent once committed."""
        self._queue(_Progress(row_id, parts, (subscriber_id, ids)), None)

    async def drain(self) -> None:
        """Wait until every queued write is committed; raise what made a flush fail."""
        while (flusher := self._flusher) is not None:
            await flusher
        if self._broken is not None:
            raise self._broken

    def _queue(self, write: int | _Progress, future: asyncio.Future[None] | None) -> None:
        if self._broken is not None:
            raise self._broken
        self._queued.append((write, future))
        if self._flusher is None:
            self._flusher = asyncio.create_task(self._flush_all())

    async def _flush_all(self) -> None:
        batch: list[_Queued] = []
        try:
            while self._queued and self._broken is None:
                batch = self._next_batch()
                try:
                    held = await self._flush([write for write, _ in batch])
                except Exception as exc:
                    # A write nobody waits for may be lost: fail all later ones too, so no
                    # part goes out after a `parts_sent` that never reached the ledger.
                    self._broken = exc
                    held = set()
                for write, future in batch:
                    self._settle(write, future, held)
        finally:
            for _, future in batch + self._queued:
                if future is not None and not future.done():
                    future.cancel()
            self._flusher = None

    def _next_batch(self) -> list[_Queued]:
        """Everything queued but the `sending` marks past this flush's share, oldest first."""
        # The rows marked by one commit go out one after another, and a kill before the
        # last request loses the rest (`uncertain`). A flush marks at most what the budget
        # sends in 5 ms: up to 200/s that is one row per commit, as one commit per send was.
        share = max(1, math.ceil(self._state.settings.send_rate * _AT_RISK_SECONDS))
        batch: list[_Queued] = []
        later: list[_Queued] = []
        for queued in self._queued:
            if isinstance(queued[0], int):
                if share == 0:
                    later.append(queued)
                    continue
                share -= 1
            batch.append(queued)
        self._queued = later
        return batch

    def _settle(
        self, write: int | _Progress, future: asyncio.Future[None] | None, held: set[int]
    ) -> None:
        row_id = write if isinstance(write, int) else write.row_id
        if row_id not in held:
            lost = self._broken or LeaseLost(f"delivery #{row_id} is no longer held")
            if future is None:
                log.warning("%s", lost)
            elif not future.done():
                future.set_exception(lost)
        elif future is not None and not future.done():
            future.set_result(None)
        if isinstance(write, _Progress) and write.delivered:
            self._state.counts["sent" if row_id in held else "skipped"] += 1

    async def _flush(self, writes: list[int | _Progress]) -> set[int]:
        state = self._state
        progress = [w for w in writes if isinstance(w, _Progress)]
        last = {w.row_id: w for w in progress if w.delivered}
        async with state.transaction() as session:
            ledger = DeliveryLedger(session)
            lease_until, now = state.lease_until(), state.clock()
            # A row's progress is queued before its next `sending`, and is written before
            # the marks here, so a flush holding both leaves the row `sending`.
            parts = {w.row_id: w.parts_sent for w in progress if w.row_id not in last}
            held = await ledger.record_parts(parts, state.owner, lease_until)
            done = await ledger.record_sent(
                {row_id: w.parts_sent for row_id, w in last.items()}, state.owner, now
            )
            delivered: defaultdict[int, list[int]] = defaultdict(list)
            for row_id in done:
                subscriber_id, ids = last[row_id].delivered or (0, ())
                delivered[subscriber_id].extend(ids)
            await ledger.remember_delivered_many(delivered, now)
            marks = [w for w in writes if isinstance(w, int)]
            held |= done | await ledger.mark_sending_many(marks, state.owner, lease_until)
        return held


def delivery_workers(send_rate: float) -> int:
    """Digests to send at once (and HTTP connections to hold) to keep up with send_rate."""
    # A worker's round (commit `sending`, send, read the answer) took 20-60 ms on
    # loopback at 1000 messages/s, and Telegram adds its own round trip: one worker per
    # 8 messages/s keeps the budget busy through rounds of up to 125 ms. At least 32:
    # with 8, five 429s cost a 25/s pass 7% of its rate (0.93 of send_rate), with 32 3%.
    return max(32, min(256, math.ceil(send_rate / 8)))


async def deliver_due(
    sessions: async_sessionmaker[AsyncSession],
    bot: Bot,
    *,
    at: datetime,
    settings: Settings,
    owner: str,
    lease: timedelta = LEASE,
    concurrency: int | None = None,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> PassReport:
    """Send every digest due at `at` that is not yet sent; safe to run in several places.

    `concurrency` (digests sent at once) defaults to delivery_workers(settings.send_rate).
    """
    if at.tzinfo is None:
        raise ValueError("deliver_due needs an aware `at` datetime")
    # Claimed rows wait in the queue (one batch) and in the feeder (another): a few
    # seconds of sending. Their lease is renewed while they wait, however slow the sends.
    batch = max(1, min(_CLAIM_BATCH, math.ceil(settings.send_rate * _CLAIM_SECONDS)))
    async with _connection(sessions) as connection:
        state = _Pass(
            sessions, connection, bot, settings, owner, lease, _PassClock(at), retry_delays, batch
        )
        await _run(state, at, concurrency)
    return PassReport(**{name: state.counts[name] for name in PassReport.__dataclass_fields__})


@asynccontextmanager
async def _connection(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncConnection]:
    """The connection a pass's transactions share (see _Pass.transaction)."""
    bind = sessions().bind
    if isinstance(bind, AsyncConnection):
        yield bind
        return
    assert isinstance(bind, AsyncEngine), "deliver_due needs sessions bound to one database"
    async with bind.connect() as connection:
        yield connection


async def _run(state: _Pass, at: datetime, concurrency: int | None) -> None:
    """Create the due rows, then claim, prepare and send them until none are left."""
    async with state.transaction() as session:
        ledger = DeliveryLedger(session)
        state.counts["uncertain"] += await ledger.expire_in_flight(at)
        due = [
            (s.subscriber_id, *slot) for s in await ledger.schedules() if (slot := due_slot(s, at))
        ]
        if due:
            latest = await ledger.latest_slots(min(day for _, day, _ in due))
            # A row for a later local day (or slot) means the subscriber moved west after
            # that digest went out: it covered this one too.
            fresh = [
                (sid, day, slot)
                for sid, day, slot in due
                if latest.get(sid, (date.min, 0)) < (day, slot)
            ]
            await ledger.create_pending(fresh, at)
    queue: asyncio.Queue[_Ready | None] = asyncio.Queue(maxsize=state.batch)
    workers = max(1, concurrency or delivery_workers(state.settings.send_rate))
    tasks = [asyncio.create_task(_feed(state, queue, workers))]
    tasks += [asyncio.create_task(_work(state, queue)) for _ in range(workers)]
    renewing = asyncio.create_task(_renew(state))
    try:
        await asyncio.gather(*tasks)
    finally:
        renewing.cancel()
        for task in tasks:
            task.cancel()
        # Cancelled workers finish after this; let_go stops them counting twice.
        state.let_go()
        # A pass that fails still records what arrived, or the next pass would take
        # those digests for sends in doubt.
        await state.writes.drain()


async def _feed(state: _Pass, queue: asyncio.Queue[_Ready | None], workers: int) -> None:
    """Claim due rows a batch at a time, prepare them, and queue them for the workers;
    then wait for what a dead pass left claimed, and take it once its lease runs out."""
    watched: dict[int, datetime] = {}
    while True:
        while claimed := await _claim(state):
            for ready in await _prepare(state, claimed):
                await queue.put(ready)
        if not await _await_abandoned(state, watched):
            break
    for _ in range(workers):
        await queue.put(None)


async def _renew(state: _Pass) -> None:
    """Keep extending the lease of what this pass holds, so it never lapses while it works."""
    while True:
        await asyncio.sleep(state.lease.total_seconds() / 4)
        try:
            async with state.transaction() as session:
                await DeliveryLedger(session).renew(state.owner, state.lease_until())
        except SQLAlchemyError as exc:
            # The pass's own writes will fail the same way and end it; until then, try again.
            log.warning("could not renew the claims of %s: %s", state.owner, exc)


async def _await_abandoned(state: _Pass, watched: dict[int, datetime]) -> bool:
    """Wait until rows another pass holds are known to be abandoned (their lease ran out)
    or alive (renewed); True when there may be rows to take now, False when every other
    pass is alive, or there is none."""
    since = (state.clock.at - timedelta(days=1)).astimezone(UTC).date()
    async with state.transaction() as session:
        claims = await DeliveryLedger(session).foreign_claims(state.owner, since)
    # A lease that moved since the last look belongs to a pass that is still working.
    doubtful = {row: ends for row, ends in claims.items() if watched.get(row, ends) == ends}
    watched.clear()
    watched.update(claims)
    if not doubtful:
        return False
    # A live pass renews every quarter lease: past one and a half of those with no renewal,
    # its owner is gone and the rows are free when their lease ends.
    first_end = min(doubtful.values())
    renewed_by = first_end - state.lease + state.lease * 3 / 8
    decide_at = renewed_by if renewed_by > state.clock() else first_end
    wait = (decide_at - state.clock()).total_seconds() + 0.05
    await asyncio.sleep(min(max(wait, 0.05), state.lease.total_seconds()))
    return True


@dataclass(frozen=True, slots=True)
class _Claimed:
    """A batch of claimed rows with what building their digests needs from the database."""

    rows: list[DeliveryRow]
    readers: dict[int, SubscriberView]
    seen: dict[int, set[int]]
    rebuilt: dict[int, Digest]


async def _claim(state: _Pass) -> _Claimed | None:
    """Lease the next batch of due rows and read their subscribers, in one transaction."""
    at = state.clock.at
    # Local days are within ±14 h of UTC, so older rows can never be today's anywhere.
    since = (at - timedelta(days=1)).astimezone(UTC).date()
    async with state.transaction() as session:
        ledger = DeliveryLedger(session)
        rows = await ledger.claim(
            state.owner, state.clock(), state.lease_until(), since, state.released, state.batch
        )
        if not rows:
            return None
        readers = await ledger.recipients([row.subscriber_id for row in rows])
        fresh = [row.subscriber_id for row in rows if not row.groups]
        windows = {_window(state, readers[i]) for i in fresh if i in readers}
        for window in windows - set(state.pools):
            state.pools[window] = await load_pool(session, at=at, window=window)
        seen = await ledger.delivered_since(fresh, at - max(windows, default=timedelta(0)))
        rebuilt = {
            row.id: await rebuild_digest(
                session,
                reader,
                row.groups,
                day=row.digest_day,
                default_language=state.settings.language,
            )
            for row in rows
            if row.groups and (reader := readers.get(row.subscriber_id))
        }
    state.counts["due"] += len(rows)
    DIGESTS_DUE.inc(len(rows))
    state.hold(len(rows))
    return _Claimed(rows, readers, seen, rebuilt)


async def _prepare(state: _Pass, claimed: _Claimed) -> list[_Ready]:
    """Build the digests; record them, and close rows with nothing to send."""
    at = state.clock.at
    closed: defaultdict[tuple[str, str | None], list[int]] = defaultdict(list)
    ready: list[_Ready] = []
    for row in claimed.rows:
        reader = claimed.readers.get(row.subscriber_id)
        if reader is None or not reader.active:
            closed[FAILED, "subscriber paused or blocked"].append(row.id)
        elif row.digest_day < local_day(reader.timezone, at):
            # Catch-up after downtime sends today's digest only, never a stale one.
            closed[FAILED, "not sent on its day"].append(row.id)
        elif (digest := _digest(state, claimed, row, reader)).items:
            ready.append(_Ready(row, reader, digest))
        else:
            closed[EMPTY, None].append(row.id)
    async with state.transaction() as session:
        ledger = DeliveryLedger(session)
        for (status, error), ids in closed.items():
            held = await ledger.finish_many(ids, state.owner, status, at, error)
            state.counts["empty" if status == EMPTY else "skipped"] += len(held)
            state.counts["skipped"] += len(ids) - len(held)
        new = {r.row.id: r.digest.article_groups for r in ready if not r.row.groups}
        await ledger.record_digests(new, state.owner, state.lease_until())
    state.hold(len(ready) - len(claimed.rows))
    return ready


def _digest(state: _Pass, claimed: _Claimed, row: DeliveryRow, reader: SubscriberView) -> Digest:
    """The row's recorded digest, or a new one from the pass's candidate pool."""
    if row.id in claimed.rebuilt:
        return claimed.rebuilt[row.id]
    digest = digest_for(
        state.pools[_window(state, reader)],
        reader,
        claimed.seen.get(reader.id, set()),
        at=state.clock.at,
        max_items=state.settings.digest_max_items,
        default_language=state.settings.language,
    )
    return Digest(digest.chat_id, row.digest_day, digest.language, digest.items)


def _window(state: _Pass, reader: SubscriberView) -> timedelta:
    """How far back this reader's digest reaches: the settings' window, a week if weekly."""
    return window_for(reader.schedule, timedelta(hours=state.settings.digest_window_hours))


async def _work(state: _Pass, queue: asyncio.Queue[_Ready | None]) -> None:
    while (ready := await queue.get()) is not None:
        try:
            outcome = await _deliver(state, ready)
        except LeaseLost as exc:
            log.warning("%s", exc)
            outcome = "skipped"
        finally:
            state.hold(-1)
        if outcome is not None:
            state.counts[outcome] += 1


async def _deliver(state: _Pass, ready: _Ready) -> str | None:
    """Send the digest's remaining parts in order; return how the row ended.

    None when every part arrived: the `sent` write counts the row once it is committed.
    """
    row, digest = ready.row, ready.digest
    messages = digest.messages()
    chat_id = ready.subscriber.chat_id
    # /preview on: the first message leads with the top story's picture, when it has one.
    picture = digest.picture if ready.subscriber.preview else None
    shown = [item.article.id for item in digest.items]
    for part in range(row.parts_sent, len(messages)):
        result = await _send_part(
            state,
            row,
            chat_id,
            messages[part],
            picture if part == 0 else None,
            silent=ready.subscriber.silent,
            buttons=read_buttons(messages[part], shown, digest.language),
            thread=ready.subscriber.thread_id,
        )
        if isinstance(result, str):
            return result
        chat_id = result
        state.counts["messages"] += 1
        if part + 1 < len(messages):
            state.writes.progressed(row.id, part + 1)
    ids = [i for group in digest.article_groups for i in group]
    state.writes.sent(row.id, len(messages), ready.subscriber.id, ids)
    DIGESTS_DELIVERED.inc()
    DELIVERY_LAG.observe(_lag_seconds(state, row, ready.subscriber))
    return None


def _lag_seconds(state: _Pass, row: DeliveryRow, subscriber: SubscriberView) -> float:
    """Seconds from the digest's due moment (the subscriber's local time that day) to now."""
    times = slot_times(subscriber.schedule, subscriber.digest_time, subscriber.second_time)
    try:
        due = digest_moment(
            row.digest_day, times[min(row.slot, len(times) - 1)], ZoneInfo(subscriber.timezone)
        )
    except (ZoneInfoNotFoundError, ValueError):
        return 0.0
    return max(0.0, (state.clock() - due).total_seconds())


async def _send_part(
    state: _Pass,
    row: DeliveryRow,
    chat_id: int,
    text: str,
    picture: str | None = None,
    *,
    silent: bool = False,
    buttons: InlineKeyboardMarkup | None = None,
    thread: int | None = None,
) -> int | str:
    """Send one message; return the chat id it reached, or the row's final outcome."""
    migrations = 0
    retries = iter(state.retry_delays)
    while True:
        try:
            await _send(
                state, row, chat_id, text, picture, silent=silent, buttons=buttons, thread=thread
            )
            return chat_id
        except ChatMigrated as exc:
            migrations += 1
            if migrations > _MAX_MIGRATIONS:
                return await _close(state, row, FAILED, "chat keeps migrating")
            new_chat_id = int(exc.new_chat_id)
            async with state.transaction() as session:
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
            if _gone(exc.message):
                return await _blocked(state, row, chat_id, exc.message)
            return await _close(state, row, FAILED, f"Telegram refused the digest: {exc.message}")
        except NetworkError as exc:
            if (delay := next(retries, None)) is None:
                return await _release(state, row, f"network: {exc}")
            await _retry_later(state, row, delay)
        except TelegramError as exc:
            return await _release(state, row, f"Telegram error: {exc}")


async def _send(
    state: _Pass,
    row: DeliveryRow,
    chat_id: int,
    text: str,
    picture: str | None = None,
    *,
    silent: bool = False,
    buttons: InlineKeyboardMarkup | None = None,
    thread: int | None = None,
) -> None:
    async def before_send() -> None:
        await state.writes.sending(row.id)

    send: Callable[..., Awaitable[object]] = state.bot.send_message
    options: dict[str, object] = {
        "parse_mode": ParseMode.HTML,
        "link_preview_options": _PREVIEW_OFF,
    }
    if silent:
        # /silent on: the digest arrives without a notification sound.
        options["disable_notification"] = True
    if buttons is not None:
        # One "read" button per story the message shows (/read).
        options["reply_markup"] = buttons
    if thread is not None:
        # A forum supergroup's digest goes to the topic that asked for it.
        options["message_thread_id"] = thread
    if picture is not None:
        # A photo Telegram refuses sends nothing and falls back to this same text, so the
        # `sending` mark (made before each request) still covers one message only.
        send = partial(send_with_picture, state.bot, picture=picture)
    if isinstance(getattr(state.bot, "rate_limiter", None), KabarRateLimiter):
        # Marked by the limiter right before the request: a pass stopped while it waits
        # for its turn has sent nothing, and its row stays resumable.
        await send(chat_id, text, rate_limit_args=PacingArgs(before_send), **options)
    else:
        await before_send()
        await send(chat_id, text, **options)


# Where a digest can no longer go: the chat, or the forum topic it went to, closed or deleted.
_GONE = ("chat not found", "topic_closed", "topic_deleted", "message thread not found")


def _gone(message: str) -> bool:
    folded = message.lower()
    return any(reason in folded for reason in _GONE)


def _never_left(exc: TimedOut) -> bool:
    # "No free connection" and "could not connect" are reported as TimedOut too; only a
    # timeout after the request went out leaves its delivery in doubt. The bot app sends
    # through PTB's httpx request, `kabar deliver` through AiohttpRequest.
    never_sent = (httpx.PoolTimeout, httpx.ConnectTimeout, aiohttp.ConnectionTimeoutError)
    return isinstance(exc.__cause__, never_sent)


async def _retry_later(state: _Pass, row: DeliveryRow, delay: float) -> None:
    async with state.transaction() as session:
        ledger = DeliveryLedger(session)
        current = await ledger.get(row.id)
        await ledger.record_part(row.id, state.owner, current.parts_sent, state.lease_until())
    await asyncio.sleep(delay)


async def _close(state: _Pass, row: DeliveryRow, status: str, error: str) -> str:
    log.warning("delivery #%s %s: %s", row.id, status, error)
    async with state.transaction() as session:
        await DeliveryLedger(session).finish(row.id, state.owner, status, state.clock(), error)
    return status


async def _release(state: _Pass, row: DeliveryRow, error: str) -> str:
    log.warning("delivery #%s left for the next pass: %s", row.id, error)
    state.released.add(row.id)
    async with state.transaction() as session:
        await DeliveryLedger(session).release(row.id, state.owner, error)
    return "skipped"


async def _blocked(state: _Pass, row: DeliveryRow, chat_id: int, error: str) -> str:
    async with state.transaction() as session:
        await SubscriberRepository(session).mark_blocked(chat_id, state.clock())
        await DeliveryLedger(session).finish(row.id, state.owner, FAILED, state.clock(), error)
    return "failed"
