"""Feed and OPML parsing on realistic documents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.feeds import FeedError, looks_like_feed, parse_feed, parse_opml

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Antara - Terkini</title><link>https://www.antaranews.com</link>
<item><title>Jalur selatan kereta api kembali normal</title>
<link>/berita/1/jalur-selatan-kembali-normal</link>
<guid isPermaLink="false">antara-1</guid>
<pubDate>Wed, 15 Nov 2017 08:30:00 +0700</pubDate>
<description>
&lt;p&gt;Petugas &lt;b&gt;mengevakuasi&lt;/b&gt; material longsoran.&lt;/p&gt;</description></item>
<item><title>Tanpa tautan</title><description>item without a link</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Dunia</title>
<entry><title>Putin: tekanan Barat percepat integrasi</title>
<link rel="alternate" href="https://kabar.example/dunia/putin"/>
<id>tag:kabar.example,2022:1</id><updated>2022-07-01T14:15:00Z</updated>
<summary>Rusia dan Belarusia.</summary></entry></feed>"""

# unescaped ampersand and an unclosed tag: real feeds ship like this
MALFORMED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Bola & Olahraga</title>
<item><title>Persib & Persija imbang</title><link>https://bola.example/1</link></item>
<item><title>Timnas lolos<link>https://bola.example/2</link></item>
</channel></rss>"""

HTML = b"""<!DOCTYPE html><html><head><title>Berita terkini</title>
<link rel="alternate" type="application/rss+xml" href="/rss"></head>
<body><h1>Berita</h1><a href="/a">Artikel</a></body></html>"""


def test_rss_entries_absolute_links_dates_and_plain_summaries() -> None:
    feed = parse_feed(RSS, base_url="https://www.antaranews.com/rss/terkini.xml")
    assert feed.title == "Antara - Terkini"
    assert len(feed.entries) == 1  # the item without a link is skipped
    entry = feed.entries[0]
    assert entry.url == "https://www.antaranews.com/berita/1/jalur-selatan-kembali-normal"
    assert entry.published == datetime(2017, 11, 15, 1, 30, tzinfo=UTC)
    assert entry.summary == "Petugas mengevakuasi material longsoran."
    assert entry.guid == "antara-1"


def test_atom_feed_from_text() -> None:
    feed = parse_feed(ATOM)
    assert feed.title == "Kabar Dunia"
    [entry] = feed.entries
    assert entry.url == "https://kabar.example/dunia/putin"
    assert entry.published == datetime(2022, 7, 1, 14, 15, tzinfo=UTC)
    assert entry.title == "Putin: tekanan Barat percepat integrasi"


def test_malformed_but_recognisable_feed_keeps_entries() -> None:
    feed = parse_feed(MALFORMED)
    assert [e.url for e in feed.entries][:1] == ["https://bola.example/1"]
    assert feed.entries[0].title == "Persib & Persija imbang"


@pytest.mark.parametrize("document", [HTML, b"", b"just some words", "/etc/passwd"])
def test_non_feeds_rejected(document: bytes | str) -> None:
    with pytest.raises(FeedError, match=r"^That is not an RSS or Atom feed\.$"):
        parse_feed(document)


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Langganan</title></head><body>
<outline text="Nasional">
  <outline text="Antara" type="rss" xmlUrl="https://www.antaranews.com/rss/terkini.xml"/>
  <outline text="Olahraga"><outline title="Bola" text="bola" xmlUrl="https://bola.example/rss"/>
  </outline>
</outline>
<outline text="No feed here" htmlUrl="https://example.com"/>
<outline text="Local file" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


def test_opml_nested_outlines() -> None:
    assert parse_opml(OPML) == [
        ("https://www.antaranews.com/rss/terkini.xml", "Antara"),
        ("https://bola.example/rss", "Bola"),
    ]


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><opml/>', "DOCTYPE"),
        (RSS, "not an OPML file"),
        (b"<opml><body>", "not an OPML file"),
    ],
)
def test_bad_opml_rejected(document: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        parse_opml(document)


@pytest.mark.parametrize(
    ("content_type", "head", "expected"),
    [
        ("application/rss+xml", b"", True),
        ("text/xml; charset=utf-8", RSS[:200], True),
        ("text/html", MALFORMED[:120], True),
        ("text/html", HTML[:200], False),
        ("application/xml", b"<?xml version='1.0'?><sitemapindex>", False),
    ],
)
def test_looks_like_feed(content_type: str, head: bytes, expected: bool) -> None:
    assert looks_like_feed(content_type, head) is expected
