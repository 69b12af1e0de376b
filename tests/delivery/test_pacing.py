"""KabarRateLimiter: the global budget, per-chat limits and 429 handling, on a real event loop."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.pacing import GROUP_CHAT_LIMIT, PRIVATE_CHAT_LIMIT, KabarRateLimiter, PacingArgs


class Recorder:
    """A stand-in for PTB's request callback that notes when each request went out."""

    def __init__(self, failures: int = 0, retry_after: float = 0.2) -> None:
        self.times: list[tuple[float, Any]] = []
        self.failures = failures
        self.retry_after = retry_after

    async def __call__(self, tag: Any) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        if self.failures > 0:
            self.failures -= 1
            raise RetryAfter(timedelta(seconds=self.retry_after))
        self.times.append((loop.time(), tag))
        return {"ok": tag}


async def _send(
    limiter: KabarRateLimiter,
    recorder: Recorder,
    chat_id: int | str,
    tag: Any,
    endpoint: str = "sendMessage",
    args: PacingArgs | None = None,
) -> Any:
    return await limiter.process_request(
        recorder, (tag,), {}, endpoint, {"chat_id": chat_id, "text": "x"}, args
    )


async def test_global_budget_spaces_messages_across_chats() -> None:
    limiter = KabarRateLimiter(100)
    recorder = Recorder()
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(_send(limiter, recorder, chat, chat) for chat in range(1, 51)))
    elapsed = asyncio.get_running_loop().time() - start
    # 50 messages at 100/s: the 50th may go 0.49 s after the first, not sooner.
    assert 0.47 <= elapsed < 0.9
    assert len(recorder.times) == 50


async def test_one_message_per_second_to_one_private_chat_in_order() -> None:
    limiter = KabarRateLimiter(1000)
    recorder = Recorder()
    await asyncio.gather(*(_send(limiter, recorder, 42, part) for part in range(3)))
    assert [tag for _, tag in recorder.times] == [0, 1, 2]
    first, second, third = (moment for moment, _ in recorder.times)
    assert second - first >= 0.99 and third - second >= 0.99


async def test_other_chats_are_not_held_up_by_a_busy_chat() -> None:
    limiter = KabarRateLimiter(1000)
    recorder = Recorder()
    start = asyncio.get_running_loop().time()
    busy = asyncio.gather(*(_send(limiter, recorder, 7, f"busy{i}") for i in range(2)))
    await asyncio.sleep(0)
    await _send(limiter, recorder, 8, "other")
    assert asyncio.get_running_loop().time() - start < 0.2
    await busy


async def test_group_limit_allows_a_burst_then_waits_for_the_window() -> None:
    assert PRIVATE_CHAT_LIMIT == (1, 1.0) and GROUP_CHAT_LIMIT == (20, 60.0)
    limiter = KabarRateLimiter(1000)
    # The group window is Telegram's 20 per minute; shrink only the window for speed.
    recorder = Recorder()
    window = limiter._window(-100, asyncio.get_running_loop().time())
    window.window = 0.5
    await asyncio.gather(*(_send(limiter, recorder, -100, i) for i in range(21)))
    moments = [moment for moment, _ in recorder.times]
    assert moments[19] - moments[0] < 0.2  # twenty go out at once
    assert moments[20] - moments[0] >= 0.49  # the 21st waits for the first to age out


async def test_non_message_methods_are_not_paced() -> None:
    limiter = KabarRateLimiter(1)
    recorder = Recorder()
    start = asyncio.get_running_loop().time()
    for method in ("getUpdates", "getMe", "answerCallbackQuery", "sendChatAction"):
        for _ in range(5):
            await _send(limiter, recorder, 5, method, endpoint=method)
    assert asyncio.get_running_loop().time() - start < 0.1
    assert len(recorder.times) == 20


async def test_429_waits_retries_the_same_request_and_slows_down() -> None:
    limiter = KabarRateLimiter(50, recovery_seconds=1.5)
    recorder = Recorder(failures=2, retry_after=0.3)
    hooks: list[float] = []

    async def before_send() -> None:
        hooks.append(asyncio.get_running_loop().time())

    start = asyncio.get_running_loop().time()
    result = await _send(limiter, recorder, 9, "digest", args=PacingArgs(before_send))
    assert result == {"ok": "digest"}
    assert len(recorder.times) == 1 and len(hooks) == 3  # the hook runs before every attempt
    assert recorder.times[0][0] - start >= 0.6  # waited retry_after twice
    assert limiter.current_rate() < 50
    await asyncio.sleep(1.5)
    assert limiter.current_rate() == 50  # recovered


async def test_429_gives_up_after_bounded_retries() -> None:
    limiter = KabarRateLimiter(1000, max_retries=2)
    recorder = Recorder(failures=10, retry_after=0.01)
    with pytest.raises(RetryAfter):
        await _send(limiter, recorder, 11, "never")
    assert recorder.failures == 7  # three attempts, then the error reaches the caller


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="send_rate"):
        KabarRateLimiter(0)
