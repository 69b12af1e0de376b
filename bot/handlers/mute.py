"""/mute and /unmute: words whose articles a chat never sees in digests or /latest."""

from __future__ import annotations

from telegram import Update

from bot.context import KabarContext, chat_id, command_argument, keyboard, reply
from bot.i18n import counted, t
from bot.services.subscribers import MuteOutcome, mute, unmute
from digest.mutes import MAX_MUTE_CHARACTERS
from storage.subscribers import MAX_MUTES

_TEXT = {
    "added": "muted",
    "exists": "already_muted",
    "removed": "unmuted",
    "not_muted": "not_muted",
    "not_registered": "not_registered",
    "invalid": "mute_invalid",
}


def mute_reply(language: str, outcome: MuteOutcome) -> str:
    """The answer to /mute, /unmute or an unmute button."""
    if outcome.status == "full":
        return t(language, "too_many_mutes", limit=counted(language, "mute", MAX_MUTES))
    if outcome.status == "too_long":
        return t(language, "mute_too_long", limit=MAX_MUTE_CHARACTERS)
    return t(language, _TEXT[outcome.status], phrase=outcome.phrase)


async def mute_command(update: Update, context: KabarContext) -> None:
    """Hide articles matching a word or phrase: /mute WORD_OR_PHRASE."""
    language, _ = await context.reader(update)
    wanted = command_argument(update)
    if not wanted:
        await reply(update, t(language, "mute_usage"))
        return
    outcome = await mute(context.runtime.sessions, chat_id(update), wanted, now=context.now())
    await reply(update, mute_reply(language, outcome))


async def unmute_command(update: Update, context: KabarContext) -> None:
    """Show them again: /unmute WORD_OR_PHRASE; without words, buttons for each mute."""
    language, subscriber = await context.reader(update)
    wanted = command_argument(update)
    if wanted:
        outcome = await unmute(context.runtime.sessions, chat_id(update), wanted)
        await reply(update, mute_reply(language, outcome))
        return
    if subscriber is None or not subscriber.mutes:
        await reply(update, t(language, "unmute_usage"))
        return
    rows = [[(f"🔔 {m.phrase[:40]}", f"unm:{m.key}")] for m in subscriber.mutes if _fits(m.key)]
    await reply(update, t(language, "unmute_pick"), keyboard(rows))


def _fits(key: str) -> bool:
    return len(f"unm:{key}".encode()) <= 64


async def unmute_button(update: Update, context: KabarContext) -> None:
    """An unm: button under /unmute or /mytopics."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    language, _ = await context.reader(update)
    key = (query.data or "").partition(":")[2]
    if key:
        outcome = await unmute(context.runtime.sessions, chat_id(update), key)
        await reply(update, mute_reply(language, outcome))
