"""poll_feed and poll_due_feeds against the fake news site, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.feeds import FeedPollReport, backoff_delay, poll_due_feeds, poll_feed
from bot.services.fetch import SafeFetcher
from bot.services.ingest import ingest_article
from digest.dedup import canonical_url
from storage.articles import ArticleRepository, StoredArticle
from storage.feeds import FeedRepository, FeedView
from tests.feeds.articles import STORIES
from tests.feeds.conftest import NewsSite

NOW = datetime(2024, 3, 28, 6, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


async def add_feed(sessions: Sessions, url: str, now: datetime = NOW) -> FeedView:
    async with sessions.begin() as session:
        feed, created = await FeedRepository(session).add(url, None, now)
    assert created
    return feed


async def feed_state(sessions: Sessions, feed_id: int) -> FeedView:
    async with sessions.begin() as session:
        return next(f for f in await FeedRepository(session).list() if f.id == feed_id)


async def stored(sessions: Sessions) -> list[StoredArticle]:
    async with sessions.begin() as session:
        articles = ArticleRepository(session)
        return await articles.latest(100)


async def test_unchanged_feed_is_asked_conditionally_and_stores_nothing(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    site.feed_items = [site.story_url(s.slug) for s in STORIES[:3]]
    feed = await add_feed(sessions, site.url("/feed.xml"))

    first = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert first == FeedPollReport(feed.id, False, 3, 0, 0, 0, None)
    articles = await stored(sessions)
    assert {a.card.headline for a in articles} == {s.headline for s in STORIES[:3]}
    assert {a.feed_id for a in articles} == {feed.id}
    after_first = await feed_state(sessions, feed.id)
    assert after_first.title == "Kabar Nusantara - Terkini"
    assert after_first.etag is not None and after_first.articles == 3

    later = NOW + timedelta(minutes=15)
    second = await poll_feed(sessions, fetcher, after_first, now=later)

    assert second.not_modified and second.new == 0 and second.error is None
    assert site.feed_conditionals == [None, after_first.etag]
    assert sum(site.page_requests(s.slug) for s in STORIES) == 3
    state = await feed_state(sessions, feed.id)
    assert state.articles == 3
    assert state.last_success_at == later and state.error_count == 0
    assert state.next_poll_at == later + timedelta(minutes=15)


async def test_new_entry_in_a_changed_feed_is_the_only_page_fetched(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    site.feed_items = [site.story_url(s.slug) for s in STORIES[:2]]
    feed = await add_feed(sessions, site.url("/feed.xml"))
    await poll_feed(sessions, fetcher, feed, now=NOW)
    site.feed_items.insert(0, site.story_url(STORIES[2].slug))

    report = await poll_feed(
        sessions, fetcher, await feed_state(sessions, feed.id), now=NOW + timedelta(minutes=15)
    )

    assert (report.not_modified, report.new, report.known) == (False, 1, 2), report
    assert [site.page_requests(s.slug) for s in STORIES[:3]] == [1, 1, 1]
    assert (await feed_state(sessions, feed.id)).articles == 3


NOT_A_FEED = "That is not an RSS or Atom feed."
BROKEN_XML = "The feed isn't well-formed XML and kabar could read no articles from it."
BROKEN_FEEDS = {
    "html page": ((STORIES[0].html().encode(), "text/html"), NOT_A_FEED),
    "xml error document": (
        (b'<?xml version="1.0"?><error><code>503</code></error>', "application/xml"),
        NOT_A_FEED,
    ),
    "broken xml": ((b'<?xml version="1.0"?>\n<<rss version=2.0 <chan', "text/xml"), BROKEN_XML),
    "truncated rss": (
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Kab', "application/rss+xml"),
        BROKEN_XML,
    ),
}


@pytest.mark.parametrize(("body", "error"), BROKEN_FEEDS.values(), ids=BROKEN_FEEDS.keys())
async def test_malformed_feed_is_reported_backed_off_and_recovers(
    sessions: Sessions,
    site: NewsSite,
    fetcher: SafeFetcher,
    body: tuple[bytes, str],
    error: str,
) -> None:
    site.feed_body = body
    site.feed_items = [site.story_url(STORIES[0].slug)]
    feed = await add_feed(sessions, site.url("/feed.xml"))

    report = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert report.error == error
    state = await feed_state(sessions, feed.id)
    assert state.last_error == report.error and state.error_count == 1
    assert state.next_poll_at == NOW + timedelta(minutes=30)
    assert state.last_success_at is None and state.articles == 0

    again = NOW + timedelta(minutes=30)
    await poll_feed(sessions, fetcher, state, now=again)
    state = await feed_state(sessions, feed.id)
    assert state.error_count == 2 and state.next_poll_at == again + timedelta(hours=1)

    site.feed_body = None
    fixed = again + timedelta(hours=1)
    report = await poll_feed(sessions, fetcher, state, now=fixed)

    assert report.error is None and report.new == 1
    state = await feed_state(sessions, feed.id)
    assert state.last_error is None and state.error_count == 0
    assert state.next_poll_at == fixed + timedelta(minutes=15)


async def test_empty_feed_is_a_successful_poll(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, site.url("/feed.xml"))

    report = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert report == FeedPollReport(feed.id, False, 0, 0, 0, 0, None)
    assert (await feed_state(sessions, feed.id)).last_success_at == NOW


async def test_unreachable_feed_records_the_fetch_error(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    feed = await add_feed(sessions, site.url("/gone.xml"))

    report = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert report.error == "The site answered 404 Not Found."
    assert (await feed_state(sessions, feed.id)).last_error == report.error


def test_backoff_doubles_per_failure_and_stops_at_six_hours() -> None:
    assert [backoff_delay(n) for n in (1, 2, 3, 4)] == [
        timedelta(minutes=m) for m in (30, 60, 120, 240)
    ]
    assert backoff_delay(5) == backoff_delay(500) == timedelta(hours=6)


async def test_failing_entry_pages_do_not_block_the_others(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    good = STORIES[:3]
    broken = [site.story_url("no-such-story"), site.url("/slow"), site.url("/huge")]
    site.feed_items = [site.story_url(s.slug) for s in good] + broken
    site.feed_items.insert(1, broken.pop(0))
    feed = await add_feed(sessions, site.url("/feed.xml"))

    report = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert (report.new, report.failed, report.error) == (3, 3, None)
    articles = await stored(sessions)
    assert {a.card.headline for a in articles} == {s.headline for s in good}
    assert {a.feed_id for a in articles} == {feed.id}
    assert {a.canonical_url for a in articles} == {
        canonical_url(site.story_url(s.slug)) for s in good
    }
    # The failed pages are retried on the next poll even though the feed is unchanged,
    # and the stored ones are not fetched again.
    state = await feed_state(sessions, feed.id)
    assert state.error_count == 0
    retry = await poll_feed(sessions, fetcher, state, now=NOW + timedelta(minutes=15))
    assert (retry.not_modified, retry.known, retry.failed) == (False, 3, 3)
    assert site.requests["/news/no-such-story"] == 2
    assert [site.page_requests(s.slug) for s in good] == [1, 1, 1]


async def test_stored_links_are_not_fetched_again(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    pushed, fresh = STORIES[0], STORIES[1]
    result = await ingest_article(
        sessions, pushed.html(), now=NOW, url=site.story_url(pushed.slug), content_type="text/html"
    )
    assert result.status == "new"
    site.feed_items = [
        site.story_url(pushed.slug, query="utm_source=rss&utm_medium=feed"),
        site.story_url(fresh.slug, host="www.news.example"),
        site.story_url(fresh.slug, query="utm_source=rss"),
    ]
    feed = await add_feed(sessions, site.url("/feed.xml"))

    report = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert (report.new, report.known, report.duplicate, report.failed) == (1, 1, 0, 0)
    assert site.page_requests(pushed.slug) == 0
    assert site.page_requests(fresh.slug) == 1
    assert len(await stored(sessions)) == 2


async def test_same_text_under_a_new_link_is_a_duplicate(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    story = STORIES[2]
    site.stories["timnas-menang-2"] = story
    site.feed_items = [site.story_url(story.slug), site.story_url("timnas-menang-2")]
    feed = await add_feed(sessions, site.url("/feed.xml"))
    site.page_delay = 0.0

    report = await poll_feed(sessions, fetcher, feed, now=NOW)

    assert (report.new, report.duplicate) == (1, 1)
    assert len(await stored(sessions)) == 1


@pytest.mark.parametrize("per_host", [1, 2])
async def test_requests_per_host_are_bounded(
    sessions: Sessions, site: NewsSite, patient_fetcher: SafeFetcher, per_host: int
) -> None:
    fetcher = patient_fetcher
    site.page_delay = 0.1
    site.feed_items = [site.story_url(s.slug) for s in STORIES[:5]] + [
        site.story_url(s.slug, host="other.example") for s in STORIES[5:]
    ]
    feed = await add_feed(sessions, site.url("/feed.xml"))

    report = await poll_feed(sessions, fetcher, feed, now=NOW, per_host=per_host)

    assert report.new == len(STORIES)
    assert site.max_in_flight["news.example"] == per_host
    assert site.max_in_flight["other.example"] == per_host
    # the two sites are fetched side by side, not one after the other
    assert site.max_total_in_flight == 2 * per_host


async def test_due_feeds_are_polled_and_rescheduled(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    site.feed_items = [site.story_url(s.slug) for s in STORIES[:2]]
    good = await add_feed(sessions, site.url("/feed.xml"))
    bad = await add_feed(sessions, site.url("/page.html"))

    first = {r.feed_id: r for r in await poll_due_feeds(sessions, fetcher, now=NOW)}

    assert first[good.id].new == 2 and first[good.id].error is None
    assert first[bad.id].error == NOT_A_FEED
    assert await poll_due_feeds(sessions, fetcher, now=NOW + timedelta(minutes=14)) == []
    # the good feed is due again after the interval; the failed one is backed off to 30 min
    second = await poll_due_feeds(sessions, fetcher, now=NOW + timedelta(minutes=15))
    assert [(r.feed_id, r.not_modified) for r in second] == [(good.id, True)]
    third = await poll_due_feeds(sessions, fetcher, now=NOW + timedelta(minutes=30))
    assert sorted(r.feed_id for r in third) == [good.id, bad.id]


async def test_two_pollers_at_once_store_each_article_once(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    site.page_delay = 0.05
    site.feed_items = [site.story_url(s.slug) for s in STORIES[:4]]
    feed = await add_feed(sessions, site.url("/feed.xml"))

    first, second = await asyncio.gather(
        poll_due_feeds(sessions, fetcher, now=NOW), poll_due_feeds(sessions, fetcher, now=NOW)
    )

    assert first[0].new + second[0].new == 4
    assert first[0].error is None and second[0].error is None
    assert len(await stored(sessions)) == 4
    assert (await feed_state(sessions, feed.id)).articles == 4
