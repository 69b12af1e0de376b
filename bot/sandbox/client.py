"""The user side of the sandbox: people who write to the bot, press buttons and read replies."""

from __future__ import annotations

import copy
import mimetypes
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.sandbox.state import CallbackAnswer, Chat, ChatEvent, StoredFile
from bot.sandbox.validate import utf16_len

if TYPE_CHECKING:
    from bot.sandbox.server import SandboxServer

_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")
_URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")

Button = tuple[str, str]


@dataclass(frozen=True)
class SentMessage:
    """A message as the bot left it: plain text, the HTML it was sent as, and its buttons."""

    message_id: int
    chat_id: int
    text: str
    html: str | None
    parse_mode: str | None
    buttons: tuple[tuple[Button, ...], ...]
    edited: bool
    raw: dict[str, Any]

    @classmethod
    def from_event(cls, event: ChatEvent) -> SentMessage:
        """Build from a logged send or edit."""
        rows = event.message.get("reply_markup", {}).get("inline_keyboard", [])
        buttons = tuple(
            tuple((b["text"], b.get("callback_data") or b.get("url") or "") for b in row)
            for row in rows
        )
        return cls(
            message_id=event.message["message_id"],
            chat_id=event.chat_id,
            text=event.message.get("text", event.message.get("caption", "")),
            html=event.html,
            parse_mode=event.parse_mode,
            buttons=buttons,
            edited=event.kind == "edited",
            raw=event.message,
        )

    @property
    def callback_data(self) -> list[str]:
        """Every button's callback_data or url, row by row."""
        return [value for row in self.buttons for _, value in row]


def _user_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram attaches to what a user typed: a leading /command and links."""
    entities: list[dict[str, Any]] = []
    command = _COMMAND_RE.match(text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command.group())})
    for link in _URL_RE.finditer(text):
        offset = utf16_len(text[: link.start()])
        entities.append({"type": "url", "offset": offset, "length": utf16_len(link.group())})
    return entities


class SandboxUser:
    """A Telegram user in one chat with the bot (private, or a group they write in)."""

    def __init__(
        self,
        server: SandboxServer,
        user_id: int,
        *,
        first_name: str,
        language_code: str,
        username: str | None,
        chat_type: str,
        chat_id: int | None,
        title: str | None,
        status: str | None = None,
        topic: int | None = None,
    ) -> None:
        if chat_type == "private":
            chat_id = user_id if chat_id is None else chat_id
        elif chat_type not in ("group", "supergroup") or chat_id is None or chat_id >= 0:
            raise ValueError("a group or supergroup user needs a negative chat_id")
        self.server = server
        self.state = server.state
        self.user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }
        if username:
            self.user["username"] = username
        self.chat: Chat = self.state.add_chat(
            Chat(
                chat_id,
                chat_type,
                title=title or "Sandbox group",
                first_name=first_name,
                username=username,
            )
        )
        # In a group, an ordinary member unless said otherwise (the creator, an administrator).
        self.chat.members[user_id] = (status or "member", self.user)
        # Writing inside a forum topic: the supergroup is a forum and the topic is open.
        self.topic = topic
        if topic is not None:
            self.chat.is_forum = True
            self.chat.topics.setdefault(topic, "open")
        self._cursor = len(self.state.events)
        self._edits_seen: dict[int, int] = {}

    @property
    def user_id(self) -> int:
        """This user's Telegram id."""
        return int(self.user["id"])

    @property
    def chat_id(self) -> int:
        """The chat this user writes in."""
        return self.chat.id

    def _new_message(self, fields: dict[str, Any]) -> dict[str, Any]:
        message = {
            "message_id": self.chat.new_message_id(),
            "from": self.user,
            "chat": self.chat.to_json(),
            "date": self.state.now(),
            **fields,
        }
        if self.topic is not None:
            message["message_thread_id"] = self.topic
            message["is_topic_message"] = True
        self.chat.messages[message["message_id"]] = message
        # Replies the bot sent before this point answer earlier messages, not this one.
        self._cursor = len(self.state.events)
        return message

    def _quote(self, message_id: int) -> dict[str, Any]:
        message = self.chat.messages.get(message_id)
        if message is None:
            raise ValueError(f"no message {message_id} in chat {self.chat_id} to reply to")
        quoted = copy.deepcopy(message)
        quoted.pop("reply_to_message", None)
        return quoted

    async def send(self, text: str) -> int:
        """Send a text message (with a bot_command entity for a leading /command)."""
        if not text:
            raise ValueError("Telegram clients cannot send an empty message")
        fields: dict[str, Any] = {"text": text}
        if entities := _user_entities(text):
            fields["entities"] = entities
        return self.state.queue_update("message", self._new_message(fields))

    async def reply(self, to_message_id: int, text: str) -> int:
        """Send text as a reply to an earlier message in this chat (the bot's or the user's)."""
        if not text:
            raise ValueError("Telegram clients cannot send an empty message")
        fields: dict[str, Any] = {"text": text, "reply_to_message": self._quote(to_message_id)}
        if entities := _user_entities(text):
            fields["entities"] = entities
        return self.state.queue_update("message", self._new_message(fields))

    async def send_document(
        self,
        filename: str,
        content: bytes,
        mime_type: str | None = None,
        caption: str | None = None,
        reply_to: int | None = None,
    ) -> int:
        """Upload a document the bot can fetch with getFile; return the update id."""
        mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        unique = secrets.token_hex(8)
        suffix = filename[filename.rfind(".") :] if "." in filename else ""
        stored = StoredFile(
            file_id=f"BQACAgIAAx{secrets.token_urlsafe(24)}",
            file_unique_id=f"AgAD{unique}",
            file_path=f"documents/file_{len(self.state.files)}{suffix}",
            content=bytes(content),
            mime_type=mime,
            file_name=filename,
        )
        self.state.files[stored.file_id] = stored
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": filename,
            "mime_type": mime,
            "file_size": len(stored.content),
        }
        fields: dict[str, Any] = {"document": document}
        if caption:
            fields["caption"] = caption
            if entities := _user_entities(caption):
                fields["caption_entities"] = entities
        if reply_to is not None:
            fields["reply_to_message"] = self._quote(reply_to)
        return self.state.queue_update("message", self._new_message(fields))

    async def press(self, message_id: int, callback_data: str) -> str:
        """Press the inline button carrying callback_data; return the callback query id."""
        message = self.chat.messages.get(message_id)
        if message is None or message.get("from", {}).get("id") != self.state.bot_user["id"]:
            raise ValueError(f"the bot has no message {message_id} in chat {self.chat_id}")
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        offered = [b.get("callback_data") for row in rows for b in row]
        if callback_data not in offered:
            raise ValueError(f"message {message_id} has no button {callback_data!r}: {offered}")
        query_id = str(secrets.randbits(63))
        self.state.callback_queries[query_id] = self.user_id
        self._cursor = len(self.state.events)
        self.state.queue_update(
            "callback_query",
            {
                "id": query_id,
                "from": self.user,
                "message": copy.deepcopy(message),
                "chat_instance": str(abs(self.chat_id) * 7919),
                "data": callback_data,
            },
        )
        return query_id

    def _describe_silence(self, timeout: float) -> str:
        recent = [r.method for r in self.server.requests[-5:]]
        return (
            f"the bot sent nothing to chat {self.chat_id} within {timeout:g} s; "
            f"its last calls: {recent}"
        )

    # The timeout parameters are the public contract tests are written against.
    async def wait_reply(self, timeout: float = 5.0) -> SentMessage:  # noqa: ASYNC109
        """Wait for the next message the bot sends or edits in this chat after the last call."""

        def next_event() -> ChatEvent | None:
            for event in self.state.events[self._cursor :]:
                if event.chat_id == self.chat_id and event.kind in ("sent", "edited"):
                    return event
            return None

        event = await self.state.wait_for(next_event, timeout)
        if event is None:
            raise TimeoutError(self._describe_silence(timeout))
        self._cursor = event.seq + 1
        return SentMessage.from_event(event)

    async def wait_edit(self, message_id: int, timeout: float = 5.0) -> SentMessage:  # noqa: ASYNC109
        """Wait for the next edit of one message not yet returned by this method."""
        seen = self._edits_seen.get(message_id, -1)

        def next_edit() -> ChatEvent | None:
            for event in self.state.events[seen + 1 :]:
                if (
                    event.chat_id == self.chat_id
                    and event.kind == "edited"
                    and event.message["message_id"] == message_id
                ):
                    return event
            return None

        event = await self.state.wait_for(next_edit, timeout)
        if event is None:
            raise TimeoutError(f"message {message_id} was not edited within {timeout:g} s")
        self._edits_seen[message_id] = event.seq
        return SentMessage.from_event(event)

    async def wait_callback_answer(
        self,
        query_id: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        """Wait until the bot answers the callback query with this id."""

        def answered() -> CallbackAnswer | None:
            return next((a for a in self.state.callback_answers if a.query_id == query_id), None)

        answer = await self.state.wait_for(answered, timeout)
        if answer is None:
            raise TimeoutError(f"callback query {query_id} was not answered within {timeout:g} s")
        return answer

    @property
    def replies(self) -> list[SentMessage]:
        """The bot's messages in this chat as they stand now, oldest first (deleted ones gone)."""
        latest: dict[int, ChatEvent] = {}
        for event in self.state.events:
            if event.chat_id != self.chat_id:
                continue
            if event.kind == "deleted":
                latest.pop(event.message["message_id"], None)
            else:
                latest[event.message["message_id"]] = event
        return [SentMessage.from_event(latest[key]) for key in sorted(latest)]

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        """The bot's answers to this user's button presses, oldest first."""
        return [a for a in self.state.callback_answers if a.user_id == self.user_id]


class SandboxChannel:
    """A channel the bot is an administrator of: whoever posts here is one of its admins."""

    def __init__(self, server: SandboxServer, chat_id: int, title: str) -> None:
        if chat_id >= 0:
            raise ValueError("a channel needs a negative chat_id")
        self.server = server
        self.state = server.state
        self.chat: Chat = self.state.add_chat(Chat(chat_id, "channel", title=title))

    @property
    def chat_id(self) -> int:
        """The channel's id."""
        return self.chat.id

    async def post(self, text: str) -> int:
        """Post in the channel (as the channel: no `from`); return the post's message id."""
        if not text:
            raise ValueError("Telegram clients cannot send an empty message")
        chat = self.chat.to_json()
        message: dict[str, Any] = {
            "message_id": self.chat.new_message_id(),
            "sender_chat": chat,
            "chat": chat,
            "date": self.state.now(),
            "text": text,
        }
        if entities := _user_entities(text):
            message["entities"] = entities
        self.chat.messages[message["message_id"]] = message
        self.state.queue_update("channel_post", message)
        return int(message["message_id"])

    def shown(self) -> list[dict[str, Any]]:
        """What the channel shows now (posts and the bot's messages; deleted ones gone)."""
        return [copy.deepcopy(self.chat.messages[i]) for i in sorted(self.chat.messages)]
