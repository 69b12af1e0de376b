"""When an HTML page says its article was published, to the minute, in the article's own zone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree

from digest.dates import WIB, WIT, WITA, parse_date, relative_age
from digest.htmltree import (
    broken_lines,
    class_words,
    elsewhere,
    fold,
    in_article_scope,
    text_of,
)
from digest.outlet_zones import day_first

# Meta fields that name the publication moment, most trusted first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "content_publisheddate",
    "dtk:publishdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "publication_date",
    "cxenseparse:recs:publishtime",
    "date",
)
# When the page was last changed: its time only where it states no other ("UPDATED: …" alone
# under theSun's headline, its meta the one machine stamp); its offset, the page's zone
_UPDATED_META = ("og:updated_time", "article:modified_time")
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:[:.]\d{2}(?:\.\d+)?)?"
    r"(?![\d:]|\.\d)(?:\s*(?P<zone>WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"\d[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})$")
_LONE = re.compile(r"^\s*(?:[|•·,\-–—]|pukul\b|jam\b)\s*\d", re.IGNORECASE)
_NUMERIC_ZONE = re.compile(r"\d:\d{2}(?::\d{2})?\s+[+-]\d{4}$")
_ZONE_NAMES = {"wib": WIB, "wita": WITA, "wit": WIT}
_INDONESIAN = {zone.utcoffset(None): zone for zone in (WIB, WITA, WIT)}
# Class or id words of the elements that print a date line.
_DATE_CLASS = re.compile(
    r"^(?:\w*date\w*|time|times?tamp|datetime|tanggal|tgl|waktu|publish\w*|pubdate|posted"
    r"|meta|info|byline|namerep|jam)$"
)
# UTC written where WIB, WITA or WIT was meant puts a machine time off by exactly this much.
# How far a machine stamp in the wrong zone sits from the printed time: UTC written for a
# WIB, WITA or WIT clock
_SLIPS = frozenset(timedelta(hours=hours) for hours in (7, 8, 9))
# How far a page's own clock may stand from UTC: whole hours, and the half and three-quarter
# hours of India, Nepal, Myanmar and central Australia
_CLOCK_SLIPS = frozenset(
    timedelta(hours=hours, minutes=minutes)
    for hours in range(15)
    for minutes in (0, 30, 45)
    if timedelta(hours=hours, minutes=minutes) > timedelta(0)
)
_WRAPPERS = frozenset(("div", "section", "article", "header", "p", "ul", "ol", "li", "table"))

Clock = tuple[int, int, tzinfo | None]


@dataclass(frozen=True, slots=True)
class _Stamp:
    """A date the page states and whether it gives a time of day."""

    when: datetime
    timed: bool
    named_zone: bool = False
    written: datetime | None = None  # a machine stamp as written, in its own offset
    stated_offset: bool = False  # whether it was written with its offset ("+08:00", "Z")


def published(
    root: Any,
    metas: dict[str, str],
    ld: dict[str, Any],
    language: str,
    *,
    lead: list[str],
    under_headline: list[str],
    outlet: tzinfo | None = None,
    month_first: bool = False,
    home: Callable[[], tzinfo | None] | None = None,
) -> datetime | None:
    """The published moment: a stated time beats a bare day; the article's zone is the page's.

    `outlet` is the zone the outlet prints its times in, if kabar knows it ("The Korea
    Herald": Seoul's); `month_first`, whether it prints "01/09/2026" for 9 January; `home`,
    what finds the clock of the place an English story is filed from or names most, for a page that
    states no offset ("30 January, 2031, 09:15 pm" on a Dhaka paper's page)."""
    tags = _time_tags(root)
    if outlet is not None and language != "id":
        # The times it prints are the outlet's, and so is the card's: "15:12" on the Korea
        # Herald's page is Seoul's, whatever offset its machine stamps are written in.
        found = _published(
            root, metas, ld, language, outlet, lead, under_headline, month_first, tags
        )
        return found and found.astimezone(outlet)
    # A zone-less time on an Indonesian page is WIB, or the WITA or WIT its outlet prints in
    # (NusaBali, Tribun Papua); an English page keeps the offset it states.
    zone: tzinfo
    if language == "id":
        zone = outlet if outlet is not None and outlet in (WITA, WIT) else WIB
    else:
        stated = _stated_zone(metas, ld, tags)
        if stated is not None and stated.utcoffset(None) == timedelta(0) and home is not None:
            # a machine stamp in UTC ("…T21:05:00.000Z") states the moment, not the clock the
            # paper prints by: a page that names no zone shows its home's (North Bay's)
            stated = home() or stated
        zone = stated or (home and home()) or UTC
    return _published(root, metas, ld, language, zone, lead, under_headline, month_first, tags)


def _published(
    root: Any,
    metas: dict[str, str],
    ld: dict[str, Any],
    language: str,
    zone: tzinfo,
    lead: list[str],
    under_headline: list[str],
    month_first: bool,
    tags: tuple[list[str], list[str]],
) -> datetime | None:
    # A date inside a paragraph is when something happened; only a short line can be a stamp.
    # (not a clipper's note of when it kept the page: "Dikliping dari kabarjailolo.com pada
    # 23-03-2031 22:41")
    stamp_lines = [line for line in lead if len(line) <= 120 and not _CLIPPED.match(line)]
    printed_lines, boxes = [*stamp_lines, *under_headline], list(_date_boxes(root))
    if month_first:  # "01/09/2026 14:05 GMT+7" of Tuoi Tre is 9 January
        printed_lines, boxes = day_first(printed_lines), day_first(boxes)
    printed, clock = _printed(printed_lines, zone)
    boxed, box_clock = _printed(boxes, zone)
    clock = clock or box_clock
    seen = printed if printed and printed.timed else boxed if boxed and boxed.timed else None
    shown = seen or printed or boxed
    named = bool(shown and shown.named_zone and shown.when.tzinfo)
    if shown and named:
        zone = shown.when.tzinfo or zone
    # Without a zone printed on the page, a stated WIB, WITA or WIT offset is the article's own.
    local = language == "id" and not named
    marked, unmarked = tags
    stated = [
        *(metas.get(key) for key in PUBLISHED_META),
        ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
        *marked,
    ]
    stamps = [s for s in (_machine_stamp(value, zone, local) for value in stated) if s]
    tagged = [s for s in (_machine_stamp(value, zone, local) for value in unmarked) if s]
    timed = next((s for s in stamps if s.timed), None)
    if timed and not timed.stated_offset and timed.written is not None:
        # "2033-05-06 21:03:45" in a meta, "…T21:03:45+08:00" in the JSON-LD (Telisik.id in
        # Kendari): the same minute, and the second one says whose clock it is
        wall = timed.written.replace(tzinfo=None, second=0, microsecond=0)
        timed = next(
            (
                s
                for s in stamps
                if s.stated_offset
                and s.written is not None
                and s.written.replace(tzinfo=None, second=0, microsecond=0) == wall
            ),
            timed,
        )
    if (
        timed
        and seen
        and seen.named_zone
        and timed.written is not None
        and timed.written.replace(tzinfo=None, second=0) == seen.when.replace(tzinfo=None)
        and timed.written.utcoffset() != seen.when.utcoffset()
    ):
        return seen.when  # "+07:00" in the meta of the WITA minute the page prints
    slips = _SLIPS if language == "id" or seen is None or seen.named_zone else _CLOCK_SLIPS
    # A `<time>` with no published mark whose machine value is the minute the page prints, in
    # another zone: `datetime="…T23:05:00Z"` around "5:05 p.m." is that moment as well
    anchor = timed or next((s for s in tagged if s.timed), None)
    if anchor and seen and abs(anchor.when - seen.when) in slips:
        if language == "id" or seen.named_zone:
            return seen.when  # the machine time carries the wrong zone; the printed one is right
        # "July 9, 2025 2:15 PM" over a machine stamp of 06:15 UTC (Free Malaysia Today): an
        # English page prints its own clock with no zone; the machine time is the moment
        offset = seen.when.replace(tzinfo=None) - anchor.when.astimezone(UTC).replace(tzinfo=None)
        return anchor.when.astimezone(timezone(offset))
    # A `<time>` without a published mark may be a clock in the site's top bar: the line under
    # the headline is surer.
    order = (timed, printed if printed and printed.timed else None, *tagged, seen)
    found = next((s for s in order if s and s.timed), None)
    if found:
        return found.when
    day = next(iter(stamps), None) or shown or next(iter(tagged), None)
    if day is None:
        modified = ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None
        updated = (
            _machine_stamp(value, zone, local)
            for value in (*(metas.get(key) for key in _UPDATED_META), modified)
        )
        return next((s.when for s in updated if s), None)
    if clock:
        hour, minute, clock_zone = clock
        return day.when.replace(hour=hour, minute=minute, tzinfo=clock_zone or day.when.tzinfo)
    return day.when


def _stated_zone(
    metas: dict[str, str], ld: dict[str, Any], tags: tuple[list[str], list[str]]
) -> tzinfo | None:
    """The offset the page's machine stamps state, if any: a WordPress theme's `<time
    datetime="…+08:00">` (one of the page's `tags`) says it as a meta does."""
    marked, others = tags
    utc: tzinfo | None = None
    for value in (
        metas.get("article:published_time"),
        ld.get("datePublished"),
        *marked,
        *others,
        *(metas.get(key) for key in _UPDATED_META),
        ld.get("dateModified"),
    ):
        if isinstance(value, str) and _OFFSET.search(value):
            found = parse_date(value, default_zone=UTC)
            if found and found.tzinfo:
                if found.utcoffset():
                    return found.tzinfo
                # "…T10:30:00+00:00" in the meta, "…T06:30:00-04:00" in the JSON-LD (STAT):
                # UTC states the moment, another offset the outlet's own clock
                utc = utc or found.tzinfo
    return utc


def _machine_stamp(value: str | None, zone: tzinfo, local: bool) -> _Stamp | None:
    if not value or len(value) > 80:
        return None
    found = _rfc2822(value) or parse_date(value.replace("\\/", "/"), default_zone=zone)
    if found is None:
        return None
    if not _CLOCK.search(value) or found.hour == found.minute == 0:
        # A bare day (or a midnight placeholder) is the day the page states: no zone shift.
        return _Stamp(found.replace(hour=0, minute=0, second=0, tzinfo=zone), False)
    offset = found.utcoffset()
    if local and offset in _INDONESIAN:
        zone = _INDONESIAN[offset]
    return _Stamp(
        found.astimezone(zone).replace(second=0, microsecond=0),
        True,
        written=found,
        stated_offset=found.tzinfo is not None and _OFFSET.search(value.strip()) is not None,
    )


def _rfc2822(value: str) -> datetime | None:
    """Read "Mon, 04 Jul 2022 03:15:00 +0000", as feeds and some meta tags write a moment."""
    if not _NUMERIC_ZONE.search(value):
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _time_tags(root: Any) -> tuple[list[str], list[str]]:
    """`<time datetime>` values marked as the published one, and the first few others."""
    marked: list[str] = []
    others: list[str] = []
    for time in root.iter("time"):
        value = time.get("datetime")
        if not value or elsewhere(time):
            continue
        if time.get("itemprop") == "datePublished" or time.get("pubdate") is not None:
            marked.append(value)
        elif len(others) < 2:
            others.append(value)
    # Microdata and hAtom on other tags: Blogger's <abbr class='published'
    # itemprop='datePublished' title='2025-11-21T09:12:00+07:00'>09.12</abbr>
    for node in _MARKED_PUBLISHED(root):
        value = node.get("content") or node.get("datetime") or node.get("title")
        # in the article's own scope, even in its footer (Blogger's "post-footer-line")
        if value and (in_article_scope(node) or not elsewhere(node)):
            marked.append(value)
    for node in _EPOCH_TAGGED(root):
        value = node.get("data-timestamp") or node.get("data-time") or node.get("data-epoch")
        if value and _EPOCH.fullmatch(value) and len(others) < 2 and not elsewhere(node):
            moment = datetime.fromtimestamp(int(value[:10]), UTC)
            others.append(moment.isoformat())
    return marked, others


_MARKED_PUBLISHED = etree.XPath(
    '//*[@itemprop="datePublished"][not(self::time)]'
    '|//abbr[contains(concat(" ", normalize-space(@class), " "), " published ")][@title]'
    # Drupal's RDFa: <span property="dc:date dc:created" content="2025-11-17T14:20:00+09:00">
    '|//*[@content][contains(concat(" ", normalize-space(@property), " "), " dc:date ")'
    ' or contains(concat(" ", normalize-space(@property), " "), " dc:created ")]'
)
# A moment as seconds since 1970, which a script turns into "3 jam lalu" on the page:
# <span data-timestamp="1764053100">
_EPOCH_TAGGED = etree.XPath("//*[@data-timestamp or @data-time or @data-epoch]")
_EPOCH = re.compile(r"1[5-9]\d{8}(?:\d{3})?")


def _printed(lines: Iterable[str], zone: tzinfo) -> tuple[_Stamp | None, Clock | None]:
    """The first printed date with a time (else the first day), and a lone clock ("| 14:38")."""
    day: _Stamp | None = None
    clock: Clock | None = None
    for line in lines:
        if relative_age(line):
            if "|" not in line:
                continue
            # "Published date: 18 February 2026 14:05 GMT | Last update: 1 day 3 hours ago"
            # (Middle East Eye): the cells with no age still print the day
            line = " | ".join(cell for cell in line.split("|") if not relative_age(cell))
            if not line:
                continue
        if later := _LATER_LABEL.search(line):
            # "Dec 27, 2028Updated: Dec 27, 2028 6:05 p.m." (Times Union): the day it was
            # published, not the time it was updated (a box of that time alone is skipped)
            line = line[: later.start()]
            if not line.strip():
                continue
        found = parse_date(line, default_zone=zone)
        match = _CLOCK.search(line)
        if found is None:
            # "| 14:38 WIB" completes a printed day; a bare "05:12" is a video's length.
            if match and clock is None and len(line) <= 40 and (match["zone"] or _LONE.match(line)):
                clock = (int(match["hour"]), int(match["minute"]), _zone_of(match["zone"]))
            continue
        named_zone = bool(match and match["zone"]) or found.tzinfo is not zone
        stamp = _Stamp(found.replace(second=0), bool(match), named_zone)
        if stamp.timed:
            return stamp, clock
        day = day or stamp
    return day, clock


_LATER_LABEL = re.compile(r"(?:last\s+)?updated\b|diperbarui\b", re.IGNORECASE)


def _date_boxes(root: Any) -> Iterable[str]:
    """Texts of the elements a page names as its date ("detail__date", "read__time", <time>)."""
    checked = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta"):
            continue
        if element.tag != "time" and not any(_DATE_CLASS.match(t) for t in class_words(element)):
            continue
        checked += 1
        if checked > 40:
            return
        text = text_of(element)
        if 4 <= len(text) <= 160 and not elsewhere(element):
            yield text


def lines_under_headline(root: Any, headline: str | None) -> list[str]:
    """Short lines printed right under the headline, where outlets put the date line."""
    heading = _heading(root, headline)
    if heading is None:
        return []
    lines: list[str] = []
    seen = False
    visited = 0
    for element in root.iter():
        if not seen:
            seen = element is heading
            continue
        visited += 1
        if visited > 80 or len(lines) >= 20:
            break
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if any(isinstance(child.tag, str) and child.tag in _WRAPPERS for child in element):
            continue  # a wrapper: its own lines come one by one below
        text = text_of(element)
        if element.tag == "p" and len(text) > 200:
            break  # the article has begun
        if 6 <= len(text) <= 120 and not elsewhere(element):
            lines.append(text)
            if element.find("br") is not None:
                # "Reporter: La Ode Arfan<br>Editor: …" (Telisik): each line as printed too
                lines.extend(broken_lines(element))
    return lines


_CLIPPED = re.compile(
    r"(?i:dikliping|diklip|disimpan|clipped|saved|captured)\s+(?i:dari|from)\s+\S+\s+(?i:pada|on|at)\b"
)


def _heading(root: Any, headline: str | None) -> Any:
    """The element that prints the headline (an h1, or an h2 or "title" box on some sites):
    the last heading that does, the page's own under a note's or a clipper's title that
    repeats it (Trilium's h1 over the clipped page's h2)."""
    wanted = fold(headline) if headline else None
    first_h1 = found = None
    for element in root.iter("h1", "h2", "h3", "div", "span"):
        if element.tag not in ("h1", "h2", "h3") and "title" not in class_words(element):
            continue
        if element.tag == "h1" and first_h1 is None:
            first_h1 = element
        if wanted and fold(text_of(element)) == wanted:
            found = element if element.tag in ("h1", "h2", "h3") or found is None else found
    return found if found is not None else first_h1


def _zone_of(name: str | None) -> tzinfo | None:
    return _ZONE_NAMES.get(name.casefold()) if name else None
