"""Feed use cases: poll RSS/Atom feeds for new articles, ingest a feed once."""

from __future__ import annotations

import asyncio
import logging
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.metrics import FEED_POLLS, PollOutcome
from bot.services.fetch import FetchedPage, FetchError, SafeFetcher, SiteBusy
from bot.services.ingest import IngestResult, ingest_article
from digest.dedup import canonical_url
from digest.feed_schedule import retry_after_delay
from digest.feeds import FeedEntry, FeedError, ParsedFeed, looks_like_feed, parse_feed
from storage.articles import ArticleRepository
from storage.feeds import FeedAlert, FeedRepository, FeedView

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = timedelta(minutes=15)
MAX_BACKOFF = timedelta(hours=6)
# A feed failing this long is reported to the admins, once, and once more when it is back.
REPORT_FAILING_AFTER = timedelta(hours=24)
# Feeds polled at the same time by one poll_due_feeds pass; each also fetches its pages.
FEEDS_AT_ONCE = 4
# Many sites serve RSS as text/xml or even text/html; parse_feed decides what it really is.
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+xml",
    "application/xml",
    "text/xml",
    "text/html",
    "text/plain",
)
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_UNEXPECTED = "kabar hit an unexpected problem while reading this feed; the log has details."


@dataclass(frozen=True, slots=True)
class FeedPollReport:
    """What one poll of one feed did; `error` is the sentence stored as the feed's last error."""

    feed_id: int
    not_modified: bool
    new: int
    duplicate: int
    rejected: int
    failed: int
    error: str | None
    # entries skipped without fetching because their link is already stored
    known: int = 0
    # what the admins are to be told about this feed now, if anything
    alert: FeedNotice | None = None


@dataclass(frozen=True, slots=True)
class FeedNotice:
    """A feed the admins are to hear about: failing for a day, or working again."""

    kind: FeedAlert
    url: str


class HostLimiter:
    """One semaphore per host name, so kabar never has more than `per_host` requests on a site."""

    def __init__(self, per_host: int = 2) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self._slots: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(per_host)
        )

    def slot(self, url: str) -> asyncio.Semaphore:
        """The semaphore that guards requests to this URL's host."""
        return self._slots[(urlsplit(url).hostname or "").lower()]


@dataclass(frozen=True, slots=True)
class _EntryOutcome:
    """One feed entry: its ingest result, or why its page could not be read."""

    entry: FeedEntry
    result: IngestResult | None
    error: str | None = None
    known_id: int | None = None


def backoff_delay(error_count: int, interval: timedelta = DEFAULT_INTERVAL) -> timedelta:
    """Wait before the next poll of a feed that has now failed `error_count` times in a row."""
    # 2**error_count overflows timedelta long before the cap matters; clamp the exponent.
    return min(interval * 2 ** min(max(error_count, 0), 16), MAX_BACKOFF)


def is_feed_response(page: FetchedPage) -> bool:
    """Say whether a fetched response is an RSS/Atom feed rather than an article page."""
    return looks_like_feed(page.content_type, page.raw[:2048])


async def poll_feed(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    feed: FeedView,
    *,
    now: datetime,
    per_host: int = 2,
    interval: timedelta = DEFAULT_INTERVAL,
    hosts: HostLimiter | None = None,
) -> FeedPollReport:
    """Fetch a feed (conditionally), ingest its entries not yet stored and record the poll."""
    hosts = hosts or HostLimiter(per_host)
    try:
        async with hosts.slot(feed.url):
            page = await fetcher.fetch(
                feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_TYPES
            )
        parsed = None if page.not_modified else _read_feed(page)
    except SiteBusy as exc:
        # 429/503: the site's Retry-After, when longer than our own backoff, sets the pace.
        wait = retry_after_delay(exc.retry_after, now)
        return await _record_failure(
            sessions, feed, str(exc), now=now, interval=interval, at_least=wait, busy=True
        )
    except (FetchError, FeedError) as exc:
        return await _record_failure(sessions, feed, str(exc), now=now, interval=interval)
    if parsed is None:
        alert = await _record_success(sessions, feed, page, None, now=now, interval=interval)
        FEED_POLLS.labels(PollOutcome.NOT_MODIFIED.value).inc()
        return FeedPollReport(feed.id, True, 0, 0, 0, 0, None, alert=_notice(alert, feed))
    outcomes = await _ingest_entries(
        sessions, fetcher, parsed.entries, now=now, feed_id=feed.id, hosts=hosts
    )
    # Holding back new validators after a failed page makes the next poll read the feed again
    # (the old ETag no longer matches) and retry the pages that failed, instead of a 304.
    failed = any(o.error is not None for o in outcomes)
    alert = await _record_success(
        sessions,
        feed,
        None if failed else page,
        parsed.title,
        now=now,
        interval=interval,
        # timedelta(0): the feed no longer sets a period, so forget the one it used to.
        update_period=parsed.update_period or timedelta(0),
    )
    FEED_POLLS.labels(PollOutcome.NEW.value).inc()
    report = _tally(feed.id, outcomes, alert=_notice(alert, feed))
    log.info(
        "polled feed #%d: %d new, %d duplicate, %d rejected, %d failed, %d known",
        feed.id, report.new, report.duplicate, report.rejected, report.failed, report.known,
    )  # fmt: skip
    return report


async def poll_due_feeds(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    *,
    now: datetime,
    interval: timedelta = DEFAULT_INTERVAL,
    max_feeds: int = 20,
    per_host: int = 2,
) -> list[FeedPollReport]:
    """Poll every feed whose time has come; safe to run from several processes at once."""
    async with sessions.begin() as session:
        feeds = await FeedRepository(session).due(now, max_feeds)
    # One limiter for the whole pass: several feeds on one site share its request budget.
    hosts = HostLimiter(per_host)
    at_once = asyncio.Semaphore(FEEDS_AT_ONCE)

    async def one(feed: FeedView) -> FeedPollReport:
        async with at_once:
            try:
                return await poll_feed(
                    sessions, fetcher, feed, now=now, interval=interval, hosts=hosts
                )
            except Exception:
                # A bug or a database hiccup on one feed must not stop the others; a second
                # process polling the same feed is harmless because duplicates are detected.
                log.exception("polling feed #%d (%s) failed", feed.id, feed.url)
                try:
                    return await _record_failure(
                        sessions, feed, _UNEXPECTED, now=now, interval=interval
                    )
                except Exception:
                    log.exception("could not record the failed poll of feed #%d", feed.id)
                    return FeedPollReport(feed.id, False, 0, 0, 0, 0, _UNEXPECTED)

    return list(await asyncio.gather(*(one(feed) for feed in feeds)))


async def ingest_feed_url(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    url: str,
    *,
    now: datetime,
    page: FetchedPage | None = None,
    per_host: int = 2,
) -> tuple[str | None, list[tuple[str, IngestResult]]]:
    """Store every entry of a feed once (`kabar ingest FEED_URL`); returns its title and results.

    Raises FetchError or FeedError (one sentence) when the feed itself can't be read; pass the
    already fetched `page` to avoid fetching it twice.
    """
    if page is None:
        page = await fetcher.fetch(url, accept=FEED_TYPES)
    parsed = _read_feed(page)
    outcomes = await _ingest_entries(
        sessions, fetcher, parsed.entries, now=now, feed_id=None, hosts=HostLimiter(per_host)
    )
    return parsed.title, [(o.entry.url, _as_result(o)) for o in outcomes]


def _read_feed(page: FetchedPage) -> ParsedFeed:
    """Parse a fetched feed; raise FeedError for a broken document that yields no entries."""
    parsed = parse_feed(page.raw, base_url=page.url)
    if not parsed.entries:
        # feedparser reads almost anything that starts like RSS as an empty feed; an empty
        # feed is normal, but a broken one is a problem the admin should see in /feeds.
        try:
            ET.fromstring(page.raw)  # expat >= 2.4 bounds entity expansion
        except ET.ParseError:
            raise FeedError("feed_broken") from None
    return parsed


async def _ingest_entries(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    entries: Sequence[FeedEntry],
    *,
    now: datetime,
    feed_id: int | None,
    hosts: HostLimiter,
) -> list[_EntryOutcome]:
    """Fetch and ingest the entries whose link isn't stored yet, in feed order."""
    unique: dict[str, FeedEntry] = {}
    for entry in entries:
        unique.setdefault(canonical_url(entry.url), entry)
    async with sessions.begin() as session:
        articles = ArticleRepository(session)
        known = {key: await articles.id_by_canonical_url(key) for key in unique}

    async def one(key: str, entry: FeedEntry) -> _EntryOutcome:
        if known[key] is not None:
            return _EntryOutcome(entry, None, known_id=known[key])
        return await _ingest_entry(sessions, fetcher, entry, now=now, feed_id=feed_id, hosts=hosts)

    return list(await asyncio.gather(*(one(key, entry) for key, entry in unique.items())))


async def _ingest_entry(
    sessions: async_sessionmaker[AsyncSession],
    fetcher: SafeFetcher,
    entry: FeedEntry,
    *,
    now: datetime,
    feed_id: int | None,
    hosts: HostLimiter,
) -> _EntryOutcome:
    """Fetch one entry's page and ingest it; any failure stays with this entry."""
    try:
        async with hosts.slot(entry.url):
            page = await fetcher.fetch(entry.url, accept=PAGE_TYPES)
    except FetchError as exc:
        return _EntryOutcome(entry, None, error=str(exc))
    try:
        result = await ingest_article(
            sessions,
            page.text,
            now=now,
            url=entry.url,
            content_type=page.content_type,
            feed_id=feed_id,
            image=entry.image,
        )
    except Exception:
        log.exception("ingesting feed entry %s failed", entry.url)
        return _EntryOutcome(entry, None, error="kabar couldn't store this article.")
    return _EntryOutcome(entry, result)


def _as_result(outcome: _EntryOutcome) -> IngestResult:
    """An entry outcome in the shape `kabar ingest` prints."""
    if outcome.result is not None:
        return outcome.result
    if outcome.known_id is not None:
        return IngestResult(
            "duplicate",
            id=outcome.known_id,
            reason=f"same link as #{outcome.known_id}",
            headline=outcome.entry.title,
        )
    return IngestResult("rejected", reason=outcome.error, headline=outcome.entry.title)


def _notice(alert: FeedAlert | None, feed: FeedView) -> FeedNotice | None:
    return FeedNotice(alert, feed.url) if alert is not None else None


def _tally(
    feed_id: int, outcomes: Sequence[_EntryOutcome], *, alert: FeedNotice | None
) -> FeedPollReport:
    """Count entry outcomes into a poll report."""
    statuses = [o.result.status for o in outcomes if o.result is not None]
    return FeedPollReport(
        feed_id=feed_id,
        not_modified=False,
        new=statuses.count("new"),
        duplicate=statuses.count("duplicate"),
        rejected=statuses.count("rejected"),
        failed=sum(1 for o in outcomes if o.error is not None),
        error=None,
        known=sum(1 for o in outcomes if o.known_id is not None),
        alert=alert,
    )


async def _record_success(
    sessions: async_sessionmaker[AsyncSession],
    feed: FeedView,
    page: FetchedPage | None,
    title: str | None,
    *,
    now: datetime,
    interval: timedelta,
    update_period: timedelta | None = None,
) -> FeedAlert | None:
    """Record a successful poll; `page` carries the validators to send next time, if any.

    The feed's own update period (just read, or remembered when the answer was a 304) is
    the shortest wait before the next poll.
    """
    period = update_period if update_period is not None else feed.update_period
    async with sessions.begin() as session:
        return await FeedRepository(session).record_poll(
            feed.id,
            now=now,
            next_poll_at=now + max(interval, period or interval),
            etag=page.etag if page else None,
            last_modified=page.last_modified if page else None,
            title=title,
            update_period=update_period,
        )


async def _record_failure(
    sessions: async_sessionmaker[AsyncSession],
    feed: FeedView,
    error: str,
    *,
    now: datetime,
    interval: timedelta,
    at_least: timedelta | None = None,
    busy: bool = False,
) -> FeedPollReport:
    """Record a failed poll with exponential backoff (or `at_least`, if longer); report it.

    `busy` marks a site that asked kabar to come back later (429/503).
    """
    log.info("feed #%d (%s) failed: %s", feed.id, feed.url, error)
    wait = max(backoff_delay(feed.error_count + 1, interval), at_least or timedelta(0))
    async with sessions.begin() as session:
        alert = await FeedRepository(session).record_poll(
            feed.id,
            now=now,
            next_poll_at=now + wait,
            error=error,
            report_failing_after=REPORT_FAILING_AFTER,
        )
    FEED_POLLS.labels((PollOutcome.BACKOFF if busy else PollOutcome.ERROR).value).inc()
    return FeedPollReport(feed.id, False, 0, 0, 0, 0, error, alert=_notice(alert, feed))
