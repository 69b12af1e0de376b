"""An operator's `.env` or `KABAR_*` variables never change what the test suite sees."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.settings import Settings

HOSTILE = (
    "KABAR_DIGEST_TIME=06:15\nKABAR_LANGUAGE=en\nKABAR_TIMEZONE=Asia/Makassar\n"
    "KABAR_BOT_TOKEN=1:x\nKABAR_ADMIN_IDS=1\n"
)


def test_settings_in_tests_ignore_a_dotenv_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    assert (settings.digest_time, settings.language, settings.timezone) == (
        "07:00",
        "id",
        "Asia/Jakarta",
    )
    assert settings.bot_token is None and settings.admin_ids == frozenset()


def test_no_operator_kabar_variable_reaches_the_tests() -> None:
    leaked = [name for name in os.environ if name.startswith("KABAR_")]
    assert [name for name in leaked if not name.startswith("KABAR_TEST_")] == []


def test_settings_still_read_a_dotenv_when_asked(tmp_path: Path) -> None:
    # The guard is the tests' own: kabar itself keeps reading the operator's .env.
    env_file = tmp_path / ".env"
    env_file.write_text(HOSTILE, encoding="utf-8")
    settings = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert (settings.digest_time, settings.language) == ("06:15", "en")
