"""Telegram's HTML parse mode and limits, checked without a network."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot.sandbox.errors import ApiError
from bot.sandbox.validate import check_reply_markup, check_text, parse_html, utf16_len

SEED = Path(__file__).parents[2] / "seeds" / "000_779917d36cb11d91.txt"


def _error(source: str) -> str:
    with pytest.raises(ApiError) as caught:
        parse_html(source)
    assert caught.value.error_code == 400
    return caught.value.description


def test_entities_are_stripped_and_offsets_count_utf16() -> None:
    text, entities = parse_html(
        '😀 <b>Putin</b> &amp; <a href="https://x.id/a?b=1&amp;c=2">Rusia</a>'
    )
    assert text == "😀 Putin & Rusia"
    # The emoji is two UTF-16 code units, so "Putin" starts at 3, not 2.
    assert entities == [
        {"type": "bold", "offset": 3, "length": 5},
        {"type": "text_link", "offset": 11, "length": 5, "url": "https://x.id/a?b=1&c=2"},
    ]


def test_nested_tags_sort_outer_first_and_pre_carries_language() -> None:
    text, entities = parse_html(
        '<b>a <i>b</i></b>\n<pre><code class="language-python">x = 1</code></pre>'
    )
    assert text == "a b\nx = 1"
    assert entities == [
        {"type": "bold", "offset": 0, "length": 3},
        {"type": "italic", "offset": 2, "length": 1},
        {"type": "pre", "offset": 4, "length": 5, "language": "python"},
    ]


def test_empty_ranges_and_links_without_href_have_no_entity() -> None:
    assert parse_html("<b></b>x<a>y</a>") == ("xy", [])


def test_spoiler_quote_and_numeric_entities() -> None:
    text, entities = parse_html(
        '<blockquote expandable>&#8220;Kata&#x201D;</blockquote><span class="tg-spoiler">s</span>'
    )
    assert text == "“Kata”s"
    assert [e["type"] for e in entities] == ["expandable_blockquote", "spoiler"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Hello world <foo>x</foo>", 'Unsupported start tag "foo" at byte offset 12'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<br>", 'Unsupported start tag "br"'),
        ("a < b", 'Unsupported start tag ""'),
        ("Tom & Jerry", "Character '&' must be escaped"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ('<a href="x>y', "Unclosed start tag"),
    ],
)
def test_bad_html_is_rejected_with_telegrams_reason(source: str, expected: str) -> None:
    description = _error(source)
    assert description.startswith("Bad Request: can't parse entities: ")
    assert expected in description


def test_byte_offsets_count_utf8_bytes() -> None:
    # The tag is the 10th character but starts at byte 10, because "é" takes two bytes.
    assert "at byte offset 10" in _error("é Berita <x>")


def test_escaped_seed_article_round_trips() -> None:
    article = SEED.read_text(encoding="utf-8")
    text, entities = parse_html(f"<b>{html.escape(article[:200])}</b>{html.escape(article)}")
    assert text == article[:200] + article
    assert entities == [{"type": "bold", "offset": 0, "length": utf16_len(article[:200])}]


def test_length_limit_counts_utf16_code_units() -> None:
    check_text("😀" * 2048)  # exactly 4096 code units
    with pytest.raises(ApiError, match="message is too long"):
        check_text("😀" * 2049)
    with pytest.raises(ApiError, match="message text is empty"):
        check_text(" \n ")


def test_callback_data_is_limited_to_64_bytes_not_characters() -> None:
    ok = {"inline_keyboard": [[{"text": "x", "callback_data": "é" * 32}]]}
    assert check_reply_markup(ok) == ok
    with pytest.raises(ApiError, match="BUTTON_DATA_INVALID"):
        check_reply_markup({"inline_keyboard": [[{"text": "x", "callback_data": "é" * 32 + "a"}]]})
    with pytest.raises(ApiError, match="Text buttons are unallowed"):
        check_reply_markup({"inline_keyboard": [[{"text": "x"}]]})
    assert check_reply_markup({"remove_keyboard": True}) is None
