"""Admin commands: /push, /delete, /stats, /feeds, /feed_add, /feed_remove."""

from __future__ import annotations

import functools
from dataclasses import asdict
from html import escape
from pathlib import PurePath

from telegram import Document, Message, Update
from telegram.constants import ChatAction

from bot.context import Handler, KabarContext, command_argument, id_number, reply
from bot.i18n import counted, t
from bot.services.admin import add_feed, list_feeds, push_text, remove_feed, stats
from bot.services.articles import delete_article
from bot.services.ingest import IngestResult, ingest_article
from digest.render import format_date, render_card, split_messages

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
}


def admin_only(handler: Handler) -> Handler:
    """Refuse the command, changing nothing, unless the sender is an admin."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: KabarContext) -> None:
        if not context.is_admin(update):
            language, _ = await context.reader(update)
            if update.callback_query:
                await update.callback_query.answer(t(language, "not_admin"), show_alert=True)
            else:
                await reply(update, t(language, "not_admin"))
            return
        await handler(update, context)

    return guarded


async def _reply_result(update: Update, result: IngestResult, language: str) -> None:
    if result.status == "rejected":
        await reply(update, t(language, "push_rejected", reason=result.reason_in(language) or "?"))
        return
    if result.status == "duplicate":
        reason = result.reason_in(language) or ""
        await reply(update, t(language, "push_duplicate", id=result.id, reason=reason))
        return
    header = t(language, "push_stored", id=result.id)
    card = render_card(result.card, language, article_id=result.id) if result.card else ""
    for message in split_messages([header, card]):
        await reply(update, message)


def _document_type(document: Document) -> str | None:
    suffix = PurePath(document.file_name or "").suffix.lower()
    if suffix in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[suffix]
    mime = (document.mime_type or "").lower()
    return mime if mime in ("text/plain", "text/html") else None


async def _push_document(
    update: Update, context: KabarContext, document: Document, language: str
) -> IngestResult | None:
    content_type = _document_type(document)
    if content_type is None:
        await reply(update, t(language, "document_type"))
        return None
    if (document.file_size or 0) > MAX_DOCUMENT_BYTES:
        await reply(update, t(language, "document_too_big"))
        return None
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    return await ingest_article(
        context.runtime.sessions, data, now=context.now(), content_type=content_type
    )


async def _typing(update: Update) -> None:
    """Show "typing…" while a page is fetched and read."""
    if update.effective_chat is not None:
        await update.effective_chat.send_action(ChatAction.TYPING)


def _source_message(update: Update) -> Message | None:
    message = update.effective_message
    return message.reply_to_message if message else None


@admin_only
async def push(update: Update, context: KabarContext) -> None:
    """Store an article from the message text, a URL, or the replied-to message/document."""
    language, _ = await context.reader(update)
    runtime, text = context.runtime, command_argument(update)
    source = _source_message(update)
    await _typing(update)
    result: IngestResult | None
    if text:
        result = await push_text(runtime.sessions, runtime.fetcher, text, now=context.now())
    elif source is not None and source.document is not None:
        result = await _push_document(update, context, source.document, language)
    elif source is not None and (source.text or source.caption):
        body = source.text or source.caption or ""
        result = await push_text(runtime.sessions, runtime.fetcher, body, now=context.now())
    else:
        await reply(update, t(language, "push_usage"))
        return
    if result is not None:
        await _reply_result(update, result, language)


@admin_only
async def push_document(update: Update, context: KabarContext) -> None:
    """A document sent with the caption /push."""
    language, _ = await context.reader(update)
    message = update.effective_message
    if message is None or message.document is None:
        return
    result = await _push_document(update, context, message.document, language)
    if result is not None:
        await _reply_result(update, result, language)


@admin_only
async def delete(update: Update, context: KabarContext) -> None:
    """Delete an article by id."""
    language, _ = await context.reader(update)
    article_id = id_number(command_argument(update))
    if article_id is None:
        await reply(update, t(language, "delete_usage"))
        return
    deleted = await delete_article(context.runtime.sessions, article_id)
    await reply(update, t(language, "deleted" if deleted else "not_found", id=article_id))


@admin_only
async def stats_command(update: Update, context: KabarContext) -> None:
    """Articles, subscribers, today's deliveries and failures."""
    language, _ = await context.reader(update)
    numbers = await stats(context.runtime.sessions, now=context.now())
    await reply(update, t(language, "stats", **asdict(numbers)))


@admin_only
async def feeds(update: Update, context: KabarContext) -> None:
    """List feeds with last success, last error and article counts."""
    language, _ = await context.reader(update)
    found = await list_feeds(context.runtime.sessions)
    if not found:
        await reply(update, t(language, "feeds_empty"))
        return
    parts = [t(language, "feeds_header")]
    for feed in found:
        lines = [f"#{feed.id} <b>{escape(feed.title or feed.url)}</b>", escape(feed.url)]
        ok = format_date(feed.last_success_at, language) if feed.last_success_at else "–"
        lines.append(f"✓ {escape(ok)} · {counted(language, 'article', feed.articles)}")
        if feed.last_error:
            lines.append(f"✕ {escape(feed.last_error[:300])}")
        parts.append("\n".join(lines))
    for message in split_messages(parts):
        await reply(update, message)


@admin_only
async def feed_add(update: Update, context: KabarContext) -> None:
    """Validate and store a feed URL."""
    language, _ = await context.reader(update)
    url = command_argument(update)
    if not url:
        await reply(update, t(language, "feed_usage"))
        return
    await _typing(update)
    outcome = await add_feed(
        context.runtime.sessions, context.runtime.fetcher, url, now=context.now()
    )
    if outcome.status == "rejected" or outcome.feed is None:
        reason = outcome.problem.text(language) if outcome.problem else "?"
        await reply(update, t(language, "push_rejected", reason=reason))
        return
    key = "feed_added" if outcome.status == "added" else "feed_exists"
    await reply(
        update, t(language, key, id=outcome.feed.id, title=outcome.feed.title or outcome.feed.url)
    )


@admin_only
async def feed_remove(update: Update, context: KabarContext) -> None:
    """Stop polling a feed."""
    language, _ = await context.reader(update)
    feed_id = id_number(command_argument(update))
    if feed_id is None:
        await reply(update, t(language, "feed_remove_usage"))
        return
    removed = await remove_feed(context.runtime.sessions, feed_id)
    await reply(update, t(language, "feed_removed" if removed else "feed_not_found", id=feed_id))
