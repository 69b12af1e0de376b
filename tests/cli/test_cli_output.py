"""What `kabar` prints: the same JSON shape for any folder, counts in words, and no
terminal control sequences from article text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

KABAR = Path(sys.executable).with_name("kabar")

# Article text written for these tests. Hostile bytes ride in the headline and the body:
# ESC ] 0 ; … BEL retitles a terminal window, ESC [ 2 J clears the screen, CR rewinds the
# line, U+009B is a C1 CSI, U+202E reverses the order text is shown in.
HOSTILE_ID = (
    "Banjir Rendam Ratusan Rumah di Bekasi \x1b]0;pwned\x07Warga Mengungsi\n\n"
    "BEKASI - Banjir merendam ratusan rumah warga di Kecamatan Bekasi Timur sejak Minggu malam "
    "\x1b[2J\x1b[31msetelah hujan deras mengguyur wilayah itu selama lima jam.\n\n"
    '"Air mulai naik sekitar pukul 22.00 dan \x9b31m sekarang sudah sepinggang orang dewasa," '
    "kata Kepala BPBD Kota Bekasi, Agus Harpono.\n\n"
    "Menurut Agus, sebanyak 340 kepala keluarga terdampak dan 120 di antaranya mengungsi ke "
    "masjid terdekat \u202egnp.exe\u202c.\r\n\n"
    "Petugas gabungan dari BPBD, TNI dan Polri dikerahkan untuk mengevakuasi warga lanjut usia "
    "dan anak-anak menggunakan perahu karet. Banjir juga memutus jalan menuju Jakarta.\n"
)
HOSTILE_EN = (
    "Floods Force Thousands From Homes in \x1b]2;owned\x1b\\Jakarta\n\n"
    "JAKARTA - Floods forced more than 3,000 people from their homes in East Jakarta on Sunday "
    "after a night of heavy rain \x1b[8m pushed the Ciliwung river over its banks.\n\n"
    '"The water came up to our knees in ten minutes," said resident Siti Aminah, 42.\n\n'
    "The city opened 40 shelters and sent rubber boats to \u2066reach\u2069 the elderly.\n"
)
CONTROLS = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\r")


def run(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `kabar` outside the checkout with only a scratch database set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    return subprocess.run(
        [str(KABAR), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def hostile_files(tmp_path: Path) -> Path:
    """A folder holding the two hostile articles."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "banjir.txt").write_text(HOSTILE_ID, encoding="utf-8", newline="")
    (folder / "floods.txt").write_text(HOSTILE_EN, encoding="utf-8", newline="")
    return folder


def assert_no_controls(text: str) -> None:
    for control in CONTROLS:
        assert control not in text, repr(control)


@pytest.mark.parametrize("extra", [[], ["--sentences", "1"]])
def test_folder_with_one_file_labels_its_json_line(tmp_path: Path, extra: list[str]) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "floods.txt").write_text(HOSTILE_EN, encoding="utf-8")
    result = run(tmp_path, "summarize", str(folder), "--json", *extra)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    card = json.loads(lines[0])
    assert card["input"] == str(folder / "floods.txt")
    assert card["headline"].startswith("Floods Force Thousands")


def test_folder_with_one_bad_file_gives_an_input_and_error_line(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = run(tmp_path, "summarize", str(folder), "--json")
    assert result.returncode == 1
    line = json.loads(result.stdout)
    assert line["input"] == str(folder / "empty.txt") and line["error"]


def test_one_file_alone_keeps_the_plain_card_shape(tmp_path: Path) -> None:
    path = hostile_files(tmp_path) / "floods.txt"
    card = json.loads(run(tmp_path, "summarize", str(path), "--json").stdout)
    assert "input" not in card and card["headline"].startswith("Floods Force")


def test_summarize_text_output_shows_controls_as_escapes(tmp_path: Path) -> None:
    folder = hostile_files(tmp_path)
    result = run(tmp_path, "summarize", str(folder))
    assert result.returncode == 0, result.stderr
    assert_no_controls(result.stdout + result.stderr)
    # The text is still there for the reader, with the hostile bytes made visible.
    assert "Bekasi \\x1b]0;pwned\\x07Warga Mengungsi" in result.stdout
    assert "Jakarta" in result.stdout and "\\x1b]2;owned" in result.stdout


def test_summarize_json_keeps_the_article_text_exact(tmp_path: Path) -> None:
    folder = hostile_files(tmp_path)
    result = run(tmp_path, "summarize", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    assert_no_controls(result.stdout)
    cards = {Path(c["input"]).name: c for c in map(json.loads, result.stdout.splitlines())}
    banjir, floods = cards["banjir.txt"], cards["floods.txt"]
    assert (
        banjir["headline"]
        == "Banjir Rendam Ratusan Rumah di Bekasi \x1b]0;pwned\x07Warga Mengungsi"
    )
    body = "\n".join(banjir["body"])
    assert "\x1b[2J\x1b[31m" in body and "\x9b31m" in body and "\u202egnp.exe\u202c" in body
    assert "\u2066reach\u2069" in "\n".join(floods["body"])
    # Escaped once, as JSON does: no doubled backslashes.
    assert "\\\\u" not in result.stdout and "\\\\x" not in result.stdout


def test_ingest_and_search_lines_show_controls_as_escapes(tmp_path: Path) -> None:
    folder = hostile_files(tmp_path)
    ingested = run(tmp_path, "ingest", str(folder))
    assert ingested.returncode == 0, ingested.stderr
    assert_no_controls(ingested.stdout + ingested.stderr)
    assert "ingested 2 items: 2 new, 0 duplicate, 0 rejected" in ingested.stderr

    found = run(tmp_path, "search", "banjir")
    assert found.returncode == 0, found.stderr
    assert_no_controls(found.stdout + found.stderr)
    assert "\\x1b]0;pwned\\x07" in found.stdout
    assert "1 result for 'banjir'" in found.stderr

    both = run(tmp_path, "search", "jakarta")
    hits = run(tmp_path, "search", "rumah", "--json")
    assert both.stdout.count("\n#") == 1 and both.stdout.startswith("#")  # two hits
    assert_no_controls(both.stdout + hits.stdout)
    assert hits.stdout
    for hit in map(json.loads, hits.stdout.splitlines()):
        assert "\x1b" in hit["headline"]  # exact in JSON

    again = run(tmp_path, "ingest", str(folder / "banjir.txt"))
    assert "ingested 1 item: 0 new, 1 duplicate, 0 rejected" in again.stderr
    assert_no_controls(again.stdout + again.stderr)


def test_search_counts_read_right(tmp_path: Path) -> None:
    folder = hostile_files(tmp_path)
    run(tmp_path, "ingest", str(folder))
    assert "0 results for 'zzzzqx'" in run(tmp_path, "search", "zzzzqx").stderr
    assert "1 result for 'floods'" in run(tmp_path, "search", "floods").stderr
    assert "2 results for 'jakarta'" in run(tmp_path, "search", "jakarta").stderr
