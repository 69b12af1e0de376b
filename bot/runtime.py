"""Shared resources of one kabar process, built once and closed once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.output import CommandError
from bot.services.fetch import FetchPolicy, SafeFetcher
from bot.settings import Settings
from storage.db import create_engine, create_sessionmaker, upgrade


@dataclass(frozen=True, slots=True)
class Runtime:
    """Settings plus the database and HTTP resources every use case needs."""

    settings: Settings
    sessions: async_sessionmaker[AsyncSession]
    fetcher: SafeFetcher


def safe_database_url(url: str) -> str:
    """The database URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


class DatabaseUnavailable(CommandError):
    """The database could not be reached or migrated; the message is one line, no password."""


def database_fault(url: str, exc: BaseException) -> DatabaseUnavailable:
    """One sentence naming the database (password hidden) and the first line of the reason."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    return DatabaseUnavailable(f"cannot use the database {safe_database_url(url)}: {first}")


@asynccontextmanager
async def open_runtime(
    settings: Settings, *, migrate: bool = True, policy: FetchPolicy | None = None
) -> AsyncIterator[Runtime]:
    """Open the database (migrating it first) and an HTTP client; close both after."""
    if migrate:
        try:
            await upgrade(settings.database_url)
        except (SQLAlchemyError, OSError) as exc:
            raise database_fault(settings.database_url, exc) from None
    engine = create_engine(settings.database_url)
    http = httpx.AsyncClient(follow_redirects=False)
    try:
        yield Runtime(
            settings=settings,
            sessions=create_sessionmaker(engine),
            fetcher=SafeFetcher(
                http, policy or FetchPolicy(allow_private=settings.fetch_allow_private)
            ),
        )
    finally:
        await http.aclose()
        await engine.dispose()
