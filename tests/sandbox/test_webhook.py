"""Webhook mode: the sandbox POSTs updates to the bot instead of queueing them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import Conflict

from bot.sandbox.server import SandboxServer


class Receiver:
    """A local webhook endpoint that records what it is sent and can fail on purpose."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, Any], str | None]] = []
        self.failures_left = 0
        self.arrived = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        """Record the update, or answer 500 while failures are left."""
        if self.failures_left:
            self.failures_left -= 1
            return web.Response(status=500)
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        self.received.append((await request.json(), secret))
        self.arrived.set()
        return web.Response()

    async def wait(self, count: int) -> None:
        """Wait until count updates have arrived."""
        async with asyncio.timeout(5):
            while len(self.received) < count:
                self.arrived.clear()
                await self.arrived.wait()


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    """A running receiver and its URL."""
    hook = Receiver()
    app = web.Application()
    app.router.add_post("/hook", hook.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield hook, f"http://127.0.0.1:{port}/hook"
    await runner.cleanup()


async def test_webhook_receives_updates_with_the_secret_header(
    server: SandboxServer, bot: Bot, receiver: tuple[Receiver, str]
) -> None:
    hook, url = receiver
    user = server.user(2001)
    await bot.set_webhook(url, secret_token="rahasia-123")
    await user.send("/start")
    await user.send("halo")
    await hook.wait(2)
    assert [(u["message"]["text"], secret) for u, secret in hook.received] == [
        ("/start", "rahasia-123"),
        ("halo", "rahasia-123"),
    ]
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == (url, 0)
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()


async def test_failed_delivery_is_retried_and_reported(
    server: SandboxServer, bot: Bot, receiver: tuple[Receiver, str]
) -> None:
    hook, url = receiver
    hook.failures_left = 2
    user = server.user(2002)
    await bot.set_webhook(url)
    update_id = await user.send("coba lagi")
    await hook.wait(1)
    assert hook.received[0][0]["update_id"] == update_id
    assert hook.received[0][1] is None  # no secret set, no header
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"


async def test_deleting_the_webhook_returns_to_polling(server: SandboxServer, bot: Bot) -> None:
    user = server.user(2003)
    await bot.set_webhook("http://127.0.0.1:9/unreachable")
    await user.send("tertunda")
    hook = server.state.webhook
    assert hook is not None
    assert await server.state.wait_for(lambda: hook.last_error_message, 5)
    info = await bot.get_webhook_info()
    assert (info.last_error_message or "").startswith("Connection failed")
    assert info.pending_update_count == 1
    await bot.delete_webhook()
    assert [u.message.text for u in await bot.get_updates() if u.message] == ["tertunda"]
