"""Alembic environment: runs migrations on an async engine or on a connection given in code."""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy.engine import Connection

from storage.db import DEFAULT_DATABASE_URL, create_engine, migration_connection
from storage.models import Base

# Any constant works; it only has to be the same in every kabar process.
MIGRATION_LOCK_KEY = 0x6B61626172
config = context.config
# Only the operator's `alembic -c storage/alembic.ini` has a file; the bot keeps its logging.
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two processes starting together would both try to create the tables; the
            # lock lasts until this transaction ends, and the one that waited sees head.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        context.run_migrations()


async def _run_with_own_engine(url: str) -> None:
    engine = create_engine(url)
    try:
        async with migration_connection(engine) as connection:
            await connection.run_sync(_run)
    finally:
        await engine.dispose()


def _url() -> str:
    # Operators running `alembic -c storage/alembic.ini` expect the bot's own setting.
    return (
        os.environ.get("KABAR_DATABASE_URL")
        or config.get_main_option("sqlalchemy.url")
        or DEFAULT_DATABASE_URL
    )


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (given := config.attributes.get("connection")) is not None:
    _run(given)
else:
    asyncio.run(_run_with_own_engine(_url()))
