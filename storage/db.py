"""Engines, session makers and programmatic migrations for SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import await_

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/kabar.db"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SUPPORTED = {"sqlite+aiosqlite", "postgresql+asyncpg"}
# Alembic keeps its running context in module globals: one upgrade at a time per process.
_UPGRADE_LOCK = asyncio.Lock()


def parse_database_url(url: str) -> URL:
    """Return the parsed URL, or raise ValueError naming the supported drivers."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValueError(f"database URL {url!r} is not a valid SQLAlchemy URL") from exc
    if parsed.drivername not in _SUPPORTED:
        raise ValueError(
            f"database URL uses driver {parsed.drivername!r}; kabar supports "
            "sqlite+aiosqlite:///path.db and postgresql+asyncpg://user@host/db"
        )
    return parsed


def create_engine(url: str) -> AsyncEngine:
    """Create an async engine for a sqlite+aiosqlite or postgresql+asyncpg URL."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite":
        return _create_async_engine(parsed, pool_pre_ping=True)
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = _create_async_engine(parsed)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Autocommit at the driver level: SQLAlchemy emits BEGIN itself (below), which
        # makes SAVEPOINTs and transactional DDL behave and lets PRAGMA journal_mode run.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=5000")
        _use_wal(cursor)
        for pragma in ("foreign_keys=ON", "synchronous=NORMAL"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A deferred transaction that reads and then writes fails with SQLITE_BUSY at once
        # when another writer got in between, ignoring busy_timeout; taking the write lock
        # up front makes writers queue instead. Our transactions are short.
        # Sent straight to aiosqlite, one hand-off to its thread instead of SQLAlchemy's three
        # (cursor, execute, close) at ~0.1-0.2 ms each: every transaction starts here.
        driver = aiosqlite_connection(connection.connection)
        try:
            await_(driver.execute_fetchall("BEGIN IMMEDIATE"))
        except sqlite3.OperationalError as exc:
            if "within a transaction" not in str(exc):
                raise
            # A task cancelled while its BEGIN waited for the lock: SQLite began that
            # transaction in the driver's thread after SQLAlchemy had given up on it, so no
            # one wrote in it. A connection kept out of the pool (a delivery pass's) gets no
            # pool reset to end it; end it here.
            await_(driver.execute_fetchall("ROLLBACK"))
            await_(driver.execute_fetchall("BEGIN IMMEDIATE"))


def _use_wal(cursor: Any) -> None:
    """Put the database in WAL mode (once per file; later connections find it so).

    Two processes opening a new database at once both try to switch it, and SQLite answers
    the loser "database is locked" without waiting (busy_timeout does not apply to the
    switch): it tries again for a few seconds instead of failing the process.
    """
    for attempt in range(100):
        try:
            cursor.execute("PRAGMA journal_mode")
            if str(cursor.fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except Exception as exc:  # the driver adapter's OperationalError
            if "database is locked" not in str(exc) or attempt == 99:
                raise
            time.sleep(0.05)


def aiosqlite_connection(pooled: PoolProxiedConnection) -> aiosqlite.Connection:
    """The aiosqlite connection under a pooled SQLite connection, for one-call statements."""
    driver = pooled.driver_connection
    if not isinstance(driver, aiosqlite.Connection):
        raise TypeError(f"expected an aiosqlite connection, got {type(driver).__name__}")
    return driver


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return the session factory services use (objects stay readable after commit)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str | None = None) -> Config:
    """Build the Alembic configuration in code (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@asynccontextmanager
async def migration_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection inside one transaction to migrate with; SQLite's foreign keys off."""
    async with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            # SQLite changes a table by rebuilding it (copy, DROP, rename), and with foreign
            # keys on the DROP would cascade to every row pointing at the table. The pragma
            # only takes effect outside a transaction, so it goes before BEGIN; migrations
            # check the keys themselves before they commit.
            raw = await connection.get_raw_connection()
            await aiosqlite_connection(raw).execute("PRAGMA foreign_keys=OFF")
        async with connection.begin():
            yield connection


async def upgrade(url: str, revision: str = "head") -> None:
    """Apply migrations up to `revision` (head); a no-op when the database is there."""
    engine = create_engine(url)
    config = alembic_config(url)
    try:
        async with _UPGRADE_LOCK, migration_connection(engine) as connection:
            await connection.run_sync(_upgrade_on, config, revision)
    finally:
        await engine.dispose()


def _upgrade_on(connection: Connection, config: Config, revision: str) -> None:
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
