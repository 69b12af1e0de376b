"""The sandbox driven by a real python-telegram-bot over real HTTP."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import time
from pathlib import Path

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, RetryAfter, TimedOut
from telegram.ext import Application

from bot.sandbox.server import SandboxServer

# PTB warns about its own int-to-timedelta migration whenever it builds a RetryAfter.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

SEED = Path(__file__).parents[2] / "seeds" / "000_779917d36cb11d91.txt"


def _seconds(error: RetryAfter) -> float:
    value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def test_command_gets_an_html_reply_with_buttons(
    server: SandboxServer,
    app: Application,
) -> None:
    user = server.user(1001, first_name="Siti")
    await user.send("/start")
    reply = await user.wait_reply()
    assert reply.text == "Halo Siti!"
    assert reply.html == "Halo <b>Siti</b>!"
    assert reply.raw["entities"] == [{"type": "bold", "offset": 5, "length": 4}]
    assert reply.buttons == ((("Next ›", "page:2"),),)
    assert reply.raw["from"]["id"] == 123  # the bot id is the token's prefix


async def test_group_command_with_bot_name_reaches_the_bot(
    server: SandboxServer,
    app: Application,
) -> None:
    member = server.user(1002, chat_type="supergroup", chat_id=-100555, title="Redaksi")
    await member.send("/whoami@kabar_sandbox_bot")
    reply = await member.wait_reply()
    assert reply.text == "id 1002"
    assert reply.raw["chat"] == {"id": -100555, "type": "supergroup", "title": "Redaksi"}


async def test_message_ids_increase_per_chat(
    server: SandboxServer,
    app: Application,
) -> None:
    first, second = server.user(1003), server.user(1004)
    for user in (first, second, first):
        await user.send("halo")
        await user.wait_reply()
    assert [m.message_id for m in first.replies] == [2, 4]
    assert [m.message_id for m in second.replies] == [2]


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    server: SandboxServer, bot: Bot
) -> None:
    user = server.user(1010)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.3)
    assert not poll.done()  # nothing queued yet: the poll is waiting
    await user.send("baru")
    updates = await poll
    assert [u.message.text for u in updates if u.message] == ["baru"]
    assert time.monotonic() - started < 2


async def test_offset_confirms_updates_and_they_are_not_redelivered(
    server: SandboxServer, bot: Bot
) -> None:
    user = server.user(1011)
    first = await user.send("satu")
    await user.send("dua")
    assert [u.update_id for u in await bot.get_updates()] == [first, first + 1]
    later = await bot.get_updates(offset=first + 1)
    assert [u.message.text for u in later if u.message] == ["dua"]
    assert await bot.get_updates(offset=first + 2, timeout=0) == ()
    assert await bot.get_updates(timeout=0) == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Berita <foo>x</foo>", 'unsupported start tag "foo" at byte offset 7'),
        ("<b>tebal", 'can\'t find end tag corresponding to start tag "b"'),
        ("x" * 5000, "message is too long"),
        ("   ", "message text is empty"),
    ],
)
async def test_invalid_text_is_rejected_like_telegram(
    server: SandboxServer, bot: Bot, text: str, reason: str
) -> None:
    user = server.user(1020)
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(user.chat_id, text, parse_mode="HTML")
    assert reason in caught.value.message.lower()
    assert user.replies == []


async def test_callback_data_over_64_bytes_is_rejected(server: SandboxServer, bot: Bot) -> None:
    user = server.user(1021)

    def keyboard(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data=data)]])

    await bot.send_message(user.chat_id, "ok", reply_markup=keyboard("a" * 64))
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(user.chat_id, "no", reply_markup=keyboard("a" * 65))
    assert [m.text for m in user.replies] == ["ok"]


async def test_unknown_chat_is_not_found(server: SandboxServer, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999_999, "halo")


async def test_injected_flood_error_surfaces_as_retry_after(
    server: SandboxServer, bot: Bot
) -> None:
    user = server.user(1030)
    server.inject(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 7",
        retry_after=7,
        chat_id=user.chat_id,
    )
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(user.chat_id, "satu")
    assert _seconds(caught.value) == 7
    await bot.send_message(user.chat_id, "dua")  # times=1: the next call goes through
    assert [m.text for m in user.replies] == ["dua"]


async def test_blocked_user_is_forbidden(server: SandboxServer, bot: Bot) -> None:
    user = server.user(1031)
    server.block(user.chat_id)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(user.chat_id, "halo")
    server.unblock(user.chat_id)
    await bot.send_message(user.chat_id, "halo lagi")


async def test_migrated_group_points_to_the_supergroup(server: SandboxServer, bot: Bot) -> None:
    group = server.user(1032, chat_type="group", chat_id=-4001, title="Kantor")
    server.migrate(group.chat_id, -1004001)
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(group.chat_id, "halo")
    assert caught.value.new_chat_id == -1004001
    sent = await bot.send_message(caught.value.new_chat_id, "halo")
    assert sent.chat.type == "supergroup"
    assert sent.chat.title == "Kantor"


async def test_rate_limit_answers_429_then_recovers(server: SandboxServer, bot: Bot) -> None:
    user = server.user(1033)
    server.rate_limit(2)
    await bot.send_message(user.chat_id, "1")
    await bot.send_message(user.chat_id, "2")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(user.chat_id, "3")
    assert _seconds(caught.value) >= 1
    server.rate_limit(None)
    await bot.send_message(user.chat_id, "4")
    assert [m.text for m in user.replies] == ["1", "2", "4"]


async def test_user_document_is_downloadable_by_the_bot(
    server: SandboxServer,
    app: Application,
) -> None:
    admin = server.user(1040)
    content = SEED.read_bytes()
    await admin.send_document("artikel.txt", content, "text/plain", caption="/push")
    reply = await admin.wait_reply()
    first_line = content.decode("utf-8").splitlines()[0]
    assert reply.text == f"{len(content)} bytes; {first_line}"


async def test_button_press_reaches_the_bot_and_is_answered(
    server: SandboxServer,
    app: Application,
) -> None:
    user = server.user(1050)
    await user.send("/start")
    menu = await user.wait_reply()
    query_id = await user.press(menu.message_id, "page:2")
    answer = await user.wait_callback_answer(query_id)
    assert answer.text == "Halaman 2"
    edited = await user.wait_edit(menu.message_id)
    assert edited.text == "Halaman 2"
    assert edited.buttons == ()  # an edit without reply_markup drops the keyboard
    with pytest.raises(ValueError, match="no button"):
        await user.press(menu.message_id, "page:2")


async def test_editing_to_identical_content_is_not_modified(
    server: SandboxServer, bot: Bot
) -> None:
    user = server.user(1051)
    sent = await bot.send_message(user.chat_id, "<b>sama</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("<b>sama</b>", user.chat_id, sent.message_id, parse_mode="HTML")
    edited = await bot.edit_message_text(
        "<i>beda</i>", user.chat_id, sent.message_id, parse_mode="HTML"
    )
    assert edited.text == "beda"  # type: ignore[union-attr]
    assert (await user.wait_edit(sent.message_id)).html == "<i>beda</i>"


async def test_commands_are_stored_per_scope_and_language(server: SandboxServer, bot: Bot) -> None:
    user = server.user(1060)
    await bot.set_my_commands([BotCommand("start", "Mulai")], language_code="id")
    await bot.set_my_commands(
        [BotCommand("stats", "Statistik")], scope=BotCommandScopeChat(user.chat_id)
    )
    assert [c.command for c in await bot.get_my_commands(language_code="id")] == ["start"]
    assert await bot.get_my_commands() == ()
    scoped = await bot.get_my_commands(scope=BotCommandScopeChat(user.chat_id))
    assert [c.command for c in scoped] == ["stats"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


async def test_every_parameter_encoding_is_understood(server: SandboxServer) -> None:
    user = server.user(1070)
    markup = {"inline_keyboard": [[{"text": "Buka", "url": "https://kabar.id"}]]}
    async with httpx.AsyncClient(base_url=f"{server.url}/bot9:XYZ") as http:
        as_json = await http.post(
            "/sendMessage", json={"chat_id": user.chat_id, "text": "json", "reply_markup": markup}
        )
        as_multipart = await http.post(
            "/sendMessage",
            data={
                "chat_id": str(user.chat_id),
                "text": "multipart",
                "reply_markup": json.dumps(markup),
            },
            files={"thumbnail": ("a.txt", b"unused")},
        )
        as_query = await http.get("/sendMessage", params={"chat_id": user.chat_id, "text": "query"})
    for response in (as_json, as_multipart, as_query):
        assert response.status_code == 200, response.text
    assert as_json.json()["result"]["reply_markup"] == markup
    assert as_multipart.json()["result"]["reply_markup"] == markup
    assert [m.text for m in user.replies] == ["json", "multipart", "query"]
    assert [r.params["chat_id"] for r in server.calls("sendMessage")] == [1070, "1070", "1070"]
    assert server.tokens == {"9:XYZ"}


async def test_bad_requests_get_telegram_errors_not_crashes(server: SandboxServer) -> None:
    user = server.user(1071)
    async with httpx.AsyncClient(base_url=f"{server.url}/bot9:XYZ") as http:
        unknown = await http.post("/sendPigeon", data={"chat_id": "1"})
        broken_body = await http.post(
            "/sendMessage", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        broken_markup = await http.post(
            "/sendMessage", data={"chat_id": str(user.chat_id), "text": "x", "reply_markup": "{"}
        )
        no_chat = await http.post("/sendMessage", data={"text": "x"})
        bad_entities = await http.post(
            "/sendMessage", json={"chat_id": user.chat_id, "text": "x", "entities": [1]}
        )
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    for response in (broken_body, broken_markup, no_chat, bad_entities):
        assert response.status_code == 400
        assert response.json()["description"].startswith("Bad Request: ")
    assert no_chat.json()["description"] == "Bad Request: chat_id is empty"
    assert bad_entities.json()["description"] == "Bad Request: can't parse entities JSON object"


async def test_a_second_poller_terminates_the_first(server: SandboxServer, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=3))
    await asyncio.sleep(0.1)
    # A second bot process polling with the same token: PTB's own pool would queue the call.
    async with httpx.AsyncClient(base_url=f"{server.url}/bot{bot.token}") as other:
        second = await other.post("/getUpdates", data={"timeout": "0"})
    assert second.json() == {"ok": True, "result": []}
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_slow_server_times_out_yet_the_message_was_sent(
    server: SandboxServer, bot: Bot
) -> None:
    user = server.user(1072)
    server.delay("sendMessage", 0.5)
    with pytest.raises(TimedOut):
        await bot.send_message(user.chat_id, "lambat", read_timeout=0.1)
    # As on Telegram, a timed-out send may still land: retrying blindly duplicates it.
    reply = await user.wait_reply(timeout=2)
    assert reply.text == "lambat"


async def test_replies_quote_the_earlier_message_both_ways(server: SandboxServer, bot: Bot) -> None:
    user = server.user(1080)
    digest = await bot.send_message(user.chat_id, "Digest pagi")
    await user.reply(digest.message_id, "/push")
    (update,) = await bot.get_updates()
    assert update.message is not None and update.message.reply_to_message is not None
    assert update.message.reply_to_message.text == "Digest pagi"
    assert update.message.reply_to_message.from_user.id == bot.id  # type: ignore[union-attr]
    answer = await bot.send_message(
        user.chat_id, "diterima", reply_to_message_id=update.message.message_id
    )
    assert answer.reply_to_message is not None and answer.reply_to_message.text == "/push"
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(user.chat_id, "x", reply_to_message_id=999)
