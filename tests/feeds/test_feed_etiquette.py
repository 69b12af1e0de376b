"""Feeds polled politely: Retry-After, the feed's own update period, and a day-long outage
reported to the admins once (and its end once), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from aiohttp import web
from prometheus_client import REGISTRY
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import build_application, running
from bot.sandbox.server import SandboxServer
from bot.services.feeds import FeedNotice, poll_due_feeds
from bot.services.fetch import SafeFetcher
from bot.settings import Settings
from digest.feed_schedule import retry_after_delay, update_period
from storage.db import create_engine, create_sessionmaker, upgrade
from storage.feeds import FeedAlert, FeedRepository, FeedView
from storage.models import Feed
from tests.bot.conftest import TOKEN
from tests.feeds.articles import STORIES

NOW = datetime(2024, 3, 28, 6, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]
SY = 'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'


def channel(extra: str = "", item: str = "") -> bytes:
    """An RSS channel with extra channel elements (ttl, sy:…) and one item link."""
    items = f"<item><title>Berita</title><link>{item}</link></item>" if item else ""
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {SY}><channel>'
        f"<title>Kabar Nusantara</title><link>http://news.example/</link>{extra}{items}"
        "</channel></rss>"
    ).encode()


@dataclass
class Site:
    """A feed on 127.0.0.1 whose answer the test sets: status, headers and body."""

    port: int = 0
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = field(default_factory=channel)
    polls: int = 0

    @property
    def feed_url(self) -> str:
        """The feed's address (news.example resolves to 127.0.0.1 in the fetcher)."""
        return f"http://news.example:{self.port}/feed.xml"

    async def feed(self, request: web.Request) -> web.Response:
        self.polls += 1
        if self.status != 200:
            return web.Response(status=self.status, text="Sibuk", headers=self.headers)
        etag = f'"{len(self.body)}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=self.body, content_type="application/rss+xml", headers={"ETag": etag}
        )

    async def story(self, request: web.Request) -> web.Response:
        return web.Response(text=STORIES[0].html(), content_type="text/html")


@pytest.fixture
async def feed_site() -> AsyncIterator[Site]:
    """Serve a fresh Site on 127.0.0.1 for one test."""
    state = Site()
    app = web.Application()
    app.router.add_get("/feed.xml", state.feed)
    app.router.add_get("/news/{slug}", state.story)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    state.port = int(runner.addresses[0][1])
    yield state
    await runner.cleanup()


async def add_feed(sessions: Sessions, url: str) -> FeedView:
    async with sessions.begin() as session:
        feed, _ = await FeedRepository(session).add(url, None, NOW)
    return feed


async def state_of(sessions: Sessions, feed_id: int) -> FeedView:
    async with sessions.begin() as session:
        return next(f for f in await FeedRepository(session).list() if f.id == feed_id)


async def poll(sessions: Sessions, fetcher: SafeFetcher, at: datetime) -> list[FeedNotice | None]:
    """One poll_due_feeds pass at `at`; the notices of the feeds it polled."""
    return [r.alert for r in await poll_due_feeds(sessions, fetcher, now=at)]


def polls_counted(outcome: str) -> float:
    return REGISTRY.get_sample_value("kabar_feed_polls_total", {"outcome": outcome}) or 0.0


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_in_seconds_holds_the_next_poll_back(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher, status: int
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.status, feed_site.headers = status, {"Retry-After": "7200"}
    backoffs = polls_counted("backoff")

    await poll(sessions, fetcher, NOW)

    state = await state_of(sessions, feed.id)
    assert state.next_poll_at == NOW + timedelta(hours=2)
    assert state.last_error is not None and str(status) in state.last_error
    assert polls_counted("backoff") == backoffs + 1
    # Passes before the site's moment leave it alone; the first one after asks again.
    feed_site.status = 200
    for minutes in (15, 60, 119):
        assert await poll(sessions, fetcher, NOW + timedelta(minutes=minutes)) == []
    assert feed_site.polls == 1
    await poll(sessions, fetcher, NOW + timedelta(hours=2))
    assert feed_site.polls == 2
    assert (await state_of(sessions, feed.id)).error_count == 0


async def test_retry_after_as_an_http_date(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    back = NOW + timedelta(hours=3, minutes=30)
    feed_site.status = 503
    feed_site.headers = {"Retry-After": format_datetime(back, usegmt=True)}

    await poll(sessions, fetcher, NOW)

    assert (await state_of(sessions, feed.id)).next_poll_at == back
    assert await poll(sessions, fetcher, back - timedelta(minutes=1)) == []
    assert feed_site.polls == 1


async def test_a_short_or_hostile_retry_after_never_beats_backoff_or_a_day(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.status, feed_site.headers = 429, {"Retry-After": "5"}
    await poll(sessions, fetcher, NOW)
    # Five seconds is shorter than kabar's own backoff after a failure (30 minutes).
    assert (await state_of(sessions, feed.id)).next_poll_at == NOW + timedelta(minutes=30)

    later = NOW + timedelta(minutes=30)
    feed_site.headers = {"Retry-After": "99999999999"}
    await poll(sessions, fetcher, later)
    assert (await state_of(sessions, feed.id)).next_poll_at == later + timedelta(hours=24)


async def test_the_feeds_ttl_sets_the_pace_even_when_unchanged(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.body = channel("<ttl>120</ttl>")

    await poll(sessions, fetcher, NOW)
    assert (await state_of(sessions, feed.id)).next_poll_at == NOW + timedelta(hours=2)
    assert await poll(sessions, fetcher, NOW + timedelta(minutes=90)) == []

    # A 304 carries no feed: the period read last time still holds.
    unchanged = polls_counted("not_modified")
    await poll(sessions, fetcher, NOW + timedelta(hours=2))
    assert polls_counted("not_modified") == unchanged + 1
    assert feed_site.polls == 2
    state = await state_of(sessions, feed.id)
    assert state.next_poll_at == NOW + timedelta(hours=4)


async def test_sy_update_period_sets_the_pace(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.body = channel(
        "<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>"
    )
    news = polls_counted("new")

    await poll(sessions, fetcher, NOW)

    assert (await state_of(sessions, feed.id)).next_poll_at == NOW + timedelta(hours=6)
    assert polls_counted("new") == news + 1


async def test_a_day_long_outage_is_reported_once_and_its_end_once(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.body = channel(item=f"http://news.example:{feed_site.port}/news/{STORIES[0].slug}")
    await poll(sessions, fetcher, NOW)
    feed_site.status = 500
    errors = polls_counted("error")

    # Failing from NOW+1h: every pass polls it, as if its backoff had run out each time.
    notices: list[FeedNotice | None] = []
    for hours in (1, 2, 12, 24, 25, 26, 48):
        notices += await poll_at_once(sessions, fetcher, feed.id, NOW + timedelta(hours=hours))

    failing = FeedNotice(FeedAlert.FAILING, feed_site.feed_url)
    assert notices == [None, None, None, None, failing, None, None]
    assert polls_counted("error") == errors + 7

    feed_site.status = 200
    back = await poll_at_once(sessions, fetcher, feed.id, NOW + timedelta(hours=49))
    again = await poll_at_once(sessions, fetcher, feed.id, NOW + timedelta(hours=50))
    assert back == [FeedNotice(FeedAlert.RECOVERED, feed_site.feed_url)]
    assert again == [None]


async def test_a_short_outage_is_not_reported_at_all(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.status = 500
    notices = []
    for hours in (0, 6, 23):
        notices += await poll_at_once(sessions, fetcher, feed.id, NOW + timedelta(hours=hours))
    feed_site.status = 200
    notices += await poll_at_once(sessions, fetcher, feed.id, NOW + timedelta(hours=24))
    assert notices == [None, None, None, None]


async def poll_at_once(
    sessions: Sessions, fetcher: SafeFetcher, feed_id: int, at: datetime
) -> list[FeedNotice | None]:
    """Make the feed due at `at` (its backoff over) and run one pass then."""
    async with sessions.begin() as session:
        await session.execute(update(Feed).where(Feed.id == feed_id).values(next_poll_at=at))
    return await poll(sessions, fetcher, at)


@pytest.mark.parametrize(
    ("channel_fields", "expected"),
    [
        ({"ttl": "60"}, timedelta(hours=1)),
        ({"ttl": " 30 "}, timedelta(minutes=30)),
        ({"sy_updateperiod": "hourly", "sy_updatefrequency": "2"}, timedelta(minutes=30)),
        ({"sy_updateperiod": "weekly"}, timedelta(hours=24)),  # at most a day
        ({"ttl": "10", "sy_updateperiod": "hourly"}, timedelta(hours=1)),
        ({"ttl": "0"}, None),
        ({"ttl": "sering"}, None),
        ({"sy_updateperiod": "fortnightly"}, None),
        ({}, None),
    ],
)
def test_update_period_from_feed_fields(
    channel_fields: dict[str, str], expected: timedelta | None
) -> None:
    assert update_period(channel_fields) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", timedelta(minutes=2)),
        ("Thu, 28 Mar 2024 07:00:00 GMT", timedelta(hours=1)),
        ("Thu, 28 Mar 2024 05:00:00 GMT", timedelta(0)),  # already past
        ("Fri, 29 Mar 2024 12:00:00 GMT", timedelta(hours=24)),
        ("besok", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_header_forms(header: str | None, expected: timedelta | None) -> None:
    assert retry_after_delay(header, NOW) == expected


async def test_the_running_bot_tells_each_admin_once_and_again_on_recovery(
    tmp_path: Path, feed_site: Site
) -> None:
    server = SandboxServer()
    url = await server.start()
    admins = (7001, 7002)
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}",
        admin_ids=frozenset(admins),
        telegram_api_url=url,
        send_rate=1000,
        fetch_allow_private=True,
        heartbeat_file=str(tmp_path / "heartbeat"),
        language="en",
    )
    await upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    sessions = create_sessionmaker(engine)
    feed_url = f"http://127.0.0.1:{feed_site.port}/feed.xml"
    feed = await add_feed(sessions, feed_url)
    now = datetime.now(UTC)
    # The feed has been failing for 25 hours and its next poll is due.
    async with sessions.begin() as session:
        await session.execute(
            update(Feed)
            .where(Feed.id == feed.id)
            .values(failing_since=now - timedelta(hours=25), error_count=9, next_poll_at=now)
        )
    users = [server.user(admin_id, first_name="Admin", language_code="en") for admin_id in admins]
    feed_site.status = 500
    application = build_application(settings, token=TOKEN, api_url=url, job_interval=0.5)
    try:
        async with running(application, poll_timeout=1):
            failing = [await user.wait_reply(timeout=15) for user in users]
            assert all(f"#{feed.id}" in m.text and feed_url in m.text for m in failing)
            assert all("24" in m.text for m in failing)

            feed_site.status = 200
            async with sessions.begin() as session:
                await session.execute(
                    update(Feed).where(Feed.id == feed.id).values(next_poll_at=datetime.now(UTC))
                )
            recovered = [await user.wait_reply(timeout=15) for user in users]
            assert all(feed_url in m.text and "again" in m.text for m in recovered)
            # More passes, the feed still working: nothing more to say.
            async with sessions.begin() as session:
                await session.execute(
                    update(Feed).where(Feed.id == feed.id).values(next_poll_at=datetime.now(UTC))
                )
            polls = feed_site.polls
            for _ in range(100):
                if feed_site.polls > polls:
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.5)
            assert feed_site.polls > polls
            assert [len(user.replies) for user in users] == [2, 2]
    finally:
        await server.stop()
        await engine.dispose()


async def test_a_feed_that_drops_its_ttl_is_polled_at_the_usual_pace_again(
    sessions: Sessions, feed_site: Site, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, feed_site.feed_url)
    feed_site.body = channel("<ttl>180</ttl>")
    await poll(sessions, fetcher, NOW)
    assert (await state_of(sessions, feed.id)).next_poll_at == NOW + timedelta(hours=3)

    feed_site.body = channel()
    later = NOW + timedelta(hours=3)
    await poll(sessions, fetcher, later)
    assert (await state_of(sessions, feed.id)).next_poll_at == later + timedelta(minutes=15)
    await poll(sessions, fetcher, later + timedelta(minutes=15))  # a 304 now
    state = await state_of(sessions, feed.id)
    assert state.next_poll_at == later + timedelta(minutes=30)
