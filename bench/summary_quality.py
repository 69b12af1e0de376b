"""ROUGE of kabar's summarizer against LEAD-3 and sumy LexRank on IndoSum dev.01.

Run: .venv/bin/python -m bench.summary_quality [--sentences N]  (default 3; the card shows 2)
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Callable, Sequence

from rouge_score import rouge_scorer

from bench.baselines import lead, lexrank
from bench.indosum import IndoSumArticle, load
from bench.train_summarizer import fit, training_matrix
from digest.quote import key_quote
from digest.summarize import strip_dateline, summarize
from digest.summary_weights import BIAS, WEIGHTS

N_SENTENCES = 3
FOLDS = 5
METRICS = ("rouge1", "rouge2", "rougeL")

# No stemmer: Porter would mangle Indonesian. The default tokenizer lowercases and keeps
# [a-z0-9] runs, so the tokenized reference and detokenized output compare alike.
_SCORER = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=False)

System = Callable[[IndoSumArticle], Sequence[str]]


def rouge(
    systems: dict[str, dict[str, str]], articles: Sequence[IndoSumArticle]
) -> dict[str, dict[str, float]]:
    """Return mean F1 (in points) per system and metric."""
    table: dict[str, dict[str, float]] = {}
    for name, outputs in systems.items():
        sums: dict[str, list[float]] = {m: [] for m in METRICS}
        for article in articles:
            scores = _SCORER.score(article.reference(), outputs[article.id])
            for m in METRICS:
                sums[m].append(scores[m].fmeasure * 100)
        table[name] = {m: statistics.fmean(v) for m, v in sums.items()}
    return table


def kabar_output(
    article: IndoSumArticle, bias: float, weights: Sequence[float], n: int = N_SENTENCES
) -> str:
    """Run kabar's real splitter and scorer on the detokenized article, key quote first as the
    card does (the summary leaves that quote to the card)."""
    parsed = article.to_parsed()
    quote = key_quote(parsed)
    text = quote.text if quote else None
    return " ".join(summarize(parsed, n, quote=text, bias=bias, weights=weights))


def main() -> None:
    """Score every system on dev.01 in one run and print a markdown table."""
    parser = argparse.ArgumentParser(description="ROUGE of kabar's summaries on IndoSum dev.01")
    parser.add_argument("--sentences", type=int, default=N_SENTENCES, metavar="N")
    n = parser.parse_args().sentences
    articles = load()
    lead_name = f"LEAD-{n}"
    outputs: dict[str, dict[str, str]] = {
        lead_name: {},
        f"{lead_name}, dateline removed like kabar does": {},
        "sumy LexRank": {},
        "kabar (5-fold CV)": {},
        "kabar shipped weights (in-sample)": {},
    }
    for article in articles:
        sentences = [" ".join(s) for p in article.paragraphs for s in p]
        outputs[lead_name][article.id] = " ".join(lead(sentences, n))
        # Separates the gain from dropping "Jakarta, CNN Indonesia --" from the scorer's own.
        texts = [s for p in article.text_paragraphs() for s in p]
        outputs[f"{lead_name}, dateline removed like kabar does"][article.id] = " ".join(
            [strip_dateline(texts[0]), *texts[1:n]] if texts else []
        )
        outputs["sumy LexRank"][article.id] = " ".join(lexrank(article.text_paragraphs(), n))
        outputs["kabar shipped weights (in-sample)"][article.id] = kabar_output(
            article, BIAS, WEIGHTS, n
        )
    for fold in range(FOLDS):
        train = [a for i, a in enumerate(articles) if i % FOLDS != fold]
        held_out = [a for i, a in enumerate(articles) if i % FOLDS == fold]
        bias, weights = fit(*training_matrix(train))
        for article in held_out:
            outputs["kabar (5-fold CV)"][article.id] = kabar_output(article, bias, weights, n)

    table = rouge(outputs, articles)
    base = table[lead_name]["rouge1"]
    print(f"IndoSum dev.01, {len(articles)} articles, {n} sentences per system, ROUGE F1")
    print(f"| system | ROUGE-1 | ROUGE-2 | ROUGE-L | R-1 vs {lead_name} |")
    print("|---|---:|---:|---:|---:|")
    for name, row in table.items():
        delta = row["rouge1"] - base
        print(
            f"| {name} | {row['rouge1']:.2f} | {row['rouge2']:.2f} | {row['rougeL']:.2f} "
            f"| {delta:+.2f} |"
        )


if __name__ == "__main__":
    main()
