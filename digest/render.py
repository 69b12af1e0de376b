"""Cards and digests as Telegram HTML (parse_mode=HTML), split to fit Telegram's message limit."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from digest.locales import locale
from digest.model import Card
from digest.zones import INDONESIAN_OFFSETS

TELEGRAM_LIMIT = 4096
_SEPARATOR = "\n\n"
_ELLIPSIS = "…"


def utf16_len(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _zone_label(dt: datetime) -> str:
    offset = dt.utcoffset()
    if offset is None:
        return ""
    if isinstance(dt.tzinfo, ZoneInfo):
        name = dt.tzname() or ""
        # Some zones only have numeric abbreviations ("+07" for Asia/Bangkok).
        if name.isalpha():
            return name
    elif offset in INDONESIAN_OFFSETS:
        return INDONESIAN_OFFSETS[offset]
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _format_day(day: date, lang: str) -> str:
    words = locale(lang)
    return f"{words.days[day.weekday()]}, {day.day} {words.months[day.month - 1]} {day.year}"


def format_date(dt: datetime, lang: str) -> str:
    """Return e.g. "Jumat, 1 Juli 2022 21:15 WIB" or "Friday, 1 July 2022 21:15 WIB"."""
    text = f"{_format_day(dt.date(), lang)} {dt:%H:%M}"
    zone = _zone_label(dt)
    return f"{text} {zone}" if zone else text


def _shorten(text: str, limit: int) -> str:
    """Cut raw text to at most limit characters, at a word boundary when one is near."""
    if len(text) <= limit:
        return text
    if limit <= len(_ELLIPSIS):
        return ""
    cut = text[: limit - len(_ELLIPSIS)]
    space = cut.rfind(" ")
    if space > len(cut) * 0.7:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + _ELLIPSIS


@dataclass(frozen=True, slots=True)
class _Texts:
    """The raw (unescaped) text of one card, so it can be trimmed before escaping."""

    headline: str
    meta: str
    byline: str
    quote: str
    speaker: str
    summary: str
    also: str


def _texts(card: Card, lang: str, also_reported_by: tuple[str, ...]) -> _Texts:
    meta = [format_date(card.published, lang)] if card.published else []
    if card.dateline:
        meta.append(card.dateline)
    byline = [x for x in (card.source, card.author) if x]
    return _Texts(
        headline=card.headline,
        meta=" · ".join(meta),
        byline=" · ".join(byline),
        quote=card.key_quote.text if card.key_quote else "",
        speaker=(card.key_quote.speaker or "") if card.key_quote else "",
        summary=" ".join(card.summary),
        also=", ".join(also_reported_by),
    )


def _safe_url(url: str | None) -> str | None:
    # Telegram rejects a message whose link has another scheme; javascript: must never pass.
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _html(texts: _Texts, lang: str, url: str | None, article_id: int | None) -> str:
    e = html.escape
    labels = locale(lang).labels
    lines = [f"<b>{e(texts.headline)}</b>"] if texts.headline else []
    lines += [e(x) for x in (texts.meta, texts.byline) if x]
    blocks = ["\n".join(lines)] if lines else []
    if texts.quote:
        speaker = f"\n— {e(texts.speaker)}" if texts.speaker else ""
        blocks.append(f"<i>“{e(texts.quote)}”</i>{speaker}")
    if texts.summary:
        blocks.append(e(texts.summary))
    footer = []
    if url:
        footer.append(f'<a href="{e(url, quote=True)}">{labels["read"]}</a>')
    if article_id is not None:
        footer.append(f"#{article_id}")
    if texts.also:
        footer.append(f"{labels['also']} {e(texts.also)}")
    if footer:
        blocks.append("\n".join(footer))
    return "\n\n".join(blocks)


# Trimmed first to last: the summary is the longest and the headline the most needed.
_TRIM_ORDER = ("summary", "quote", "also", "speaker", "byline", "meta", "headline")


def render_card(
    card: Card,
    lang: str,
    *,
    article_id: int | None = None,
    also_reported_by: tuple[str, ...] = (),
    limit: int = TELEGRAM_LIMIT,
) -> str:
    """Render one card as Telegram HTML no longer than limit, shortening text if needed."""
    url = _safe_url(card.url)
    texts = _texts(card, lang, also_reported_by)
    rendered = _html(texts, lang, url, article_id)
    if utf16_len(rendered) <= limit:
        return rendered
    for name in _TRIM_ORDER:
        full = getattr(texts, name)
        # Binary search the longest raw prefix of this field that still fits.
        low, high = 0, len(full)
        while low < high:
            mid = (low + high + 1) // 2
            candidate = replace(texts, **{name: _shorten(full, mid)})
            if utf16_len(_html(candidate, lang, url, article_id)) <= limit:
                low = mid
            else:
                high = mid - 1
        texts = replace(texts, **{name: _shorten(full, low)})
        rendered = _html(texts, lang, url, article_id)
        if utf16_len(rendered) <= limit:
            return rendered
    # Every text is gone and a giant link still does not fit: drop the link.
    return _html(texts, lang, None, article_id)


def split_messages(parts: Sequence[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Pack whole parts, in order, into as few messages of at most limit UTF-16 units as fit."""
    messages: list[str] = []
    current = ""
    for part in parts:
        if utf16_len(part) > limit:
            raise ValueError(f"a part of {utf16_len(part)} characters cannot fit in {limit}")
        joined = f"{current}{_SEPARATOR}{part}" if current else part
        if utf16_len(joined) <= limit:
            current = joined
        else:
            messages.append(current)
            current = part
    if current:
        messages.append(current)
    return messages


def render_digest(
    cards: Sequence[tuple[int | None, Card, tuple[str, ...]]],
    lang: str,
    day: date,
    *,
    limit: int = TELEGRAM_LIMIT,
) -> list[str]:
    """Render a dated digest of (article id, card, also reported by) items as messages."""
    labels = locale(lang).labels
    header = f"<b>{labels['digest']} {_format_day(day, lang)}</b>"
    if not cards:
        return split_messages([header, labels["empty"]], limit)
    items = [
        render_card(card, lang, article_id=article_id, also_reported_by=also, limit=limit)
        for article_id, card, also in cards
    ]
    return split_messages([header, *items], limit)


# Room kept on each page of an article for its "2/5" counter.
_PAGE_COUNTER = 24


def render_paragraphs(card: Card, *, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The article's own paragraphs (lede first) as Telegram HTML pages, whole paragraphs
    per page; one too long for a page is cut at word boundaries. Pages past one end with
    their number ("2/5")."""
    room = limit - _PAGE_COUNTER
    pieces: list[str] = []
    lede = [card.lede] if card.lede and card.lede not in card.body[:1] else []
    for paragraph in [*lede, *card.body]:
        pieces += [html.escape(part) for part in _pieces(paragraph, room)]
    pages = split_messages(pieces, room)
    if len(pages) > 1:
        pages = [f"{page}\n\n<i>{n}/{len(pages)}</i>" for n, page in enumerate(pages, 1)]
    return pages


def _pieces(paragraph: str, room: int) -> list[str]:
    """A paragraph in pieces that fit a page once escaped (most paragraphs: itself)."""
    if utf16_len(html.escape(paragraph)) <= room:
        return [paragraph]
    pieces, rest = [], paragraph
    while rest:
        # Escaping at most quintuples a character (`&quot;`): a fifth of the room always fits.
        size = len(rest)
        while utf16_len(html.escape(rest[:size])) > room:
            size = max(room // 5, size * 3 // 4)
        cut = rest[:size]
        if size < len(rest) and (space := cut.rfind(" ")) > size // 2:
            cut = cut[:space]
        pieces.append(cut)
        rest = rest[len(cut) :].lstrip()
    return pieces
