"""Turn a page (plain text as copied from a browser, or HTML) into a ParsedArticle."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urlsplit

from digest.dateline import is_outlet, split_dateline
from digest.dates import WIB, parse_date, relative_age
from digest.furniture import (
    clean_paragraph,
    ends_article,
    is_caption,
    is_furniture,
    is_outlet_label,
    is_section,
    is_title_like,
    person_or_team,
    read_byline,
)
from digest.language import detect_language
from digest.model import ArticleRejected, ParsedArticle
from digest.sentences import split_sentences

# Beyond this the page is not one article; cutting keeps every later pass bounded.
MAX_TEXT_CHARS = 1_000_000
MAX_PARAGRAPHS = 400

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|br|h1|meta|title)\b", re.IGNORECASE
)
_SITE_NAME = re.compile(
    r"^(?:[\w\-]+\.)+(?:com|co\.id|id|net|org|co|tv|news|info|my\.id|or\.id)$", re.IGNORECASE
)
_DATE_WORDS = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|updated|published|posted|last|on|diperbarui|dipublikasikan"
    r"|diterbitkan|dipublikasi|terbit|pukul|at|wib|wita|wit|gmt|utc|am|pm|edt|est|bst)\b"
    r"|[\d/:.,|\-–—•()]",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", "”", '"', "…", "»", "’", ")")
_FEED = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_XHTML = re.compile(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
# A JSON object or array: "{" then a key, or "[" then a value; "[Gambas:Video]" is not one.
_JSON_START = re.compile(r'[{]\s*(?:"|\}$)|\[\s*(?:[{\["\d\]]|true|false|null)')
_DATE_TEXT = re.compile(r"\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}")
# A date after an outlet or a writer: "Kompas.com - 18/06/2025, 21:35 WIB",
# "Fitri Rahayu Amanda, Jurnalis-Senin, 16 Juni 2025 |15:20 WIB".
_DATE_PREFIX = re.compile(
    r"^(?P<prefix>[^\d|•·]{2,60}?(?:,\s*(?:jurnalis|wartawan|reporter|kontributor|koresponden))?)"
    r"\s*(?:\s[-–—|•·]|[|•·]|(?<=jurnalis)-|(?<=wartawan)-|(?<=reporter)-)\s*(?P<date>.*\d.*)$",
    re.IGNORECASE,
)
_WRITER_PREFIX = re.compile(
    r"^(?:(?:oleh|by|penulis|reporter)\s*:?\s+(?P<named>[^,]{2,60})$"
    r"|(?P<name>[^,]{2,60}),\s*(?:jurnalis|wartawan|reporter|kontributor|koresponden))$",
    re.IGNORECASE,
)
_BYLINE_LABELS = frozenset(
    {"penulis", "pewarta", "reporter", "oleh", "by", "author", "writer", "editor", "penyunting"}
)
# A headline that names a day starts with two or more words before any digit.
_DATED_TITLE = re.compile(r"^[^\W\d_][^\d]*\s[^\W\d_][^\d]*\s\d")
_NAME_IN_PARENS = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<outlet>[^()]{2,40})\)$")
_IN_PLACE = re.compile(r"^(?:by\s+)?(?P<name>.+?)\s+in\s+[A-Z][\w .]+$", re.IGNORECASE)
# A byline above the headline must say it is one ("Penulis:", "By"), not just look like a name.
_LABELLED_BYLINE = re.compile(
    r"^(?:penulis|pewarta|reporter|author|writer|oleh|by|laporan)\b", re.IGNORECASE
)


@dataclass
class _Page:
    """What the page header says, filled in as lines are read."""

    headline: str | None = None
    source: str | None = None
    author: str | None = None
    published: datetime | None = None
    printed: datetime | None = None  # the first date line of the text itself
    age: timedelta | None = None  # "2 jam lalu": only a date the page also prints can anchor it


def parse_article(
    raw: str | bytes, *, url: str | None = None, content_type: str | None = None
) -> ParsedArticle:
    """Parse a page as HTML or plain text (by content type or by sniffing) into an article."""
    text = decode(raw) if isinstance(raw, bytes) else raw
    _reject_binary(text)
    _reject_data(text)
    kind = (content_type or "").lower()
    if "html" in kind or (not kind.startswith("text/plain") and _HTML_SNIFF.search(text[:4096])):
        return _parse_html(text, url=url)
    return _parse_text(text, url=url)


def decode(raw: bytes) -> str:
    """Decode page bytes as UTF-8, falling back to Windows-1252 and then Latin-1."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw[:8192]:
        raise ArticleRejected("not text: the input contains NUL bytes (a binary file?)")
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def parse_text(text: str, *, url: str | None = None) -> ParsedArticle:
    """Parse page text as copied from a browser into headline, metadata and paragraphs."""
    _reject_binary(text)
    _reject_data(text)
    return _parse_text(text, url=url)


def _parse_text(text: str, *, url: str | None) -> ParsedArticle:
    lines = _lines(text)
    if not lines:
        raise ArticleRejected("empty input: there is no text to read")
    return _assemble(lines, _Page(), url=url)


def parse_html(html: str, *, url: str | None = None) -> ParsedArticle:
    """Parse an HTML page: extract the main text and metadata, then read it like plain text."""
    _reject_binary(html)
    return _parse_html(html, url=url)


def _parse_html(html: str, *, url: str | None) -> ParsedArticle:
    from digest.htmlpage import extract_page

    page = extract_page(html, url=url)
    lines = _lines(page.text)
    if not lines and not page.title:
        raise ArticleRejected("empty input: the HTML page has no readable text")
    if page.title:
        lines = [line for line in lines if line != page.title]
    meta = _Page(
        headline=page.title, source=page.sitename, author=page.author, published=page.published
    )
    return _assemble(lines, meta, url=url)


def _reject_binary(text: str) -> None:
    sample = text[:4096]
    if not sample.strip():
        raise ArticleRejected("empty input: there is no text to read")
    if "\x00" in sample:
        raise ArticleRejected("not text: the input contains NUL bytes (a binary file?)")
    control = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    letters = len(_NOT_LETTERS.sub("", sample))
    if control > len(sample) * 0.05 or letters < len(sample) * 0.3:
        raise ArticleRejected("not text: the input is mostly unprintable bytes or symbols")


def _reject_data(text: str) -> None:
    """A data file saved as .txt (XML, a feed, JSON) is not an article, whatever it holds."""
    head = text[:4096].lstrip()
    if head.startswith("<"):
        if _FEED.match(head):
            raise ArticleRejected("not an article: the input is an RSS or Atom feed")
        if head.startswith("<?xml") and not _XHTML.search(head):
            raise ArticleRejected("not an article: the input is an XML document")
    elif head[:1] in "{[" and _JSON_START.match(head):
        raise ArticleRejected("not an article: the input is JSON data")


def _lines(text: str) -> list[str]:
    text = _INVISIBLE.sub("", text[:MAX_TEXT_CHARS]).replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    previous_blank = True
    for raw_line in _SPACES.sub(" ", text).split("\n"):
        line = raw_line.strip()
        if not line:
            previous_blank = True
            continue
        # Hard-wrapped text: a line that stops mid-sentence continues in lower case below.
        if (
            out
            and not previous_blank
            and line[0].islower()
            and len(out[-1]) > 40
            and not out[-1].endswith(_SENTENCE_END)
            and not (len(line) < 80 and read_byline(line))  # "bonauli - detikTravel"
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous_blank = False
    return out


def _zone_for(lines: list[str]) -> timezone:
    return _zone(detect_language(_language_sample(lines)))


def _language_sample(lines: list[str]) -> str:
    # The first few thousand characters tell the language; joining more only costs time.
    return " ".join(line[:1000] for line in lines[:60])[:6000]


def _zone(language: str) -> timezone:
    # An Indonesian page that prints no zone means Western Indonesian Time.
    return WIB if language == "id" else UTC


def _date_line(line: str, zone: timezone, *, bare: bool = False) -> tuple[datetime, str] | None:
    """A line that is only a date (plus weekday, "Updated", a site name): the date and the rest.

    bare: allow no words beside the date but one label ("Tayang:", "Updated") or a site name.
    """
    if len(line) > 90:
        return None
    found = parse_date(line, default_zone=zone)
    if not found:
        return None
    split = _DATE_PREFIX.match(line)
    if split and parse_date(split["date"], default_zone=zone) == found:
        return found, split["prefix"].strip()
    rest = _DATE_WORDS.sub(" ", _DATE_TEXT.sub(" ", line))
    rest = " ".join(rest.split())
    if len(rest) > 30 or (bare and len(rest.split()) > 1 and not _source_line(rest)):
        return None
    return found, rest


def _is_paragraph(line: str) -> bool:
    return len(line) > 250 or (len(line.split()) > 35 and line.endswith("."))


def _could_be_headline(line: str) -> bool:
    return 2 <= len(line.split()) <= 25 and not line.endswith(".") and not _is_paragraph(line)


def _source_line(line: str) -> bool:
    words = line.split()
    return len(line) <= 40 and len(words) <= 4 and bool(_SITE_NAME.match(line.replace(" ", "")))


def _label(lines: list[str], i: int, labels: int, zone: timezone) -> str | None:
    """What a line above the headline is: "outlet", "section", "label" (unknown) or None."""
    line = lines[i]
    if i + 1 >= len(lines) or len(line) > 40 or line.endswith(_SENTENCE_END):
        return None
    if is_outlet_label(line) or (not labels and _source_line(line)):
        return "outlet"
    after = lines[i + 1]
    if is_section(after) or is_outlet_label(after):
        return "section" if is_section(line) else "label" if len(line.split()) <= 3 else None
    if _is_stamp(after, zone) or not _could_be_headline(after):
        return None  # a short line right above the date or the first paragraph is the headline
    if is_section(line):
        return "section"
    if len(line.split()) > 3:
        return None
    if not _could_be_headline(after) or len(after) <= len(line):
        return None
    # The headline may carry a standfirst and a byline before its date.
    return "label" if any(_is_stamp(later, zone) for later in lines[i + 2 : i + 6]) else None


def _is_stamp(line: str, zone: timezone) -> bool:
    return bool(read_byline(line) or relative_age(line) or _date_line(line, zone))


def _read_dated(line: str, page: _Page, zone: timezone) -> bool:
    """Read a date line and what shares it (an outlet, a writer); False if it is not one."""
    if page.headline is None and _DATED_TITLE.match(line) and not _date_line(line, UTC, bare=True):
        return False  # "Jadwal Imsakiyah Jakarta 18 Juni 2025" is a headline that names a day
    dated = _date_line(line, zone)
    if not dated:
        if len(line) <= 60 and relative_age(line):
            page.age = page.age or relative_age(line)
            return True
        return False
    found, prefix = dated
    page.printed = page.printed or found
    byline = _WRITER_PREFIX.match(prefix)
    if byline:
        page.author = page.author or person_or_team(byline["named"] or byline["name"])
    elif prefix and (_source_line(prefix) or is_outlet_label(prefix)):
        page.source = page.source or prefix
    return True


def _assemble(lines: list[str], page: _Page, *, url: str | None) -> ParsedArticle:
    language = detect_language(_language_sample(lines))
    zone = _zone(language)
    i = _read_header(lines, page, zone)
    if not page.headline:
        raise ArticleRejected("no headline: nothing in the text reads like a headline")
    if (
        page.printed is None
        and page.age is None
        and i < len(lines)
        and len(lines[i]) <= 250
        and split_dateline(lines[i]) is None
    ):
        # A standfirst ended the header early; the date line is often just below it.
        # Only short lines straight below it count: a date inside the story is not the page's.
        for line in lines[i + 1 : i + 5]:
            if len(line) > 60:
                break
            placed = _IN_PLACE.match(line)
            if placed and not page.author:
                page.author = person_or_team(placed["name"])
            elif _date_line(line, zone, bare=True) and _read_dated(line, page, zone):
                break
    body, tail_author = _body(lines[i:], page.headline)
    page.author = page.author or tail_author
    if not body:
        raise ArticleRejected("no body paragraphs: only a headline and page furniture were found")
    dateline = lede = None
    for index, paragraph in enumerate(body[:3]):
        found = split_dateline(paragraph)
        # Below the first paragraph only an unmistakable dateline counts ("MOSKOW, X.COM -"):
        # "Pertikaian Vujovic - Ismed ..." there is a sentence about a match, not a dateline.
        if found and (index == 0 or found.outlet or (found.place or "").isupper()):
            dateline = found.place
            page.source = page.source or found.outlet
            body[index] = found.rest
            if index > 0:
                # The story starts at its dateline; what came before is the standfirst.
                lede = body[0]
                del body[:index]
            break
    if lede is None:
        first = split_sentences(body[0], language)
        lede = first[0] if first else body[0]
    if page.printed is not None and _vaguer(page.published, page.printed):
        page.published = _minus(page.printed, page.age) if page.age else page.printed
    if page.source is None and url:
        page.source = urlsplit(url).hostname
        if page.source and page.source.startswith("www."):
            page.source = page.source[4:]
    return ParsedArticle(
        headline=page.headline,
        body=tuple(body),
        language=language,
        published=page.published,
        source=page.source,
        author=page.author,
        dateline=dateline,
        lede=lede,
        url=url,
    )


def _vaguer(stated: datetime | None, printed: datetime) -> bool:
    """Whether the page's own date line says more than the date metadata gave (or it gave none)."""
    if stated is None:
        return True
    # A meta date without a time reads as midnight; the visible "10:15 WIB" that day is the time.
    return (
        stated.hour == stated.minute == 0
        and (printed.hour, printed.minute) != (0, 0)
        and stated.date() == printed.date()
    )


def _minus(printed: datetime, age: timedelta) -> datetime:
    """A relative stamp read against the date the page prints (a bare day keeps whole days only)."""
    if printed.hour == printed.minute == 0:
        return printed - timedelta(days=age.days)
    return printed - age


def _brand_like(line: str) -> bool:
    return all(
        w[:1].isupper() or w[:1].isdigit() or any(c.isupper() for c in w) for w in line.split()
    )


def _byline_above_date(lines: list[str], i: int, zone: timezone) -> bool:
    line = lines[i]
    if len(line.split()) > 8 or line.endswith(_SENTENCE_END) or line.endswith(":"):
        return False
    return any(_date_line(later, zone) for later in lines[i + 1 : i + 3])


def _read_header(lines: list[str], page: _Page, zone: timezone) -> int:
    """Read outlet, section, headline, date and byline lines; return where the body starts."""
    i = 0
    labels = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.casefold().rstrip(" :") in _BYLINE_LABELS and i < len(lines):
            # "Reporter" on one line and the name on the next, as some outlets stack them
            line = f"{line.rstrip(' :')}: {lines[i]}"
            i += 1
        if is_furniture(line) or ends_article(line):
            continue
        byline = read_byline(line)
        if byline and (page.headline is not None or _LABELLED_BYLINE.match(line)):
            page.author = page.author or byline.name
            page.source = page.source or byline.outlet
            continue
        if _read_dated(line, page, zone):
            continue
        if page.headline is None:
            kind = _label(lines, i - 1, labels, zone)
            if kind:
                # The first label names the outlet unless it is a section ("Nasional").
                if not labels and (kind == "outlet" or (kind == "label" and _brand_like(line))):
                    page.source = page.source or line
                labels += 1
                continue
            if _is_paragraph(line):
                raise ArticleRejected("no headline: the text starts straight with a paragraph")
            page.headline = line.rstrip(" ").removesuffix(".") if not line.endswith("...") else line
            continue
        credited = _NAME_IN_PARENS.match(line)
        if credited and is_outlet(credited["outlet"]):
            # "Jane Doe (The Jakarta Post)"
            page.author = page.author or person_or_team(credited["name"])
            page.source = page.source or credited["outlet"]
            continue
        if is_caption(line) or line == page.headline:
            continue
        if len(line) <= 40 and is_outlet_label(line):
            page.source = page.source or line
            continue
        if _byline_above_date(lines, i - 1, zone):
            # "Jane Doe in Jakarta", "Rina Sari" above the date line: a byline without a label
            found = _IN_PLACE.match(line)
            first = line.split("|")[0].strip()  # "Rina Sari | Bangun Santoso": writer | editor
            name = found["name"] if found else first if len(first.split()) <= 4 else ""
            page.author = page.author or person_or_team(name) if name else page.author
            continue
        return i - 1
    return i


def _body(lines: list[str], headline: str) -> tuple[list[str], str | None]:
    body: list[str] = []
    author: str | None = None
    ended = False
    for line in lines:
        byline = read_byline(line) if len(line) <= 110 else None
        if byline:
            author = author or byline.name  # "Laporan Wartawan …" lines are never body
            continue
        if ended:
            continue
        if body and ends_article(line):
            ended = True
            continue
        if is_furniture(line) or is_caption(line) or line == headline:
            continue
        if is_title_like(line):
            continue  # an injected related-article headline or a cross-heading
        words = line.split()
        if len(words) < 4 and not line.endswith(_SENTENCE_END):
            continue
        paragraph = clean_paragraph(line)
        if len(paragraph.split()) >= 2:
            body.append(paragraph)
        if len(body) >= MAX_PARAGRAPHS:
            break
    return body, author
