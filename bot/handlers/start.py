"""/start, /help, /stop and the preference commands /language, /time, /timezone."""

from __future__ import annotations

from telegram import Update

from bot.context import KabarContext, command_argument, reply
from bot.i18n import t
from bot.services.subscribers import (
    parse_clock,
    parse_timezone,
    register,
    update_subscriber,
    zone_label,
)
from bot.settings import SUPPORTED_LANGUAGES


async def start(update: Update, context: KabarContext) -> None:
    """Register the chat with default settings, or resume its paused digests."""
    chat, settings = update.effective_chat, context.runtime.settings
    if chat is None:
        return
    subscriber, _created, resumed = await register(
        context.runtime.sessions,
        chat.id,
        chat.type,
        timezone=settings.timezone,
        digest_time=settings.digest_time,
        now=context.now(),
    )
    language, _ = await context.reader(update)
    values = {"time": subscriber.digest_time, "zone": zone_label(subscriber.timezone)}
    if resumed:
        await reply(update, t(language, "resumed", **values))
        return
    user = update.effective_user
    name = user.first_name if user else chat.title or ""
    await reply(update, t(language, "welcome", name=name, **values))


async def help_command(update: Update, context: KabarContext) -> None:
    """List the commands this user may run."""
    language, _ = await context.reader(update)
    text = t(language, "help")
    if context.is_admin(update):
        text += t(language, "help_admin")
    await reply(update, text)


async def stop(update: Update, context: KabarContext) -> None:
    """Pause this chat's daily digests."""
    language, _ = await context.reader(update)
    chat = update.effective_chat
    changed = chat and await update_subscriber(context.runtime.sessions, chat.id, paused=True)
    await reply(update, t(language, "stopped" if changed else "not_registered"))


async def language(update: Update, context: KabarContext) -> None:
    """Set the reply language: /language id|en."""
    current, subscriber = await context.reader(update)
    wanted = command_argument(update).lower()
    if wanted not in SUPPORTED_LANGUAGES:
        await reply(update, t(current, "language_usage"))
        return
    if subscriber is None:
        await reply(update, t(current, "not_registered"))
        return
    await update_subscriber(context.runtime.sessions, subscriber.chat_id, language=wanted)
    await reply(update, t(wanted, "language_set"))


async def digest_time(update: Update, context: KabarContext) -> None:
    """Set the local delivery time: /time HH:MM."""
    current, subscriber = await context.reader(update)
    clock = parse_clock(command_argument(update))
    if clock is None:
        await reply(update, t(current, "time_usage"))
        return
    if subscriber is None:
        await reply(update, t(current, "not_registered"))
        return
    await update_subscriber(context.runtime.sessions, subscriber.chat_id, digest_time=clock)
    await reply(update, t(current, "time_set", time=clock, zone=zone_label(subscriber.timezone)))


async def timezone(update: Update, context: KabarContext) -> None:
    """Set the subscriber's zone: IANA name, WIB/WITA/WIT, or an offset like +07:00."""
    current, subscriber = await context.reader(update)
    zone = parse_timezone(command_argument(update))
    if zone is None:
        await reply(update, t(current, "timezone_usage"))
        return
    if subscriber is None:
        await reply(update, t(current, "not_registered"))
        return
    await update_subscriber(context.runtime.sessions, subscriber.chat_id, timezone=zone)
    label = zone_label(zone)
    await reply(update, t(current, "timezone_set", zone=label, time=subscriber.digest_time))
