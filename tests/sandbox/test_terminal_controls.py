"""The sandbox chat prints replies holding article text: only its own styles drive the terminal."""

from __future__ import annotations

from bot.sandbox.terminal import render_html


def test_article_control_sequences_are_shown_not_run() -> None:
    html = "<b>Banjir \x1b]0;pwned\x07Bekasi</b>\n<i>&#27;[2J\u202eexe.gnp</i>"
    shown = render_html(html, color=True)
    # kabar's own bold and italic still style the text ...
    assert shown.startswith("\x1b[1m") and "\x1b[3m" in shown
    # ... while the article's escape sequences arrive as visible text.
    assert "Banjir \\x1b]0;pwned\\x07Bekasi" in shown
    # (An escaped ESC, &#27;, is dropped by the HTML parser: it is no character at all.)
    assert "[2J\\u202eexe.gnp" in shown
    assert "\x07" not in shown and "\u202e" not in shown
    assert shown.count("\x1b") == 4  # two styles opened, two closed


def test_links_show_their_address_without_controls() -> None:
    shown = render_html('<a href="https://x.id/\x1b[8m">Baca</a>')
    assert shown == "Baca (https://x.id/\\x1b[8m)"
