"""What an HTML page states about its article: headline, published time, author and outlet."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from lxml import html as lxml_html

from digest.dateline import is_outlet
from digest.dates import WIB, WIT, WITA, parse_date, relative_age
from digest.furniture import is_section, person_or_team, read_byline

# Meta fields that name the publication moment, most trusted first.
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
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
    "date",
)
_UPDATED_META = ("og:updated_time",)
_AUTHOR_META = (
    "author",
    "dtk:author",
    "content_author",
    "parsely-author",
    "sailthru.author",
    "article:author",
    "byl",
)
_ARTICLE_TYPES = re.compile(r"article|posting|report", re.IGNORECASE)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,60})"')
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:[:.]\d{2}(?:\.\d+)?)?(?![\d:]|\.\d)"
    r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"\d[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})$")
_ZONE_NAMES = {"wib": WIB, "wita": WITA, "wit": WIT}
_TOKENS = re.compile(r"[^a-z0-9]+")
# Class or id words of the elements that print a date line or a byline.
_DATE_CLASS = re.compile(
    r"^(?:\w*date\w*|time|times?tamp|datetime|tanggal|tgl|waktu|publish\w*|pubdate|posted"
    r"|meta|info|byline|namerep|jam)$"
)
_AUTHOR_CLASS = re.compile(r"^(?:author\w*|byline\w*|penulis|reporter|writer|namerep|credit\w*)$")
# Containers whose dates and names belong to other articles.
_ELSEWHERE = re.compile(
    r"^(?:related\w*|terkait|popular\w*|populer\w*|terpopuler|sidebar\w*|widget\w*|aside"
    r"|recommend\w*|rekomendasi|trending|terbaru|latest|index|footer|nav|menu|comment\w*"
    r"|komentar|list\w*|box\w*|feed)$"
)
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—:•·»]\s+|:\s+(?=\S)")
# Credit lines for the people who did not write the article.
_NOT_WRITER = re.compile(
    r"^(?:editor|penyunting|redaktur|fotografer|photographer|foto|photo|sumber|source)\b",
    re.IGNORECASE,
)
_SLIPS = frozenset(timedelta(hours=hours) for hours in (7, 8, 9))
_WORD = re.compile(r"\w+")
_WRAPPERS = frozenset(("div", "section", "article", "header", "p", "ul", "ol", "li", "table"))
_PAGE_TAIL = re.compile(r"\s+(?:halaman|page)\s+(?:all|semua|\d+)$", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"^(?:halaman|page)\s+(?:all|semua|\d+)$", re.IGNORECASE)
# Words that only ever name an outlet (unlike "Tempo" or "Suara", which are words too).
_BRAND_WORD = re.compile(
    r"^(?:[\w\-]+\.(?:com|co\.id|co|id|net|org|news|tv)|okezone\w*|kompas\w*|detik\w*|tribun\w*"
    r"|liputan6\w*|kumparan|antara(?:news)?|republika|cnn|cnbc|sindonews|kapanlagi|jpnn|jawapos"
    r"|bbc|reuters|guardian|idntimes|okezone|posmetro)$",
    re.IGNORECASE,
)
_LEGAL_ENTITY = re.compile(r"^(?:pt|perum|cv|yayasan)\b|\b(?:tbk|inc|ltd|llc)\.?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """The metadata of one page, read from meta tags, JSON-LD and visible header lines."""

    headline: str | None
    published: datetime | None
    author: str | None
    source: str | None


@dataclass
class _Stamp:
    """A date the page states, where it states it, and whether it gives a time of day."""

    when: datetime
    timed: bool
    named_zone: bool


def read_facts(root: Any, language: str, header_lines: list[str]) -> PageFacts:
    """Read headline, published time, author and outlet from a parsed page."""
    metas = _metas(root)
    ld = _json_ld(root)
    source = _source(metas, ld) or _title_site(root)
    headline = _headline(root, metas, ld, source)
    return PageFacts(
        headline=headline,
        published=_published(
            root, metas, ld, language, [*header_lines, *_after_headline(root, headline)]
        ),
        author=_author(root, metas, ld),
        source=source,
    )


def _metas(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attribute) or "").strip().casefold()
            if key and key not in found:
                found[key] = content.strip()
    return found


def _json_ld(root: Any) -> dict[str, Any]:
    """The article object of the page's JSON-LD blocks (or the first object with a date)."""
    best: dict[str, Any] = {}
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").casefold() or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            match = _LD_DATE.search(script.text)
            if match and "datePublished" not in best:
                best = {"datePublished": match.group(1).replace("\\/", "/")}
            continue
        for item in _ld_objects(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                return item
            if not best and item.get("datePublished"):
                best = item
    return best


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph, depth + 1)


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _classes(element: Any) -> list[str]:
    names = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
    return [token for token in _TOKENS.split(names) if token]


def _elsewhere(element: Any) -> bool:
    """Tell whether an element sits in a box about other articles (related, popular, footer)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("aside", "nav", "footer"):
            return True
        if any(_ELSEWHERE.match(token) for token in _classes(ancestor)):
            return True
    return False


# Headline ---------------------------------------------------------------------------------


def _headline(
    root: Any, metas: dict[str, str], ld: dict[str, Any], source: str | None
) -> str | None:
    titles = [
        metas.get("og:title"),
        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
        metas.get("twitter:title"),
        _text(root.find(".//title")) if root.find(".//title") is not None else None,
    ]
    cleaned = [strip_site(" ".join(t.split()), source) for t in titles if t and t.strip()]
    wanted = {_fold(t) for t in cleaned if t}
    title_words = set(_WORD.findall(" ".join(wanted)))
    first_h1 = None
    for h1 in root.iter("h1"):
        text = _text(h1)
        if len(text.split()) < 2 or _elsewhere(h1):
            continue
        if _fold(text) in wanted or any(_fold(text) in w or w in _fold(text) for w in wanted if w):
            return strip_site(text, source)
        words = _WORD.findall(text.casefold())
        # The headline as printed may be worded apart from og:title, but never a different story.
        if first_h1 is None and len(words) >= 3 and not any(_BRAND_WORD.match(w) for w in words):
            shared = sum(1 for word in words if word in title_words)
            if not title_words or shared >= len(words) / 2:
                first_h1 = text
    if first_h1:
        return strip_site(first_h1, source)
    for heading in root.iter("h2", "h3"):
        # Some pages set the headline in an h2: it is the one the page's title repeats.
        text = _fold(_text(heading))
        if (
            len(text.split()) >= 3
            and any(text in w or w in text for w in wanted if w)
            and not _elsewhere(heading)
        ):
            return strip_site(_text(heading), source)
    return next((title for title in cleaned if title), None)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .")


def strip_site(title: str, source: str | None) -> str | None:
    """A page title without the outlet's prefix or suffix ("… - Kompas.com", "KapanLagi.com: …")."""
    title = " ".join(title.split())
    for _ in range(3):
        parts = _SITE_SEPARATOR.split(title)
        if len(parts) < 2:
            break
        piped = title.endswith(f" | {parts[-1]}") and len(parts[-1].split()) <= 4
        if (
            _is_site(parts[-1], source)
            or piped
            or (is_section(parts[-1]) and not title.endswith(f": {parts[-1]}"))
        ):
            title = title[: title.rfind(parts[-1])].rstrip(" |-–—:•·»")
        elif _is_site(parts[0], source):
            title = title[len(parts[0]) :].lstrip(" |-–—:•·»")
        else:
            break
    return _PAGE_TAIL.sub("", title).strip() or None


def _title_site(root: Any) -> str | None:
    """The outlet a `<title>` names after its headline ("… | Republika Online")."""
    title = root.find(".//title")
    if title is None:
        return None
    parts = _SITE_SEPARATOR.split(_text(title))
    if len(parts) > 1 and _is_site(parts[-1], None) and not _PAGE_SUFFIX.match(parts[-1]):
        return parts[-1].strip()
    return None


def _is_site(part: str, source: str | None) -> bool:
    part = part.strip()
    if not part or len(part) > 45:
        return False
    if _PAGE_SUFFIX.match(part):
        return True
    words = part.split()
    folded = part.casefold().replace(" ", "")
    if source and len(source) > 2 and _fold(source).replace(" ", "") in folded:
        return True
    if is_outlet(part):
        return True
    return len(words) <= 4 and any(_BRAND_WORD.match(word) for word in words)


# Outlet and author --------------------------------------------------------------------------


def _source(metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    publisher = ld.get("publisher")
    names = [
        metas.get("og:site_name"),
        publisher.get("name") if isinstance(publisher, dict) else None,
        metas.get("application-name"),
    ]
    for name in names:
        if isinstance(name, str):
            name = " ".join(name.split())
            if name and len(name) <= 40 and not is_section(name) and not _LEGAL_ENTITY.search(name):
                return name
    return None


def _author(root: Any, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    for name in _ld_people(ld.get("author")):
        person = person_or_team(name)
        if person:
            return person
    for key in _AUTHOR_META:
        value = metas.get(key, "")
        if value and "://" not in value and not value.startswith("@"):
            person = person_or_team(value.split(";")[0])
            if person:
                return person
    checked = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or not any(
            _AUTHOR_CLASS.match(token) for token in _classes(element)
        ):
            continue
        text = _text(element)
        checked += 1
        if checked > 12:
            break
        if not text or len(text) > 110 or _NOT_WRITER.match(text) or _elsewhere(element):
            continue
        byline = read_byline(text)
        if byline and byline.name:
            return byline.name
        # "<a>Fahreza Rizky</a>, Jurnalis · Senin …": the name is the element's first link.
        for part in (text, *(_text(child) for child in element.iter("a", "span", "strong"))):
            person = person_or_team(part) if 3 <= len(part) <= 60 else None
            if person and len(person.split()) <= 5:
                return person
    return None


def _ld_people(value: Any) -> Iterator[str]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict) and item.get("@type") != "Organization":
            name = item.get("name")
            if isinstance(name, str):
                yield name


# Published time -----------------------------------------------------------------------------


def _published(
    root: Any, metas: dict[str, str], ld: dict[str, Any], language: str, header: list[str]
) -> datetime | None:
    # A zone-less time on an Indonesian page is WIB; an English page keeps the offset it states.
    zone = WIB if language == "id" else _stated_zone(metas, ld)
    visible, clock = _visible(root, header, zone)
    if visible and visible.named_zone and visible.when.tzinfo:
        zone = visible.when.tzinfo
    stated = [
        *(metas.get(key) for key in _PUBLISHED_META),
        ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
        *_time_tags(root),
    ]
    stamps = [s for s in (_machine_stamp(value, zone) for value in stated) if s]
    timed = next((s for s in stamps if s.timed), None)
    if timed and visible and visible.timed and _zone_slip(timed.when, visible.when):
        return visible.when
    if timed:
        return timed.when
    if visible and visible.timed:
        return visible.when
    day = stamps[0] if stamps else visible
    if day is None:
        updated = (_machine_stamp(metas.get(key), zone) for key in _UPDATED_META)
        return next((s.when for s in updated if s), None)
    if clock:
        hour, minute, clock_zone = clock
        return day.when.replace(hour=hour, minute=minute, tzinfo=clock_zone or day.when.tzinfo)
    return day.when


def _stated_zone(metas: dict[str, str], ld: dict[str, Any]) -> tzinfo:
    for value in (metas.get("article:published_time"), ld.get("datePublished")):
        if isinstance(value, str) and _OFFSET.search(value):
            found = parse_date(value, default_zone=UTC)
            if found and found.tzinfo:
                return found.tzinfo
    return UTC


def _machine_stamp(value: str | None, zone: tzinfo) -> _Stamp | None:
    if not value or len(value) > 80:
        return None
    found = parse_date(value.replace("\\/", "/"), default_zone=zone)
    if found is None:
        return None
    if not _CLOCK.search(value) or found.hour == found.minute == 0:
        # A bare day (or a midnight placeholder) is the day the page states: no zone shift.
        return _Stamp(found.replace(hour=0, minute=0, second=0, tzinfo=zone), False, False)
    return _Stamp(found.astimezone(zone).replace(second=0, microsecond=0), True, False)


def _time_tags(root: Any) -> list[str]:
    """The datetime of `<time>` elements: the article's own first, none from related boxes."""
    preferred: list[str] = []
    others: list[str] = []
    for time in root.iter("time"):
        value = time.get("datetime")
        if not value or _elsewhere(time):
            continue
        marked = time.get("itemprop") == "datePublished" or time.get("pubdate") is not None
        (preferred if marked else others).append(value)
        if len(others) > 3:
            break
    return preferred + others[:1]


def _visible(
    root: Any, header: list[str], zone: tzinfo
) -> tuple[_Stamp | None, tuple[int, int, tzinfo | None] | None]:
    """The first date line a reader sees near the headline, and a lone clock ("| 14:38 WIB")."""
    # Lines under the headline first: a date bar at the top of the site shows today, not the day
    # the article was published.
    lines = list(header)
    checked = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta"):
            continue
        if element.tag != "time" and not any(_DATE_CLASS.match(t) for t in _classes(element)):
            continue
        checked += 1
        if checked > 40:
            break
        text = _text(element)
        if 4 <= len(text) <= 160 and not _elsewhere(element):
            lines.append(text)
    day: _Stamp | None = None
    clock: tuple[int, int, tzinfo | None] | None = None
    for line in lines:
        if relative_age(line):
            continue
        found = parse_date(line, default_zone=zone)
        match = _CLOCK.search(line)
        if found is None:
            if match and clock is None and len(line) <= 40:
                named = match["zone"]
                clock = (int(match["hour"]), int(match["minute"]), _zone_of(named))
            continue
        named_zone = bool(match and match["zone"]) or found.tzinfo is not zone
        stamp = _Stamp(found.replace(second=0), bool(match), named_zone)
        if stamp.timed:
            return stamp, clock
        day = day or stamp
    return day, clock


def _after_headline(root: Any, headline: str | None) -> list[str]:
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
        text = " ".join(element.text_content().split())
        if element.tag == "p" and len(text) > 200:
            break  # the article has begun
        if 6 <= len(text) <= 120:
            lines.append(text)
    return lines


def _heading(root: Any, headline: str | None) -> Any:
    """The element that prints the headline (an h1, or an h2 or "title" box on some sites)."""
    wanted = _fold(headline) if headline else None
    first_h1 = None
    for element in root.iter("h1", "h2", "h3", "div", "span"):
        if element.tag not in ("h1", "h2", "h3") and "title" not in _classes(element):
            continue
        if element.tag == "h1" and first_h1 is None:
            first_h1 = element
        if wanted and _fold(_text(element)) == wanted:
            return element
    return first_h1


def _zone_of(name: str | None) -> tzinfo | None:
    return _ZONE_NAMES.get(name.casefold()) if name else None


def _zone_slip(stated: datetime, seen: datetime) -> bool:
    """A machine time off from the printed one by an Indonesian zone's offset: UTC taken for WIB."""
    return abs(stated - seen) in _SLIPS


def parse_tree(html: str) -> Any:
    """Parse HTML into an lxml tree (None when lxml finds no document in it)."""
    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
