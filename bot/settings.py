"""kabar's settings: every `KABAR_*` variable, read from the environment and `.env`."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings import SettingsError as SourceError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from digest.clock import parse_clock
from digest.locales import LANGUAGES

SUPPORTED_LANGUAGES = LANGUAGES
_DB_URL = re.compile(r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://")
_BOT_TOKEN = re.compile(r"\d{1,20}:[A-Za-z0-9_-]+")
# Telegram's rule for setWebhook's secret_token.
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
# Telegram user ids are positive and have at most 52 significant bits.
_MAX_USER_ID = 2**52
_SECRET_FIELDS = frozenset({"bot_token", "webhook_secret"})
# What a field needs, said once for every way a value can miss it (wrong type, out of range).
_EXPECTED = {
    "send_rate": "a number of messages per second above 0 and at most 10000",
    "port": "a TCP port number from 1 to 65535",
    "metrics_port": "a TCP port number from 1 to 65535",
    "digest_window_hours": "a whole number of hours from 1 to 720",
    "digest_max_items": "a whole number from 1 to 50",
    "fetch_allow_private": "true or false",
}


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
    send_rate: float = Field(default=25.0, gt=0, le=10_000, allow_inf_nan=False)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    port: int = Field(default=8443, ge=1, le=65535)
    digest_window_hours: int = Field(default=72, ge=1, le=24 * 30)
    digest_max_items: int = Field(default=10, ge=1, le=50)
    heartbeat_file: str = "/tmp/kabar.heartbeat"
    # Off by default: admin-supplied URLs must not reach the bot's own network.
    fetch_allow_private: bool = False
    # Unset: no /metrics or /healthz. All interfaces, so a container's health check reaches it.
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "0.0.0.0"

    @field_validator("bot_token", "webhook_url", "webhook_secret", "metrics_port", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator(
        "database_url",
        "telegram_api_url",
        "timezone",
        "digest_time",
        "language",
        "heartbeat_file",
        "metrics_host",
        mode="before",
    )
    @classmethod
    def _not_blank(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise ValueError(
                "the value is empty; set one, or leave the variable out for the default"
            )
        return value

    @field_validator("bot_token")
    @classmethod
    def _check_bot_token(cls, value: SecretStr | None) -> SecretStr | None:
        # The message never repeats the value: it is a secret.
        if value is not None and not _BOT_TOKEN.fullmatch(value.get_secret_value().strip()):
            raise ValueError(
                "the value is not a bot token of the form 123456:ABC-DEF… (see @BotFather)"
            )
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator("webhook_secret")
    @classmethod
    def _check_webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("the value must be 1 to 256 characters, each a letter, digit, _ or -")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            for part in parts:
                if not re.fullmatch(r"\d+", part) or not int(part):
                    raise ValueError(f"{_shown(part)} is not a Telegram user id (a number above 0)")
                if int(part) >= _MAX_USER_ID:
                    raise ValueError(f"{_shown(part)} is too large for a Telegram user id")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        if not _DB_URL.match(value):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        try:
            port = make_url(value).port
        except (ArgumentError, ValueError):
            # The URL may hold a password, so the message does not quote it.
            raise ValueError(
                "the value is not a well-formed database URL (check its port)"
            ) from None
        if port is not None and not 0 < port < 65536:
            raise ValueError(f"port {port} is outside 1 to 65535")
        return value

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
            raise ValueError(f"{_shown(value)} is not an http(s) URL")
        try:
            parts.port  # noqa: B018 - urlsplit validates the port lazily
        except ValueError:
            raise ValueError(f"{_shown(value)} has an invalid port") from None
        return value.rstrip("/")

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"{_shown(value)} is not an IANA timezone such as Asia/Jakarta"
            ) from None
        return value

    @field_validator("digest_time")
    @classmethod
    def _check_digest_time(cls, value: str) -> str:
        parsed = parse_clock(value)
        if parsed is None:
            raise ValueError(f"{_shown(value)} is not a time in HH:MM form, such as 07:00")
        return parsed

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if value not in SUPPORTED_LANGUAGES:
            raise ValueError(f"{_shown(value)} is not one of: {', '.join(SUPPORTED_LANGUAGES)}")
        return value


def _shown(value: object) -> str:
    """A value as an error line quotes it: repr, cut short so the line stays one line."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…'"


def _describe(error: Any) -> str:
    """One line for the first thing wrong: the variable, the value, what it should be."""
    field = str(error["loc"][0]) if error["loc"] else "?"
    name = f"KABAR_{field.upper()}"
    if error["type"] == "value_error":
        return f"{name}: {str(error['msg']).removeprefix('Value error, ')}"
    if field in _EXPECTED and field not in _SECRET_FIELDS:
        return f"{name}: {_shown(error['input'])} is not {_EXPECTED[field]}"
    return f"{name}: {error['msg']}"


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning a validation failure into one line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError(_describe(exc.errors()[0])) from None
    except UnicodeDecodeError:
        raise SettingsError(".env is not UTF-8 text") from None
    except SourceError as exc:
        raise SettingsError(str(exc).splitlines()[0]) from None
