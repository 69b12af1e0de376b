"""Subscriber use cases: register, pause, preferences, subscribe and unsubscribe."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digest.mutes import MAX_MUTE_CHARACTERS, parse_mute
from digest.tag import topic_key
from storage.subscribers import SubscriberRepository, SubscriberView
from storage.topic_catalog import TopicCatalog, TopicView

MAX_SUBSCRIPTIONS = 50
MAX_TOPIC_LENGTH = 60


@dataclass(frozen=True, slots=True)
class SubscribeOutcome:
    """What /subscribe did: added, already there, needs a choice, or refused."""

    status: Literal["added", "already", "suggest", "too_many", "invalid", "not_registered"]
    name: str = ""
    suggestions: tuple[TopicView, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class UnsubscribeOutcome:
    """What /unsubscribe did."""

    status: Literal["removed", "not_found", "not_registered"]
    name: str = ""


async def register(
    sessions: async_sessionmaker[AsyncSession],
    chat_id: int,
    chat_type: str,
    *,
    timezone: str,
    digest_time: str,
    now: datetime,
    language: str | None = None,
) -> tuple[SubscriberView, bool, bool]:
    """Register a chat or resume it; returns (subscriber, created, resumed)."""
    async with sessions.begin() as session:
        repo = SubscriberRepository(session)
        before = await repo.get(chat_id)
        view, created = await repo.register(
            chat_id,
            chat_type,
            timezone=timezone,
            digest_time=digest_time,
            now=now,
            language=language,
        )
    resumed = before is not None and not before.active
    return view, created, resumed


async def get_subscriber(
    sessions: async_sessionmaker[AsyncSession], chat_id: int
) -> SubscriberView | None:
    """The subscriber for a chat, or None."""
    async with sessions.begin() as session:
        return await SubscriberRepository(session).get(chat_id)


async def mark_blocked(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, *, now: datetime
) -> None:
    """Record that Telegram refuses messages to this chat; digests stop until /start."""
    async with sessions.begin() as session:
        await SubscriberRepository(session).mark_blocked(chat_id, now)


async def update_subscriber(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, **values: object
) -> SubscriberView | None:
    """Change a preference (language, timezone, digest_time, paused, preview); None if unknown."""
    async with sessions.begin() as session:
        return await SubscriberRepository(session).update(chat_id, **values)


async def subscribe(
    sessions: async_sessionmaker[AsyncSession],
    chat_id: int,
    text: str,
    *,
    now: datetime,
    exact: bool = False,
) -> SubscribeOutcome:
    """Follow a known topic or any keyword; near misses of known topics get suggestions."""
    wanted = " ".join(text.split())
    key = topic_key(wanted)
    if not key or len(wanted) > MAX_TOPIC_LENGTH:
        return SubscribeOutcome("invalid", name=wanted[:MAX_TOPIC_LENGTH])
    async with sessions.begin() as session:
        subscribers = SubscriberRepository(session)
        catalog = TopicCatalog(session)
        subscriber = await subscribers.get(chat_id)
        if subscriber is None:
            return SubscribeOutcome("not_registered")
        known = await catalog.by_key(key)
        if known is None and not exact:
            suggestions = await _suggest(catalog, key)
            if suggestions:
                return SubscribeOutcome("suggest", name=wanted, suggestions=suggestions)
        name = known.name if known else wanted
        if any(k == key for k, _ in subscriber.topics):
            return SubscribeOutcome("already", name=name)
        if len(subscriber.topics) >= MAX_SUBSCRIPTIONS:
            return SubscribeOutcome("too_many", name=name)
        await subscribers.subscribe(subscriber.id, key, name, now)
    return SubscribeOutcome("added", name=name)


async def subscribe_topic_id(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, topic_id: int, *, now: datetime
) -> SubscribeOutcome:
    """Follow a known topic chosen from a button."""
    async with sessions.begin() as session:
        topic = await TopicCatalog(session).by_id(topic_id)
    if topic is None:
        return SubscribeOutcome("invalid")
    return await subscribe(sessions, chat_id, topic.name, now=now, exact=True)


async def _suggest(catalog: TopicCatalog, key: str) -> tuple[TopicView, ...]:
    """Known topics whose name, or a word of it, looks like a misspelling of the key."""
    topics = await catalog.most_used()
    # A word of a longer name (`putin` in `vladimir putin`) is a fine keyword on its
    # own, so only misspellings trigger a question.
    if any(key in topic.key.split() for topic in topics):
        return ()
    candidates: dict[str, list[TopicView]] = {}
    for topic in topics:
        candidates.setdefault(topic.key, []).append(topic)
        for word in topic.key.split():
            if len(word) >= 4:
                candidates.setdefault(word, []).append(topic)
    found: dict[int, TopicView] = {}
    for match in difflib.get_close_matches(key, list(candidates), n=6, cutoff=0.8):
        for topic in candidates[match]:
            found.setdefault(topic.id, topic)
    return tuple(found.values())[:3]


async def unsubscribe(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, text: str
) -> UnsubscribeOutcome:
    """Stop following a topic named as typed or as its key."""
    key = topic_key(text)
    async with sessions.begin() as session:
        repo = SubscriberRepository(session)
        subscriber = await repo.get(chat_id)
        if subscriber is None:
            return UnsubscribeOutcome("not_registered")
        names = dict(subscriber.topics)
        if key in names and await repo.unsubscribe(subscriber.id, key):
            return UnsubscribeOutcome("removed", name=names[key])
    return UnsubscribeOutcome("not_found", name=" ".join(text.split()))


async def popular_topics(
    sessions: async_sessionmaker[AsyncSession], *, limit: int = 12
) -> list[TopicView]:
    """The topics most articles carry."""
    async with sessions.begin() as session:
        return await TopicCatalog(session).most_used(limit)


@dataclass(frozen=True, slots=True)
class MuteOutcome:
    """What /mute or /unmute did, and the words as shown to the reader."""

    status: Literal[
        "added", "exists", "full", "removed", "not_muted", "invalid", "too_long", "not_registered"
    ]
    phrase: str = ""


async def mute(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, phrase: str, *, now: datetime
) -> MuteOutcome:
    """Hide articles matching the phrase from this chat's digests and /latest."""
    shown = " ".join(phrase.split())
    if len(shown) > MAX_MUTE_CHARACTERS:
        return MuteOutcome("too_long", shown[:MAX_MUTE_CHARACTERS])
    wanted = parse_mute(shown)
    if wanted is None:
        return MuteOutcome("invalid", shown)
    async with sessions.begin() as session:
        repo = SubscriberRepository(session)
        if (subscriber := await repo.get(chat_id)) is None:
            return MuteOutcome("not_registered", shown)
        return MuteOutcome(await repo.mute(subscriber.id, wanted, now), shown)


async def unmute(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, phrase: str
) -> MuteOutcome:
    """Show articles matching the phrase again."""
    shown = " ".join(phrase.split())
    wanted = parse_mute(shown[:MAX_MUTE_CHARACTERS])
    if wanted is None:
        return MuteOutcome("not_muted", shown)
    async with sessions.begin() as session:
        repo = SubscriberRepository(session)
        if (subscriber := await repo.get(chat_id)) is None:
            return MuteOutcome("not_registered", shown)
        removed = await repo.unmute(subscriber.id, wanted)
    return MuteOutcome("removed", removed) if removed else MuteOutcome("not_muted", shown)
