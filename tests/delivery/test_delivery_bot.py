"""The delivery bot's HTTP client never puts the token in an error."""

from __future__ import annotations

import pytest
from aiohttp import web
from telegram.error import NetworkError

from bot.services.delivery_bot import build_delivery_bot

SECRET = "123456:AAH-very-secret-token_value"


async def test_a_failing_request_names_no_token(unused_tcp_port: int) -> None:
    # A redirect loop makes aiohttp raise TooManyRedirects, whose text quotes the URL.
    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound(str(request.rel_url))

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", loop)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", unused_tcp_port).start()
    try:
        bot = build_delivery_bot(
            SECRET, api_url=f"http://127.0.0.1:{unused_tcp_port}", send_rate=10
        )
        async with bot:
            pass
    except NetworkError as error:
        message = str(error)
    else:
        pytest.fail("a redirect loop must fail")
    finally:
        await runner.cleanup()
    assert "TooManyRedirects" in message
    assert "/bot<token>/" in message
    assert SECRET not in message and "very-secret" not in message
