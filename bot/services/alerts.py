"""Breaking alerts (/alerts on): when three or more outlets report one story on a topic a
reader follows within a few hours, the reader gets one short alert then, not at digest time.

At most three a day and none at night (22:00–06:00) in the reader's zone; a story that
broke more than an hour ago is left to the digest, and an alerted story is not repeated
in the next digest. Each alert is sent at most once, whichever process gets to it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from bot.i18n import t
from bot.read_buttons import read_buttons
from bot.services.digests import CandidatePool
from bot.settings import Settings
from storage import alerts as ledger
from storage.articles import ArticleRepository, StoredArticle
from storage.ledger import DeliveryLedger
from storage.subscribers import SubscriberRepository, SubscriberView

log = logging.getLogger(__name__)

OUTLETS = 3
WINDOW = timedelta(hours=6)
# A story is news for an alert within this long of its third outlet; later, the digest.
FRESH = timedelta(hours=1)
DAILY_CAP = 3
QUIET_FROM, QUIET_UNTIL = 22, 6


def breaking_moment(articles: Sequence[StoredArticle], outlets: int = OUTLETS) -> datetime | None:
    """When the story's `outlets`-th different source reported it, or None if not yet."""
    sources: set[str] = set()
    for article in sorted(articles, key=lambda a: (a.stored_at, a.id)):
        if article.card.source:
            sources.add(article.card.source.casefold())
            if len(sources) >= outlets:
                return article.stored_at
    return None


def quiet(reader: SubscriberView, at: datetime) -> bool:
    """True at night in the reader's zone (22:00–06:00): no alerts then."""
    hour = at.astimezone(ZoneInfo(reader.timezone)).hour
    return hour >= QUIET_FROM or hour < QUIET_UNTIL


async def send_alerts(
    sessions: async_sessionmaker[AsyncSession], bot: Bot, *, at: datetime, settings: Settings
) -> int:
    """Send the alerts due at `at`; return how many went out."""
    async with sessions() as session:
        stories = await ledger.busy_stories(session, at - WINDOW, OUTLETS)
        readers_ids = await ledger.alert_readers(session) if stories else []
        if not readers_ids:
            return 0
        found = await ArticleRepository(session).get_many(
            await ledger.story_article_ids(session, stories)
        )
        readers = await DeliveryLedger(session).recipients(readers_ids)
        history = await ledger.alerted(session, list(readers))
        seen = await DeliveryLedger(session).delivered_since(list(readers), at - WINDOW)
    by_story: defaultdict[int, list[StoredArticle]] = defaultdict(list)
    for article in found:
        if article.story_id is not None and article.stored_at <= at:
            by_story[article.story_id].append(article)
    fresh = {
        story: articles
        for story, articles in by_story.items()
        if (moment := breaking_moment(articles)) is not None and at - moment <= FRESH
    }
    if not fresh:
        return 0
    pool = CandidatePool([a for articles in fresh.values() for a in articles], at)
    sent = 0
    for reader in readers.values():
        sent += await _alert_reader(
            sessions, bot, pool, fresh, reader, history.get(reader.id, []),
            seen.get(reader.id, set()), at, settings,
        )  # fmt: skip
    return sent


async def _alert_reader(
    sessions: async_sessionmaker[AsyncSession],
    bot: Bot,
    pool: CandidatePool,
    stories: dict[int, list[StoredArticle]],
    reader: SubscriberView,
    history: list[tuple[int, datetime]],
    seen: set[int],
    at: datetime,
    settings: Settings,
) -> int:
    try:
        zone = ZoneInfo(reader.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return 0  # the delivery pass reports a chat with an unknown zone
    if not reader.active or not reader.topics or quiet(reader, at):
        return 0
    today = at.astimezone(zone).date()
    left = DAILY_CAP - sum(1 for _, when in history if when.astimezone(zone).date() == today)
    done = {story for story, _ in history}
    matching = {i for key, _ in reader.topics for _, i in pool.ranked(key)}
    sent = 0
    for story, articles in stories.items():
        if left - sent <= 0:
            break
        ids = {a.id for a in articles}
        indexes = [i for i, a in enumerate(pool.articles) if a.id in ids]
        if (
            story in done
            or ids & seen
            or not matching.intersection(indexes)
            or any(pool.muted(i, reader.mutes) for i in indexes)
        ):
            continue
        if await _send(sessions, bot, reader, story, articles, at, settings):
            sent += 1
    return sent


def alert_text(articles: Sequence[StoredArticle], language: str) -> tuple[int, str]:
    """The alert's story (its first report's id) and its text."""
    first = min(articles, key=lambda a: (a.stored_at, a.id))
    outlets = list(dict.fromkeys(a.card.source for a in articles if a.card.source))
    text = t(
        language,
        "alert",
        headline=first.card.headline,
        count=len(outlets),
        outlets=", ".join(outlets),
        id=first.id,
    )
    return first.id, text


async def _send(
    sessions: async_sessionmaker[AsyncSession],
    bot: Bot,
    reader: SubscriberView,
    story: int,
    articles: Sequence[StoredArticle],
    at: datetime,
    settings: Settings,
) -> bool:
    async with sessions.begin() as session:
        alert_id = await ledger.take(session, reader.id, story, at)
    if alert_id is None:
        return False  # another process has it
    language = reader.language or settings.language
    shown, text = alert_text(articles, language)
    try:
        await bot.send_message(
            reader.chat_id,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_markup=read_buttons(text, [shown], language),
            message_thread_id=reader.thread_id,
        )
    except TelegramError as exc:
        log.warning("alert about story %s to chat %s failed: %s", story, reader.chat_id, exc)
        async with sessions.begin() as session:
            await ledger.finish(session, alert_id, ledger.FAILED)
            if isinstance(exc, Forbidden):
                await SubscriberRepository(session).mark_blocked(reader.chat_id, at)
        return False
    async with sessions.begin() as session:
        await ledger.finish(session, alert_id, ledger.SENT)
        # The story is told: the next digest does not repeat it.
        await DeliveryLedger(session).remember_delivered_many(
            {reader.id: [a.id for a in articles]}, at
        )
    return True
