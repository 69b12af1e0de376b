"""Read the top of a page: outlet and section lines, headline, date line, byline, in any order.

Outlets print these in their own shapes ("detikNews" over the headline, "Retno Ayuningrum -
detikFinance", "Kompas.com - 18/06/2025, 21:35 WIB", Okezone's "Name, Jurnalis-Senin, ...");
each line is told by its shape and by what follows it, so an unknown outlet reads the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import pairwise

from digest.apps import is_app
from digest.clip import bare_link
from digest.dateline import is_outlet, split_dateline
from digest.dates import WIB, is_zone_name, parse_date, relative_age
from digest.furniture import (
    BY_PREFIX,
    DAY_AFTER_BYLINE,
    MAIL_AFTER_NAME,
    MORE_FROM,
    NAME_OUTLET,
    credited_caption,
    ends_article,
    is_caption,
    is_credit,
    is_furniture,
    is_outlet_label,
    is_section,
    is_title_like,
    outlet_of_logo,
    person_or_team,
    read_byline,
)
from digest.model import ArticleRejected
from digest.name_words import COMMON, NAME_WORDS, ROOT_WORDS, word_set
from digest.names import GLUED_WORDS, abbreviates
from digest.outlet_zones import SERVES, paper_town, town_zone
from digest.places import known_place

_SITE_NAME = re.compile(
    r"^(?:[\w\-]+\.)+(?:com|co\.id|id|net|org|co|tv|news|info|my\.id|or\.id)$", re.IGNORECASE
)
_DATE_WORDS = re.compile(
    # Java's market day beside the weekday: "Jumat Pahing, 8 Juni 2029" (Kedaulatan Rakyat)
    r"\b(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s+(?:legi|pahing|pon|wage|kliwon)"
    r"|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|updated|published"
    r"|posted|last|on|issued|modified|diperbarui|dipublikasikan|date|tanggal|edisi"
    # a readers' comments count beside it: "by Ana Sofia Gouveia  |  3 Comments"
    r"|comments?|komentar"
    r"|diterbitkan|dipublikasi|diposting\s+pada|diposting|terbit|pukul|at|wib|wita|gmt|utc|am|pm"
    # zones in capitals only: "by Marjolein de Wit" keeps her name
    r"|(?-i:WIT|EDT|EST|BST|ET|PT|CET|CEST|AEDT|AEST|SGT|JST|KST|CST|CDT|MST|MDT|PST|PDT|HST)"
    r"|menit\s+baca|mins?\.?\s+read"
    # the readers' count beside it: "• 1.204 kali dibaca", "| 2,841 views"
    r"|kali\s+dibaca|kali\s+dilihat|views)\b|\b[ap]\.m\.(?!\w)"
    r"|(?<=\d)[ap]m\b|●"
    r"|[\d/:.,|\-–—•()]",
    re.IGNORECASE,
)
SENTENCE_END = (".", "!", "?", "”", '"', "…", "»", "’", ")")
# A wire's tag before its headline: "(LEAD)", "(2nd LD)", "(URGENT)", "UPDATE 2-".
_WIRE_TAG = re.compile(
    r"^(?:\((?:[A-Z0-9]{2,}|\d+(?:st|nd|rd|th)\s+LD)(?:\s+[A-Z0-9]+)*\)\s+|UPDATE\s+\d+-)"
)
# The day a byline names after the writer's place: "oleh Nama [Pontianak] di 24 June 2025"
# "oleh Nama [Pontianak] di 24 June 2025" (Mongabay Indonesia), "by Name on 12 November 2025"
_BYLINE_DAY = re.compile(r"(?:\]\s+(?:di|on)|\s+on|(?<=[a-z])) +(\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})$")
# A writer's name, then the stamp's label: "Khurram Saeed Qureshi Published January 15, 2026"
_NAME_THEN_STAMP = re.compile(
    r"(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3})\s+"
    r"(?:Published|Posted|Diterbitkan|Dipublikasikan)\b"
)
# A headline the copy ran into its byline and day: "… bay red by Hanan Nugroho on 2 April 2025"
_HEADLINE_BY = re.compile(
    r"^(?P<headline>.{20,}?)\s+by\s+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,4})"
    r"\s+on\s+(?P<day>\d{1,2}\s+\w+\s+\d{4})$"
)
# What parts a byline's cells: "Oleh Nama | Jumat, …", "By Name // 26 November 2025",
# "Oleh Nama · 24/01/2026, 21:46 WIB"
_BYLINE_CELLS = re.compile(r"\s+//\s+|\s+[·•]\s+|\||\s+—\s+(?=\d)")  # "Oleh Nama — 10/06/2028"
_LOGO = re.compile(r"^((?:[A-Z][\w.&'’]*\s+){0,3}[A-Z][\w.&'’]*)\s+[Ll]ogo$")
# A section's path over the headline: "Asia / Southeast Asia" (the SCMP).
_SECTION_PATH = re.compile(r"^([A-Z][\w&.' ]{1,25}?)(?:\s/\s[A-Z][\w&.' ]{1,25}){1,3}$")
# A section's rubric over the headline: "Asia | Manila's pendulum" (The Economist's kicker).
_RUBRIC = re.compile(r"^([^|]{2,30}?)\s*\|\s*[^|\s]+(?:\s+[^|\s]+){0,4}$")
_BACK_HOME = re.compile(r"^(.{2,40}?)\s+-\s+back\s+to\s+home$", re.IGNORECASE)
_OUTLET_TAGLINE = re.compile(r"^(\S.{0,28}?)\s+[-–—|]\s+[A-Z][^-–—|\d]{5,60}$")
# What an outlet's tagline calls it: "Information and News Agency", "Portal Berita …"
_PRESS_TAGLINE = re.compile(
    r"\b(?:(?:news|press|information)\s+agency|kantor\s+berita|portal\s+berita|news\s+portal"
    r"|newspaper|surat\s+kabar|media\s+online|situs\s+berita|daily$)\b",  # "The Outspoken Daily"
    re.IGNORECASE,
)
# How a paper's tagline under its name opens: "News from Adamstown …", "Berita dari …",
# "The voice of …", "Your news from …"
_TAGLINE_OPENING = re.compile(
    r"(?i:(?:news|stories|voices?|berita|kabar|informasi)\s+(?:from|of|for|dari|seputar)"
    r"|the\s+voice\s+of|your\s+(?:\w+\s+){0,2}news\b"
    # "Serving Kodiak Island since 1940", "Island news since 1998", "Melayani pembaca sejak
    # 1998": what it serves and since when
    r"|(?:serving|melayani)\s.{3,60}\b(?:since|sejak)\s+\d{4}"
    r"|(?:[\w'’]+\s+){1,4}(?:since|sejak|est\.?)\s+\d{4}$)"
)
_SITE_TITLE = re.compile(
    r"(?P<name>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*){0,3}) [-–] (?:"
    r"(?:[A-Z][\w'’]* ){0,3}"
    r"(?i:latest|breaking|top)\b.{0,40}\b(?i:news|headlines)(?: and (?i:headlines|news))?"
    # "RADARBANTEN.CO.ID – Berita Banten Terkini", "Metrosulawesi - Media Cetak dan Online
    # Sulawesi Tengah": an Indonesian site's tagline
    r"|(?i:(?:portal\s+)?berita\s(?:\S+\s){0,3}?(?:terkini|terbaru|terpercaya)\b.{0,20}"
    r"|media\s+(?:cetak|online|siber|digital|kebanggaan|pemasaran|teknologi|informasi)\b.{0,50})"
    # "UPEKS.co.id - Harian Ujungpandang Ekspres": the paper's long name
    r"|(?-i:Harian(?:\s+[A-Z][\w.]*){1,3}))"
)
_BARE_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.IGNORECASE)
_DATE_TEXT = re.compile(
    # "16th Nov 2028", "Jun 4th 2025", "17-May-2029"
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s+|-)\w+\.?(?:\s+|-)\d{4}|\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\b\d{1,2}[:.]\d{2}\b|(?<=[\sA-Z])[+\-−]\d{1,2}(?::?\d{2})?\b"  # a time, "GMT+7"
)
# A date after an outlet or a writer: "Kompas.com - 18/06/2025, 21:35 WIB",
# "Fitri Rahayu Amanda, Jurnalis-Senin, 16 Juni 2025 |15:20 WIB".
_DATE_PREFIX = re.compile(
    # "Jakarta/Bandung ● Tue, November 18, 2025": two cities a slash joins are one prefix
    r"^(?P<prefix>(?:[^\d|•·●/]|(?<=[a-z])/(?=[A-Z])){2,60}?"
    r"(?:,\s*(?:jurnalis|wartawan|reporter|kontributor|koresponden))?)"
    r"\s*(?:\s[-–—|•·●/]|[|•·●]|(?<=jurnalis)-|(?<=wartawan)-|(?<=reporter)-)"
    # "Dhananjay Rao / TNN / Updated: Jun 4, 2025, 07:15 IST": the agency between
    r"(?:\s*[A-Z]{2,6}\s+/)?\s*(?P<date>.*\d.*)$",
    re.IGNORECASE,
)
_ENGLISH_EDITION = re.compile(r"[A-Z][\w'’.&\-]*(?: [A-Z][\w'’.&\-]*){0,2} in English")
_WRITER_PREFIX = re.compile(
    r"^(?:(?:oleh|by|penulis|reporter|laporan)\s*:?\s+(?P<named>[^,]{2,60})$"
    r"|(?P<name>[^,]{2,60}),\s*(?:jurnalis|wartawan|reporter|kontributor|koresponden))$",
    re.IGNORECASE,
)
_BYLINE_LABELS = frozenset(
    {
        "penulis",
        "pewarta",
        "reporter",
        "oleh",
        "by",
        "author",
        "authors",  # The Conversation's, over its writers' names and posts
        "writer",
        "editor",
        "penyunting",
    }
)
# A name, a dot or bar, then the date: "Agung Bakti Sarasa · Selasa, 21 Oktober 2025".
_WRITER_BESIDE_DATE = re.compile(
    r"^[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){1,4}(?:\s*(?:[•·|]|\s[-–—/]\s)\s*\S"
    # "Rhys Tamihana 14:42, Oct 25 2029" (Stuff): the name, then the time
    r"|\s+\d{1,2}[:.]\d{2},)"
)  # "Fajar Ramdhani - 20 Juni 2025, 07:30 WIB" too
_PLACE_AFTER_STAMP = re.compile(r"\d.*?\s[-–—|]\s*(?P<place>[A-Z][A-Za-z .]{2,30})$")
# A clock and its zone's name before a place: "… 05:41 pm IST - " (The Hindu)
_ZONED_CLOCK_BEFORE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:(?i:[ap]\.?m\.?)\s*)?(?P<zone>[A-Z]{2,4})\s[-–—|]\s*$"
)
_HANDLE = re.compile(r"@[\w./\-]{3,40}")
# An e-paper's text view: its name, then its page's bar and buttons over the story
# (not "Masuk | Daftar | Langganan E-Paper", an account bar's links)
# A live blog's day over its entries: "Live blog dimulai Sabtu, 15 Desember 2029 · 12.00 WIB"
_LIVE_BLOG_STARTED = frozenset({"live blog dimulai", "live blog started", "live blog opened"})
# A live blog's entry's label and time: "PEMBARUAN · 16.48 WIB", "UPDATE · 16:48"
_ENTRY_TIME = re.compile(
    r"(?i:pembaruan|update|updated|terbaru|latest)\s*·\s*(?P<time>\d{1,2}[.:]\d{2})"
    r"(?:\s*(?:WIB|WITA|WIT|GMT|BST|UTC))?"
)
_EPAPER = re.compile(
    r"(?P<name>[^\s|•·][^|•·]{1,40}?)\s+(?:e-?(?:paper|edition)|digital\s+edition)"
    r"|e-?paper\s+(?P<named>[^|•·]{2,40})",
    re.IGNORECASE,
)
_EPAPER_BAR = re.compile(
    r"(?i:(?:^|[|·]\s|[◀‹]\s*)(?:halaman|hal\.|page)\s*\d+\b|\b(?:(?:prev(?:ious)?|next)\s+page"
    r"|text\s+view|tampilan\s+teks|unduh\s+pdf|(?:page|article)\s+view|tampilan\s+(?:halaman|artikel)"
    # "Artikel di halaman ini: 1 dari 3", "Article 2 of 4 on this page", "Harian Ekonomi
    # NERACA · Edisi Kamis, 13 Desember 2029"
    r"|artikel\s+di\s+halaman\s+ini|article\s+\d+\s+of\s+\d+|edisi\s+\w+,?\s+\d)\b)"
)
_MAIL_ADDRESS = re.compile(r"([\w.+\-]{1,40})@[\w\-]+(?:\.[\w\-]+)+")
_READING_TIME = re.compile(r"\d+\s*(?:[–-]\s*\d+\s*)?(?:minutes?|menit|mins?\.?\s+(?:to\s+)?read)")
# the reading time closing a row: "Senior Reporter · Hawke's Bay Today · 4 mins to read"
_READING_CELL = re.compile(rf"\s*[·•|]\s*{_READING_TIME.pattern}$")
# a reader view's "Name • 5–6 minutes": the writer, a dot, the reading time
_READER_BYLINE = re.compile(rf"^(?P<name>[^•·]{{3,60}}?)\s*[•·]\s*{_READING_TIME.pattern}$")
# A headline that names a day starts with two or more words before any digit.
_DATED_TITLE = re.compile(r"^[^\W\d_][^\d]*\s[^\W\d_][^\d]*\s\d")
_NAME_IN_PARENS = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<outlet>[^()]{2,40})\)$")
# Weekday and month names only Indonesian uses: a date line written in Indonesian.
_INDONESIAN_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|januari|februari|maret|mei|juni|juli"
    r"|agustus|oktober|desember|okt|agu|ags|agt|des|pukul)\b",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_SEVERAL = re.compile(r",| and | dan | & ")
# "Bishkek - 24.kg news agency, Aigerim Toktosunova": where it was filed, the agency, the writer
_PLACE_AGENCY_WRITER = re.compile(
    r"^[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? [-–—] (?P<outlet>\S+)(?: news agency)?, "
    r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})$"
)
# "… in Penajam Paser Utara, East Kalimantan" (DW): the place and its region
_IN_PLACE = re.compile(r"^(?:by\s+)?(?P<name>.+?)\s+in\s+[A-Z][\w .,]+$", re.IGNORECASE)
_IN_PLACES = re.compile(
    r"\s+in\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}(?:,\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?"
    r"(?=\s+and\s+|$)"
)
# A writer's name and what they do on one line: "Daniel Ashworth Senior political
# correspondent", "KENTA ISHIDA, Nikkei staff writer".
_NAME_THEN_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}?"
    # "DIMAS SANTOSO and YUKI NAKAGAWA, Nikkei staff writers": two writers
    r"(?:\s+and\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}?)?),?\s+(?:[A-Za-z]+\s+){0,3}"
    # "Chloe Harrington Court Reporter" (Reach) in title case
    r"(?i:correspondent|editor|reporter|writer|reporting\s+service)s?$"
)
# The line under a writer's name that says what they do: "South East Asia correspondent".
_ROLE_LINE = re.compile(
    r"^(?:[\w'’.\-]+\s+){0,5}(?:correspondent|editor|reporter|writer|analyst|journalist|koresponden"
    r"|wartawan|jurnalis|kontributor|reporting\s+service)"  # "Local Democracy Reporting Service"
    r"(?:,?\s+[\w'’.\-]+){0,4}"  # "…correspondent, Bangkok"
    r"(?:\s+@\w+)?$",  # "North of England correspondent @lornahalloran" (Sky News)
    re.IGNORECASE,
)
# "Reporting from Weda Bay, Indonesia" under The New York Times' byline: where it was filed
_REPORTING_FROM = re.compile(
    r"^Reporting from (?P<place>[A-Z][^,;]{1,40}?)(?: and [^,]+)?(?:,.*)?$"
)
_GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][a-z]{2,}")
# "Waspada.id/Ismail Nasution" under the date: the outlet, a slash, the writer.
_OUTLET_SLASH_NAME = re.compile(
    r"(?P<outlet>[\w.\-]{2,30}(?: [\w.\-]{2,30}){0,2})\s?/\s?"
    # "Rakyat Bengkulu / Reporter: Welly Saputra": the writer's label after the slash
    r"(?:(?i:reporter|penulis|pewarta|wartawan)\s*:\s*)?"
    r"(?P<name>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){1,3})"
)
# "Sok Pisey / Khmer Times", "Desi Anggraini - Lahat Terkini": a writer and the outlet the
# page names itself by.
_NAME_SLASH_OUTLET = re.compile(
    r"(?P<name>[A-Z][\w'’.\- ]{2,40}?)\s+(?:[/\-–—|·]|[Ff]or)\s+(?P<outlet>[^/\-–—|·]{2,40})$"
)  # "Niamh Brosnan For The Kerryman" too
# A byline above the headline must say it is one ("Penulis:", "By"), not just look like a name.
_LABELLED_BYLINE = re.compile(
    r"^(?:penulis|pewarta|reporter|author|writer|oleh|by|laporan|cerita\s+oleh|kontributor"
    r"|wartawan|jurnalis|ditulis\s+oleh|contributor)\b",
    re.IGNORECASE,
)


@dataclass
class PageTop:
    """What the top of the page says, filled in as its lines are read."""

    headline: str | None = None
    source: str | None = None
    author: str | None = None
    published: datetime | None = None
    printed: datetime | None = None  # the first date line of the text itself
    age: timedelta | None = None  # "2 jam lalu": only a date the page also prints can anchor it
    # A date above the headline is the site's "today"; one under it is the article's own.
    printed_above: bool = False
    # The first date line said "Updated": a "Published" line below it is the article's time.
    printed_updated: bool = False
    # The city a date line names ("Jakarta ● Tue, June 3, 2025"): the dateline, if the story
    # opens on none
    filed_in: str | None = None
    # The source is the first item of a menu at the top ("Today" of Apple News's tabs), which
    # a channel's name over its "Follow" button outranks
    menu_source: bool = False
    # The author is a name over the date with no label ("Warta Wamena · Ekonomi"), which a
    # writer's label under it ("Reporter: Frans Kogoya") outranks
    author_unlabelled: bool = False


def _date_line(line: str, zone: tzinfo, *, bare: bool = False) -> tuple[datetime, str] | None:
    """A line that is only a date (plus weekday, "Updated", a site name): the date and the rest.

    bare: allow no words beside the date but one label ("Tayang:", "Updated") or a site name.
    """
    if len(line) > 90:
        return None
    if line[-1:].isdigit() and (doubled := _DOUBLED_DAY.match(line)):
        line = doubled[1]  # "Published On 9 Sep 20259 Sep 2025" (Al Jazeera): the day twice
    if zone is UTC and _INDONESIAN_DATE.search(line):
        zone = WIB  # "21 Okt 2025 20:43" on a page about English lessons is still Jakarta time
    found = parse_date(line, default_zone=zone)
    if not found:
        return None
    split = _DATE_PREFIX.match(line)
    if (
        split
        and parse_date(split["date"], default_zone=zone) == found
        # "TRIBUNJABAR.ID - Berikut ini adalah ramalan zodiak pada Selasa 10 Juni 2025.": the
        # lede under its dateline names a day, and is no date line
        and len(_DATE_WORDS.sub(" ", _DATE_TEXT.sub(" ", split["date"])).split()) <= 4
    ):
        return found, split["prefix"].strip()
    rest = _DATE_WORDS.sub(" ", _DATE_TEXT.sub(" ", line))
    rest = " ".join(rest.split()).strip(" |•·,")
    if len(rest) > 30 or (
        bare
        and len(rest.split()) > 1
        and not _source_line(rest)
        and not is_outlet(rest)
        and rest.casefold() not in _LIVE_BLOG_STARTED
    ):  # "Tuesday January 14 2025, 12.01am, The Times"
        return None
    return found, rest


def _is_paragraph(line: str) -> bool:
    return len(line) > 250 or (len(line.split()) > 35 and line.endswith("."))


def _could_be_headline(line: str) -> bool:
    # "Crack, Legenda...": a headline may trail off; it never ends a sentence, unless it is two
    ends_sentence = line.endswith(".") and not line.endswith("...") and not _two_sentences(line)
    words = len(line.split())
    if words > 25:
        # Daily Mail's run to 40 words ("Aussie tourist, 28, arrested in Bali after … - as
        # family pleads for calm and DFAT confirms …"), one clause after another; a paragraph
        # that long has a sentence's end in it or at its end
        return words <= 40 and line[-1] not in ".?!" and _SENTENCE_INSIDE.search(line) is None
    return words >= 2 and not ends_sentence and not _is_paragraph(line)


_SENTENCE_INSIDE = re.compile(r"[.?!][\"”’']? [A-Z]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


# "Egg prices are falling at wholesale. Here's when shoppers could see relief." (CBS)
_TWO_SENTENCES = re.compile(r"[^.!?]{12,}[.!?] [A-Z][^.!?]{12,}\.")


def _two_sentences(line: str) -> bool:
    """A headline written as two short sentences, each with its full stop."""
    return len(line.split()) <= 25 and _TWO_SENTENCES.fullmatch(line) is not None


def _source_line(line: str) -> bool:
    words = line.split()
    return len(line) <= 40 and len(words) <= 4 and bool(_SITE_NAME.match(line.replace(" ", "")))


# The banner over an old story's headline: "This was published 3 years ago" (SMH, The Age),
# "This article is more than 5 years old" (The Guardian)
_OLD_STORY = ("This was published ", "This article is more than ")


def _label(
    lines: list[str], i: int, labels: int, zone: tzinfo, *, above_label: bool = False
) -> str | None:
    """What a line above the headline is: "outlet", "section", "label" (unknown) or None."""
    line = lines[i]
    if i + 1 >= len(lines) or len(line) > 40:
        return None
    if line.endswith(SENTENCE_END) and not is_section(line):  # "U.S." is a section
        return None
    if is_outlet_label(line) or (not labels and _source_line(line)):
        return "outlet"
    if (
        i == 0
        and _PAPER_NAME_END.search(line)
        and _brand_like(line)
        and not is_section(line)
        and (
            is_section(lines[1])
            or _menu(lines, 1, zone)
            # "Northampton Chronicle & Echo" over its "Subscribe" button
            or (len(lines[1].split()) <= 2 and is_furniture(lines[1]))
            # "ISEN MULANG POS" over "Kalteng Bersuara" over "Home / Ekonomi / Bisnis": its
            # tagline between
            or (len(lines) > 2 and len(lines[1].split()) <= 6 and _slashed_path(lines[2]))
        )
    ):
        # "Isle of Wight County Press" over its menu: a paper by its name (not a headline,
        # "Musk Buys The Washington Post", over its date)
        return "outlet"
    if (
        i == 0
        and _brand_like(line)
        and any(
            later.startswith(f"{line} | ") and is_section(later[len(line) + 3 :])
            for later in lines[1:4]
        )
    ):
        return "outlet"  # "Hawke's Bay Today" over "Hawke's Bay Today | Health" (NZ Herald)
    if (
        not labels
        and _brand_like(line)
        and len(line.split()) <= 3
        and not is_section(line)  # "News" over "Show more news sections" (Al Jazeera)
        and _tagline(lines, i + 1, zone)
    ):
        return "outlet"  # "Eco-Business" over "A Sustainable Future Starts Here" and the menu
    after = lines[i + 1]
    if i + 2 < len(lines) and after.startswith(_OLD_STORY) and is_furniture(after):
        # "Housing" over "This was published 11 hours ago" (SMH) over the headline: the
        # banner on an old story is chrome, no date the line over it would be the headline of
        after = lines[i + 2]
    # "Harian Jogja" over "Jogjapolitan" over the headline: two labels, one of them unknown.
    if (
        is_section(after)
        or is_outlet_label(after)
        or (not above_label and _label(lines, i + 1, labels + 1, zone, above_label=True))
    ):
        # "The Prince County Packet" over its menu: a paper's name may take a "The" more
        words = line.split()
        short = len(words) <= 3 or (len(words) == 4 and words[0] == "The")
        return "section" if is_section(line) else "label" if short else None
    if _is_stamp(after, zone) and is_section(line):
        # "Berita" over the date, the headline under it (detik, Suara): a section; a section
        # word alone over the date and the story is the headline
        below = next((x for x in lines[i + 2 : i + 5] if not _is_stamp(x, zone)), "")
        if _could_be_headline(below) and len(below.split()) > len(line.split()) + 1:
            return "section"
    if _is_stamp(after, zone) or not _could_be_headline(after):
        return None  # a short line right above the date or the first paragraph is the headline
    if is_section(line):
        return "section"
    if (
        i == 0
        and len(line.split()) <= 5
        and _PAPER_NAME_END.search(line)
        and _brand_like(line)
        and len(after) > len(line) + 20
        and i + 3 < len(lines)
        and _reads_as_name(lines[i + 2], lines)
        and _is_stamp(lines[i + 3], zone)
    ):
        # "Leyte Samar Daily Express" over the headline, its writer, its day (not "Musk Buys
        # The Washington Post", a headline over another story's)
        return "outlet"
    if len(line.split()) > 3 or len(after) <= len(line):
        return None
    if _reads_as_name(after.split("|")[0], lines):
        return None  # "Rice Prices Climb" over "Jane Doe & John Roe": a headline and its byline
    # The headline may carry a standfirst and a byline before its date; with no date at all,
    # a brand over a long Title Case headline ("Warta Kota" over "Potret Kabar ...") still reads.
    if any(_is_stamp(later, zone) for later in lines[i + 2 : i + 6]):
        return "label"
    long_title = len(after.split()) >= 6 and is_title_like(after)
    return "label" if long_title and _brand_like(line) else None


# "07/12/2028 11:02   Sekolah Rakyat … - Harian Haluan", "12/7/28, 11:02 AM  Title"
_PRINT_HEADER = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?\s+"
    r"(?!(?:WIB|WITA|WIT|GMT|UTC)\b)\S.*\s[-|–]\s\S.*"  # the title and its site
)
_BRACKETED_NAME = re.compile(r"\[\s*([A-Z][^\[\]]{2,40}?)\s*\]")
_ADDRESS_PATH = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/[\w\-/.]*")
_NO_HEADLINE_MARK = re.compile(r"[(|]|[.!?] |\b(?:Foto|Kredit|Photo)\b")


def kicked(kicker: str, line: str) -> bool:
    """Tell whether a short headline is a kicker over the line under it: that line is a
    headline too, in title case with no stop, and longer by three words or more."""
    words = line.split()
    if not len(kicker.split()) + 3 <= len(words) <= 25 or line.endswith(SENTENCE_END):
        return False
    if _NO_HEADLINE_MARK.search(line) or is_caption(line):
        return False  # a caption under the picture: "… Kamis, 6 November 2025. -Foto: …-"
    capitalised = sum(word[:1].isupper() or word[:1].isdigit() for word in words)
    return capitalised >= 0.6 * len(words) and words[0][:1].isupper()


def is_role_line(line: str) -> bool:
    """A writer's role on the line under their name: "North of England correspondent
    @lornahalloran", "Senior political correspondent"; not a sentence."""
    return len(line) <= 80 and not line.endswith(SENTENCE_END) and bool(_ROLE_LINE.match(line))


# An aggregator's line of the outlet and when it ran the story: "SWA • 21 Nov 2025, 10:15"
# (Kurio), "Warta Binjai · 5 jam yang lalu" (Opera News)
SOURCE_AND_DAY = re.compile(
    r"(?P<name>[^•·]{2,40}?)\s+[•·]\s+"
    r"(?:\d{1,2}\s+\w+\s+\d{4}\b.*|\d+\s+\w+\s+(?:yang\s+)?(?:lalu|ago)"
    # an e-paper's issue: "The Northern Lanka Herald  ·  February 25, 2031"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\b.*"
    # a feed's item: "Mackinac Island Town Crier · 5h", "Warta Binjai · 2 j"
    r"|\d{1,2}\s?(?:m|h|d|j|mnt|jam|hr|min)\b(?:\s+ago)?)"
)


_PRINTED_POST = re.compile(
    r"Posted By (?P<name>.{2,60}?) On (?P<day>\w.{4,30}?\d{4})"
    r"(?:\s*@\s*(?P<time>\d{1,2}:\d{2}\s*(?:[ap]m)?)?)?(?:\s+In\s.*)?$",
    re.IGNORECASE,
)
# "Ritwika Dasgupta, Pictures by Arnab Sengupta": the writer, then who took the pictures
_PICTURES_BY = re.compile(
    r",?\s+(?:pictures?|photos?|photographs?|images?|videos?|foto)\s+(?:by|oleh)\s+.*$", re.I
)


def is_date_line(line: str) -> bool:
    """Tell whether a line is only a date stamp ("Oct. 21, 2025, 5:00 a.m. ET"): no story."""
    return _date_line(line, UTC, bare=True) is not None


_DESK_AFTER = re.compile(r" [-–—] ")
# A label that names the writer, not the editor
_WRITERS_LABEL = re.compile(r"(?i:reporter|penulis|pewarta|wartawan|kontributor|oleh|by|words)\b")


def _is_stamp(line: str, zone: tzinfo) -> bool:
    return bool(read_byline(line) or relative_age(line) or _date_line(line, zone))


# "Updated Jun 03, 2025, 07:45 PM" over "Published Jun 03, 2025, 05:30 PM" (Straits Times):
# the article's time is the one it was published at.
_STAMP_LABEL = re.compile(r"^\W*(\w+)", re.IGNORECASE)
_UPDATED_ORIGINAL = re.compile(
    # "7:02 a.m.| Published: …" (AL.com), "6:05am, first published March 9 2031 - 4:30pm" (ACM)
    r"^(?:updated|diperbarui)\b.*?\d{4}.*?\s?[/|,]\s*"
    r"(?P<published>(?:original|published|posted|first\s+published)\b.*\d{4}.*)$",
    re.IGNORECASE,
)
# "Diterbitkan: 09 Juni 2029   20:37   Diperbarui: …" (Kompasiana), "14:32, 20 Jun
# 2029Updated 16:05, 20 Jun 2029" (Reach's phone pages): the first stamp, its time after it
_PUBLISHED_UPDATED = re.compile(
    # the writer may come first: "Shahid Mehmood Khan Published September 26, 2032 Updated
    # about 12 hours ago" (Dawn)
    r"^(?P<published>(?-i:(?:[A-Z][\w'’.\-]*\s+){2,4})?"
    r"(?:(?:published|posted|diterbitkan)\b|(?=\d)).*?\d{4}"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?)\s*(?:[|,;·•]\s*)?"
    r"(?:updated|diperbarui)\b",
    re.IGNORECASE,
)
_DOUBLED_DAY = re.compile(r"^(.{0,20}?(\d{1,2}\s[A-Za-z]{3,9}\s\d{4}))\2$")
_UPDATED_FIRST_AT = re.compile(
    r"^updated\s+(?P<day>.{4,40}?\d{4})\s*[—–-]\s*[\d.:]+\s*[ap]\.?m\.?,?\s+"
    # "… first published at 4.30pm" (SMH), "… first published 11:30am" (The Canberra Times)
    r"first\s+published\s+(?:at\s+)?(?P<time>[\d.:]+\s*[ap]\.?m\.?)$",
    re.IGNORECASE,
)
_UPDATED_CLOCK = re.compile(
    r"(?:updated|diperbarui)\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?",
    re.IGNORECASE,
)
# "Posted 6:30 am" (The Border Watch), "Updated 6:14 p.m.": the label of a time alone
_CLOCK_LABEL = re.compile(
    r"(?i:posted|published|diposting|terbit|(?P<later>updated|diperbarui))"
    r"(?:\s+(?:at|on|pukul))?\s*:?\s*"
)


def _labelled_clock(line: str, page: PageTop) -> tuple[str, bool] | None:
    """The time of day a line under the headline gives alone ("06:55 WIT", "Posted 6:30 am"),
    and whether it is an update's; or None. An update's time counts only under the site's day
    over its masthead: under the story's own day it is when the story changed, not when it
    ran."""
    later = False
    if (label := _CLOCK_LABEL.match(line)) is not None:
        later = label["later"] is not None
        if later and not page.printed_above:
            return None
        line = line[label.end() :]
    return (line, later) if _BARE_TIME.match(line) else None


_LATER_STAMPS = frozenset({"updated", "modified", "diperbarui", "last"})  # "Last Updated :"
_FIRST_STAMPS = frozenset(
    {"published", "issued", "posted", "original", "diterbitkan", "terbit", "tayang"}
)


def site_today(page: PageTop) -> bool:
    """Whether the date read so far is a site's today over its masthead ("Wednesday, June 4,
    2025" on the NYT), no time and above the headline: a story's own date below replaces it."""
    printed = page.printed
    return printed is not None and page.printed_above and printed.hour == printed.minute == 0


def _read_dated(line: str, page: PageTop, zone: tzinfo) -> bool:
    """Read a date line and what shares it (an outlet, a writer); False if it is not one."""
    if page.headline is None and _DATED_TITLE.match(line) and not _date_line(line, UTC, bare=True):
        return False  # "Jadwal Imsakiyah Jakarta 18 Juni 2025" is a headline that names a day
    both = _PUBLISHED_UPDATED.match(line) or _UPDATED_ORIGINAL.match(line)
    if both:
        # "Published June 3, 2025Updated June 4, 2025, 5:21 a.m. ET", "Updated Jan 15, 2025,
        # 4:08 am EST / Original Jan 15, 2025, 2:31 am EST": the first stamp
        line = both["published"]
    elif first := _UPDATED_FIRST_AT.match(line):
        # "Updated February 9, 2026 — 6.15pm, first published at 4.30pm" (SMH): that day, then
        line = f"{first['day']} {first['time']}"
    dated = _date_line(line, zone)
    if not dated:
        if (
            page.headline is not None
            and page.printed is not None
            and (clocked := _labelled_clock(line.split(" · ", 1)[0].strip(), page))
            # the site's day, or an update's time a first one now replaces
            and (
                page.printed.hour == page.printed.minute == 0
                or (page.printed_updated and not clocked[1])
            )
            and (timed := parse_date(f"{page.printed:%d %B %Y} {clocked[0]}", default_zone=zone))
        ):
            # "06:55 WIT · 2 jam lalu", "Posted 6:30 am" under the headline, the site's day over
            # its masthead: that minute of that day (and "Updated 6:14 p.m." until the page
            # gives the first one: "Posted 2:05 p.m." under it)
            page.printed, page.printed_above, page.printed_updated = timed, False, clocked[1]
            return True
        if page.printed is not None and line[:1] in "UuDd" and _UPDATED_CLOCK.fullmatch(line):
            return True  # "Updated 9:15 p.m." under "May 26, 2033": when it changed, not ran
        if len(line) <= 60 and relative_age(line):
            page.age = page.age or relative_age(line)
            if (beside := _AGE_AFTER.split(line, maxsplit=1)) and len(beside) == 2:
                # "Rina Marlina - 2 jam lalu" (Sumedang Ekspres): the writer beside the age
                page.author = page.author or _writer_beside(line, beside[0])
            return True
        return False
    found, prefix = dated
    labelled = _STAMP_LABEL.match(line)
    label = labelled[1].casefold() if labelled else ""
    if (
        page.printed is None
        # "Updated 04 June 2025" over an unlabelled "June 04, 2025 11:40": the first is later
        or (page.printed_updated and label not in _LATER_STAMPS)
        or (site_today(page) and page.headline is not None and label in _FIRST_STAMPS)
        # A day with no time (the site's date over its masthead), then that day's stamp with
        # its time: "Tuesday January 14 2025, 12.01am, The Times"; or the day before's, under
        # a copycat blog's "Posted by admin | Kamis, 4 Desember 2025": the story's own
        or (
            page.printed.hour == page.printed.minute == 0
            and (found.hour or found.minute)
            and timedelta(0) <= page.printed.date() - found.date() <= timedelta(days=1)
            and label not in _LATER_STAMPS
        )
        # The site's clock over its menu ("Rabu, 12 November 2025 | 17:03 WIB"), then the
        # story's own stamp under the headline (SINDOnews): the story's
        or (page.printed_above and page.headline is not None and label not in _LATER_STAMPS)
    ):
        page.printed = found
        page.printed_above = page.headline is None
        page.printed_updated = label in _LATER_STAMPS
    if (
        page.headline is not None
        and line[-1:].isalpha()
        and (placed := _PLACE_AFTER_STAMP.search(line, max(0, len(line) - 35)))
        and (
            known_place(placed["place"])
            # "… 05:41 pm IST - SRIHARIKOTA": a place in capitals after the clock and its zone
            or (
                placed["place"].isupper()
                and (zoned := _ZONED_CLOCK_BEFORE.search(line, 0, placed.start("place")))
                and is_zone_name(zoned["zone"])
                and not is_section(placed["place"])
            )
        )
    ):
        # "Published - November 21, 2025 08:40 pm IST - NEW DELHI" (The Hindu)
        page.filed_in = page.filed_in or placed["place"]
    byline = _WRITER_PREFIX.match(prefix)
    if byline:
        named = _as_printed(byline["named"] or byline["name"], line)
        page.author = page.author or person_or_team(named)
    elif (
        prefix
        and not is_zone_name(prefix)
        # "Tangerang Ekspres | Senin, 11 Juni 2029, 15:20 WIB": a paper's name, no writer's
        and (_source_line(prefix) or is_outlet_label(prefix) or _PAPER_NAME_END.search(prefix))
    ):
        page.source = page.source or prefix
    elif prefix and prefix.casefold() == (page.source or "").casefold():
        pass  # "Bengkulu Ekspress | 08 Jan 2026 14:20" under its name: the outlet, no writer
    elif (
        prefix
        and page.headline is not None
        # "Nov 27th 2025|JAKARTA|4 min read" (The Economist): the city between bars; "Pune |
        # Updated: April 19, 2033 21:10 IST" (The Indian Express): a city of 100,000 or more
        # that the gazetteer of topics leaves out
        and (line.startswith(prefix) or f"|{prefix}|" in line.replace(" | ", "|"))
        and (known_place(prefix) or town_zone(prefix, people=100_000) is not None)
    ):
        page.filed_in = page.filed_in or prefix  # not "Wednesday 4 June 2025 07:15, UK" (Sky)
    elif prefix and (writer := _writer_beside(line, prefix)):
        page.author = page.author or writer
    return True


def _as_printed(name: str, line: str) -> str:
    """A name read from what is left of a date line, as the line prints it: the hyphen of
    "Laura van der Berg-Martis" ("Posted on June 26, 2029 at 10:15 am by …")."""
    printed = re.search(r"[\s\-]+".join(map(re.escape, name.split())), line)
    return printed[0] if printed else name


_AGE_AFTER = re.compile(r"\s+[-–—•·|]\s+(?=\d)")


def _writer_beside(line: str, prefix: str) -> str | None:
    """The writer a date line names before its date, with no label ("Fachri Audhia Hafiez •
    21 Oktober 2025 20:43"); not a section or a place ("Jawa Barat - 20 Juni 2025")."""
    if is_section(prefix) or known_place(prefix):
        return None
    if _WRITER_BESIDE_DATE.match(line):
        return person_or_team(prefix)
    if (
        # "Nurfadillah — Selasa, 15 Februari 2028 17:20" (Radar Selatan): a writer known by
        # one name, never a stamp's label ("Diperbarui — …")
        _ONE_NAME_BESIDE_DATE.match(line) and prefix.casefold() not in _STAMP_WORDS
    ):
        return person_or_team(prefix)
    return None


_ONE_NAME_BESIDE_DATE = re.compile(r"^[A-Z][a-z]{3,}\s*(?:[•·|]|\s[–—]\s)\s*\S")
# The words a date line may open with that are no writer: a stamp's labels, and more
_STAMP_WORDS = (
    _LATER_STAMPS
    | _FIRST_STAMPS
    | word_set("dibuat ditulis dipublikasikan publikasi waktu tanggal date home")
)


def writer_beside_date(line: str) -> str | None:
    """The writer of a date line under an HTML page's headline ("Rian Saputra - 19 Apr 2027
    10:15", RRI), read as a copied page's is."""
    dated = _date_line(line, UTC) if len(line) <= 80 else None
    return _writer_beside(line, dated[1]) if dated and dated[1] else None


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


# A date in numbers alone whose day and month could be either: "02/10/2026".
_NUMERIC_DAY = re.compile(r"^\W*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\W*$")


def _spelled_below(numeric: re.Match[str], below: list[str], page: PageTop, zone: tzinfo) -> int:
    """Read "02/10/2026" over "February 10, 2026" (DW) as the spelled-out day, when the numbers
    could be read either way; return how many lines that used (0 or 1)."""
    first, second = int(numeric[1]), int(numeric[2])
    if first == second or first > 12 or second > 12 or page.printed is None:
        return 0
    for used, line in enumerate(below[:1], start=1):
        found = _date_line(line, zone, bare=True)
        if found and (found[0].year, found[0].month, found[0].day) == (
            page.printed.year,
            page.printed.day,
            page.printed.month,
        ):
            page.printed = found[0]
            return used
    return 0


def foot_date(lines: list[str], zone: tzinfo) -> datetime | None:
    """The date line right under the story, for a page whose top gave none or only "2 jam
    lalu" (Suara Surabaya: "Laporan oleh X / Editor: Y / Selasa, 13 Januari 2026 | 10:20 WIB").

    Only the writer's and editor's lines or a share button may stand between: a date further
    down belongs to a related story."""
    for line in lines[:_FOOT_LINES]:
        found = _date_line(line, zone, bare=True)
        if found is not None:
            return found[0]
        if not (read_byline(line) or _FOOT_CREDIT.match(line)):
            break
    # "Diterbitkan: Kamis, 12 Maret 2026 | 09:12 WITA" below the tags and related links
    # (Kendari Pos): a date the page labels as the article's is its date wherever it stands.
    for line in lines[:40]:
        if (
            line[:7].casefold() == "artikel"
            and (first := _FIRST_RAN.match(line))
            and (ran := _date_line(first["day"], zone, bare=True)) is not None
        ):
            # "Artikel ini telah tayang di disway.id dengan judul "…" pada Sabtu, 9 Desember
            # 2028, 21:30" under an aggregator's copy: when the outlet published it
            return ran[0]
        # "Dipublikasikan: Selasa, 21 April 2026 | Dispenal | Dibaca 1.126 kali" (the navy's
        # site): the labelled cell, the desk and the count beside it
        if not (label := _PUBLISHED_LABEL.match(line)):
            continue
        found = _date_line(line, zone, bare=True) or _date_line(
            line[label.end() :].strip(" :."), zone, bare=True
        )
        if found is None and " | " in line:
            found = _date_line(line.split(" | ", 1)[0], zone, bare=True)
        if found is not None:
            return found[0]
    return None


_FIRST_RAN = re.compile(
    r"artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di\s+.{2,160}?\s+pada\s+"
    r"(?P<day>\S.{5,60}?)\.?$",
    re.IGNORECASE,
)
_PUBLISHED_LABEL = re.compile(
    r"(?:diterbitkan|dipublikasikan|terbit|tayang|published(?:\s+on)?|first\s+published"
    # McClatchy's foot: "This story was originally published June 20, 2028 11:02 AM."
    r"|this\s+(?:story|article)\s+was\s+originally\s+published"
    r"|diposting(?:\s+pada)?|posted(?:\s+on)?)"  # "Diposting pada: Jumat, 15 Mei 2026 | …"
    r"(?:\s*:|\s+\d|\s+(?=[A-Z][a-z]+\.?\s+\d))",  # "Published 9:15 PM, November 27, 2025"
    re.IGNORECASE,
)


# The writer, the editor, their initials, a share bar: what a foot date line follows.
_FOOT_LINES = 5
_FOOT_CREDIT = re.compile(
    r"^(?:(?:editor|penyunting|redaktur|pewarta|penulis|reporter|laporan|sumber|foto|"
    r"fotografer|writer|written\s+by|by)\b.{0,60}"
    r"|\([\w/.\s-]{1,25}\)"
    r"|(?:bagikan|share|facebook|twitter|x|whatsapp|telegram|line|email|copy\s+link|salin"
    r"(?:\s+link)?)\s*:?)$",
    re.IGNORECASE,
)


def _minus(printed: datetime, age: timedelta) -> datetime:
    """A relative stamp read against the date the page prints (a bare day keeps whole days only)."""
    if printed.hour == printed.minute == 0:
        return printed - timedelta(days=age.days)
    return printed - age


def _without_the(name: str) -> str:
    """A paper's name folded, without its "The" ("THE LETHBRIDGE HERALD": "lethbridge herald")."""
    folded = name.casefold().strip()
    return folded[4:] if folded.startswith("the ") else folded


def _signed_cell(line: str, bars: re.Pattern[str]) -> str | None:
    """The writer a row parted by bars signs in one of its cells: "Tuesday 4 August 2026 |
    Written by Teuira Tangimetua Marsters | Published in Culture, National" (Cook Islands
    News)."""
    cells = [cell.strip() for cell in bars.split(line)]
    for cell in cells[1:]:
        if (byline := read_byline(cell)) and byline.name:
            return byline.name
    name, dot, role = cells[0].partition(" · ")
    if dot and is_role_line(role) and 2 <= len(name.split()) <= 4 and person_or_team(name) == name:
        # "Francine Doucet · Provincial Affairs Reporter | Posted: Jul. 13, 2033, 5:18 p.m. |
        # …" (The Chronicle Herald): the writer and the post, then the stamps
        return name
    for cell, after in pairwise(cells[1:]):
        # "Thursday, 04 October 2029 | Anupam Srivastava | Lucknow" (The Pioneer): a name
        # with no label, then the town it was filed from
        if (
            2 <= len(cell.split()) <= 4
            and person_or_team(cell) == cell
            and not known_place(cell)
            and (known_place(after) or town_zone(after) is not None)
        ):
            return cell
    return None


# The bars a row of the page's facts is parted by: "Senin, 14 September 2026 // 11:15 WIB //
# Ditulis oleh: …" (RealEstat.id) parts them with two slashes; "24 Feb 2027, 10.15 WITA —
# Penulis: … — Editor: …" (Gaung NTB) with long dashes, when a cell is a byline (a story's
# "Jakarta, 20 Januari 2026 – Harga …" has none).
_BARRED = re.compile(r" (?:\||//) ")
_DASHED = re.compile(r" [—–] ")
_SLASHED = re.compile(r" / ")
# A news ticker's label over its headlines: "Latest:", "Breaking News:", "Terkini:"
_TICKER_LABEL = re.compile(
    r"(?i:latest|breaking(?:\s+news)?|trending(?:\s+now)?|just\s+in|terkini|terpopuler"
    r"|berita\s+terkini|hot\s+news|headlines?"
    # "Latest National Stories:" (Postmedia), "Top Stories:"
    r"|(?:latest|top)(?:\s+[a-z]+)?\s+(?:stories|news|headlines))\s*:"
)


def _past_ticker(lines: list[str], i: int) -> int:
    """Where the top goes on after a ticker whose label closed the menu ("Latest National
    Stories:" over three other stories' headlines, then the section over the story's own):
    at that section; i when no ticker's label is over line i or no section follows it."""
    if not i or not _TICKER_LABEL.fullmatch(lines[i - 1]):
        return i
    for n in range(i + 1, min(i + 8, len(lines) - 1)):
        if is_section(lines[n]) and _could_be_headline(lines[n + 1]):
            return n
    return i


_DESK_BYLINE = re.compile(r"(?:by|from|oleh)\s+(?:our|a|an)\s", re.IGNORECASE)
_BARS_OR_DOTS = re.compile(r"\s+(?:\||//|•|·)\s+")
# The cells of a row of the page's facts, parted by bars, dots or long dashes, spaced or not
STAMP_CELLS = re.compile(r"\s*[|•]\s*|\s+[—–]\s+")


def _dated_cell(line: str, zone: tzinfo, bars: re.Pattern[str] = _BARRED) -> str | None:
    """The cell of a row parted by bars that is its date line, the published one first."""
    if len(line) > 200:
        return None
    cells = [cell.strip() for cell in bars.split(line)]
    # "Rabu, 10 Desember 2025 | 11:37 WIB": a day and its time in two cells are one stamp
    dated = [
        f"{cell} {cells[n + 1]}" if n + 1 < len(cells) and _BARE_TIME.match(cells[n + 1]) else cell
        for n, cell in enumerate(cells)
        if _date_line(cell, zone)
    ]
    if not dated or len(dated) == len(cells):
        return None
    return next((cell for cell in dated if not _UPDATED_CELL.match(cell)), dated[0])


_UPDATED_CELL = re.compile(r"(?:updated|diperbarui|update)\b", re.IGNORECASE)


# A public body's site names the body over its menu: "Kementerian Kelautan dan Perikanan
# Republik Indonesia", "Pemerintah Kota Surabaya", "Polda Riau".
# A government body's or an office's name, as its own site names itself
BODY_SITE = re.compile(
    r"(?:Kementerian|Kemen\w+|Badan|Pemerintah|Pemprov|Pemkot|Pemkab|Dinas|Polda|Polres|Lembaga"
    r"|Komisi|Sekretariat|Mahkamah|Kejaksaan|Ministry|Kedutaan|Embassy)\b(?:\s+\S+){1,8}"
)
_STATE_SUFFIX = re.compile(r"\s+(?:Republik\s+Indonesia|RI)$")


def _heads_the_path(line: str, below: list[str]) -> bool:
    """A logo in lower case ("nature") that the site's path under its menu opens with
    ("nature > news > article")."""
    return (
        line.isalpha()
        and line.islower()
        and any(later.startswith((f"{line} > ", f"{line} / ", f"{line} › ")) for later in below)
    )


_PAPER_NAME_END = re.compile(
    r"\s(?:Press|News|Times|Post|Herald|Gazette|Chronicle|Tribune|Journal|Courier|Observer"
    r"|Standard|Echo|Mail|Telegraph|Advertiser|Mercury|Argus|Star|Express|Leader|Sentinel"
    r"|Pos|Ekspres|Update|Today|Online|Daily|Bulletin|Examiner|Dispatch|Monitor|Democrat"
    r"|Independent|Record|Guardian|Globe|Ledger|Gleaner|Citizen|Register|Enquirer|Spectator"
    r"|Messenger|Weekly|Eagle)$",
    re.IGNORECASE,
)


def _brand_like(line: str) -> bool:
    return all(
        w[:1].isupper()
        or w[:1].isdigit()
        or any(c.isupper() for c in w)
        or (n > 0 and w in _BRAND_JOINS)  # "Times of Malta"
        for n, w in enumerate(line.split())
    )


_BRAND_JOINS = frozenset({"of", "the", "&"})
# The labels of a page's fields on a line of their own over their values
_DATE_LABELS = frozenset({"date", "published", "tanggal", "diterbitkan", "posted"})
_FIELD_LABELS = _DATE_LABELS | {"source", "sumber", "email", "e-mail"}


def _newspapers_logo(line: str, lines: list[str], at: int) -> bool:
    """The text of a paper's logo: its name and "Newspaper" ("The Spokesman-Review Newspaper"),
    under the page's skip links or printed twice at its top (not a headline that ends on the
    word: "Billionaire Buys Struggling Local Newspaper")."""
    return (
        line.endswith(" Newspaper")
        and 1 < len(line.split()) <= 6
        and _brand_like(line)
        and (
            (at > 0 and all(is_furniture(above) for above in lines[:at]))
            or any(other == line for n, other in enumerate(lines[:30]) if n != at)
        )
    )


def _section_brand_in_menu(lines: list[str], at: int) -> bool:
    """A section's name shaped like a paper's, between two sections of the menu: "Life
    Online" between "Opinion" and "Sports" (the Daily Mirror of Sri Lanka)."""
    first, _, rest = lines[at].partition(" ")
    return (
        0 < at < len(lines) - 1
        and rest in ("Online", "News")
        and is_section(first)
        and is_section(lines[at - 1])
        and is_section(lines[at + 1])
    )


def _reads_as_name(line: str, lines: list[str], *, below: bool = False) -> bool:
    """A capitalised line is a name only if none of its words runs in lower case in the text.

    "Harga Beras Naik" is a headline: the story says "harga beras naik"; "Rina Sari" is not.
    below: the line stands under the headline and its standfirst, where a name in capitals
    ("RAWAN RADWAN") is the writer unless it is an outlet kabar knows.
    """
    if len(line.split()) > 8 or is_section(line):
        return False
    if is_outlet(line) if below else is_outlet_label(line):
        return False
    if below and line.isupper() and _named_as_outlet(line, lines[:30]):
        return False  # "ASUMSI" under "▼ Baca artikel lengkap dari Asumsi": the paper's name
    if not person_or_team(line):
        return False
    text = " ".join(lines[:40])
    if "@" in text:
        text = _MAIL_ADDRESS.sub("", text)  # "anjana.kutty@…" spells the writer in lower case
    in_lower_case = set(_LOWER_WORD.findall(text))
    return not any(
        word.casefold() in in_lower_case
        for word in line.split()
        if len(word) > 2
        and word.isalpha()
        and word.casefold() not in ("dan", "and")
        and word.casefold() not in NAME_WORDS  # "Yohanes Bagus Prasetyo" in a "bagus" story
    )


def _named_as_outlet(name: str, lines: list[str]) -> bool:
    """Whether the top names `name` as the story's outlet elsewhere: in a link to the whole
    story ("Baca artikel lengkap dari Asumsi") or an app's row ("Teknologi · Asumsi · 2 jam
    lalu")."""
    folded = name.casefold()
    return any(
        line != name
        and folded in line.casefold()
        and ((" · " in line and relative_age(line) is not None) or MORE_FROM.search(line))
        for line in lines
    )


def _byline_above_date(lines: list[str], i: int, zone: tzinfo) -> bool:
    # "Park Ji-hoon (jhpark@bhherald.kr)": the name, not its address (nor "Email: …")
    line = lines[i]
    if "@" in line and ":" not in line:
        line = MAIL_AFTER_NAME.sub("", line)
    if len(line.split()) > 8 or line.endswith(SENTENCE_END) or line.endswith(":"):
        return False
    # "Nurfadillah Aswar Rahim" over "3 jam lalu" (Radar Bone): the age as the stamp
    return any(
        _date_line(later, zone) or (len(later) <= 30 and relative_age(later))
        for later in lines[i + 1 : i + 3]
    )


def _menu(lines: list[str], i: int, zone: tzinfo) -> int:
    """How many lines from i are a menu: three or more short labels in a row (a word or
    two each, no date or byline), followed by a line that reads as a headline; else 0."""
    end = i
    while end < len(lines) and (
        (
            len(lines[end]) <= 25
            and (
                (
                    # "Angus & The Mearns": an ampersand is no word of a label
                    len(lines[end].split()) - lines[end].count(" & ") <= 3
                    and (
                        not lines[end].endswith(SENTENCE_END)
                        or _DOTTED.match(lines[end])
                        or lines[end].endswith(("...", "…"))
                        # "What's Up!" between two labels (Arkansas Democrat-Gazette)
                        or (
                            lines[end].endswith("!")
                            and end > i
                            and end + 1 < len(lines)
                            and len(lines[end + 1]) <= 25
                            and len(lines[end + 1].split()) <= 3
                        )
                    )
                )
                or _ABBREVIATED.fullmatch(lines[end]) is not None  # "D.C., Md. & Va." (WaPo)
            )
        )
        # a cookie banner copied in the middle of the menu ("We use cookies …")
        or (end > i and "cookie" in lines[end] and is_furniture(lines[end]))
    ):
        end += 1  # "U.S." and "More..." are labels too
    if end - i < 3 or end >= len(lines):
        return 0  # most tops: no run of three short lines, and no date parsed to know it
    end = next((n for n in range(i, end) if _is_stamp(lines[n], zone)), end)
    if end - i < 3:
        return 0
    after = lines[end]
    if _is_stamp(after, zone) and end + 1 < len(lines):
        # "… / Internasional / Timur Tengah / Rabu 04 Jun 2025 10:15 WIB / Konvoi Bantuan …":
        # a headline under the date, so the short lines above it were the menu (Republika);
        # MSN puts "Cerita oleh X / • 16/10/25 / • 3 mnt membaca" between them.
        # Republika again: the site's date bar, then its name and the section path
        # ("REPUBLIKA.CO.ID / NASIONAL / Politik / Hukum") before the headline.
        below = next(
            (
                x
                for x in lines[end + 1 : end + 10]
                if not (
                    x.startswith("•")
                    or is_furniture(x)
                    or _is_stamp(x, zone)
                    or (len(x) <= 25 and len(x.split()) <= 3 and not x.endswith(SENTENCE_END))
                )
            ),
            "",
        )
        if _could_be_headline(below) and len(below.split()) > 5 and end - i >= 5:
            return end - i
    if (
        end + 1 < len(lines)
        and len(after.split()) <= 4
        and all(is_section(word) or is_outlet_label(word) for word in after.split())
    ):
        # "detikHealth Berita Detikhealth" under detikHealth's menu: the channel's path, run
        # together, over the headline
        end += 1
        after = lines[end]
    if _is_stamp(after, zone) or not _could_be_headline(after):
        return 0
    if len(after.split()) <= 3 and not _newspapers_logo(after, lines, end):
        return 0  # a short line right above the date is the headline itself
    return end - i


_LIVE_BUTTON = re.compile(r"[🔴●◉]?\s*live\b", re.IGNORECASE)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}$")
_ABBREVIATED = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.)+,?(?:\s+(?:&|(?:[A-Z][A-Za-z]{0,2}\.)+,?))*")


_YEAR_IN = re.compile(r"(?:19|20)\d\d")
_SHARE_LETTER = re.compile(r"[a-z]{1,2}")
# The print replica's link beside the account's buttons: "e-Edition"
_REPLICA_LINKS = frozenset({"e-edition", "eedition"})
# The site's day over its masthead, with no year: "Tuesday, October 4"
_SITE_DAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
)
_ACCOUNT_LINKS = frozenset(
    {"subscribe", "login", "log in", "sign in", "e-paper", "epaper", "register"}
)


def _spelt_apart(logo: str, lines: list[str]) -> str:
    """A logo's one word as the page spells the paper's name in words ("lombokpost": "Lombok
    Post" from "… (BAIQ NURUL/LOMBOK POST)") or in mixed case ("OregonLive" of "The
    Oregonian/OregonLive"), or the logo itself."""
    for line in lines:
        if logo in line.casefold().replace(" ", ""):
            for match in _TWO_WORDS.finditer(line):
                if match[0].replace(" ", "").casefold() == logo:
                    return match[0].title() if match[0].isupper() else match[0]
    return as_spelt(logo, lines, mixed=True)


_TWO_WORDS = re.compile(r"\b[A-Z][A-Za-z]+ [A-Z][A-Za-z]+\b")


def as_spelt(name: str, lines: list[str], *, mixed: bool = False) -> str:
    """An outlet's name as the page spells it other than in capitals (only in mixed case when
    `mixed`), where it does; else the name as given."""
    folded = name.casefold()
    return next(
        (
            word.rstrip(",:")
            for line in lines
            if folded in line.casefold()
            for word in _SPELLING_SPLIT.split(line)
            if word.casefold().rstrip(",:") == folded
            and not word.isupper()
            and not (mixed and word.islower())
        ),
        name,
    )


_SPELLING_SPLIT = re.compile(r"[\s/|(),]+")


def _site_path(line: str) -> bool:
    """The site's path to the page: "Travel › Travel Troubles", "Beranda › Asuransi Jiwa",
    "Politics > Scottish politics", "Home > Business > Technology"."""
    if len(line) > 60 or not (
        (" › " in line or " > " in line or " » " in line) and (parted := _PATH_MARK.search(line))
    ):
        return False
    return all(len(part.split()) <= 3 for part in line.split(parted[0]))


_PATH_MARK = re.compile(r" [›>»] ")


def _slashed_path(line: str) -> bool:
    """The site's path with slashes, from a section: "Home / Ekonomi / Bisnis"."""
    parts = line.split(" / ")
    return 1 < len(parts) <= 5 and is_section(parts[0]) and all(len(p.split()) <= 3 for p in parts)


# A writer named on a day's line: the story's own byline, never the site's date bar
_SIGNED_DAY = re.compile(r"(?:^|[·•|,\s])(?i:by|oleh)\s+[A-Z]")


def _tagline(lines: list[str], i: int, zone: tzinfo) -> bool:
    """Tell whether line i is a site's tagline: the site's menu follows it, at once or
    after the outlet's name ("Exclusive news, data and analytics …", "Reuters", "World", …),
    or the section over the headline does, under the outlet's logo ("MANILA BULLETIN" over
    "The Nation's Leading Newspaper" over "SPORTS"). A headline is never followed by either."""
    after = i + 1
    if after < len(lines) and lines[after].casefold().rstrip(" :") in _BYLINE_LABELS:
        # "Reporter:" / "Dimas Aryo Saputra" / "|" / "Editor:" / … (Disway's sites, copied on
        # a phone): a byline broken into short lines under the headline, no menu
        return False
    if after < len(lines) and is_outlet_label(lines[after]):
        after += 1
    while (
        after < min(i + 3, len(lines))
        and (_LIVE_BUTTON.match(lines[after]) or " | " in lines[after])
        and is_furniture(lines[after])
        and not _piped_menu(lines[after])
    ):
        # "🔴 LIVE Dengarkan Radio Elshinta" between a radio's tagline and its menu; a site's
        # languages ("English edition | Version française | Kirundi", Iwacu)
        after += 1
    if after < len(lines) and (
        _menu(lines, after, zone) > 0
        or _piped_menu(lines[after])
        or _site_path(lines[after])
        or _slashed_path(lines[after])
    ):
        # "Harian Pagi Kalimantan Tengah" over "Beranda | Palangka Raya | …"; "Portal Berita
        # Asuransi & Keuangan" over "Beranda › Asuransi Jiwa › Berita"
        return True
    if (
        0 < i <= 3
        and after + 1 < len(lines)
        and len(lines[after]) <= 60
        and _YEAR_IN.search(lines[after]) is not None  # most lines: no year, no date to read
        # "15 Aug 2032 00:03 · by Jonathan Chia": a story's day and writer, under its headline
        and _SIGNED_DAY.search(lines[after]) is None
    ):
        # "Fiji's First Newspaper" over the site's day (and its weather: "Friday, April 17,
        # 2026 | Muscat 31°C"), its account links and its menu
        menu_at = after + 1
        while menu_at < min(len(lines), i + 8) and (
            is_furniture(lines[menu_at]) or lines[menu_at].casefold() in _ACCOUNT_LINKS
        ):
            menu_at += 1
        if (
            menu_at < len(lines)
            and not _SHARE_LETTER.fullmatch(lines[menu_at])  # "f / t / wa": a share bar
            and _menu(lines, menu_at, zone) > 0
            and _date_line(lines[after], zone) is not None
        ):
            return True
    if (
        i == 1
        and len(lines) > 2
        and len(lines[i].split()) <= 6
        and _PRESS_TAGLINE.search(lines[i])
        and _date_line(lines[2], zone) is not None
    ):
        # "THE VISAYAN DAILY STAR" over "Negros' Leading Newspaper" over "NEWS | Thursday,
        # April 5, 2029 | 12:05 AM": the logo's tagline says what it is, over the date
        return True
    if not (0 < i <= 3 and is_outlet_label(lines[i - 1]) and len(lines[i].split()) <= 6):
        return False
    below = next((line for line in lines[after : after + 3] if not is_furniture(line)), "")
    if is_section(below):
        return True
    # "SEPUTAR PAPUA" over "Berita Timika dan Papua Terkini" over "MIMIKA": a regional site's
    # section is the region the story is from
    region = lines[i + 1] if i + 1 < len(lines) else ""
    return region.isupper() and len(region.split()) <= 3 and known_place(region) is not None


def _piped_menu(line: str) -> bool:
    """A site's menu on one line, its links parted by bars or dots: "Beranda | Palangka Raya
    | …", "Home • Bolmong • Kotamobagu • …"; the first may be the site's own name ("Radio
    Suara Surabaya 100 FM | e100 | Kelana Kota | …")."""
    if " | " not in line and " • " not in line and " · " not in line:
        # "Home Jambi Kota Daerah Ekonomi Politik …": the links with only a space between,
        # most of them sections
        words = line.split()
        return (
            5 <= len(words) <= 14
            and all(word[:1].isupper() for word in words)
            and sum(map(is_section, words)) * 5 >= len(words) * 3
        )
    return any(
        len(parts := line.split(mark)) >= 5
        and 1 <= len(parts[0].split()) <= 5
        and all(1 <= len(part.split()) <= 3 for part in parts[1:])
        for mark in (" | ", " • ", " · ")
        if mark in line
    )


def _logo_and_name(logo: str, name: str) -> str | None:
    """The outlet's name when a page's first two lines are its logo's text and its name:
    the same letters spaced or cased otherwise ("InsideLombok", "Inside Lombok"), or an
    acronym and the words it shortens ("MIA", "Macedonian Information Agency")."""
    if len(logo) > 30 or len(name) > 60 or logo == name:
        return None
    squashed = "".join(c for c in logo.casefold() if c.isalnum())
    if len(squashed) >= 3 and squashed == "".join(c for c in name.casefold() if c.isalnum()):
        return name if " " in name else logo
    words = name.split()
    if (
        logo.isupper()
        and logo.isalpha()
        and 2 <= len(logo) <= 6
        and len(words) >= 2
        and all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in words)
        and abbreviates(logo, words)
    ):
        return logo
    return None


def read_top(lines: list[str], page: PageTop, zone: tzinfo) -> int:
    """Read outlet, section, headline, date and byline lines; return where the body starts."""
    i = 0
    labels = 0
    # an e-paper's text view ("KR e-Paper"): its page's bar and buttons come over the story
    epaper = _EPAPER.fullmatch(lines[0]) if lines else None
    while i < len(lines):
        start = i
        line = lines[i]
        i += 1
        if line.casefold().rstrip(" :") in _BYLINE_LABELS and i < len(lines):
            # "Reporter" on one line and the name on the next, as some outlets stack them
            line = f"{line.rstrip(' :')}: {lines[i]}"
            i += 1
            while line.endswith(",") and i < len(lines) and _reads_as_name(lines[i], lines):
                line = f"{line} {lines[i]}"  # "By / Danielle Whitcomb, / Marcus T. Reyes" (CBS)
                i += 1
        if (
            page.headline is not None
            and line[-1:] == ":"
            and (label := line[:-1].strip().casefold()) in _FIELD_LABELS
            and i < len(lines)
        ):
            # a field's label over its value under the headline: "Date:" / "April 8, 2033",
            # "Source:" / "University of Otago" (ScienceDaily), "Email:" / the writer's address
            if label in _DATE_LABELS:
                _read_dated(lines[i], page, zone)
            i += 1
            continue
        if page.headline is None and _SITE_DAY.fullmatch(line):
            continue  # "Tuesday, October 4" over the Denver Post's name: the site's day
        if page.headline is None and line.casefold() in _REPLICA_LINKS:
            continue  # the print replica's link among the account's buttons, over the name
        if page.headline is None and line[-1:] == "." and len(line) <= 25 and is_outlet(line[:-1]):
            page.source = page.source or line[:-1]  # the logo "euronews." with its stop
            labels += 1
            continue
        if (
            start <= 2
            and 5 <= len(line) <= 20
            and line.isalpha()
            and line.islower()
            and page.source is None
            and all(is_furniture(above) for above in lines[:start])
            and i < len(lines)
            and (_site_path(lines[i]) or lines[i].casefold() in _ACCOUNT_LINKS)
            and not is_furniture(line)
            and (spelt := _spelt_apart(line, lines)) != line
        ):
            # "lombokpost" over "Home › Sportainment › MotoGP": the logo's text, one word in
            # lower case, as the page spells the paper elsewhere ("LOMBOK POST"); a menu's
            # word ("search") is spelt no other way
            page.source = spelt
            labels += 1
            continue
        if start == 0 and line.endswith(" in English") and _ENGLISH_EDITION.fullmatch(line):
            page.source = page.source or line  # "SUR in English": a paper's English edition
            labels += 1
            continue
        if page.headline is None and _newspapers_logo(line, lines, start):
            # "The Spokesman-Review Newspaper": the logo's text under "Skip to main content",
            # and again under the menu
            page.source = page.source or line.removesuffix(" Newspaper")
            labels += 1
            continue
        if start == 0 and len(lines) > 2 and (name := _logo_and_name(line, lines[1])):
            # "InsideLombok" over "Inside Lombok", "MIA" over "Macedonian Information
            # Agency": the logo's text and the name it stands for
            page.source = page.source or name
            labels += 1
            i += 1
            continue
        if (home := _BACK_HOME.match(line)) and is_outlet(home[1]):
            page.source = page.source or home[1]  # "Sky News - back to home"
            continue
        if (logo := _LOGO.match(line)) and page.headline is None:
            page.source = page.source or logo[1]  # "The Times logo", "NBC News Logo"
            continue
        if page.headline is not None and _reported_from(line, page):
            continue  # "Reporting from Tokyo" under the byline (The New York Times)
        if (
            page.headline is not None
            and len(line) <= 50
            # the site's address, or the paper's name in brackets
            and ((", " in line and "." in line) or line.endswith(")"))
            and (alone := split_dateline(line)) is not None
            and alone.place
            and alone.outlet
            and not alone.rest
        ):
            # "Labuhanbatu, MISTAR.ID", "Kisaran (SIB)" on its line: the story's dateline
            return start
        if (
            not page.author
            and " | " in line
            and line[:6].casefold() in ("editor", "redakt", "penyun")
            and (byline := read_byline(line))
        ):
            # "Editor : Rico Mardianto | Penulis : Dedy Afrianto": the editor's line names
            # the writer after the bar
            page.author = byline.name
            continue
        if (
            page.source
            # "Rudaw" under the headline was read as its writer: the outlet names no one
            and (not page.author or page.author.casefold() == page.source.casefold())
            and page.headline is not None
            and (barred := NAME_OUTLET.match(line))
            and barred["outlet"].casefold() == page.source.casefold()
            and _reads_as_name(barred["name"], lines)
        ):
            # "Hawre Jalal | Rudaw" under the date; "By Graham Pettibone | Chicago Tribune"
            page.author = person_or_team(BY_PREFIX.sub("", barred["name"]))
            continue
        if (
            line[:1] == "["
            and page.headline is not None
            and not page.author
            and (boxed := _BRACKETED_NAME.fullmatch(line))
            and _reads_as_name(boxed[1], lines)
            and (writer := person_or_team(boxed[1]))
        ):
            page.author = writer  # "[ Tongam Rina ]" under the date (The Arunachal Times)
            continue
        if start == 0 and epaper and page.headline is None:
            # "KR e-Paper", "The Hitavada e-Paper", "e-Paper NERACA", "Stratford Herald e-Edition"
            page.source = page.source or (epaper["name"] or epaper["named"]).strip()
            labels += 1
            continue
        if epaper and page.headline is None and _EPAPER_BAR.search(line):
            # the e-paper's page and its buttons: "Halaman 2 - Kota Yogyakarta"; its edition,
            # day and page: "Nagpur City Line | 17 Jun 2029 | Page 1" (the day only)
            if (" | " in line or " · " in line) and (
                cell := _dated_cell(line.replace(" · ", " | "), zone)
            ):
                _read_dated(cell, page, zone)  # "Thursday 6 December 2029 · Page 14 · Arts"
            continue
        if start == 0 and _PRINT_HEADER.match(line):
            continue  # a browser's print header: the day, the time and the page's <title>
        if page.author and (
            (line[:1] == "@" and _HANDLE.fullmatch(line))
            or (len(line) <= 40 and is_role_line(line))
            or ("@" in line and _MAIL_ADDRESS.fullmatch(line))
        ):
            # "@RhianProsserWT", "Senior Reporter" under "By Rhian Prosser" (Newsquest);
            # "kakiona@staradvertiser.com" under "By Kalena Akiona"
            continue
        if (
            page.headline is not None
            and line.casefold() in ("today", "hari ini")
            and i < len(lines)
            and _labelled_clock(lines[i], page)
        ):
            continue  # "Today" over "Updated 6:14 p.m." (the Star-Advertiser): the clock's day
        if _read_filed(line, lines[start - 1] if start else None, page, zone):
            continue
        if line.startswith("Posted By ") and (posted := _PRINTED_POST.match(line)):
            # WordPress's print view: "Posted By Garhwal Post On April 12, 2029 @ In
            # Uttarakhand | No Comments" (the time after the @, when the site prints one)
            _read_dated(f"{posted['day']} {posted['time'] or ''}".strip(), page, zone)
            page.author = page.author or person_or_team(posted["name"])
            continue
        if is_furniture(line) or ends_article(line):
            if " | " in line and (cell := _dated_cell(line, zone)):
                # "Source: Xinhua | 2025-12-09 14:32:10 | …" under the headline; "NEWS |
                # Thursday, April 5, 2029 | 12:05 AM" over it, a day and its time (a site's
                # date bar over the headline holds no time)
                stamp = _date_line(cell, zone)
                if page.headline is not None or (stamp and (stamp[0].hour or stamp[0].minute)):
                    _read_dated(cell, page, zone)
            continue
        if (
            start == 0
            and page.headline is None
            and (" - " in line or " – " in line)
            and (titled := _SITE_TITLE.fullmatch(line))
            and not is_section(titled["name"])
            and not known_place(titled["name"])  # "Ukraine - Latest news and headlines"
        ):
            # "Metrosulawesi - Media Cetak dan Online Sulawesi Tengah", "Daily Mirror - Sri
            # Lanka Latest Breaking News and Headlines": the site's name and its tagline
            page.source = page.source or titled["name"]
            labels += 1
            continue
        if (
            start == 0
            and len(line.split()) <= 5
            and len(lines) > 2
            # "Bolivia's English-language newspaper": a short tagline that says what it is
            and (len(lines[1].split()) >= 4 or _PRESS_TAGLINE.search(lines[1]) is not None)
            and not known_place(line)
            and _tagline(lines, 1, zone)
            and not _date_line(line, zone)  # "Rabu, 4 Februari 2026" over "Login | Redaksi"
        ):
            # "INFO SOLO RAYA TERKINI" over "Berita Terupdate Seputar Solo, …" and the menu
            page.source = page.source or outlet_of_logo(line) or line
            labels += 1
            continue
        if (
            page.headline is None
            and line.startswith("Live: ")
            and start > 0
            and lines[start - 1].casefold() in ("breaking", "breaking news")
        ):
            continue  # a live page's ticker under "Breaking" (Sky News): not this story's title
        if (
            start < 2
            and (tagged := _OUTLET_TAGLINE.match(line))
            and (
                is_outlet(tagged[1])
                or (len(tagged[1].split()) <= 3 and _PRESS_TAGLINE.search(line, tagged.end(1)))
            )
        ):
            # "VOI - Waktunya Merevolusi Pemberitaan"; "IPN | Information and News Agency":
            # an outlet kabar does not know, saying what it is
            page.source = page.source or tagged[1]
            labels += 1
            continue
        if (
            start < 2
            and page.source
            and tagged
            and (acronym := page.source.split()[0]).isupper()
            and abbreviates(acronym, tagged[1].split())
        ):
            # "GDN ONLINE" over "Gulf Daily News – The Voice of Bahrain": the name it spells
            page.source = tagged[1]
            labels += 1
            continue
        if (
            start == 0
            and BODY_SITE.fullmatch(line.title() if line.isupper() else line)
            and (_menu(lines, 1, zone) or _menu(lines, 2, zone))
        ):
            # "PEMERINTAH KABUPATEN KULON PROGO" over its tagline and menu
            # "Kementerian Kelautan dan Perikanan Republik Indonesia" over its site's menu
            page.source = _STATE_SUFFIX.sub("", line)
            labels += 1
            continue
        if (
            start == 0
            and len(lines) > 1
            and line.isalpha()
            and line.islower()
            and len(line) >= 5
            and not is_section(line)
            # over its menu on one line, or over its tagline and then the menu (benuanta); a
            # word of the dictionary ("asumsi") only right over its menu
            and (
                _piped_menu(lines[1])
                or (is_section(lines[1]) and _menu(lines, 1, zone) > 0)
                or (line not in ROOT_WORDS and len(lines) > 2 and _piped_menu(lines[2]))
            )
        ):
            page.source = page.source or line  # "muvila" over its menu on one line
            labels += 1
            continue
        if page.headline is None and (menu := _menu(lines, start, zone)):
            # "Berita / Jadwal / Klasemen / Transfer": a site's menu copied with the page; an
            # outlet's name at its head is still the source.
            logo_outlet = outlet_of_logo(line)
            if (
                not labels
                and (
                    (is_outlet_label(line) and not known_place(line))  # not "MATARAM", a region
                    or logo_outlet
                    # the page's first line, over the site's menu, names it ("Timika Express")
                    or (
                        len(line.split()) <= 3
                        and _brand_like(line)
                        and not is_section(line)
                        and not known_place(line)  # "Lampung Tengah", a menu's first region
                        # under the site's chrome and its day ("Tuesday, January 18, 2033")
                        and all(
                            is_furniture(above)
                            or above.casefold() in _REPLICA_LINKS
                            or _date_line(above, zone, bare=True)
                            for above in lines[:start]
                        )
                    )
                    # "womantalk": a logo in lower case, the page's first line, over the menu
                    or (
                        start == 0
                        and " " not in line
                        and line.isalpha()
                        and line.islower()
                        and len(line) >= 5
                        and not is_section(line)
                        and line not in ROOT_WORDS
                    )
                    or _heads_the_path(line, lines[i : i + 12])
                )
            ):
                if page.source is None:
                    page.source = logo_outlet or line
                    page.menu_source = not logo_outlet
                labels += 1
            i = _past_ticker(lines, start + menu)
            continue
        if (
            page.headline is not None
            and ("•" in line or "·" in line)
            and (reader := _READER_BYLINE.match(line))
            and not _date_line(reader["name"], zone)  # "16 Feb 2026 · 4 min read": a date
        ):
            # a reader view's "Fitriyani Anggraeni Lubis • 5–6 minutes" under the headline
            page.author = page.author or person_or_team(reader["name"])
            continue
        byline = read_byline(line)
        if byline and (
            page.headline is not None
            or _LABELLED_BYLINE.match(line)
            or (byline.name and byline.outlet)  # "Ketut Ariani | Coconuts Bali" over the headline
        ):
            if (
                page.author
                and byline.name
                and start
                and lines[start - 1].startswith((f"{page.author} | ", f"{page.author} · "))
                and _LABELLED_BYLINE.match(line)
            ):
                # "Asumsi | Selasa, 11 November 2025 - 17:40 WIB" (or "Gerbang Batam · Senin,
                # …") over "Penulis: …": the name beside the day was the paper's
                page.source = page.source or page.author
                page.author = None
            elif (
                page.author
                and byline.name
                and page.source
                and _LABELLED_BYLINE.match(line)
                and _without_the(page.author) == _without_the(page.source)
            ):
                # "Posted on January 23, 2030 by Lethbridge Herald" (WordPress) under "THE
                # LETHBRIDGE HERALD", then "By Dana Whitcombe": the writer the paper posted for
                page.author = None
            if page.author_unlabelled and byline.name and _WRITERS_LABEL.match(line):
                # "Warta Wamena · Ekonomi" over the date, then "Reporter: Frans Kogoya": the
                # name over the date was the paper's
                page.source = page.source or page.author
                page.author, page.author_unlabelled = None, False
            page.author = page.author or byline.name
            page.source = page.source or byline.outlet
            # "By Kavitha Menon Ellison // 26 November 2025" (Devex) parts its cells so too
            # (and "Oleh Nama · 24/01/2026, 21:46 WIB" with a dot)
            parts = [part.strip() for part in _BYLINE_CELLS.split(line)[1:]]
            # "Reporter : Nama | Rabu, 18 Juni 2025 07:30"; "Oleh Nama | Jumat, 21 November
            # 2025 | 15:20 WIB": the day and the time in two cells are one stamp
            if not (len(parts) > 1 and _read_dated(" ".join(parts), page, zone)):
                for part in parts:
                    _read_dated(part, page, zone)
            if dated := _BYLINE_DAY.search(line):  # "oleh Nama [Pontianak] di 24 June 2025"
                _read_dated(dated[1], page, zone)
            elif dated := DAY_AFTER_BYLINE.search(line):
                # "Oleh Nama pada Minggu, 20 Desember 2026 21:30 WIB"
                _read_dated(dated[0].split(maxsplit=1)[1], page, zone)
            continue
        if (
            page.printed is not None
            and page.headline is None
            and (entry := _ENTRY_TIME.fullmatch(line))
        ):
            # "PEMBARUAN · 16.48 WIB" over a live blog's entry, under the blog's day: the
            # entry's time that day
            hour, minute = map(int, re.split(r"[.:]", entry["time"]))
            if hour < 24 and minute < 60:
                page.printed = page.printed.replace(hour=hour, minute=minute)
            continue
        if _read_dated(line, page, zone):
            if page.headline and not page.author and (signed := _NAME_THEN_STAMP.match(line)):
                page.author = person_or_team(signed["name"])  # "Khurram Saeed Qureshi
                # Published January 15, 2026" (Dawn): the writer, then the stamp
            if page.headline and not page.author and _BARRED.search(line):
                page.author = _signed_cell(line, _BARRED)
            if i < len(lines) and _BARE_TIME.match(lines[i]) and page.printed is not None:
                # "Wednesday, 04 Jun 2025" over "7:15 AM MYT" (The Star): one stamp
                timed = parse_date(f"{line} {lines[i]}", default_zone=zone)
                if timed and timed.date() == page.printed.date():
                    page.printed = timed
                    i += 1
            elif page.printed is not None and (numeric := _NUMERIC_DAY.match(line)):
                i += _spelled_below(numeric, lines[i : i + 2], page, zone)
            continue
        if (
            page.headline is not None
            and line.count(" / ") >= 2
            and (writer := _signed_cell(line, _SLASHED))
        ):
            # "CNA - Singapore / by Cheryl Tan Li Ying / Sep 16, 2032" (Feedly): the feed,
            # the writer and the day (or its age: "3h"), parted by slashes
            if cell := _dated_cell(line, zone, _SLASHED):
                _read_dated(cell, page, zone)
            page.author = page.author or writer
            continue
        if page.headline is not None and _BARRED.search(line) and (cell := _dated_cell(line, zone)):
            # "World News | Agence France-Presse | Published: November 21, 2025 14:10 IST |
            # Updated: …" (NDTV): the cell that says when it was published
            _read_dated(cell, page, zone)
            page.author = page.author or _signed_cell(line, _BARRED)
            continue
        if (
            page.headline is not None
            and _DASHED.search(line)
            and (signer := _signed_cell(line, _DASHED))
            and (cell := _dated_cell(line, zone, _DASHED))
        ):
            _read_dated(cell, page, zone)  # "24 Feb 2027, 10.15 WITA — Penulis: Nama — …"
            page.author = page.author or signer
            continue
        if (
            page.headline is None
            and len(line.split()) <= 3
            and i + 1 < len(lines)
            and known_place(line) == line
            and _is_stamp(lines[i], zone)
            and len(lines[i + 1].split()) > 4
        ):
            continue  # "Pelalawan" over the date and the headline (Halloriau): the region's page
        if (
            start == 1
            and page.headline is None
            and page.source == lines[0]
            and len(line.split()) <= 5
            and _PAPER_NAME_END.search(line)
            and _brand_like(line)
            and not is_section(line)
            and any(paper_town(word) for word in line.split()[:-1])
        ):
            # "Daily Record" over "Dumfries & Galloway Standard": a network's masthead over its
            # local paper's, named for its town (not a tagline, "Latin American Financial
            # News" under The Rio Times, nor an agency's long name, "Agência Angola Press"
            # under ANGOP), which is the source
            page.source = line
            labels += 1
            continue
        if page.headline is None:
            kind = _label(lines, start, labels, zone)
            if kind:
                # The first label names the outlet unless it is a section ("Nasional").
                logo_outlet = outlet_of_logo(line) if kind == "label" else None
                if (
                    not labels
                    and (
                        kind == "outlet" or (kind == "label" and (_brand_like(line) or logo_outlet))
                    )
                    # "Bangladesh" over "Health" over the headline: a country's section
                    and (known_place(line) or "").casefold() != line.casefold()
                ):
                    # "philstar GLOBAL": philstar
                    page.source = page.source or logo_outlet or line

                labels += 1
                continue
            if _tagline(lines, start, zone):
                if start == 0 and not labels and _brand_like(line) and len(line.split()) <= 5:
                    # "The Edge Malaysia" first of all, over the site's menu: no tagline,
                    # for no logo stands over it; the name
                    page.source = page.source or line
                    labels += 1
                continue  # "The world's window on Thailand" over the site's menu
            if i < len(lines) and lines[i].startswith(f"Published in {line}"):
                continue  # Medium: a publication's name over "Published in <it> · Follow"
            if (rubric := _RUBRIC.match(line)) and (
                is_section(rubric[1]) or rubric[1].casefold() == (page.source or "").casefold()
            ):
                continue  # "Asia | Manila's pendulum", "Hawke's Bay Today | Health"
            if (
                page.source
                and line.startswith(f"{page.source} | ")
                and line.count(" | ") >= 2
                and len(line) <= 80
            ):
                continue  # "News24 | South Africa | Local": the outlet's path to the section
            if _site_path(line) or _ADDRESS_PATH.fullmatch(line):
                # "Travel › Travel Troubles" (Stuff): the site's path over the headline; its
                # address ("nzherald.co.nz/hawkes-bay-today")
                continue
            if (path := _SECTION_PATH.match(line)) and (
                is_section(path[1]) or is_section(line.rsplit(" / ", 1)[1])
            ):
                # "Asia / Southeast Asia", "Hong Kong / Health & Environment" over the SCMP's
                # headline: a section or a place, then a section
                continue
            if line.startswith(("•", "·")):
                continue  # MSN's "• 16/10/25" under its byline: a headline has no bullet
            if (" · " in line or " • " in line) and (
                SOURCE_AND_DAY.fullmatch(line)
                # "Teknologi · Sirkuit.id · 2 jam lalu": a news app's row, the section first
                or (line.count(" · ") >= 2 and relative_age(line.rsplit(" · ", 1)[1]) is not None)
            ):
                continue  # "Warta Binjai · 5 jam yang lalu": who ran it and when, no headline
            if _piped_menu(line):
                continue  # "Mobil | Motor | Review | Komersial | …" under the logo (Otodriver)
            if _breadcrumb(line, lines[i] if i < len(lines) else ""):
                continue  # "Sports News / Badminton News / <the headline>" over the headline
            if credited_caption(line):
                # the lead picture's caption over the headline (The Guardian): "Excavators
                # clear forest … Photograph: Andri Saputra/Getty Images"
                continue
            if lines[0].casefold() in _NEWSLETTER_OPENERS and (
                _is_paragraph(line) or line.endswith(SENTENCE_END)
            ):
                continue  # a newsletter's greeting over its lead story ("Good morning. …")
            if _is_paragraph(line):
                raise ArticleRejected("no_headline_paragraph")
            line = _WIRE_TAG.sub("", line)  # "(LEAD) Samsung unveils …", "UPDATE 2-Oil rises"
            if signed := _HEADLINE_BY.match(line):
                # "… turning their bay red by Hanan Nugroho on 2 April 2025" (Mongabay)
                line = signed["headline"]
                page.author = page.author or person_or_team(signed["name"])
                _read_dated(signed["day"], page, zone)
            if (
                labels
                and i + 1 < len(lines)
                and kicked(line, lines[i])
                and _is_stamp(lines[i + 1], zone)
            ):
                # "Suara Papua" over "Media Independen dari Tanah Papua" over the headline and
                # its byline: the outlet's tagline, no headline
                continue
            if page.source and start <= 2 and _TAGLINE_OPENING.match(line):
                continue  # "THE PITCAIRN LOG" over "News from Adamstown and the Pitcairn Islands"
            if _TICKER_LABEL.fullmatch(line):
                continue  # "Latest:" over a ticker's headlines: a label, no headline
            if page.source and len(line) <= 20 and _LATIN_LETTER.search(line) is None:
                continue  # the outlet's name in its own script ("香港電台" under "RTHK")
            if not line.endswith("...") and not _two_sentences(line):
                line = line.rstrip(" ").removesuffix(".")
            page.headline = line
            continue
        credited = _NAME_IN_PARENS.match(line)
        if credited and is_outlet(credited["outlet"]):
            # "Jane Doe (The Jakarta Post)"
            page.author = page.author or person_or_team(credited["name"])
            page.source = page.source or credited["outlet"]
            continue
        slashed = _NAME_SLASH_OUTLET.match(_READING_CELL.sub("", line)) if page.headline else None
        if (
            slashed
            and (
                slashed["outlet"].casefold() == (page.source or "").casefold()
                # "SaltWire | Journal Pioneer" over the page, "Name · Journal Pioneer" under the
                # headline: the network's paper
                or (page.source is None and slashed["outlet"] in lines[0].split(" | ")[1:])
            )
        ):
            # "Sok Pisey / Khmer Times", "Desi Anggraini - Lahat Terkini" under the headline
            # of the outlet the page opened with
            page.author = page.author or person_or_team(slashed["name"])
            page.source = page.source or slashed["outlet"]
            continue
        if (
            page.headline is not None
            and page.source
            and line.endswith(f" {page.source}")
            and (caps := line[: -len(page.source) - 1]).isupper()
            and 2 <= len(caps.split()) <= 4
            and (writer := person_or_team(caps))
        ):
            page.author = page.author or writer  # "AMY LINDQVIST Bismarck Tribune" (Lee)
            continue
        credit = _OUTLET_SLASH_NAME.fullmatch(line) if "/" in line else None
        if (
            credit
            and page.headline is not None
            and (
                is_outlet(credit["outlet"])
                or credit["outlet"].casefold() == (page.source or "").casefold()
                # "Orbitdigital/Jekson Ginting" on orbitdigitaldaily.com: the address's name
                or (
                    len(credit["outlet"]) >= 5
                    and (page.source or "").casefold().startswith(credit["outlet"].casefold())
                )
            )
            and (writer := person_or_team(credit["name"]))
        ):
            page.author = page.author or writer  # "Waspada.id/Ismail Nasution" under the date
            continue
        if (is_caption(line) and "@" not in line) or line == page.headline:
            continue  # (not "Park Ji-hoon (jhpark@bhherald.kr)": a writer and their address)
        if len(line) <= 25 and is_section(line) and i < len(lines) and not _is_story(lines[i]):
            continue  # a print view's "Berita" between the headline printed twice
        if page.headline is not None and i < len(lines) and place_over_story(line, lines[i]):
            return start  # the story's dateline alone on its line, read with the story
        if (
            len(line) <= 40
            and is_outlet_label(line)
            and not _section_brand_in_menu(lines, start)
            # once the outlet and the date are read, "SARAH COLWELL" under the date is a name;
            # so is "KAGISO MOTHIBI" over "Staff Writer" (Mmegi)
            and not (
                line.isupper()
                and person_or_team(line)
                and (
                    (page.source and page.printed)
                    or (start + 1 < len(lines) and _ROLE_LINE.match(lines[start + 1]))
                )
            )
        ):
            page.source = page.source or line
            continue
        if page.author and not page.source and page.headline and _paper_between(lines, start, zone):
            page.source = line  # "Daniel Kerrigan" / "The West Australian" / the stamp
            continue
        if not page.author and (", " in line or "/" in line or " | " in line) and len(line) <= 60:
            # "Morgan Tipene, Reporter" (RNZ), "Kemar Lindo-Campbell/Senior Business Reporter"
            # (The Gleaner), "Kerry-Ann Phillip | Court Reporter"
            bar = next(bar for bar in (", ", " | ", "/") if bar in line)
            name, _, role = line.rpartition(bar)
            if _ROLE_LINE.match(role.strip()) and _reads_as_name(name.strip(), lines):
                page.author = person_or_team(name.strip())
                continue
        if (
            not page.author
            and len(line) <= 60
            and _ROLE_LINE.match(line)
            # "By Our Reporter", "From Our Correspondent": the desk, no one's name
            and not _DESK_BYLINE.match(line)
        ):
            # "Anwen Prys Local Democracy Reporter" (Cambrian News): the name, then the role
            words = line.split()
            named = next(
                (
                    " ".join(words[:n])
                    for n in (2, 3, 4)
                    if n < len(words)
                    and words[n][:1].isupper()
                    and _ROLE_LINE.match(" ".join(words[n:]))
                    and not _ROLE_LINE.match(" ".join(words[:n]))
                    and _reads_as_name(" ".join(words[:n]), lines)
                ),
                None,
            )
            if named:
                page.author = person_or_team(named)
                continue
        if (
            not page.author
            and start + 1 < len(lines)
            and (
                _ROLE_LINE.match(lines[start + 1])
                or _outlet_desk(lines[start + 1])
                # ESPN: the writer over "ESPN.com"; the USA TODAY Network's writers over
                # the paper the page opened with ("The Providence Journal")
                or (len(lines[start + 1]) <= 30 and is_outlet(lines[start + 1]))
                or (page.source is not None and lines[start + 1] == page.source)
            )
            # a name in capitals too over a role ("KAGISO MOTHIBI" over "Staff Writer", Mmegi)
            and _reads_as_name(line, lines, below=bool(_ROLE_LINE.match(lines[start + 1])))
        ):
            page.author = person_or_team(line)  # "Jonathan Hadley" over "South East Asia
            i = start + 2  # correspondent", as the BBC prints its byline
            continue
        if (
            not page.author
            and start + 1 < len(lines)
            and (_READING_TIME.fullmatch(lines[start + 1]) or _HANDLE.fullmatch(lines[start + 1]))
            and _reads_as_name(line, lines)
        ):
            # a reader view's writer over "6–7 minutes"; CNBC's over "@in/nataliekwanhy"
            page.author = person_or_team(line)
            continue
        if (
            not page.author
            and start + 1 < len(lines)
            and "@" in lines[start + 1]
            and (mail := _MAIL_ADDRESS.fullmatch(lines[start + 1]))
            and (writer := person_or_team(line))
            and any(len(w) > 2 and w.casefold() in mail[1].casefold() for w in writer.split())
        ):
            # "ANJANA SREEDHARAN KUTTY" over "anjana.kutty@khaleejtimes.com" (Khaleej Times):
            # the writer, over the address that spells the name
            page.author = writer
            i = start + 2
            continue
        if (
            page.headline is not None
            and (signed := _PLACE_AGENCY_WRITER.match(line))
            and (
                is_outlet(signed["outlet"])
                or signed["outlet"].casefold() == (page.source or "").casefold()
            )
        ):
            # "Bishkek - 24.kg news agency, Aigerim Toktosunova": where it was filed, the
            # agency and the writer, on a line of their own over the story
            page.author = page.author or person_or_team(signed["name"])
            continue
        if _byline_above_date(lines, start, zone):
            # "Jane Doe in Jakarta", "Rina Sari" above the date line: a byline without a label
            found = _IN_PLACE.match(line)
            # "Rina Sari | Bangun Santoso": writer | editor; "Jane Doe · CBC News" (CBC)
            # "Nadia Kirana - Teknologi": the writer, then the desk
            first = _PICTURES_BY.sub("", _DESK_AFTER.split(line.split("|")[0].split(" · ")[0])[0])
            # "Park Ji-hoon (jhpark@bhherald.kr)": the writer's address after the name
            first = (MAIL_AFTER_NAME.sub("", first) if "@" in first else first).strip()
            # Two names ("Rina Sari dan Budi Santoso") may run longer than one.
            longest = 8 if _SEVERAL.search(first) else 4
            name = found["name"] if found else first if len(first.split()) <= longest else ""
            desk = _DESK_LINE.fullmatch(lines[start - 1]) if start else None
            if desk and name and not found and line == name and _bureau_town(name):
                # "Kovai Chronicle Bureau" / "Coimbatore" over the stamp (The Hindu's shape):
                # the town the desk files from, no writer; the desk's paper is the outlet
                page.filed_in = page.filed_in or name
                page.source = page.source or desk[1]
                continue
            if (
                name
                and not page.author
                and (found or _reads_as_name(name, lines))
                # "Warta Binjai · 5 jam yang lalu" over the headline (Opera News): the outlet
                and not any(x.startswith((f"{name} · ", f"{name} • ")) for x in lines[:start])
                # "LIGA 1" over "Penulis: … | Minggu, 21 April 2030": the section over the
                # byline that names the writer
                and not (i < len(lines) and _LABELLED_BYLINE.match(lines[i]))
            ):
                page.author = person_or_team(name)
                page.author_unlabelled = True
            elif (
                page.headline is not None
                and len(line.split()) <= 3
                and i < len(lines)
                and _LABELLED_BYLINE.match(lines[i])
            ):
                # "Asumsi" under the headline, over "Oleh …· <the day>" (a page sent to a
                # Kindle): the outlet, not a writer
                page.source = page.source or line
            continue
        if (
            not page.author
            # "D.Enkhjin" (MONTSAME): a Mongolian's initial glued to the name
            and (2 <= len(line.split()) <= 4 or _GLUED_INITIAL.fullmatch(line) is not None)
            and (below := _below(lines, start))
            and (
                # Asia-Plus: the name over the lead picture's "Photo: …" credit
                (
                    (above := _above(lines, start)) == page.headline
                    and (_is_story(below) or (page.printed is not None and is_caption(below)))
                )
                # SINDOnews: "Rabu, 17 April 2024 - 18:30 WIB / Fadhilah Nur Azizah" over the
                # lead picture's caption or the story; NPR: the date, "Heard on Morning
                # Edition", the name, "3-Minute Listen"
                or (
                    page.printed is not None
                    and _date_line(above, zone) is not None
                    and (_is_story(below) or is_caption(below))
                )
            )
            and split_dateline(line) is None  # "Odense -" alone is the dateline
            # "SARAH COLWELL" under "Palma 30/08/2027 11:52": a name in capitals there is the
            # writer's, unless it is an outlet kabar knows
            and _reads_as_name(line, lines, below=line.isupper())
        ):
            page.author = person_or_team(line)  # "Reza Fahlevi" between headline and story
            continue
        return start
    return i


# The first line of a newsletter copied from an email: its stories follow its greeting.
_NEWSLETTER_OPENERS = frozenset(
    {
        "view in browser",
        "view this email in your browser",
        "view online",
        "lihat di browser",
        "buka di browser",
    }
)


def _breadcrumb(line: str, below: str) -> bool:
    """A site's path to the story that ends on the headline printed under it."""
    if len(below) < 15 or len(line) <= len(below) or not line.endswith(below):
        return False
    return line[: -len(below)].rstrip().endswith(("/", ">", "»", "›", "|"))


def _reported_from(line: str, page: PageTop) -> bool:
    """Read "Reporting from Weda Bay, Indonesia": the place the story was filed from."""
    if not line.startswith("Reporting from ") or not (found := _REPORTING_FROM.match(line)):
        return False
    page.filed_in = page.filed_in or found["place"]
    return True


def _outlet_desk(line: str) -> bool:
    """ "BBC Indonesian, Demak": the outlet's service or desk and the place a writer files
    from, on the line under their name."""
    desk, comma, place = line.rpartition(", ")
    words = desk.split()
    return bool(comma) and 1 <= len(words) <= 3 and is_outlet(words[0]) and bool(known_place(place))


def _below(lines: list[str], start: int) -> str:
    """The line under line start, past page furniture ("A+ A-", a reader view's "5–6
    minutes"); "" at the page's end."""
    return next(
        (
            lines[n]
            for n in range(start + 1, min(start + 5, len(lines)))
            if not is_furniture(lines[n])
        ),
        "",
    )


def _above(lines: list[str], start: int) -> str:
    """The line over line start, past page furniture ("Heard on Morning Edition")."""
    return next(
        (lines[n] for n in range(start - 1, max(start - 3, -1), -1) if not is_furniture(lines[n])),
        "",
    )


def _is_story(line: str) -> bool:
    """Tell whether a line opens the story: a dateline, or a long sentence."""
    return split_dateline(line) is not None or (len(line) > 80 and line.endswith(SENTENCE_END))


def _bureau_town(name: str) -> bool:
    """A town's name alone on its line, of one word, that the world's towns hold (people of
    30,000 or more): "Coimbatore", "CHENNAI"."""
    return (
        " " not in name
        and name.isalpha()
        and (known_place(name) is not None or town_zone(name) is not None)
    )


# A paper's desk signing a story: "The Hindu Bureau", "Kovai Chronicle Bureau"
_DESK_LINE = re.compile(
    r"((?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3})\s+(?:Bureau|Desk)"
)


# The box of key points some outlets print above the story (IDN Times' "Intinya sih...").
KEY_POINTS = re.compile(
    r"^(?:intinya\s+sih|poin\s+penting|ringkasan|baca\s+\d+\s+detik"
    r"|(?:key\s+)?(?:points|highlights)|in\s+(?:short|brief)|quick\s+reads?"
    r"|at\s+a\s+glance|takeaways(?:\s+by\s+bloomberg\s+ai)?|what\s+(?:you\s+need\s+)?to\s+know)"
    r"\s*[.:…]*$",
    re.IGNORECASE,
)


def _summary_point(line: str) -> bool:
    """A point of the summary some outlets list under the headline ("Daniel Whitby, 27, from
    Leeds, posted the clip to his 80,000 followers"): a clause, never a full stop, and not
    a byline in capitals ("Aisyah Rahman in Johor Bahru and Oliver Pratt in Singapore")."""
    words = line.split()
    if words and words[0] in ("•", "▪", "■") and 3 <= len(words) <= 31:
        return True  # "• Opposition says poorest households will "pay twice"": a bullet's point
    if line.endswith(SENTENCE_END) or not 5 <= len(words) <= 30:
        return False
    return sum(not word[0].isupper() for word in words) * 2 > len(words)


def _read_filed(line: str, above: str | None, page: PageTop, zone: tzinfo) -> bool:
    """Read where the story was filed from a line of the top that says only that, under the
    byline ("Chandigarh, May 27") or under the stamp ("Kathmandu"); False if it is not one."""
    filed = _filed_alone(line) if page.author else None
    if filed is None and above is not None and _town_under_stamp(line, above, page, zone):
        filed = line
    if filed is None:
        return False
    page.filed_in = page.filed_in or filed
    return True


def _town_under_stamp(line: str, above: str, page: PageTop, zone: tzinfo) -> bool:
    """A town alone on its line under the story's stamp: "Kathmandu" under "Updated at :
    March 25, 2033 07:45" (The Kathmandu Post), where the story was filed."""
    return (
        page.headline is not None
        and page.printed is not None
        and lone_town(line)
        and _date_line(above, zone) is not None
    )


def lone_town(line: str) -> bool:
    """A town's name alone on a line ("Kathmandu"), one kabar's gazetteer or the world's towns
    know; not a section, nor a button ("Save" is a town in Benin too)."""
    return (
        len(line) <= 30
        and line[:1].isupper()
        and line.replace(" ", "").isalpha()
        and (known_place(line) is not None or town_zone(line) is not None)
        and not is_section(line)
        and not is_furniture(line)
    )


def _long_byline(line: str) -> bool:
    """A byline longer than a short line: "By Noelle Fairbanks | nfairbanks@denverpost.com |
    The Denver Post"."""
    return len(line) <= 110 and line[:3].casefold() == "by " and read_byline(line) is not None


def _filed_alone(line: str) -> str | None:
    """The town a line under the byline files the story from, with its day and nothing else:
    "Chandigarh, May 27" under "Ramesh Kaushal / Tribune News Service" (the stamp under it
    says when it ran)."""
    if len(line) > 40 or not line[-1:].isdigit():
        return None
    filed = split_dateline(line)
    return filed.place if filed and filed.place and not filed.rest and not filed.outlet else None


def read_below_standfirst(lines: list[str], i: int, page: PageTop, zone: tzinfo) -> int:
    """Find the date and byline a standfirst pushed below the header (line i opens the body);
    how many lines the standfirst takes (its summary points), 0 when it found none, so line i
    is the story."""
    if (page.printed is not None and not site_today(page)) or page.age is not None:
        return 0
    if i + 1 >= len(lines):
        return 0
    # The summary's points under the headline, up to the byline or date they push down
    points = 1
    if KEY_POINTS.match(lines[i]) or lines[i].casefold().rstrip(" :") == "summary":
        # "Summary" over three sentences, then the writer and the stamp (News24)
        while (
            points < 6
            and i + points < len(lines)
            and len(lines[i + points].split()) <= 25
            and lines[i + points].endswith(SENTENCE_END)
        ):
            points += 1
    elif _summary_point(lines[i]):
        while points < 5 and i + points < len(lines) and _summary_point(lines[i + points]):
            if _date_line(lines[i + points], zone, bare=True) or read_byline(lines[i + points]):
                break
            points += 1
    if i + points >= len(lines):
        return 0  # the summary's points run to the page's end: nothing below them
    # The first line below that is not a share link ("… on x (opens in a new window)")
    at = next(
        (
            n
            for n in range(i + points, min(i + points + 5, len(lines)))
            if not is_furniture(lines[n])
        ),
        i + points,
    )
    below = lines[at]
    # a caption may be known only by the credit on the line under it ("… budgets" over "ALAMY")
    captioned = is_caption(below) or (at + 1 < len(lines) and is_credit(lines[at + 1]))
    credited_below = _NAME_IN_PARENS.match(below)
    if (
        len(below) > 60
        and not captioned
        and not _date_line(below, zone, bare=True)
        and not (" | " in below and _dated_cell(below, zone))
        and not (credited_below and is_outlet(credited_below["outlet"]))  # two writers' names
        and not _long_byline(below)
        and not _writer_over_stamp(lines, at + 1, lines, zone)
    ) or len(lines[i]) > 250:
        return 0  # the body opened with the story itself (NBC's stamps are long)
    if split_dateline(lines[i]) is not None:
        return 0
    found = False
    # Only short lines straight below it count (and the lead picture's caption): a date
    # inside the story is not the page's.
    below_lines = lines[i + points : i + points + 9]
    for n, line in enumerate(below_lines):
        if line.casefold().rstrip(" :") in _BYLINE_LABELS and n + 1 < len(below_lines):
            below_lines[n + 1] = f"{line.rstrip(' :')}: {below_lines[n + 1]}"
            continue  # "Oleh" on one line and "SATRIO WIBOWO" on the next (Kompas.id)
        slashed = _NAME_SLASH_OUTLET.match(line) if not page.author else None
        if slashed and (slashed["outlet"] == page.source or slashed["outlet"] in lines[:i]):
            # "Morgan Tillsley / Kamloops This Week": the writer and the paper the page names
            # at its top, no picture's credit
            page.author = person_or_team(slashed["name"])
            found = found or page.author is not None
            continue
        credited = _NAME_IN_PARENS.match(line)
        by_outlet = credited is not None and is_outlet(credited["outlet"])
        if is_credit(line) or (
            not by_outlet
            and (is_caption(line) or (n + 1 < len(below_lines) and is_credit(below_lines[n + 1])))
        ):
            continue  # the lead picture's caption, or its credit on a line of its own
        if len(line) > 60 and is_furniture(line):
            continue  # a share link with the headline in it
        if (
            len(line) <= 90
            and (
                _date_line(line, zone, bare=True)
                # "By Rania Haddad, 19 July 2027 20:14" (L'Orient Today): the writer and the date
                or ((dated := _date_line(line, zone)) and _WRITER_PREFIX.match(dated[1]))
            )
            and _read_dated(line, page, zone)
        ):
            if numeric := _NUMERIC_DAY.match(line):
                _spelled_below(numeric, below_lines[n + 1 :], page, zone)
            if (
                n + 1 < len(below_lines)
                and _BARE_TIME.match(below_lines[n + 1])
                and page.printed is not None
                and page.printed.hour == page.printed.minute == 0
                and (timed := parse_date(f"{line} {below_lines[n + 1]}", default_zone=zone))
                and timed.date() == page.printed.date()
            ):
                page.printed = timed  # "October 8, 2032" over "5:33 pm" (Bangor Daily News)
            if not page.author and n + 1 < len(below_lines):
                if byline := read_byline(below_lines[n + 1]):
                    # "08 September 2029 - 06:00" over "By Sinovuyo Ndabeni" (DispatchLIVE)
                    page.author = byline.name
                elif (
                    n + 2 < len(below_lines)
                    and is_role_line(below_lines[n + 2])
                    and _reads_as_name(below_lines[n + 1], lines, below=True)
                ):
                    # "Tue Sep 27 2033 - 18:45" over "Niamh Cassidy" over "Health
                    # Correspondent" (The Irish Times): the writer and her post
                    page.author = person_or_team(below_lines[n + 1])
            if not page.printed_updated:
                return points
            found = True  # "Updated …": a "Published …" line may follow
            continue
        if (
            (" | " in line or " • " in line or " · " in line)
            and (cell := _dated_cell(line, zone, _BARS_OR_DOTS))
            and _read_dated(cell, page, zone)
        ):
            # "World News | Agence France-Presse | Published: …" (NDTV); "Published Jun 06,
            # 2028  •  Last updated 2 hours ago  •  4 minute read" (Postmedia)
            first = _BARS_OR_DOTS.split(line, 1)[0].strip()
            if not page.author and first != cell and _reads_as_name(first, lines, below=True):
                # "Danielle Okafor · CBC News · Posted: Sep 22, 2032 7:00 PM EDT": the writer
                page.author = person_or_team(first)
            found = True
            continue
        if len(line) > 60 and not by_outlet and not _long_byline(line):
            break
        if _read_filed(line, below_lines[n - 1] if n else None, page, zone):
            continue
        if page.author and not page.source and _paper_between(below_lines, n, zone):
            page.source = line  # "By Marcus Lindgren" / "The Minnesota Star Tribune" / the stamp
            continue
        if _reported_from(line, page) or page.author or is_furniture(line):
            continue
        if line == page.source:
            continue  # "Leek Post & Times" over its writer: the paper's name said again
        byline = read_byline(line)
        placed = _IN_PLACE.match(line)
        first = _PICTURES_BY.sub("", line.split("|")[0].strip())
        if credited and by_outlet:
            page.author = person_or_team(credited["name"])  # "Dion Suhendra (The Jakarta Post)"
        elif byline:
            page.author = byline.name
        elif (
            (placed or _reads_as_name(first, lines, below=True))
            # "Wales NewsCrime": a breadcrumb's words run together, no one's name
            and not GLUED_WORDS.search(first)
            and not any(
                (signed := read_byline(later)) and signed.name
                for later in below_lines[n + 1 : n + 4]
            )
        ):
            # a name's line, unless a signed byline comes just under it ("Athletics", the
            # section's line, over "By Evans Otieno" is none)
            # "Aisyah Rahman in Johor Bahru and Oliver Pratt in Singapore": each writer's place
            page.author = person_or_team(
                _IN_PLACES.sub("", placed["name"] + line[placed.end("name") :]) if placed else first
            )
        elif role := _NAME_THEN_ROLE.match(line):
            page.author = person_or_team(role["name"])  # "KENTA ISHIDA, Nikkei staff writer"
        found = found or page.author is not None
    return points if found else 0


_QUOTE_OPENERS = ('"', "“", "”", "'", "‘", "«", "„")


def _paper_between(lines: list[str], k: int, zone: tzinfo) -> bool:
    """Whether the line at k is a paper's name ("The West Australian") between its writer's
    byline or name and the stamp."""
    line = lines[k]
    return (
        0 < k < len(lines) - 1
        and line.startswith("The ")
        and 2 <= len(line.split()) <= 4
        and _brand_like(line)
        and _is_stamp(lines[k + 1], zone)
        and (person_or_team(lines[k - 1]) is not None or read_byline(lines[k - 1]) is not None)
    )


def _writer_over_stamp(lines: list[str], k: int, page_lines: list[str], zone: tzinfo) -> bool:
    """Whether the writer's name (or post) stands right over a date line of its own within
    three lines of k: "Sophie Addo-Whitlock" / "Political reporter @…" / "Tuesday 27
    September 2033 14:08, UK" under Sky News's second standfirst."""
    for n in range(k + 1, min(k + 4, len(lines))):
        above = lines[n - 1]
        if (
            len(lines[n]) <= 60
            and len(above) <= 60
            and not above.endswith(SENTENCE_END)
            and (is_role_line(above) or _reads_as_name(above, page_lines, below=True))
            and _date_line(lines[n], zone, bare=True)
        ):
            return True
    return False


def _standfirst_sentence(line: str) -> bool:
    words = line.split()
    return (
        line.endswith(".")
        and 6 <= len(words) <= 26  # a lede runs longer
        and not line.startswith(_QUOTE_OPENERS)
        and ". " not in line[:-1]
        and split_dateline(line) is None
    )


def standfirst_over_picture(lines: list[str], i: int, zone: tzinfo) -> tuple[int, int]:
    """Where a standfirst over the lead picture starts, at line i or under the byline and date
    there, and how many lines it takes: one to three short sentences, a line each (Euronews'
    one, Rest of World's three points), with the picture's caption straight below them past
    the share links. It takes no line when line i opens the story, or when the lead picture
    came above it: the picture under a first paragraph is the story's own."""
    if i and (is_caption(lines[i - 1]) or is_credit(lines[i - 1])):
        return i, 0
    while i < len(lines) and len(lines[i]) <= 90 and _is_stamp(lines[i], zone):
        i += 1
    n = 0
    while n < 3 and i + n < len(lines) and _standfirst_sentence(lines[i + n]):
        n += 1
    if not n:
        return i, 0
    at = next(
        (k for k in range(i + n, min(i + n + 4, len(lines))) if not is_furniture(lines[k])), None
    )
    if at is None or at + 1 >= len(lines):
        return i, 0
    return i, n if is_caption(lines[at]) or is_credit(lines[at + 1]) else 0


def settle_published(page: PageTop) -> datetime | None:
    """The publication time: metadata, or the printed date line (less a relative stamp)."""
    if page.printed is not None and _vaguer(page.published, page.printed):
        # "2 jam lalu" then "17 Okt 2025, 11:05 WIB" under the headline: the printed time is
        # the article's own; only a site's date above the headline anchors a relative stamp.
        if page.age and (page.printed_above or page.printed.hour == page.printed.minute == 0):
            return _minus(page.printed, page.age)
        return page.printed
    return page.published


# A file's name: a reader's or an editor's window titled by the document it opened
# (and the program after it: "vonis arisan online.txt - Notepad")
FILE_NAME = re.compile(
    r"\.(?:docx?|odt|pdf|epub|mobi|txt|rtf|pages|html?|mhtml|md)(?:\s[-–—]\s[\w .+]{2,30})?$", re.I
)


def story_top(lines: list[str], headline: str, zone: tzinfo) -> int | None:
    """Where the story's own top starts when the headline read is an app's or a site's
    chrome over it ("Minggu, 17 Feb 21.59" of a phone's notification shade, "Sans-serif ▾
    Ukuran teks …" of a reader's settings, "‹ Kembali Simpan Bagikan"). A story's headline
    is anchored by its byline or stamp under it, and its words are the story's: the line of
    the top with the most of them, when the headline read has at most one and it three
    more (or two, and it five more). A reading app's title block over the page, whose top
    repeats the headline (or the whole of it, where the app cut it short), gives way to the
    top; under an app's name or a reader's own sentences, the first anchored headline is
    the top. None when the headline read is the story's."""
    found = [n for n, line in enumerate(lines[:60]) if headline in line]
    if not found:
        return None
    at = found[0]
    if (
        is_app(headline)
        # the site's own title under its logo: "SELONG EKSPRES" over "Selong Ekspres - Berita
        # Lombok Timur Terkini"
        or (at and _site_title(headline, lines[at - 1]))
        or " " not in headline.strip()  # "Startpage": one word is no headline
        or _is_paragraph(headline)
        or len(_SENTENCE_INSIDE.findall(headline)) > 1
        or (headline[:1].islower() and len(headline.split()) > 8)
        # an export's or a feed's row of fields: "Channel export · 08/08/2030 · Requested by …"
        or headline.count(" · ") >= 2
        # a section's path in a row: "UAE | Ras Al Khaimah | Science"
        or headline.count(" | ") >= 2
        # a note's own title as its Markdown heading: "# Skye visitor levy – WHFP"
        or headline.startswith("# ")
        # a reader's window titled by the file it opened: "Foliate — Trinco coral bleaching.epub"
        or FILE_NAME.search(headline) is not None
        # a channel's or a folder's path: "Divisi Fleet & Pengadaan > Umum" (Teams)
        or " > " in headline
        or " › " in headline
        # an app's bar of menus and buttons: "Confluence Spaces ▾ People Create ··· 🔍 Search"
        or any(icon in headline for icon in _BAR_ICONS)
        # a poster's sentences ending on an emoji: "… Full text below in case the link gets
        # paywalled again 👇"
        or (_SENTENCE_INSIDE.search(headline) is not None and _EMOJI_END.search(headline))
    ):
        # "Yandex", "Particle", a diarist's sentences or a poster's chatter in lower case
        # over the page: no headline ever
        return _under_app(lines, at, zone)
    story = _first_prose(lines, at)
    if story == len(lines):
        return None
    if len(found) > 1:
        # the title block's headline again, over its byline or stamp; or the whole of a
        # headline an app's list cut short ("Lobster quota cut" over "Lobster quota cut by
        # 8 per cent for new season …")
        again = (
            n
            for n in found[1:]
            if (lines[n] == headline or (lines[n].startswith(f"{headline} ") and n < story))
            and _anchored(lines, n, _first_prose(lines, n), zone)
        )
        if (top := next(again, None)) is not None:
            return top
    # most headlines read are the story's: their words are in its first paragraphs (a
    # quick look in the text first, which may only overcount)
    text = " ".join(lines[story : story + 7]).casefold()
    if sum(f" {word}" in text for word in _words(headline)) > 4:
        return None
    told = _story_words(lines, story)
    shared = len(_words(headline) & told)
    if shared > 4:
        return None  # the headline read tells the story's words: it is the story's
    if shared == 0 and (under := _under_app(lines, at, zone)) is not None and under >= story:
        # it tells none, and a note stands over the page ("e-Learning SMP Negeri 2
        # Ambarawa" over a teacher's post in its forum): the page's own anchored headline
        return under
    # three words more than a line of chrome shares by chance, five more than two; a feed's
    # item that shares three or four of them ("Warta Komoditas — Pasar & Harga" over its own
    # stamp) gives way only to a headline under that stamp that tells two more (not to the
    # standfirst right under a headline)
    # (a note's title over the link it keeps gives way as an item does)
    over_own = _is_stamp(lines[at + 1], zone) or bare_link(lines[at + 1])
    if shared > 2 and not over_own:
        return None
    # a note's title over its own stamp that shares two words ("[Kuning] mangrove cerucuk -
    # bahan rapat DLH" over "Diedit: 08/07/2030 21:40") gives way as one that shares fewer
    margin = 2 if shared <= 1 or (shared == 2 and over_own) else 4 if shared == 2 else 1
    best, most = None, shared + margin
    for k in range(at + 1, story):
        if (count := _tells(lines, k, story, zone, told)) > most:
            best, most = k, count
    if (
        best is not None
        and best - 1 > at
        and _wordy(lines[best - 1])
        and _could_be_headline(lines[best - 1])
        and not _is_stamp(lines[best - 1], zone)
        # anchored by its standfirst, which is by the byline or stamp under it
        and len(_words(lines[best - 1]) & told) > shared + margin
    ):
        return best - 1  # the headline over its standfirst, which tells more of the story
    if (
        best == at + 1
        and _wordy(lines[at])
        and _could_be_headline(lines[at])
        and len(lines[best].split()) > max(15, 3 * len(lines[at].split()) // 2)
        and _over_byline(lines, best, zone)
    ):
        # "Trolley numbers hit September record as HSE promises …" over its standfirst of
        # twenty words, over the date (The Irish Times): the standfirst tells more of the
        # story's words, as a standfirst does; a headline is shorter
        return None
    if best is None and not _over_byline(lines, at, zone):
        # a ticker's headlines under the menu ("Hawaii Tourism Authority names new board
        # chair", …), then the story's own over its byline: the one right over the byline
        # that tells three more of the story's words, past two or more of them (a standfirst
        # is right under its headline; the Daily Mail's points under it tell few more)
        # a section right under it says it is a promotion over the story's own section and
        # headline ("Iowa State Fair 2033: Schedule, …" / "POLITICS", the USA Today network)
        promoted = is_section(lines[at + 1])  # (a standfirst right under it is no headline)
        for k in range(at + 2, min(story, at + 8)):
            above = lines[k - 1]
            # "POLITICS" / "Add Topic" over the story's own; a ticker's are headlines one after
            # another, no share button between
            if not (is_section(above) or above.casefold() in _FOLLOW_BUTTONS) and (
                not _could_be_headline(above) or above.endswith(".") or is_furniture(above)
            ):
                break
            if (
                _over_byline(lines, k, zone)
                and not is_caption(lines[k])
                # (under a promotion, any of the story's words will do)
                and _tells(lines, k, story, zone, told)
                > (0 if promoted and k > at + 2 else shared + 2)
            ):
                return k
    return best


# A network's button to follow the story's topic, beside its section
_FOLLOW_BUTTONS = frozenset({"add topic", "follow topic", "follow this topic"})


def _over_byline(lines: list[str], k: int, zone: tzinfo) -> bool:
    """Whether the line at `k` stands right over a byline or a stamp."""
    if k + 1 >= len(lines):
        return False
    below = lines[k + 1]
    return (
        _is_stamp(below, zone)
        or ((byline := read_byline(below)) is not None and byline.name is not None)
        # the writer's name alone, then the outlet or the stamp ("Katie Brandt" / "Des Moines
        # Register" / "Published 5:02 a.m. CT …")
        or (
            person_or_team(below) == below
            and 2 <= len(below.split()) <= 4
            and any(_is_stamp(x, zone) for x in lines[k + 2 : k + 4])
        )
    )


def _tells(lines: list[str], k: int, story: int, zone: tzinfo, told: set[str]) -> int:
    """How many of the story's words the line at `k` tells, if it could be the story's
    anchored headline; 0 if not."""
    line = lines[k]
    if (
        _wordy(line)
        and _could_be_headline(line)
        and not _is_stamp(line, zone)
        and _anchored(lines, k, story, zone)
        # the lead picture's caption over the byline ("… (Photo by Daisuke Hoshino)", Nikkei)
        and not (". " in line and is_caption(line))
    ):
        return len(_words(line) & told)
    return 0


def place_over_story(line: str, below: str) -> bool:
    """A known place alone on its line, right over a paragraph of fifteen words or more that
    has no dateline of its own: the story's dateline (Kyodo's "TOKYO" over the story on Japan
    Today)."""
    return (
        len(line) <= 25
        # in capitals, or a town's name alone in title case ("Riyadh" in its own element over
        # the story, Khaleej Times)
        and (line.isupper() or (line.istitle() and lone_town(line) and not is_caption(below)))
        and len(below.split()) >= 15
        and split_dateline(below) is None
        and known_place(line) is not None
    )


# A menu's or a search box's icons, never in a headline
_BAR_ICONS = ("▾", "▼", "☰", "≡", "🔍", "⋮", "···")
_EMOJI_END = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*$")


def _site_title(line: str, logo: str) -> bool:
    """Whether a line is the site's name, as the logo over it spells it, then its tagline
    after a dash or a bar."""
    name = logo.strip().casefold()
    return (
        len(name) >= 3
        and line.casefold().startswith(name)
        and line[len(name) : len(name) + 3].strip()[:1] in ("-", "–", "—", "|", ":")
    )


def printed_headline(lines: list[str], zone: tzinfo) -> str | None:
    """The headline a page prints, for a saved page whose title it prints nowhere (a
    document's own title, a reader app's name): the first anchored headline whose story
    tells its words, or None."""
    top = _under_app(lines, -1, zone)
    return None if top is None else lines[top]


def _first_prose(lines: list[str], at: int) -> int:
    """Where the first paragraph under the line at `at` is (or the end of the lines)."""
    return next(
        (n for n in range(at + 1, min(len(lines), at + 60)) if _prose(lines[n])), len(lines)
    )


def _under_app(lines: list[str], at: int, zone: tzinfo) -> int | None:
    """The first anchored headline under an app's name whose words its story tells, past
    the app's own sentences ("It is a snapshot of the page as of …")."""
    for k in range(at + 1, min(len(lines), at + 40)):
        line = lines[k]
        if not (_wordy(line) and _could_be_headline(line)) or _is_stamp(line, zone):
            continue
        if SERVES.search(line):
            continue  # a paper's tagline: "News from Cagliari, Sassari, Nuoro and the island"
        story = next((n for n in range(k + 1, min(len(lines), k + 8)) if _prose(lines[n])), None)
        if (
            story is not None
            # (or its writer's name alone right over the story: Readly's text view of a
            # paper's page, "Tessa Marlow" under the headline)
            and (_anchored(lines, k, story, zone) or (story == k + 2 and _name_alone(lines[k + 1])))
            and len(_words(line) & _story_words(lines, story)) >= 3
        ):
            return k
    return None


def _name_alone(line: str) -> bool:
    """A person's name alone on its line: two to four capitalised words of letters."""
    words = line.split()
    return (
        2 <= len(words) <= 4
        and all(
            word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
            for word in words
        )
        and person_or_team(line) is not None
    )


def _anchored(lines: list[str], at: int, story: int, zone: tzinfo) -> bool:
    """A byline or stamp within three lines under the line at `at`, above the story."""
    return any(_is_stamp(lines[j], zone) for j in range(at + 1, min(at + 4, story)))


def _story_words(lines: list[str], story: int) -> set[str]:
    return set().union(*(_words(line) for line in lines[story : story + 7] if _prose(line)))


def _words(line: str) -> set[str]:
    """The long words of a line, not its address's ("shared a link: https://…/ferry-fares")
    nor the language's common ones ("untuk", "baca", "juli")."""
    if "://" in line:
        line = _URL.sub("", line)
    return {word.casefold() for word in _LONG_WORD.findall(line)} - COMMON


_URL = re.compile(r"\S+://\S+")


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _wordy(line: str) -> bool:
    return sum(word.isalpha() for word in line.split()) >= 4


def _prose(line: str) -> bool:
    """A paragraph of the story: fifteen words or more, ending a sentence; not a summary's
    point under its bullet ("• An $18m upgrade will raise …", an app's digest)."""
    if line[:1] in _BULLETS:
        return False
    return _is_paragraph(line) or (len(line.split()) >= 15 and line[-1] in '.!?"”')


_BULLETS = frozenset("•·▪◦*")
