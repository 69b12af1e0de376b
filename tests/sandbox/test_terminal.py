"""The terminal chat: typing, reading rendered replies, pressing buttons by label."""

from __future__ import annotations

import asyncio
import io
import os

from telegram.ext import Application

from bot.sandbox.server import SandboxServer
from bot.sandbox.terminal import render_html, run_terminal_chat


def test_html_renders_as_terminal_text() -> None:
    html = 'Baca <b>ini</b>: <a href="https://kabar.id/1">Putin &amp; Rusia</a>'
    assert render_html(html) == "Baca ini: Putin & Rusia (https://kabar.id/1)"
    assert render_html(html, color=True).startswith("Baca \033[1mini\033[22m")


async def _until(output: io.StringIO, needle: str) -> None:
    # The terminal writes to a plain StringIO, which has no event to wait on.
    async with asyncio.timeout(5):
        while needle not in output.getvalue():  # noqa: ASYNC110
            await asyncio.sleep(0.02)


async def test_terminal_chat_round_trip(
    server: SandboxServer,
    app: Application,
) -> None:
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "r", encoding="utf-8")
    output = io.StringIO()

    def type_line(line: str) -> None:
        os.write(write_end, f"{line}\n".encode())

    chat = asyncio.create_task(
        run_terminal_chat(
            server, user_id=3001, admin_id=3002, language_code="id", stdin=stdin, stdout=output
        )
    )
    try:
        type_line("/start")
        await _until(output, "[Next ›]")
        assert "kabar › Halo You!" in output.getvalue()
        assert "\033[" not in output.getvalue()  # not a tty: no escape codes
        type_line("[next]")
        await _until(output, "kabar (edited) › Halaman 2")
        await _until(output, "kabar ⓘ Halaman 2")
        type_line("/admin")
        type_line("/whoami")
        await _until(output, "(to admin) kabar › id 3002")
        type_line("/user")
        type_line("/whoami")
        await _until(output, "kabar › id 3001")
        type_line("/quit")
        async with asyncio.timeout(5):
            await chat
    finally:
        chat.cancel()
        os.close(write_end)
        stdin.close()


async def test_terminal_chat_ends_at_end_of_input(server: SandboxServer) -> None:
    output = io.StringIO()
    async with asyncio.timeout(5):
        await run_terminal_chat(
            server,
            user_id=3003,
            admin_id=3004,
            language_code="en",
            stdin=io.StringIO("halo\n"),
            stdout=output,
        )
    assert "you are chatting as user 3003" in output.getvalue()
    (request,) = [r for r in server.state.pending if "message" in r]
    assert request["message"]["text"] == "halo"
    assert request["message"]["from"]["language_code"] == "en"
