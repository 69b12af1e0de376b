"""ingest_feed_url, is_feed_response and register_opml (`kabar ingest FEED_URL | file.opml`)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.feeds import ingest_feed_url, is_feed_response
from bot.services.fetch import FetchError, SafeFetcher
from bot.services.opml import register_opml
from digest.feeds import FeedError
from storage.articles import ArticleRepository
from storage.feeds import FeedRepository
from tests.feeds.articles import STORIES
from tests.feeds.conftest import NewsSite

NOW = datetime(2024, 3, 28, 6, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


async def test_every_entry_is_ingested_once_with_a_result_per_link(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    site.feed_items = [site.story_url(s.slug) for s in STORIES[:3]]
    site.feed_items.insert(1, site.story_url("dihapus-redaksi"))

    title, results = await ingest_feed_url(sessions, fetcher, site.url("/feed.xml"), now=NOW)

    assert title == "Kabar Nusantara - Terkini"
    assert [url for url, _ in results] == site.feed_items
    statuses = [(r.status, r.headline) for _, r in results]
    assert statuses == [
        ("new", STORIES[0].headline),
        ("rejected", "dihapus-redaksi"),
        ("new", STORIES[1].headline),
        ("new", STORIES[2].headline),
    ]
    assert results[1][1].reason == "The site answered 404 Not Found."
    async with sessions.begin() as session:
        stored = await ArticleRepository(session).get_many([r.id for _, r in results if r.id])
    assert [a.card.headline for a in stored] == [s.headline for s in STORIES[:3]]
    assert {a.feed_id for a in stored} == {None}

    _, again = await ingest_feed_url(sessions, fetcher, site.url("/feed.xml"), now=NOW)

    known = [r for _, r in again if r.status == "duplicate"]
    assert [r.id for r in known] == [r.id for _, r in results if r.status == "new"]
    assert all(r.reason == f"same link as #{r.id}" for r in known)
    assert [site.page_requests(s.slug) for s in STORIES[:3]] == [1, 1, 1]


async def test_a_page_that_is_not_a_feed_is_refused(
    sessions: Sessions, site: NewsSite, fetcher: SafeFetcher
) -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        await ingest_feed_url(sessions, fetcher, site.url("/page.html"), now=NOW)
    with pytest.raises(FetchError, match="404"):
        await ingest_feed_url(sessions, fetcher, site.url("/nothing.xml"), now=NOW)


async def test_feed_responses_are_told_apart_from_article_pages(
    site: NewsSite, fetcher: SafeFetcher
) -> None:
    site.feed_items = [site.story_url(STORIES[0].slug)]
    assert is_feed_response(await fetcher.fetch(site.url("/feed.xml")))
    assert not is_feed_response(await fetcher.fetch(site.story_url(STORIES[0].slug)))


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Langganan berita</title></head>
  <body>
    <outline text="Nasional">
      <outline type="rss" text="Antara - Terkini" xmlUrl="https://www.antaranews.com/rss/terkini.xml"/>
      <outline type="rss" text="Tempo Nasional" xmlUrl="https://rss.tempo.co/nasional?utm_source=opml"/>
    </outline>
    <outline type="rss" title="Antara (copy)" xmlUrl="https://antaranews.com/rss/terkini.xml"/>
    <outline text="No feed here" htmlUrl="https://example.com/"/>
  </body>
</opml>"""


async def test_opml_feeds_are_registered_once_each(
    sessions: Sessions, fetcher: SafeFetcher
) -> None:
    outlines = await register_opml(sessions, fetcher, OPML, now=NOW)
    added = [(o.url, o.feed, o.created) for o in outlines if o.feed is not None]

    assert [(url, view.url, created) for url, view, created in added] == [
        (
            "https://www.antaranews.com/rss/terkini.xml",
            "https://antaranews.com/rss/terkini.xml",
            True,
        ),
        ("https://rss.tempo.co/nasional?utm_source=opml", "https://rss.tempo.co/nasional", True),
        ("https://antaranews.com/rss/terkini.xml", "https://antaranews.com/rss/terkini.xml", False),
    ]
    assert added[0][1].title == "Antara - Terkini" and added[0][1].next_poll_at == NOW
    assert added[2][1].id == added[0][1].id

    again = await register_opml(sessions, fetcher, OPML, now=NOW)

    assert [o.created for o in again] == [False, False, False]
    async with sessions.begin() as session:
        feeds = await FeedRepository(session).list()
    assert [f.title for f in feeds] == ["Antara - Terkini", "Tempo Nasional"]


@pytest.mark.parametrize(
    ("document", "error"),
    [
        (
            STORIES[0].html().encode(),
            "That OPML file declares a DOCTYPE, which kabar doesn't accept.",
        ),
        (
            b'<rss version="2.0"><channel><title>x</title></channel></rss>',
            "That is not an OPML file.",
        ),
        (b"https://www.antaranews.com/rss/terkini.xml\n", "That is not an OPML file (it isn't"),
    ],
    ids=["html page", "rss feed", "list of links"],
)
async def test_a_file_that_is_not_opml_stores_nothing(
    sessions: Sessions, fetcher: SafeFetcher, document: bytes, error: str
) -> None:
    with pytest.raises(FeedError) as raised:
        await register_opml(sessions, fetcher, document, now=NOW)
    assert str(raised.value).startswith(error)
    async with sessions.begin() as session:
        assert await FeedRepository(session).count() == 0
