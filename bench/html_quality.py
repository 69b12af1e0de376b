"""How well kabar reads saved HTML pages: headline, minute, author, source, body F1 and speed.

Scores `make_card` on the outlet-shaped fixtures in tests/digest/articles/html/ and on the
saved HTML pages of the development corpus beside the checkout (`../shared/data/pages`, or
`KABAR_PAGES`), when it is there.

Run: .venv/bin/python -m bench.html_quality [--show]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.pages_quality import PAGES, token_f1
from digest.card import make_card
from digest.model import ArticleRejected, Card

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "digest" / "articles" / "html"
TIMING_REPEATS = 5


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def pages() -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """Yield (name, raw page, expected fields) for every fixture and corpus HTML page."""
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    for name, want in expected.items():
        yield name, (FIXTURES / name).read_bytes(), want
    gold_path = PAGES / "gold.jsonl"
    if not gold_path.exists():
        return
    with gold_path.open(encoding="utf-8") as lines:
        for line in lines:
            gold = json.loads(line)
            if gold["input_type"] != "html":
                continue
            want = {
                "headline": gold["headline"],
                "published": gold["published"],
                "author": gold["author"],
                "source": [gold["source"], *(gold.get("source_aliases") or [])],
                "body": gold["body"],
            }
            yield gold["id"], (PAGES / gold["path"]).read_bytes(), want


def score(card: Card, want: dict[str, Any]) -> dict[str, float]:
    """Per-field outcomes of one card against what the page states."""
    published = card.published.isoformat() if card.published else None
    return {
        "headline": float(_norm(card.headline) == _norm(want["headline"])),
        "minute": float(
            published is not None
            and want["published"] is not None
            and published[:16] == want["published"][:16]
            and published[-6:] == want["published"][-6:]
        ),
        "author": float(_norm(card.author) == _norm(want["author"])),
        "source": float(_norm(card.source) in {_norm(s) for s in want["source"]}),
        "lead": float(bool(card.body) and card.body[0] == want["body"][0]),
        "body_f1": token_f1(list(card.body), want["body"]),
    }


def main() -> None:
    """Score every page, print a row per page, the averages and the time per page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print what was read when wrong")
    args = parser.parse_args()
    totals: dict[str, list[float]] = {}
    elapsed = 0.0
    count = 0
    for name, raw, want in pages():
        try:
            card = make_card(raw, content_type="text/html")
        except ArticleRejected as error:
            print(f"{name:28} REJECTED: {error}")
            continue
        started = time.perf_counter()
        for _ in range(TIMING_REPEATS):
            make_card(raw, content_type="text/html")
        elapsed += (time.perf_counter() - started) / TIMING_REPEATS
        count += 1
        result = score(card, want)
        for field, value in result.items():
            totals.setdefault(field, []).append(value)
        wrong = [
            field for field, value in result.items() if value < (0.97 if field == "body_f1" else 1)
        ]
        print(f"{name:28} body F1 {result['body_f1']:.3f}  wrong: {', '.join(wrong) or '-'}")
        if args.show and wrong:
            print(
                f"    headline={card.headline!r} published={card.published} author={card.author!r}"
            )
            print(f"    source={card.source!r} lead={(card.body or ('',))[0][:100]!r}")
    print()
    for field, values in totals.items():
        print(f"{field:10} {100 * sum(values) / len(values):6.1f}%  ({len(values)} pages)")
    if count:
        print(f"make_card: {1000 * elapsed / count:.1f} ms/page (mean of {count} pages)")


if __name__ == "__main__":
    main()
