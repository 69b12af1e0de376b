"""Turn a page (plain text as copied from a browser, or HTML) into a ParsedArticle."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, timedelta, timezone, tzinfo
from html import unescape
from itertools import pairwise
from urllib.parse import urlsplit

from digest.apps import ARCHIVES, is_app
from digest.clip import WEB_ADDRESS, forwarded, unclip
from digest.dateline import PAPER_FIRST_WORDS, PAPER_WORDS, is_outlet, named_outlet, split_dateline
from digest.dates import WIB, WIT, WITA, parse_date, printed_year, with_printed_year
from digest.furniture import (
    CAPS_SIGN_OFF,
    MATCH_SHEETS,
    MORE_FROM,
    bracketed_writer,
    clean_paragraph,
    closing_writer,
    credited_caption,
    ends_article,
    is_caption,
    is_credit,
    is_furniture,
    is_outlet_label,
    is_section,
    is_title_like,
    outlet_signed_writer,
    person_or_team,
    photographers_credit,
    read_byline,
    says_when_taken,
    signed_by_outlet,
    without_closing_promo,
)
from digest.language import detect_language
from digest.model import ArticleRejected, ParsedArticle
from digest.name_words import COMMON, ROOT_WORDS, word_set
from digest.names import abbreviates
from digest.outlet_zones import (
    MASTHEAD_WORDS,
    city_zone,
    country_zone,
    dateline_zone,
    eastern_place_clock,
    home_zone,
    month_first,
    named_place_zone,
    outlet_zone,
    region_zone,
    town_zone,
    word_town_zone,
)
from digest.pagetop import (
    FILE_NAME,
    KEY_POINTS,
    SENTENCE_END,
    SOURCE_AND_DAY,
    STAMP_CELLS,
    as_spelt,
    foot_date,
    is_date_line,
    is_role_line,
    kicked,
    lone_town,
    place_over_story,
    printed_headline,
    read_below_standfirst,
    read_top,
    settle_published,
    site_today,
    standfirst_over_picture,
    story_top,
)
from digest.pagetop import PageTop as _Page  # _parse_html fills one in from the page's metadata
from digest.places import known_place, place_name, region_name
from digest.reflow import hard_wrapped, reflow
from digest.sentences import split_sentences

# Beyond this the page is not one article; cutting keeps every later pass bounded.
MAX_TEXT_CHARS = 1_000_000
MAX_PARAGRAPHS = 400

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# Runs of spaces and tabs of any kind become one space. A lone " " is already that, and
# it is most of any text's spaces: matching only other runs halves the pass.
_ODD_SPACES = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACES = re.compile(f"[{_ODD_SPACES}][ {_ODD_SPACES}]*| [ {_ODD_SPACES}]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|br|h1|meta|title)\b", re.IGNORECASE
)
_FEED = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_XHTML = re.compile(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
# A JSON object or array: "{" then a key, or "[" then a value; "[Gambas:Video]" is not one,
# nor a chat log's "[14/4/26 08.12] Pak Darto: …", whose number no JSON number goes on as.
_JSON_START = re.compile(
    r'[{]\s*(?:"|\}$)|\[\s*(?:[{\["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]|(?:true|false|null)\b)'
)


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
    return _parse_clip(text, url=url)


def decode(raw: bytes) -> str:
    """Decode page bytes as UTF-8, falling back to Windows-1252 and then Latin-1."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw[:8192]:
        raise ArticleRejected("binary_nul")
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
    return _parse_clip(text, url=url)


def _parse_clip(text: str, *, url: str | None) -> ParsedArticle:
    """Read a page as copied, or the page inside a clipper's Markdown or a forwarded e-mail."""
    clip = unclip(text)
    if clip.title is None and clip.published is None and clip.source is None:
        return _parse_text(clip.text, url=url or clip.url)
    author = person_or_team(clip.author) if clip.author else None
    page = _Page(headline=clip.title, published=clip.published, source=clip.source, author=author)
    return _parse_text(clip.text, url=url or clip.url, page=page)


def _parse_text(text: str, *, url: str | None, page: _Page | None = None) -> ParsedArticle:
    lines = _lines(text)
    if page is not None and page.headline and page.headline in lines:
        # "# Title" under the title; the page's own headline, further down over its byline
        # and date, stays with them
        lines.remove(page.headline)
    if not lines:
        raise ArticleRejected("empty")
    return _assemble(lines, page, url=url)


def parse_html(html: str, *, url: str | None = None) -> ParsedArticle:
    """Parse an HTML page: extract the main text and metadata, then read it like plain text."""
    _reject_binary(html)
    return _parse_html(html, url=url)


def _parse_html(html: str, *, url: str | None) -> ParsedArticle:
    from digest.htmlpage import extract_page

    page = extract_page(html, url=url)
    title, sitename, published = page.title, page.sitename, page.published
    if sitename and is_app(sitename):
        # an archive's or a reader's copy, its name in the page's metadata: the site's name
        # is the one the title ends on ("… - Gol Arena")
        if sitename.casefold() in ARCHIVES:
            published = None  # the moment the archive copied it; the page prints its own
        named = _HTML_TITLE.search(html)
        cut = _TITLE_AND_SITE.fullmatch(unescape(named[1]).strip() if named else title or "")
        sitename = cut[2] if cut else None
        if cut and title and title.endswith(cut[2]):
            title = cut[1]
    lines = _lines(forwarded(page.text))  # a mail saved as a page: the message it forwards
    if not lines and not title:
        raise ArticleRejected("empty_html")
    if title and title not in lines and (printed := printed_headline(lines, _zone("id"))):
        # "Bahan Bacaan Biologi X - Anggrek Latimojong", a teacher's document's title, or
        # "Zoho Mail - Fwd: …" over a mail: the page prints another headline, over its byline
        title = printed
    if title:
        lines = [line for line in lines if line != title]
    if (
        published is not None
        and published.utcoffset() == timedelta(0)
        and (published.hour or published.minute)  # not a day alone
        and page.country
        and (home := country_zone(page.country)) is not None
    ):
        # "2029-09-20T15:45:00+00:00" on a page in "en-ZA": the instant at the clock of the
        # country it is written for, as its readers read it
        published = published.astimezone(home)
    meta = _Page(
        headline=title,
        source=sitename,
        author=page.author,
        published=published,
        filed_in=page.dateline,
    )
    return replace(_assemble(lines, meta, url=url), image=page.image)


_HTML_TITLE = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.IGNORECASE)
# A page's title and the site's name it ends on: "Arema Bungkam Persik 3-1 - Gol Arena"
_TITLE_AND_SITE = re.compile(r"(.{12,}?)\s+[-|–—]\s+([^-|–—]{2,40})")


def _reject_binary(text: str) -> None:
    sample = text[:4096]
    if not sample.strip():
        raise ArticleRejected("empty")
    if "\x00" in sample:
        raise ArticleRejected("binary_nul")
    control = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if control > len(sample) * 0.05 or _letters_under(sample, len(sample) * 0.3):
        raise ArticleRejected("unprintable")


def _letters_under(text: str, share: float) -> bool:
    """Tell whether text has fewer letters than share. ASCII letters are counted by a byte
    table first, and they are enough on most pages; the rest by Unicode's classes."""
    letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NOT_LETTERS))
    if letters >= share:
        return False
    return letters + len(_NOT_LETTERS.sub("", "".join(_NON_ASCII.findall(text)))) < share


def _reject_data(text: str) -> None:
    """A data file saved as .txt (XML, a feed, JSON) is not an article, whatever it holds."""
    head = text[:4096].lstrip()
    if head.startswith("<"):
        if _FEED.match(head):
            raise ArticleRejected("feed_document")
        if head.startswith("<?xml") and not _XHTML.search(head):
            raise ArticleRejected("xml_document")
    elif head[:1] in "{[" and _JSON_START.match(head) and not _CHAT_MESSAGE.match(head):
        try:
            json.loads(text)
        except ValueError:
            return  # "[14.52] Dimas Prasetyo: ini beritanya …": a chat's copy, not JSON
        raise ArticleRejected("json_document")


_CHAT_MARKS = frozenset("*_~")
# What most lines open on, and none of the chat, print-view or emoji marks _lines looks for.
_PLAIN_OPENERS = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgijklmnopqrstuvwxyz"“(')
# "*BATU* - …": bold hugs its words; "* 01:45 WIB …" is a list's bullet.
_CHAT_BOLD_OPENING = re.compile(r"\*{1,2}([^*\s][^*\n]{0,38}[^*\s])\*{1,2}(?!\*)")
# A chat message's stamp and sender, as WhatsApp copies ("[14/4/26 08.12] Pak Darto: …") and
# exports them ("14/04/26 08.12 - Pak Darto: …").
_CHAT_MESSAGE = re.compile(
    r"(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AP]M)?\]"
    # the time first, as WhatsApp on Android copies it: "[06.58, 5/10/2023] Bang Roni: …"
    r"|\[\d{1,2}[.:]\d{2}(?:\s?[AP]M)?,\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\]"
    # the time alone, as a group chat copied on a phone shows it: "[14.52] Dimas Prasetyo: …"
    r"|\[\d{1,2}[.:]\d{2}(?:\s?[AP]M)?\]"
    # (the message on the lines under its sender, as Wire's export writes it: "… Amina Farah:")
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:\s?[AP]M)?\s+-)\s*[^:\n]{1,40}:(?:\s+|$)"
    # KakaoTalk's export: the sender, then the time, each in brackets ("[Tiara] [19.26] oke")
    r"|\[[^\[\]\n]{1,40}\]\s*\[\d{1,2}[.:]\d{2}(?:\s?[AP]M)?\]\s*",
    re.IGNORECASE,
)
# Emoji a chat or a channel opens a line with: "🔴", "📌", "👁".
_LEADING_EMOJI = re.compile(
    "[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]+\\s*"
)
# What a browser prints at the head and foot of each page: "3/5/26, 11:02 AM  the title",
# "04/12/26, 21.02", "https://…  1/2".
# the print's day and time ("3/5/26, 11:02 AM"), Chrome's foot ("https://…  1/2")
_PRINT_STAMP = r"\d{1,2}/\d{1,2}/\d{2},?\s\d{1,2}[:.]\d{2}(?:\s[AP]M)?"
_PRINT_ADDRESS_FOOT = r"https?://\S+\s+\d+/\d+"
_PRINTED_PAGE_EDGE = re.compile(
    rf"{_PRINT_STAMP}(?:\s.*)?$|{_PRINT_ADDRESS_FOOT}$"
    # Firefox's foot: "Page 1 of 2 8/18/29, 9:03 PM"
    r"|(?:Page|Halaman) \d{1,3} (?:of|dari) \d{1,3}(?:\s.*)?$"
)
_STAMP_ENDS_LINE = re.compile(rf"{_PRINT_STAMP}$", re.MULTILINE)
# The head of each printed page: Chrome's "28/08/29, 10.02 Title - Site" (the day, then the
# title), Firefox's "Title | Site https://…" (the title, then the address)
_PRINTED_TITLE = re.compile(
    rf"{_PRINT_STAMP}\s+(?P<title>\S.{{9,300}})|(?P<titled>\S.{{9,300}}?)\s+https?://\S+"
    # another's: "Mindoro Sentinel - Provincial board rejects …        8/26/31, 9:15 AM"
    rf"|(?P<sited>\S.{{9,300}}?)\s+{_PRINT_STAMP}"
)


def _printed_head(text: str) -> tuple[str, str] | None:
    """The head a browser printed over each page of a story printed to PDF and copied: the
    line, and the story's title in it without the site's name."""
    first = text[:600].lstrip().split("\n", 1)[0].strip()
    head = _PRINTED_TITLE.fullmatch(first)
    if head is None or not _PRINTED_FOOT.search(text):
        return None
    if head["sited"]:
        # the site's name first, then the title: the longer part
        return first, max(re.split(r" [|\-–] ", head["sited"]), key=len)
    title = head["title"] or head["titled"]
    for bar in (" | ", " - ", " – "):
        title = title.rsplit(bar, 1)[0] if bar in title else title
    return first, title


# A printed page's foot: Chrome's "https://…  1/3", Firefox's "Page 1 of 2"
_PRINTED_FOOT = re.compile(rf"^(?:{_PRINT_ADDRESS_FOOT}|(?:Page|Halaman) 1 (?:of|dari) \d)", re.M)
# Telegram's header over a channel's post: "Malut Post, [20.08.26 10:14]".
_CHANNEL_POST = re.compile(
    r"(?P<channel>.{1,60}),\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}\]"
)
# Telegram's mark on a message forwarded from a channel: "[Forwarded from Radar Bogor]".
_FORWARDED_FROM = re.compile(r"\[(?:Forwarded from|Diteruskan dari) (?P<channel>[^\]\n]{1,60})\]")


def _longest_chat_message(text: str) -> str:
    """A group chat as Telegram copies it ("Hendra Gunawan, [26.02.26 08:14]" over each
    message): the article is its longest message; the chat's name above, the message that
    passes it on and the replies under it are not."""
    lines = text.split("\n")
    found = [
        (i, head) for i, line in enumerate(lines) if (head := _CHANNEL_POST.fullmatch(line.strip()))
    ]
    if len(found) < 2:
        return text  # a channel's post under its one header is read line by line
    bounds = [*(i for i, _ in found), len(lines)]
    # a channel's posts, all under its one name, keep the header: the channel is the outlet
    channel = len({head["channel"] for _, head in found}) == 1
    messages = [lines[start + (not channel) : end] for start, end in pairwise(bounds)]
    return "\n".join(max(messages, key=lambda message: sum(map(len, message))))


# A site's menu copied as one row, its items apart by runs of spaces or tabs ("News  Music
# Film  K-Pop  Gosip", "Menu  Weekly edition  The world in brief"): each item a few words;
# two items only when one is a site's label ("Subscribe  Log in"), as a headline typed with
# two spaces is not one ("Banjir  Rendam Bekasi").
_MENU_ROW = re.compile(r"^[ \t]*[^\s].{0,24}?(?:(?:\t+| {2,})[^\s].{0,24}?)+[ \t]*$", re.M)
# A mobile page's bar: its menu button, the logo (a paper's long name) and buttons ("☰
# Northampton Chronicle & Echo   Subscribe")
_ICON_ROW = re.compile(
    r"^[ \t]*[☰≡][ \t]+[^\s].{0,40}?(?:(?:\t+| {2,})[^\s].{0,24}?)+[ \t]*$", re.M
)


# A paper's name of two to five capitalised words on a line with its menu of three short
# labels or more, each after a bar
_BARRED_MASTHEAD = re.compile(
    r"^[ \t]*((?:The |THE )?[A-Z][\w'’&.\-]*(?: [A-Z][\w'’&.\-]*){1,4})"
    r"(?: \| [A-Z][A-Za-z'’&]*(?: [A-Za-z'’&]+){0,2}){3,}[ \t]*$",
    re.M,
)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")
_CLOCK_ITEM = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[AP]M|WIB|WITA|WIT))?", re.IGNORECASE)


def _menu_row_lines(row: re.Match[str]) -> str:
    """The row's items, one to a line, when each is a short label; else the row as it is."""
    # a mobile menu's button opens the row ("☰   Home   Indonesia …")
    # and a menu's own button or arrow sits at an item ("≡ Menu", "Menu  ▾")
    items = [kept for item in re.split(r"\t+| {2,}", row.group()) if (kept := item.strip(_ICONS))]
    if "%" in row.group() and sum("%" in item and is_furniture(item) for item in items) >= 2:
        # "IHSG 7.412,08 (-0,84%)   LQ45 912,55 (-1,02%)   USD/IDR 16.385": a market ticker,
        # its rates with no change in it as much as its indices with one
        return ""
    if any(_CLOCK_ITEM.fullmatch(item) for item in items[1:]):
        # "Diterbitkan: 09 Juni 2029   20:37   Diperbarui: …" (Kompasiana): a stamp's day and
        # its time, set apart, are one stamp
        return " ".join(items)
    # not a breadcrumb ("Berita  »  Surabaya"): every item a label of its own ("U.S." too)
    if (
        items
        and all(
            len(item.split()) <= 4
            and item[0].isalnum()
            and (item[-1] not in ":." or _ABBREVIATION.fullmatch(item) is not None)
            for item in items
        )
        and (  # not "Pelatih:   Aji Santoso." (a label, then what it says)
            len(items) > 2 or any(is_section(item) or is_furniture(item) for item in items)
        )
    ):
        return "\n".join(items)
    if len(items) == 2 and read_byline(items[0]) and is_date_line(items[1]):
        return "\n".join(items)  # "by Tobias Marchetti-Lau   November 20, 2025" (Asia Times)
    if len(items) == 2 and items[0].isupper() and is_date_line(items[1]):
        # a printed page's head: "DEN BUKIT POS      SELASA, 21 OKTOBER 2031", the paper's
        # name and the issue's day apart
        return "\n".join(items)
    return row.group()


# A broadcast script's cue opening a paragraph: "[NARASI] Dinas Kesehatan …", "[VO]".
_SCRIPT_CUE = re.compile(
    r"\[(?:NARASI|WAWANCARA|NARATOR|REPORTER|VO|SOT|NARRATION|INTERVIEW|NARRATOR|PKG)\]\s*"
)
# A mobile page's menu, search and close buttons around its logo (and the spaces between).
_ICONS = "☰🔍✕⋮≡👤🔔▾▼⌄ⓘ \t"
# An outlet's own app's bar over the story: back, the outlet's name, the text size button
# and icons ("‹ Back   Dundalk Democrat   Aa   ☆   ⇪")
_HEAD_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:\s*[AP]M)?\s+")
_FIRST_CELL = re.compile(r" [|·] ")
_FOLDER_COUNT = re.compile(r"\s+[—–-]\s+[^—–\-()]{1,30}\(\d+\)$|\s+\(\d+\)$")
_APP_BAR = re.compile(
    r"(?:[←‹<]\s*)?(?:(?i:back|kembali)\s+)?(?P<name>[^\s←‹<].{1,40}?)\s+Aa(?:\s+[^\w\s]{1,3})*\s*"
)
# Marks some sites type for quotation marks: a double prime ("″Kita harus jujur,″ kata …",
# Harian Haluan), a reversed or a full-width mark. Read as the marks they stand for.
_QUOTE_LOOKALIKES = str.maketrans({"″": '"', "‟": "“", "＂": '"'})
_DOUBLED_SINGLE = re.compile("‘[‘’]|’’")


_ALT_TEXT = re.compile(r"\[(?i:image|img|picture|photo|gambar|foto|logo)(?:\s*[:\-]\s*[^\[\]]*)?\]")
_BUTTONS = re.compile(r"(?:\[[^\[\]]{1,16}\]\s*){3,}")
_FORM_FIELD = re.compile(r"\[\s*\]\s*\[\s*(?i:go|search|cari|submit|ok|kirim)\s*\]")
_BRACKETED_LOGO = re.compile(r"\[([^\W\d_][^\[\]]{1,40})\]")


# Where a writer's name runs into the role the page prints beside it: "HartleyNews Reporter"
_GLUED_ROLE = re.compile(
    r"(?<=[a-z])(?=[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Reporter|Writer|Editor|Correspondent)$)",
    re.MULTILINE,
)


_GLUED_STAMP = re.compile(r"(?<=[a-z]),(?=(?:Updated|Published|Posted) \w+ \d)")


def _without_own_acronym(source: str | None) -> str | None:
    """An outlet's name without its own initials after it: "Free Malaysia Today (FMT)"."""
    if (
        not source
        or not source.endswith(")")
        or (named := _NAME_AND_ACRONYM.fullmatch(source)) is None
    ):
        return source
    initials = "".join(word[0] for word in named["name"].split() if word[:1].isupper())
    return named["name"] if initials == named["short"] else source


_NAME_AND_ACRONYM = re.compile(r"(?P<name>[^()]{3,60}?)\s+\((?P<short>[A-Z]{2,6})\)")


def _byline_place(top: list[str], author: str) -> str | None:
    """The place a byline over the story files it from: "By Nikhil Varma, New Delhi"."""
    for line in top:
        if (
            line.startswith(("By ", "by "))
            and line[3:].startswith(f"{author}, ")
            and (place := line[len(author) + 5 :].strip())
            and (known_place(place) or town_zone(place) is not None)
        ):
            return place
    return None


_PICTURE_CREDIT = re.compile(r"(?i:courtesy|file\s+photo|(?:photo|foto|image|picture)\s*:)")
_ICON_WORD = re.compile(r"(?<=\d)(?:timer|schedule|access_time|calendar_today)(?=\d)")


def _lines(text: str) -> list[str]:
    text = text[:MAX_TEXT_CHARS]
    if "″" in text or "‟" in text or "＂" in text:
        text = text.translate(_QUOTE_LOOKALIKES)
    if "’’" in text:
        # two single marks for one double (Suara NTB: "‘’Curah hujan … aman,’’ katanya")
        text = _DOUBLED_SINGLE.sub(lambda m: "“" if m[0][0] == "‘" else "”", text)
    # Most pages hold neither invisible characters nor odd spaces: a scan in C for each
    # character costs a tenth of a pass of the pattern.
    if any(char in text for char in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if width := hard_wrapped(text):
        text = reflow(text, width)  # an e-paper's column: lines of one width, cut mid-sentence
    if "  " in text or "\t" in text:
        if "☰" in text or "≡" in text:
            text = _ICON_ROW.sub(_menu_row_lines, text)
        text = _MENU_ROW.sub(_menu_row_lines, text)
    if "  " in text or any(char in text for char in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    top = text[:3000]
    if "Reporter\n" in top or "Writer\n" in top or "Editor\n" in top:
        # "Chloe HartleyNews Reporter": a byline's name and its role run together by the copy
        text = _GLUED_ROLE.sub(" ", text, count=2)
    if ",Updated " in top or ",Published " in top or ",Posted " in top:
        # "By Mandy Okafor Globe Staff,Updated September 14, 2033, 6:42 p.m." (The Boston
        # Globe): the byline and the stamp beside it, run together by the copy
        text = _GLUED_STAMP.sub("\n", text, count=2)
    if "timer" in top or "schedule" in top or "access_time" in top:
        # an icon font's ligature copied as its name, between a day and a reading time:
        # "Thu., Oct. 14, 2032timer4 min. read"
        text = _ICON_WORD.sub(" · ", text, count=3)
    if (
        " | " in text[:800]
        and (barred := _BARRED_MASTHEAD.search(text, 0, 800))
        and (barred[1].startswith(("The ", "THE ")) or is_outlet(barred[1]))
    ):
        # "The Northern Scot | News | Sport | What's On": the paper's name, then its menu
        # (not a menu alone: "Timnas Putri | Liga Putri | Internasional")
        text = f"{text[: barred.start()]}{barred[1]}\n{text[barred.end() :]}"
    if ", [" in text or ",[" in text:
        text = _longest_chat_message(text)
    out: list[str] = []
    previous_blank = True
    # A chat's messages: those above the article are its senders' chatter, the last of them
    # forwards it, and those under it are replies.
    messages_only = False  # every line kept so far opened a chat message
    channel = None  # the Telegram channel whose post this is
    printed = (
        _printed_head(text)
        if text[:1] in "0123456789" or "://" in text[:400] or _STAMP_ENDS_LINE.search(text, 0, 400)
        else None
    )
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if printed and line == printed[0]:
            continue  # the head a browser printed over each page
        if line and (line[0] in _ICONS or line[-1] in _ICONS):
            line = line.strip(_ICONS)  # "☰  MANILA BULLETIN  🔍": a mobile page's buttons
        if "Aa" in line and (bar := _APP_BAR.fullmatch(line)):
            line = bar["name"]  # "←   Cek&Ricek   Aa   🔖   ⤴": an app's bar, its text size
            # "‹ Coast Mirror — Environment (12)": a feed reader's feed, its folder and count
            line = _FOLDER_COUNT.sub("", line)
        message_line = False
        if line.endswith("]") and (
            (posted := _CHANNEL_POST.match(line)) or (posted := _FORWARDED_FROM.fullmatch(line))
        ):
            # Telegram's "Malut Post, [20.08.26 10:14]" over a channel's post, or "[Forwarded
            # from Radar Bogor]": the channel is the outlet, when nothing above names one
            if not out or (len(out) == 1 and out[0] == channel):
                channel = posted["channel"]
                out[:] = [channel]
            continue
        if line[:1] == "[" and (cue := _SCRIPT_CUE.match(line)):
            line = line[cue.end() :]  # a broadcast script's "[NARASI]", "[WAWANCARA]"
        elif "[" in line and _FORM_FIELD.search(line):
            continue  # a text browser's search box: "Search: [          ] [Go]"
        elif line[:4] in ("[ ] ", "[x] ", "[X] ") or line[:2] in ("☐ ", "☑ "):
            continue  # a to-do app's task over the page it keeps, its subtasks under it
        elif line[:1] == "[" and line[-1:] == "]":
            # a text browser's (w3m, Lynx) pictures: "[Image: Fife House in Glenrothes]" is a
            # picture's alt text; "[Fife Ledger]" atop the page, the logo's
            if _ALT_TEXT.fullmatch(line) or _BUTTONS.fullmatch(line):
                continue  # (and a row of its buttons: "[Facebook] [X] [WhatsApp] [Email]")
            if not out and (logo := _BRACKETED_LOGO.fullmatch(line)):
                line = logo[1]
        if line and line[0] not in _PLAIN_OPENERS:  # most lines open on a letter: none of these
            if line[0] in "[0123456789" and (message := _CHAT_MESSAGE.match(line)):
                if out and not messages_only and any(len(kept) > 80 for kept in out):
                    # a reply under the forwarded article ("[14/4/26 08.15] Bu Endah:"); under
                    # an article of three paragraphs or more, the replies run to the end
                    if sum(len(kept) > 80 for kept in out) >= 3:
                        break
                    continue
                # "[06.58, 5/10/2023] Bang Roni: Info buat yg mau nonton 👇": chatter; an export's
                # header over the first message ("Chat with: Reef Watch Moorea (group)") too
                out.clear()
                messages_only = message_line = True
                line = line[message.end() :]  # "[14/4/26 08.12] Pak Darto RT 05: *Judul …*"
                if line and unicodedata.category(line[-1]) == "So":
                    continue  # "Ibu-ibu, harga rica naik lagi mi ini 😭👇": chatter over it
            if line[:1] in "0123456789hPH" and _PRINTED_PAGE_EDGE.match(line):
                continue  # a browser's print header ("3/5/26, 11:02 AM  Title") or footer
            if line and not line[0].isascii() and (marked := _LEADING_EMOJI.match(line)):
                line = line[marked.end() :]  # a channel's "🔴 DPRD Malut Bentuk Pansus Tambang"
            if line[:1] in _CHAT_MARKS and len(line) > 2 and line[-1] == line[0]:
                # "*Pemerintah Turunkan …*": a chat's bold or italics; "**Councillors back …**",
                # Markdown's bold
                line = line.strip(line[0]).strip()
            elif line[:1] == "*" and (bold := _CHAT_BOLD_OPENING.match(line)):
                # "*BATU* - Hujan …", Markdown's "**KANGAR, March 26 —** A …": a dateline in bold
                line = bold[1] + line[bold.end() :]
            elif line[:3] == "## " or line[:4] == "### " or (line[:2] == "# " and len(out) >= 3):
                # a Markdown note's heading of the page's own ("## UniMAP students' …", "# …"
                # under the paper's name and section); one "#" atop the note is its own title,
                # which the top reads as such
                line = line.lstrip("#").strip()
        if not line:
            previous_blank = True
            continue
        # Hard-wrapped text: a line that stops mid-sentence continues in lower case below.
        if (
            out
            and not previous_blank
            and line[0].islower()
            and raw_line.lstrip()[:1] == line[:1]  # not "🏷 banjir  🏷 posko", a row of tags
            and len(out[-1]) > 40
            and not out[-1].endswith(SENTENCE_END)
            # "bonauli - detikTravel", "kumparanNEWS" under a headline start lines of their own
            and not (len(line) < 80 and (read_byline(line) or is_outlet_label(line)))
            and not is_furniture(line)
            and line not in _CMS_ACCOUNTS  # "admin" under a WordPress headline: its poster
            # "… Foto: Ricardo/JPNN.com" above "jpnn.com, JAKARTA - …": a caption, then the story
            and not is_caption(out[-1])
            and split_dateline(line) is None
        ):
            # a printed page breaks a line after a word's own hyphen ("berturut-" over "turut")
            hyphen = printed and out[-1][-1] == "-" and out[-1][-2:-1].isalpha()
            out[-1] = f"{out[-1]}{line}" if hyphen else f"{out[-1]} {line}"
        elif printed and out and not previous_blank and _printed_on(out[-1], line, printed[1]):
            out[-1] = f"{out[-1]} {line}"
        elif " • " in line and len(line) <= 120 and read_byline(line.split(" • ", 1)[0]):
            # "Cerita oleh Kirana Pramesti • 19/11/2025, 14.05 • 4 menit baca" (MSN): the
            # writer, the date and the reading time, as other pages give them a line each
            out.extend(part for part in line.split(" • ") if part)
        else:
            out.append(line)
        messages_only = messages_only and message_line
        previous_blank = False
    return out


def _printed_on(above: str, line: str, title: str) -> bool:
    """Whether a line of a story printed to PDF goes on from the line above: the title
    wrapped over two lines ("AISI: … Naik 9 Persen," over "Motor Listrik …"), or a
    paragraph's line that broke before a capital ("… with Bangladesh's" over "Chittagong
    port, …")."""
    if title.startswith(above):
        return title.startswith(f"{above} {line}")
    return (
        len(above) >= 60
        and above[-1].isalpha()
        and line[:1].isupper()
        # a paragraph's words, not a menu's ("Home Tripura North-East National …")
        and any(word[:1].islower() for word in above.rsplit(maxsplit=3)[1:])
        and not is_furniture(above)
        and not is_furniture(line)
    )


def _language_sample(lines: list[str]) -> str:
    # The first few thousand characters tell the language; joining more only costs time.
    return " ".join(line[:1000] for line in lines[:60])[:6000]


def _zone(language: str) -> timezone:
    # An Indonesian page that prints no zone means Western Indonesian Time.
    return WIB if language == "id" else UTC


# The label a live-score page puts over its report, under the match's header
_REPORT_LABELS = frozenset({"laporan pertandingan", "laporan laga", "match report"})


def _match_report(lines: list[str]) -> list[str]:
    """A live-score page's report under the match's header (the league, the ground, the
    kick-off, the score, the scorers, the tabs): the site's name, then the report."""
    at = next(
        (
            n
            for n, line in enumerate(lines[:40])
            if len(line) <= 25 and line.casefold() in _REPORT_LABELS
        ),
        None,
    )
    if at is None or at < 3 or at + 1 >= len(lines):
        return lines
    site = lines[:1] if len(lines[0].split()) <= 3 else []
    return [*site, *lines[at + 1 :]]


def _local_clock(lines: list[str]) -> tzinfo | None:
    """The clock of a regional paper of central or eastern Indonesia that prints its stamps
    with no zone: its story is datelined and tells its times in WITA or WIT, never in WIB
    ("RADARSELATAN.CO.ID, BULUKUMBA —" … "sekitar pukul 06.30 Wita")."""
    text = "\n".join(lines[:80])
    if "WIT" not in text and "Wit" not in text and "wit" not in text:
        return None  # most pages name no eastern clock at all
    said = {found.upper() for found in _CLOCK_NAMED.findall(text)}
    if len(said) != 1 or "WIB" in said:
        return None
    if not any(len(line) > 8 and split_dateline(line) for line in lines[:30]):
        return None
    return WITA if said == {"WITA"} else WIT


def _regional_dateline_clock(lines: list[str]) -> tzinfo | None:
    """The clock of an Indonesian paper kabar does not know whose story is datelined in a
    town of central or eastern Indonesia by the paper's initials ("LARANTUKA, LP -" in
    Lamaholot Pos) or by an address kabar knows no outlet by ("Mataram (kicknews.today) –"):
    a regional paper prints its own region's time. A national outlet's mark ("KUPANG,
    KOMPAS.com -") or a name in brackets ("Mataram (Kabar Sehat Nusa) -") says Jakarta's."""
    for line in lines[:30]:
        if (signed := _INITIALS_DATELINE.match(line)) is None:
            continue
        mark = signed["mark"] or signed["bracketed"]
        # "AMBON, Kabartimurnews.com –": an address kabar knows no outlet by is a regional
        # site's, as the initials are; "TribunAmbon.com", "KOMPAS.com" are the networks'
        if not (named_outlet(mark.split(".")[0]) if "." in mark else is_outlet(mark)):
            return eastern_place_clock(signed["place"])
    return None


# A town, a comma and a paper's initials, its one-word name or its address, then a dash:
# "LARANTUKA, LP -", "MANADO, Komentar –", "AMBON, Kabartimurnews.com –"; or the address in
# brackets: "Mataram (kicknews.today) –" (a name in brackets may be a national outlet's)
_INITIALS_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'’.\- ]{2,30}?)(?:,\s+"
    r"(?P<mark>[A-Z]{2,4}|[A-Z][a-z]{3,20}|[A-Za-z][\w\-]*\.(?:com|co\.id|id|net))"
    r"|\s+\((?P<bracketed>[A-Za-z][\w\-]*\.(?:com|co\.id|id|net|today|news))\))\s*[-–—]"
)


_CLOCK_NAMED = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(WITA|WIT|WIB)\b", re.IGNORECASE)


def _filed_place(line: str, after: list[str]) -> str | None:
    """The town a byline's row files the story from: before the date on its line ("Palma
    30/08/2027 11:52") or alone over the date ("Málaga" over "Wednesday, 28 July 2027,
    12:47")."""
    if len(line) > 40 or not line[:1].isupper() or line.split()[0].endswith(":"):
        return None  # "Author: Kate Armitage" over a feed's "Date:" is a field
    if before := _PLACE_BEFORE_DATE.match(line):
        return before[1] if is_date_line(line) else None
    if len(line.split()) <= 3 and after and is_date_line(after[0]) and not is_date_line(line):
        return line
    return None


_PLACE_BEFORE_DATE = re.compile(r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?),? (?=\d{1,2}[/.\-]\d)")


def _dateline_zone(lines: list[str]) -> tzinfo | None:
    """The clock of the place an English story is datelined in, for an outlet kabar does not
    know: one datelined in Indonesia ("Jakarta (ANTARA) -", "JAKARTA, Oct 21 (Reuters) -")
    prints Jakarta's time, one datelined abroad ("KARACHI:", "MUSCAT, APRIL 17 –") the
    city's. (An Indonesian page prints Western Indonesian Time wherever it is datelined: a
    Jakarta outlet's "KUPANG -" story does.)"""
    for n, line in enumerate(lines[:40]):
        if (place := _filed_place(line, lines[n + 1 : n + 2])) and (zone := dateline_zone(place)):
            return zone  # "Palma 30/08/2027 11:52" (Majorca Daily Bulletin), "Málaga" over the day
        found = split_dateline(line) if len(line) > 8 else None
        if not (found and found.place):
            continue
        if region_name(found.place) or place_name(found.place) == "Jakarta":
            return WIB
        region = (
            _REGION_AFTER.match(line, len(found.place)) if line.startswith(found.place) else None
        )
        named = city_zone(region[1]) if region else None  # "Ascension Island", "Tobago"
        if (known := city_zone(found.place)) is not None:
            if named is not None and str(named).split("/")[0] != str(known).split("/")[0]:
                return named  # "GEORGETOWN, Ascension Island —": the island's, not Guyana's
            return known
        if region:
            # "AMHERST, N.S. —": a town the world's list may know by a larger namesake
            # (Amherst, New York); the region the dateline abbreviates ("CROSSVILLE, Tenn."),
            # names ("WAITANGI, Chatham Islands") or the one the story names most is the
            # surer clock
            return region_zone(region[1]) or named or home_zone(lines) or dateline_zone(found.place)
        # "SEREMBAN: A joint-venture …": a dateline read, a town named by a word of Indonesian
        return dateline_zone(found.place) or word_town_zone(found.place)
    return None


# A town's region after it in a dateline: "AMHERST, N.S. —", "ERBIL, Kurdistan Region -"
_REGION_AFTER = re.compile(r",\s*([A-Z][A-Za-z.' ]{1,30}?)\s*[—–-]")


def _without_cookie_banner(lines: list[str]) -> list[str]:
    """The lines without the cookie banner copied at the top of the page: its heading ("We
    care about your privacy"), its notice and its buttons, which stand between the logo and
    the menu that tell the top's lines what they are."""
    for n, line in enumerate(lines[:12]):
        if len(line) <= 40 and _BANNER_HEADING.fullmatch(line):
            # "We value your privacy" over the notice's paragraphs and its buttons ("MORE
            # OPTIONS", "DISAGREE", "AGREE")
            end = next(
                (
                    m
                    for m in range(n + 1, min(n + 8, len(lines)))
                    if _BANNER_BUTTON.fullmatch(lines[m])
                ),
                None,
            )
            if end is not None:
                while end < len(lines) and _BANNER_BUTTON.fullmatch(lines[end]):
                    end += 1
                return lines[:n] + lines[end:]
        # the notice is a sentence ("Feedback   Privacy & Cookies   Terms of use" is a foot)
        if "cookie" in line.casefold() and line.endswith(".") and is_furniture(line):
            start = n - 1 if n and len(lines[n - 1]) <= 40 and is_furniture(lines[n - 1]) else n
            end = n + 1
            while end < min(n + 5, len(lines)) and _BANNER_BUTTON.fullmatch(lines[end]):
                end += 1
            return lines[:start] + lines[end:]
    return lines


def _without_screen_reader_labels(lines: list[str]) -> list[str]:
    """A page copied with its accessibility labels (a screen reader's, or "select all" on a
    page that prints them): its skip links, landmarks and buttons dropped, a link's or the
    logo's label read as its text ("Tautan: Logo Suara Khatulistiwa, kembali ke beranda").
    Readers put the label before the words ("Tombol: Cari") or after them ("Cari, tombol";
    "Oleh Theresia Ina Kaka, tautan"), and name a heading's level ("Judul tingkat 1: …")."""
    kept: list[str] = []
    for line in lines:
        if _SKIP_LINK.match(line) or _LANDMARK.fullmatch(line):
            continue
        if "," in line:
            if _CONTROL_AFTER.search(line):
                continue  # "Buka menu, tombol", "Iklan, bagian"
            line = _HOME_LABEL.sub("", _LINK_AFTER.sub("", line))
        line = _HEADING_LEVEL.sub("", line)
        if (label := _ACCESS_LABEL.match(line)) is None:
            kept.append(line)
        elif label["kind"].casefold() in ("tautan", "link"):
            kept.append(_HOME_LABEL.sub("", line[label.end() :]))
    return kept


# What a screen reader names besides the page's text: skip links ("Lompat ke konten utama",
# "Skip to main content", "Lewati ke konten utama"); the page's landmarks; a control's label
# ("Tombol: Cari", "Button: Subscribe", "Gambar: …" a picture's text, "Tautan: DBD", "Link:
# Health"); the logo's link ("Logo Suara Khatulistiwa, kembali ke beranda", "Westmeath
# Independent home page", "Beranda Nusantara Raya")
_SKIP_LINK, _LANDMARK, _ACCESS_LABEL, _HOME_LABEL = map(
    re.compile,
    (
        r"(?i:lompat\s+ke|langsung\s+ke|lewati\s+ke|skip\s+to|jump\s+to|back\s+to\s+top)\b",
        r"(?i:navigasi(?:\s+utama|\s+remah\s+roti)?|(?:main\s+)?navigation|breadcrumbs?"
        r"(?:\s+navigation)?|footer|header|banner|(?:wilayah|region)\s*:.{0,40}"
        r"|jalur\s+navigasi\s*:.*)",
        r"(?P<kind>(?i:tombol|button|gambar|image|keterangan\s+gambar|tautan|link))\s*:\s*(?=\S)",
        r"^(?i:logo|beranda(?=\s+\S))\s+|,?\s+(?i:kembali\s+ke\s+beranda|back\s+to\s+home"
        r"(?:\s+page)?|home\s+page)$",
    ),
)
# The labels a reader says after the words: a link's ("Cuaca & Bencana, tautan, halaman saat
# ini", "Beranda X, tautan, gambar: Logo X"), a control's or a region's, which are no text
_LINK_AFTER, _CONTROL_AFTER, _HEADING_LEVEL = map(
    re.compile,
    (
        r",\s+(?i:tautan|link)\b(?:,\s+(?i:halaman\s+saat\s+ini|current\s+page|dikunjungi"
        r"|visited))?(?:,\s+(?i:gambar|image)\s*:[^.]*)?",
        r",\s+(?i:tombol|button|landmark|wilayah|region|bagian|kolom\s+edit|edit\s+text"
        r"|text\s+field|kotak\s+centang|checkbox)$",
        r"^(?i:judul\s+tingkat|heading\s+level|heading,\s+level)\s+\d\s*[:,]\s*",
    ),
)


_COPYRIGHT_NAME = re.compile(
    r"(?:copyright\s*(?:©\s*)?|©\s*(?:copyright\s+)?|\(c\))\s*(?:(?:19|20)\d\d\s+)?"
    r"(?P<name>[A-Z][\w&'’. \-]{2,40}?)"
    # "The Seattle Times Company", "The Age Company Ltd", "Premium Times Services Limited",
    # "The Indian Express Pvt Ltd": the paper's company, named for the paper
    r"(?:\s+(?:company|co\.))?(?:\s+(?:services\s+)?(?:(?:pvt\.?|private)\s+)?(?:limited|ltd\.?))?"
    # "© 2033 The Philadelphia Inquirer, LLC"; "© Copyright 2033 Vanuatu Daily Post, PO Box
    # 1292 Port Vila | Terms of Use | …": the paper, its company's form, its address and links
    r"(?:,\s+(?:llc|inc\.?|ltd\.?))?"
    # "© Copyright 2033 The Post and Courier, Evening Post Industries": its owner
    r"(?:,\s+(?:\w[\w&'’.\-]*\s+){1,3}(?:industries|media|group|holdings|enterprises"
    r"|publishing|corporation|newspapers))?"
    r"(?:,?\s+(?:19|20)\d\d)?\.?(?:\s+all\s+rights\s+reserved\.?)?"
    r"(?:,\s+p\.?\s?o\.?\s+box\b.*|\s+\|\s.*)?",
    re.IGNORECASE,
)
_POPULAR_ON = re.compile(
    r"(?i:(?:popular|trending|most\s+(?:read|popular|viewed))\s+(?:on|at|in))\s+"
    r"(?P<name>(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})"
)
# (not "Sign up to The Morning Brief newsletter": a newsletter's own name)
_OWN_PITCH = re.compile(
    r"\b(?:[Dd]igital |[Pp]rint )?[Ss]ubscription to "
    r"(?P<name>The [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})[,.]"
    r"|^Why you can trust (?P<trusted>[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,3})$"
    r"|^[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,3} (?:covers|writes about|reports on) "
    r"[^.]{2,80}? for (?P<covered>The [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3})\."
)
_COMPANY_WORDS = frozenset({"pt", "ltd", "ltd.", "inc", "inc.", "llc", "group", "media", "corp"})
_APPLE_TABS = frozenset({"Today", "News+", "Sports", "Following", "Audio", "Puzzles", "Search"})
# A privacy banner's heading: "We value your privacy", "Kami menghargai privasi Anda"
_BANNER_HEADING = re.compile(
    r"(?i:we\s+(?:value|care\s+about|respect)\s+your\s+privacy|your\s+privacy\s+choices"
    r"|kami\s+menghargai\s+privasi\s+anda|privasi\s+anda)"
)
_BANNER_BUTTON = re.compile(
    r"(?:i\s+)?(?:accept|reject|agree|disagree|more\s+options|manage|show|customi[sz]e|cookie|setuju"
    r"|terima|tolak)\b.{0,25}",
    re.IGNORECASE,
)


def _fresh_page(given: _Page | None) -> _Page:
    """A top to read into: a copy of what the page's metadata or a clip gave, or an empty one."""
    return replace(given) if given is not None else _Page()


def _assemble(lines: list[str], given: _Page | None, *, url: str | None) -> ParsedArticle:
    """The article the lines hold, over what a page's metadata or a clip gave (`given`)."""
    language = detect_language(_language_sample(lines))
    if language == "en":
        lines = month_first(lines)
    lines = with_printed_year(lines)
    lines = _match_report(lines)
    lines = _without_cookie_banner(lines)
    if any(_SKIP_LINK.match(line) for line in lines[:3]):
        lines = _without_screen_reader_labels(lines)
    if len(lines) > 2 and lines[1] == "News+":
        # Apple News's tabs over the story ("Today   News+   Sports   Following"): "Today" is
        # no outlet (Singapore's TODAY)
        lines = lines[next((n for n, x in enumerate(lines) if x not in _APPLE_TABS), 0) :]
    outlet = outlet_zone(lines)
    zone = (
        outlet
        or (language != "id" and (_dateline_zone(lines) or named_place_zone(lines)))
        or (language == "id" and (_local_clock(lines) or _regional_dateline_clock(lines)))
        or _zone(language)
    )
    page = _fresh_page(given)
    i = read_top(lines, page, zone)
    read_from = lines  # the lines the top was read from, for a later clock
    if (
        outlet is None
        and page.source
        and (clock := outlet_zone([page.source])) is not None
        and clock != zone
    ):
        # "RADAR LOMBOK" named under the site's menu, far down: its clock is Lombok's, so
        # the top is read again in that zone (a time printed with its zone keeps it)
        page = _fresh_page(given)
        zone = clock
        i = read_top(lines, page, zone)
    if page.headline and (titled := _site_titled(page.headline, lines)) is not None:
        # a window's, a tab's or a note's title: the page's title and the site's name after
        # it ("… | Balige Terkini", "… - Carriacou Chronicle - Brave")
        page.headline = titled[0]
        if (
            not page.source
            or is_app(page.source)
            # "reMarkable" over "… — mountainscene.co.nz": a name the page never says again
            or not _vouched(page.source, lines, _own_headline_at(lines, titled[0]))
        ):
            page.source = titled[1]
    if page.headline and (top := story_top(lines, page.headline, zone)) is not None:
        # an app's chrome read as the top: the story's own top is read under it, and the
        # outlet named over it kept
        above = page
        page = _fresh_page(given)
        # the story's stamp over its headline ("Detak Rantauprapat / PENDIDIKAN / Kamis,
        # 11/04/2030 - 08:15 WIB" over it) is read with it
        stamped = next(
            (
                n
                for n in range(top - 1, max(-1, top - 4), -1)
                # "Sabtu, 8 Maret 2031 | Tahun XIV No. 3612 | Rp5.000", "Kamis, 13 Maret 2031
                # · Edisi No. 4127 · 16 halaman": a print issue's day in its first cell
                if is_date_line(lines[n]) or is_date_line(_FIRST_CELL.split(lines[n], 1)[0])
            ),
            top,
        )
        if stamped < top and not _date_line_above(lines, stamped):
            # with the outlet's and the section's short lines over the stamp
            start = stamped
            while start > stamped - 2 and start > 0 and len(lines[start - 1].split()) <= 3:
                start -= 1
            read_from = [*lines[start : stamped + 1], *lines[top:]]
            i = top + read_top(read_from, page, zone) - (stamped + 1 - start)
            if page.headline != lines[top]:
                page = _fresh_page(given)
                read_from = [lines[stamped], *lines[top:]]
                i = top + read_top(read_from, page, zone) - 1
        else:
            read_from = lines[top:]
            if page.printed is None and site_today(above):
                # the site's day over its masthead and a ticker ("Tuesday, January 18, 2033"):
                # the day a bare clock under the headline ("Updated 6:14 p.m.") is of
                page.printed, page.printed_above = above.printed, True
            i = top + read_top(read_from, page, zone)
            # the paper's own masthead and section over it ("The Durham Dispatch" / "News >
            # Local Politics" under a feed reader's fields) are read with it, when the chrome
            # named no outlet and they name a paper over the same headline
            start = top
            while start > top - 2 and start > 0 and _masthead_shaped(lines[start - 1]):
                start -= 1
            if start < top and not page.source and not above.source:
                mast = _fresh_page(given)
                at = top + read_top(lines[start:], mast, zone) - (top - start)
                if mast.headline == page.headline and _paper_named(mast.source):
                    page, read_from, i = mast, lines[start:], at
        page.source = page.source or above.source or _app_names(lines[:top])
        if (
            page.published is None
            and page.printed is None
            and page.age is not None
            and above.printed is not None
            and above.printed.hour == above.printed.minute == 0
        ):
            # the site's day bar over its ticker ("Sunday, July 18, 2032"), read with the
            # chrome: the day "4 hours ago" under the headline counts back from (a mail's
            # or an app's own stamp over the page is no such day)
            page.printed = above.printed
    read_source = page.source
    if not page.headline:
        raise ArticleRejected("no_headline")
    if page.source and page.source.isupper() and len(page.source) > 4:
        page.source = _written_name(page.source, lines)
    if (
        i + 1 < len(lines)
        and not page.headline.isupper()  # a print page's headline in capitals over its deck
        and kicked(page.headline, lines[i])
        and split_dateline(lines[i + 1])
    ):
        # A paper's kicker ("Gaji Tiga Bulan Belum Cair") over its headline, which stands
        # over the dateline: the headline is the longer line under it.
        page.headline = lines[i]
        i += 1
    if page.source and page.source.casefold() in _AGGREGATORS:
        page.source = _partner(lines, page.source, page.headline) or page.source
    elif page.menu_source and (channel := _followed(lines, above=page.headline)):
        page.source = channel  # "NPR" over "Follow" under Apple News's "Today   News+   …"
    elif page.source and WEB_ADDRESS.fullmatch(page.source) and lines[0] == page.source:
        # "chicago.suntimes.com" on a viewer's bar over "CHICAGO SUN-TIMES": the paper's name
        page.source = _logo_of(page.source, lines) or page.source
    elif page.source and is_app(page.source):
        # "Signal", "Ground News", "Microsoft Teams" over the page: the app it came through,
        # never the outlet; that is named beside the story, or by the address it lives at
        page.source = (
            _partner(lines, page.source, page.headline)
            or _masthead_over(lines, page.headline)
            or _named_address(lines)
        )
    elif not page.source:
        page.source = _masthead_over(lines, page.headline, strict=True) or (
            # a phone's address bar over the page ("sentanipos.com/olahraga/…"): the paper it
            # spells ("SENTANI POS" beside the menu's icons)
            _named_address(lines[:1]) and _named_address(lines)
        )
    if page.source and FILE_NAME.search(page.source):
        # "pasar-induk-interpelasi.pdf" on a reader's bar, "jun.docx" in a document's title,
        # spelled like an address: a file's name, no outlet
        page.source = None
    headline_at = _own_headline_at(lines, page.headline)  # the page's own headline, under any copy
    channel = _channel(lines, page.headline)
    if clipped := _clipped_from(lines, headline_at):
        page.source = clipped  # whatever system the memo was sent through names itself
    elif (carried := _carried_from(lines, page.headline)) and page.source != carried:
        # "Politik · sumber: Batulicin Pos · 2 jam" over an aggregator's copy: the source it
        # names, whatever the app's own name is said again under the story
        page.source = carried
    elif channel and channel != page.source and _vouched(channel, lines, headline_at):
        # "Samawa Kini ✓ [+ Ikuti]" over the headline, and "Samawakini.com" in the dateline:
        # the channel an aggregator shows, whatever its own disclaimer names
        page.source = channel
    if (
        not (given and given.source and page.source == given.source)
        and (not _vouched(page.source, lines, headline_at))
        and (
            over := _labelled_source(lines, page.headline)
            or _name_over_section(lines, headline_at)
            or _paper_over_headline(lines, headline_at)
            or _named_with_day(lines, headline_at)
            or channel
        )
    ):
        # "Moon+ Reader", "ColorNote" over the page they opened, a name the page never says
        # again: the outlet is the one a line labels as the source, the paper's name over the
        # story's section (and its menu) and headline, the name beside an issue's day, or the
        # channel over its "Follow" button
        page.source = _written_name(over, lines) if over.isupper() else over
    if page.source and (iconed := _ICONED_ADDRESS.fullmatch(page.source)):
        # "suarasungailiat.com ›", "layarseleb.com ⋯" on an app's bar: the paper it spells
        address = iconed[1]
        page.source = _logo_of(address, lines) or _spelled(address, lines) or address
    if (
        outlet is None
        and page.source
        and page.source != read_source
        and (clock := outlet_zone([page.source])) is not None
        and clock != zone
    ):
        # the outlet named only under an app's chrome ("The Tobago Chronicle" under
        # SmartNews's bar): its clock, not the dateline's namesake's ("SCARBOROUGH")
        timed = _fresh_page(given)
        read_top(read_from, timed, clock)
        page.published, page.printed, page.age = timed.published, timed.printed, timed.age
        zone = clock
    standfirst = None
    if (
        i + 1 < len(lines)
        and (kicker := _KICKER.fullmatch(lines[i]))
        and not known_place(kicker[1])
    ):
        i += 1  # "RIGHTS:" over the standfirst (Taipei Times): a kicker, not the story
    if (points := read_below_standfirst(lines, i, page, zone)) and not _CAPS_LABEL.match(lines[i]):
        # the byline and date it pushed down say it is no story; "- Government is studying …"
        # (Bloomberg's points) loses its bullet
        standfirst = lines[i].lstrip("-•·* ")
        i += points
    at, lead = standfirst_over_picture(lines, i, zone) if language == "en" else (i, 0)
    if lead:
        standfirst = standfirst or lines[at]
        lines = lines[:at] + lines[at + lead :]  # the byline and date above it stay the top's
    if i and is_credit(lines[i - 1]):
        i -= 1  # "Image: Getty Images" read with the top: the caption under it is no story (BBC)
    elif (
        i + 2 < len(lines)
        and is_credit(lines[i + 1])
        # a credit only a picture has ("Courtesy of …", "… file photo", "Photo: …"); an
        # outlet's "KOMPAS.com/IRFAN KAMIL" may stand under the story's first paragraph
        and (_PICTURE_CREDIT.search(lines[i + 1]) is not None or photographers_credit(lines[i + 1]))
        and not is_credit(lines[i])
        and len(lines[i]) <= 300
        and split_dateline(lines[i]) is None
    ):
        # the lead picture's caption over its credit ("… on Wednesday and Thursday nights." /
        # "Courtesy of Lowell Observatory"), then the story
        i += 2
    body, tail_author, last = _body(
        lines[i:],
        page.headline,
        english=language == "en",
        writer=page.author,
        # a chat's post that pasted the page: the posts under it are replies
        posted=any(len(line) <= 60 and _POSTER_STAMP.fullmatch(line) for line in lines[:i]),
    )
    page.author = _foot_contributor(lines[i:]) or page.author or tail_author
    if len(body) > 2 and page.source and body[0][-1:] == ")" and _own_picture(body[0], page.source):
        del body[0]  # "… photographed in October. (Frontier)": the outlet's own picture
    elif len(body) > 2 and _caption_over_lede(body[0], body[1]):
        del body[0]
    if not body:
        raise ArticleRejected("no_body")
    for index, paragraph in enumerate(body):
        if "ANTARA FOTO" in paragraph[-80:] and (credit := _PHOTO_CREDIT.search(paragraph)):
            # a photo story's caption, the story itself, keeps its words, not their credit
            body[index] = paragraph[: credit.start()]
    if page.author is None and (signed := closing_writer(body[-1])):
        page.author, body[-1] = signed  # "… pada anak. (Yosefina Kambu Wanimbo)"
    if len(body) > 1:
        body[-1] = without_closing_promo(body[-1])
        if not body[-1]:
            del body[-1]  # "Ingin baca update …? Yuk baca di KapanLagi.com.": an invitation alone
    if len(body) > 1 and _trailing_headline(body[-1], body[-2]):
        # "Budget 2031: What the numbers don't tell us" under the last sentence: another
        # story's headline, a link the page put under this one
        del body[-1]
    dateline = lede = None
    opening = body[:3]
    for index, paragraph in enumerate(body[:4]):
        if index == 3 and any(len(p.split()) > 30 for p in body[:3]):
            break  # a fourth paragraph's dateline only under three short points (TODAY)
        found = split_dateline(paragraph)
        if found and found.place and found.place.casefold() == (page.source or "").casefold():
            found = replace(found, place=None, outlet=found.place)  # "UNAIR NEWS – Tim …"
        if (
            found
            and index == 0
            and found.outlet is None
            and not known_place(found.place or "")
            and any((later := split_dateline(p)) and later.outlet for p in body[1:3])
        ):
            continue  # "FOGGING - Petugas …" (Tribun's caption label) over "TRIBUNMANADO.CO.ID,
            # AIRMADIDI - …": the dateline that names its outlet is the story's
        # Below the first paragraph only an unmistakable dateline counts ("MOSKOW, X.COM -"):
        # "Pertikaian Vujovic - Ismed ..." there is a sentence about a match, not a dateline.
        if (
            found
            and (
                index == 0
                or found.outlet
                or (found.place or "").isupper()
                # "Sleman – …" under a one-sentence caption the page gave no credit, and
                # "Nuku'alofa, Tonga — …", a city and its country
                or (
                    (
                        # "Mysore/Mysuru:", a town and its other name
                        any(
                            known_place(part) or town_zone(part)
                            for part in (found.place or "").split("/")
                        )
                        or paragraph.startswith(f"{found.place}, ")
                    )
                    and all(len(p.split()) <= 30 for p in body[:index])
                )
            )
        ):
            dateline = found.place
            if dateline and page.source and _squashed(dateline) == _squashed(page.source):
                dateline = None  # "PRFMNEWS - Gempa …" under "PRFM News": the outlet's name
            page.source = _paper_over_address(page.source, found.outlet, lines)
            body[index] = found.rest
            if is_furniture(found.rest) and len(body) > index + 1:
                # "PEKANBARU - Redaksi RiauOnline menerima siaran pers …": the outlet's word
                # over the release, which opens below it on a dateline of its own
                del body[index]
                if (again := split_dateline(body[index])) and again.place:
                    body[index] = again.rest
            if index > 0:
                # The story starts at its dateline; what came before is the standfirst, or
                # Tribun's caption under a label in capitals ("GEDUNG KEJAGUNG - Suasana …").
                # A caption signed "[gat/bhirawa]", its photographer and paper, is no standfirst.
                lede = (
                    None
                    if _CAPS_LABEL.match(body[0]) or _BRACKETED_CREDIT.search(body[0])
                    else body[0]
                )
                del body[:index]
            break
    if dateline is None and page.author and language == "en":
        # "By Nikhil Varma, New Delhi" over an undatelined story: the place it was filed from
        dateline = _byline_place(lines[: i + 10], page.author)
    if (
        page.author
        and page.source
        and page.author.casefold() == page.source.casefold()
        and not _vouched(page.source, lines[i:], 0)
        and 2 <= len(page.author.split()) <= 4
        and (address := _named_address(lines)) is not None
    ):
        # "OMAR ATHMAN" under a reader view's headline, then "By OMAR ATHMAN": the writer,
        # read as the outlet too; the outlet is the address over the headline
        page.source = address
    elif page.author and page.source and _names_outlet(page.author, page.source):
        # "By FRONTIER" on Frontier Myanmar: the outlet, no writer; the one the story's foot
        # names, if any ("(Reporter: Ikhsan Lamajido/Editor: …)" under LINE TODAY's copy)
        page.author = (
            tail_author if tail_author and not _names_outlet(tail_author, page.source) else None
        )
    if (
        dateline is None
        and page.source
        and (initials := _PLACE_INITIALS.match(body[0]))
        and abbreviates(initials["initials"], page.source.split())
    ):
        # "Waibakul, VN – Dinas Kesehatan …" (Victory News): the town and the paper's initials
        dateline, body[0] = initials["place"], body[0][initials.end() :]
    if dateline is None and ", " in body[0][:40]:
        # "Lampung Geh, Lampung Tengah - Harga …" (kumparan's media partner): a name the top
        # printed alone on its line, then the town; that name is the outlet, never the writer
        partner, _, rest = body[0].partition(", ")
        if (
            partner in lines[:i]
            and partner != page.headline
            and (found := split_dateline(rest)) is not None
            and found.place
            and not found.outlet
        ):
            dateline, body[0] = found.place, found.rest
            if page.author == partner:
                page.author = None
    if (
        dateline is None
        and page.source
        and (cited := _PLACE_THEN_NAME.match(body[0]))
        and _squashed(cited["name"]) == _squashed(page.source)
    ):
        # "Jakarta, Tekno Jagat – …" under "TEKNO JAGAT": the city, then the page's own outlet,
        # whose name kabar does not know
        dateline, body[0] = cited["place"], body[0][cited.end() :]
    if dateline is None and page.source:
        # "Enab Baladi – Aleppo" on a line of its own over the story: the outlet and the town
        for line in lines[i : i + 3]:
            alone = _OUTLET_THEN_PLACE.fullmatch(line)
            if alone and alone[1].casefold() == page.source.casefold():
                dateline = alone[2]
                break
    if dateline is None and (named := _SOURCE_DASH.match(body[0])):
        own = named[1].casefold()
        if (page.source and own == page.source.casefold()) or _SPONSORED_LABEL.fullmatch(named[1]):
            # "UNAIR NEWS – Tim peneliti …": the outlet's name; Tempo's "INFO BISNIS – …": whose
            # page it is; neither is a place
            body[0] = body[0][named.end() :]
        elif page.source is None and " " not in own and own == lines[0].strip().casefold():
            # "cermat" over its tagline, then "CERMAT – Lonjakan …": a lower-case logo is a word
            # until the story opens on it
            logo = lines[0].strip()
            page.source = logo.title() if logo.islower() else logo
            body[0] = body[0][named.end() :]
    dateline = dateline or page.filed_in
    lede = lede or standfirst
    if lede is None:
        first = split_sentences(body[0], language)
        lede = first[0] if first else body[0]
    page.published = settle_published(page)
    if (
        page.published is None
        or page.published.hour == page.published.minute == 0
        or (page.printed_updated and page.printed == page.published)
    ):
        # A bare day (a site's date bar, less "2 jam lalu") gives way to the stamp under the
        # story (Harian Jogja: "Dipublikasikan: Jumat, 07 November 2025 - 22:28 WIB") when
        # that falls within a day of it; so does a stamp the top gave only as "Updated …"
        # (McClatchy: "This story was originally published …" under the story).
        foot = foot_date(lines[i + last + 1 :], zone)
        if foot is not None and (
            page.published is None or abs(foot - page.published) <= timedelta(days=1)
        ):
            page.published = foot
    if page.published is None and (
        pushed := next(
            (
                x
                for n, x in enumerate(lines[i : i + 8], start=i)
                if len(x) <= 60 and is_date_line(x) and _under_byline(lines[n - 1])
            ),
            None,
        )
    ):
        # "Sabtu, 11 September 2027 - 17.34 WIB" under the byline, both under the first
        # paragraph (Kupas Tuntas): the page's date, pushed down (a chronology's day inside
        # the story has no byline over it)
        page.published = parse_date(pushed, default_zone=zone)
    if page.published is None and (wire := next(filter(None, map(_WIRE_DAY.match, opening)), None)):
        # "KUALA LUMPUR, Nov 24 (Bernama) --" on a page that prints no date of its own (MSN's
        # "2d"): the agency's day, in the year of the page's copyright notice
        year = printed_year(lines)
        page.published = parse_date(f"{wire[1]}, {year}", default_zone=zone) if year else None
    if page.published is None and (
        day := next(filter(None, map(_DATED_LINE.match, opening)), None)
    ):
        # "Asmara, 21 October 2027- The Orotta College …" (Shabait): the dateline's day
        page.published = parse_date(day[1], default_zone=zone)
    if page.source is None:
        # "Source: Al Jazeera and news agencies" under an outlet's story that never names it
        # above: the outlet that wrote it.
        page.source = next(
            (
                credit["outlet"]
                for line in lines[i + last + 1 : i + last + 15]
                if (credit := _FOOT_SOURCE.fullmatch(line)) and is_outlet(credit["outlet"])
            ),
            None,
        )
    if page.source is None:
        # "By Noelle Fairbanks | nfairbanks@denverpost.com | The Denver Post" under the
        # standfirst: the byline's cell names the paper
        page.source = next(
            (
                byline.outlet
                for line in lines[max(0, i - 3) : i + 8]
                if " | " in line
                and len(line) <= 110
                and (byline := read_byline(line))
                and byline.outlet
            ),
            None,
        )
    if page.source is None:
        # "© Andaman Sheekha 2029. All Rights Reserved." at the foot of a page copied from its
        # headline down: the outlet's own notice
        page.source = next(
            (
                notice["name"]
                for line in lines[-8:]
                if line[:1] in "©(C"
                and (notice := _COPYRIGHT_NAME.fullmatch(line))
                and not _COMPANY_WORDS.intersection(notice["name"].casefold().split())
            ),
            None,
        )
    if page.source is None:
        # "Popular on Variety", "Most Read on The Scotsman": a box of the site's own stories
        page.source = next(
            (box["name"] for line in lines[i:] if (box := _POPULAR_ON.fullmatch(line))), None
        ) or next(
            # "Did you know with a Digital Subscription to The Scotsman, …": its own pitch;
            # "Why you can trust CTV News"; the writer's note, "… covers technology and energy
            # for The Dallas Morning News."
            (
                pitch["name"] or pitch["trusted"] or pitch["covered"]
                for line in lines
                if "ubscription to The " in line or "can trust " in line or " for The " in line
                if (pitch := _OWN_PITCH.search(line))
            ),
            None,
        )
    if page.source and page.source.casefold() in _PLATFORMS:
        _credit_repost(page, lines)
    if page.source is None and url:
        page.source = urlsplit(url).hostname
        if page.source and page.source.startswith("www."):
            page.source = page.source[4:]
    if page.author is None and page.source:
        # "Alexandru Petrescu, IPN" under the last paragraph: the writer and the outlet
        # or the name alone right under it, when the byline named only the outlet
        page.author = next(
            filter(
                None,
                (
                    outlet_signed_writer(x, page.source, alone=n == 0)
                    for n, x in enumerate(lines[i + last + 1 :][:3])
                ),
            ),
            None,
        )
    return ParsedArticle(
        headline=page.headline,
        body=tuple(body),
        language=language,
        published=page.published,
        source=_without_own_acronym(page.source),
        author=page.author,
        dateline=dateline,
        lede=lede,
        url=url,
    )


# Platforms where a writer reposts what an outlet ran first, saying so in a note.
_PLATFORMS = frozenset({"medium", "substack", "linkedin", "facebook", "tumblr", "blogger"})
_REPOSTED = re.compile(
    r"(?i:this\s+(?:piece|story|article)\s+(?:first\s+)?(?:appeared|was\s+(?:first\s+|originally\s+)?"
    r"published)|originally\s+published)\s+(?i:in|on|by)\s+"
    r"(?P<outlet>[A-Z][\w&'’\-]*(?:\.\w+)*(?:\s+[A-Z][\w&'’\-]*(?:\.\w+)*){0,4})"
    r"(?:\s+on\s+(?P<day>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}))?"
)


def _credit_repost(page: _Page, lines: list[str]) -> None:
    """A story reposted on a platform is the outlet's that ran it first, on the day it did:
    "This piece first appeared in Khaosod English.", "Originally published in Khaosod English
    on December 2, 2025." (Medium)."""
    notes = [
        note
        for line in lines
        if ("ublished" in line or "appeared" in line) and (note := _REPOSTED.search(line))
    ]
    if not notes:
        return
    page.source = notes[0]["outlet"]
    zone = (page.published.tzinfo if page.published else None) or UTC
    day = next((parse_date(n["day"], default_zone=zone) for n in notes if n["day"]), None)
    if day is not None and (page.published is None or day < page.published):
        page.published = day


def _paper_over_address(source: str | None, outlet: str | None, lines: list[str]) -> str | None:
    """The source, or the paper the dateline names when the source is only a network's web
    address that paper lives at: "belitung.tribunnews.com" over "POSBELITUNG.CO, MANGGAR -"
    is Pos Belitung. The paper is spelt as the page spells it in mixed case, where it does."""
    if not outlet:
        return source
    if not source or source.casefold() in _AGGREGATORS or is_app(source):
        return outlet  # "Jakarta, FinansialKita —" in MSN's copy: the outlet whose story it is
    if outlet.casefold().startswith(f"{source.casefold()} ") and any(
        line.casefold() == outlet.casefold() for line in lines[:3]
    ):
        # "SUARA KAYONG" on the logo, "SUKADANA, Suara Kayong –": the paper's whole name, not
        # the network's ("Suara") it starts with
        return outlet
    if (
        "." in source
        and " " not in source
        and outlet.casefold() not in source.casefold()  # "VIVA.co.id" over "Jakarta, VIVA –"
        and any(
            source.casefold() in line.casefold() and outlet.casefold() in line.casefold()
            for line in lines[:3]
        )
    ):
        return outlet  # "JawaPos.com | RADAR MADIUN" over "PACITAN, Radar Madiun –": the paper
    folded = outlet.casefold()
    if (
        "." in outlet
        and " " not in outlet
        and " " not in source
        and "." not in source
        and not is_outlet(source)
    ) or (
        source.endswith((" Network", " Group"))
        and any(line.casefold() == folded for line in lines[:6])
    ):
        # "Telko" (a section) over "Selular.ID – Kementerian …": the site its dateline
        # names; "Tribun Network" over "serambinews.com": the network's paper
        return as_spelt(outlet, lines)
    labels = source.split(".")
    if len(labels) < 3 or " " in source or not source.islower():
        return source  # a name ("Tribun Sumsel"), or an address with no section ("kompas.com")
    squashed = _squashed(outlet.rsplit(".", 1)[0])
    if not any(len(label) >= 4 and label in squashed for label in labels[:2]):
        return source  # "bali.antaranews.com" over "Denpasar (ANTARA) -": the agency's wire
    return as_spelt(outlet, lines)


# Apps that keep pages to read later, and print their name over each.
# Sites that show other outlets' stories under their own name at the top of the page.
_AGGREGATORS = frozenset(
    {
        "msn",
        "microsoft start",
        "line today",
        "yahoo",
        "yahoo news",
        "flipboard",
        "kurio",
        "babe",
        "babe - baca berita",
        "opera news",
        "google news",
    }
)
# "© Disediakan oleh Hipwee", "© Provided by Bernama": the outlet whose story MSN shows
_PROVIDED_BY = re.compile(r"©?\s*(?:Disediakan oleh|Provided by)\s+(.{2,40})")
_FOLLOW = frozenset({"follow", "ikuti"})


def _partner(lines: list[str], aggregator: str, headline: str) -> str | None:
    """The outlet an aggregator shows the story of: named by its credit, by the item's line
    of name and day ("SWA • 21 Nov 2025, 10:15"), by the name over its "Follow" button at
    the top of the page, where the aggregator prints its name beside the headline, or by the
    line that spells the address the page shows ("waterford-news.ie": "Waterford News &
    Star")."""
    for line in lines:
        if (credit := _PROVIDED_BY.fullmatch(line)) is not None:
            return credit[1].strip()
    for line in lines[:20]:
        if (" • " in line or " · " in line) and (item := SOURCE_AND_DAY.fullmatch(line)):
            return item["name"]  # Kurio's "SWA • 21 Nov 2025, 10:15"
    for line in lines:
        if (more := MORE_FROM.fullmatch(line)) is not None:
            return more[1]  # "Lihat lebih banyak dari Harian Disway" under MSN's copy
    if followed := _followed(lines):
        return followed
    at = lines.index(headline) if headline in lines[:20] else -1
    for n in range(max(0, at - 6), max(0, at - 1)):
        name, stamp = lines[n], lines[n + 1].split(" · ", 1)[0]
        if (
            len(name.split()) <= 5
            and not is_date_line(name)
            and not is_section(name)
            and name[:1].isalpha()
            and is_date_line(stamp)
            and not read_byline(name)  # MSN's "Cerita oleh …" over its day: the writer
        ):
            return name  # Kurio's "Asumsi" over "11 Nov 2025, 17.40 · 4 menit baca"
    beside = _PARTNER_BESIDE.get(aggregator.casefold())
    if at > 0 and beside is not None and 0 <= at + beside < len(lines) - 1:
        name = lines[at + beside]
        if (
            len(name.split()) <= 5
            and not is_date_line(name)
            and not is_section(name)
            and (beside < 0 or is_date_line(lines[at + beside + 1]))
        ):
            return name
    address = next((line for line in lines[:10] if WEB_ADDRESS.fullmatch(line)), None)
    return _logo_of(address, lines) if address else None


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def _paper_named(name: str | None) -> bool:
    """Whether a name is an outlet kabar knows or named as papers are ("… Dispatch")."""
    if not name:
        return False
    # "Honolulu Star-Advertiser", "Pittsburgh Post-Gazette": the masthead's word after a hyphen;
    # "Graphic Online", "Harian Jogja Online": a paper's site
    last = name.rsplit(" ", 1)[-1].rsplit("-", 1)[-1].casefold()
    first = name.split(" ", 1)[0].casefold()
    return (
        is_outlet(name)
        or last in MASTHEAD_WORDS
        or (last == "online" and " " in name and first not in COMMON and first not in ROOT_WORDS)
    )


def _masthead_shaped(line: str) -> bool:
    """A short line a paper's top holds over its headline, its name or its section's path
    ("The Durham Dispatch", "News > Local Politics"): up to five words, no field's label
    ("Flags: N") and no sentence's stop."""
    return len(line.split()) <= 5 and ":" not in line and line[-1:] not in ".!?"


def _masthead_over(lines: list[str], headline: str, *, strict: bool = False) -> str | None:
    """A paper's name on a line of its own over the headline, under an app's bar: "The
    Tobago Chronicle", "Ascension Island Gazette [Mon, 08 Apr 2030]". Strict, when no app
    was read: the name stands over the section or the stamp, or carries its day or its
    bullet (not "Musk Buys The Washington Post", another story's headline over this one)."""
    at = next((n for n, line in enumerate(lines[:60]) if line == headline), 0)
    for n in range(at - 1, max(-1, at - 13), -1):
        name = lines[n].split(" [", 1)[0].split(" · ", 1)[0].strip()
        words = name.split()
        if (
            2 <= len(words) <= 6
            and all(word[:1].isupper() for word in words)
            and words[-1].casefold() in MASTHEAD_WORDS
            and not (strict and n == at - 1 and name == lines[n])
            # "More News", "Top News", "World News": a menu's items, no paper
            and not _menu_news(name)
        ):
            return name
    return None


def _menu_news(name: str) -> bool:
    """A menu's item of news: "More News", "Top News", "World News" (not "Daily Nation")."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1].casefold() in ("news", "headlines", "stories")
        and all(word.casefold() in _MENU_NEWS for word in words[:-1])
    )


_MENU_NEWS = frozenset(
    {"more", "top", "latest", "breaking", "world", "local", "national", "business", "sports"}
    | {"sport", "other", "related", "all", "trending", "popular", "fake", "good", "daily"}
)


def _as_written(logo: str, lines: list[str]) -> str:
    """An outlet's name in capitals as the page writes it in mixed case: "ASUMSI" on the
    menu's logo, "Asumsi" on the app's banner, "SUKADANA, Suara Kayong –" in the dateline,
    "Suara Malamoi © 2030" in the foot."""
    name = re.compile(rf"\b{re.escape(logo)}\b", re.IGNORECASE)
    written = (hit[0] for line in lines if (hit := name.search(line)))
    return next((x for x in written if not x.isupper() and not x.islower()), logo)


def _trailing_headline(line: str, before: str) -> bool:
    """A headline's shape under a story's last sentence: four to fourteen words, no full
    stop, no list's mark or number, not a list's lead-in."""
    words = line.split()
    return (
        4 <= len(words) <= 14
        and line[-1] not in ".!?\"”'’):;,…*"
        and before.rstrip()[-1:] in (".", "!", "?", '"', "”")
        and line[:1].isalpha()
        and line[:1].isupper()
        and not any(char.isdigit() for char in line[:3])
        and _LIST_ITEM.match(line) is None
        and not _LIFE_DATES.fullmatch(line)  # an obituary's closing dates are the story's
    )


# A list's item: "A. 1, 2, dan 5", "3. Taurus", "* 01:45 WIB …"
_LIST_ITEM = re.compile(r"(?:[A-Za-z\d]{1,2}[.)]\s|[*•·\-–]\s)")


def _vouched(source: str | None, lines: list[str], at: int) -> bool:
    """Whether a source read at the top is sure: an outlet kabar knows, a paper's name ("…
    Times"), or a name the page says again under the headline (its dateline, its notice) or
    spells in an address. A chat's window ("Chat History" twice over the pasted page) is
    named only over it. `at` is the line of the page's own headline (_own_headline_at)."""
    if not source:
        return False
    if _paper_named(source):
        return True
    # not an app's mark under the page it shared ("Dibagikan dari Catatan · realme")
    below = [line for line in lines[at + 1 :] if not _SHARED_FROM.match(line)]
    # as a name is written, in its case or in capitals: not "Ringkasan" for "Ringkas", nor
    # the word "catatan" for a notes app's "Catatan"
    spellings = "|".join(map(re.escape, {source, source.upper()}))
    said = re.compile(rf"\b(?:{spellings})\b")
    if any(said.search(line) for line in below):
        return True
    # "Suara Sungailiat" over "SUNGAILIAT, suarasungailiat.com –": its address spells it
    squashed = _squashed(source)
    return len(squashed) >= 4 and any(
        squashed in _squashed(line) for line in (*lines[:at], *below) if WEB_ADDRESS.search(line)
    )  # (the address only: "The Remarkables" says nothing of reMarkable)


_SHARED_FROM = re.compile(
    r"[\W_]*(?:(?:dibagikan|dikirim|disimpan|dipindai|dibuat|diekspor|dikonversi)\s+"
    r"(?:dari|melalui|via|dengan|oleh)\s"
    # ("— Converted by Read on reMarkable —")
    r"|(?:shared|sent|saved|scanned|made|created|exported|converted)\s+(?:from|via|with|by)\s)",
    re.IGNORECASE,
)


def _labelled_source(lines: list[str], headline: str) -> str | None:
    """The outlet a line over the headline labels as the story's source: "Sumber: Semesta
    Sains (semestasains.id) – rubrik Biologi", "Artikel asli · Suara Sebatik · Ikuti"."""
    for line in lines[:60]:
        if line == headline:
            break
        if (label := _SOURCE_LABEL.fullmatch(line)) and not is_app(label["name"]):
            if not _SHARED_FROM.match(label["name"]):
                return label["name"]
            # "Sumber: dibagikan dari browser  ·  spion.id" (a read-aloud app): the address
            if address := WEB_ADDRESS.search(line):
                return address[0]
    return None


def _carried_from(lines: list[str], headline: str) -> str | None:
    """The outlet an aggregator's row over the headline labels as the story's source, in a
    cell of its own: "Politik · sumber: Batulicin Pos · 2 jam"."""
    for line in lines[:60]:
        if line == headline:
            break
        if " · " in line:
            for cell in line.split(" · ")[1:]:
                if (label := _SOURCE_LABEL.fullmatch(cell)) and not FILE_NAME.search(label["name"]):
                    return label["name"]
    return None


def _clipped_from(lines: list[str], at: int) -> str | None:
    """The outlet a clipping list's item names over the story it holds, a line or two over
    its headline: "[1] Tondano Ekspres — tondanoekspres.id" (an office memo's clippings)."""
    return next(
        (
            item["name"]
            for line in lines[max(0, at - 3) : at]
            if (item := _CLIPPING_ITEM.fullmatch(line))
        ),
        None,
    )


# A clipping list's item over the story it holds: "[1] Tondano Ekspres — tondanoekspres.id"
_CLIPPING_ITEM = re.compile(
    r"\[\d{1,2}\]\s+(?P<name>[^\W\d_][^—–|\[\]]{1,40}?)\s+[—–|-]\s+"
    r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?"
)


_SOURCE_LABEL = re.compile(
    r"(?i:sumber|source|artikel\s+asli|berita\s+asli|original\s+(?:article|story))\s*[:·]\s*"
    # "Source: CNA/ct(ac)": the outlet, then its editors' initials
    r"(?P<name>[^\W\d_][^·()|:/]{1,40}?)\s*(?:[(·|–—/-].*)?"
)


def _channel(lines: list[str], headline: str) -> str | None:
    """The channel over a "Follow" button above the headline, if a name: not a menu's
    "Video" over its "Ikuti"."""
    name = _followed(lines, above=headline)
    return name if name and not is_section(name) and not is_app(name) else None


# The words between the capitalised words of an outlet's name: "Mail & Guardian"
_NAME_JOINS = frozenset({"&", "of", "and", "dan", "di", "on"})


def _own_headline_at(lines: list[str], headline: str) -> int:
    """Where the page's own headline is: the last of the top's lines that is it (a note's
    or an app's title may repeat it above), or 0."""
    return max((n for n, line in enumerate(lines[:60]) if line == headline), default=0)


def _name_over_section(lines: list[str], at: int) -> str | None:
    """The outlet's name on a line of its own over the story's section and headline
    ("Warta Belitong" / "LINGKUNGAN" / the headline): a name of words in capitals, or a site's
    address; not a menu's item, a place or a writer."""
    if at < 2:
        return None
    name, section = lines[at - 2], lines[at - 1]
    if is_furniture(name):
        return None  # "Subscribe", the bar's button beside the logo, over the section
    if not (
        (is_section(section) and _name_shaped(name))
        # one word is a name when the page says it again under the story ("Teknoloka" over
        # its rubric "Regulasi", and in the picture's credit "(Teknoloka/Shutterstock)")
        or (
            len(section.split()) <= 3
            and section.replace(" ", "").replace("&", "").isalpha()
            and section[0].isupper()
            and _one_word_name(name)
            and _vouched(name, lines, at)
        )
    ):
        return None
    menu = at > 2 and _menu_item(lines[at - 3])
    return None if menu else name  # "Syariah" / "Data Pasar" / "Market": a menu's


def _paper_over_headline(lines: list[str], at: int) -> str | None:
    """The nearest name over the headline, past its section and the site's menu, that is a
    paper's ("KALIANDA POS", "Haida Gwaii Signal" said again under the story) or a site's
    address the story's dateline names ("MesinKita.com")."""
    # not right over the headline: "Musk Buys The Washington Post" is another story's
    for n in range(at - 2, max(-1, at - 12), -1):
        name = lines[n]
        if (
            n
            and _menu_item(lines[n - 1])
            and (_menu_item(lines[n + 1]) or is_furniture(lines[n + 1]))
        ):
            # "Home" / "NZ News" / "World": a menu's items, a line each; "Simulasi Kredit" over
            # the account's "Masuk / Daftar" (OTO.com), its last
            continue
        if _menu_news(name):
            continue  # "Top News", "Breaking News": a menu's, whatever stands around them
        if _name_shaped(name) and (
            name.rsplit(" ", 1)[-1].casefold() in _PAPERS_LAST_WORDS
            # "SUARA LAMAHOLOT", "HARIAN KALTIM": an Indonesian paper's first word
            # in capitals, as a logo prints it (not a tagline under it: "Harian Pagi Terbesar
            # di NTB", "Berita Probolinggo Timur")
            or (
                len(name.split()) <= 3
                and name.isupper()
                and name.split(" ", 1)[0].casefold() in _PAPERS_FIRST_WORDS
            )
            # a name said again under the story, but no poster over their post's age
            # ("Yance Sondegau" over "Kontributor … · 5 j · 🌐", and again in the comments)
            or (_vouched(name, lines, at) and not _POST_AGE.search(lines[n + 1]))
        ):
            return name
    return None


# The last word of a paper's name, in both languages: "Kalianda Pos", "Haida Gwaii Signal"
# is said again instead
_PAPERS_LAST_WORDS = PAPER_WORDS | MASTHEAD_WORDS
# The first word of a paper's name in capitals ("SUARA LAMAHOLOT"): the dateline's list,
# and "POS" ("POS KUPANG")
_PAPERS_FIRST_WORDS = PAPER_FIRST_WORDS | {"pos"}


def _menu_item(line: str) -> bool:
    """A menu's item split to a line of its own: one or two words of letters."""
    return len(line.split()) <= 2 and line.replace(" ", "").isalpha()


# A social post's age under its poster's name: "· 5 j ·", "2h ·", "· 3 hrs"
_POST_AGE = re.compile(r"(?:·\s*|^)\d{1,2}\s?(?:j|jam|h|hr|hrs|m|mnt|min|d|hari)\b(?:\s*·|$)")


def _named_with_day(lines: list[str], at: int) -> str | None:
    """A paper's name beside its day over the headline, as an e-paper's viewer shows its
    issue: "The Northern Lanka Herald  ·  February 25, 2031"."""
    for line in lines[max(0, at - 12) : at]:
        if (
            (" · " in line or " • " in line)
            and (item := SOURCE_AND_DAY.fullmatch(line))
            and _name_shaped(item["name"])
        ):
            return item["name"]
    return None


def _one_word_name(name: str) -> bool:
    """Whether a line is one word that could be an outlet's name ("Teknoloka"): a capital,
    letters, no word of the language's, no section, place or app."""
    return (
        len(name) >= 4
        and name.isalpha()
        and name[0].isupper()
        and name.casefold() not in ROOT_WORDS
        and name.casefold() not in COMMON
        and not (is_section(name) or known_place(name) or is_app(name))
    )


def _name_shaped(name: str) -> bool:
    """Whether a line could be an outlet's name: two to five words in capitals, or a site's
    address alone; not a menu's row, a section, a date, a byline, a place or an app."""
    words = name.split()
    if not (
        (2 <= len(words) <= 5 and all(word[:1].isupper() or word in _NAME_JOINS for word in words))
        or (len(words) == 1 and WEB_ADDRESS.fullmatch(name.casefold()))  # "BaganToday.id"
    ):
        return False
    return not (
        any(mark in name for mark in "»›>|/:")  # "Editor: Iwan Sutiawan": a label
        or is_section(name)
        or is_date_line(name)
        or read_byline(name)
        or known_place(name)
        or is_app(name)
    )


def _named_address(lines: list[str]) -> str | None:
    """The outlet the page's own address names, as the page spells it ("Lensa Waingapu" for
    "lensawaingapu.com/hukum/…"), or the address: the first one that is not an app's."""
    for line in lines:
        if "." not in line:
            continue
        for found in _ADDRESS_IN_TEXT.finditer(line):
            host = found[0].casefold().removeprefix("www.")
            if is_app(host) or is_app(host.rsplit(".", 1)[0].replace(".", " ")):
                continue
            if FILE_NAME.match(host, host.rfind(".")):
                continue  # "vonis arisan online.txt - Notepad": a file's name, no address
            return _spelled(host, lines) or host
    return None


# A site's address with an app's icons after it, on the app's bar
_ICONED_ADDRESS = re.compile(rf"({WEB_ADDRESS.pattern})(?:\s+[^\w\s]+)+")
# A site's address in running text, in any case ("Golarena.id"), not inside another word
_ADDRESS_IN_TEXT = re.compile(rf"(?<![\w.\-@])(?i:{WEB_ADDRESS.pattern})")


def _spelled(host: str, lines: list[str]) -> str | None:
    """A name in the text whose letters are the address's first label, in mixed case or
    capitals ("Lensa Waingapu", "LENSA WAINGAPU" for lensawaingapu.com)."""
    label = host.split(".")[0].replace("-", "")
    if len(label) < 4:
        return None
    spelled = re.compile(r"\b" + r"[ .\-]?".join(map(re.escape, label)) + r"\b", re.IGNORECASE)
    names = [hit[0] for line in lines if (hit := spelled.search(line)) and hit[0] != hit[0].lower()]
    return next((name for name in names if not name.isupper()), names[0] if names else None)


def _logo_of(address: str, lines: list[str]) -> str | None:
    """The line near the top that spells a site's address as a name: "Waterford News & Star"
    for "waterford-news.ie", "CHICAGO SUN-TIMES" for "chicago.suntimes.com"."""
    squashed = _squashed(address.casefold().removeprefix("www.").rsplit(".", 1)[0])
    for line in lines[:20]:
        if "." not in line and len(line.split()) <= 5:
            spelled = _squashed(line)
            # the whole name, or the address and a paper's word ("Waterford News & Star";
            # not "INILAH TV", a channel of inilah.com)
            if spelled == squashed or (
                spelled.startswith(squashed) and spelled[len(squashed) :] in _LOGO_WORDS
            ):
                return line
    return None


_ADDRESS_RUN_IN = re.compile(rf"\s+(?:https?://)?{WEB_ADDRESS.pattern}(?:[/\s·].*)?$")


def _written_name(name: str, lines: list[str]) -> str:
    """An outlet's name in capitals as the page writes it elsewhere, without the initials a
    logo opens with: "PBE PANGKALAN BUN EKSPRES", "DH DECCAN HERALD"."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if len(words) >= 2 and first == "".join(word[0] for word in words).upper():
        name = rest
    return _as_written(name, lines)


def _site_titled(headline: str, lines: list[str]) -> tuple[str, str] | None:
    """The title and the site's name of a headline read with the site's name after it, when
    the page says so: the title alone again below, or the site's address that spells the
    name. An app's name after both ("- Brave") goes first."""
    if not any(bar in headline for bar in (" | ", " - ", " – ", " — ")):
        return None  # ("… — mountainscene.co.nz", a reMarkable document's title)
    # a browser's print head under a reader's bar: "28/06/2031 08.03   Film … | Rantepao Kini"
    headline = _HEAD_STAMP.sub("", headline)
    # the address under a tab's title, run into it: "… - Brave carriacouchronicle.gd/…"
    title = _ADDRESS_RUN_IN.sub("", headline)
    if not _TITLE_AND_SITE.fullmatch(title):
        title = headline  # the address is the site's name: "… — mountainscene.co.nz"
    while (cut := _TITLE_AND_SITE.fullmatch(title)) and is_app(cut[2]):
        title = cut[1]
    if (cut := _TITLE_AND_SITE.fullmatch(title)) is None or len(cut[2].split()) > 5:
        return None
    site = _squashed(cut[2])
    # the site's address, not a story's path that spells the title's words
    hosts = (_squashed(hit[0]) for line in lines[:40] for hit in _ADDRESS_IN_TEXT.finditer(line))
    if len(site) >= 5 and (cut[1] in lines or any(site in host for host in hosts)):
        return cut[1], cut[2].strip()
    return None


def _date_line_above(lines: list[str], at: int) -> bool:
    """Whether another date line stands over the one at `at`: the app's, whose own stamp
    that one may be too."""
    return any(is_date_line(line) for line in lines[:at])


def _app_names(chrome: list[str]) -> str | None:
    """The outlet an app's chrome over a story names: its bar ("‹ Asumsi 🔖 ↗"), its
    notification ("Asumsi · 2 mnt"), the site's address under a document's title."""
    for line in chrome:
        named = _BACK_AND_BUTTONS.fullmatch(line) or _APP_NOTICE.fullmatch(line)
        if named and not is_section(named["name"]):  # not "Hiburan · 2 jam lalu"
            return named["name"]
        if WEB_ADDRESS.fullmatch(line):
            return _logo_of(line, chrome) or line
    return None


# "‹ GolKita 🔖 ↗": a back arrow, the outlet, the app's buttons
_BACK_AND_BUTTONS = re.compile(r"[‹←<]\s+(?P<name>[^\W\d_][\w.'&\- ]{1,40}?)(?:\s+[^\w\s]+)+")
# "GolKita · sekarang", "RNZ · 4m": the app and how long ago it told
_APP_NOTICE = re.compile(
    r"(?P<name>[^\W\d_][\w.'&\- ]{1,40}?)\s+·\s+(?i:sekarang|baru\s+saja|now|just\s+now"
    r"|\d{1,2}\s*(?:mnt|menit|m|min|mins|j|jam|h|hr|hrs|d)(?:\s+(?:lalu|ago))?)"
)


_LOGO_WORDS = frozenset({"star", "times", "post", "news", "daily", "herald", "today", "online"})


# Where an aggregator prints the outlet's name beside the headline: above it (Yahoo's
# "Manchester Evening News"), or under it, over the day (LINE TODAY's "Mercusuar")
_PARTNER_BESIDE = {"yahoo": -1, "yahoo news": -1, "line today": 1}


def _followed(lines: list[str], *, above: str | None = None) -> str | None:
    """The channel named over a "Follow" button at the top of the page (above the headline,
    if given: a writer's name over one under it is no channel)."""
    for n in range(1, min(20, len(lines))):
        if lines[n] == above:
            break
        if lines[n].casefold() in _FOLLOW and len(lines[n - 1]) <= 40:
            # "Mackinac Island Town Crier · 5h": the channel, and how long ago it posted;
            # "kumparanNEWS" / "Verified" / "Ikuti": the channel over its badge
            named = n - 2 if n >= 2 and lines[n - 1].casefold() in _BADGES else n - 1
            item = SOURCE_AND_DAY.fullmatch(lines[named])
            return item["name"] if item else lines[named]
        if (
            ("kuti" in lines[n] or "ollow" in lines[n])
            and (beside := _FOLLOW_BESIDE.fullmatch(lines[n]))
            and not any(c.isdigit() for c in beside["name"])
        ):
            return beside["name"]  # "Bola Banua  ·  Ikuti ＋": the channel and its button
    return None


_BADGES = frozenset({"verified", "terverifikasi", "official", "resmi"})
# A channel's name and its button on one line; not its followers ("96 rb pengikut · Ikuti +")
# ("Samawa Kini  ✓   [+ Ikuti]": its verified mark, its button in brackets)
_FOLLOW_BESIDE = re.compile(
    r"(?P<name>[^\W\d_][^·•|\[\]✓✔]{1,38}?)(?:\s*[✓✔])?"
    r"(?:\s+[·•|]\s+|\s{2,}|\s+(?=\[))\[?\s*[+＋]?\s*(?i:ikuti|follow)\s*[+＋]?\s*\]?"
)


def _names_outlet(author: str, source: str) -> bool:
    """Tell whether the byline names the page's outlet, whole or by its first word."""
    folded = author.casefold()
    return folded == source.casefold() or folded == source.split()[0].casefold()


_KICKER = re.compile(r"([A-Z][A-Z'’ \-]{1,30}):")
_FOOT_SOURCE = re.compile(r"Source:\s*(?P<outlet>[^/,;]{2,40}?)(?:\s+and\s+news\s+agencies)?")
# "… Surabaya, Kamis (14/4). [gat/bhirawa]": a picture's caption, its credit in square brackets
_BRACKETED_CREDIT = re.compile(r"[.!?)]\s*\[[\w. ]{1,15}/[\w. ]{1,20}\]$")
_CAPS_LABEL = re.compile(r"^[A-Z0-9][A-Z0-9 .,'’&\-]{2,50}\s[-–—]\s+\S")
# The Conversation's label over who funds the writer's research.
_DISCLOSURE = re.compile(r"pernyataan\s+keterbukaan|disclosure\s+statement", re.IGNORECASE)
# A team's line-up: "Indonesia U-22: Satria; Kadek, Reza, …; …".
_LINEUP = re.compile(r"[A-Z][\w .\-]{1,30}:\s*[^:;]{2,60}(?:;\s*[^:;]{2,160}){2,}\.?")
# The Guardian's newsletter box inside the story: where it opens and where it closes.
_PROMO = re.compile(
    r"skip\s+past\s+newsletter\s+promotion|sign\s+up\s+to\s+.{2,40}|after\s+newsletter\s+promotion",
    re.IGNORECASE,
)
# The heading of a key-points box's last point (ABC's "What's next?").
_LAST_POINT = re.compile(
    r"what'?s\s+next\??|what\s+happens\s+next\??|apa\s+selanjutnya\??", re.IGNORECASE
)


def _unfinished(line: str) -> bool:
    """A short line that ends no sentence: a caption, a key point, a label."""
    return len(line.split()) <= 25 and not line.rstrip().endswith((".", "!", "?", "”", '"'))


# Related links some outlets put inside the story (AP, BBC, ABC, Solopos) as well as after it.
_RELATED_BLOCK = re.compile(
    r"(?:berita|artikel)\s+terkait|related(?:\s+(?:stories|articles|news|coverage|reports))?"
    r"|more\s+on\s+this\s+story|more\s+stories"
    # a match's line-ups between the report's paragraphs, and its figures in a box
    rf"|{MATCH_SHEETS}"
    # a story split into pages and copied whole: "Halaman: 1 2 Selanjutnya", then page two
    r"|halaman\s*:?",
    re.IGNORECASE,
)


_SOURCE_DASH = re.compile(r"(.{2,30}?)\s[–—-]{1,2}\s+(?=[A-Z“\"])")
# The label of a paid page over its story: "INFO BISNIS", "INFO NASIONAL", "INFO MPR".
_SPONSORED_LABEL = re.compile(r"INFO [A-Z]{3,12}")


def _own_picture(paragraph: str, source: str) -> bool:
    """A caption credited to the page's own outlet, in brackets after its one sentence."""
    credit = _TRAILING_NAME.search(paragraph)
    return (
        credit is not None
        and credit[1].casefold() == source.casefold()
        and len(paragraph.split()) <= 40
        and not any(mark in paragraph for mark in '“”"')
    )


# A wire story's dateline with its day and no year: "KUALA LUMPUR, Nov 24 (Bernama) --".
_WIRE_DAY = re.compile(
    r"[A-Z][A-Za-z .'\-]{1,30}, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r" \d{1,2}) \("
)


def _under_byline(line: str) -> bool:
    """A byline's or an editor's line, as stands over a date pushed under the lede."""
    return read_byline(line) is not None or line[:7].casefold() in ("editor:", "editor ")


# "Waibakul, VN – …": a town and the paper's initials
_PLACE_INITIALS = re.compile(
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<initials>[A-Z]{2,5})(?: [–—-] |\.[–—-]\s?)"
)
# "Jakarta, Tekno Jagat – ": a city, then an outlet's name, then a dash
_PLACE_THEN_NAME = re.compile(
    r"(?P<place>[A-Z][\w'’.\- ]{1,30}?),\s+(?P<name>[^,\n]{2,40}?)\s*[-–—]{1,2}\s+"
)
# "Enab Baladi – Aleppo": the outlet and the town, alone on a line over the story
_OUTLET_THEN_PLACE = re.compile(r"(.{2,40}?)\s+[–—-]\s+([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)")
# A dateline that gives the day in full: "Asmara, 21 October 2027-", "DILI, May 4, 2027 –"
_DATED_LINE = re.compile(
    r"[A-Z][A-Za-z .'\-]{1,30}, (\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*[-–—(]"
)
_TRAILING_NAME = re.compile(r"[.!?]\s+\(([^()]{2,30})\)$")


def _caption_over_lede(first: str, second: str) -> bool:
    """A picture's one uncredited sentence over the lede it sums up, opening on the lede's
    own words: "Tim peneliti memasang sensor … di lereng Dusun Nglambur." over "Tim peneliti
    Departemen Teknik Geologi … mengembangkan …" (UGM). A lede and the paragraph after it
    hardly ever open on the same two words."""
    words = first.split(maxsplit=2)
    if (
        len(first) < 80
        and first[-1:] == "."
        and ". " not in first
        and len(second) > 3 * len(first)
        and 2 < len(named := first[:-1].split()) <= 10
        and all(word[:1].isupper() or word in _CAPTION_JOINS for word in named)
    ):
        return True  # a picture's place, named and no more: "University Hospital Limerick at
        # Dooradoyle." over "A RECORD 141 patients were waiting on trolleys at …"
    return (
        len(first) < 130
        and first[-1:] == "."
        and ". " not in first
        and len(second) > 1.5 * len(first)
        and len(words) > 2
        and second.startswith(f"{words[0]} {words[1]} ")
        and not any(mark in first for mark in '“”"')
    )


# The small words between the names of a picture's caption of places: "… at Dooradoyle."
_CAPTION_JOINS = frozenset({"at", "in", "on", "of", "the", "near", "and", "di", "dan", "&"})


def _placed_outlet(line: str) -> bool:
    """A city and an outlet alone on a line: "Surabaya, NU Online", "Surabaya, Bhirawa",
    "Surabaya, Bhirawa." (its full stop as in the paper's own "Surabaya, Bhirawa. Dinas …")."""
    place, comma, outlet = line.removesuffix(".").partition(", ")
    if not comma or known_place(place) is None:
        return False
    if is_outlet(outlet):
        return True
    # "Surabaya, Bhirawa": an outlet kabar does not know by name, read as its dateline
    # would be with a dash after it
    found = split_dateline(f"{place}, {outlet} - Isi berita.")
    return found is not None and found.outlet == outlet


_LINE_UP = re.compile(r"susunan|line|starting", re.IGNORECASE)


def _resumes(line: str, body: list[str]) -> bool:
    """Tell whether a line after a related-links block is the story again: a paragraph of
    prose (a teaser of another story is shorter, or trails off); a short one only when it
    ends on a full stop and tells two of the story's own words ("The last blast furnace is
    scheduled to be taken offline in September."), unlike a footer's note."""
    words = line.split()
    if len(words) < 15 and not (
        len(words) >= 8 and line.endswith(".") and _tells_the_story(words, body)
    ):
        return False
    return (
        line.endswith(SENTENCE_END)
        and not line.endswith(("...", "…"))
        and not is_furniture(line)
        and not is_caption(line)
        and not _FORMATION.search(line)  # "Persebaya Surabaya (4-3-3): Satrio …; …"
    )


def _tells_the_story(words: list[str], body: list[str]) -> bool:
    """Whether two of a line's words in lower case, of five letters or more, are the story's."""
    told = set(" ".join(body).casefold().split())
    own = {w.strip(".,;:") for w in words if w[:1].islower() and len(w.strip(".,;:")) >= 5}
    return len(own & told) >= 2


_FORMATION = re.compile(r"\(\d(?: ?- ?\d){2,3}\)")


# A label over related stories' headlines inside the story ("Read more:", "Read Next",
# "RELATED:", "Related article", "Baca juga:", "GO DEEPER"): the short lines under it are
# those headlines.
_RELATED_LABEL = re.compile(
    r"(?:read\s+(?:more|also|next)|also\s+(?:read|see)|see\s+also|related(?:\s+(?:articles?|reports?|stories"
    r"|story|news|coverage|reading|content|links?))?|more\s+(?:stories|news)|recommended"
    r"|baca\s+(?:juga|pula)|lihat\s+juga|simak\s+juga|artikel\s+terkait"
    # The Athletic's "Go deeper" box over one of its stories
    r"|(?:go|dig)\s+deeper|further\s+reading)\s*:?",
    re.IGNORECASE,
)
# Al Jazeera's "list of 3 items" … "end of list"; the BBC's link past its recommendations
# ("Skip Recommended Stories and continue reading", "Lewati Artikel-artikel yang
# direkomendasikan dan lanjutkan membaca") … "End of Recommended Stories"; an Instagram post
# embedded in the story, "View this post on Instagram" … "A post shared by Name (@name)"
_LIST_START = re.compile(
    r"^(?:list\s+of\s+\d+\s+items?|(?:skip|lewati)\s.{3,60}\s(?:continue\s+reading"
    r"|lanjutkan\s+membaca)|(?:view\s+this\s+post\s+on|lihat\s+postingan\s+ini\s+di)"
    r"\s+instagram"
    r"|artikel-artikel\s+yang\s+direkomendasikan)$",  # BBC News Indonesia, to its "Akhir dari …"
    re.IGNORECASE,
)
_LIST_END = re.compile(
    r"^(?:end\s+of\s+(?:list|.{3,50})|akhir\s+dari\s+.{3,60}"
    r"|(?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh)\s.{2,80})$",
    re.IGNORECASE,
)


def _key_point(line: str, below: list[str]) -> bool:
    """A point of a key-points box: a phrase, or one short sentence when the story opens close
    below, on its dateline ("Jakarta, IDN Times - …" under three sentences in a box) or on a
    paragraph of several sentences (Mongabay's "Ringkasan")."""
    if _entry_clock(line):
        return False  # a live blog's entry clock ends the box: the entries follow
    if _unfinished(line) or line[:2] in _BULLETS:
        return True  # a phrase, or a bulleted point ("• Cash payments … have been phased out.")
    if (
        any(_entry_clock(later) for later in below[:4])
        and len(line.split()) <= 30
        and split_dateline(line) is None
    ):
        return True  # the Miami Herald's "What to know" over a live blog's first entry clock
    return (
        len(line.split()) <= 30
        and ". " not in line
        and split_dateline(line) is None
        and any(
            split_dateline(later) is not None
            or (len(later.split()) > 30 and ". " in later)
            # a paragraph longer than a box's point ever is (the Nation's "What you need to
            # know:" over three sentences of fifteen words)
            or len(later.split()) > 36
            # a live blog's first entry under its clock ("10.32am", NZ Herald)
            or _entry_clock(later)
            for later in below
        )
    )


def _ahead_of_points(lines: list[str], index: int) -> list[str]:
    """The six lines after a key point that may show the story has begun, past short lines
    with no sentence's end: a player's buttons and labels, a video's title, a credit ("Listen to
    this article", "Show Caption", the USA Today network's)."""
    return [
        line
        for line in lines[index + 1 : index + 14]
        if len(line) > 60
        or line.endswith(SENTENCE_END)
        # a live blog's entry clock or a dateline on its own line says the story begins
        or _entry_clock(line)
        or split_dateline(line) is not None
    ][:6]


_ENTRY_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)")


_AGENCY_CREDIT_ENDS = ("/Getty Images", "/AP", "/AFP", "/Reuters", "/EPA", "/Bloomberg")


def _entry_clock(line: str) -> bool:
    """A live blog's entry clock alone on its line: "10.32am", "2:45 p.m."."""
    return len(line) <= 10 and line[:1].isdigit() and _ENTRY_CLOCK.fullmatch(line) is not None


# A picture's credit in brackets after its caption's one sentence: "(AFI)", "(AFP)".
_AGENCY_CREDIT = re.compile(
    r"(?<=\.)\s*\((?:[A-Z]{2,6}|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})\)$"
)  # "(AFI)", "(Korea Aerospace Industries)"


def _signed_caption(lines: list[str], index: int) -> bool:
    """The lead picture's caption signed by its photographer, with no label: a sentence or two,
    then a name (or an agency's initials) with no full stop, over a long paragraph (AFR,
    Stuff)."""
    caption, _, name = lines[index].rpartition(". ")
    words = name.split()
    # the story's first paragraph under it, past a note on where the story first ran
    below = next((line for line in lines[index + 1 : index + 3] if not is_furniture(line)), "")
    return (
        (
            (2 <= len(words) <= 4 and person_or_team(name) == name and not known_place(name))
            # "… will not be picked next vintage. RNZ" (Stuff): an agency's initials
            or (name.isupper() and name.isalpha() and 2 <= len(name) <= 5 and caption != "")
        )
        and len(caption.split()) <= 35
        and len(below.split()) > 25
    )


def _unstopped_caption(lines: list[str], index: int) -> bool:
    """The lead picture's caption with no credit and no full stop, over the story's first
    paragraph: a clause in sentence case (no headline's capitals), of more words than a
    label's, where the story would open."""
    line = lines[index]
    words = line.split()
    return (
        8 <= len(words) <= 35
        and index + 1 < len(lines)
        and len(lines[index + 1].split()) > 25
        and lines[index + 1].endswith(SENTENCE_END)
        and not is_title_like(line)
        and split_dateline(line) is None
        and not any(mark in line for mark in '“”"')
    )


def _link_like(line: str) -> bool:
    """A related story's headline: short, and no sentence."""
    return len(line.split()) <= 15 and not line.endswith((".", "…"))


def _long_link(line: str) -> bool:
    """A longer related headline: "Waiting lists: 1 in 4 in Northern Ireland waiting more than
    a year for first appointment" (The Irish News); one sentence, no stop, no quote, no
    colon to end it ("Berikut daftar 26 pemain …:", the story's list)."""
    return (
        len(line.split()) <= 22
        and not line.endswith((".", "…", ":", '"', "”", "’", "?"))
        and ". " not in line
        and not any(mark in line for mark in '"“”')
    )


# An outlet's sign-off after the last paragraph's stop: "… to convict. – Rappler.com"
_OUTLET_SIGN_OFF = re.compile(r"(?<=[.!?”\"])\s+[–—-]\s*[\w.\-]+\.(?:com|net|org|id)$")


def _unstopped(line: str) -> bool:
    """A short line that ends on no stop and labels nothing ("Answer: No, she is not")."""
    return (
        _link_like(line)
        and not line.endswith((*SENTENCE_END, ":", ";"))
        and ": " not in line
        and not _OUTLET_SIGN_OFF.search(line)
        and not CAPS_SIGN_OFF.search(line)
    )


# The buttons of a share bar: a "Comments" among them is one more button, not the comments.
_SHARE_BUTTONS = frozenset(
    {
        *word_set(
            "facebook twitter x flipboard print email e-mail whatsapp linkedin telegram line"
        ),
        *("share", "bagikan", "copy link", "salin tautan", "salin link"),
    }
)


_BULLETS = frozenset({"- ", "• ", "– ", "* "})
# An option of a readers' poll: "( ) Setuju", "○ Tidak setuju", "☐ Belum tahu".
_POLL_OPTION = re.compile(r"^(?:\(\s?\)|○|◯|☐|□)\s*\S")
_POLL_MARKS = frozenset("(○◯☐□")


def _points_over_dateline(lines: list[str], index: int) -> bool:
    """Whether a bulleted line is one of the points a summary puts over the story: below the
    points (and a picture's caption) comes the story's dateline (Mongabay) or, after two
    points or more, its first paragraph at length (Business Insider)."""
    bullets = 2 if index and lines[index - 1][:2] in _BULLETS else 1
    for later in lines[index + 1 : index + 8]:
        if later[:2] in _BULLETS:
            bullets += 1
            continue
        found = split_dateline(later)
        if found is not None and found.rest:
            return True
        # Business Insider's three points, then the story's first paragraph at length
        if bullets >= 2 and len(later.split()) >= 25 and later.endswith(SENTENCE_END):
            return True
    return False


# "Kontributor : Dimas Angga Prasetyo" under a Suara network story: its reporter, where the
# name over the story is the editor's
_CONTRIBUTOR_FOOT = re.compile(r"kontributor\s*:", re.IGNORECASE)


def _foot_contributor(lines: list[str]) -> str | None:
    for line in lines:
        if _CONTRIBUTOR_FOOT.match(line) and len(line) <= 80 and (byline := read_byline(line)):
            return byline.name
    return None


def _about_the_writer(line: str, writer: str) -> bool:
    """A note under the story on who its writer is ("Name is a PhD candidate at …")."""
    # "Elena Whitfield covers science … for the Avalanche-Journal. Contact her at …"
    return (
        len(line) <= 400
        and line.startswith(writer)
        and line[len(writer) : len(writer) + 1] == " "
        and line[len(writer) + 1 :].startswith(_WRITER_NOTE_VERBS)
    )


_WRITER_ROLES = frozenset(
    {"jurnalis", "wartawan", "reporter", "kontributor", "koresponden", "penulis", "journalist"}
    | {"correspondent", "writer"}
)
_WRITER_NOTE_VERBS = (
    *("is ", "was ", "has been ", "covers ", "reports on ", "writes about "),
    "joined ",  # "Kirsty McIntosh joined The Courier's court team in 2029 after …"
)


def _in_share_bar(lines: list[str], index: int, *, closing: bool = False) -> bool:
    """Whether the line at index stands between two buttons of a share bar, or closes one
    ("Facebook / Twitter / Email / Print / Comment" over the story, the Star-Advertiser's)."""
    return (
        0 < index < len(lines) - 1
        and lines[index - 1].casefold() in _SHARE_BUTTONS
        and (
            lines[index + 1].casefold() in _SHARE_BUTTONS
            or (
                closing  # over the story only: under it, "Comments" opens the readers'
                and index >= 2
                and lines[index - 2].casefold() in _SHARE_BUTTONS
                and lines[index].casefold() in ("comment", "comments", "komentar")
            )
        )
    )


# The heading of a box that asks for the reader's money, inside or under the story
_APPEAL_HEADING = re.compile(
    r"(?:support|fund|back)\s+(?:(?:independent|trusted|local|quality|our|public[\s-]interest)"
    r"\s+)*journalism|subscribe\s+to\s+.{2,40}|dukung\s+(?:jurnalisme|kami|media|redaksi)\b.{0,40}"
    r"|did\s+you\s+know\s+.{2,40}\s+is\s+a\s+non-?profit\??",
    re.IGNORECASE,
)
# What such a box's line asks for or promises (not "We will keep our players fresh …")
_PITCH_WORDS = re.compile(
    r"\b(?:subscri\w*|donat\w*|contribut\w*|journalis\w*|gift|members?(?:hip)?|berlangganan"
    r"|donasi)\b|cancel\s+anytime",
    re.IGNORECASE,
)
# An obituary's last line: "Margaret Hale, born June 3 1941, died February 27 2033" (The
# Telegraph), the person's dates, no stop
_LIFE_DATES = re.compile(r"[A-Z][\w'’.\- ]{2,60},\s+born\s+[^,]{4,60},\s+died\s+[^,]{4,60}")
# A caption's present tense of a day gone by: "… speaks at a news conference in Taipei yesterday."
_CAPTIONED_NOW = re.compile(
    r"\b(?:speaks|attends|walks|looks|holds|talks|arrives|leaves|stands|sits|waves|gestures"
    r"|listens|delivers|addresses|inspects|visits|greets|shakes|signs|receives|carries|rides"
    r"|performs|celebrates|reacts|gathers|gather|queue|queues|wait|waits)\b"
    r".{0,120}\b(?:yesterday|last\s+(?:week|month|year)|on\s+(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# What only a picture's caption says: who stands where in it, that they are shown or pose
_POSED = re.compile(
    r",\s(?:left|right|center|centre|front|second\s+from\s+(?:left|right))[,)]"
    r"|\b(?:is|are)\s+(?:shown|pictured)\b|\bposes?\s+(?:for|with|at|in)\b"
)
# A label alone on its line over a picture's caption; a video's length.
_PICTURE_LABEL = re.compile(r"(?:image|picture|pic|photo|foto|gambar)\s*:", re.IGNORECASE)
_DURATION = re.compile(r"\d{1,2}:\d{2}")
_NAME_SLASH_OUTLET = re.compile(
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}(?: / |, (?=The ))(?P<outlet>.{3,40})"
)


def _slashed_to_outlet(line: str) -> bool:
    """A name, a spaced slash (or a comma before "The") and a paper's name: "R.J. Johnston /
    Toronto Star", "Zach Boyden-Holmes, The Register" (the USA Today network)."""
    if len(line) > 90 or (" / " not in line and ", The " not in line):
        return False  # most lines: neither form
    if (named := _NAME_SLASH_OUTLET.fullmatch(line)) is None:
        return False
    outlet = named["outlet"]
    return (
        (outlet.startswith("The ") and " / " in line)  # after a comma, not "…, The Hague"
        or is_outlet(outlet)
        or outlet.rsplit(" ", 1)[-1].casefold() in MASTHEAD_WORDS
    )


# A heading that quotes someone after their name and a colon: "Kiprotich: ‘I knew …’"
_SAID_HEADING = re.compile(r"[A-Z][\w'’.\- ]{1,30}: [‘“'\"][^‘“”’\"]{5,70}[’”'\"]")
_CMS_ACCOUNTS = frozenset({"admin", "administrator", "redaksi", "editor", "webadmin", "superadmin"})
_CONTENTS_LABELS = frozenset(
    {"daftar isi", "table of contents", "contents", "in this article", "dalam artikel ini"}
)
_PLAYER_BUTTONS = frozenset({"play video", "watch video", "putar video", "tonton video"})
_LABELLED_CREDIT = re.compile(r"\((?i:foto|photo)\s*:\s*[^()/]{2,30}/[^()/]{2,50}\)")
_DASHES = frozenset({"-", "--", "–", "—"})
_READ_MORE = frozenset({"read more", "selengkapnya", "baca selengkapnya", "read more »"})


# "… kata Yohana. ANTARA FOTO/Elisabeth Kareth Numberi/wpa.": the picture's credit
_PHOTO_CREDIT = re.compile(r"(?<=[.)\"”])\s+ANTARA FOTO\s*/\s*[\w .'’\-]{2,40}(?:/[a-z]{1,5})?\.?$")


def _cut_headline(line: str, folded_headline: str) -> bool:
    """A few words of the headline, ending on an ellipsis."""
    if len(line) > 80 or not line.endswith(("...", "…")):
        return False
    words = line.rstrip(".… ").casefold()
    return words.count(" ") >= 1 and words in folded_headline


# A paragraph signed with its writer's handle after a dash
_HANDLE_SIGN_OFF = re.compile(r"(?P<text>.*[.!?”\"])\s+[—–-]\s*@\w{2,30}")


# A chat's stamp over each post, on a line of its own: "Rahmat Hidayat, Jum 09.53" (Google
# Chat), "Mei Lin Zhou  7/22/2030 12:50 PM"
_POSTER_STAMP = re.compile(
    # "[Bang Ucok Showroom] 17:31", "[Saya] 17:40": a chat's sender in brackets (MiChat)
    r"(?:(?-i:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})|\[[^\[\]]{1,40}\]),?\s+"
    r"(?:(?:sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun|senin|selasa|rabu|kamis"
    r"|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kemarin"
    r"|yesterday|today|hari\s+ini)\.?,?\s+|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?"
    r"\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?",
    re.IGNORECASE,
)


def _body(
    lines: list[str],
    headline: str,
    *,
    english: bool = False,
    writer: str | None = None,
    posted: bool = False,
) -> tuple[list[str], str | None, int]:
    """The story's paragraphs, a writer named below them, and the line of the last one; under
    a chat's post that pasted the story (posted), the next post's stamp ends it."""
    body: list[str] = []
    last = 0
    author: str | None = None
    ended = False
    pending: str | None = None  # a dateline printed on a line of its own
    skip = 0  # the lines of a dateline in pieces, read with its first
    boxed = False  # inside a key-points box ("Intinya sih...") above the story
    boxed_points = 0
    point_words = 0  # the longest of the box's points, in words
    listed = False  # inside "list of 3 items" … "end of list"
    linked = False  # under a "Read more:" label, among related stories' headlines
    related_since = 0  # where a related-links block opened, if the story ended at one
    related_span = 5  # how many lines such a block takes
    credits = [is_credit(line) or _slashed_to_outlet(line) for line in lines]
    captioned: int | None = None  # where the lead picture's caption over its credit was
    promo = -1  # where a newsletter box inside the story opened, in body
    signer: tuple[int, str] | None = None  # a paragraph signed "(Name/initials)", and who
    folded_headline = headline.casefold()
    contents = False  # under a table of contents' label, among its items
    for index, line in enumerate(lines):
        if credits[index] or skip > index:
            continue  # a picture's credit on a line of its own, a dateline's later pieces
        if contents and len(line.split()) <= 12 and not line.endswith(SENTENCE_END):
            continue  # "Larangan tugas yang tidak berkaitan …": the contents' items
        if (
            index + 1 < len(lines)
            and len(lines[index + 1]) > len(line) + 3
            and lines[index + 1].startswith(line)
            and credited_caption(lines[index + 1])
        ):
            # "The Holyrood chamber …" over "The Holyrood chamber … | Jane Barlow/PA Wire"
            # (National World): a caption, and again with its credit
            continue
        contents = len(line) <= 20 and line.casefold() in _CONTENTS_LABELS
        if contents:
            continue  # "Daftar Isi" (detik) over the story's subheads
        if line[-1:] in ".…" and _cut_headline(line, folded_headline):
            continue  # "Guru PPPK Paruh Waktu...": the headline cut short over a page's jump
        if " / " in line and line.endswith(f" / {headline}"):
            continue  # "News / Entertainment / Bollywood / <the headline>": the page's path
        if len(line) <= 70 and line[:1] in "SsAa" and _PROMO.fullmatch(line):
            if line[0] in "Aa" and promo >= 0 and len(body) - promo <= 4:
                # The Guardian's box: "Sign up to Down to Earth", its pitch, its privacy
                # notice, "after newsletter promotion"
                del body[promo:]
            promo = len(body) if line[0] in "Ss" else -1
            continue
        if (
            not body
            and index + 1 < len(lines)
            and lines[index + 1].casefold() in _READ_MORE
            and len(line.split()) <= 60
        ):
            continue  # a pitch or teaser over its "Read more" button, above the story
        if (
            index
            and lines[index - 1][-1:] == ":"
            and _PICTURE_LABEL.fullmatch(lines[index - 1])
            and len(line.split()) <= 30
        ):
            continue  # "Image:" over the picture's caption (Sky News)
        if (
            index + 2 < len(lines)
            and lines[index + 1][-1:] == ":"
            and _PICTURE_LABEL.fullmatch(lines[index + 1])
            and credits[index + 2]
            and len(line.split()) <= 30
            and not any(mark in line for mark in '“”"')
        ):
            continue  # the caption over "Photo :" and its credit, "VIVA/Dedi Kurniawan" (VIVA)
        if (
            index + 1 < len(lines)
            and lines[index + 1][:1] == "("
            and _LABELLED_CREDIT.fullmatch(lines[index + 1])
            and len(line.split()) <= 40
            and not any(mark in line for mark in '“”"')
        ):
            # "Seorang pembeli menawar …" over "(Foto: Mistar/Name)": a picture inside the
            # story, its caption over its credit. Not "(Tribunjabar.id/Name)", a writer's
            # sign-off, nor "(Image: viu.com)" under a list's item.
            continue
        if (
            body
            and index + 1 < len(lines)
            and credits[index + 1]
            and _PICTURE_LABEL.match(lines[index + 1])
            and len(line.split()) <= 30
            and ". " not in line
            and (_POSED.search(line) or _CAPTIONED_NOW.search(line) or says_when_taken(line))
        ):
            # "Deputy Director-General Chuang Ming-jen speaks at a news conference in Taipei
            # yesterday." over "Photo: CNA" (Taipei Times): a picture inside the story, told
            # in a caption's present tense of a day gone by
            continue
        if (
            not body
            and index
            and lines[index - 1] == headline
            and len(line.split()) <= 30
            and index + 1 < len(lines)
            and split_dateline(lines[index + 1]) is not None
        ):
            # the picture's title (the headline again), then its caption, over the dateline
            # (Telangana Today)
            continue
        if (
            index
            and lines[index - 1][:1].isdigit()
            and _DURATION.fullmatch(lines[index - 1])
            and len(line.split()) <= 15
            and not line.endswith(SENTENCE_END)
        ):
            continue  # a video's title under its length ("0:52")
        if (
            index
            and len(lines[index - 1]) <= 12
            and lines[index - 1].casefold() in _PLAYER_BUTTONS
            and len(line.split()) <= 15
            and not line.endswith(SENTENCE_END)
        ):
            continue  # a video's title under its player's button ("Play Video", News Corp)
        if (
            not body
            and index + 1 < len(lines)
            and lines[index + 1][:1].isdigit()
            and _DURATION.fullmatch(lines[index + 1])
            and len(line.split()) <= 15
            and not line.endswith(SENTENCE_END)
        ):
            continue  # a video's title over its length (CBS), above the story
        if (
            not body
            and (
                (
                    index + 1 < len(lines)
                    and credits[index + 1]
                    # "… Umm Suqeim." over "Image Credit: …" (Gulf News): a longer caption, over a
                    # credit that says it is one
                    and (
                        len(line.split()) <= 15
                        # "… in October." over "Image Credit: …" (Gulf News), "[Handout/…]"
                        or (
                            len(line.split()) <= 30
                            and (
                                "redit" in lines[index + 1][:20]
                                or lines[index + 1][0] == "["
                                # "Photo: Ruby Tane / The Press": a label says it is one
                                or _PICTURE_LABEL.match(lines[index + 1]) is not None
                                # "MIKE McCLEARY, TRIBUNE": only a picture is credited so
                                or photographers_credit(lines[index + 1])
                                # "Contributed" (The Gleaner): a reader's picture
                                or lines[index + 1].startswith(("Contributed", "Submitted"))
                                # "Tomas Barela/The Republic": a photographer and the paper;
                                # "Mario Tama/Getty Images": and the agency
                                or "/The " in lines[index + 1]
                                or lines[index + 1].endswith(_AGENCY_CREDIT_ENDS)
                                # "R.J. Johnston / Toronto Star": its photographer, a spaced
                                # slash and the outlet, under the caption over the story
                                or _slashed_to_outlet(lines[index + 1])
                            )
                        )
                        # "Warga mengevakuasi … Aceh Tamiang, Senin (5/4/2027)." over "Foto:
                        # AJNN/Nama": a caption says when the picture was taken
                        or (len(line.split()) <= 35 and says_when_taken(line))
                    )
                )
                or (
                    index
                    and credits[index - 1]
                    and _unfinished(line)
                    # "Summary", "What you need to know:" under the credit (the Nation): the
                    # label of the points below
                    and line.casefold().rstrip(" :") != "summary"
                    and not KEY_POINTS.match(line)
                )
            )
        ):
            captioned = index
            continue  # the lead picture's caption, above its credit (BBC: below it)
        if (
            not body
            and index
            and credits[index - 1]
            and captioned != index - 2  # the credit's picture has its caption above it
            and len(line.split()) <= 45
            and says_when_taken(line)
            and split_dateline(line) is None
        ):
            continue  # "Tribunlampung.co.id/Name" over "Petani membongkar … Selasa (25/11/2025).
            # Harga …": the lead picture's caption under its credit, in two sentences
        if (
            not body
            and index
            and credits[index - 1]
            and len(line.split()) <= 45
            and _POSED.search(line)
        ):
            continue  # "COURTESY SUNDIAL PICTURES" over "Actors …, left, and … are shown on …"
        if not body and (line[-1:].isalpha() and ". " in line) and _signed_caption(lines, index):
            continue  # "Cattle are loaded at the port of Darwin. Glenn Prowse-Whitely" (AFR)
        if not body and line[-1:].isalpha() and _unstopped_caption(lines, index):
            continue  # "Officials of COCOBOD … after the signing ceremony in Accra" (Graphic)
        if (
            not body
            and line.endswith(")")
            and (credit := _AGENCY_CREDIT.search(line))
            and ". " not in line[: credit.start()]
            and len(line.split()) <= 40
            and any(len(later.split()) > 25 for later in lines[index + 1 : index + 3])
        ):
            continue  # "… in Gumi, South Korea. (AFI)": the lead picture's one-sentence caption
        if (
            line.startswith("Photo shows ")
            and index + 2 < len(lines)
            and len(lines[index + 1].split()) <= 15
            and not lines[index + 1].endswith(".")
        ):
            # ABC's card for another story inside this one: its picture's description, its
            # headline, its teaser
            skip = index + (3 if len(lines[index + 2].split()) <= 35 else 2)
            continue
        if len(line) <= 30 and _DISCLOSURE.fullmatch(line):
            skip = index + 2  # The Conversation: "Pernyataan keterbukaan", then who funds whom
            continue
        if ";" in line and _LINEUP.fullmatch(line):
            continue  # "Indonesia U-22: Satria; Kadek, Reza, …; …": a team's line-up, no prose
        if not body and line[:2] in _BULLETS and _points_over_dateline(lines, index):
            continue  # Mongabay's summary points between the byline and the dateline
        if _entry_clock(line):
            # a live blog's entry clock ("2:45 p.m.") and the entry's heading under it
            if (
                index + 1 < len(lines)
                and _unfinished(lines[index + 1])
                and len(lines[index + 1].split()) <= 14
            ):
                skip = index + 2
            boxed = False
            continue
        if not body and (KEY_POINTS.match(line) or line.casefold().rstrip(" :") == "summary"):
            # (inside the story "What to know" is a subhead over its own paragraphs)
            if line[:8].casefold() in ("in brief", "summary", "summary:"):
                # East Asia Forum's summary, Daily Monitor's: one paragraph under the label;
                # the Nation's (Kenya): a few short points, one to a line, over the story
                skip = index + 2
                while (
                    skip < min(index + 6, len(lines) - 1)
                    and len(lines[skip - 1].split()) <= 16
                    and len(lines[skip].split()) <= 16
                ):
                    skip += 1
                continue
            boxed, boxed_points, point_words = True, 0, 0
            continue
        if listed and len(line.split()) <= 25:
            listed = not _LIST_END.match(line)
            continue  # the related stories of a list Al Jazeera puts inside the story
        listed = False  # a paragraph of prose: the list had no end line
        if _LIST_START.match(line):
            listed = True
            continue
        if linked and (_link_like(line) or _long_link(line)):
            # "Philippine nickel miners eye record shipments to China" under "Read more:"
            continue
        linked = bool(body) and _RELATED_LABEL.fullmatch(line) is not None
        if (
            boxed
            and boxed_points < 6
            # a box of bulleted points ends at its first line with no bullet ("AT A GLANCE")
            and not (index and lines[index - 1][:2] in _BULLETS and line[:2] not in _BULLETS)
            and _key_point(line, _ahead_of_points(lines, index))
            # a sentence half as long again as the box's points is the story's first (Nation)
            and not (boxed_points >= 2 and 2 * len(line.split()) > max(40, 3 * point_words))
        ):
            # "What's next?" over the box's last point (ABC): one point more, then the story
            boxed_points = 5 if _LAST_POINT.fullmatch(line) else boxed_points + 1
            point_words = max(point_words, len(line.split()))
            continue  # "Registrasi biometrik wajib mulai Januari 2026": a key point
        boxed = False
        byline = read_byline(line) if len(line) <= 110 else None
        if not byline and line[:1] == "(" and line[-1:] == ")" and ":" in line:
            byline = read_byline(line[1:-1])  # "(Reporter: Ikhsan Lamajido/Editor: Nirwansyah)"
        if byline:
            author = author or byline.name  # "Laporan Wartawan …" lines are never body
            continue
        if body and not ended and line.startswith("(") and (signed := bracketed_writer(line)):
            author = author or signed
            continue
        if (
            not body
            and writer
            and len(line) <= 80
            and line.casefold().startswith(writer.casefold())
        ):
            continue  # "Daniel Ashworth Senior political correspondent": the byline read above
        if not body and writer and is_role_line(line):
            continue  # "North of England correspondent @lornahalloran" under the writer's name
        if ended:
            if related_since and index - related_since <= related_span and _resumes(line, body):
                ended = False  # a block of related links inside the story; the story goes on
            else:
                if (
                    not _link_like(line)
                    # "Ranchers say … too slow. The numbers back them up." (The Denver Post):
                    # a headline of two short sentences, right under the block's label
                    and not (
                        related_since
                        and index - related_since <= 3
                        and len(line.split()) <= 16
                        and not line.endswith(("...", "…"))  # a teaser trails off
                    )
                    and related_span < 9
                ):
                    related_since = 0  # a teaser or a footer: the story did end there
                continue
        if body and line[:1] in _POLL_MARKS and _POLL_OPTION.match(line):
            # "Setuju bayar parkir … pakai QRIS?" over "( ) Setuju", "( ) Tidak setuju": a
            # readers' poll under the story, its question read as a paragraph just before
            if body[-1].endswith("?") and len(body[-1].split()) <= 20:
                body.pop()
            if not ended:
                # a poll set inside the story (Sumatera Ekspres): the story may go on after
                # its choices and buttons, as after a block of related links
                ended, related_since, related_span = True, index, 9
            continue
        if writer and _about_the_writer(line, writer):
            if body:
                ended = True  # "Arya Wicaksana Purnomo is a PhD candidate …": the writer's note
            # over the story (Daily Maverick's columns): the note, and the story under it
            continue
        if (
            body
            and writer
            and index
            and lines[index - 1] == writer
            and line.split(" ", 1)[0].casefold() in _WRITER_ROLES
        ):
            # the writer's box under the story: "Andika Pratama" over "Jurnalis Babel Pos untuk
            # wilayah Bangka Selatan."
            ended = True
            continue
        if (
            body
            and len(line) <= 20
            and line.endswith(":")
            and _RELATED_LABEL.fullmatch(line)
            and all(len(later.split()) <= 20 for later in lines[index + 1 :])
        ):
            # "Read more:" with only headlines and furniture under it to the page's foot (the
            # Chicago Sun-Times): the story ended above it, unless a short paragraph that goes
            # on with the story follows the headlines ("Baca Juga:" over one headline, then the
            # story's last sentence), as after any block of related links
            ended, related_since, related_span = True, index, 5
            continue
        if body and posted and len(line) <= 60 and _POSTER_STAMP.fullmatch(line):
            ended = True  # "Sri Wahyuni, Jum 10.07": a reply under the post
            continue
        if body and ends_article(line):
            if _in_share_bar(lines, index, closing=len(body) <= 1):
                continue  # Fox's "Facebook / Twitter / Flipboard / Comments / Print" over the story
            ended = True
            related_since = index if _RELATED_BLOCK.fullmatch(line) else 0
            # two teams, their coaches and the referee take more lines than related links
            related_span = 9 if related_since and _LINE_UP.match(line) else 5
            continue
        if (
            not body
            and not pending
            and index + 2 < len(lines)
            and lines[index + 2].strip() in _DASHES
            and len(line) <= 40
            and is_outlet(lines[index + 1])
            and known_place(line.split(",")[0])
        ):
            # CNN's dateline in three pieces: "Jakarta, Indonesia" / "CNN" / "—"
            pending, skip = f"{line} ({lines[index + 1].strip()}) —", index + 3
            continue
        if pending:
            line, pending = f"{pending} {line}", None
        elif len(line) <= 60 and (found := split_dateline(line)) is not None and not found.rest:
            # "Jakarta, CNN Indonesia --" alone: it opens the next paragraph; "Kisaran (SIB)"
            # alone (Harian SIB) as if a dash ended it
            pending = line if line[-1:] in "-–—:" else f"{line} -"
            continue
        elif (
            not body
            and line[-1:] == ":"
            and len(line) <= 40
            and known_place(line[:-1].split(",")[0])
        ):
            # NDTV's "Batam, Indonesia:" over the story; The Express Tribune's "ISLAMABAD:"
            pending = f"{line[:-1]} —"
            continue
        elif len(body) <= 2 and len(line) <= 40 and _placed_outlet(line):
            # under a caption or a standfirst too: the story starts at its dateline
            # "Surabaya, NU Online" on a line of its own (NU Online); "Surabaya, Bhirawa." opens
            # the story with its stop, as it does in the paper's own paragraph
            pending = line if line[-1] == "." else f"{line} -"
            continue
        elif not body and index + 1 < len(lines) and place_over_story(line, lines[index + 1]):
            pending = f"{line} -"  # Kyodo's "TOKYO" alone over the story's first paragraph
            continue
        elif (
            not body
            and index
            and index + 1 < len(lines)
            and lone_town(line)
            and is_date_line(lines[index - 1])
            and is_caption(lines[index + 1])
        ):
            # "Kathmandu" under the stamp, over the lead picture's caption (The Kathmandu
            # Post): the dateline of the story under the caption
            pending, skip = f"{line} -", index + 2
            continue
        if "@" in line[-32:] and (handled := _HANDLE_SIGN_OFF.fullmatch(line)):
            line = handled["text"]  # "Kick-off is at 3PM. — @NtandoMoyo_Chron": the writer's handle
        if (
            is_furniture(line)
            or (is_caption(line) and not (len(body) >= 3 and signed_by_outlet(line)))
            or line == headline
        ):
            continue
        if len(body) <= 2 and (
            (len(line) <= 60 and is_date_line(line))
            # "Published Jun 06, 2028  •  Last updated 2 hours ago  •  4 minute read",
            # "Published Oct. 22, 2032 at 2:17 p.m.|Updated Oct. 22 at 4:05 p.m." (Tampa Bay)
            or (
                len(line) <= 100
                and ("•" in line or "|" in line)
                and is_date_line(STAMP_CELLS.split(line, 1)[0])
            )
        ):
            continue  # a date a standfirst pushed below the header
        if (
            body
            and index
            and len(lines[index - 1]) <= 60
            and _APPEAL_HEADING.fullmatch(lines[index - 1])
            and len(line.split()) <= 60
            and not any(mark in line for mark in '“”"')
            and _PITCH_WORDS.search(line)
        ):
            # "Support Independent Journalism" over "The Samoa Observer has been Samoa's
            # independent voice since 1978. Subscribe today to keep our journalists in the
            # field.", "Subscribe to The Athletic" over "… Cancel anytime.": the box's pitch
            continue
        if is_title_like(line):
            continue  # an injected related-article headline or a cross-heading
        if (
            english
            and not body
            and len(line) <= 90
            and _SAID_HEADING.fullmatch(line)
            and index + 1 < len(lines)
            and len(lines[index + 1].split()) >= 15
        ):
            continue  # a live blog's entry heading, "Kiprotich: ‘I knew at 35km the record was on’"
        if (
            english
            and body
            and (_unstopped(line) or (line[:2] in _BULLETS and _link_like(line)))
            and not _LIFE_DATES.fullmatch(line)
        ):
            # "Water bills to rise again, says regulator": English headlines are written in
            # sentence case, and a related story's, between paragraphs or under the last one,
            # ends on no stop as no paragraph of the story does. (Above the story, such a
            # line is its standfirst.)
            continue
        words = line.split()
        if not line.endswith(SENTENCE_END) and (
            len(words) < 4 or (len(words) <= 6 and line.islower())
        ):
            continue  # a label, or detik's tags in lower case under the story ("musik bali")
        paragraph = clean_paragraph(line)
        if len(paragraph.split()) >= 2:
            if paragraph != line and line[-1:] == ")" and (closing := closing_writer(line)):
                signer = (len(body), closing[0])  # "… seluler. (Rizal Lasaleng/nh)"
            body.append(paragraph)
            last = index
        if len(body) >= MAX_PARAGRAPHS:
            break
    facts = 0
    while facts < len(body) and _FACT_LINE.fullmatch(body[-1 - facts]):
        facts += 1
    if facts >= 2 and facts < len(body):
        # a box of facts under the story ("Spesifikasi Singkat …", then "Baterai: LFP 66,5
        # kWh", "Jarak tempuh (NEDC): 520 km"): a table's rows, not paragraphs
        del body[-facts:]
    if any(p[:1] in _PULL_MARKS for p in body):
        body = _without_pull_quotes(body)
    if author is None and signer is not None and signer[0] == len(body) - 1:
        # the last paragraph signed by its writer and the desk's initials, which the
        # paragraph loses: the writer is the story's author
        author = signer[1]
    return body, author, last


_PULL_MARKS = frozenset('“"')
# A row of a box of facts: a short label, a colon, a short value with no stop
_FACT_LINE = re.compile(r"[A-Z][^:.!?“”\"]{1,30}:\s+[^\s“”\"][^.!?“”\"]{0,40}(?<![.!?:])")


def _without_pull_quotes(body: list[str]) -> list[str]:
    """The story without its pull quotes: a paragraph that is only a quote, with no one
    named after it, whose words the story prints again elsewhere (a long read's
    “Now I have to prove it with a piece of paper”)."""
    # Most quotes in a story close on their attribution ("…,” kata Budi."): only one that
    # closes its paragraph is a candidate, and only then is the story folded to compare.
    candidates = [
        n
        for n, paragraph in enumerate(body)
        if paragraph[:1] in _PULL_MARKS
        and paragraph[-1:] in '”"'
        and len(paragraph) >= 22  # twenty characters inside the marks
        and len(paragraph.split()) <= 40
    ]
    if not candidates:
        return body
    folded = [paragraph.casefold() for paragraph in body]
    pulled = {
        n
        for n in candidates
        # "… But now I have to prove it …": the sentence, its first word's case aside
        if any(folded[n].strip('“”"') in other for m, other in enumerate(folded) if m != n)
    }
    return [paragraph for n, paragraph in enumerate(body) if n not in pulled]
