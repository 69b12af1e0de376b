"""Articles per second on one core: kabar's summarizer and full text pipeline vs sumy LexRank.

Run: .venv/bin/python -m bench.text_speed
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from bench.baselines import lexrank
from bench.indosum import load
from digest.model import ArticleRejected
from digest.render import render_card
from digest.sentences import split_sentences
from digest.summarize import summarize

N_SENTENCES = 3
REPEATS = 3

T = TypeVar("T")


def _rate(items: Sequence[T], work: Callable[[T], object]) -> float:
    """Return the best articles per CPU-second over REPEATS passes.

    CPU time of this one-threaded process, not wall time: on a machine shared with other
    jobs the wall clock counts their turns too, the process's own CPU seconds do not.
    """
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        for item in items:
            work(item)
        best = min(best, time.process_time() - start)
    return len(items) / best


def card_pipeline(
    make_card: Callable[..., Any],
    render_card: Callable[[Any, str], object],
    rejected: type[Exception],
) -> Callable[[str], object]:
    """Return the whole pipeline, make_card + render_card, on raw text (a rejected article
    counts as done); the functions are passed in so bench.speed_ab can time another tree's."""

    def run(raw: str) -> object:
        try:
            card = make_card(raw, sentences=2)
        except rejected:
            return None
        return render_card(card, card.language)

    return run


def _full_pipeline() -> Callable[[str], object] | None:
    """Return make_card + render_card on raw text, or None while digest.card is not there."""
    try:
        from digest.card import make_card
    except ImportError:
        return None
    return card_pipeline(make_card, render_card, ArticleRejected)


def _pages() -> list[str]:
    """Return the copy-pasted pages of the shared pages corpus, or [] when it is not beside us."""
    from bench.pages_quality import cases

    try:
        return [c.raw.decode("utf-8") for c in cases() if c.gold["input_type"] != "html"]
    except OSError:
        return []


def main() -> None:
    """Time every system on the same IndoSum dev.01 articles and print a markdown table."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    articles = load()
    parsed = [a.to_parsed() for a in articles]
    raw = [
        a.headline.capitalize() + "\n\n" + "\n\n".join(p.body)
        for a, p in zip(articles, parsed, strict=True)
    ]
    # LexRank gets kabar's own sentence split so both rank the same units.
    split = [[split_sentences(p) for p in article.body] for article in parsed]

    rows = [
        (
            "kabar split_sentences (all paragraphs)",
            _rate(parsed, lambda a: [split_sentences(p) for p in a.body]),
        ),
        ("kabar summarize (3 sentences)", _rate(parsed, lambda a: summarize(a, N_SENTENCES))),
    ]
    pipeline = _full_pipeline()
    if pipeline is not None:
        rows.append(("kabar make_card + render_card (raw text)", _rate(raw, pipeline)))
        pages = _pages()
        if pages:
            rows.append(
                (
                    f"kabar make_card + render_card ({len(pages)} copied pages)",
                    _rate(pages, pipeline),
                )
            )
    rows.append(("sumy LexRank (3 sentences)", _rate(split, lambda s: lexrank(s, N_SENTENCES))))

    baseline = rows[-1][1]
    print(f"IndoSum dev.01, {len(articles)} articles, one core, CPU time, best of {REPEATS}")
    print("| system | articles/s | vs LexRank |")
    print("|---|---:|---:|")
    for name, rate in rows:
        print(f"| {name} | {rate:,.0f} | {rate / baseline:.1f}× |")


if __name__ == "__main__":
    main()
