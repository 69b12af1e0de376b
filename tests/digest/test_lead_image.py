"""The lead picture kabar keeps for a card: the page's own photo as a URL, never furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.card import make_card
from digest.feeds import parse_feed

PAGE_URL = "https://berita.example.id/nasional/2024/05/banjir-demak"
SAVED = Path(__file__).parent / "articles" / "html"
# Saved outlet pages whose lead photo sits in a figure or photo box beside the text.
WITH_PHOTO = {
    "antaranews_beras",
    "cnnindonesia_pajak",
    "detik_banjir",
    "en_bbc_heat",
    "okezone_timnas",
}
# Pages that name their picture for sharing with an address of its own (og:image).
SHARED_PHOTO = {
    "bbcindonesia_rumah": "https://ichef.bbci.co.uk/ace/ws/640/rumah.jpg",
    "bisnis_disclaimer": "https://images.bisnis.com/posts/2025/10/21/1900001/rupiah.jpg",
    "en_jakartapost_kotatua": (
        "https://img.jakpost.net/c/2025/10/21/2025_10_21_170001_1761050000._large.jpg"
    ),
    "jpnn_cabai": "https://image.jpnn.com/arsip/watermark/2025/10/21/cabai-rawit.jpg",
    "sindonews_reporter": (
        "https://pict.sindonews.net/dyn/850/pena/news/2025/10/22/15/1600001/skrining-kanker.jpg"
    ),
}
BODY = (
    "<h1>Banjir rendam ribuan rumah di Demak</h1>"
    "<p>DEMAK - Banjir merendam ribuan rumah di enam kecamatan di Kabupaten Demak, Jawa Tengah, "
    "setelah tanggul Sungai Wulan jebol pada Minggu dini hari.</p>"
    "<p>Kepala BPBD Demak mengatakan sedikitnya 4.000 warga mengungsi ke balai desa dan masjid "
    "yang berada di dataran lebih tinggi.</p>"
    "<p>Petugas gabungan masih mengevakuasi warga lanjut usia dengan perahu karet hingga "
    "Minggu sore.</p>"
)


def page(head: str = "", article: str = BODY, before: str = "") -> str:
    """A small news page: head tags, page furniture before the article, the article."""
    return (
        f"<html><head><title>Banjir rendam ribuan rumah di Demak</title>{head}</head>"
        f"<body>{before}<article>{article}</article></body></html>"
    )


def test_og_image_is_the_cards_picture() -> None:
    html = page('<meta property="og:image" content="https://img.example.id/2024/05/demak.jpg">')
    card = make_card(html, url=PAGE_URL)
    assert card.image == "https://img.example.id/2024/05/demak.jpg"
    assert card.to_json()["image"] == "https://img.example.id/2024/05/demak.jpg"


def test_relative_og_image_is_resolved_against_the_page() -> None:
    html = page('<meta property="og:image" content="/foto/demak-banjir.jpg">')
    card = make_card(html, url=PAGE_URL)
    assert card.image == "https://berita.example.id/foto/demak-banjir.jpg"


def test_twitter_image_when_no_og_image() -> None:
    html = page('<meta name="twitter:image" content="https://img.example.id/t/demak.webp">')
    assert make_card(html, url=PAGE_URL).image == "https://img.example.id/t/demak.webp"


def test_json_ld_image_object() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Banjir rendam ribuan rumah di Demak",
        "image": [{"@type": "ImageObject", "url": "https://img.example.id/ld/demak.jpg"}],
    }
    html = page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert make_card(html, url=PAGE_URL).image == "https://img.example.id/ld/demak.jpg"


def test_first_figure_in_the_article_body_when_no_meta() -> None:
    article = (
        '<figure><img src="../img/demak-tanggul.jpg" width="800" height="450">'
        "<figcaption>Tanggul Sungai Wulan jebol.</figcaption></figure>" + BODY
    )
    card = make_card(page(article=article), url=PAGE_URL)
    assert card.image == "https://berita.example.id/nasional/2024/img/demak-tanggul.jpg"
    assert all(p != "Tanggul Sungai Wulan jebol." for p in card.body)


def test_logos_icons_pixels_and_avatars_are_never_the_picture() -> None:
    furniture = '<header><img src="/assets/site-logo.png" width="400" height="120"></header>'
    article = (
        '<img src="https://track.example.id/pixel.gif" width="1" height="1">'
        '<img src="data:image/png;base64,iVBORw0KGgo=">'
        '<img src="/static/icons/share.png">'
        '<div class="author-avatar"><img src="/u/reporter.jpg" width="300"></div>'
        '<img src="/static/brand/wordmark.svg">'
        '<img src="/media/small.jpg" width="48" height="48">' + BODY
    )
    card = make_card(page(article=article, before=furniture), url=PAGE_URL)
    assert card.image is None


def test_lazy_loaded_photo_after_furniture_is_found() -> None:
    article = (
        '<img src="/static/icons/share.png">'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/foto/demak-2.jpg">' + BODY
    )
    card = make_card(page(article=article), url=PAGE_URL)
    assert card.image == "https://berita.example.id/foto/demak-2.jpg"


def test_a_logo_as_og_image_gives_way_to_the_articles_photo() -> None:
    head = '<meta property="og:image" content="https://berita.example.id/assets/logo-berita.png">'
    article = '<figure><img src="/foto/demak-3.jpg"></figure>' + BODY
    assert make_card(page(head, article), url=PAGE_URL).image == (
        "https://berita.example.id/foto/demak-3.jpg"
    )


def test_only_http_urls_are_kept() -> None:
    html = page('<meta property="og:image" content="ftp://files.example.id/demak.jpg">')
    assert make_card(html, url=PAGE_URL).image is None


def test_plain_text_has_no_picture() -> None:
    text = (
        "Banjir rendam ribuan rumah di Demak\n\n"
        "DEMAK - Banjir merendam ribuan rumah di enam kecamatan di Kabupaten Demak, Jawa "
        "Tengah, setelah tanggul jebol. https://img.example.id/demak.jpg\n\n"
        "Kepala BPBD Demak mengatakan sedikitnya 4.000 warga mengungsi ke balai desa."
    )
    card = make_card(text, url=PAGE_URL)
    assert card.image is None
    assert card.to_json()["image"] is None


def test_feed_items_carry_media_and_image_enclosures() -> None:
    rss = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Berita</title>
<item><title>A</title><link>https://x.example.id/a</link>
  <media:content url="https://cdn.example.id/a.jpg" medium="image"/></item>
<item><title>B</title><link>https://x.example.id/b</link>
  <media:thumbnail url="https://cdn.example.id/b.jpg"/></item>
<item><title>C</title><link>https://x.example.id/c</link>
  <enclosure url="https://cdn.example.id/c.png" type="image/png" length="10"/></item>
<item><title>D</title><link>https://x.example.id/d</link>
  <enclosure url="https://cdn.example.id/d.mp3" type="audio/mpeg" length="10"/></item>
</channel></rss>"""
    entries = parse_feed(rss, base_url="https://x.example.id/rss").entries
    assert [e.image for e in entries] == [
        "https://cdn.example.id/a.jpg",
        "https://cdn.example.id/b.jpg",
        "https://cdn.example.id/c.png",
        None,
    ]


def test_photo_just_above_the_text_box_counts_but_a_sidebar_after_it_does_not() -> None:
    layout = (
        "<html><head><title>Banjir rendam ribuan rumah di Demak</title></head><body>"
        '<div class="wrap"><div class="photo"><img src="/foto/lead-demak.jpg"></div>'
        f'<div class="read">{BODY}</div>'
        '<div class="more"><img src="/foto/other-story.jpg"></div></div></body></html>'
    )
    assert make_card(layout, url=PAGE_URL).image == "https://berita.example.id/foto/lead-demak.jpg"
    alone = layout.replace('<div class="photo"><img src="/foto/lead-demak.jpg"></div>', "")
    assert make_card(alone, url=PAGE_URL).image is None


@pytest.mark.parametrize("name", sorted(p.stem for p in SAVED.glob("*.html")))
def test_saved_outlet_pages_give_their_lead_photo_and_only_that(name: str) -> None:
    card = make_card((SAVED / f"{name}.html").read_bytes(), url="https://www.outlet.example/a/b")
    expected = "https://www.outlet.example/a/x.jpg" if name in WITH_PHOTO else None
    assert card.image == SHARED_PHOTO.get(name, expected)


def test_a_storys_own_words_in_its_picture_path_are_not_furniture() -> None:
    photo = "https://thumb.example.id/2024/05/12/balap-track-sentul-pixel-perfect_1265.jpg"
    html = page(f'<meta property="og:image" content="{photo}">')
    assert make_card(html, url=PAGE_URL).image == photo
    pixel = page('<meta property="og:image" content="https://t.example.id/ads/pixel.gif">')
    assert make_card(pixel, url=PAGE_URL).image is None
