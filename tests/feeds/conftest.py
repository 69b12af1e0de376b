"""A fake news site on 127.0.0.1 (feed, article pages, failing pages) and a fetcher for it."""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field, replace
from html import escape

import httpx
import pytest
from aiohttp import web

from bot.services.fetch import FetchPolicy, SafeFetcher
from tests.feeds.articles import STORIES, Story

HOSTS = ("news.example", "www.news.example", "other.example")
# Short limits so the timeout and size cases stay quick; real articles are far below them.
POLICY = FetchPolicy(
    allow_private=True,
    connect_timeout=1.0,
    read_timeout=0.5,
    total_timeout=0.5,
    max_bytes=200_000,
)


def rss(title: str, items: Iterable[tuple[str, str, str | None]]) -> bytes:
    """An RSS 2.0 document with (link, title, summary) items."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        + (f"<description>{escape(s)}</description>" if s else "")
        + "<pubDate>Tue, 05 Mar 2024 01:30:00 GMT</pubDate></item>"
        for link, t, s in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://news.example/</link>{entries}"
        "</channel></rss>"
    ).encode()


@dataclass
class NewsSite:
    """What the fake site serves and what it saw; tests change `feed_items` or `feed_body`."""

    port: int = 0
    stories: dict[str, Story] = field(default_factory=lambda: {s.slug: s for s in STORIES})
    # links (absolute) put in /feed.xml, with the story's headline as item title
    feed_items: list[str] = field(default_factory=list)
    # served instead of the generated feed when set: (body, content type)
    feed_body: tuple[bytes, str] | None = None
    page_delay: float = 0.0
    requests: Counter[str] = field(default_factory=Counter)
    feed_conditionals: list[str | None] = field(default_factory=list)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: Counter[str] = field(default_factory=Counter)
    max_total_in_flight: int = 0

    def url(self, path: str, host: str = "news.example") -> str:
        """An absolute link to a path on the site under one of its host names."""
        return f"http://{host}:{self.port}{path}"

    def story_url(self, slug: str, host: str = "news.example", query: str = "") -> str:
        """The link of a story's page."""
        return self.url(f"/news/{slug}" + (f"?{query}" if query else ""), host)

    def page_requests(self, slug: str) -> int:
        """How many times a story's page was requested."""
        return self.requests[f"/news/{slug}"]

    def _feed(self) -> bytes:
        items = []
        for link in self.feed_items:
            slug = link.split("/news/")[-1].split("?")[0]
            story = self.stories.get(slug)
            items.append((link, story.headline if story else slug, None))
        return rss("Kabar Nusantara - Terkini", items)

    async def feed(self, request: web.Request) -> web.Response:
        self.requests[request.path] += 1
        self.feed_conditionals.append(request.headers.get("If-None-Match"))
        if self.feed_body is not None:
            body, content_type = self.feed_body
            return web.Response(body=body, content_type=content_type)
        body = self._feed()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def story(self, request: web.Request) -> web.Response:
        self.requests[request.path] += 1
        host = request.headers["Host"].split(":")[0]
        self.in_flight[host] += 1
        self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
        self.max_total_in_flight = max(self.max_total_in_flight, sum(self.in_flight.values()))
        try:
            await asyncio.sleep(self.page_delay)
            story = self.stories.get(request.match_info["slug"])
            if story is None:
                return web.Response(status=404, text="Halaman tidak ditemukan")
            return web.Response(text=story.html(), content_type="text/html")
        finally:
            self.in_flight[host] -= 1

    async def slow(self, request: web.Request) -> web.StreamResponse:
        self.requests[request.path] += 1
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        try:
            for _ in range(30):
                await response.write(b"<p>")
                await asyncio.sleep(0.1)
        except (ConnectionError, RuntimeError):
            pass
        return response

    async def huge(self, request: web.Request) -> web.Response:
        self.requests[request.path] += 1
        paragraph = "<p>" + STORIES[0].paragraphs[0] + "</p>\n"
        return web.Response(text=paragraph * 2_000, content_type="text/html")

    async def html_page(self, request: web.Request) -> web.Response:
        self.requests[request.path] += 1
        return web.Response(text=STORIES[1].html(), content_type="text/html")


async def _resolve(host: str, port: int) -> list[str]:
    if host not in HOSTS:
        raise OSError("no such host")
    return ["127.0.0.1"]


@pytest.fixture
async def site() -> AsyncIterator[NewsSite]:
    """Serve a fresh NewsSite on 127.0.0.1 for one test."""
    state = NewsSite()
    app = web.Application()
    app.router.add_get("/feed.xml", state.feed)
    app.router.add_get("/news/{slug}", state.story)
    app.router.add_get("/slow", state.slow)
    app.router.add_get("/huge", state.huge)
    app.router.add_get("/page.html", state.html_page)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    state.port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield state
    await runner.cleanup()


@pytest.fixture
async def fetcher() -> AsyncIterator[SafeFetcher]:
    """A SafeFetcher that resolves the site's host names to 127.0.0.1."""
    async with httpx.AsyncClient() as client:
        yield SafeFetcher(client, POLICY, resolver=_resolve)


@pytest.fixture
async def patient_fetcher() -> AsyncIterator[SafeFetcher]:
    """The same, with a timeout no loaded machine reaches: for tests of how many requests run
    at once, where the site and every ingest share the test's one event loop."""
    async with httpx.AsyncClient() as client:
        yield SafeFetcher(
            client, replace(POLICY, read_timeout=10.0, total_timeout=10.0), resolver=_resolve
        )
