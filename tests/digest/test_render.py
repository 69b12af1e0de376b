"""Telegram HTML rendering: escaping, limits, balanced tags and dates in both languages."""

import re
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from digest.model import Card, Quote
from digest.render import format_date, render_card, render_digest, split_messages, utf16_len

ALLOWED_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler"}
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)((?:\s[^<>]*)?)>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")

WIB = timezone(timedelta(hours=7))
EVIL = '<script>alert("x")</script> & \'kutip\' "ganda"'


def assert_valid_telegram_html(text: str) -> None:
    """Fail unless tags are allowed and balanced and every & and < is markup Telegram accepts."""
    stack: list[str] = []
    for match in _TAG.finditer(text):
        closing, name, _ = match.groups()
        assert name in ALLOWED_TAGS, f"tag <{name}> not accepted by Telegram"
        if closing:
            assert stack and stack[-1] == name, f"unbalanced </{name}> in {text!r}"
            stack.pop()
        else:
            stack.append(name)
    assert not stack, f"unclosed {stack} in {text!r}"
    plain = _TAG.sub("", text)
    assert "<" not in plain and ">" not in plain, "raw angle bracket outside a tag"
    assert len(_ENTITY.findall(plain)) == plain.count("&"), "bare & or broken entity"


def _card(**changes: object) -> Card:
    fields: dict = {
        "headline": "Putin Sebut Tekanan Barat Percepat Integrasi Rusia-Belarusia",
        "body": ("Presiden Vladimir Putin mengatakan tekanan Barat mempercepat integrasi.",),
        "summary": (
            "Presiden Vladimir Putin pada hari Jumat (1/7) mengatakan bahwa tekanan politik "
            "Barat telah mempercepat integrasi Belarusia dengan Rusia.",
            "Kedua negara itu menandatangani Perjanjian Persatuan pada tahun 1997.",
        ),
        "published": datetime(2022, 7, 1, 21, 15, tzinfo=WIB),
        "source": "Jitunews.Com",
        "author": "Tino Aditia",
        "dateline": "MOSKOW",
        "key_quote": Quote(
            "Tekanan politik mendorong kami mempercepat penyatuan", "Vladimir Putin"
        ),
        "url": "https://www.jitunews.com/read/1?utm=a&b=c",
    }
    fields.update(changes)
    return Card(**fields)


def test_card_shows_what_a_reader_needs() -> None:
    html = render_card(_card(), "id", article_id=42, also_reported_by=("Kompas", "Tempo"))
    assert html.startswith("<b>Putin Sebut Tekanan Barat")
    assert "Jumat, 1 Juli 2022 21:15 WIB" in html
    assert "Jitunews.Com · Tino Aditia" in html
    assert "<i>“Tekanan politik mendorong kami mempercepat penyatuan”</i>\n— Vladimir Putin" in html
    assert "Kedua negara itu menandatangani Perjanjian Persatuan" in html
    assert '<a href="https://www.jitunews.com/read/1?utm=a&amp;b=c">Baca selengkapnya</a>' in html
    assert "#42" in html
    assert "Juga diberitakan oleh Kompas, Tempo" in html
    assert_valid_telegram_html(html)


def test_card_in_english_and_without_optional_parts() -> None:
    html = render_card(
        _card(key_quote=None, url=None, published=None, author=None),
        "en",
        also_reported_by=("BBC",),
    )
    assert "Read more" not in html and "<a " not in html and "<i>" not in html
    assert "Also reported by BBC" in html
    assert "#" not in html
    assert_valid_telegram_html(html)


@pytest.mark.parametrize(
    "field", ["headline", "source", "author", "dateline", "summary", "quote", "speaker", "also"]
)
def test_every_field_is_escaped(field: str) -> None:
    changes: dict = {}
    also: tuple[str, ...] = ()
    if field == "summary":
        changes["summary"] = (EVIL,)
    elif field == "quote":
        changes["key_quote"] = Quote(EVIL, "Putin")
    elif field == "speaker":
        changes["key_quote"] = Quote("Kami siap", EVIL)
    elif field == "also":
        also = (EVIL,)
    else:
        changes[field] = EVIL
    html = render_card(_card(**changes), "id", also_reported_by=also)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;kutip&#x27;" in html
    assert_valid_telegram_html(html)


def test_url_cannot_break_out_of_the_attribute_or_run_script() -> None:
    html = render_card(_card(url='https://x.id/"><b>hi</b>'), "en")
    assert 'href="https://x.id/&quot;&gt;&lt;b&gt;hi&lt;/b&gt;"' in html
    assert_valid_telegram_html(html)
    assert "<a " not in render_card(_card(url="javascript:alert(1)"), "en")


def test_one_huge_card_is_shortened_to_fit_without_breaking_markup() -> None:
    long_text = "Harga <naik> & turun. " * 600  # escaping makes it longer still
    card = _card(summary=(long_text,), key_quote=Quote(long_text, "Menteri & <Wakil>"))
    html = render_card(card, "id", article_id=7)
    assert utf16_len(html) <= 4096
    assert html.startswith("<b>Putin Sebut")
    assert "…" in html and "#7" in html and "Baca selengkapnya" in html
    assert_valid_telegram_html(html)


def test_emoji_count_as_two_units_towards_the_limit() -> None:
    card = _card(summary=("😀" * 3000,), key_quote=None)
    html = render_card(card, "en")
    assert utf16_len(html) <= 4096 < len(html.encode("utf-16-le"))
    assert "😀" in html


def test_digest_of_200_long_cards_never_exceeds_the_limit() -> None:
    cards = [
        (
            i,
            _card(
                headline=f"Berita {i} <penting> & mendesak",
                summary=("Kalimat panjang sekali & penuh <tanda>. " * (5 + i * 7 % 150),),
            ),
            ("Kompas", "Tempo") if i % 3 == 0 else (),
        )
        for i in range(200)
    ]
    messages = render_digest(cards, "id", date(2022, 7, 1))
    assert messages[0].startswith("<b>Ringkasan berita Jumat, 1 Juli 2022</b>")
    assert len(messages) > 1
    for message in messages:
        assert message.startswith("<b>"), "a message must start at an item boundary"
        assert utf16_len(message) <= 4096
        assert_valid_telegram_html(message)
    joined = "\n\n".join(messages) + "\n"
    # Every article arrives whole and in order: split only between items.
    positions = [joined.find(f"#{i}\n") for i in range(200)]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_empty_digest_says_so_in_the_readers_language() -> None:
    assert render_digest([], "en", date(2022, 7, 1)) == [
        "<b>Your news digest for Friday, 1 July 2022</b>\n\nNo new articles for your topics yet."
    ]


def test_split_messages_keeps_parts_whole_and_rejects_oversized_ones() -> None:
    parts = ["a" * 2000, "b" * 2000, "c" * 100]
    assert split_messages(parts) == ["a" * 2000 + "\n\n" + "b" * 2000, "c" * 100]
    assert split_messages([]) == []
    with pytest.raises(ValueError, match="cannot fit"):
        split_messages(["x" * 4097])


@pytest.mark.parametrize(
    ("dt", "lang", "expected"),
    [
        (datetime(2022, 7, 1, 21, 15, tzinfo=WIB), "id", "Jumat, 1 Juli 2022 21:15 WIB"),
        (datetime(2022, 7, 1, 21, 15, tzinfo=WIB), "en", "Friday, 1 July 2022 21:15 WIB"),
        (
            datetime(2023, 12, 31, 8, 5, tzinfo=timezone(timedelta(hours=8))),
            "id",
            "Minggu, 31 Desember 2023 08:05 WITA",
        ),
        (
            datetime(2024, 2, 29, 23, 59, tzinfo=timezone(timedelta(hours=9))),
            "en",
            "Thursday, 29 February 2024 23:59 WIT",
        ),
        (
            datetime(2022, 7, 1, 9, 0, tzinfo=ZoneInfo("Asia/Makassar")),
            "id",
            "Jumat, 1 Juli 2022 09:00 WITA",
        ),
        (
            datetime(2022, 7, 1, 9, 0, tzinfo=ZoneInfo("Asia/Jayapura")),
            "en",
            "Friday, 1 July 2022 09:00 WIT",
        ),
        (
            datetime(2022, 7, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
            "en",
            "Friday, 1 July 2022 09:00 JST",
        ),
        (
            datetime(2022, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "en",
            "Friday, 1 July 2022 09:00 UTC+05:30",
        ),
        (
            datetime(2022, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=-3))),
            "id",
            "Jumat, 1 Juli 2022 09:00 UTC-03:00",
        ),
        (datetime(2022, 7, 4, 9, 0, tzinfo=UTC), "en", "Monday, 4 July 2022 09:00 UTC"),
        (datetime(2022, 7, 4, 9, 0), "id", "Senin, 4 Juli 2022 09:00"),
    ],
)
def test_format_date(dt: datetime, lang: str, expected: str) -> None:
    assert format_date(dt, lang) == expected


def test_unknown_language_falls_back_to_english() -> None:
    assert format_date(datetime(2022, 7, 1, 9, 0, tzinfo=WIB), "fr").startswith("Friday")
    assert format_date(datetime(2022, 7, 1, 9, 0, tzinfo=WIB), "id-ID").startswith("Jumat")
