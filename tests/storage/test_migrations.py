"""Migrations build the same schema on SQLite and PostgreSQL, and re-running changes nothing."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from storage.db import alembic_config, create_engine, upgrade
from storage.models import Base

ROOT = Path(__file__).resolve().parents[2]
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
TABLES = {
    "articles",
    "topics",
    "article_topics",
    "article_bands",
    "subscribers",
    "subscriptions",
    "feeds",
    "deliveries",
    "delivered_articles",
}


async def _tables_and_version(url: str) -> tuple[set[str], list[str]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
            versions = await connection.execute(text("SELECT version_num FROM alembic_version"))
            return names, [row[0] for row in versions]
    finally:
        await engine.dispose()


async def test_upgrade_creates_schema_and_twice_is_a_no_op(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    tables, versions = await _tables_and_version(empty_database_url)
    assert tables >= TABLES
    assert versions == [HEAD]

    engine = create_engine(empty_database_url)
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO topics (key, name) VALUES ('rusia', 'Rusia')"))
    await engine.dispose()

    await upgrade(empty_database_url)
    assert await _tables_and_version(empty_database_url) == (tables, versions)
    engine = create_engine(empty_database_url)
    async with engine.connect() as connection:
        assert (await connection.scalar(text("SELECT count(*) FROM topics"))) == 1
    await engine.dispose()


async def test_two_processes_upgrading_at_once_both_succeed(empty_database_url: str) -> None:
    script = (
        "import asyncio; from storage.db import upgrade; "
        f"asyncio.run(upgrade({empty_database_url!r}))"
    )
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", script, cwd=ROOT, stderr=asyncio.subprocess.PIPE
        )
        for _ in range(2)
    ]
    for process in processes:
        _, stderr = await process.communicate()
        assert process.returncode == 0, stderr.decode()
    _, versions = await _tables_and_version(empty_database_url)
    assert versions == [HEAD]


async def test_search_index_exists_for_the_dialect(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    async with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            found = await connection.scalar(
                text("SELECT sql FROM sqlite_master WHERE name = 'article_search_0'")
            )
            assert "fts5" in found.lower()
        else:
            found = await connection.scalar(
                text(
                    "SELECT indexdef FROM pg_indexes WHERE tablename = 'article_search_0'"
                    " AND indexdef LIKE '%gin%'"
                )
            )
    await engine.dispose()
    assert found


async def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'dir' / 'kabar.db'}"
    engine = create_engine(url)
    async with engine.connect() as connection:
        assert (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
        assert (await connection.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
        assert (await connection.exec_driver_sql("PRAGMA busy_timeout")).scalar() == 5000
    await engine.dispose()
    assert (tmp_path / "nested" / "dir" / "kabar.db").exists()


@pytest.mark.parametrize(
    "url",
    ["mysql+aiomysql://u@h/db", "sqlite:///plain-sync.db", "postgresql://u@h/db", "not a url"],
)
def test_unsupported_database_url_is_a_clear_value_error(url: str) -> None:
    with pytest.raises(ValueError, match="database URL"):
        create_engine(url)


async def test_models_match_the_migrated_schema(empty_database_url: str) -> None:
    await upgrade(empty_database_url)
    engine = create_engine(empty_database_url)

    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection)
        return [
            diff
            for diff in compare_metadata(context, Base.metadata)
            # The search index lives outside the ORM on purpose (FTS5 table, tsvector column).
            if "search" not in repr(diff) and "alembic_version" not in repr(diff)
        ]

    async with engine.connect() as connection:
        assert await connection.run_sync(differences) == []
    await engine.dispose()
