"""`kabar digest` shows the picture a /preview reader's digest would lead with."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tests.cli.test_cli import kabar

PAGE = (
    "<html><head><title>Banjir rendam ribuan rumah di Demak</title>"
    '<meta property="og:image" content="https://img.example.id/foto/demak.jpg"></head><body>'
    "<article><h1>Banjir rendam ribuan rumah di Demak</h1>"
    "<p>DEMAK - Banjir merendam ribuan rumah di enam kecamatan di Kabupaten Demak, Jawa "
    "Tengah, setelah tanggul Sungai Wulan jebol pada Minggu dini hari.</p>"
    "<p>Kepala BPBD Demak mengatakan sedikitnya 4.000 warga mengungsi ke balai desa dan "
    "masjid yang berada di dataran lebih tinggi.</p></article></body></html>"
)


def test_digest_names_the_lead_picture_only_with_preview_on(tmp_path: Path) -> None:
    database = tmp_path / "kabar.db"
    env = {"KABAR_DATABASE_URL": f"sqlite+aiosqlite:///{database}"}
    page = tmp_path / "demak.html"
    page.write_text(PAGE, encoding="utf-8")
    assert kabar("ingest", str(page), env=env).returncode == 0
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO subscribers (chat_id, chat_type, timezone, digest_time, paused,"
            " created_at, preview) VALUES (77, 'private', 'UTC', '00:00', 0, ?, 0)",
            (datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "),),
        )
    plain = kabar("digest", "--chat", "77", env=env)
    assert plain.returncode == 0 and "Demak" in plain.stdout and "picture" not in plain.stdout
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE subscribers SET preview = 1")
    shown = kabar("digest", "--chat", "77", env=env)
    assert shown.stdout.startswith("[picture: https://img.example.id/foto/demak.jpg]\n")
