"""Subscribers and their subscriptions: queries only, the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from digest.mutes import Mute, parse_mute, same_mute
from storage.models import Mute as MuteRow
from storage.models import Subscriber, Subscription

# Enough for any reader's dislikes; each one costs every digest a little.
MAX_MUTES = 50


@dataclass(frozen=True, slots=True)
class SubscriberView:
    """A subscriber as the bot sees it, with its subscriptions in the order they were made."""

    id: int
    chat_id: int
    chat_type: str
    language: str | None
    timezone: str
    digest_time: str
    paused: bool
    blocked: bool
    topics: tuple[tuple[str, str], ...] = ()
    # Words whose articles this chat never sees (digests, /latest), oldest first.
    mutes: tuple[Mute, ...] = ()
    # /preview on: a digest leads with its top story's picture.
    preview: bool = False
    # digest.rhythm: daily | twice | weekdays | weekly, its weekday (0 = Monday), the
    # second time of `twice`; /silent on sends digests without a sound.
    schedule: str = "daily"
    weekly_day: int | None = None
    second_time: str | None = None
    silent: bool = False
    # A forum supergroup's topic digests go to (the one /start was sent in).
    thread_id: int | None = None
    # /alerts on: breaking stories on followed topics, as they happen.
    alerts: bool = False

    @property
    def active(self) -> bool:
        """True when digests go out to this chat."""
        return not self.paused and not self.blocked


class SubscriberRepository:
    """Reads and writes subscribers and subscriptions within the caller's session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _row(self, chat_id: int) -> Subscriber | None:
        return await self.session.scalar(select(Subscriber).where(Subscriber.chat_id == chat_id))

    async def _view(self, row: Subscriber) -> SubscriberView:
        topics = (
            await self.session.execute(
                select(Subscription.topic_key, Subscription.topic_name)
                .where(Subscription.subscriber_id == row.id)
                .order_by(Subscription.created_at, Subscription.topic_key)
            )
        ).all()
        return subscriber_view(row, [(key, name) for key, name in topics], await self.mutes(row.id))

    async def mutes(self, subscriber_id: int) -> tuple[Mute, ...]:
        """The chat's mutes, oldest first."""
        phrases = await self.session.scalars(
            select(MuteRow.phrase)
            .where(MuteRow.subscriber_id == subscriber_id)
            .order_by(MuteRow.created_at, MuteRow.key)
        )
        return tuple(mute for phrase in phrases if (mute := parse_mute(phrase)))

    async def mute(
        self, subscriber_id: int, mute: Mute, now: datetime
    ) -> Literal["added", "exists", "full"]:
        """Add a mute: "added", "exists" (the same words are muted) or "full"."""
        current = await self.mutes(subscriber_id)
        if any(same_mute(mute, known) for known in current):
            return "exists"
        if len(current) >= MAX_MUTES:
            return "full"
        self.session.add(
            MuteRow(subscriber_id=subscriber_id, key=mute.key, phrase=mute.phrase, created_at=now)
        )
        await self.session.flush()
        return "added"

    async def unmute(self, subscriber_id: int, mute: Mute) -> str | None:
        """Remove the mute naming the same words; the phrase it had, or None."""
        for known in await self.mutes(subscriber_id):
            if same_mute(mute, known):
                await self.session.execute(
                    delete(MuteRow).where(
                        MuteRow.subscriber_id == subscriber_id, MuteRow.key == known.key
                    )
                )
                return known.phrase
        return None

    async def get(self, chat_id: int) -> SubscriberView | None:
        """The subscriber for a chat, or None."""
        row = await self._row(chat_id)
        return await self._view(row) if row else None

    async def register(
        self,
        chat_id: int,
        chat_type: str,
        *,
        timezone: str,
        digest_time: str,
        now: datetime,
        language: str | None = None,
    ) -> tuple[SubscriberView, bool]:
        """Create the subscriber or make it active again; returns (view, was it new)."""
        row = await self._row(chat_id)
        created = row is None
        if row is None:
            row = Subscriber(
                chat_id=chat_id,
                chat_type=chat_type,
                timezone=timezone,
                digest_time=digest_time,
                language=language,
                paused=False,
                created_at=now,
            )
            self.session.add(row)
        else:
            row.paused = False
            row.blocked_at = None
            row.chat_type = chat_type
        await self.session.flush()
        return await self._view(row), created

    async def update(self, chat_id: int, **values: object) -> SubscriberView | None:
        """Change language, timezone, digest_time, paused or preview; None when not registered."""
        allowed = {
            "language",
            "timezone",
            "digest_time",
            "paused",
            "preview",
            "schedule",
            "weekly_day",
            "second_time",
            "silent",
            "thread_id",
            "alerts",
        }
        if unknown := set(values) - allowed:
            raise ValueError(f"cannot update {sorted(unknown)}")
        row = await self._row(chat_id)
        if row is None:
            return None
        for name, value in values.items():
            setattr(row, name, value)
        await self.session.flush()
        return await self._view(row)

    async def mark_blocked(self, chat_id: int, now: datetime) -> None:
        """Record that Telegram refuses messages to this chat."""
        await self.session.execute(
            update(Subscriber).where(Subscriber.chat_id == chat_id).values(blocked_at=now)
        )

    async def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """Move a group that became a supergroup to its new chat id."""
        await self.session.execute(
            update(Subscriber)
            .where(Subscriber.chat_id == old_chat_id)
            .values(chat_id=new_chat_id, chat_type="supergroup")
        )

    async def subscribe(self, subscriber_id: int, key: str, name: str, now: datetime) -> bool:
        """Add a subscription; False when it already existed."""
        exists = await self.session.get(Subscription, (subscriber_id, key))
        if exists is not None:
            return False
        self.session.add(
            Subscription(
                subscriber_id=subscriber_id, topic_key=key, topic_name=name, created_at=now
            )
        )
        await self.session.flush()
        return True

    async def unsubscribe(self, subscriber_id: int, key: str) -> bool:
        """Remove a subscription; False when there was none."""
        result = await self.session.execute(
            delete(Subscription).where(
                Subscription.subscriber_id == subscriber_id, Subscription.topic_key == key
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def counts(self) -> tuple[int, int]:
        """(all subscribers, active subscribers)."""
        total = await self.session.scalar(select(func.count()).select_from(Subscriber)) or 0
        active = (
            await self.session.scalar(
                select(func.count())
                .select_from(Subscriber)
                .where(Subscriber.paused.is_(False), Subscriber.blocked_at.is_(None))
            )
            or 0
        )
        return total, active


def subscriber_view(
    row: Subscriber, topics: Sequence[tuple[str, str]], mutes: Sequence[Mute] = ()
) -> SubscriberView:
    """A subscriber row and its (topic key, name) subscriptions as services see them."""
    return SubscriberView(
        id=row.id,
        chat_id=row.chat_id,
        chat_type=row.chat_type,
        language=row.language,
        timezone=row.timezone,
        digest_time=row.digest_time,
        paused=row.paused,
        blocked=row.blocked_at is not None,
        topics=tuple(topics),
        mutes=tuple(mutes),
        preview=row.preview,
        schedule=row.schedule,
        weekly_day=row.weekly_day,
        second_time=row.second_time,
        silent=row.silent,
        thread_id=row.thread_id,
        alerts=row.alerts,
    )
