"""Train kabar's sentence scorer on IndoSum dev.01 and write digest/summary_weights.py.

Run: .venv/bin/python -m bench.train_summarizer
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.indosum import IndoSumArticle, load
from digest.summarize import sentence_features
from digest.summary_weights import FEATURE_NAMES

WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "digest" / "summary_weights.py"
L2 = 1e-3
STEPS = 3000
LEARNING_RATE = 2.0


def training_matrix(
    articles: Sequence[IndoSumArticle],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return features, gold extractive labels and article numbers for every sentence."""
    rows: list[list[float]] = []
    labels: list[float] = []
    groups: list[int] = []
    for number, article in enumerate(articles):
        features = sentence_features(article.text_paragraphs(), article.headline)
        flat_labels = [float(x) for p in article.gold_labels for x in p]
        if len(features) != len(flat_labels):
            raise ValueError(f"{article.id}: {len(features)} sentences, {len(flat_labels)} labels")
        rows.extend(features)
        labels.extend(flat_labels)
        groups.extend([number] * len(flat_labels))
    return (
        np.asarray(rows, dtype=np.float64),
        np.asarray(labels, dtype=np.float64),
        np.asarray(groups, dtype=np.int64),
    )


def fit(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> tuple[float, tuple[float, ...]]:
    """Fit a listwise (softmax within each article) linear scorer by gradient descent."""
    # Only the order of sentences inside one article matters for picking a summary, so
    # the loss compares sentences with their neighbours rather than across articles.
    n_groups = int(groups.max()) + 1
    target = y / np.maximum(np.bincount(groups, weights=y, minlength=n_groups), 1.0)[groups]
    has_positive = np.bincount(groups, weights=y, minlength=n_groups) > 0
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        z = x @ w
        z -= np.maximum.reduceat(z, _starts(groups))[groups]
        e = np.exp(z)
        p = e / np.bincount(groups, weights=e, minlength=n_groups)[groups]
        err = (p - target) * has_positive[groups]
        w -= LEARNING_RATE * (x.T @ err / n_groups + L2 * w)
    return 0.0, tuple(float(v) for v in w)


def _starts(groups: np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])


def fit_pointwise(x: np.ndarray, y: np.ndarray) -> tuple[float, tuple[float, ...]]:
    """Fit an L2-regularised logistic regression by full-batch gradient descent."""
    # Positives are rare (about one sentence in six); weighting them up keeps the
    # scorer from collapsing onto "always the lead".
    pos_weight = (len(y) - y.sum()) / max(y.sum(), 1.0)
    sample_weight = np.where(y > 0, pos_weight, 1.0)
    sample_weight /= sample_weight.mean()
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        err = (p - y) * sample_weight
        w -= LEARNING_RATE * (x.T @ err / len(y) + L2 * w)
        b -= LEARNING_RATE * err.mean()
    return float(b), tuple(float(v) for v in w)


def write_weights(bias: float, weights: Sequence[float], n_articles: int) -> None:
    """Write the trained weights as a plain Python module."""
    names = "\n".join(f'    "{name}",' for name in FEATURE_NAMES)
    values = "\n".join(
        f"    {w:+.4f},  # {name}" for name, w in zip(FEATURE_NAMES, weights, strict=True)
    )
    WEIGHTS_FILE.write_text(
        '"""Sentence-scorer weights; regenerate with `python -m bench.train_summarizer`.\n\n'
        f"Trained on all {n_articles} articles of IndoSum dev.01 (logistic regression on the\n"
        'gold extractive labels, features from digest.summarize.sentence_features)."""\n\n'
        f"FEATURE_NAMES: tuple[str, ...] = (\n{names}\n)\n\n"
        f"BIAS: float = {bias:+.4f}\n"
        f"WEIGHTS: tuple[float, ...] = (\n{values}\n)\n",
        encoding="utf-8",
    )


def main() -> None:
    """Train on all of dev.01 and write the shipped weights."""
    articles = load()
    x, y, groups = training_matrix(articles)
    bias, weights = fit(x, y, groups)
    write_weights(bias, weights, len(articles))
    print(f"trained on {len(articles)} articles, {len(y)} sentences -> {WEIGHTS_FILE}")
    for name, w in zip(FEATURE_NAMES, weights, strict=True):
        print(f"  {name:24s} {w:+.3f}")


if __name__ == "__main__":
    main()
