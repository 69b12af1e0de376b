"""Do kabar's summaries read cold? Dangling openers, unattributed quotes, key-quote repeats, debris.

Summarises IndoSum dev.01 and the outlet pages beside the checkout as the card does (key quote
first, then the summary) and counts the summaries a reader would stumble on. The checks here are
written apart from `digest.standalone`, from the forms an editor flagged, so that the summarizer's
own rules are not grading themselves.

Run: .venv/bin/python -m bench.summary_readability [--sentences 2] [--show dangling|...]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bench.indosum import DEV_01
from bench.indosum import load as load_indosum
from bench.pages_quality import PAGES, cases
from digest.model import ArticleRejected, ParsedArticle
from digest.parse import parse_article
from digest.quote import key_quote
from digest.sentences import split_sentences
from digest.summarize import strip_dateline, summarize

# The openers an editor flagged: connectives that answer the sentence before, and pronouns.
_OPENER = re.compile(
    r"^[\s(\[]*(?:pasalnya|namun|tetapi|tapi|sementara\s+itu|selain\s+itu|oleh\s+karena\s+itu"
    r"|hal\s+(?:tersebut|itu|ini)|kendati\s+demikian|meski\s+(?:begitu|demikian)"
    r"|dengan\s+demikian|tak\s+hanya\s+itu|sedangkan|akibatnya|ia|dia|beliau|mereka|menurutnya"
    r"|katanya|however|but|he|she|they|it|this|meanwhile|in\s+addition)(?![\w’'])",
    re.IGNORECASE,
)
_OPENING_QUOTE = re.compile(r'^[\s(\[]*[“”"«„]')
_AFTER_LAST_QUOTE = re.compile(r'[“”"»]([^“”"»]*)$')
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_DEBRIS = re.compile(
    r"baca\s+juga|advertisement|scroll\s+to\s+continue|\([a-z]{2,5}/[a-z]{2,5}\)|\bfoto\s*:"
    r"|getty\s+images|\bbagikan\b|salin\s+link|\[gambas",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+")
QUOTE_WINDOW = 10  # words said again in a row: a repeat, not a paraphrase


@dataclass(frozen=True, slots=True)
class Judged:
    """One summary and what a reader would stumble on in it."""

    id: str
    summary: tuple[str, ...]
    first_dangling: bool
    dangling: bool
    unspoken_quote: bool
    repeats_quote: bool
    debris: bool


def _windows(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(max(len(words) - size + 1, 1))}


def judge(item_id: str, article: ParsedArticle, sentences: int) -> Judged:
    """Summarise one article as the card does and judge the summary."""
    quote = key_quote(article)
    summary = summarize(article, sentences, quote=quote.text if quote else None)
    flat = [s for p in article.body for s in split_sentences(p, article.language)]
    if flat:
        flat[0] = strip_dateline(flat[0])
    position = {s: i for i, s in reversed(list(enumerate(flat)))}
    chosen = {position.get(s, -1) for s in summary}
    dangling = [bool(_OPENER.match(s)) and position.get(s, 0) - 1 not in chosen for s in summary]
    quote_tokens = _TOKEN.findall(quote.text.casefold()) if quote else []
    size = min(QUOTE_WINDOW, len(quote_tokens))
    quote_windows = _windows(quote_tokens, size) if size >= 3 else set()
    repeats = any(quote_windows & _windows(_TOKEN.findall(s.casefold()), size) for s in summary)
    return Judged(
        id=item_id,
        summary=summary,
        first_dangling=bool(dangling) and dangling[0],
        dangling=any(dangling),
        unspoken_quote=any(_unspoken(s) for s in summary),
        repeats_quote=repeats,
        debris=any(_DEBRIS.search(s) for s in summary),
    )


def _unspoken(sentence: str) -> bool:
    """A sentence that opens on a quote and names no one after it."""
    if not _OPENING_QUOTE.match(sentence):
        return False
    tail = _AFTER_LAST_QUOTE.search(sentence)
    return not (tail and _CAPITALISED.search(tail.group(1)))


def indosum_articles() -> Iterator[tuple[str, ParsedArticle]]:
    """IndoSum dev.01 as kabar reads it."""
    for article in load_indosum():
        yield article.id, article.to_parsed()


def page_articles() -> Iterator[tuple[str, ParsedArticle]]:
    """The outlet pages beside the checkout, parsed as kabar parses them."""
    for case in cases():
        try:
            yield case.id, parse_article(case.raw)
        except ArticleRejected:
            continue


FIELDS = ("first_dangling", "dangling", "unspoken_quote", "repeats_quote", "debris")


def report(name: str, judged: list[Judged]) -> str:
    """One markdown table row: the share of summaries with each problem."""
    total = max(len(judged), 1)
    shares = [100 * sum(getattr(j, f) for j in judged) / total for f in FIELDS]
    return f"| {name} | {len(judged)} | " + " | ".join(f"{s:.1f} %" for s in shares) + " |"


def main(argv: Iterable[str] | None = None) -> None:
    """Judge both corpora's summaries and print a markdown table (and examples with --show)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2)
    parser.add_argument("--show", choices=FIELDS)
    args = parser.parse_args(list(argv) if argv is not None else None)
    corpora: dict[str, Iterator[tuple[str, ParsedArticle]]] = {}
    for name, articles, data in (
        ("IndoSum dev.01", indosum_articles(), DEV_01),
        ("outlet pages", page_articles(), PAGES / "gold.jsonl"),
    ):
        if data.exists():
            corpora[name] = articles
        else:
            print(f"{name} skipped: its data is not at {data}")
    print(f"{args.sentences}-sentence summaries, share with each problem")
    print(
        "| corpus | summaries | first sentence dangles | any sentence dangles "
        "| quote, no speaker | repeats key quote | debris |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    shown: list[Judged] = []
    for name, articles in corpora.items():
        judged = [judge(item_id, article, args.sentences) for item_id, article in articles]
        print(report(name, judged))
        if args.show:
            shown += [j for j in judged if getattr(j, args.show)]
    for j in shown:
        print(f"\n{j.id}")
        for sentence in j.summary:
            print(f"  - {sentence[:240]}")


if __name__ == "__main__":
    main()
