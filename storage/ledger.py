"""The delivery ledger: one row per (subscriber, digest day), claimed with a lease.

Statuses: `pending` (due, nobody working on it), `claimed` (a pass holds the lease and
no message is in flight), `sending` (a message request may be in flight: if the lease
runs out in this state nobody knows whether it arrived), `sent`, `uncertain` (a send
may or may not have arrived; never resent blindly), `failed` (permanent), `empty`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Article, DeliveredArticle, Delivery, Subscriber

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
    """When an active subscriber wants digests: their zone and local time."""

    subscriber_id: int
    timezone: str
    digest_time: str


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


def _row(delivery: Delivery) -> DeliveryRow:
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
            select(Subscriber.id, Subscriber.timezone, Subscriber.digest_time).where(
                Subscriber.paused.is_(False), Subscriber.blocked_at.is_(None)
            )
        )
        return [Schedule(*row) for row in result.all()]

    async def latest_days(self, since: date) -> dict[int, date]:
        """The newest digest day on or after `since` that each subscriber has a row for."""
        result = await self.session.execute(
            select(Delivery.subscriber_id, func.max(Delivery.digest_day))
            .where(Delivery.digest_day >= since)
            .group_by(Delivery.subscriber_id)
        )
        return {subscriber_id: day for subscriber_id, day in result.all()}

    async def create_pending(self, due: Sequence[tuple[int, date]], now: datetime) -> int:
        """Insert pending rows for (subscriber id, day) pairs, skipping existing ones."""
        insert = sqlite_insert if self._dialect == "sqlite" else postgresql_insert
        created = 0
        for chunk in _chunks(due):
            statement = insert(Delivery).on_conflict_do_nothing(
                index_elements=["subscriber_id", "digest_day"]
            )
            result = await self.session.execute(
                statement,
                [
                    {
                        "subscriber_id": subscriber_id,
                        "digest_day": day,
                        "status": PENDING,
                        "article_ids": [],
                        "created_at": now,
                    }
                    for subscriber_id, day in chunk
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

    async def claim_next(
        self,
        owner: str,
        now: datetime,
        lease_until: datetime,
        since: date,
        exclude: Collection[int] = (),
    ) -> DeliveryRow | None:
        """Take the lease on the oldest claimable row with a digest day ≥ since, or None."""
        candidates = (
            select(Delivery.id)
            .where(self._claimable(now), Delivery.digest_day >= since)
            .order_by(Delivery.id)
        )
        if exclude:
            candidates = candidates.where(Delivery.id.not_in(list(exclude)))
        if self._dialect == "postgresql":
            # Row locks let concurrent passes skip each other's candidates instead of queueing.
            candidates = candidates.limit(1).with_for_update(skip_locked=True)
        else:
            # SQLite has no row locks (SQLAlchemy drops FOR UPDATE there): the conditional
            # UPDATE below is the arbiter, so look at a few candidates in case one was taken.
            candidates = candidates.limit(8)
        for delivery_id in (await self.session.scalars(candidates)).all():
            result = await self.session.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id, self._claimable(now))
                .values(
                    status=CLAIMED,
                    lease_owner=owner,
                    lease_expires_at=lease_until,
                    attempts=Delivery.attempts + 1,
                )
            )
            if getattr(result, "rowcount", 0) == 1:
                return await self.get(delivery_id)
        return None

    async def get(self, delivery_id: int) -> DeliveryRow:
        """The row with this id, freshly read."""
        delivery = await self.session.get(Delivery, delivery_id, populate_existing=True)
        if delivery is None:
            raise LookupError(f"no delivery #{delivery_id}")
        return _row(delivery)

    async def for_day(self, subscriber_id: int, day: date) -> DeliveryRow | None:
        """The subscriber's row for a digest day, or None."""
        delivery = await self.session.scalar(
            select(Delivery).where(
                Delivery.subscriber_id == subscriber_id, Delivery.digest_day == day
            )
        )
        return _row(delivery) if delivery is not None else None

    async def _held_update(self, delivery_id: int, owner: str, **values: Any) -> None:
        result = await self.session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery_id,
                Delivery.lease_owner == owner,
                Delivery.status.in_(_HELD),
            )
            .values(**values)
        )
        if getattr(result, "rowcount", 0) != 1:
            raise LeaseLost(f"delivery #{delivery_id} is no longer held by {owner}")

    async def record_digest(
        self, delivery_id: int, owner: str, groups: Sequence[Sequence[int]], lease_until: datetime
    ) -> None:
        """Remember which stories this day's digest holds, so a resume sends the same one."""
        await self._held_update(
            delivery_id,
            owner,
            article_ids=[list(group) for group in groups],
            lease_expires_at=lease_until,
        )

    async def mark_sending(self, delivery_id: int, owner: str, lease_until: datetime) -> None:
        """Note that a message request is about to go out (its fate unknown until answered)."""
        await self._held_update(delivery_id, owner, status=SENDING, lease_expires_at=lease_until)

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

    async def finish(
        self,
        delivery_id: int,
        owner: str,
        status: str,
        now: datetime,
        error: str | None = None,
    ) -> None:
        """Close the row as sent, empty, failed or uncertain and drop the lease."""
        values: dict[str, Any] = {"status": status, "lease_owner": None, "error": error}
        if status == SENT:
            values["sent_at"] = now
        await self._held_update(delivery_id, owner, **values)

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

    async def remember_delivered(
        self, subscriber_id: int, article_ids: Iterable[int], now: datetime
    ) -> None:
        """Record that these articles reached the subscriber, so no digest repeats them."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return
        insert = sqlite_insert if self._dialect == "sqlite" else postgresql_insert
        for chunk in _chunks(ids):
            await self.session.execute(
                insert(DeliveredArticle).on_conflict_do_nothing(),
                [
                    {"subscriber_id": subscriber_id, "article_id": article_id, "delivered_at": now}
                    for article_id in chunk
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

    async def chat_id(self, subscriber_id: int) -> int | None:
        """The chat id of a subscriber, or None when it was deleted."""
        return await self.session.scalar(
            select(Subscriber.chat_id).where(Subscriber.id == subscriber_id)
        )
