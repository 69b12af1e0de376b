"""The send budget of one bot token, kept in the database so every process shares it.

Telegram limits a token, not a process: the bot's own delivery pass, `kabar deliver` from
cron and other machines all draw send slots from one row. A process reserves a few slots
at a time (`reserve`), which moves the row's next free moment on by their length at the
token's rate; a 429 one process sees holds every process back (`pause`). Times are Unix
seconds, so processes on several machines agree as far as their clocks do.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.search_index import dialect_name


def budget_key(token: str) -> str:
    """The row of a token: a hash of the bot's id (never the token or its secret half)."""
    bot_id = token.partition(":")[0]
    return hashlib.sha256(f"kabar-send-budget:{bot_id}".encode()).hexdigest()[:32]


class SendBudgetStore:
    """Reserves send slots for one token; each call is one short transaction."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], key: str) -> None:
        self.sessions = sessions
        self.key = key

    async def _ensure_row(self, session: AsyncSession) -> None:
        await session.execute(
            text(
                "INSERT INTO send_budget (key, next_at, paused_until) VALUES (:key, 0, 0) "
                "ON CONFLICT (key) DO NOTHING"
            ),
            {"key": self.key},
        )

    async def reserve(self, count: int, rate: float, now: float) -> float:
        """Reserve `count` slots `1 / rate` apart; return when the first one starts."""
        span = count / rate
        async with self.sessions.begin() as session:
            await self._ensure_row(session)
            greatest = "max" if dialect_name(session) == "sqlite" else "GREATEST"
            start = await session.scalar(
                text(
                    f"UPDATE send_budget SET next_at = {greatest}(next_at, :now, paused_until)"
                    " + :span WHERE key = :key RETURNING next_at - :span"
                ),
                {"key": self.key, "now": now, "span": span},
            )
        return float(start if start is not None else now)

    async def pause(self, until: float) -> None:
        """Hold every sender of this token back until `until` (Telegram said: too fast)."""
        async with self.sessions.begin() as session:
            await self._ensure_row(session)
            greatest = "max" if dialect_name(session) == "sqlite" else "GREATEST"
            await session.execute(
                text(
                    f"UPDATE send_budget SET paused_until = {greatest}(paused_until, :until)"
                    " WHERE key = :key"
                ),
                {"key": self.key, "until": until},
            )
