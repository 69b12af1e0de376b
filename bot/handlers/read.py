"""/read ID: the whole article — its card, then its paragraphs page by page — and the
"read" buttons under digests and the "more" button under each page."""

from __future__ import annotations

from contextlib import suppress

from telegram import Update
from telegram.error import BadRequest

from bot.context import KabarContext, command_argument, id_number, keyboard, reply
from bot.i18n import t
from bot.services.articles import get_article
from digest.render import render_card, render_paragraphs
from storage.articles import StoredArticle


async def read_command(update: Update, context: KabarContext) -> None:
    """Show a stored article: /read 123 (or /read #123)."""
    language, _ = await context.reader(update)
    wanted = id_number(command_argument(update))
    if wanted is None:
        await reply(update, t(language, "read_usage"))
        return
    await _show(update, context, language, wanted)


async def _show(update: Update, context: KabarContext, language: str, article_id: int) -> None:
    article = await get_article(context.runtime.sessions, article_id)
    if article is None:
        await reply(update, t(language, "read_not_found", id=article_id))
        return
    await reply(update, render_card(article.card, language, article_id=article.id))
    await _page(update, language, article, 0)


async def _page(update: Update, language: str, article: StoredArticle, page: int) -> None:
    pages = render_paragraphs(article.card)
    if page >= len(pages):
        return
    more = None
    if page + 1 < len(pages):
        more = keyboard([[(t(language, "read_more"), f"read:{article.id}:{page + 1}")]])
    await reply(update, pages[page], more)


async def read_button(update: Update, context: KabarContext) -> None:
    """`read:ID` under a digest opens the article; `read:ID:PAGE` is its next page."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    language, _ = await context.reader(update)
    _, _, rest = (query.data or "").partition(":")
    article_id, _, page = rest.partition(":")
    wanted = id_number(article_id)
    if wanted is None or (page and not page.isdigit()):
        return
    if not page:
        await _show(update, context, language, wanted)
        return
    article = await get_article(context.runtime.sessions, wanted)
    if article is None:
        await reply(update, t(language, "read_not_found", id=wanted))
        return
    # The pressed "more" has done its work: the next page carries its own. (The message
    # may be gone meanwhile, or already without buttons.)
    with suppress(BadRequest):
        await query.edit_message_reply_markup(None)
    await _page(update, language, article, int(page))
