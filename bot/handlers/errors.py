"""The one error handler: a polite sentence for the user, a log line for the operator."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError

from bot.context import KabarContext, reply
from bot.i18n import pick_language, t
from bot.services.subscribers import mark_blocked

log = logging.getLogger(__name__)


async def on_error(update: object, context: KabarContext) -> None:
    """Log the failure with the update id; tell the user once, without details."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        log.info("update %s: chat refused our reply (%s)", update_id, error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is not None and context.bot_data.runtime is not None:
            await mark_blocked(context.bot_data.runtime.sessions, chat.id, now=context.now())
        return
    if isinstance(error, NetworkError) and not isinstance(update, Update):
        log.warning("network trouble talking to Telegram: %s", error)
        return
    log.error("update %s failed", update_id, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    default = context.bot_data.runtime.settings.language if context.bot_data.runtime else "id"
    language = pick_language(None, user.language_code if user else None, default)
    try:
        await reply(update, t(language, "error"))
    except Exception:
        log.warning("update %s: could not send the apology", update_id)
