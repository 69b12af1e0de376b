"""/digest: the user's digest now, without waiting for the daily delivery."""

from __future__ import annotations

from telegram import Update

from bot.context import KabarContext, chat_id, reply
from bot.i18n import t
from bot.lead_picture import send_with_picture
from bot.read_buttons import read_buttons
from bot.services.digest_preview import preview_digest
from digest.render import render_digest


async def digest_now(update: Update, context: KabarContext) -> None:
    """Build and send this chat's digest as of now (it does not use up the daily one)."""
    language, subscriber = await context.reader(update)
    runtime = context.runtime
    digest = await preview_digest(
        runtime.sessions,
        subscriber,
        chat_id=chat_id(update),
        at=context.now(),
        settings=runtime.settings,
    )
    if not digest.items:
        await reply(update, t(language, "digest_empty"))
        return
    items = [(item.article.id, item.article.card, item.also_reported_by) for item in digest.items]
    # /preview on: the first message leads with the top story's picture, as delivery does.
    picture = digest.picture if subscriber and subscriber.preview else None
    ids = [item.article.id for item in digest.items]
    for index, message in enumerate(render_digest(items, language, digest.day)):
        buttons = read_buttons(message, ids, language)
        if index == 0 and picture:
            source = update.effective_message
            thread = source.message_thread_id if source and source.is_topic_message else None
            await send_with_picture(
                context.bot,
                chat_id(update),
                message,
                picture=picture,
                reply_markup=buttons,
                message_thread_id=thread,
            )
        else:
            await reply(update, message, buttons)
