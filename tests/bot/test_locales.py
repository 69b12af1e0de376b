"""Every language is one file under digest/locales/, complete, and the menu and /help agree."""

from __future__ import annotations

import asyncio
import json
import string

import pytest

from digest.locales import LANGUAGES, LOCALES, locale
from tests.bot.conftest import Kabar


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_kabar_speaks_every_language_file_and_indonesian_first() -> None:
    assert LANGUAGES[0] == "id"
    assert set(LANGUAGES) == set(LOCALES) >= {"id", "en"}


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_every_language_has_every_text_with_the_same_placeholders(code: str) -> None:
    english, other = LOCALES["en"], LOCALES[code]
    assert set(other.texts) == set(english.texts)
    for key, template in english.texts.items():
        assert _placeholders(other.texts[key]) == _placeholders(template), key
    assert set(other.problems) == set(english.problems)
    for key, template in english.problems.items():
        assert _placeholders(other.problems[key]) == _placeholders(template), key
    assert set(other.nouns) == set(english.nouns)
    assert set(other.labels) == set(english.labels)
    assert len(other.days) == 7 and len(other.months) == 12
    assert [c[0] for c in other.commands] == [c[0] for c in english.commands]
    assert [c[0] for c in other.admin_commands] == [c[0] for c in english.admin_commands]


def test_an_unknown_language_reads_english() -> None:
    assert locale("fr") is LOCALES["en"]
    assert locale("id-ID") is LOCALES["id"]


async def _menu(kabar: Kabar, language: str) -> list[dict[str, str]]:
    key = (json.dumps({"type": "default"}, sort_keys=True), language)
    for _ in range(100):
        if key in kabar.server.state.commands:
            return kabar.server.state.commands[key]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no command menu was set for {language!r}")


@pytest.mark.parametrize("language", ["id", "en"])
async def test_help_lists_exactly_the_menu_of_its_language(kabar: Kabar, language: str) -> None:
    menu = await _menu(kabar, language)
    user = kabar.user(1200, language_code=language)
    await user.send("/help")
    text = (await user.wait_reply()).text
    listed = [line.split()[0] for line in text.splitlines() if line.startswith("/")]
    assert listed == [f"/{entry['command']}" for entry in menu]
    descriptions = [entry["description"].lower() for entry in menu]
    assert all(d in text.lower() for d in descriptions)
    # The two languages' menus describe the same commands in their own words.
    other = await _menu(kabar, "en" if language == "id" else "id")
    assert [e["command"] for e in other] == [e["command"] for e in menu]
    assert [e["description"] for e in other] != [e["description"] for e in menu]


async def test_language_usage_offers_every_language(kabar: Kabar) -> None:
    user = kabar.user(1201, language_code="en")
    await user.send("/start")
    await user.wait_reply()
    await user.send("/language xx")
    text = (await user.wait_reply()).text
    assert all(f"/language {code}" in text for code in LANGUAGES)
