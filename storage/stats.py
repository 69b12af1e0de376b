"""Counts for the admin's /stats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.feeds import FeedRepository
from storage.models import Article, Delivery
from storage.subscribers import SubscriberRepository


@dataclass(frozen=True, slots=True)
class Stats:
    """What /stats reports."""

    articles: int
    subscribers: int
    active: int
    sent_today: int
    failed: int
    feeds: int


async def collect_stats(session: AsyncSession, *, day_start: datetime) -> Stats:
    """Counts of articles, subscribers, and deliveries since `day_start`."""
    articles = await session.scalar(select(func.count()).select_from(Article)) or 0
    subscribers, active = await SubscriberRepository(session).counts()
    sent = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(Delivery.status == "sent", Delivery.sent_at >= day_start)
    )
    failed = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(Delivery.status.in_(("failed", "uncertain")), Delivery.created_at >= day_start)
    )
    return Stats(
        articles=int(articles),
        subscribers=subscribers,
        active=active,
        sent_today=int(sent or 0),
        failed=int(failed or 0),
        feeds=await FeedRepository(session).count(),
    )
