"""A SQLite connection whose BEGIN was given up on still takes the next transaction."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import text

from storage.db import create_engine


async def test_a_write_cancelled_while_it_waits_for_the_lock_leaves_its_connection_usable(
    tmp_path: Path,
) -> None:
    # A delivery pass keeps one connection out of the pool for its transactions. At its end
    # it cancels its lease renewal, which may be waiting in BEGIN IMMEDIATE for another
    # pass's write lock; SQLite still begins that transaction once the lock frees, after
    # SQLAlchemy has given up on it. The pass's last flush on the connection must not fail
    # for it (CI saw "cannot start a transaction within a transaction" there, once).
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE sent (chat INTEGER)"))
    kept = await engine.connect()
    other_pass = await engine.connect()
    try:
        await other_pass.begin()
        await other_pass.execute(text("INSERT INTO sent VALUES (1)"))

        async def write(chat: int) -> None:
            async with kept.begin():
                await kept.execute(text("INSERT INTO sent VALUES (:chat)"), {"chat": chat})

        waiting = asyncio.create_task(write(2))
        await asyncio.sleep(0.2)  # it waits on the other pass's lock (busy_timeout: 5 s)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        await other_pass.commit()
        await asyncio.sleep(0.2)  # the BEGIN given up on runs now, in the driver's thread

        await write(3)
    finally:
        await kept.close()
        await other_pass.close()
    async with engine.connect() as connection:
        rows = (await connection.execute(text("SELECT chat FROM sent ORDER BY chat"))).all()
    await engine.dispose()
    assert [chat for (chat,) in rows] == [1, 3]
