"""In groups, only the chat's administrators change the chat's settings.

Telegram is asked (`getChatMember`: status `creator` or `administrator`) and the answer is
kept for a minute, so a burst of commands asks once. An anonymous administrator posts as
the group itself (`sender_chat` is the chat), which only administrators can do. Private
chats are their one user's own; reading commands stay open to everyone.
"""

from __future__ import annotations

import functools
import logging
import time

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.context import Handler, KabarContext, reply
from bot.i18n import t

log = logging.getLogger(__name__)

# The commands that change a chat's settings (INTERFACE.md, "Groups and supergroups").
SETTINGS_COMMANDS = frozenset(
    {
        "start",
        "stop",
        "subscribe",
        "unsubscribe",
        "mute",
        "unmute",
        "time",
        "timezone",
        "language",
        "schedule",
        "silent",
        "preview",
        "alerts",
    }
)
CACHE_SECONDS = 60.0
_CACHE_LIMIT = 10_000
_ADMINS = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})
_GROUPS = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


def chat_admins_only(handler: Handler) -> Handler:
    """Let a group's settings be changed by its administrators only; others get a refusal."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: KabarContext) -> None:
        chat = update.effective_chat
        if chat is not None and chat.type in _GROUPS:
            allowed = await _is_chat_admin(update, context)
            if not allowed:
                language, _ = await context.reader(update)
                key = "group_admins_only" if allowed is False else "group_admin_unknown"
                if update.callback_query is not None:
                    await update.callback_query.answer(t(language, key), show_alert=True)
                else:
                    await reply(update, t(language, key))
                return
        await handler(update, context)

    return guarded


async def _is_chat_admin(update: Update, context: KabarContext) -> bool | None:
    """True or False as Telegram says; None when it could not be asked."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    assert chat is not None
    if message is not None and message.sender_chat is not None:
        # Posting as the group itself is an anonymous administrator's privilege.
        return message.sender_chat.id == chat.id
    if user is None:
        return False
    cache = context.bot_data.chat_admins
    now = time.monotonic()
    known = cache.get((chat.id, user.id))
    if known is not None and known[1] > now:
        return known[0]
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as exc:
        log.warning("could not ask who administers chat %s: %s", chat.id, exc)
        return None
    allowed = member.status in _ADMINS
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[chat.id, user.id] = (allowed, now + CACHE_SECONDS)
    return allowed
