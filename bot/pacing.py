"""Outgoing message pacing: one budget per token, Telegram's per-chat limits, 429 back-off.

The budget is the process's own until `share` hands it a database-backed store: then
every process sending for the token draws its slots from one row (storage.send_budget),
a few at a time, and a 429 seen by one holds all of them back for its retry_after.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from telegram.error import RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter

from bot.metrics import MESSAGES_SENT, RETRY_AFTER_SECONDS, SEND_FAILURES, send_failure
from storage.send_budget import SendBudgetStore

log = logging.getLogger(__name__)

# Methods that put a message in a chat; Telegram's flood limits count these and
# nothing else, so getUpdates, answerCallbackQuery, getMe … pass straight through.
_MESSAGE_METHODS = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendAudio",
        "sendVideo",
        "sendVoice",
        "sendAnimation",
        "sendVideoNote",
        "sendSticker",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendInvoice",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
    }
)
# The ones that put a new message in a chat: what kabar_messages_sent_total counts.
_NEW_MESSAGE_METHODS = frozenset(m for m in _MESSAGE_METHODS if not m.startswith("edit"))
PRIVATE_CHAT_LIMIT = (1, 1.0)
GROUP_CHAT_LIMIT = (20, 60.0)

BeforeSend = Callable[[], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class PacingArgs:
    """Per-call options passed as `rate_limit_args`: a hook awaited just before each attempt."""

    before_send: BeforeSend | None = None


def _retry_seconds(exc: RetryAfter) -> float:
    # The public attribute is an int of whole seconds (deprecated); the timedelta is exact.
    value = getattr(exc, "_retry_after", None)
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(exc.retry_after if isinstance(exc.retry_after, int) else 1)


class _GlobalBudget:
    """Hands out send slots at the current rate in call order (a virtual-time scheduler)."""

    def __init__(self, rate: float, backoff: float, recovery_seconds: float) -> None:
        self.rate = rate
        self.backoff = backoff
        self.recovery_seconds = recovery_seconds
        self._next_slot = 0.0
        self._lowered_to = rate
        self._lowered_at = 0.0

    def current_rate(self, now: float) -> float:
        """The rate in effect at `now`: lowered after a 429, climbing back linearly."""
        if self._lowered_to >= self.rate:
            return self.rate
        climbed = (self.rate - self._lowered_to) * (now - self._lowered_at) / self.recovery_seconds
        rate = self._lowered_to + max(0.0, climbed)
        if rate >= self.rate:
            self._lowered_to = self.rate
            return self.rate
        return rate

    def reserve(self, now: float) -> float:
        """Reserve the next slot and return when it starts."""
        slot = max(now, self._next_slot)
        self._next_slot = slot + 1.0 / self.current_rate(slot)
        return slot

    def slow_down(self, now: float) -> None:
        """Lower the rate after Telegram said we were too fast."""
        floor = self.rate * 0.05
        self._lowered_to = max(floor, self.current_rate(now) * self.backoff)
        self._lowered_at = now


class _ChatWindow:
    """At most `limit` messages in any `window` seconds for one chat, in call order."""

    __slots__ = ("blocked_until", "limit", "sent", "window")

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.sent: deque[float] = deque(maxlen=limit)
        self.blocked_until = 0.0

    def reserve(self, now: float) -> float:
        """Reserve this chat's next free moment and return it."""
        slot = max(now, self.blocked_until)
        if len(self.sent) == self.limit:
            slot = max(slot, self.sent[0] + self.window)
        self.sent.append(slot)
        return slot

    def idle(self, now: float) -> bool:
        """True when forgetting this chat cannot loosen its limit."""
        return now >= self.blocked_until and (not self.sent or self.sent[-1] + self.window <= now)


class KabarRateLimiter(BaseRateLimiter[PacingArgs]):
    """PTB rate limiter: `send_rate` messages/s overall, 1/s per private chat, 20/min per group."""

    def __init__(
        self,
        send_rate: float,
        *,
        max_retries: int = 5,
        backoff: float = 0.7,
        recovery_seconds: float = 3.0,
        max_in_flight: int = 32,
    ) -> None:
        if send_rate <= 0:
            raise ValueError("send_rate must be positive")
        # Past the HTTP pool's size, extra requests only queue inside httpx, whose
        # waiting list degrades badly when long: hold them here, in order, instead.
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self.max_retries = max_retries
        self._budget = _GlobalBudget(send_rate, backoff, recovery_seconds)
        self._chats: dict[int | str, _ChatWindow] = {}
        self._shared: SendBudgetStore | None = None
        # Slots reserved from the shared budget and not used yet (Unix seconds).
        self._granted: deque[float] = deque()
        self._granting = asyncio.Lock()
        self._waiting = 0
        self._last_granted = 0.0
        self._complained = -math.inf
        # A reservation covers at most a quarter second of sending: small enough that
        # several processes interleave fairly and an unused rest wastes little.
        self._block = max(1, math.ceil(send_rate / 4))

    def share(self, store: SendBudgetStore | None) -> None:
        """Draw send slots from a budget every process of this token shares (None: own)."""
        self._shared = store
        self._granted.clear()

    async def initialize(self) -> None:
        """Nothing to set up: all state is in memory."""

    async def shutdown(self) -> None:
        """Forget per-chat history."""
        self._chats.clear()

    def current_rate(self) -> float:
        """The global messages-per-second budget now in effect."""
        return self._budget.current_rate(asyncio.get_running_loop().time())

    def _window(self, chat_id: int | str, now: float) -> _ChatWindow:
        window = self._chats.get(chat_id)
        if window is None:
            if len(self._chats) > 10_000:
                # Bounded memory over a long run: drop chats whose history no longer matters.
                self._chats = {k: w for k, w in self._chats.items() if not w.idle(now)}
            is_group = isinstance(chat_id, str) or chat_id < 0
            window = _ChatWindow(*(GROUP_CHAT_LIMIT if is_group else PRIVATE_CHAT_LIMIT))
            self._chats[chat_id] = window
        return window

    async def _wait_chat(self, chat_id: int | str | None) -> None:
        loop = asyncio.get_running_loop()
        if chat_id is not None:
            await _sleep_until(loop, self._window(chat_id, loop.time()).reserve(loop.time()))

    async def _wait_budget(self) -> None:
        loop = asyncio.get_running_loop()
        if self._shared is not None:
            slot = await self._shared_slot(self._shared)
            if slot is not None:
                await _sleep_until(loop, loop.time() + slot - time.time())
                return
        await _sleep_until(loop, self._budget.reserve(loop.time()))

    async def _shared_slot(self, store: SendBudgetStore) -> float | None:
        """The next slot of the token's shared budget (Unix seconds); None when the
        database cannot be reached, and the process's own budget paces meanwhile."""
        self._waiting += 1
        try:
            async with self._granting:
                if not self._granted:
                    # One block ahead at most: reserving again only as the last one is
                    # used lets every sender's next block queue up in turn (round robin).
                    loop = asyncio.get_running_loop()
                    await _sleep_until(loop, loop.time() + self._last_granted - time.time())
                    count = min(self._block, max(1, self._waiting))
                    # Lowered for a while after a 429 this process got, as when alone.
                    rate = self._budget.current_rate(loop.time())
                    try:
                        start = await store.reserve(count, rate, time.time())
                    except SQLAlchemyError as exc:
                        if time.monotonic() - self._complained > 60:
                            self._complained = time.monotonic()
                            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                            log.warning("shared send budget unavailable, pacing alone: %s", reason)
                        return None
                    self._granted.extend(start + n / rate for n in range(count))
                    self._last_granted = self._granted[-1]
                return self._granted.popleft()
        finally:
            self._waiting -= 1

    async def _pause_everyone(self, pause: float) -> None:
        """After a 429: every process of this token waits out retry_after."""
        self._granted.clear()
        if self._shared is not None:
            try:
                await self._shared.pause(time.time() + pause)
            except SQLAlchemyError as exc:
                log.warning("could not share a 429 pause: %s", exc)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: PacingArgs | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Wait for this message's turn, send it, and retry it after a 429."""
        counted = endpoint in _MESSAGE_METHODS
        new_message = endpoint in _NEW_MESSAGE_METHODS
        chat_id = _chat_key(data.get("chat_id")) if counted else None
        before_send = rate_limit_args.before_send if rate_limit_args else None
        loop = asyncio.get_running_loop()
        for attempt in range(self.max_retries + 1):
            try:
                if counted:
                    await self._wait_chat(chat_id)
                async with self._in_flight:
                    if counted:
                        await self._wait_budget()
                    if before_send is not None:
                        await before_send()
                    try:
                        result = await callback(*args, **kwargs)
                    except TelegramError as exc:
                        if new_message:
                            SEND_FAILURES.labels(send_failure(exc).value).inc()
                        raise
                    if new_message:
                        MESSAGES_SENT.inc()
                    return result
            except RetryAfter as exc:
                pause = _retry_seconds(exc)
                RETRY_AFTER_SECONDS.inc(pause)
                if attempt >= self.max_retries:
                    raise
                now = loop.time()
                self._budget.slow_down(now)
                await self._pause_everyone(pause)
                # The 429 is usually about this chat: it waits out retry_after while other
                # chats go on at the lowered global rate.
                if chat_id is not None:
                    window = self._window(chat_id, now)
                    window.blocked_until = max(window.blocked_until, now + pause)
                else:
                    await asyncio.sleep(pause)
                log.info(
                    "429 on %s: waiting %.1fs, global rate now %.1f/s",
                    endpoint,
                    pause,
                    self._budget.current_rate(now),
                )
        raise AssertionError("unreachable: the last attempt returns or raises")


def _chat_key(chat_id: object) -> int | str | None:
    if isinstance(chat_id, int):
        return chat_id
    if isinstance(chat_id, str):
        return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id
    return None


async def _sleep_until(loop: asyncio.AbstractEventLoop, moment: float) -> None:
    delay = moment - loop.time()
    if delay > 0:
        await asyncio.sleep(delay)
