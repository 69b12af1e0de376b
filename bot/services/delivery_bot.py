"""The HTTP side of delivery passes: a bot on aiohttp, paced, with a connection per worker.

The application's own bot (long polling, replies) stays on PTB's httpx client; a delivery
pass run by `kabar deliver` sends thousands of messages and needs the cheaper client.
"""

from __future__ import annotations

import re

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData

from bot.pacing import KabarRateLimiter, PacingArgs
from bot.services.delivery import delivery_workers

# The token is a path segment of every Bot API URL (`/bot<token>/sendMessage`), and some
# aiohttp errors quote the URL they failed on.
_TOKEN_IN_URL = re.compile(r"/bot[^/\s'\"]+")


class AiohttpRequest(BaseRequest):
    """PTB's HTTP layer on aiohttp, sending the same form-encoded requests as HTTPXRequest.

    httpx costs 1.5-3.5 ms of CPU per Bot API call here (httpcore scans every pooled
    connection on each request and answer), which alone kept a paced bot under 400
    messages/s; aiohttp takes about 0.5 ms, whatever the pool size. Text only: delivery
    never uploads files.
    """

    def __init__(
        self,
        *,
        pool_size: int,
        read_timeout: float | None,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 30.0,
    ) -> None:
        self._pool_size = pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default seconds to wait for Telegram's answer."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the connection pool."""
        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the connection pool."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; PTB turns the status and body into a result or an error."""
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        if request_data is not None and request_data.contains_files:
            raise RuntimeError("AiohttpRequest sends text only; upload files with HTTPXRequest")
        # aiohttp has no write timeout; a message goes out in one small write anyway.
        timeout = aiohttp.ClientTimeout(
            connect=_or_default(pool_timeout, self._pool_timeout),
            sock_connect=_or_default(connect_timeout, self._connect_timeout),
            sock_read=_or_default(read_timeout, self._read_timeout),
        )
        body = request_data.url_encoded_parameters() if request_data else None
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else None
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            detail = _TOKEN_IN_URL.sub("/bot<token>", str(exc))
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {detail}") from exc


def _or_default(value: object, default: float | None) -> float | None:
    # PTB passes DEFAULT_NONE for "as the request was built", and None for "no limit".
    if isinstance(value, int | float):
        return float(value)
    return None if value is None else default


def build_delivery_bot(
    token: str,
    *,
    api_url: str,
    send_rate: float,
    pool_size: int | None = None,
    read_timeout: float = 10.0,
) -> ExtBot[PacingArgs]:
    """A bot for delivery passes: paced by KabarRateLimiter, with a connection per worker."""
    pool_size = pool_size or delivery_workers(send_rate)
    return ExtBot(
        token,
        base_url=f"{api_url.rstrip('/')}/bot",
        base_file_url=f"{api_url.rstrip('/')}/file/bot",
        request=AiohttpRequest(pool_size=pool_size, read_timeout=read_timeout),
        rate_limiter=KabarRateLimiter(send_rate, max_in_flight=pool_size),
    )
