"""/schedule, /time with one or two times, /silent: replies in both languages, bad input."""

from __future__ import annotations

from bot.sandbox.client import SandboxUser
from tests.bot.conftest import Kabar


async def _answer(user: SandboxUser, command: str) -> str:
    await user.send(command)
    return (await user.wait_reply()).text


async def test_schedule_and_times_in_english(kabar: Kabar) -> None:
    user = kabar.user(1401, language_code="en")
    assert "/start" in await _answer(user, "/schedule twice")
    await _answer(user, "/start")
    current = await _answer(user, "/schedule")
    assert "every day at 07:00" in current and "/schedule weekly DAY" in current
    assert "every day at 07:00 and 19:00" in await _answer(user, "/schedule twice")
    # Two times, in any order, are the two digests of the day.
    assert "every day at 06:30 and 18:00" in await _answer(user, "/time 18:00 6.30")
    assert "Monday to Friday at 06:30" in await _answer(user, "/schedule weekdays")
    assert "every Sunday at 06:30" in await _answer(user, "/schedule weekly minggu")
    assert "every day at 06:30" in await _answer(user, "/schedule daily")
    # Two times make a daily reader's digest come twice.
    assert "every day at 07:00 and 21:00" in await _answer(user, "/time 07:00 21:00")
    for bad in ("/schedule hourly", "/schedule weekly", "/schedule weekly someday"):
        assert "/schedule daily" in await _answer(user, bad)
    for bad in ("/time", "/time 25:00", "/time 07:00 19:00 21:00", "/time 7 pagi"):
        assert "HH:MM" in await _answer(user, bad)
    assert "the same" in await _answer(user, "/time 07:00 7.00")


async def test_schedule_and_silent_in_indonesian(kabar: Kabar) -> None:
    user = kabar.user(1402, language_code="id")
    await _answer(user, "/start")
    assert "setiap hari Senin pukul 07:00" in await _answer(user, "/schedule weekly senin")
    assert "tanpa bunyi" in await _answer(user, "/silent on")
    assert "dengan bunyi" in await _answer(user, "/silent off")
    assert "/silent on" in await _answer(user, "/silent maybe")
    # The timezone reply keeps the rhythm.
    assert "setiap hari Senin pukul 07:00" in await _answer(user, "/timezone WITA")


async def test_alerts_on_and_off_in_both_languages(kabar: Kabar) -> None:
    user = kabar.user(1403, language_code="en")
    assert "/start" in await _answer(user, "/alerts on")
    await _answer(user, "/start")
    assert "Breaking alerts are on" in await _answer(user, "/alerts ON")
    assert "/alerts on" in await _answer(user, "/alerts")
    await _answer(user, "/language id")
    assert "Kabar kilat dimatikan" in await _answer(user, "/alerts off")
