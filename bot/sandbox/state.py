"""What the sandbox remembers: chats and their messages, pending updates, files, commands."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.sandbox.errors import ApiError, bad_request

T = TypeVar("T")

# Telegram leaves these out unless a bot asks for them in allowed_updates.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One Bot API call the bot made: method name, decoded parameters, when, with which token."""

    method: str
    params: dict[str, Any]
    time: float
    token: str


@dataclass(frozen=True, slots=True)
class ChatEvent:
    """A change the bot made in a chat: a message `sent`, `edited` or `deleted`."""

    seq: int
    chat_id: int
    kind: str
    message: dict[str, Any]
    html: str | None
    parse_mode: str | None
    # Sent with disable_notification: the user's phone made no sound.
    silent: bool = False


@dataclass(frozen=True, slots=True)
class CallbackAnswer:
    """The bot's answerCallbackQuery for one button press."""

    query_id: str
    user_id: int
    text: str | None
    show_alert: bool
    url: str | None


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file a user uploaded, downloadable by the bot through getFile."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    mime_type: str
    file_name: str


@dataclass
class Chat:
    """A chat the bot may write to, with every message in it by id."""

    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    username: str | None = None
    next_message_id: int = 1
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    # Who is in a group and as what (Bot API ChatMember status): user id → (status, user).
    members: dict[int, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    # A forum supergroup's topics by message_thread_id: "open" or "closed" (deleted: gone).
    is_forum: bool = False
    topics: dict[int, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Return the Bot API Chat object."""
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "private":
            data["first_name"] = self.first_name or ""
            if self.username:
                data["username"] = self.username
        else:
            data["title"] = self.title or ""
        if self.is_forum:
            data["is_forum"] = True
        return data

    def check_thread(self, thread_id: int | None) -> None:
        """Refuse a message to a topic that is not there or closed, as Telegram does."""
        if thread_id is None or not self.is_forum:
            return
        status = self.topics.get(thread_id)
        if status is None:
            raise bad_request("message thread not found")
        if status == "closed":
            raise bad_request("TOPIC_CLOSED")

    def new_message_id(self) -> int:
        """Allocate the next message id in this chat (users and the bot share the counter)."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass
class Webhook:
    """A webhook set by the bot, with Telegram's delivery bookkeeping."""

    url: str
    secret_token: str | None
    max_connections: int
    allowed_updates: list[str] | None
    last_error_date: int | None = None
    last_error_message: str | None = None


class SandboxState:
    """The sandbox's memory; every mutation wakes whoever waits in `wait_for`."""

    def __init__(self, bot_user: dict[str, Any]) -> None:
        self.bot_user = bot_user
        self.chats: dict[int, Chat] = {}
        self.migrated: dict[int, int] = {}
        self.blocked: set[int] = set()
        self.files: dict[str, StoredFile] = {}
        self.pending: list[dict[str, Any]] = []
        self.next_update_id = 1
        self.allowed_updates: list[str] | None = None
        self.events: list[ChatEvent] = []
        self.callback_queries: dict[str, int] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.descriptions: dict[str, Any] = {}
        self.webhook: Webhook | None = None
        self.sources: dict[tuple[int, int], tuple[str | None, str | None]] = {}
        # Photo URLs sendPhoto refuses (URL → Telegram's reason), and the file ids it gave.
        self.refused_photos: dict[str, str] = {}
        self.photo_ids: set[str] = set()
        self._tick = asyncio.Event()

    def notify(self) -> None:
        """Wake every waiter so it re-checks its condition."""
        self._tick.set()
        self._tick = asyncio.Event()

    async def wait_for(self, check: Callable[[], T | None], within: float) -> T | None:
        """Return check()'s first non-None result, or None once `within` seconds pass."""
        deadline = time.monotonic() + within
        while True:
            result = check()
            if result is not None:
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            tick = self._tick
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation
                # that lands together with the wake-up, leaving a stopped task waiting on.
                async with asyncio.timeout(remaining):
                    await tick.wait()
            except TimeoutError:
                return check()

    def add_chat(self, chat: Chat) -> Chat:
        """Register a chat (idempotent) so the bot may write to it."""
        existing = self.chats.get(chat.id)
        if existing is not None:
            return existing
        self.chats[chat.id] = chat
        return chat

    def chat_for_send(self, chat_id: int) -> Chat:
        """Return the chat the bot is writing to, or raise what Telegram would answer."""
        if chat_id in self.migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def queue_update(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update of the given kind (unless the bot opted out of it); return its id."""
        update_id = self.next_update_id
        self.next_update_id += 1
        allowed = self.webhook.allowed_updates if self.webhook else self.allowed_updates
        wanted = kind in allowed if allowed else kind not in _OPT_IN_UPDATES
        if wanted:
            self.pending.append({"update_id": update_id, kind: payload})
            self.notify()
        return update_id

    def confirm_updates(self, offset: int) -> None:
        """Forget updates below offset as getUpdates does; a negative offset keeps the last ones."""
        if offset < 0:
            self.pending = self.pending[offset:]
        else:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]

    def record_event(
        self,
        chat_id: int,
        kind: str,
        message: dict[str, Any],
        html: str | None = None,
        parse_mode: str | None = None,
        *,
        silent: bool = False,
    ) -> None:
        """Log a change the bot made in a chat (a snapshot) and wake waiting clients."""
        key = (chat_id, message["message_id"])
        if html is None:
            html, parse_mode = self.sources.get(key, (None, None))
        else:
            self.sources[key] = (html, parse_mode)
        snapshot = copy.deepcopy(message)
        self.events.append(
            ChatEvent(len(self.events), chat_id, kind, snapshot, html, parse_mode, silent)
        )
        self.notify()

    def now(self) -> int:
        """Return the Unix time Telegram would stamp on a message."""
        return int(time.time())
