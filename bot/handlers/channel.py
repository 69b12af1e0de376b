"""Channels: with the bot an administrator of a channel, a command posted there configures
the channel's digest. Only a channel's administrators can post in it, so the post is the
proof. The bot deletes the command post after acting on it, and its own answer a minute
later: readers of the channel see only digests."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from typing import Any

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.context import Handler, KabarContext, collecting_replies


def channel_commands(commands: Mapping[str, Handler]) -> Handler:
    """A handler for commands posted in channels, dispatching to the usual ones."""

    async def on_channel_post(update: Update, context: KabarContext) -> None:
        post = update.channel_post
        if post is None or not post.text or not post.text.startswith("/"):
            return
        name = post.text.split(maxsplit=1)[0][1:].partition("@")[0].lower()
        handler = commands.get(name)
        if handler is None:
            return
        with collecting_replies() as answers:
            await handler(update, context)
        with suppress(TelegramError):
            await post.delete()
        for answer in answers:
            _delete_later(context, answer)

    return on_channel_post


def _delete_later(context: KabarContext, message: Message) -> None:
    delay = context.bot_data.channel_answer_seconds
    if context.job_queue is None:
        return
    context.job_queue.run_once(
        _delete, delay, data=(message.chat_id, message.message_id), name="channel-answer"
    )


async def _delete(context: CallbackContext[Any, Any, Any, Any]) -> None:
    job = context.job
    if job is None or not isinstance(job.data, tuple):
        return
    chat_id, message_id = job.data
    with suppress(TelegramError):
        await context.bot.delete_message(chat_id, message_id)
