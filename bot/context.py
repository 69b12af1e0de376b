"""The typed context every handler receives, and the reply helpers handlers share."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.i18n import pick_language
from bot.runtime import Runtime
from bot.services.subscribers import get_subscriber
from storage.subscribers import SubscriberView


@dataclass
class BotData:
    """Application-wide state: the runtime built in post_init, the admin ids."""

    runtime: Runtime | None = None
    admin_ids: frozenset[int] = frozenset()
    searches: dict[str, str] = field(default_factory=dict)
    # The port /metrics and /healthz listen on, once served (KABAR_METRICS_PORT).
    metrics_port: int | None = None
    # (chat id, user id) → (administers the chat, until when the answer holds; monotonic).
    chat_admins: dict[tuple[int, int], tuple[bool, float]] = field(default_factory=dict)
    # How long the bot's answer to a command posted in a channel stays there.
    channel_answer_seconds: float = 60.0


class KabarContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext with typed access to kabar's shared resources."""

    @property
    def runtime(self) -> Runtime:
        """The process's database, HTTP client and settings."""
        runtime = self.bot_data.runtime
        if runtime is None:
            raise RuntimeError("kabar's runtime is not open (post_init has not run)")
        return runtime

    @staticmethod
    def now() -> datetime:
        """The current moment; handlers pass it down so services never read the clock."""
        return datetime.now(UTC)

    def is_admin(self, update: Update) -> bool:
        """True when the update comes from a configured admin."""
        user = update.effective_user
        return user is not None and user.id in self.bot_data.admin_ids

    async def reader(self, update: Update) -> tuple[str, SubscriberView | None]:
        """The reply language for this update's chat, and its subscriber if registered."""
        chat = update.effective_chat
        subscriber = await get_subscriber(self.runtime.sessions, chat.id) if chat else None
        user = update.effective_user
        language = pick_language(
            subscriber.language if subscriber else None,
            user.language_code if user else None,
            self.runtime.settings.language,
        )
        return language, subscriber


# What every command and button handler is.
Handler = Callable[[Update, "KabarContext"], Coroutine[Any, Any, None]]

KabarApplication = Application[
    ExtBot[Any], KabarContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[KabarContext]
]


def keyboard(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    """An inline keyboard from rows of (label, callback data)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


# The answers sent while a channel's command is handled, to delete them later.
_answers: ContextVar[list[Message] | None] = ContextVar("channel_answers", default=None)


@contextmanager
def collecting_replies() -> Iterator[list[Message]]:
    """Collect every message reply() sends in this task while the block runs."""
    collected: list[Message] = []
    token = _answers.set(collected)
    try:
        yield collected
    finally:
        _answers.reset(token)


async def reply(
    update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Answer in the update's chat (and forum topic) with HTML, no link previews."""
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message
    # In a forum, the answer goes to the topic the command came from.
    thread = message.message_thread_id if message and message.is_topic_message else None
    sent = await chat.send_message(
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        disable_web_page_preview=True,
        message_thread_id=thread,
    )
    if (collected := _answers.get()) is not None:
        collected.append(sent)
    return sent


def chat_id(update: Update) -> int:
    """The id of the chat an update belongs to (every update kabar handles has one)."""
    if update.effective_chat is None:
        raise ValueError(f"update {update.update_id} has no chat")
    return update.effective_chat.id


def command_argument(update: Update) -> str:
    """The text after the command word (`/search foo bar` → `foo bar`)."""
    message = update.effective_message
    text = (message.text or message.caption or "") if message else ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def id_number(text: str) -> int | None:
    """The id in `123` or `#123` (what cards show), else None; at most 18 digits, so it
    fits a 64-bit column."""
    value = text.strip().lstrip("#")
    return int(value) if value.isdigit() and value.isascii() and len(value) <= 18 else None
