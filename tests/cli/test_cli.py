"""The `kabar` command line as an operator uses it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_779917d36cb11d91.txt"


def kabar(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI the way a user would, outside the checkout (no operator's .env)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or Path(__file__).parent,
        timeout=120,
    )


@pytest.fixture
def db_env(tmp_path: Path) -> dict[str, str]:
    """A fresh SQLite database for one test."""
    return {"KABAR_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"}


@pytest.mark.parametrize(
    "command", ["run", "ingest", "summarize", "search", "digest", "deliver", "db"]
)
def test_every_command_has_help(command: str) -> None:
    result = kabar(command, "--help")
    assert result.returncode == 0
    assert "usage: kabar" in result.stdout


def test_bad_usage_exits_2() -> None:
    assert kabar("summarize").returncode == 2
    assert kabar("frobnicate").returncode == 2
    assert kabar("summarize", str(SEED), "--sentences", "zero").returncode == 2


def test_summarize_seed_json_has_every_field() -> None:
    result = kabar("summarize", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    assert card["headline"] == (
        "Vladimir Putin Sebut Tekanan Politik Negara Barat Percepat Integrasi Rusia-Belarusia"
    )
    assert card["published"] == "2022-07-01T21:15:00+07:00"
    assert card["source"] == "Jitunews.Com"
    assert card["author"] == "Tino Aditia"
    assert card["dateline"] == "MOSKOW"
    assert card["language"] == "id"
    assert card["key_quote"]["speaker"] == "Vladimir Putin"
    assert card["key_quote"]["text"].startswith("Tekanan politik dan sosial")
    assert len(card["summary"]) == 2
    assert "url" in card and card["url"] is None
    body = "\n".join(card["body"])
    for furniture in (
        "Finlandia Hanya",
        "Turki Siap Ekspor",
        "(the Guardian)",
        "Penulis",
        "Rekomendasi",
        "Berita Terkait",
        "Halaman",
    ):
        assert furniture not in body


def test_summarize_batch_labels_each_line_and_survives_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "a_garbage.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "sub" / "c.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = kabar("summarize", str(folder), "--json", "--sentences", "3")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["input"] for line in lines] == [
        str(folder / "a_garbage.bin"),
        str(folder / "b.txt"),
        str(folder / "empty.txt"),
        str(folder / "sub" / "c.txt"),
    ]
    assert "error" in lines[0] and "error" in lines[2]
    assert len(lines[1]["summary"]) == 3 and lines[3]["dateline"] == "MOSKOW"


def test_summarize_reads_stdin() -> None:
    result = kabar("summarize", "-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    assert "Vladimir Putin Sebut" in result.stdout


def test_summarize_missing_file_is_one_clear_line() -> None:
    result = kabar("summarize", "/no/such/file.txt")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_twice_reports_duplicate_and_search_finds_it(db_env: dict[str, str]) -> None:
    first = kabar("ingest", str(SEED.parent), "--json", env=db_env)
    assert first.returncode == 0, first.stderr
    item = json.loads(first.stdout.splitlines()[0])
    assert item["status"] == "new" and item["id"] == 1 and item["headline"]
    second = kabar("ingest", str(SEED.parent), env=db_env)
    assert second.returncode == 0
    assert "duplicate" in second.stdout and "#1" in second.stdout
    for query in ("putin", "Belarus", "menyerang"):
        found = kabar("search", query, "--json", env=db_env)
        assert found.returncode == 0, found.stderr
        hits = [json.loads(line) for line in found.stdout.splitlines()]
        assert [hit["id"] for hit in hits] == [1], query
    nothing = kabar("search", '"unbalanced AND OR NOT *', env=db_env)
    assert nothing.returncode == 0 and "Traceback" not in nothing.stderr


def test_bad_setting_stops_with_one_line_naming_it(db_env: dict[str, str]) -> None:
    for name, value in (
        ("KABAR_TIMEZONE", "Mars/Olympus"),
        ("KABAR_ADMIN_IDS", "12,abc"),
        ("KABAR_TELEGRAM_API_URL", "not a url"),
        ("KABAR_DATABASE_URL", "mysql://x"),
    ):
        result = kabar("search", "putin", env={**db_env, name: value})
        assert result.returncode == 1, name
        assert result.stderr.strip().startswith(f"kabar: {name}:"), result.stderr
        assert "Traceback" not in result.stderr


def test_unreachable_database_is_one_line_without_password() -> None:
    env = {"KABAR_DATABASE_URL": "postgresql+asyncpg://kabar:s3cret@127.0.0.1:9/kabar"}
    result = kabar("search", "putin", env=env)
    assert result.returncode == 1
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.startswith("kabar: cannot use the database")


def test_digest_for_unknown_chat_and_deliver_without_token(db_env: dict[str, str]) -> None:
    result = kabar("digest", "--chat", "12345", env=db_env)
    assert result.returncode == 1 and "not a subscriber" in result.stderr
    result = kabar("deliver", "--at", "2026-01-01T07:00:00+07:00", env=db_env)
    assert result.returncode == 1 and "KABAR_BOT_TOKEN" in result.stderr
    assert kabar("deliver", "--at", "yesterday", env=db_env).returncode == 2
