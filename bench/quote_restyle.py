"""Every quote style on real articles: the same key quote and speaker however quotes are set.

Run: .venv/bin/python -m bench.quote_restyle [-v]
Takes the development pages and IndoSum dev.01 articles whose key quote kabar finds in
curly quotes (“…”), sets every quote of the article again in each other style the press
uses — Kompas' ”…” (U+201D on both sides), straight "…", «…» and „…“ — and counts the
articles whose card then shows another quote, another speaker, or none. -v lists them.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator

from bench.indosum import load
from bench.pages_quality import cases
from digest.card import make_card
from digest.model import ArticleRejected, Card

_CURLY = re.compile(r"“([^“”\n]{1,2000}?)”")
STYLES: dict[str, Callable[[re.Match[str]], str]] = {
    "kompas ”…”": lambda m: f"”{m[1]}”",
    'straight "…"': lambda m: f'"{m[1]}"',
    "guillemets «…»": lambda m: f"«{m[1]}»",
    "low-high „…“": lambda m: f"„{m[1]}“",
}


def articles() -> Iterator[tuple[str, str]]:
    for case in cases():
        if case.gold["input_type"] != "html":
            yield case.id, case.raw.decode("utf-8")
    for index, article in enumerate(load()):
        body = "\n\n".join(article.to_parsed().body)
        yield f"indosum-{index}", f"{article.headline.capitalize()}\n\n{body}"


def _card(text: str) -> Card | None:
    try:
        return make_card(text)
    except ArticleRejected:
        return None


def _change(before: Card, after: Card | None) -> str | None:
    """How the restyled article's key quote differs, or None if it is the same."""
    if before.key_quote is None:
        return None
    if after is None or after.key_quote is None:
        return "lost"
    if after.key_quote.text.strip(" ,.") != before.key_quote.text.strip(" ,."):
        return "other quote"
    if after.key_quote.speaker != before.key_quote.speaker:
        return "other speaker"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the changed cards")
    verbose = parser.parse_args().verbose
    changed: Counter[tuple[str, str]] = Counter()
    listed: list[str] = []
    checked = attributed = 0
    for key, text in articles():
        if "“" not in text:
            continue
        before = _card(text)
        if before is None or before.key_quote is None:
            continue
        checked += 1
        attributed += before.key_quote.speaker is not None
        for style, setter in STYLES.items():
            change = _change(before, _card(_CURLY.sub(setter, text)))
            if change:
                changed[style, change] += 1
                listed.append(f"{key} {style}: {change} ({before.key_quote.text[:60]!r})")
    print(f"{checked} articles with a key quote in “…” ({attributed} with a speaker)")
    print("| style | same quote and speaker | other quote | other speaker | lost |")
    print("|---|---:|---:|---:|---:|")
    for style in STYLES:
        counts = [changed[style, kind] for kind in ("other quote", "other speaker", "lost")]
        same = checked - sum(counts)
        print(f"| {style} | {same} ({same / checked:.1%}) | " + " | ".join(map(str, counts)) + " |")
    if verbose:
        print("\n".join(listed))


if __name__ == "__main__":
    main()
