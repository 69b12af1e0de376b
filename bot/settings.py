"""kabar's settings: every `KABAR_*` variable, read from the environment and `.env`."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SUPPORTED_LANGUAGES = ("id", "en")
_DB_URL = re.compile(r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://")
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class SettingsError(Exception):
    """A bad configuration value; the message is one line naming the variable."""


class Settings(BaseSettings):
    """Configuration for one kabar process."""

    model_config = SettingsConfigDict(
        env_prefix="KABAR_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    bot_token: SecretStr | None = None
    database_url: str = "sqlite+aiosqlite:///./data/kabar.db"
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    telegram_api_url: str = "https://api.telegram.org"
    timezone: str = "Asia/Jakarta"
    digest_time: str = "07:00"
    language: str = "id"
    send_rate: float = Field(default=25.0, gt=0, le=10_000)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    port: int = Field(default=8443, ge=1, le=65535)
    digest_window_hours: int = Field(default=72, ge=1, le=24 * 30)
    digest_max_items: int = Field(default=10, ge=1, le=50)
    heartbeat_file: str = "/tmp/kabar.heartbeat"
    # Off by default: admin-supplied URLs must not reach the bot's own network.
    fetch_allow_private: bool = False

    @field_validator("bot_token", "webhook_url", "webhook_secret", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            for part in parts:
                if not re.fullmatch(r"-?\d+", part):
                    raise ValueError(f"{part!r} is not a numeric Telegram user id")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        if not _DB_URL.match(value):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
            raise ValueError(f"{value!r} is not an http(s) URL")
        try:
            parts.port  # noqa: B018 - urlsplit validates the port lazily
        except ValueError:
            raise ValueError(f"{value!r} has an invalid port") from None
        return value.rstrip("/")

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA timezone such as Asia/Jakarta") from None
        return value

    @field_validator("digest_time")
    @classmethod
    def _check_digest_time(cls, value: str) -> str:
        match = _HHMM.match(value.strip())
        if not match:
            raise ValueError(f"{value!r} is not a time in HH:MM form")
        return f"{int(match[1]):02d}:{match[2]}"

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if value not in SUPPORTED_LANGUAGES:
            raise ValueError(f"{value!r} is not one of: id, en")
        return value


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning a validation failure into one line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else "?"
        message = str(error["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"KABAR_{field.upper()}: {message}") from None
