"""Every bad `KABAR_*` value stops the real `kabar` command with one line naming it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

KABAR = Path(sys.executable).with_name("kabar")


def kabar_with(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed `kabar` outside the checkout (no .env there) with exactly `env`."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    base["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    base.update(env)
    return subprocess.run(
        [str(KABAR), *(args or ("search", "putin"))],
        capture_output=True,
        text=True,
        env=base,
        cwd=tmp_path,
        timeout=120,
    )


def assert_one_line_naming(result: subprocess.CompletedProcess[str], variable: str) -> str:
    """Exit 1, nothing on stdout, and one stderr line that names the variable."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith(f"kabar: {variable}: "), lines[0]
    return lines[0]


BAD_VALUES = [
    # (variable, value, words the line must hold: what is wrong, not some other problem)
    ("KABAR_SEND_RATE", "nan", "'nan' is not a number of messages per second"),
    ("KABAR_SEND_RATE", "inf", "'inf' is not a number"),
    ("KABAR_SEND_RATE", "-inf", "'-inf' is not a number"),
    ("KABAR_SEND_RATE", "1e400", "is not a number"),
    ("KABAR_SEND_RATE", "0", "above 0"),
    ("KABAR_SEND_RATE", "-3", "above 0"),
    ("KABAR_SEND_RATE", "fast", "'fast' is not a number"),
    ("KABAR_SEND_RATE", "20000", "at most 10000"),
    ("KABAR_PORT", "0", "from 1 to 65535"),
    ("KABAR_PORT", "70000", "from 1 to 65535"),
    ("KABAR_PORT", "http", "'http' is not a TCP port"),
    ("KABAR_DIGEST_WINDOW_HOURS", "1.5", "whole number of hours"),
    ("KABAR_DIGEST_WINDOW_HOURS", "0", "from 1 to 720"),
    ("KABAR_DIGEST_MAX_ITEMS", "51", "from 1 to 50"),
    ("KABAR_DIGEST_MAX_ITEMS", "ten", "'ten' is not a whole number"),
    ("KABAR_FETCH_ALLOW_PRIVATE", "maybe", "'maybe' is not true or false"),
    ("KABAR_ADMIN_IDS", "12,abc", "'abc' is not a Telegram user id"),
    ("KABAR_ADMIN_IDS", "-100123", "'-100123' is not a Telegram user id"),
    ("KABAR_ADMIN_IDS", "0", "'0' is not a Telegram user id"),
    ("KABAR_ADMIN_IDS", "9" * 30, "too large"),
    ("KABAR_TIMEZONE", "Mars/Olympus", "not an IANA timezone"),
    ("KABAR_TIMEZONE", "../../etc/passwd", "not an IANA timezone"),
    ("KABAR_TIMEZONE", "", "empty"),
    ("KABAR_DIGEST_TIME", "25:00", "not a time in HH:MM form"),
    ("KABAR_DIGEST_TIME", "7", "not a time in HH:MM form"),
    ("KABAR_DIGEST_TIME", "", "empty"),
    ("KABAR_LANGUAGE", "fr", "'fr' is not one of: id, en"),
    ("KABAR_LANGUAGE", "", "empty"),
    ("KABAR_DATABASE_URL", "mysql://localhost/kabar", "must start with sqlite+aiosqlite://"),
    ("KABAR_DATABASE_URL", "postgresql+asyncpg://kabar@db:port/kabar", "check its port"),
    ("KABAR_DATABASE_URL", "postgresql+asyncpg://kabar@db:99999/kabar", "outside 1 to 65535"),
    ("KABAR_TELEGRAM_API_URL", "ftp://api.example", "not an http(s) URL"),
    ("KABAR_TELEGRAM_API_URL", "https://api.example:http", "invalid port"),
    ("KABAR_WEBHOOK_URL", "bot.example.com/hook", "not an http(s) URL"),
    ("KABAR_HEARTBEAT_FILE", " ", "empty"),
]


@pytest.mark.parametrize(("variable", "value", "says"), BAD_VALUES)
def test_bad_value_stops_with_one_line(
    tmp_path: Path, variable: str, value: str, says: str
) -> None:
    line = assert_one_line_naming(kabar_with(tmp_path, {variable: value}), variable)
    assert says in line
    # Nothing ran: the database was never created.
    assert not (tmp_path / "kabar.db").exists()


@pytest.mark.parametrize(
    ("variable", "secret"),
    [
        ("KABAR_BOT_TOKEN", "not-a-token-s3cr3t"),
        ("KABAR_BOT_TOKEN", "123456:has spaces s3cr3t"),
        ("KABAR_WEBHOOK_SECRET", "s3cr3t/with!symbols"),
        ("KABAR_WEBHOOK_SECRET", "s3cr3t" * 50),
    ],
)
def test_bad_secret_is_named_but_never_printed(tmp_path: Path, variable: str, secret: str) -> None:
    line = assert_one_line_naming(kabar_with(tmp_path, {variable: secret}), variable)
    assert "s3cr3t" not in line


def test_database_password_is_not_printed(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://kabar:hunter2pw@db:notaport/kabar"
    line = assert_one_line_naming(
        kabar_with(tmp_path, {"KABAR_DATABASE_URL": url}), "KABAR_DATABASE_URL"
    )
    assert "hunter2pw" not in line


def test_bad_value_in_dot_env_is_named_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("KABAR_ADMIN_IDS=1\nKABAR_SEND_RATE=NaN\n", encoding="utf-8")
    line = assert_one_line_naming(kabar_with(tmp_path, {}), "KABAR_SEND_RATE")
    assert "'NaN'" in line


def test_dot_env_that_is_not_text_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"KABAR_LANGUAGE=\xff\xfeid\n")
    result = kabar_with(tmp_path, {})
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["kabar: .env is not UTF-8 text"]


def test_good_values_at_the_edges_start(tmp_path: Path) -> None:
    env = {
        "KABAR_SEND_RATE": "0.5",
        "KABAR_PORT": "65535",
        "KABAR_DIGEST_WINDOW_HOURS": "720",
        "KABAR_DIGEST_MAX_ITEMS": "1",
        "KABAR_FETCH_ALLOW_PRIVATE": "yes",
        "KABAR_ADMIN_IDS": " 12, 345 ,",
        "KABAR_TIMEZONE": "America/Argentina/Buenos_Aires",
        "KABAR_DIGEST_TIME": "7.30",
        "KABAR_LANGUAGE": "en",
        "KABAR_TELEGRAM_API_URL": "http://127.0.0.1:8081/",
        "KABAR_WEBHOOK_URL": "",
        "KABAR_WEBHOOK_SECRET": "Abc_123-xyz",
        "KABAR_BOT_TOKEN": "123456:AAE-abc_DEF",
    }
    result = kabar_with(tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert "0 result" in result.stderr
