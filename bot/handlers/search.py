"""/search with next/previous buttons, /latest, and plain text treated as a search."""

from __future__ import annotations

import hashlib
from html import escape

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import KabarContext, command_argument, keyboard, reply
from bot.i18n import noun, t
from bot.services.articles import latest_articles, search
from digest.render import format_date, split_messages
from storage.articles import StoredArticle
from storage.search import SearchHit, SearchPage

PAGE_SIZE = 5
MAX_REMEMBERED_SEARCHES = 5000
MAX_QUERY_SHOWN = 80


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _highlighted(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The snippet escaped, with matched words in bold."""
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor or end > len(snippet):
            continue
        out += [escape(snippet[cursor:start]), "<b>", escape(snippet[start:end]), "</b>"]
        cursor = end
    out.append(escape(snippet[cursor:]))
    return "".join(out)


def _meta(article: StoredArticle, language: str) -> str:
    card = article.card
    parts = [format_date(card.published, language)] if card.published else []
    if card.source:
        parts.append(card.source)
    return escape(" · ".join(parts))


def render_hit(number: int, hit: SearchHit, language: str) -> str:
    """One search result: headline, date and source, snippet with matches in bold."""
    card = hit.article.card
    headline = escape(_shorten(card.headline, 200))
    if card.url:
        headline = f'<a href="{escape(card.url, quote=True)}">{headline}</a>'
    lines = [
        f"{number}. <b>{headline}</b> #{hit.article.id}",
        f"<i>{_meta(hit.article, language)}</i>",
    ]
    if hit.snippet:
        snippet = hit.snippet[:300]
        spans = tuple((s, e) for s, e in hit.highlights if e <= len(snippet))
        lines.append(_highlighted(snippet, spans))
    return "\n".join(lines)


def render_page(query: str, page: SearchPage, offset: int, language: str) -> str:
    """A page of search results with its header."""
    shown = _shorten(query, MAX_QUERY_SHOWN)
    total = f"{page.total}+" if page.total_capped else page.total
    header = t(
        language,
        "search_header",
        total=total,
        results=noun(language, "result", total),
        query=shown,
        first=offset + 1,
        last=offset + len(page.hits),
    )
    body = [render_hit(offset + i + 1, hit, language) for i, hit in enumerate(page.hits)]
    return "\n\n".join([header, *body])


def _token(context: KabarContext, query: str) -> str:
    token = hashlib.blake2s(query.encode("utf-8"), digest_size=6).hexdigest()
    searches = context.bot_data.searches
    if token not in searches and len(searches) >= MAX_REMEMBERED_SEARCHES:
        searches.pop(next(iter(searches)))
    searches[token] = query
    return token


def _buttons(
    context: KabarContext, query: str, page: SearchPage, offset: int, language: str
) -> InlineKeyboardMarkup | None:
    token = _token(context, query)
    row: list[tuple[str, str]] = []
    if offset > 0:
        row.append((t(language, "previous"), f"s:{token}:{max(0, offset - PAGE_SIZE)}"))
    if offset + len(page.hits) < page.total:
        row.append((t(language, "next"), f"s:{token}:{offset + PAGE_SIZE}"))
    return keyboard([row] if row else [])


async def search_command(update: Update, context: KabarContext) -> None:
    """Search stored articles; any text is taken as plain words."""
    language, _ = await context.reader(update)
    query = command_argument(update)
    await _answer_search(update, context, query, language)


async def text_as_search(update: Update, context: KabarContext) -> None:
    """In a private chat, a plain message is a search."""
    language, _ = await context.reader(update)
    message = update.effective_message
    text = (message.text or "").strip() if message else ""
    await _answer_search(update, context, text, language)


async def _answer_search(update: Update, context: KabarContext, query: str, language: str) -> None:
    if not query:
        await reply(update, t(language, "search_usage"))
        return
    page = await search(context.runtime.sessions, query, limit=PAGE_SIZE)
    if not page.hits:
        await reply(update, t(language, "search_none", query=_shorten(query, MAX_QUERY_SHOWN)))
        return
    text = render_page(query, page, 0, language)
    await reply(update, text, _buttons(context, query, page, 0, language))


async def search_button(update: Update, context: KabarContext) -> None:
    """Show another page of an earlier search in the same message."""
    callback = update.callback_query
    if callback is None:
        return
    await callback.answer()
    language, _ = await context.reader(update)
    _, token, offset_text = (callback.data or "").split(":", 2)
    query = context.bot_data.searches.get(token)
    if query is None or not offset_text.isdigit():
        await reply(update, t(language, "search_expired"))
        return
    offset = int(offset_text)
    page = await search(context.runtime.sessions, query, limit=PAGE_SIZE, offset=offset)
    if not page.hits:
        await reply(update, t(language, "search_none", query=_shorten(query, MAX_QUERY_SHOWN)))
        return
    try:
        await callback.edit_message_text(
            render_page(query, page, offset, language),
            parse_mode=ParseMode.HTML,
            reply_markup=_buttons(context, query, page, offset, language),
            disable_web_page_preview=True,
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


def render_latest(articles: list[StoredArticle], language: str) -> list[str]:
    """The latest stories, one short entry each, split into messages."""
    parts = [t(language, "latest_header")]
    for article in articles:
        card = article.card
        lines = [f"<b>{escape(_shorten(card.headline, 200))}</b> #{article.id}"]
        if meta := _meta(article, language):
            lines.append(f"<i>{meta}</i>")
        if card.summary:
            lines.append(escape(_shorten(card.summary[0], 400)))
        parts.append("\n".join(lines))
    return split_messages(parts)


async def latest(update: Update, context: KabarContext) -> None:
    """The most recently stored stories."""
    language, subscriber = await context.reader(update)
    mutes = subscriber.mutes if subscriber else ()
    articles = await latest_articles(context.runtime.sessions, limit=PAGE_SIZE, mutes=mutes)
    if not articles:
        await reply(update, t(language, "latest_empty"))
        return
    for message in render_latest(articles, language):
        await reply(update, message)
