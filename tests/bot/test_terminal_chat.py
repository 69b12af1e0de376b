"""`make run` without a token: the terminal chat does what Telegram can — a pasted article
is one message, files go as documents, replies quote, buttons are pressed by label."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.sandbox.terminal import run_terminal_chat
from tests.bot.conftest import ADMIN_ID, Kabar

Typist = tuple[Callable[[str], None], io.StringIO]


async def _until(output: io.StringIO, needle: str) -> None:
    async with asyncio.timeout(10):
        while needle not in output.getvalue():  # noqa: ASYNC110
            await asyncio.sleep(0.02)


@pytest.fixture
async def terminal(kabar: Kabar) -> AsyncIterator[Typist]:
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "r", encoding="utf-8")
    output = io.StringIO()

    def type_line(line: str) -> None:
        os.write(write_end, f"{line}\n".encode())

    chat = asyncio.create_task(
        run_terminal_chat(
            kabar.server,
            user_id=7001,
            admin_id=ADMIN_ID,
            language_code="en",
            stdin=stdin,
            stdout=output,
        )
    )
    try:
        yield type_line, output
    finally:
        chat.cancel()
        os.close(write_end)
        stdin.close()


async def test_a_pasted_article_is_one_message_and_a_reply_pushes_it(
    terminal: Typist, seed_text: str
) -> None:
    type_line, output = terminal
    type_line("/admin")
    type_line('"""')
    for line in seed_text.splitlines():
        type_line(line)
    type_line('"""')
    await _until(output, "(sent as message")
    number = output.getvalue().split("(sent as message ", 1)[1].split(":", 1)[0]
    type_line(f"/reply {number} /push")
    await _until(output, "Stored as #")


async def test_bracketed_paste_is_one_message(kabar: Kabar, terminal: Typist) -> None:
    type_line, output = terminal
    type_line("\033[200~first line")
    type_line("second line\033[201~")
    await _until(output, "(sent as message")
    chat = kabar.server.state.chats[7001]
    typed = [m["text"] for m in chat.messages.values() if m.get("from", {}).get("id") == 7001]
    assert typed == ["first line\nsecond line"]


async def test_a_file_goes_as_a_document_with_its_caption(
    terminal: Typist, tmp_path: Path, seed_text: str
) -> None:
    type_line, output = terminal
    article = tmp_path / "berita putin.txt"
    article.write_text(seed_text, encoding="utf-8")
    type_line("/admin")
    type_line(f'/file "{article}" /push')
    await _until(output, "Stored as #")
    type_line(f"/file {tmp_path / 'missing.txt'}")
    await _until(output, "cannot read")


async def test_numbers_are_text_and_buttons_are_pressed_by_label(
    kabar: Kabar, terminal: Typist, seed_text: str
) -> None:
    await kabar.ingest(seed_text)
    type_line, output = terminal
    type_line("2022")  # a search, not a button
    await _until(output, "kabar › ")
    assert "2022" in output.getvalue().split("kabar › ", 1)[1]
    type_line("/start")
    type_line("/digest")
    await _until(output, "[📖 Read #")
    type_line("[📖 read]")
    # The button opened the whole story: its paragraphs follow its card.
    await _until(output, "MOSKOW")
    type_line("[nothing like this]")
    await _until(output, "no single button")
