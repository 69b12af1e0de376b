"""Reading RSS/Atom feeds and OPML subscription lists from bytes already fetched."""

from __future__ import annotations

import calendar
import html
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from digest.feed_schedule import update_period
from digest.leadimage import image_url
from digest.problems import Explained


class FeedError(Explained, ValueError):
    """Raised when a document is not a usable feed or OPML file; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the article link and what the feed says about it."""

    url: str
    title: str | None
    published: datetime | None
    summary: str | None
    guid: str | None
    # The item's picture (media:content, media:thumbnail or an image enclosure), if any.
    image: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's title and its entries, in feed order."""

    title: str | None
    entries: tuple[FeedEntry, ...]
    # The feed's own `<ttl>` / `sy:updatePeriod`: poll no more often than this.
    update_period: timedelta | None = None


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _plain(text: str | None) -> str | None:
    """Strip markup and collapse whitespace; None for empty text."""
    if not text:
        return None
    cleaned = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text))).strip()
    return cleaned or None


def _entry_time(entry: Any) -> datetime | None:
    """Return the entry's publication (else update) time as an aware UTC datetime."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            # feedparser normalises every date it understands to a UTC struct_time
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def _entry_url(entry: Any, base_url: str | None) -> str | None:
    """Return the entry's absolute http(s) article link, or None when it has none."""
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links", ()):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link:
        return None
    link = urljoin(base_url, link.strip()) if base_url else link.strip()
    return link if urlsplit(link).scheme in {"http", "https"} else None


def _entry_image(entry: Any, base_url: str | None) -> str | None:
    """The item's picture: media:content or media:thumbnail, else an image enclosure."""
    candidates: list[Any] = []
    for media in entry.get("media_content") or ():
        kind = f"{media.get('medium', '')} {media.get('type', '')}".casefold()
        if "image" in kind or not kind.strip():
            candidates.append(media.get("url"))
    candidates += [thumb.get("url") for thumb in entry.get("media_thumbnail") or ()]
    candidates += [
        link.get("href")
        for link in entry.get("links") or ()
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/")
    ]
    return next((found for raw in candidates if (found := image_url(raw, base_url))), None)


def parse_feed(content: bytes | str, *, base_url: str | None = None) -> ParsedFeed:
    """Parse RSS or Atom content into entries with absolute links; raise FeedError otherwise."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    headers = {"content-location": base_url} if base_url else {}
    # A file object, never a str or bytes: feedparser treats those as a URL or a file path
    # to open, and a feed body must never make kabar read the network or the disk.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.get("version") or "feed" not in parsed:
        raise FeedError("not_a_feed")
    entries = []
    for entry in parsed.entries:
        url = _entry_url(entry, base_url)
        if url is None:
            continue
        entries.append(
            FeedEntry(
                url=url,
                title=_plain(entry.get("title")),
                published=_entry_time(entry),
                summary=_plain(entry.get("summary")),
                guid=entry.get("id") or None,
                image=_entry_image(entry, base_url or url),
            )
        )
    return ParsedFeed(
        title=_plain(parsed.feed.get("title")),
        entries=tuple(entries),
        update_period=update_period(parsed.feed),
    )


_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_opml(content: bytes | str) -> list[tuple[str, str | None]]:
    """Return (feed URL, title) for every outline with an xmlUrl, nested ones included."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    # OPML never needs a DTD; refusing one rules out entity-expansion bombs and external
    # entities whatever the XML parser's defaults are.
    if _DOCTYPE.search(data):
        raise FeedError("opml_doctype")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FeedError("not_opml_xml") from exc
    if root.tag.lower() != "opml":
        raise FeedError("not_opml")
    feeds: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for outline in root.iter():
        if not isinstance(outline.tag, str) or outline.tag.lower() != "outline":
            continue
        attrs = {key.lower(): value for key, value in outline.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if not url or url in seen or urlsplit(url).scheme not in {"http", "https"}:
            continue
        seen.add(url)
        feeds.append((url, _plain(attrs.get("title") or attrs.get("text"))))
    return feeds


_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)


def looks_like_feed(content_type: str, head: bytes) -> bool:
    """Guess from the Content-Type and the first bytes whether a response is a feed."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in _FEED_TYPES:
        return True
    feed = _FEED_ROOT.search(head)
    if feed is None:
        return False
    page = _HTML_ROOT.search(head)
    # many sites serve RSS as text/xml or even text/html, so the root element decides
    return page is None or feed.start() < page.start()
