"""In a group, only its administrators change the group's settings; reading stays open."""

from __future__ import annotations

from sqlalchemy import select

from bot.sandbox.client import SandboxUser
from storage.db import create_engine, create_sessionmaker
from storage.models import Subscriber
from tests.bot.conftest import Kabar

GROUP = -1001999000111


async def _answer(user: SandboxUser, command: str) -> str:
    await user.send(command)
    return (await user.wait_reply()).text


async def _group_row(kabar: Kabar) -> Subscriber | None:
    engine = create_engine(kabar.settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return await session.scalar(select(Subscriber).where(Subscriber.chat_id == GROUP))
    finally:
        await engine.dispose()


def _in_group(kabar: Kabar, user_id: int, status: str, language: str = "en") -> SandboxUser:
    return kabar.user(
        user_id,
        language_code=language,
        chat_type="supergroup",
        chat_id=GROUP,
        title="Redaksi",
        status=status,
    )


async def test_only_admins_change_a_groups_settings(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    member = _in_group(kabar, 4101, "member")
    admin = _in_group(kabar, 4102, "administrator")
    owner = _in_group(kabar, 4103, "creator", language="id")

    assert "administrators" in await _answer(member, "/start")
    assert await _group_row(kabar) is None
    assert "Hi" in await _answer(admin, "/start")
    for command in ("/time 09:00", "/stop", "/mute putin", "/subscribe Rusia", "/schedule twice"):
        assert "Only this group's administrators" in await _answer(member, command)
    row = await _group_row(kabar)
    assert row is not None
    assert (row.digest_time, row.paused, row.schedule) == ("07:00", False, "daily")
    # Reading is open to everyone.
    assert "Vladimir Putin Sebut" in await _answer(member, "/search putin")
    assert "/search" in await _answer(member, "/help")
    # The creator (here in Indonesian) and administrators may.
    assert "09:00" in await _answer(owner, "/time 09:00")
    assert "09:00 and 21:00" in await _answer(admin, "/schedule twice")
    row = await _group_row(kabar)
    assert row is not None and (row.digest_time, row.schedule) == ("09:00", "twice")


async def test_the_answer_is_kept_briefly_and_buttons_are_guarded_too(kabar: Kabar) -> None:
    member = _in_group(kabar, 4201, "member", language="id")
    for _ in range(3):
        assert "Hanya admin" in await _answer(member, "/stop")
    asked = [c for c in kabar.server.calls("getChatMember") if c.params.get("user_id") == "4201"]
    assert len(asked) == 1, asked
    admin = _in_group(kabar, 4202, "administrator")
    await _answer(admin, "/start")
    await _answer(admin, "/mute putin")
    await admin.send("/unmute")
    buttons = await admin.wait_reply()
    query = await member.press(buttons.message_id, "unm:putin")
    answer = await member.wait_callback_answer(query)
    # The group now speaks the language its admin registered it in.
    assert answer.show_alert and "Only this group's administrators" in (answer.text or "")
    assert "putin" in await _answer(admin, "/mytopics")
