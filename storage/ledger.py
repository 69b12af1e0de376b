"""The delivery ledger: one row per (subscriber, digest day), claimed with a lease.

Statuses: `pending` (due, nobody working on it), `claimed` (a pass holds the lease and
no message is in flight), `sending` (a message request may be in flight: if the lease
runs out in this state nobody knows whether it arrived), `sent`, `uncertain` (a send
may or may not have arrived; never resent blindly), `failed` (permanent), `empty`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Row, Table, and_, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from digest.mutes import Mute, parse_mute
from storage.models import Article, DeliveredArticle, Delivery, Subscriber, Subscription
from storage.models import Mute as MuteRow
from storage.subscribers import SubscriberView, subscriber_view

PENDING = "pending"
CLAIMED = "claimed"
SENDING = "sending"
SENT = "sent"
UNCERTAIN = "uncertain"
FAILED = "failed"
EMPTY = "empty"
_HELD = (CLAIMED, SENDING)
_CHUNK = 500


class LeaseLost(Exception):
    """Raised when a pass writes to a row whose lease another pass has taken over."""


@dataclass(frozen=True, slots=True)
class Schedule:
    """When an active subscriber wants digests: their zone and local time, and since when."""

    subscriber_id: int
    timezone: str
    digest_time: str
    # A digest time that passed before the chat registered is not owed to it.
    since: datetime | None = None
    # digest.rhythm: daily | twice | weekdays | weekly, its weekday, the second time.
    kind: str = "daily"
    weekly_day: int | None = None
    second_time: str | None = None


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    """A ledger row as a pass sees it; `groups` are the digest's stories as article ids."""

    id: int
    subscriber_id: int
    digest_day: date
    status: str
    parts_sent: int
    attempts: int
    groups: tuple[tuple[int, ...], ...]
    error: str | None
    sent_at: datetime | None
    # Which of the day's digest times (0 first, 1 second for `twice`).
    slot: int = 0


def _row(delivery: Delivery | Row[Any]) -> DeliveryRow:
    raw: Any = delivery.article_ids or []
    groups = tuple(tuple(g) if isinstance(g, list) else (int(g),) for g in raw)
    return DeliveryRow(
        id=delivery.id,
        subscriber_id=delivery.subscriber_id,
        digest_day=delivery.digest_day,
        status=delivery.status,
        parts_sent=delivery.parts_sent,
        attempts=delivery.attempts,
        groups=groups,
        error=delivery.error,
        sent_at=delivery.sent_at,
        slot=delivery.slot,
    )


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class DeliveryLedger:
    """Reads and writes delivery rows within the caller's transaction (never commits)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    async def schedules(self) -> list[Schedule]:
        """Every active (not paused, not blocked) subscriber's zone and delivery time."""
        result = await self.session.execute(
            select(
                Subscriber.id,
                Subscriber.timezone,
                Subscriber.digest_time,
                Subscriber.created_at,
                Subscriber.schedule,
                Subscriber.weekly_day,
                Subscriber.second_time,
            ).where(Subscriber.paused.is_(False), Subscriber.blocked_at.is_(None))
        )
        return [Schedule(*row) for row in result.all()]

    async def latest_slots(self, since: date) -> dict[int, tuple[date, int]]:
        """The newest (digest day, slot) on or after `since` each subscriber has a row for."""
        result = await self.session.execute(
            select(Delivery.subscriber_id, Delivery.digest_day, func.max(Delivery.slot))
            .where(Delivery.digest_day >= since)
            .group_by(Delivery.subscriber_id, Delivery.digest_day)
        )
        latest: dict[int, tuple[date, int]] = {}
        for subscriber_id, day, slot in result.all():
            latest[subscriber_id] = max(latest.get(subscriber_id, (day, slot)), (day, slot))
        return latest

    async def create_pending(self, due: Sequence[tuple[int, date, int]], now: datetime) -> int:
        """Insert pending rows for (subscriber id, day, slot), skipping existing ones."""
        insert = sqlite_insert if self._dialect == "sqlite" else postgresql_insert
        created = 0
        for chunk in _chunks(due):
            statement = insert(Delivery).on_conflict_do_nothing(
                index_elements=["subscriber_id", "digest_day", "slot"]
            )
            result = await self.session.execute(
                statement,
                [
                    {
                        "subscriber_id": subscriber_id,
                        "digest_day": day,
                        "slot": slot,
                        "status": PENDING,
                        "article_ids": [],
                        "created_at": now,
                    }
                    for subscriber_id, day, slot in chunk
                ],
            )
            created += max(0, getattr(result, "rowcount", 0) or 0)
        return created

    async def expire_in_flight(self, now: datetime) -> int:
        """Mark rows whose pass died with a send in flight `uncertain`; return how many."""
        result = await self.session.execute(
            update(Delivery)
            .where(Delivery.status == SENDING, Delivery.lease_expires_at < now)
            .values(
                status=UNCERTAIN,
                lease_owner=None,
                error="the pass stopped while a message was being sent",
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def _claimable(self, now: datetime) -> Any:
        return or_(
            Delivery.status == PENDING,
            and_(Delivery.status == CLAIMED, Delivery.lease_expires_at < now),
        )

    async def claim(
        self,
        owner: str,
        now: datetime,
        lease_until: datetime,
        since: date,
        exclude: Collection[int] = (),
        limit: int = 1,
    ) -> list[DeliveryRow]:
        """Lease up to `limit` claimable rows with a digest day ≥ since, oldest first."""
        candidates = (
            select(Delivery.id)
            .where(self._claimable(now), Delivery.digest_day >= since)
            .order_by(Delivery.id)
            .limit(limit)
        )
        if exclude:
            candidates = candidates.where(Delivery.id.not_in(list(exclude)))
        if self._dialect == "postgresql":
            # Row locks let concurrent passes skip each other's candidates instead of queueing.
            candidates = candidates.with_for_update(skip_locked=True)
        # One statement: on SQLite the write lock makes it atomic (SQLAlchemy drops FOR
        # UPDATE there), and the repeated condition keeps PostgreSQL from taking a row that
        # another pass claimed between its snapshot and the lock.
        claimed = await self.session.execute(
            update(Delivery)
            .where(Delivery.id.in_(candidates), self._claimable(now))
            .values(
                status=CLAIMED,
                lease_owner=owner,
                lease_expires_at=lease_until,
                attempts=Delivery.attempts + 1,
            )
            .returning(*Delivery.__table__.c)
            .execution_options(synchronize_session=False)
        )
        return sorted((_row(found) for found in claimed.all()), key=lambda row: row.id)

    async def renew(self, owner: str, lease_until: datetime) -> int:
        """Extend the lease of every row this owner holds; return how many it holds."""
        result = await self.session.execute(
            update(Delivery)
            .where(Delivery.lease_owner == owner, Delivery.status.in_(_HELD))
            .values(lease_expires_at=lease_until)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def foreign_claims(self, owner: str, since: date) -> dict[int, datetime]:
        """Rows another pass has claimed and not begun sending (id → lease end): what a
        pass that died would leave behind."""
        result = await self.session.execute(
            select(Delivery.id, Delivery.lease_expires_at).where(
                Delivery.status == CLAIMED,
                Delivery.lease_owner != owner,
                Delivery.digest_day >= since,
            )
        )
        return {row_id: expires for row_id, expires in result.all() if expires is not None}

    async def get(self, delivery_id: int) -> DeliveryRow:
        """The row with this id, freshly read."""
        delivery = await self.session.get(Delivery, delivery_id, populate_existing=True)
        if delivery is None:
            raise LookupError(f"no delivery #{delivery_id}")
        return _row(delivery)

    async def _held_update_many(
        self, delivery_ids: Collection[int], owner: str, **values: Any
    ) -> set[int]:
        """Update the rows this owner still holds; return the ids that were."""
        held: set[int] = set()
        for chunk in _chunks(sorted(delivery_ids)):
            result = await self.session.execute(
                update(Delivery)
                .where(
                    Delivery.id.in_(chunk),
                    Delivery.lease_owner == owner,
                    Delivery.status.in_(_HELD),
                )
                .values(**values)
                .returning(Delivery.id)
                .execution_options(synchronize_session=False)
            )
            held.update(result.scalars())
        return held

    async def _held_update(self, delivery_id: int, owner: str, **values: Any) -> None:
        if not await self._held_update_many([delivery_id], owner, **values):
            raise LeaseLost(f"delivery #{delivery_id} is no longer held by {owner}")

    async def record_digests(
        self,
        groups: Mapping[int, Sequence[Sequence[int]]],
        owner: str,
        lease_until: datetime,
    ) -> None:
        """Remember which stories each row's digest holds, so a resume sends the same one;
        rows no longer held are left alone.

        Which rows those were is not reported: mark_sending_many is the check that counts,
        as it comes before any message goes out.
        """
        if not groups:
            return
        table = cast(Table, Delivery.__table__)
        await self.session.execute(
            update(table)
            .where(
                table.c.id == bindparam("row_id"),
                table.c.lease_owner == owner,
                # No IN: its expanding parameter cannot be used with executemany.
                or_(*(table.c.status == status for status in _HELD)),
            )
            .values(article_ids=bindparam("groups"), lease_expires_at=lease_until),
            [
                {"row_id": delivery_id, "groups": [list(group) for group in stories]}
                for delivery_id, stories in groups.items()
            ],
        )

    async def mark_sending_many(
        self, delivery_ids: Collection[int], owner: str, lease_until: datetime
    ) -> set[int]:
        """Note that these rows' message requests are about to go out (their fate unknown
        until answered); return the ids still held."""
        return await self._held_update_many(
            delivery_ids, owner, status=SENDING, lease_expires_at=lease_until
        )

    async def record_part(
        self, delivery_id: int, owner: str, parts_sent: int, lease_until: datetime
    ) -> None:
        """Note that part `parts_sent` arrived; nothing is in flight any more."""
        await self._held_update(
            delivery_id,
            owner,
            status=CLAIMED,
            parts_sent=parts_sent,
            lease_expires_at=lease_until,
        )

    async def record_parts(
        self, parts_sent: Mapping[int, int], owner: str, lease_until: datetime
    ) -> set[int]:
        """record_part for many rows (row id → parts sent); return the ids still held."""
        held: set[int] = set()
        for parts, ids in _by_value(parts_sent).items():
            held |= await self._held_update_many(
                ids, owner, status=CLAIMED, parts_sent=parts, lease_expires_at=lease_until
            )
        return held

    async def record_sent(
        self, parts_sent: Mapping[int, int], owner: str, now: datetime
    ) -> set[int]:
        """Close rows whose last part arrived (row id → parts sent); return the ids still held."""
        held: set[int] = set()
        for parts, ids in _by_value(parts_sent).items():
            held |= await self._held_update_many(
                ids,
                owner,
                status=SENT,
                parts_sent=parts,
                lease_owner=None,
                error=None,
                sent_at=now,
            )
        return held

    async def finish(
        self,
        delivery_id: int,
        owner: str,
        status: str,
        now: datetime,
        error: str | None = None,
    ) -> None:
        """Close the row as sent, empty, failed or uncertain and drop the lease."""
        if not await self.finish_many([delivery_id], owner, status, now, error):
            raise LeaseLost(f"delivery #{delivery_id} is no longer held by {owner}")

    async def finish_many(
        self,
        delivery_ids: Collection[int],
        owner: str,
        status: str,
        now: datetime,
        error: str | None = None,
    ) -> set[int]:
        """finish for many rows with the same outcome; return the ids still held."""
        values: dict[str, Any] = {"status": status, "lease_owner": None, "error": error}
        if status == SENT:
            values["sent_at"] = now
        return await self._held_update_many(delivery_ids, owner, **values)

    async def release(self, delivery_id: int, owner: str, error: str) -> None:
        """Hand the row back (pending) for a later pass, keeping the parts already sent."""
        await self._held_update(
            delivery_id,
            owner,
            status=PENDING,
            lease_owner=None,
            lease_expires_at=None,
            error=error,
        )

    async def remember_delivered_many(
        self, articles: Mapping[int, Iterable[int]], now: datetime
    ) -> None:
        """Record that these articles reached these subscribers (subscriber id → article
        ids), so no digest repeats them."""
        pairs = [
            (subscriber_id, article_id)
            for subscriber_id, ids in articles.items()
            for article_id in dict.fromkeys(ids)
        ]
        insert = sqlite_insert if self._dialect == "sqlite" else postgresql_insert
        for chunk in _chunks(pairs):
            await self.session.execute(
                insert(DeliveredArticle).on_conflict_do_nothing(),
                [
                    {"subscriber_id": subscriber_id, "article_id": article_id, "delivered_at": now}
                    for subscriber_id, article_id in chunk
                ],
            )

    async def delivered_since(
        self, subscriber_ids: Sequence[int], since: datetime
    ) -> dict[int, set[int]]:
        """For each subscriber, the ids of articles stored since `since` they already got."""
        seen: dict[int, set[int]] = {}
        for chunk in _chunks(list(subscriber_ids)):
            result = await self.session.execute(
                select(DeliveredArticle.subscriber_id, DeliveredArticle.article_id)
                .join(Article, Article.id == DeliveredArticle.article_id)
                .where(DeliveredArticle.subscriber_id.in_(chunk), Article.stored_at >= since)
            )
            for subscriber_id, article_id in result.all():
                seen.setdefault(subscriber_id, set()).add(article_id)
        return seen

    async def recipients(self, subscriber_ids: Sequence[int]) -> dict[int, SubscriberView]:
        """The subscribers with these ids (deleted ones are missing), with their topics."""
        found: dict[int, SubscriberView] = {}
        topics: defaultdict[int, list[tuple[str, str]]] = defaultdict(list)
        mutes: defaultdict[int, list[Mute]] = defaultdict(list)
        for chunk in _chunks(list(dict.fromkeys(subscriber_ids))):
            subscriptions = await self.session.execute(
                select(Subscription.subscriber_id, Subscription.topic_key, Subscription.topic_name)
                .where(Subscription.subscriber_id.in_(chunk))
                .order_by(Subscription.created_at, Subscription.topic_key)
            )
            for subscriber_id, key, name in subscriptions.all():
                topics[subscriber_id].append((key, name))
            muted = await self.session.execute(
                select(MuteRow.subscriber_id, MuteRow.phrase)
                .where(MuteRow.subscriber_id.in_(chunk))
                .order_by(MuteRow.created_at, MuteRow.key)
            )
            for subscriber_id, phrase in muted.all():
                if mute := parse_mute(phrase):
                    mutes[subscriber_id].append(mute)
            for row in await self.session.scalars(
                select(Subscriber).where(Subscriber.id.in_(chunk))
            ):
                found[row.id] = subscriber_view(row, topics[row.id], mutes[row.id])
        return found


def _by_value(mapping: Mapping[int, int]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = defaultdict(list)
    for key, value in mapping.items():
        grouped[value].append(key)
    return grouped
