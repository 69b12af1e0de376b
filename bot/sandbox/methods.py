"""The Bot API methods that act on chats, messages, commands and files."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

from bot.sandbox.errors import bad_request
from bot.sandbox.params import Params
from bot.sandbox.state import CallbackAnswer, Chat, SandboxState
from bot.sandbox.validate import (
    MAX_CAPTION_UTF16,
    check_link_preview,
    check_reply_markup,
    check_text,
    parse_html,
    utf16_len,
)

Method = Callable[[SandboxState, Params], Any]

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def _is_entity(entity: Any) -> bool:
    return (
        isinstance(entity, dict)
        and isinstance(entity.get("type"), str)
        and isinstance(entity.get("offset"), int)
        and isinstance(entity.get("length"), int)
    )


def _formatted(
    p: Params, field: str = "text", entities_field: str = "entities"
) -> tuple[str, list[dict[str, Any]], str | None, str]:
    """Return (plain text, entities, parse_mode, source text) for a text-bearing call."""
    source = p.text(field) or ""
    parse_mode = p.text("parse_mode") or None
    if parse_mode is None:
        entities = p.json_obj(entities_field) or []
        if not isinstance(entities, list) or not all(map(_is_entity, entities)):
            raise bad_request("can't parse entities JSON object")
        return source, entities, None, source
    if parse_mode.lower() == "html":
        text, entities = parse_html(source)
        return text, entities, "HTML", source
    if parse_mode.lower() in ("markdown", "markdownv2"):
        raise bad_request("can't parse entities: the sandbox only implements parse_mode HTML")
    raise bad_request("unsupported parse_mode")


def _message_shell(state: SandboxState, chat: Chat) -> dict[str, Any]:
    return {
        "message_id": chat.new_message_id(),
        "from": state.bot_user,
        "chat": chat.to_json(),
        "date": state.now(),
    }


def _quoted(message: dict[str, Any]) -> dict[str, Any]:
    """Return a message as Telegram nests it in reply_to_message: one level deep only."""
    quoted = copy.deepcopy(message)
    quoted.pop("reply_to_message", None)
    return quoted


def _reply_target(chat: Chat, p: Params) -> dict[str, Any] | None:
    reply = p.json_obj("reply_parameters") or {}
    if not isinstance(reply, dict):
        raise bad_request("can't parse reply parameters JSON object")
    target = reply.get("message_id", p.integer("reply_to_message_id"))
    if target is None:
        return None
    message = chat.messages.get(int(target))
    if message is None:
        lenient = reply.get("allow_sending_without_reply", p.flag("allow_sending_without_reply"))
        if lenient:
            return None
        raise bad_request("message to be replied not found")
    return _quoted(message)


def _set_content(
    message: dict[str, Any],
    text: str,
    entities: list[dict[str, Any]],
    markup: dict[str, Any] | None,
) -> None:
    message["text"] = text
    message.pop("entities", None)
    message.pop("reply_markup", None)
    if entities:
        message["entities"] = entities
    if markup is not None:
        message["reply_markup"] = markup


def send_message(state: SandboxState, p: Params) -> dict[str, Any]:
    """sendMessage: validate like Telegram, store and return the full Message."""
    chat = state.chat_for_send(p.chat_id())
    chat.check_thread(p.integer("message_thread_id"))
    text, entities, parse_mode, source = _formatted(p)
    check_text(text)
    markup = check_reply_markup(p.json_obj("reply_markup"))
    reply_to = _reply_target(chat, p)
    message = _message_shell(state, chat)
    _set_content(message, text, entities, markup)
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    if (thread := p.integer("message_thread_id")) is not None and chat.is_forum:
        message["message_thread_id"] = thread
        message["is_topic_message"] = True
    preview = check_link_preview(p.json_obj("link_preview_options"))
    if preview is None and p.flag("disable_web_page_preview"):
        preview = {"is_disabled": True}
    if preview:
        message["link_preview_options"] = preview
    chat.messages[message["message_id"]] = message
    state.record_event(
        chat.id, "sent", message, source, parse_mode, silent=p.flag("disable_notification")
    )
    return copy.deepcopy(message)


# The sizes Telegram makes of a photo it fetched: a thumbnail, a medium and the large one.
_PHOTO_SIZES = ((90, 51, 1_204), (320, 180, 12_811), (800, 450, 61_022))


def send_photo(state: SandboxState, p: Params) -> dict[str, Any]:
    """sendPhoto by URL or upload: caption ≤ 1024 after parsing; refused URLs fail like Telegram."""
    chat = state.chat_for_send(p.chat_id())
    chat.check_thread(p.integer("message_thread_id"))
    photo = p.raw.get("photo")
    if photo in (None, ""):
        raise bad_request("there is no photo in the request")
    if isinstance(photo, str):
        source_url = photo.strip()
        if source_url in state.refused_photos:
            raise bad_request(state.refused_photos[source_url])
        if not re.match(r"https?://[^\s/]+", source_url) and source_url not in state.photo_ids:
            raise bad_request("wrong file identifier/HTTP URL specified")
    caption, entities, parse_mode, source = _formatted(p, "caption", "caption_entities")
    if utf16_len(caption) > MAX_CAPTION_UTF16:
        raise bad_request("message caption is too long")
    markup = check_reply_markup(p.json_obj("reply_markup"))
    reply_to = _reply_target(chat, p)
    message = _message_shell(state, chat)
    serial = message["message_id"]
    message["photo"] = [
        {
            "file_id": f"AgACAgSandbox{chat.id}x{serial}x{width}",
            "file_unique_id": f"AQAD{chat.id}x{serial}x{width}",
            "width": width,
            "height": height,
            "file_size": size,
        }
        for width, height, size in _PHOTO_SIZES
    ]
    state.photo_ids.update(size["file_id"] for size in message["photo"])
    if caption:
        message["caption"] = caption
    if entities:
        message["caption_entities"] = entities
    if p.flag("show_caption_above_media"):
        message["show_caption_above_media"] = True
    if markup is not None:
        message["reply_markup"] = markup
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    if (thread := p.integer("message_thread_id")) is not None and chat.is_forum:
        message["message_thread_id"] = thread
        message["is_topic_message"] = True
    chat.messages[message["message_id"]] = message
    state.record_event(
        chat.id, "sent", message, source, parse_mode, silent=p.flag("disable_notification")
    )
    return copy.deepcopy(message)


def _bot_message(state: SandboxState, p: Params) -> tuple[Chat, dict[str, Any]]:
    """Find the bot's own message an edit or delete call points at."""
    if "inline_message_id" in p:
        raise bad_request("MESSAGE_ID_INVALID")
    chat = state.chat_for_send(p.chat_id())
    message_id = p.integer("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    message = chat.messages.get(message_id)
    if message is None:
        raise bad_request("message to edit not found")
    if message.get("from", {}).get("id") != state.bot_user["id"]:
        raise bad_request("message can't be edited")
    return chat, message


def _store_edit(
    state: SandboxState, chat: Chat, message: dict[str, Any], source: str | None, mode: str | None
) -> Any:
    message["edit_date"] = state.now()
    state.record_event(chat.id, "edited", message, source, mode)
    return copy.deepcopy(message)


def edit_message_text(state: SandboxState, p: Params) -> Any:
    """editMessageText: replace text and keyboard; 400 when nothing would change."""
    chat, message = _bot_message(state, p)
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    text, entities, parse_mode, source = _formatted(p)
    check_text(text)
    # Like Telegram, an edit without reply_markup drops the message's inline keyboard.
    markup = check_reply_markup(p.json_obj("reply_markup"))
    same = (text, entities, markup) == (
        message["text"],
        message.get("entities", []),
        message.get("reply_markup"),
    )
    if same:
        raise bad_request(_NOT_MODIFIED)
    _set_content(message, text, entities, markup)
    return _store_edit(state, chat, message, source, parse_mode)


def edit_message_reply_markup(state: SandboxState, p: Params) -> Any:
    """editMessageReplyMarkup: replace or remove the inline keyboard."""
    chat, message = _bot_message(state, p)
    markup = check_reply_markup(p.json_obj("reply_markup"))
    if markup == message.get("reply_markup"):
        raise bad_request(_NOT_MODIFIED)
    message.pop("reply_markup", None)
    if markup is not None:
        message["reply_markup"] = markup
    return _store_edit(state, chat, message, None, None)


def delete_message(state: SandboxState, p: Params) -> bool:
    """deleteMessage: remove a message from the chat."""
    chat = state.chat_for_send(p.chat_id())
    message = chat.messages.pop(p.integer("message_id") or 0, None)
    if message is None:
        raise bad_request("message to delete not found")
    state.record_event(chat.id, "deleted", message)
    return True


# The rights a ChatMemberAdministrator carries (all required fields of the Bot API type).
_ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}


def get_chat_member(state: SandboxState, p: Params) -> dict[str, Any]:
    """getChatMember: the ChatMember object of a user in a chat (`left` if not in it)."""
    chat = state.chat_for_send(p.chat_id())
    user_id = p.integer("user_id")
    if user_id is None:
        raise bad_request("PARTICIPANT_ID_INVALID")
    status, user = chat.members.get(
        user_id, ("left", {"id": user_id, "is_bot": False, "first_name": "User"})
    )
    if chat.type == "private":
        status = "member" if user_id == chat.id else "left"
    member: dict[str, Any] = {"status": status, "user": dict(user)}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member |= _ADMIN_RIGHTS
    return member


def answer_callback_query(state: SandboxState, p: Params) -> bool:
    """answerCallbackQuery: each query may be answered once."""
    query_id = p.text("callback_query_id") or ""
    user_id = state.callback_queries.pop(query_id, None)
    if user_id is None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    answer = CallbackAnswer(query_id, user_id, p.text("text"), p.flag("show_alert"), p.text("url"))
    state.callback_answers.append(answer)
    state.notify()
    return True


def _commands_key(p: Params) -> tuple[str, str]:
    scope = p.json_obj("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), p.text("language_code") or ""


def set_my_commands(state: SandboxState, p: Params) -> bool:
    """setMyCommands: store the list for its scope and language."""
    commands = p.json_obj("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND_RE.fullmatch(command.get("command", "")):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    stored = [{"command": c["command"], "description": c["description"]} for c in commands]
    state.commands[_commands_key(p)] = stored
    return True


def get_my_commands(state: SandboxState, p: Params) -> list[dict[str, str]]:
    """getMyCommands: the list stored for exactly this scope and language."""
    return list(state.commands.get(_commands_key(p), []))


def delete_my_commands(state: SandboxState, p: Params) -> bool:
    """deleteMyCommands: forget the list for this scope and language."""
    state.commands.pop(_commands_key(p), None)
    return True


def send_chat_action(state: SandboxState, p: Params) -> bool:
    """sendChatAction: accept a known action for a chat the bot may write to."""
    state.chat_for_send(p.chat_id())
    if p.text("action") not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


def get_chat(state: SandboxState, p: Params) -> dict[str, Any]:
    """getChat: a ChatFullInfo with the fields python-telegram-bot requires."""
    chat = state.chats.get(p.chat_id())
    if chat is None:
        raise bad_request("chat not found")
    gifts = dict.fromkeys(
        (
            "unlimited_gifts",
            "limited_gifts",
            "unique_gifts",
            "premium_subscription",
            "gifts_from_channels",
        ),
        False,
    )
    return {
        **chat.to_json(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": gifts,
    }


def get_file(state: SandboxState, p: Params) -> dict[str, Any]:
    """getFile: the File object with the path the bot downloads from."""
    stored = state.files.get(p.text("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
        "file_path": stored.file_path,
    }


def _remember(name: str) -> Method:
    def store(state: SandboxState, p: Params) -> bool:
        state.descriptions[name] = dict(p.raw)
        return True

    return store


METHODS: dict[str, Method] = {
    "getme": lambda state, p: dict(state.bot_user),
    "sendmessage": send_message,
    "editmessagetext": edit_message_text,
    "editmessagereplymarkup": edit_message_reply_markup,
    "deletemessage": delete_message,
    "answercallbackquery": answer_callback_query,
    "setmycommands": set_my_commands,
    "getmycommands": get_my_commands,
    "deletemycommands": delete_my_commands,
    "sendchataction": send_chat_action,
    "getchat": get_chat,
    "getfile": get_file,
    "getchatmember": get_chat_member,
    "setchatmenubutton": _remember("setChatMenuButton"),
    "setmydescription": _remember("setMyDescription"),
    "setmyshortdescription": _remember("setMyShortDescription"),
    "close": lambda state, p: True,
    "logout": lambda state, p: True,
    "sendphoto": send_photo,
}
