"""What an HTML page states about its article: headline, published time, author and outlet."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from digest.dateline import is_outlet, split_dateline
from digest.furniture import (
    BY_PREFIX,
    DAY_AFTER_NAME,
    is_section,
    person_or_team,
    read_byline,
    without_weekday,
)
from digest.htmltime import lines_under_headline, published
from digest.htmltree import (
    broken_lines,
    class_words,
    elsewhere,
    fold,
    in_article_scope,
    text_of,
)
from digest.leadimage import meta_image
from digest.name_words import word_set
from digest.outlet_zones import (
    address_zone,
    dateline_zone,
    named_place_zone,
    outlet_zone,
    prints_month_first,
    site_zone,
)
from digest.pagetop import BODY_SITE, STAMP_CELLS, writer_beside_date
from digest.places import known_place

_AUTHOR_META = (
    "author",
    "dtk:author",
    "content_author",
    "parsely-author",
    "sailthru.author",
    "article:author",
    "byl",
    "dc.creator",  # Dublin Core's, as Elshinta's pages carry it
    "dcterms.creator",
)
_ARTICLE_TYPES = re.compile(r"article|posting|report", re.IGNORECASE)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,60})"')
# "detail-nama-redaksi" is where SINDOnews names its reporter.
_AUTHOR_CLASS = re.compile(
    r"^(?:author\w*|byline\w*|by|oleh|penulis|reporter|writer|namerep|credit\w*|redaksi)$"
)
_PICTURE_CLASS = frozenset({"photo", "foto", "image", "img", "caption", "figure", "gambar"})
_SITE_SEPARATOR = re.compile(r"\s+[|\-–—:•·»~]\s+|:\s+(?=\S)")  # "… ~ Radar Bima" (Blogger)
# Credit lines for the people who did not write the article.
_NOT_WRITER = re.compile(
    r"^(?:editor|penyunting|redaktur|fotografer|photographer|foto|photo|sumber|source)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
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


def _home(paragraphs: list[str]) -> tzinfo | None:
    """The clock of the town an English story is datelined in ("DHAKA:"), of the country a
    link to the page at its top ends in (a clipper's "source: https://…ph/…"), or of the
    place it names most (home_zone, town_home): an outlet kabar does not know prints that
    place's time."""
    filed = split_dateline(paragraphs[0]) if paragraphs else None
    if filed and filed.place and (zone := dateline_zone(filed.place)):
        return zone
    return named_place_zone(paragraphs)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """The metadata of one page, read from meta tags, JSON-LD and visible header lines."""

    headline: str | None
    published: datetime | None
    author: str | None
    source: str | None
    # The picture the page names for sharing (og:image, twitter:image, JSON-LD image).
    image: str | None = None
    # Where the story was filed, as a line under the headline prints it ("Jakarta ● Wed, …").
    dateline: str | None = None


def read_facts(
    root: Any, language: str, paragraphs: list[str], *, url: str | None = None
) -> PageFacts:
    """Read headline, published time, author, outlet and shared picture from a parsed page
    whose story's paragraphs are `paragraphs`."""
    lead = paragraphs[:3]
    metas = _metas(root)
    ld = _json_ld(root)
    title = root.find(".//title")
    # what the site's addresses and its footer's notice ("© 2026 Colombia Reports") call it
    hosts = frozenset(_folded(host.split(".")[0]) for host in _hosts(root, metas, url)) | {
        _folded(owner[1])
        for footer in root.iter("footer")
        for owner in _COPYRIGHT_OWNER.finditer(text_of(footer)[:400])
    }
    source = (
        _source(metas, ld, text_of(title) if title is not None else "", hosts)
        or _title_site(root, hosts)
        or _home_link_name(root)
    )
    headline = _headline(root, metas, ld, source)
    under = lines_under_headline(root, headline)
    # An Indonesian outlet's English page prints Jakarta time without saying so.
    local = "id" if language == "id" or _indonesian_site(root, metas, source, url) else language
    return PageFacts(
        headline=headline,
        published=published(
            root,
            metas,
            ld,
            local,
            lead=lead,
            under_headline=under,
            # the country the page's own address ends in, then the outlet's name ("The Star"
            # of thestar.co.uk is Sheffield's paper, not Kuala Lumpur's)
            outlet=next(filter(None, map(address_zone, _hosts(root, metas, url))), None)
            or (outlet_zone([source]) or site_zone(source) if source else None),
            month_first=language == "en" and prints_month_first(source or ""),
            # (looked for only when the page states no offset)
            home=None if local == "id" else lambda: _home(paragraphs),
        ),
        # "<span>Penulis: Citra Anggraini</span> <span>Sabtu, 9 November 2030 …</span>": a
        # box of the writer and the day, read as one line
        author=without_weekday(
            _own_author(_author(root, metas, ld), source) or _labelled_byline(under) or ""
        )
        or None,
        source=source,
        image=meta_image(metas, ld, url),
        dateline=next(
            (
                placed[1]
                for line in under[:8]
                if (placed := _PLACE_BESIDE_DATE.match(line)) and known_place(placed[1])
            ),
            None,
        ),
    )


# "Jakarta ● Wed, November 12, 2025" (The Jakarta Post): the place, a mark, the date.
_PLACE_BESIDE_DATE = re.compile(r"([A-Z][\w .'\-]{1,30}?)\s*[●•·|]\s*\w+,? \w+ \d")


def _indonesian_site(root: Any, metas: dict[str, str], source: str | None, url: str | None) -> bool:
    """Tell whether a page is an Indonesian outlet's: its address ends in .id or is one of the
    English-language Indonesian papers, or its site name is one of them."""
    if any(host.endswith(".id") or host in _INDONESIAN_HOSTS for host in _hosts(root, metas, url)):
        return True
    return bool(source and _INDONESIAN_SITE.search(source))


def _hosts(root: Any, metas: dict[str, str], url: str | None) -> Iterator[str]:
    """The site's host names, from where the page was fetched and where it says it lives."""
    addresses = [url, metas.get("og:url")]
    addresses += [link.get("href") for link in root.iter("link") if link.get("rel") == "canonical"]
    for address in filter(None, addresses):
        yield (urlsplit(address).hostname or "").removeprefix("www.")


_INDONESIAN_HOSTS = word_set(
    """thejakartapost.com jakartaglobe.id antaranews.com en.antaranews.com tempo.co
    en.tempo.co kompas.com detik.com cnnindonesia.com liputan6.com tribunnews.com kumparan.com
    okezone.com sindonews.com suara.com merdeka.com kapanlagi.com jpnn.com cnbcindonesia.com
    bisnis.com jawapos.com pikiran-rakyat.com idntimes.com beritasatu.com"""
)
_INDONESIAN_SITE = re.compile(
    r"\b(?:jakarta\s+(?:post|globe)|antara|tempo|kompas|detik|cnn\s+indonesia|liputan6"
    r"|tribun|kumparan|okezone|sindonews|republika|bbc\s+news\s+indonesia|voa\s+indonesia)\b",
    re.IGNORECASE,
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


# Headline ---------------------------------------------------------------------------------


def _headline(
    root: Any, metas: dict[str, str], ld: dict[str, Any], source: str | None
) -> str | None:
    titles = [
        metas.get("og:title"),
        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
        metas.get("twitter:title"),
        text_of(root.find(".//title")) if root.find(".//title") is not None else None,
    ]
    cleaned = [strip_site(" ".join(t.split()), source) for t in titles if t and t.strip()]
    wanted = {fold(t) for t in cleaned if t}
    title_words = set(_WORD.findall(" ".join(wanted)))
    titled_only = not any(titles[:3])
    first_h1 = None
    for h1 in root.iter("h1"):
        text = text_of(h1)
        if len(text.split()) < 2 or elsewhere(h1):
            continue
        if fold(text) in wanted or any(fold(text) in w or w in fold(text) for w in wanted if w):
            return strip_site(text, source)
        words = _WORD.findall(text.casefold())
        # The headline as printed may be worded apart from og:title, but never a different story.
        if first_h1 is None and len(words) >= 3 and not any(_BRAND_WORD.match(w) for w in words):
            shared = [word for word in words if word in title_words]
            # an SEO title reworded from the printed one still shares its key words
            # ("Diterkam", "Harimau", "Pekerja", "Kebun", "Inhil")
            if (
                not title_words
                # a page titled only by its <title>, a document's own ("Hill Times -
                # Darjeeling football", Word's filtered HTML): its one headline is the story's
                or titled_only
                or len(shared) >= len(words) / 2
                or len({word for word in shared if len(word) >= 4}) >= 4
            ):
                first_h1 = text
    if first_h1:
        return strip_site(first_h1, source)
    for heading in root.iter("h2", "h3"):
        # Some pages set the headline in an h2: it is the one the page's title repeats.
        text = fold(text_of(heading))
        if (
            len(text.split()) >= 3
            and any(text in w or w in text for w in wanted if w)
            and (not elsewhere(heading) or in_article_scope(heading))
        ):
            return strip_site(text_of(heading), source)
    lone = next((title for title in cleaned if title), None)
    if titled_only and (lone is None or len(_UNREAD_COUNT.sub("", lone).split()) <= 2):
        # "(37) CommaFeed": a reader's tab, the app's name and its unread count, titles the
        # page; the story's headline is its first heading of three words or more
        for heading in root.iter("h2", "h3"):
            text = " ".join(text_of(heading).split())
            if len(text.split()) >= 3 and (not elsewhere(heading) or in_article_scope(heading)):
                return strip_site(text, source)
    return lone


# A tab's count of unread items before its title: "(37) CommaFeed", "(3) Inbox"
_UNREAD_COUNT = re.compile(r"^\(\d+\)\s*")


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


def _home_link_name(root: Any) -> str | None:
    """The name a link to a site's home spells, for a page that names its site nowhere else
    (a mail that forwards it): <a href="https://bulianterkini.com/">BULIAN TERKINI</a>."""
    for link in _HOME_LINKS(root):
        home = _HOME.fullmatch(str(link.get("href", "")).strip())
        name = " ".join(text_of(link).split())
        if home and 2 < len(name) <= 40 and _folded(name) == _folded(home[1]):
            if name.isupper():
                # as the page writes it elsewhere: "Ikuti saluran Bulian Terkini …"
                spelled = re.compile(re.escape(name), re.IGNORECASE)
                written = (m[0] for m in spelled.finditer(text_of(root)) if not m[0].isupper())
                return next(written, name)
            return name
    return None


_HOME_LINKS = etree.XPath("//a[starts-with(@href, 'http')]")
_HOME = re.compile(r"https?://(?:www\.)?([\w\-]+)\.[\w.]+/?")


def _title_site(root: Any, hosts: frozenset[str] = frozenset()) -> str | None:
    """The outlet a `<title>` names after its headline ("… | Republika Online"); `hosts` are
    the names the site's addresses spell ("rakyataceh" for "… - Rakyat Aceh")."""
    title = root.find(".//title")
    if title is None:
        return None
    parts = _SITE_SEPARATOR.split(text_of(title))
    site = parts[-1].strip()
    if len(parts) < 2 or _PAGE_SUFFIX.match(site):
        return None
    if not _is_site(site, None):
        # "… - The Nevada Independent" and the same name in the site's logo link, in
        # capitals or not ("KABAR CILACAP"), or in its address
        if len(site) > 45:
            return None
        if _folded(site) in hosts:
            return site
        logos = [text_of(element).casefold() for element in _LOGO_LINKS(root)]
        logos += [str(alt).strip().casefold() for alt in _HOME_LOGO_ALTS(root)]
        return site if site.casefold() in logos else None
    if is_outlet(site):
        return site
    # "News Liputan6.com", "Okezone Nasional": the outlet without its section.
    brands = [word for word in site.split() if _BRAND_WORD.match(word)]
    return brands[0] if len(brands) == 1 else site


_LOGO_LINKS = etree.XPath(
    "//*[contains(@class, 'site-title') or contains(@class, 'logo') or contains(@class, 'brand')]"
)
# The logo's picture in the link home: <a href="/"><img alt="Sains Indonesia"></a>
_HOME_LOGO_ALTS = etree.XPath("//a[@href='/']//img/@alt")


def _is_site(part: str, source: str | None) -> bool:
    part = part.strip()
    if not part or len(part) > 45:
        return False
    if _PAGE_SUFFIX.match(part):
        return True
    words = part.split()
    folded = part.casefold().replace(" ", "")
    if source and len(source) > 2 and fold(source).replace(" ", "") in folded:
        return True
    if is_outlet(part):
        return True
    if len(words) <= 6 and BODY_SITE.fullmatch(part):
        return True  # "… | Kementerian Kelautan dan Perikanan": a ministry's own site
    return len(words) <= 4 and any(_BRAND_WORD.match(word) for word in words)


# Outlet and author --------------------------------------------------------------------------


_SITE_TAGLINE = re.compile(r"(\S.*?)\s+[:|–—-]\s+(.+)")


# A government's or a body's site named as its portal: "Portal Resmi Pemerintah Kabupaten X"
_PORTAL_OF = re.compile(rf"Portal\s+(?:Resmi\s+|Informasi\s+)?({BODY_SITE.pattern})")
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?([A-Z][\w .&'’\-]{1,40}?)(?:[.,|]|$)"
)


def _folded(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _source(
    metas: dict[str, str], ld: dict[str, Any], title: str, hosts: frozenset[str] = frozenset()
) -> str | None:
    """The outlet's name from the page's metadata; `hosts` are the names its addresses and its
    copyright notice give it, folded ("colombiareports"), to tell its name from a section or a
    tagline beside it."""
    publisher = ld.get("publisher")
    names = [
        metas.get("og:site_name"),
        publisher.get("name") if isinstance(publisher, dict) else None,
        metas.get("application-name"),
    ]
    for name in names:
        if isinstance(name, str):
            name = " ".join(name.split())
            if name[:7] == "Portal " and (body := _PORTAL_OF.fullmatch(name)):
                name = body[1]  # "Portal Pemerintah Kabupaten Sleman": the government's site
            if (tagged := _SITE_TAGLINE.match(name)) and len(tagged[2].split()) >= 2:
                # "Mongabay.co.id : Situs Berita Lingkungan": the name alone; "Colombia News |
                # Colombia Reports" on colombiareports.com: the part the address spells
                spelled = _folded(tagged[2]) in hosts and _folded(tagged[1]) not in hosts
                name = tagged[2] if spelled else tagged[1]
            if name and _LEGAL_ENTITY.search(name):
                # "SunStar Publishing Inc.", the company, over a title closing "… - SunStar":
                # the outlet is the name the company's opens with
                site = _SITE_SEPARATOR.split(title)[-1].strip() if title else ""
                # "PT PLN (Persero)" over "… | PLN": the company's name after its "PT"
                company = name[3:] if name[:3].casefold() == "pt " else name
                if site and site != title and company.casefold().startswith(f"{site.casefold()} "):
                    return site
                continue
            if (
                name
                # "Komite Nasional Ekonomi dan Keuangan Syariah": a body's long name, in capitals
                # but for its small words, is no tagline
                and (len(name) <= 40 or (len(name) <= 70 and _titled_name(name)))
                # "Dunia Energi" names the site, words of sections and all, when the page's
                # title closes on it ("… | Dunia Energi"); "Berita" alone is a section
                and (not is_section(name) or (" " in name and title.endswith(name)))
            ):
                return name
    return None


def _own_author(author: str | None, source: str | None) -> str | None:
    """The page's named author, unless it is the outlet itself (Stabroek News's meta author
    is "Stabroek News", its byline "By Navindra Persaud Ramsaroop")."""
    if author and source and author.casefold() == source.casefold():
        return None
    return author


def _titled_name(name: str) -> bool:
    return all(word[:1].isupper() or word in _NAME_JOINS for word in name.split())


_NAME_JOINS = frozenset({"dan", "and", "of", "the", "&", "untuk", "for"})


def _author(root: Any, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    people = [p for p in (person_or_team(name) for name in _ld_people(ld.get("author"))) if p]
    if people:
        return ", ".join(dict.fromkeys(people))  # co-writers, as the byline lists them
    for key in _AUTHOR_META:
        value = metas.get(key, "")
        if value and "://" not in value and not value.startswith("@"):
            # "By Diego Ajcip" (the New York Times's "byl", as others copy it): the name
            person = person_or_team(BY_PREFIX.sub("", value.split(";")[0]))
            if person:
                return person
    checked = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        classes = class_words(element)
        if not any(_AUTHOR_CLASS.match(token) for token in classes) or _PICTURE_CLASS & set(
            classes
        ):
            continue  # "photo__credit": the photographer, under the picture
        text = text_of(element)
        checked += 1
        if checked > 12:
            break
        if not text or len(text) > 110 or elsewhere(element):
            continue
        # "<span>Redaktur : …</span><span>Reporter : Raka Danuarta</span>": the labelled writer
        # in a box that opens with the editor.
        parts = [text_of(child) for child in element.iter("a", "span", "strong", "p", "div")]
        # "Laporan: Hendra Gunawan Siregar<br>Editor: Desi Marlina" (Detak Rohul): the lines
        # a box breaks with <br>
        parts += broken_lines(element)
        for part in parts:
            byline = read_byline(part) if part and part != text else None
            if byline and byline.name and not _NOT_WRITER.match(part):
                return byline.name
        if _NOT_WRITER.match(text):
            continue
        named = next(
            (
                part
                for part in parts
                if part
                and BY_PREFIX.sub("", text).startswith(f"{part} ")
                and person_or_team(part) == part
            ),
            None,
        )
        if named:
            # "By <span>Mathieu LeBlanc</span> <span>Times & Transcript</span>": the name's own
            # element, before the paper's
            return named
        byline = read_byline(text)
        if byline and byline.name:
            return byline.name
        # "<a>Fahreza Rizky</a>, Jurnalis · Senin …": the name is the element's first link;
        # "Hana Aprilia Wulandari , Jurnalis · <time>2 jam yang lalu</time>": before the dot.
        lead = re.split(r"\s[·|•/]\s", text, maxsplit=1)[0]  # "Ha Quynh Giao / Tuoi Tre News"
        for part in (text, lead, *parts):
            if part[-4:].isdigit():
                part = DAY_AFTER_NAME.sub("", part)  # "Lwazi Dlamini-Meyer 20 Sep 2029"
            person = person_or_team(part) if 3 <= len(part) <= 60 else None
            if person and len(person.split()) <= 5 and not is_section(person):
                # (not "Education" of NDTV's "Education | Press Trust of India | Updated: …")
                return person
    return None


def _labelled_byline(lines: list[str]) -> str | None:
    """A byline printed under the headline with no class to find it by ("By Anna Smith")."""
    for line in lines:
        # "Selasa, 27 Oktober 2026 - 08:20 WIB | Penulis: Wahyu Damarjati Anggoro | Kategori:
        # …" (BPBD Pacitan): the byline in one cell of a row parted by bars
        # "Jumat, 29 Januari 2027, 19:45 Wita — Oleh Nama" (PerbatasanNews): a long dash
        # "Jumat, 11 Mei 2029 | 08:00 WIB • Oleh: Yudhistira Anggoro" (Sains Indonesia): a dot
        parted = "|" in line or "—" in line or "–" in line or "•" in line
        for cell in STAMP_CELLS.split(line) if parted else (line,):
            byline = read_byline(cell)
            if byline:
                # "Penulis: Tim GridOto": the byline names the desk, and no one else is the
                # writer (not the photographer credited under the picture, "Rizky/GridOto.com")
                return byline.name
        if writer := writer_beside_date(line):
            return writer  # "Rian Saputra - 19 Apr 2027 10:15" (RRI): the writer, the date
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
