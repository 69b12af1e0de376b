"""The seed article (seeds/000_779917d36cb11d91.txt) as a Card, built from its known fields."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from digest.model import Card, Quote

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_779917d36cb11d91.txt"
WIB = timezone(timedelta(hours=7))


def seed_card() -> Card:
    """Return the seed article's card: paragraphs are taken verbatim from the seed file."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("MOSKOW, JITUNEWS"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Di bawah Union Treaty"))
    furniture = "Finlandia Hanya Akan Lakukan Ekstradisi Tahanan Sesuai Perjanjian Eropa"
    body = tuple(line for line in lines[start : end + 1] if line and line != furniture)
    quote = next(p for p in body if p.startswith("“"))
    return Card(
        headline=lines[3],
        body=body,
        summary=body[:2],
        language="id",
        published=datetime(2022, 7, 1, 21, 15, tzinfo=WIB),
        source="Jitunews.Com",
        author="Tino Aditia",
        dateline="MOSKOW",
        lede=lines[5],
        key_quote=Quote(quote[1 : quote.index("”")].rstrip(","), "Vladimir Putin"),
        topics=("Rusia", "Belarusia", "Vladimir Putin"),
        category="internasional",
    )
