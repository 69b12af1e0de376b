"""Saved HTML pages as ten outlets and two English sites mark them up: what the card states."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from digest.card import make_card
from digest.dates import WIB, WIT, WITA
from digest.htmlmeta import strip_site
from digest.parse import parse_article

PAGES = Path(__file__).parent / "articles" / "html"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (PAGES / "expected.json").read_text(encoding="utf-8")
)
# What a reader must never find in the body of a card read from an HTML page.
FURNITURE = (
    "Baca juga",
    "Baca Juga",
    "Bagikan",
    "WhatsApp",
    "Index »",
    "BeritaTerbaru",
    "ADVERTISEMENT",
    "Advertisement",
    "SCROLL TO CONTINUE",
    "Pilihan Editor",
    "newsletter",
    "Google News",
    "Komentar",
    "Terpopuler",
    "Copyright",
    "COPYRIGHT",
    "Pewarta",
    "Editor:",
    "Berita Terkait",
    "Tag",
    "Read Next",
)


def _f1(ours: list[str], gold: list[str]) -> float:
    a = Counter(re.findall(r"\w+", " ".join(ours).casefold()))
    b = Counter(re.findall(r"\w+", " ".join(gold).casefold()))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outlet_page_card(name: str) -> None:
    want = EXPECTED[name]
    card = make_card((PAGES / name).read_bytes(), content_type="text/html")
    assert card.headline == want["headline"]
    assert card.published is not None
    assert card.published.isoformat()[:16] == want["published"][:16]
    assert card.published.isoformat()[-6:] == want["published"][-6:]
    assert card.author == want["author"]
    assert card.source is not None
    assert card.source.casefold() in {source.casefold() for source in want["source"]}
    assert card.dateline == want["dateline"]
    assert card.body[0] == want["body"][0]  # the lead, without its dateline
    for junk in FURNITURE:
        assert not any(junk in paragraph for paragraph in card.body), junk
    assert _f1(list(card.body), want["body"]) >= 0.97


def test_html_is_sniffed_and_reads_the_same_as_with_a_content_type() -> None:
    raw = (PAGES / "detik_banjir.html").read_text(encoding="utf-8")
    assert parse_article(raw) == parse_article(raw, content_type="text/html")


def _page(head: str, body: str, *, lang: str = "id") -> str:
    paragraphs = {
        "id": (
            "<p><strong>Jakarta</strong> - Pemerintah provinsi menambah anggaran perbaikan jalan "
            "sebesar Rp 2 triliun tahun ini untuk memperbaiki ruas yang rusak berat.</p>"
            "<p>Kepala dinas mengatakan perbaikan akan dimulai bulan depan dan ditargetkan "
            "selesai sebelum musim hujan tiba di wilayah tersebut.</p>"
        ),
        "en": (
            "<p>The city council approved a plan on Monday to repair more than 200 roads that "
            "were damaged during the winter storms, officials said.</p>"
            "<p>Work will begin next month and should be finished before the autumn, the "
            "council's transport chief told reporters at a briefing.</p>"
        ),
    }[lang]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Jalan Rusak Diperbaiki</title>'
        f"{head}</head><body><h1>Jalan Rusak Diperbaiki Mulai Bulan Depan</h1>{body}"
        f'<div class="content">{paragraphs}</div></body></html>'
    )


def _published(head: str, body: str = "", *, lang: str = "id") -> datetime | None:
    return parse_article(_page(head, body, lang=lang), content_type="text/html").published


def test_a_visible_time_beats_a_date_only_meta_on_the_same_day() -> None:
    head = '<meta property="article:published_time" content="2022-07-04">'
    body = '<div class="date">Senin, 4 Juli 2022 10:15 WIB</div>'
    assert _published(head, body) == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_a_midnight_placeholder_does_not_beat_the_visible_time() -> None:
    head = '<meta itemprop="datePublished" content="2022-07-04T00:00:00+07:00">'
    body = "<p>Senin, 4 Juli 2022 10:15 WIB</p>"
    assert _published(head, body) == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_a_moment_given_in_seconds_completes_the_day_the_page_prints() -> None:
    # a script turns it into "3 jam lalu"; 1764053100 is 25 November 2025, 06:45 UTC
    body = (
        '<span class="time" data-timestamp="1764053100">3 jam lalu</span>'
        '<span class="date">Selasa, 25 November 2025</span>'
    )
    assert _published("", body) == datetime(2025, 11, 25, 13, 45, tzinfo=WIB)


def test_a_drupal_pages_rdfa_date_is_read_whatever_its_bodys_layout_classes() -> None:
    html = _page(
        "",
        '<div class="meta submitted"><span property="dc:date dc:created" '
        'content="2025-11-17T14:20:00+09:00">Dikirim oleh redaksi pada Sen, 17/11/2025 - 14:20'
        "</span></div>",
    ).replace("<body>", '<body class="html not-front one-sidebar sidebar-second">')
    article = parse_article(html, content_type="text/html")
    assert article.published == datetime(2025, 11, 17, 14, 20, tzinfo=timezone(timedelta(hours=9)))


def test_a_lone_clock_completes_the_day_the_meta_states() -> None:
    head = '<meta name="dc.date.issued" content="2015-11-05">'
    body = '<div class="info"><span class="tgl">Kamis, 5 November 2015</span></div>'
    body += '<span class="jam">| 14:38 WIB</span>'
    assert _published(head, body) == datetime(2015, 11, 5, 14, 38, tzinfo=WIB)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2022-07-04T03:15:00Z">',
        '<meta name="parsely-pub-date" content="2022-07-04T03:15:00.000Z">',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, '
        '{"@type": "NewsArticle", "datePublished": "2022\\/07\\/04 03:15:00Z"}]}</script>',
        '<meta name="content_PublishedDate" content="2022-07-04 10:15:19">',
        '<meta name="pubdate" content="Mon, 04 Jul 2022 03:15:00 +0000">',
    ],
)
def test_a_stated_time_is_shown_in_wib_on_an_indonesian_page(head: str) -> None:
    found = _published(head)
    assert found == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)
    assert found is not None and found.utcoffset() == timedelta(hours=7)


def test_a_stated_wita_or_wit_offset_is_kept() -> None:
    wita = _published('<meta name="sailthru.date" content="2022-07-04T11:15:00+08:00">')
    assert wita == datetime(2022, 7, 4, 11, 15, tzinfo=WITA)
    assert wita is not None and wita.utcoffset() == timedelta(hours=8)
    wit = _published('<meta property="article:published_time" content="2022-07-04T12:15+09:00">')
    assert wit is not None and wit.isoformat() == "2022-07-04T12:15:00+09:00"


@pytest.mark.parametrize(
    ("head", "body", "stamp"),
    [
        (
            '<meta property="article:published_time" content="2022-07-04T10:15:00+07:00">',
            '<div class="date">Senin, 4 Juli 2022 11:15 WITA</div>',
            datetime(2022, 7, 4, 11, 15, tzinfo=WITA),
        ),
        # NusaBali prints "22 Nov 2025 10:30" and means Bali's time
        (
            '<meta property="og:site_name" content="NusaBali.com">',
            '<span class="date">22 Nov 2025 10:30</span>',
            datetime(2025, 11, 22, 10, 30, tzinfo=WITA),
        ),
    ],
)
def test_a_wita_date_line_or_a_bali_paper_sets_the_article_zone(
    head: str, body: str, stamp: datetime
) -> None:
    found = _published(head, body)
    assert found == stamp
    assert found is not None and found.utcoffset() == timedelta(hours=8)


def test_a_meta_written_in_the_wrong_zone_yields_to_the_printed_time() -> None:
    # detik's pubdate style: local time labelled Z; the page prints the real minute.
    head = '<meta property="article:published_time" content="2022-07-04T10:15:00Z">'
    body = '<div class="detail__date">Senin, 04 Jul 2022 10:15 WIB</div>'
    assert _published(head, body) == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)
    # a Banjarmasin outlet's meta in WIB for the WITA minute it prints
    head = '<meta property="article:published_time" content="2026-02-18T10:15:00+07:00">'
    body = '<div class="detail__date">Rabu, 18 Feb 2026 10:15 WITA</div>'
    assert _published(head, body) == datetime(2026, 2, 18, 10, 15, tzinfo=WITA)


def test_a_zoneless_meta_and_a_json_ld_offset_of_the_same_minute_give_its_clock() -> None:
    # Telisik.id (Kendari): "2033-05-06 21:03:45" in its pubdate meta, the same minute with
    # "+08:00" in its JSON-LD, no zone on the page: the stated offset is the paper's clock
    head = (
        '<meta name="pubdate" content="2033-05-06 21:03:45">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2033-05-06T21:03:45+08:00"}</script>'
    )
    assert _published(head) == datetime(2033, 5, 6, 21, 3, tzinfo=WITA)


def test_updated_time_is_only_a_last_resort() -> None:
    head = (
        '<meta property="og:updated_time" content="2022-07-09T08:00:00+07:00">'
        '<meta name="publishdate" content="2022/07/04 10:15:00">'
    )
    assert _published(head) == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)
    only_updated = '<meta property="og:updated_time" content="2022-07-09T08:00:00+07:00">'
    assert _published(only_updated) == datetime(2022, 7, 9, 8, 0, tzinfo=WIB)
    # theSun prints only "UPDATED: …": its modified time, in the offset it states, is the one
    # time the page gives; JSON-LD's dateModified likewise
    malaysia = timezone(timedelta(hours=8))
    modified = '<meta property="article:modified_time" content="2033-04-30T21:05:00+08:00">'
    assert _published(modified, lang="en") == datetime(2033, 4, 30, 21, 5, tzinfo=malaysia)
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateModified": "2033-04-30T21:05:00+08:00"}</script>'
    )
    assert _published(ld, lang="en") == datetime(2033, 4, 30, 21, 5, tzinfo=malaysia)


def test_a_teams_byline_in_the_author_box_names_no_one() -> None:
    # CNN Indonesia: "tim | CNN Indonesia" in its author box, the outlet in the meta
    html = (
        '<html><head><title>Ponsel Lipat Baru Meluncur</title><meta name="author" '
        'content="CNN Indonesia"></head><body><h1>Ponsel Lipat Baru Meluncur</h1>'
        '<div class="detail-author">tim | CNN Indonesia</div>'
        f'<div class="detail-text">{_STORY_HTML}</div></body></html>'
    )
    assert parse_article(html, content_type="text/html").author is None


def test_a_box_of_the_articles_own_facts_is_not_a_box_of_other_stories() -> None:
    # Bola.net names every part of the article "box-…": its writer in "box-author"
    html = (
        "<html><head><title>Timnas Lolos ke Semifinal</title></head><body>"
        '<h1 class="box-title">Timnas Lolos ke Semifinal Piala AFF</h1><div class="box-info">'
        '<span class="box-author">Penulis: Dimas Ardi Prasetya</span>'
        '<span class="box-date">Kamis, 31 Agustus 2028 21:05</span></div>'
        '<div class="box-content">' + _STORY_HTML + "</div>"
        "</body></html>"
    )
    assert parse_article(html, content_type="text/html").author == "Dimas Ardi Prasetya"


@pytest.mark.parametrize(
    ("title", "logo"),
    [
        (
            "Water agency approves new turf limits - The Nevada Independent",
            '<a class="site-title" href="/">The Nevada Independent</a>',
        ),
        # "::" before the site's name; the logo a picture in the link home
        (
            "Water agency approves new turf limits :: The Nevada Independent",
            '<div id="top"><a href="/"><img src="/img/logo.png" alt="The Nevada Independent">'
            "</a></div>",
        ),
    ],
)
def test_a_titles_suffix_that_the_sites_logo_link_prints_is_the_source(
    title: str, logo: str
) -> None:
    html = (
        f"<html><head><title>{title}</title></head><body>{logo}"
        "<h1>Water agency approves new turf limits</h1>" + _STORY_HTML + "</body></html>"
    )
    card = parse_article(html, content_type="text/html")
    assert (card.source, card.headline) == (
        "The Nevada Independent",
        "Water agency approves new turf limits",
    )


def test_the_next_story_a_page_loads_under_this_one_is_no_part_of_it() -> None:
    # SulbarExpress: "Artikel Selanjutnya", then the next story in an <article> of its own,
    # its paragraphs in a box of the same class
    html = (
        "<html><head><title>Anggaran Jalan Naik Tajam Tahun Ini</title></head><body><main>"
        '<article class="detail"><h1>Anggaran Jalan Naik Tajam Tahun Ini</h1>'
        '<div class="content">' + _STORY_HTML + "</div></article>"
        '<div class="next-divider">Artikel Selanjutnya</div><article class="detail">'
        '<h2>Dua Kapal Nelayan Tenggelam di Perairan Karampuang</h2><div class="content">'
        "<p>MAMUJU - Dua kapal nelayan tenggelam dihantam gelombang tinggi di perairan Pulau "
        "Karampuang, Senin dini hari, dan tiga anak buah kapal diselamatkan.</p>"
        '<div class="loading">Memuat artikel berikutnya&hellip;</div></div></article>'
        "</main></body></html>"
    )
    card = parse_article(html, content_type="text/html")
    assert card.body == tuple(_STORY)


def test_a_stamp_row_with_the_writer_after_a_dot() -> None:
    # Sains Indonesia: "Jumat, 11 Mei 2029 | 08:00 WIB • Oleh: Yudhistira Anggoro"
    html = (
        "<html><head><title>Ribuan Nelayan Cilacap Tak Melaut :: Sains Indonesia</title></head>"
        '<body><div id="wrapper"><div id="top"><a href="/"><img src="/logo.png" '
        'alt="Sains Indonesia"></a></div><div id="menu"><a href="/">Beranda</a> | '
        '<a href="/hayati">Hayati</a> | <a href="/riset">Riset</a></div><div id="content">'
        '<div class="kanal">Hayati</div><h2 class="judul">Ribuan Nelayan Cilacap Tak Melaut</h2>'
        '<div class="info">Jumat, 11 Mei 2029 | 08:00 WIB &nbsp;&bull;&nbsp; Oleh: Yudhistira '
        'Anggoro</div><div class="foto"><img src="/a.jpg" alt="a"><div class="ket">Nelayan di '
        'Cilacap. (Dok. Tim)</div></div><div class="isi">'
        + _STORY_HTML
        + '</div><div class="tag">Tag: <a href="#">nelayan</a></div></div></div></body></html>'
    )
    card = parse_article(html, content_type="text/html")
    assert card.author == "Yudhistira Anggoro"
    assert card.published == datetime(2029, 5, 11, 8, 0, tzinfo=WIB)


def test_a_titles_suffix_its_logo_prints_in_capitals_and_a_stamp_row_with_a_read_count() -> None:
    # Kabar Cilacap: "… – Kabar Cilacap" in <title>, "KABAR CILACAP" in its logo, and the
    # writer between the date and the readers' count under the headline
    html = (
        "<html><head><title>Ribuan Nelayan Cilacap Tak Melaut &#8211; Kabar Cilacap</title>"
        '</head><body><h2 class="site-title"><a href="/">KABAR CILACAP</a></h2>'
        '<p class="kategori">Ekonomi</p><h1>Ribuan Nelayan Cilacap Tak Melaut</h1>'
        '<p class="post-info">Sabtu, 30 September 2028 - 07:55 WIB &nbsp;&bull;&nbsp; Oleh '
        "Rahmat Nugroho &nbsp;&bull;&nbsp; 1.204 kali dibaca</p>" + _STORY_HTML + "</body></html>"
    )
    card = parse_article(html, content_type="text/html")
    assert (card.headline, card.source, card.author) == (
        "Ribuan Nelayan Cilacap Tak Melaut",
        "Kabar Cilacap",
        "Rahmat Nugroho",
    )
    assert card.published == datetime(2028, 9, 30, 7, 55, tzinfo=WIB)


@pytest.mark.parametrize(
    ("head", "stamp", "clock"),
    [
        # Times Union: "Dec 27, 2028" and, glued to it, "Updated: Dec 27, 2028 6:05 p.m.": the
        # minute in the story's own zone, not the same moment at an offset of -01:15
        (
            '<meta property="article:published_time" content="2028-12-27T14:20:00-05:00">',
            '<div class="timestamp">Dec 27, 2028<span class="updated">Updated: Dec 27, 2028 '
            "6:05 p.m.</span></div>",
            (14, 20),
        ),
        # "Tampa Bay Times" prints Tampa's time: its meta says "…T12:41:00Z", the page no time
        (
            '<meta property="og:site_name" content="Tampa Bay Times">'
            '<meta property="article:published_time" content="2029-02-03T12:41:00Z">',
            "<span>Published Feb. 3</span>",
            (7, 41),
        ),
    ],
)
def test_an_american_papers_minute_in_its_own_zone(
    head: str, stamp: str, clock: tuple[int, int]
) -> None:
    html = (
        f"<html><head><title>Rent bill</title>{head}</head><body><h1>Rent bill clears the "
        f"Senate</h1>{stamp}<p>ALBANY — The city council approved a plan on Monday to repair "
        "more than 200 roads that were damaged during the winter storms, officials said.</p>"
        "<p>Work will begin next month and should be finished before the autumn, the council "
        "transport chief told reporters.</p></body></html>"
    )
    published = parse_article(html, content_type="text/html").published
    assert published is not None
    assert (published.hour, published.minute, published.utcoffset()) == (
        *clock,
        timedelta(hours=-5),
    )


def test_a_titles_suffix_its_address_spells_is_the_source() -> None:
    # Rakyat Aceh's print view: "Cetak: … - Rakyat Aceh", on rakyataceh.co, a logo picture
    html = (
        "<html><head><title>Cetak: Ribuan Nelayan Cilacap Tak Melaut - Rakyat Aceh</title>"
        '<link rel="canonical" href="https://rakyataceh.co/2028/12/21/ribuan-nelayan/"></head>'
        '<body><div class="print-logo"><img src="/logo.png" alt="Rakyat Aceh"> <span>RAKYAT '
        "ACEH — Koran Terbesar di Pantai Barat Selatan</span></div>"
        "<h1>Ribuan Nelayan Cilacap Tak Melaut</h1>" + _STORY_HTML + "</body></html>"
    )
    assert parse_article(html, content_type="text/html").source == "Rakyat Aceh"


def test_a_time_in_an_inline_list_of_the_storys_facts_is_its_own() -> None:
    # The Berkshire Eagle: Bootstrap's "list-inline" holds the story's <time>, not other stories
    body = (
        '<ul class="list-inline"><li><time datetime="2022-07-04T23:45:00-04:00">Jul 4, 2022'
        "</time></li></ul>"
    )
    assert _published("", body, lang="en") == datetime(
        2022, 7, 4, 23, 45, tzinfo=timezone(timedelta(hours=-4))
    )


def test_dates_in_related_boxes_are_not_the_articles() -> None:
    body = (
        '<aside class="terpopuler"><div class="date">Minggu, 3 Juli 2022 08:00 WIB</div></aside>'
        '<div class="related"><time datetime="2022-07-01T09:00:00+07:00">1 Juli</time></div>'
        '<time datetime="2022-07-04T10:15:00+07:00">Senin, 4 Juli 2022</time>'
    )
    assert _published("", body) == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_a_post_box_is_the_articles_own_box_not_a_box_of_other_posts() -> None:
    # Siwalima (WordPress's Newsup theme): the headline, the writer and the stamp sit in a
    # "mg-blog-post-box" under a bar with the site's own day; the title ends in the site's name
    html = (
        "<!DOCTYPE html><html><head><title>Bupati Lantik 34 Pejabat Eselon III dan IV, Minta "
        "Kerja Cepat &#8211; Siwalima News</title></head><body>"
        '<div class="mg-head-detail"><span class="time">Selasa, 28 Desember 2027</span></div>'
        '<div class="mg-blog-post-box"><div class="mg-header">'
        "<h1>Bupati Lantik 34 Pejabat Eselon III dan IV, Minta Kerja Cepat</h1>"
        '<h4 class="media-heading"><span>By</span> <a href="/author/ricky/">Ricky Nanlohy</a>'
        '</h4><span class="mg-blog-date">Senin, 27 Desember 2027 &nbsp;11:08 WIT</span></div>'
        "<article><p>NAMROLE, Siwalimanews &ndash; Bupati Buru Selatan melantik 34 pejabat "
        "administrator dan pengawas di lingkup Pemerintah Kabupaten Buru Selatan, Senin.</p>"
        "<p>Pelantikan dihadiri Wakil Bupati, Sekretaris Daerah, unsur Forkopimda, serta "
        "pimpinan organisasi perangkat daerah di aula kantor bupati.</p></article></div>"
        "</body></html>"
    )
    card = make_card(html.encode(), content_type="text/html")
    assert card.headline == "Bupati Lantik 34 Pejabat Eselon III dan IV, Minta Kerja Cepat"
    assert card.author == "Ricky Nanlohy"
    assert card.published == datetime(2027, 12, 27, 11, 8, tzinfo=timezone(timedelta(hours=9)))


def test_an_english_page_keeps_the_offset_it_states() -> None:
    head = '<meta property="article:published_time" content="2022-07-01T10:15:00-04:00">'
    found = _published(head, lang="en")
    assert found == datetime(2022, 7, 1, 10, 15, tzinfo=timezone(timedelta(hours=-4)))
    assert found is not None and found.utcoffset() == timedelta(hours=-4)
    zulu = '<script type="application/ld+json">{"datePublished": "2022-07-01T14:05:00Z"}</script>'
    assert _published(zulu, lang="en") == datetime(2022, 7, 1, 14, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("head", "body", "stated"),
    [
        # a WordPress theme's <time> with its offset, and the updated one beside it
        (
            "",
            '<span class="td-post-date"><time class="entry-date published" '
            'datetime="2026-01-12T08:05:00+08:00">January 12, 2026</time><time class="updated" '
            'datetime="2026-01-13T10:22:41+08:00">January 13, 2026</time></span>',
            "2026-01-12T08:05:00+08:00",
        ),
        # an offset written without its colon
        (
            '<meta property="article:published_time" content="2026-01-21T09:30:00+0800">',
            "",
            "2026-01-21T09:30:00+08:00",
        ),
        # a day written as eight digits, the only date the page has
        ('<meta name="pubdate" content="20260114">', "", "2026-01-14T00:00:00+00:00"),
        # a printed day and time beside an age in another cell (Middle East Eye)
        (
            "",
            '<div class="article-date">Published date: 18 February 2026 14:05 GMT | '
            "Last update: 1 day 3 hours ago</div>",
            "2026-02-18T14:05:00+00:00",
        ),
        # Tuoi Tre's English site prints the month first
        (
            '<meta property="og:site_name" content="Tuoi Tre News">',
            '<div class="date-time">01/09/2026 14:05 GMT+7</div>',
            "2026-01-09T14:05:00+07:00",
        ),
        # Vietnam News' "January, 22/2026 - 15:48" under a Dublin Core day
        (
            '<meta name="DC.date.issued" content="2026-01-22">',
            '<div class="datetime">January, 22/2026 - 15:48</div>',
            "2026-01-22T15:48:00+00:00",
        ),
        # any offset between a UTC stamp and the clock the page prints is the page's zone:
        # Yle's Finland, a page west of Greenwich, Kathmandu's quarter hour
        (
            '<meta property="article:published_time" content="2026-05-26T04:12:00Z">',
            '<span class="date">26.5.2026 07:12</span>',
            "2026-05-26T07:12:00+03:00",
        ),
        (
            '<meta property="article:published_time" content="2026-05-29T14:30:00Z">',
            '<span class="date">May 29, 2026 8:30 AM</span>',
            "2026-05-29T08:30:00-06:00",
        ),
        (
            '<meta property="article:published_time" content="2026-04-16T01:00:00Z">',
            '<span class="date">April 16, 2026 06:45</span>',
            "2026-04-16T06:45:00+05:45",
        ),
        # a `<time>` whose machine value is UTC and whose text is the local clock
        (
            "",
            '<time class="published" datetime="2026-12-30T23:05:00Z">Dec. 30, 2026 at '
            "5:05 p.m.</time>",
            "2026-12-30T17:05:00-06:00",
        ),
        # the clock of the American Midwest, named ("CST", as Minnesota's papers print it)
        (
            "",
            '<span class="date">Dec. 30, 2026 at 5:05 p.m. CST</span>',
            "2026-12-30T17:05:00-06:00",
        ),
        ("", '<span class="date">Feb. 3, 2027, 9:40 a.m. MST</span>', "2027-02-03T09:40:00-07:00"),
    ],
)
def test_an_english_pages_machine_and_printed_stamps_in_their_forms(
    head: str, body: str, stated: str
) -> None:
    found = _published(head, body, lang="en")
    assert found is not None and found.isoformat() == stated


def test_an_english_pages_own_clock_over_a_utc_machine_stamp_names_its_zone() -> None:
    # Free Malaysia Today: "2:15 PM" on the page, 06:15 UTC in the meta; the moment is the
    # meta's, and the card shows it at the clock the page printed (+08:00), not as 14:15 UTC.
    head = '<meta property="article:published_time" content="2025-07-09T06:15:00+00:00">'
    body = '<span class="posted-on">July 9, 2025 2:15 PM</span>'
    found = _published(head, body, lang="en")
    assert found is not None and found.isoformat() == "2025-07-09T14:15:00+08:00"


@pytest.mark.parametrize(
    ("address", "stated"),
    [
        # a site in a country of one clock: the Mail & Guardian at Johannesburg's
        ("https://mg.co.za/education/2026-06-24-students/", "2026-06-24T11:00:00+02:00"),
        ("https://www.thecitizen.co.tz/news/2026-06-24", "2026-06-24T12:00:00+03:00"),
        # endings any site buys, and a country of many clocks, say nothing
        ("https://www.example.co/news/2026-06-24", "2026-06-24T09:00:00+00:00"),
        ("https://www.example.com.au/news/2026-06-24", "2026-06-24T09:00:00+00:00"),
    ],
)
def test_a_utc_stamp_is_shown_at_the_clock_of_the_sites_country(address: str, stated: str) -> None:
    head = (
        f'<meta property="og:url" content="{address}">'
        '<script type="application/ld+json">{"datePublished": "2026-06-24T09:00:00+00:00"}'
        "</script>"
    )
    found = _published(head, '<span class="date">24 Jun 2026</span>', lang="en")
    assert found is not None and found.isoformat() == stated


@pytest.mark.parametrize(
    ("site", "stated"),
    [
        ("Notes From Poland", "2026-08-30T10:15:00+02:00"),  # a site named for its country
        ("Hong Kong Free Press", "2026-08-30T16:15:00+08:00"),  # for its city
        ("Radio Free Asia", "2026-08-30T08:15:00+00:00"),  # a continent has no one clock
        ("Casper Star-Tribune", "2026-08-30T02:15:00-06:00"),  # a town and a paper's words
    ],
)
def test_a_utc_stamp_is_shown_at_the_clock_of_the_place_the_site_is_named_for(
    site: str, stated: str
) -> None:
    head = (
        f'<meta property="og:site_name" content="{site}">'
        '<meta property="article:published_time" content="2026-08-30T08:15:00Z">'
    )
    found = _published(head, '<span class="date">30 Aug 2026</span>', lang="en")
    assert found is not None and found.isoformat() == stated


def test_a_company_named_as_the_site_gives_way_to_the_outlet_its_title_names() -> None:
    # SunStar: og:site_name is the publishing company; the title closes on the outlet's name,
    # and a UTC machine stamp is shown at Manila's clock
    head = (
        "<title>Consulate opens registration drive in Davao Region - SunStar</title>"
        '<meta property="og:site_name" content="SunStar Publishing Inc.">'
        '<meta name="sailthru.date" content="Mon, 16 Mar 2026 01:15:00 +0000">'
        '<meta property="og:title" content="Consulate opens registration drive in Davao Region">'
    )
    page = _page(head, "", lang="en").replace("<title>Jalan Rusak Diperbaiki</title>", "")
    article = parse_article(page, content_type="text/html")
    assert article.source == "SunStar"
    assert article.published is not None
    assert article.published.isoformat() == "2026-03-16T09:15:00+08:00"


@pytest.mark.parametrize(
    ("site", "source"),
    [
        # KNEKS: og:site_name is the committee's full name, 44 characters, no tagline
        ("Komite Nasional Ekonomi dan Keuangan Syariah", None),
        # a regency's site named as its portal: the government is the source
        ("Portal Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Sleman"),
    ],
)
def test_a_bodys_long_name_as_the_site_is_the_source(site: str, source: str | None) -> None:
    head = f'<meta property="og:site_name" content="{site}">'
    article = parse_article(_page(head, ""), content_type="text/html")
    assert article.source == (source or site)


def test_a_ministrys_site_named_only_where_its_title_closes_is_the_source() -> None:
    page = _page("", "").replace(
        "<title>Jalan Rusak Diperbaiki</title>",
        "<title>Jalan Rusak Diperbaiki | Kementerian Kelautan dan Perikanan</title>",
    )
    article = parse_article(page, content_type="text/html")
    assert article.source == "Kementerian Kelautan dan Perikanan"


def test_a_meta_byline_that_opens_on_by_names_the_writer() -> None:
    # The Guatemala Herald: <meta name="byl" content="By Diego Ajcip">, as the NYT writes it
    head = '<meta name="byl" content="By Diego Ajcip">'
    article = parse_article(_page(head, "", lang="en"), content_type="text/html")
    assert article.author == "Diego Ajcip"


def test_an_outlet_named_as_the_author_gives_way_to_the_byline_on_the_page() -> None:
    # Stabroek News: the meta author is the outlet; the page signs the story under the headline
    head = (
        '<meta property="og:site_name" content="Stabroek News">'
        '<meta name="author" content="Stabroek News">'
    )
    body = '<span class="byline">By Navindra Persaud Ramsaroop</span>'
    article = parse_article(_page(head, body, lang="en"), content_type="text/html")
    assert (article.source, article.author) == ("Stabroek News", "Navindra Persaud Ramsaroop")


def test_a_time_with_no_zone_is_the_outlets_own() -> None:
    # The Korea Herald prints Seoul's time and says no zone: "15:12" is not UTC.
    head = '<meta property="og:site_name" content="The Korea Herald">'
    body = '<div class="news_date">Published : Jun. 4, 2025 - 15:12</div>'
    found = _published(head, body, lang="en")
    assert found is not None and found.isoformat() == "2025-06-04T15:12:00+09:00"
    # A machine stamp written in UTC is the same minute, shown in the outlet's zone.
    head += '<meta property="article:published_time" content="2025-06-04T06:12:00+00:00">'
    found = _published(head, "", lang="en")
    assert found is not None and found.isoformat() == "2025-06-04T15:12:00+09:00"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("KapanLagi.com: Raisa Rilis Album Baru", "Raisa Rilis Album Baru"),
        ("Harga BBM Turun - Kompas.com", "Harga BBM Turun"),
        ("Harga BBM Turun Halaman all - Kompas.com", "Harga BBM Turun"),
        ("Harga BBM Turun - Halaman all - Kompas.com", "Harga BBM Turun"),
        ("KPK Periksa Bupati | Tempo.co", "KPK Periksa Bupati"),
        ("KPK Periksa Bupati - Nasional Tempo.co", "KPK Periksa Bupati"),
        ("Jokowi Resmikan Tol - detikNews", "Jokowi Resmikan Tol"),
        ("Warga Antre Minyak | Republika Online", "Warga Antre Minyak"),
        ("Gempa Guncang Banten - ANTARA News", "Gempa Guncang Banten"),
        ("Polisi Tangkap Pelaku : Okezone Nasional", "Polisi Tangkap Pelaku"),
        ("Rupiah Menguat - News Liputan6.com", "Rupiah Menguat"),
        ("Heatwave hits Spain | Europe | The Guardian", "Heatwave hits Spain"),
        ("Anggaran Jalan Naik | Kabar Daerah Online", "Anggaran Jalan Naik"),
        ("Maroko Vs Portugal: Ronaldo Cadangan Lagi", "Maroko Vs Portugal: Ronaldo Cadangan Lagi"),
        ("Suara Rakyat: Harga Naik Lagi", "Suara Rakyat: Harga Naik Lagi"),
        ("Tempo Permainan Melambat - Pelatih Kecewa", "Tempo Permainan Melambat - Pelatih Kecewa"),
    ],
)
def test_headline_loses_the_site_name_and_keeps_its_own_words(title: str, headline: str) -> None:
    assert strip_site(title, None) == headline


def test_title_tag_is_cleaned_when_the_page_has_no_h1() -> None:
    page = _page("", "").replace("<h1>Jalan Rusak Diperbaiki Mulai Bulan Depan</h1>", "")
    page = page.replace(
        "<title>Jalan Rusak Diperbaiki</title>",
        "<title>Jalan Rusak Diperbaiki Mulai Bulan Depan - Halaman all - Kompas.com</title>",
    )
    article = parse_article(page, content_type="text/html")
    assert article.headline == "Jalan Rusak Diperbaiki Mulai Bulan Depan"


def test_the_printed_headline_beats_a_reworded_seo_title() -> None:
    printed = (
        "Diterkam Harimau Saat Memanen Kelapa, Pekerja Kebun di Pelangiran Inhil Alami Luka di "
        "Punggung dan Lengan"
    )
    page = _page(
        '<meta property="og:title" content="Pekerja Kebun di Inhil Diterkam Harimau, BBKSDA '
        'Riau Pasang 6 Kamera Jebak">',
        "",
    ).replace("Jalan Rusak Diperbaiki Mulai Bulan Depan</h1>", f"{printed}</h1>")
    assert parse_article(page, content_type="text/html").headline == printed


@pytest.mark.parametrize("company", ["PT VIVA MEDIA BARU", "Kompas Cyber Media", "Web Design"])
def test_a_company_is_never_the_author(company: str) -> None:
    head = f'<meta name="author" content="{company}">'
    assert parse_article(_page(head, ""), content_type="text/html").author is None


def test_the_writer_before_the_role_and_the_time_in_one_byline_box() -> None:
    # Okezone: the outlet as the meta author, the writer in a box with the relative time
    head = '<meta name="author" content="Okezone">'
    body = (
        '<div class="namerep">Hana Aprilia Wulandari , Jurnalis<span class="sep"> · </span>'
        '<time datetime="2025-11-20T09:12:00+07:00">2 jam yang lalu</time></div>'
    )
    article = parse_article(_page(head, body), content_type="text/html")
    assert article.author == "Hana Aprilia Wulandari"


def test_author_from_json_ld_person_not_the_organisation() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Organization", "name": "Kompas Cyber Media"}, '
        '{"@type": "Person", "name": "Ihsanuddin"}]}</script>'
    )
    assert parse_article(_page(head, ""), content_type="text/html").author == "Ihsanuddin"
    two = head.replace("]}", ', {"@type": "Person", "name": "Jessi Carina"}]}')
    assert (
        parse_article(_page(two, ""), content_type="text/html").author == "Ihsanuddin, Jessi Carina"
    )


def test_site_name_is_the_source_and_a_section_name_is_not() -> None:
    head = '<meta property="og:site_name" content="Suara.com">'
    assert parse_article(_page(head, ""), content_type="text/html").source == "Suara.com"
    head = (
        '<meta property="og:site_name" content="sepakbola">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "detikcom"}}</script>'
    )
    assert parse_article(_page(head, ""), content_type="text/html").source == "detikcom"
    head = '<meta property="og:site_name" content="Mongabay.co.id : Situs Berita Lingkungan">'
    assert parse_article(_page(head, ""), content_type="text/html").source == "Mongabay.co.id"
    # a section and the site's name, which its address or its copyright notice spells
    head = '<meta property="og:site_name" content="Colombia News | Colombia Reports">'
    footer = "<footer><p>&copy; 2026 Colombia Reports</p></footer>"
    source = parse_article(_page(head, footer), content_type="text/html").source
    assert source == "Colombia Reports"
    head += '<meta property="og:url" content="https://colombiareports.com/film/">'
    assert parse_article(_page(head, ""), content_type="text/html").source == "Colombia Reports"


_STORY = (
    "Pemerintah provinsi menambah anggaran perbaikan jalan sebesar Rp 2 triliun tahun ini.",
    "Kepala dinas mengatakan perbaikan dimulai bulan depan dan selesai sebelum musim hujan.",
    "Menurut dia, ruas jalan di wilayah selatan menjadi prioritas karena paling rusak parah.",
)
# The story's paragraphs as a page marks them up
_STORY_HTML = "".join(f"<p>{p}</p>" for p in _STORY)


def _body_of(markup: str) -> tuple[str, ...]:
    page = (
        "<html><head><title>Anggaran Jalan Naik | Kabar Daerah</title></head><body>"
        f"<h1>Anggaran Jalan Naik Tajam Tahun Ini</h1>{markup}</body></html>"
    )
    return parse_article(page, content_type="text/html").body


def test_an_app_wrapper_or_a_sidebar_layout_does_not_hide_the_article() -> None:
    paragraphs = _STORY_HTML
    for wrapper in ('<div id="app">', '<div class="main-content has-sidebar">'):
        assert _body_of(f"{wrapper}<div class='post'>{paragraphs}</div></div>") == _STORY


def test_a_sidebar_column_beside_the_article_stays_out() -> None:
    teaser = "<p>Ringkasan berita lain tentang pasar murah di kecamatan sebelah pekan ini.</p>"
    markup = (
        f'<div class="row"><div class="col-8">{_STORY_HTML}</div>'
        f'<div class="col-4">{teaser * 2}</div></div>'
    )
    assert _body_of(markup) == _STORY


def test_a_body_box_named_like_furniture_is_kept_when_it_holds_the_article() -> None:
    first, *rest = _STORY
    markup = (
        f'<div class="content"><p>{first}</p><div class="article-body has-ads">'
        + "".join(f"<p>{p}</p>" for p in rest)
        + "</div></div>"
    )
    assert _body_of(markup) == _STORY


@pytest.mark.parametrize(
    "prompt",
    [
        "[Gambas:Video 20detik]",
        "Artikel ini telah tayang di Tribunnews.com dengan judul Anggaran Jalan Naik",
        "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan "
        "WhatsApp ke nomor Cek Fakta 0811-9787-670.",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk "
        "AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Kompas.com WhatsApp Channel.",
        "Follow Berita Okezone di Google News",
        "BeritaTerbaru Index »",
    ],
)
def test_outlet_prompts_are_not_paragraphs(prompt: str) -> None:
    markup = "<div class='read'>" + _STORY_HTML
    assert _body_of(f"{markup}<p>{prompt}</p></div>") == _STORY


def test_date_line_under_a_headline_set_in_an_h2() -> None:
    page = (
        "<html><head><title>Anggaran Jalan Naik | Kabar Daerah</title>"
        '<meta name="pubdate" content="2022-07-04"></head><body>'
        '<div class="top"><span>Kamis, 7 Juli 2022 08:41 WIB</span></div>'
        "<h2>Anggaran Jalan Naik Tajam Tahun Ini</h2><div>Senin, 4 Juli 2022 - 10:15 WIB</div>"
        f"<div class='isi'>{_STORY_HTML}</div></body></html>"
    )
    article = parse_article(page, content_type="text/html")
    assert article.published == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_the_editor_credited_first_is_not_the_author() -> None:
    markup = (
        '<div class="credit"><span class="credit-name">Editor: Yoga Sukmana</span>'
        '<span class="credit-name">Penulis: Ade Miranti Karunia</span></div>' + _STORY_HTML
    )
    page = (
        "<html><head><title>Anggaran Jalan Naik</title></head><body>"
        "<h1>Anggaran Jalan Naik Tajam Tahun Ini</h1>"
        f"<div class='read'>{markup}</div></body></html>"
    )
    assert parse_article(page, content_type="text/html").author == "Ade Miranti Karunia"


@pytest.mark.parametrize(
    ("box", "author"),
    [
        # Detak Rohul: "Laporan: …<br>Editor: …" in a writer's box
        (
            '<div class="penulis">Laporan: Hendra Gunawan Siregar<br>Editor: Desi Marlina</div>',
            "Hendra Gunawan Siregar",
        ),
        # Telisik: "Reporter: …<br>Editor: …" in a box of no writer's class, under the headline
        (
            '<div class="info-artikel"><p>Reporter: La Ode Arfan<br>Editor: Haerani Hambali</p>'
            "</div>",
            "La Ode Arfan",
        ),
    ],
)
def test_a_writer_and_the_editor_on_lines_a_box_breaks(box: str, author: str) -> None:
    # the box's lines run together as text
    page = (
        "<html><head><title>Anggaran Jalan Naik</title></head><body>"
        '<div id="content"><h2 class="judul">Anggaran Jalan Naik Tajam Tahun Ini</h2>'
        '<div class="tanggal">Sabtu, 15 Januari 2028 - 16:40 WIB</div>'
        f'{box}<div class="isiberita">{_STORY_HTML}</div></div></body></html>'
    )
    assert parse_article(page, content_type="text/html").author == author


def test_an_updated_time_printed_under_the_headline_does_not_replace_the_published_one() -> None:
    head = '<meta property="article:published_time" content="2022-07-04T10:15:00+07:00">'
    body = '<div class="date">Diperbarui 4 Juli 2022, 12:15 WIB</div>'
    assert _published(head, body) == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_a_clock_in_the_site_top_bar_does_not_beat_the_date_under_the_headline() -> None:
    page = _page("", '<div class="text-muted">Senin, 4 Juli 2022 10:15 WIB</div>').replace(
        "<body>",
        '<body><div class="topbar"><time datetime="2022-07-07T08:41:00+07:00">Kamis</time></div>',
    )
    published = parse_article(page, content_type="text/html").published
    assert published == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_an_event_time_in_the_first_paragraph_is_not_the_published_time() -> None:
    lead = (
        "Rapat pleno digelar pada Senin, 4 Juli 2022 pukul 08.00 WIB di gedung DPRD dan "
        "dihadiri seluruh anggota dewan serta perwakilan pemerintah provinsi."
    )
    page = (
        "<html><head><title>Rapat Pleno Digelar</title></head><body>"
        "<h1>Rapat Pleno DPRD Bahas Anggaran Jalan</h1>"
        f"<div class='read'><p>{lead}</p>{_STORY_HTML}</div>"
        '<div class="date">Senin, 4 Juli 2022 10:15 WIB</div></body></html>'
    )
    published = parse_article(page, content_type="text/html").published
    assert published == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)


def test_a_saved_xhtml_page_with_an_xml_declaration_is_read() -> None:
    page = _page('<meta property="article:published_time" content="2022-07-04T10:15:00+07:00">', "")
    xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n' + page.replace("<!DOCTYPE html>", "")
    article = parse_article(xhtml.encode(), content_type="text/html")
    assert article.headline == "Jalan Rusak Diperbaiki Mulai Bulan Depan"
    assert article.published == datetime(2022, 7, 4, 10, 15, tzinfo=WIB)
    assert article.body[0].startswith("Pemerintah provinsi menambah anggaran")


def test_a_video_length_under_the_headline_is_not_a_clock() -> None:
    head = '<meta name="dc.date.issued" content="2022-07-04">'
    body = (
        '<div class="video-info"><span>05:12</span></div><div class="tgl">Senin, 4 Juli 2022</div>'
    )
    assert _published(head, body) == datetime(2022, 7, 4, 0, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Anggaran Jalan Naik - Nasional Tempo.co", "Tempo.co"),
        ("Anggaran Jalan Naik - News Liputan6.com", "Liputan6.com"),
        ("Anggaran Jalan Naik : Okezone Nasional", "Okezone"),
        ("Anggaran Jalan Naik - ANTARA News", "ANTARA News"),
    ],
)
def test_the_title_names_the_outlet_when_no_site_name_is_given(title: str, source: str) -> None:
    page = _page("", "").replace("<title>Jalan Rusak Diperbaiki</title>", f"<title>{title}</title>")
    assert parse_article(page, content_type="text/html").source == source


def test_a_lead_paragraph_in_its_own_box_before_the_articles_box_is_kept() -> None:
    lead = (
        "<p><strong>Liputan6.com, Bandung</strong> - Kasus demam berdarah dengue di Jawa Barat "
        "hingga akhir Mei mencapai 21.460 kasus dengan 97 kematian, jauh lebih tinggi.</p>"
    )
    rest = (
        "<p>Kepala Dinas Kesehatan Jawa Barat Ratna Wulandari menyebut lonjakan terjadi di "
        "hampir semua kabupaten dan kota di provinsi itu sejak awal tahun ini.</p>"
        "<p>Ia meminta warga rutin menguras tempat penampungan air dan menutup wadah air di "
        "rumah masing-masing agar nyamuk tidak berkembang biak.</p>"
    )
    for inner in (
        # Liputan6: the lead box beside the page box that holds the content box
        '<div class="body"><div class="body__item-lead">' + lead + "</div>"
        '<div class="body__item-page"><div class="body__item-content">'
        + rest
        + "</div></div></div>",
        # Republika: a box named for the lead before the text box
        '<div><div class="lead-article">'
        + lead
        + '</div><div class="text">'
        + rest
        + "</div></div>",
    ):
        page = (
            "<!DOCTYPE html><html><head><title>Kasus DBD di Jawa Barat Melonjak | Liputan6.com"
            "</title></head><body><h1>Kasus DBD di Jawa Barat Melonjak</h1>"
            f"{inner}</body></html>"
        )
        card = make_card(page.encode(), content_type="text/html")
        assert card.body[0].startswith("Kasus demam berdarah dengue"), inner
        assert card.dateline == "Bandung"
        assert len(card.body) == 3


def test_an_accounts_verified_badge_is_no_writer() -> None:
    body = (
        '<a class="Author" href="/kumparannews"><span class="AuthorName">kumparanNEWS</span>'
        '<span class="Verified">Terverifikasi</span></a>'
    )
    article = parse_article(_page("", body), content_type="text/html")
    assert article.author is None


def test_a_writer_and_the_outlet_after_a_slash_in_the_writers_box() -> None:
    body = '<p class="author">Ha Quynh Giao / Tuoi Tre News</p>'
    article = parse_article(_page("", body, lang="en"), content_type="text/html")
    assert article.author == "Ha Quynh Giao"


def test_an_embedded_post_and_a_block_of_recommendations_inside_the_story_stay_out() -> None:
    first, second, third = _STORY
    markup = (
        f"<div class='read'><p>{first}</p>"
        '<blockquote class="instagram-media"><div><a href="#">Lihat postingan ini di Instagram'
        "</a><p>Juara di rumah sendiri. Terima kasih Istora, terima kasih Indonesia!</p>"
        "<p><a href='#'>Sebuah kiriman dibagikan oleh Aurelia (@aurelia)</a></p></div>"
        f"</blockquote><p>{second}</p>"
        '<section><a href="#end">Lewati Artikel-artikel yang direkomendasikan dan lanjutkan '
        "membaca</a><h2>Artikel-artikel yang direkomendasikan</h2><ul>"
        "<li><a href='#'>Ojol minta status pekerja tetap, apa risikonya?</a></li>"
        "<li><a href='#'>Tarif ojol naik, siapa yang paling diuntungkan?</a></li></ul>"
        "<p id='end'>Akhir dari Artikel-artikel yang direkomendasikan</p></section>"
        f"<p>{third}</p></div>"
    )
    assert _body_of(markup) == _STORY


def test_the_place_printed_beside_the_date_under_the_headline_is_the_dateline() -> None:
    # The Jakarta Post: "Jakarta ● Wed, November 12, 2025" under the writer's name
    html = _page(
        "",
        '<div class="meta"><div class="author">Nadia Kusumaningrum (The Jakarta Post)</div>'
        '<div class="location">Jakarta &#9679; Wed, November 12, 2025</div></div>',
        lang="en",
    )
    article = parse_article(html, content_type="text/html")
    assert article.dateline == "Jakarta"
    assert article.body[0].startswith("The city council approved")


def test_a_byline_that_names_no_one_leaves_no_writer_not_the_photographer_under_the_picture() -> (
    None
):
    html = _page(
        "",
        '<div class="read__author">Penulis: Redaksi</div>'
        '<div class="read__time">Jumat, 21 November 2025 | 16:25 WIB</div>'
        '<div class="photo__caption">Salah satu mobil listrik di GJAW 2025.</div>'
        '<div class="photo__credit">Rizky/GridOto.com</div>',
    )
    assert parse_article(html, content_type="text/html").author is None


def test_a_blogger_post_in_its_widget_keeps_its_full_title_and_marked_time() -> None:
    # Blogger: the post inside a "widget", its title in an h3, the time in its footer as
    # hAtom and microdata; the page's title and og:title cut the headline short
    html = (
        "<!DOCTYPE html><html lang='id'><head><title>GoRiau: Gajah Liar Masuki Kebun Warga"
        "</title><meta property='og:title' content='Gajah Liar Masuki Kebun Warga'></head><body>"
        "<h1 class='title'>GoRiau</h1><div class='widget Blog' id='Blog1'>"
        "<h2 class='date-header'><span>Jumat, 21 November 2025</span></h2>"
        "<div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
        "<h3 class='post-title entry-title' itemprop='name'>Gajah Liar Masuki Kebun Warga, "
        "BBKSDA Riau Turunkan Tim Penggiring</h3><div class='post-body entry-content'>"
        "<p>Kawanan gajah liar memasuki kebun sawit warga di Kecamatan Ukui, Pelalawan, sejak "
        "Rabu malam dan merusak puluhan batang sawit muda.</p><p>Tim dari BBKSDA Riau "
        "diturunkan untuk menggiring kawanan itu kembali ke kantong habitatnya di hutan.</p>"
        "</div><div class='post-footer-line post-footer-line-1'><span class='post-timestamp'>"
        "<abbr class='published' itemprop='datePublished' title='2025-11-21T09:12:00+07:00'>"
        "09.12</abbr></span></div></div></div></body></html>"
    )
    article = parse_article(html, content_type="text/html")
    assert article.headline == "Gajah Liar Masuki Kebun Warga, BBKSDA Riau Turunkan Tim Penggiring"
    assert article.published == datetime(2025, 11, 21, 9, 12, tzinfo=WIB)


@pytest.mark.parametrize(
    ("site", "title", "source"),
    [
        # a site named in words of sections, as its page's title closes on it
        ("Dunia Energi", "Kuota PLTS Atap 2026 Dibuka | Dunia Energi", "Dunia Energi"),
        # a section filled in for the site's name is none
        ("Berita", "Kuota PLTS Atap 2026 Dibuka | Berita", None),
    ],
)
def test_a_sites_name_in_section_words_is_its_name(
    site: str, title: str, source: str | None
) -> None:
    html = _page(f'<meta property="og:site_name" content="{site}">', "").replace(
        "<title>Jalan Rusak Diperbaiki</title>", f"<title>{title}</title>"
    )
    assert parse_article(html, content_type="text/html").source == source


def test_a_lead_set_as_text_in_its_own_box_opens_the_story() -> None:
    # ERR News: the lead is the text of a "…-lead" box before the story's paragraphs
    lead = (
        "The Rescue Board has urged people to stay out of the water after drinking alcohol "
        "during the Midsummer holidays, as warm weather draws crowds to beaches."
    )
    body = (
        f'<div class="err-lead">{lead}</div><div class="err-body">'
        "<p>Estonia has recorded 19 drownings since the beginning of the year, the Rescue Board "
        "said on Monday. In at least half of the cases the victim had been drinking.</p>"
        "<p>Midsummer traditionally brings a spike in drownings and fire-related accidents, as "
        "people gather at summer homes, lakes and the seaside.</p>"
        "<p>“Every summer we see the same pattern. Someone has been drinking at a party and "
        "decides late at night to go for a swim,” a Rescue Board spokesperson said.</p>"
        "<p>The board will patrol the busiest beaches in Tallinn, Pärnu and Narva-Jõesuu over "
        "the holiday weekend, and lifeguards will be on duty until ten in the evening.</p></div>"
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Rescuers warn of drowning risk</title>'
        '</head><body><main class="err-main"><article class="err-article"><h1>Rescuers warn of '
        'drowning risk as Estonia heads into Midsummer weekend</h1><div class="err-meta">'
        '<time datetime="2026-06-22T11:40:00+03:00">22.06.2026 11:40</time>'
        '<span class="err-author">Merilin Põder-Saar</span>'
        '</div><figure><img src="https://example.org/pirita.jpg" alt="Pirita beach"><figcaption>'
        f"Pirita beach in Tallinn.</figcaption></figure>{body}</article></main></body></html>"
    )
    article = parse_article(page, content_type="text/html")
    assert article.body[0] == lead
    assert article.body[1].startswith("Estonia has recorded 19 drownings")


@pytest.mark.parametrize(
    ("meta", "author", "published"),
    [
        # BPBD Pacitan: "Selasa, 27 Oktober 2026 - 08:20 WIB | Penulis: … | Kategori: …"
        (
            '<div class="info">Selasa, 27 Oktober 2026 - 08:20 WIB &nbsp;|&nbsp; Penulis: Wahyu '
            "Damarjati Anggoro &nbsp;|&nbsp; Kategori: Kesiapsiagaan</div>",
            "Wahyu Damarjati Anggoro",
            "2026-10-27T08:20:00+07:00",
        ),
        # RRI: "Rian Saputra - 19 Apr 2027 10:15" in a box of its own, no label
        (
            '<div class="rri-meta">Dewi Anggraini Putri - 19 Apr 2027 10:15</div>',
            "Dewi Anggraini Putri",
            "2027-04-19T10:15:00+07:00",
        ),
        # PerbatasanNews: "Jumat, 29 Januari 2027, 19:45 Wita — Oleh <b>Nama</b>"
        (
            '<div class="entry-meta">Jumat, 29 Januari 2027, 19:45 Wita &mdash; Oleh '
            "<b>Fransiskus Xaverius Mau</b></div>",
            "Fransiskus Xaverius Mau",
            "2027-01-29T19:45:00+08:00",
        ),
    ],
)
def test_a_byline_beside_the_date_in_the_row_under_the_headline(
    meta: str, author: str, published: str
) -> None:
    article = parse_article(_page("", meta), content_type="text/html")
    assert article.author == author
    assert article.published is not None and article.published.isoformat() == published


def test_a_state_companys_newsroom_is_sourced_to_the_name_its_title_closes_on() -> None:
    # PLN: og:site_name is the company ("PT PLN (Persero)"), the title closes "… | PLN"
    head = (
        "<title>Siaran Pers - Jalan Rusak Diperbaiki Mulai Bulan Depan | PLN</title>"
        '<meta property="og:site_name" content="PT PLN (Persero)">'
    )
    page = _page(head, "").replace("<title>Jalan Rusak Diperbaiki</title>", "")
    assert parse_article(page, content_type="text/html").source == "PLN"


def test_a_utc_stamp_shows_at_the_clock_of_the_country_the_page_is_written_for() -> None:
    # Daily Maverick: <html lang="en-ZA">, a <time> in UTC beside the writer's name in one
    # box, and the paper's initials signing off the last paragraph
    html = (
        '<!DOCTYPE html><html lang="en-ZA"><head><title>Reserve Bank holds repo rate</title>'
        '<meta property="og:site_name" content="Daily Maverick"></head><body><article>'
        "<h1>Reserve Bank holds repo rate at 6.25% as food prices cloud outlook</h1>"
        '<div class="article-byline"><a href="/author/l/" class="author-name">Lwazi '
        'Dlamini-Meyer</a> <time datetime="2029-09-20T15:45:00+00:00">20 Sep 2029</time></div>'
        "<p>The South African Reserve Bank kept its benchmark repo rate unchanged at 6.25% on "
        "Thursday, disappointing borrowers who had hoped for relief before the festive season.</p>"
        "<p>Governor Thandeka Mokoena said four members of the committee had voted to hold the "
        "rate, while two preferred a cut of 25 basis points.</p>"
        "<p>Economists had been split ahead of the announcement on Thursday afternoon.</p>"
        "<p>The next MPC meeting is scheduled for November. <strong>DM</strong></p>"
        "</article></body></html>"
    )
    card = make_card(html)
    assert card.author == "Lwazi Dlamini-Meyer"
    assert card.published == datetime(2029, 9, 20, 17, 45, tzinfo=timezone(timedelta(hours=2)))
    assert card.published is not None and card.published.utcoffset() == timedelta(hours=2)
    assert card.body[-1] == "The next MPC meeting is scheduled for November."


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # the name's own element before the paper's, in one byline box
        (
            '<div class="story-byline">By <span class="byline-name">Mathieu LeBlanc</span> '
            '<span class="byline-role">Times &amp; Transcript</span></div>',
            "Mathieu LeBlanc",
        ),
        # "Penulis: …" and "Editor: …" in one box, apart by spaces only
        (
            '<div class="penulis">Penulis: Fransina Latuconsina &nbsp;&nbsp; Editor: Ongky '
            "Tuasikal</div>",
            "Fransina Latuconsina",
        ),
        # a Sasak noble's "Lalu" and one name more, then the day with no bar between
        (
            '<div class="meta"><span class="by">Oleh <a rel="author" href="/p/l">Lalu '
            'Habibullah</a></span> <time datetime="2029-11-29T16:20:00+08:00">29/11/2029, '
            "16:20 WITA</time></div>",
            "Lalu Habibullah",
        ),
    ],
)
def test_a_writers_name_in_a_byline_box_with_the_paper_the_editor_or_the_day(
    byline: str, author: str
) -> None:
    html = (
        "<html><head><title>Kasus Malaria Meningkat</title></head><body><article>"
        f"<h1>Kasus Malaria di Seram Utara Meningkat, Dinkes Bagikan Kelambu</h1>{byline}"
        "<p>Dinas Kesehatan membagikan 12 ribu kelambu berinsektisida kepada warga di Seram "
        "Utara setelah kasus malaria meningkat dua kali lipat sejak Agustus.</p>"
        "<p>Petugas puskesmas mendatangi rumah warga satu per satu di enam negeri.</p>"
        "<p>Pembagian akan berlanjut hingga akhir bulan ini.</p></article></body></html>"
    )
    assert make_card(html).author == author


def test_an_archives_copy_names_the_site_its_title_ends_on_and_keeps_the_storys_time() -> None:
    # archive.today's metadata: its name as the site's, the moment it copied the page
    html = (
        _page(
            '<meta property="og:site_name" content="archive.today">'
            '<meta property="article:published_time" content="2022-07-05T02:15:33Z">',
            "",
        )
        .replace(
            "<title>Jalan Rusak Diperbaiki</title>",
            "<title>Jalan Rusak Diperbaiki - Gol Arena</title>",
        )
        .replace(
            '<div class="content">',
            '<div class="content"><p>LIGA 1</p><p>Penulis: Bayu Aji Nugroho | Senin, 4 Juli 2022 - '
            "21:48 WIB</p>",
        )
    )
    article = parse_article(html, content_type="text/html")
    assert article.headline == "Jalan Rusak Diperbaiki Mulai Bulan Depan"
    assert [article.source, article.author, article.published] == [
        "Gol Arena",  # not "archive.today"
        "Bayu Aji Nugroho",  # not "LIGA 1"
        datetime(2022, 7, 4, 21, 48, tzinfo=WIB),  # not the moment of the copy
    ]


_WORD_DOC = (
    '<html><head><meta name=Generator content="Microsoft Word 15 (filtered)">'
    "<title>Hill Times - Darjeeling football</title></head><body>"
    "<p><b>Club newsletter draft – source article pasted below</b></p>"
    "<p><b>Darjeeling Hill Times</b></p><p>SPORTS</p>"
    "<h1>Mirik Blues end 22-year wait for Gold Cup as teenage keeper saves three "
    "penalties</h1><p>Pema Lhamu Sherpa</p><p>Sunday, August 25, 2030, 7:30 PM IST</p>"
    "<p>DARJEELING, Aug 25: Mirik Blues Football Club won the Darjeeling Gold Cup for the "
    "first time in 22 years on Sunday, beating the defending champions on penalties.</p>"
    "<p>The club's teenage keeper saved three penalties in the shoot-out.</p></body></html>"
)
_EXPORTED_DOC = (
    "<html><head><title>Bahan Bacaan Biologi X - Anggrek Latimojong</title></head><body>"
    "<p>BAHAN BACAAN – TEKS LAPORAN HASIL OBSERVASI</p>"
    "<p>Mata pelajaran: Biologi · Kelas X · Bu Ratih</p><p>TIRTA SAINS · HAYATI</p>"
    "<p>Peneliti BRIN Temukan Anggrek Spesies Baru di Lereng Latimojong</p>"
    "<p>Oleh Galuh Prameswari · Rabu, 24 Juli 2030 · 10.05 WIB</p>"
    "<p>CIBINONG, Tirta Sains — Tim peneliti BRIN mendeskripsikan satu spesies anggrek baru "
    "dari lereng Pegunungan Latimojong, Sulawesi Selatan.</p>"
    "<p>Spesimen anggrek pertama dikumpulkan di hutan lumut Latimojong pada 2028 dan "
    "dibudidayakan hingga berbunga.</p></body></html>"
)


@pytest.mark.parametrize(
    ("html", "headline", "lede"),
    [
        # Word's "Web Page, Filtered": the document's own title in <title>, no og:title, and
        # the pasted story's headline in its one <h1>
        (
            _WORD_DOC,
            "Mirik Blues end 22-year wait for Gold Cup as teenage keeper saves three penalties",
            "Mirik Blues Football Club won",
        ),
        # a teacher's document exported as HTML: its own title, printed nowhere, and no h1;
        # the pasted story prints its headline over its byline and date
        (
            _EXPORTED_DOC,
            "Peneliti BRIN Temukan Anggrek Spesies Baru di Lereng Latimojong",
            "Tim peneliti BRIN mendeskripsikan",
        ),
    ],
    ids=["word's h1", "an exported document's printed headline"],
)
def test_a_documents_own_title_gives_way_to_the_headline_of_the_story_in_it(
    html: str, headline: str, lede: str
) -> None:
    card = make_card(html.encode(), content_type="text/html")
    assert (card.headline, card.body[0][: len(lede)]) == (headline, lede)


def test_a_byline_box_of_the_writer_and_the_day_names_the_writer_alone() -> None:
    # one box holds the writer's span and the day's: its text reads "Penulis: Citra Anggraini
    # Sabtu, 9 November 2030 | 23:05 WIB"
    html = _page("", "").replace(
        "</h1>",
        '</h1><div class="post-meta"><span class="by">Penulis: Citra Anggraini</span> '
        '<span class="when">Sabtu, 9 November 2030 | 23:05 WIB</span></div>',
    )
    assert parse_article(html, content_type="text/html").author == "Citra Anggraini"


def test_a_mail_saved_as_a_page_reads_as_the_message_it_forwards() -> None:
    # Zoho Mail's page of a forwarded newsletter: the forwarder's greeting, the forward's
    # rule and header, then the outlet's page
    html = (
        "<html><head><title>Zoho Mail - Fwd: Mantan Kades Ditahan Kejari</title></head><body>"
        "<p>Salam,</p><p>Irwansyah</p><p>============ Pesan yang diteruskan ============</p>"
        "<p>Dari : Kabar Muntok &lt;newsletter@kabarmuntok.com&gt;</p>"
        "<p>Tanggal : Kam, 25 Jul 2030 18:30:04 +0700</p>"
        "<p>Subjek : Mantan Kades Ditahan Kejari</p>"
        "<p>============ Pesan yang diteruskan ============</p><p>KABAR MUNTOK</p>"
        "<p>Hukum &amp; Kriminal</p><p>Diduga Selewengkan Dana Desa, Mantan Kades di Jebus "
        "Ditahan Kejari Bangka Barat</p><p>Kamis, 25 Juli 2030 - 17:46 | Penulis: Hasbi "
        "Ramadhan</p><p>MUNTOK, KABARMUNTOK.COM – Kejaksaan Negeri Bangka Barat menahan mantan "
        "kepala desa di Kecamatan Jebus atas dugaan penyelewengan dana desa.</p>"
        "<p>Mantan kades itu ditahan usai diperiksa sebagai tersangka di Kantor Kejari Bangka "
        "Barat.</p></body></html>"
    )
    article = parse_article(html.encode(), content_type="text/html")
    assert article.headline.startswith("Diduga Selewengkan Dana Desa")
    assert article.author == "Hasbi Ramadhan"
    assert (article.source or "").casefold() == "kabar muntok"
    assert article.published == datetime(2030, 7, 25, 17, 46, tzinfo=WIB)


def test_a_papers_name_shared_abroad_gives_way_to_its_own_addresss_country() -> None:
    # "The Star" is Kuala Lumpur's paper and Sheffield's: thestar.co.uk's machine time is
    # shown at Britain's clock, not Malaysia's
    html = (
        '<html><head><meta property="og:site_name" content="The Star">'
        '<meta property="og:title" content="Tram-train extension to Rotherham approved">'
        '<meta property="article:published_time" content="2031-01-22T16:30:00Z">'
        '<link rel="canonical" href="https://www.thestar.co.uk/news/tram-train-extension">'
        "</head><body><h1>Tram-train extension to Rotherham approved</h1>"
        "<p>The tram-train extension between Sheffield and Rotherham has been approved by "
        "the South Yorkshire Mayoral Combined Authority.</p>"
        "<p>Work on the line is due to start in the spring.</p></body></html>"
    )
    article = parse_article(html.encode(), content_type="text/html")
    assert article.published == datetime(2031, 1, 22, 16, 30, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(0)


_DHAKA_PAGE = (
    # a Dhaka paper's page: a visible day and time, no machine stamp, no zone
    '<!DOCTYPE html><html lang="en"><head><title>Jute mills reopen | The Delta Ledger'
    "</title></head><body><h1>Jute mills reopen after three-month shutdown</h1>"
    '<div class="date">30 January, 2031, 09:15 pm</div><div class="content">'
    "<p>DHAKA: Four state-owned jute mills reopened on Thursday after a three-month "
    "shutdown, putting some 6,000 workers back on the factory floor.</p>"
    "<p>The mills had closed after the jute ministry ran out of money for raw jute, and "
    "workers had staged protests outside the ministry for weeks.</p>"
    "<p>Mill managers said production would return to normal by the end of February, "
    "provided the supply of raw jute from farmers held up.</p></div></body></html>"
)
_CLIPPED_PAGE = (
    # a notes app's export of a clipped page: its source link in a row of cells over it
    "<html><head><title>carnapping-ring</title></head><body><blockquote><p>Clipped "
    "2031-08-28 · source: <a href='https://valleyherald.ph/police/x'>https://valleyherald.ph"
    "/police/x</a> · tags: #work</p></blockquote><h1>Police nab 3 suspects in motorcycle "
    "theft ring</h1><p>August 28, 2031 10:15 AM</p><p>Police arrested three suspects "
    "believed to be part of a motorcycle theft ring operating in the region, officials "
    "said on Thursday.</p><p>The suspects were caught with four stolen motorcycles at a "
    "checkpoint, police said in a statement.</p></body></html>"
)


@pytest.mark.parametrize(
    ("html", "shown"),
    [(_DHAKA_PAGE, "2031-01-30T21:15:00+06:00"), (_CLIPPED_PAGE, "2031-08-28T10:15:00+08:00")],
    ids=["its dateline's town", "its source link's country"],
)
def test_an_english_page_stating_no_offset_prints_the_clock_of_where_it_is_from(
    html: str, shown: str
) -> None:
    found = parse_article(html, content_type="text/html").published
    assert found is not None and found.isoformat() == shown


def test_a_forwarded_pages_home_link_names_its_outlet_as_the_page_writes_it() -> None:
    # a mail client's saved forward: no site name in the metadata, the title the mail's
    # subject; the page's logo links home in capitals, and its foot writes the name
    html = (
        "<html><head><title>Fwd: Harga Beras Naik Lagi</title></head><body>"
        "<div>Dari: Rahmat</div><div>------ Pesan Asli ------</div><blockquote>"
        '<div class="site-brand"><a href="https://kabarhulu.com/">KABAR HULU</a></div>'
        "<h1>Harga Beras Naik Lagi di Pasar Induk Cipinang</h1>"
        '<div class="isi"><p>Harga beras medium di pasar tradisional naik untuk pekan ketiga '
        "berturut-turut, kata para pedagang pada Selasa pagi.</p><p>Pedagang mengatakan "
        "pasokan dari sentra produksi berkurang karena panen mundur di sejumlah daerah.</p>"
        "</div><div>Ikuti saluran Kabar Hulu untuk kabar terbaru setiap hari.</div>"
        "</blockquote></body></html>"
    )
    assert make_card(html, content_type="text/html").source == "Kabar Hulu"


def test_a_notes_clipping_of_a_page_keeps_the_pages_time_not_the_clippers() -> None:
    # a notes app's export: the note's title as its h1, the clipper's line of where and when
    # it kept the page, then the page with its headline again and its own time
    headline = "Festival Teluk Tobelo Hadirkan Panggung Terapung, Wisatawan Naik Dua Kali Lipat"
    html = (
        f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>"
        '<p><em>Dikliping dari <a href="https://kabartobelo.com/x">kabartobelo.com</a> pada '
        "23-03-2031 22:41 · Label: #tugas</em></p><hr>"
        "<p><strong>KABAR TOBELO</strong> — Halmahera Utara dalam Berita</p>"
        f"<h2>{headline}</h2><p>Minggu, 23 Maret 2031 — 20:15 WIT</p>"
        "<p>TOBELO, KT – Festival Teluk Tobelo resmi dibuka pada Sabtu malam dengan "
        "pertunjukan tari di atas panggung terapung di tengah teluk.</p><p>Panitia mencatat "
        "1.140 wisatawan mancanegara telah mendaftar, naik dua kali lipat dari tahun lalu.</p>"
        "</body></html>"
    )
    found = parse_article(html, content_type="text/html").published
    assert found == datetime(2031, 3, 23, 20, 15, tzinfo=WIT)


def test_a_writers_name_in_a_box_of_class_by_is_the_author() -> None:
    html = _page(
        "",
        '<div class="info"><span class="by">Yoga Dwi Hartanto</span>'
        '<span class="when">Minggu, 27 April 2031 - 19:48 WIB</span></div>',
    )
    assert make_card(html, content_type="text/html").author == "Yoga Dwi Hartanto"


def test_a_feed_readers_tab_title_gives_way_to_the_storys_heading() -> None:
    # a feed reader's page saved whole: its tab says the unread count and the app's name
    page = (
        "<html><head><title>(37) CommaFeed</title></head><body>"
        "<header><span>CommaFeed</span> <button>Refresh</button></header>"
        "<nav><div>All (37)</div><div>The Harbor Light (12)</div></nav><main>"
        '<div><span>The Harbor Light</span> · <time datetime="2032-03-19T22:42:00.000Z">'
        "3/19/2032</time></div><article>"
        '<h2><a href="https://harborlight.example/news/cable">Select Board backs wind cable '
        "route through Madaket after marathon hearing</a></h2><div>by Owen Macy</div>"
        "<div><p><strong>The Harbor Light</strong> | News | March 19, 2032 6:42 p.m.</p>"
        "<p>The Select Board voted 4-1 on Thursday night to support a proposed route for an "
        "offshore wind export cable that would come ashore near Madaket.</p>"
        "<p>The host community agreement will go to Town Meeting for final approval.</p>"
        "</div></article></main></body></html>"
    )
    card = make_card(page.encode(), content_type="text/html")
    assert card.headline == (
        "Select Board backs wind cable route through Madaket after marathon hearing"
    )


def test_a_utc_machine_stamp_is_shown_at_the_clock_of_the_place_the_story_names() -> None:
    # the page prints no zone and names no outlet kabar knows: its clock is the place's
    page = (
        "<html><head><title>Council backs waterfront plan | Lakeshore Nugget</title>"
        '<meta property="article:published_time" content="2032-05-25T21:05:00.000Z">'
        "</head><body><article><h1>Council backs waterfront plan</h1>"
        "<p>North Bay council voted 8-3 on Tuesday to back a new waterfront plan, the mayor "
        "of North Bay said.</p><p>The plan now goes to Ontario for approval, and North Bay "
        "hopes to start work in the fall.</p></article></body></html>"
    )
    card = make_card(page.encode(), content_type="text/html")
    assert card.published == datetime(2032, 5, 25, 17, 5, tzinfo=timezone(timedelta(hours=-4)))
    assert card.published.utcoffset() == timedelta(hours=-4)


def test_a_wordpress_posts_tag_classes_do_not_make_its_byline_a_list_of_other_stories() -> None:
    # AutonetMagz: the post's classes name its tags ("tag-mobil-listrik"); "listrik"
    # (electricity) is no "list" of other stories around the byline
    post = "post-98211 post type-post status-publish category-news tag-wuling tag-mobil-listrik"
    byline = (
        '<span class="byline">Oleh <span class="author vcard">'
        '<a class="url fn n" href="/author/bagus/">Bagus Ramadhan</a></span></span>'
    )
    parts = [
        "<html><head><title>Wuling Eksion Meluncur</title></head><body>",
        f'<article class="{post}"><header class="entry-header">',
        '<h1 class="entry-title">Wuling Eksion Meluncur di Indonesia</h1>',
        f'<div class="entry-meta">{byline}',
        '<time datetime="2033-02-17T13:30:14+07:00">17 Februari 2033</time></div></header>',
        f'<div class="entry-content">{_STORY_HTML}</div></article></body></html>',
    ]
    article = parse_article("".join(parts), content_type="text/html")
    assert article.author == "Bagus Ramadhan"


def test_dublin_cores_creator_is_the_pages_writer() -> None:
    # Elshinta: "Penulis:" only in a box under the story, the writer in DC.creator
    head = '<meta name="DC.creator" content="Arie Dwi Prasetyo">'
    article = parse_article(_page(head, ""), content_type="text/html")
    assert article.author == "Arie Dwi Prasetyo"


def test_a_section_opening_the_byline_row_is_no_writer() -> None:
    # NDTV: "Education | Press Trust of India | Updated: …" in its byline's element; the wire
    # in the meta is an organisation
    html = (
        '<html><head><title>NEET-UG Result Declared</title><meta name="author" '
        'content="Press Trust of India"></head><body><h1>NEET-UG Result Declared</h1>'
        '<div class="pst-by"><span>Education | Press Trust of India | Updated: June 19, 2033 '
        "6:14 pm IST</span></div>"
        f'<div class="story">{_STORY_HTML}</div></body></html>'
    )
    assert parse_article(html, content_type="text/html").author is None


def test_a_blogs_name_in_the_h1_is_no_headline_when_the_title_names_it_after_a_tilde() -> None:
    # Blogger's news template (Radar Bima): the blog's name in the h1, the post's title in an
    # h2, and "Headline ~ Radar Bima" in <title>
    html = (
        "<html><head><title>Kasus Campak Meningkat, Pemkot Bima Gelar Imunisasi ~ Radar Bima"
        '</title></head><body><h1 class="title">Radar Bima</h1>'
        '<h2 class="post-title entry-title">Kasus Campak Meningkat, Pemkot Bima Gelar Imunisasi'
        f'</h2><div class="post-body">{_STORY_HTML}</div></body></html>'
    )
    article = parse_article(html, content_type="text/html")
    assert article.headline == "Kasus Campak Meningkat, Pemkot Bima Gelar Imunisasi"


def test_the_writer_in_a_wordpress_posts_own_footer_is_its_author() -> None:
    # Universitas Hasanuddin's news (WordPress): "Penulis: …" and "Editor: …" in the post's
    # "entry-footer" under the story, a related box beside it naming another writer
    story = (
        "<p>Makassar - Tim mahasiswa Fakultas Ilmu Kelautan dan Perikanan mengembangkan "
        "bioplastik dari rumput laut yang terurai di tanah dalam enam minggu.</p>"
        "<p>Saat ini tim tengah mengurus paten atas formula bioplastik tersebut bersama "
        "koperasi petani rumput laut di Kabupaten Takalar. (*)</p>"
    )
    html = (
        '<!DOCTYPE html><html lang="id"><head><title>Bioplastik Rumput Laut</title></head>'
        "<body><article><h1>Mahasiswa Unhas Kembangkan Bioplastik dari Rumput Laut</h1>"
        f'<div class="entry-content">{story}</div><div class="entry-footer">'
        '<p class="author-credit">Penulis: Nur Aisyah Rahman</p>'
        '<p class="editor-credit">Editor: Ishaq Rahman</p></div></article>'
        '<aside class="related"><p class="author">Oleh Budi Santoso</p></aside></body></html>'
    )
    assert parse_article(html, content_type="text/html").author == "Nur Aisyah Rahman"


def test_a_town_in_its_own_element_over_the_story_is_its_dateline() -> None:
    # Khaleej Times: "<p class="kt-place">Riyadh</p>" over a Reuters story
    html = (
        '<!DOCTYPE html><html lang="en"><head><title>Saudi Aramco raises May Arab Light '
        "price</title></head><body><h1>Saudi Aramco raises May Arab Light price for Asia</h1>"
        '<div class="kt-body"><p class="kt-place">Riyadh</p>'
        "<p>Saudi Aramco has raised the official selling price of its flagship Arab Light crude "
        "to Asia for May loading by 60 cents a barrel from April, the state oil producer said on "
        "Monday.</p><p>The May price for Arab Light was set at a premium of $2.45 a barrel to the "
        "Oman/Dubai average, the highest since October.</p></div></body></html>"
    )
    card = make_card(html, content_type="text/html")
    assert card.dateline == "Riyadh"
    assert card.body[0].startswith("Saudi Aramco has raised")


def test_a_stamp_in_the_outlets_own_offset_beats_the_same_moment_in_utc() -> None:
    # STAT: the meta in UTC, the JSON-LD in New York's summer offset, the page a day only
    head = (
        '<meta property="article:published_time" content="2033-08-30T10:30:00+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2033-08-30T06:30:00-04:00"}</script>'
    )
    published = _published(head, '<time datetime="2033-08-30">Aug. 30, 2033</time>', lang="en")
    assert published is not None
    assert (published.hour, published.utcoffset()) == (6, timedelta(hours=-4))  # not 10:30 UTC


def test_a_paywalls_free_opening_over_the_subscribers_part_is_the_storys_lede() -> None:
    # BLOX (the Omaha World-Herald): "subscriber-preview" holds the lede and its dateline,
    # "subscriber-only" the rest of the story
    rest = "".join(
        f"<p>{text}</p>"
        for text in (
            "Redshirt freshman Jaylen Ostrander will be the backup regardless of the decision, "
            "the coach said on Sunday after the scrimmage.",
            "Lindqvist completed 14 of 19 passes for 188 yards and two touchdowns in the "
            "scrimmage, according to statistics provided by the team.",
            "Boyd, who threw for 2,940 yards at Oregon State last season, said the uncertainty "
            "had not changed how he approaches practice.",
            "Junior running back Dontrell Keys, who missed the final week of camp with a "
            "sprained ankle, is expected to play in the Aug. 27 opener against Northern Iowa.",
            "Nebraska opens its third season under Ahlquist ranked 24th in the preseason "
            "coaches poll, its first preseason ranking in nine years.",
        )
    )
    html = (
        '<!DOCTYPE html><html lang="en"><head><title>QB race narrows</title></head><body>'
        "<article><h1>Nebraska's QB race narrows to two as Huskers close fall camp</h1>"
        '<div id="article-body" class="asset-content"><div class="subscriber-preview">'
        "<p>LINCOLN — Nebraska’s quarterback competition is down to two.</p>"
        "<p>Sophomore Cade Lindqvist and transfer Marcus Boyd separated themselves from the "
        "rest of the room during Saturday’s closed scrimmage at Memorial Stadium.</p></div>"
        f'<div class="subscriber-only">{rest}</div></div></article></body></html>'
    )
    card = make_card(html, content_type="text/html")
    assert (card.dateline, card.body[0]) == (
        "LINCOLN",
        "Nebraska’s quarterback competition is down to two.",
    )
