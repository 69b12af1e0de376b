"""Extractive summary (placeholder until the trained scorer lands)."""

from digest.model import ParsedArticle
from digest.sentences import split_sentences


def summarize(article: ParsedArticle, n: int = 2) -> tuple[str, ...]:
    """Pick n sentences from the body, in body order."""
    sentences = [s for p in article.body for s in split_sentences(p, article.language)]
    return tuple(sentences[:n])
