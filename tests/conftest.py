"""Shared fixtures: a throwaway PostgreSQL cluster and migrated databases on both backends."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import Settings
from storage.db import create_engine, create_sessionmaker, upgrade

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", autouse=True)
def _no_operator_settings() -> Iterator[None]:
    """Tests see kabar's defaults: no KABAR_* from the shell, no `.env` from the checkout.

    KABAR_TEST_* (the tests' own knobs, such as KABAR_TEST_POSTGRES_URL) stay. Tests that run
    `kabar` as a process give it its own environment and a working directory without a `.env`.
    """
    saved = {
        name: value
        for name, value in os.environ.items()
        if name.startswith("KABAR_") and not name.startswith("KABAR_TEST_")
    }
    for name in saved:
        del os.environ[name]
    env_file = Settings.model_config.get("env_file")
    Settings.model_config["env_file"] = None
    try:
        yield
    finally:
        Settings.model_config["env_file"] = env_file
        os.environ.update(saved)


@dataclass(frozen=True)
class PostgresServer:
    """A reachable PostgreSQL server: URL template pieces and a way to make databases."""

    base_url: str  # without the database name, e.g. postgresql+asyncpg://postgres@127.0.0.1:5
    database: str

    def url(self, database: str | None = None) -> str:
        """Return the asyncpg URL of a database on this server."""
        return f"{self.base_url}/{database or self.database}"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL unavailable: {reason}")


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres_user(argv: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root, and tests run as root here and in CI.
    if os.geteuid() == 0:
        return ["runuser", "-u", "nobody", "--", *argv]
    return argv


def _run(argv: list[str]) -> None:
    result = subprocess.run(
        _as_postgres_user(argv), capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:2])} failed: {result.stderr.strip()[-2000:]}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """Yield a PostgreSQL server: KABAR_TEST_POSTGRES_URL, or a throwaway local cluster."""
    given = os.environ.get("KABAR_TEST_POSTGRES_URL")
    if given:
        base, _, database = given.rpartition("/")
        yield PostgresServer(base_url=base, database=database)
        return
    initdb, pg_ctl = _find_binary("initdb"), _find_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        _unavailable("initdb/pg_ctl not on PATH or under /usr/lib/postgresql/*/bin")
    assert initdb is not None and pg_ctl is not None
    workdir = Path(tempfile.mkdtemp(prefix="kabar-pg-"))
    if os.geteuid() == 0:
        shutil.chown(workdir, user="nobody")
    data, port = workdir / "data", _free_port()
    try:
        _run([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
              "--locale=C.UTF-8", "--no-sync"])  # fmt: skip
        options = (
            f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        _run([pg_ctl, "-D", str(data), "-l", str(workdir / "log"), "-o", options, "-w", "start"])
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        shutil.rmtree(workdir, ignore_errors=True)
        _unavailable(str(exc))
    base = f"postgresql+asyncpg://postgres@127.0.0.1:{port}"
    try:
        createdb = _find_binary("createdb") or "createdb"
        _run([createdb, "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "kabar_test"])
        yield PostgresServer(base_url=base, database="kabar_test")
    finally:
        subprocess.run(
            _as_postgres_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(workdir, ignore_errors=True)


async def _create_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url)
    try:
        async with engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        await engine.dispose()


# One migrated engine per PostgreSQL database for the whole run: migrating is the slow part.
_POSTGRES_ENGINES: dict[str, AsyncEngine] = {}


@pytest.fixture(scope="session", autouse=True)
async def _dispose_postgres_engines() -> AsyncIterator[None]:
    """Close the shared PostgreSQL engines when the test session ends."""
    yield
    for engine in _POSTGRES_ENGINES.values():
        await engine.dispose()
    _POSTGRES_ENGINES.clear()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return a database URL per backend: a fresh SQLite file, or the shared PostgreSQL db."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.url()


@pytest.fixture
async def empty_database_url(database_url: str, request: pytest.FixtureRequest) -> str:
    """Return the URL of a database with no tables at all (new PostgreSQL db per test)."""
    if database_url.startswith("sqlite"):
        return database_url
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"kabar_empty_{uuid.uuid4().hex[:12]}"
    await _create_database(server.url("postgres"), name)
    return server.url(name)


@pytest.fixture
async def sessions(
    database_url: str,
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Yield a session maker over a freshly migrated, empty database."""
    if database_url.startswith("sqlite"):
        await upgrade(database_url)
        engine = create_engine(database_url)
        try:
            yield create_sessionmaker(engine)
        finally:
            await engine.dispose()
        return
    if database_url not in _POSTGRES_ENGINES:
        await upgrade(database_url)
        _POSTGRES_ENGINES[database_url] = create_engine(database_url)
    engine = _POSTGRES_ENGINES[database_url]
    async with engine.begin() as connection:
        # Every table but Alembic's, so tables added by later migrations are emptied too.
        tables = (
            await connection.execute(
                text(
                    "SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables "
                    "WHERE schemaname = current_schema() AND tablename <> 'alembic_version'"
                )
            )
        ).scalar_one()
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield create_sessionmaker(engine)
