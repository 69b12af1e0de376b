"""Make the card kabar stores and sends: parse, summarise, quote and tag one article."""

from __future__ import annotations

from digest.model import Card
from digest.parse import parse_article
from digest.quote import key_quote
from digest.summarize import summarize
from digest.tag import tag


def make_card(
    raw: str | bytes,
    *,
    sentences: int = 2,
    url: str | None = None,
    content_type: str | None = None,
) -> Card:
    """Read one article (text or HTML) and return its card; raises ArticleRejected if unreadable."""
    article = parse_article(raw, url=url, content_type=content_type)
    quote = key_quote(article)
    topics, category = tag(article, speaker=quote.speaker if quote else None)
    return Card(
        headline=article.headline,
        body=article.body,
        # The card shows the key quote on its own; the summary should not say it twice.
        summary=summarize(article, sentences, quote=quote.text if quote else None),
        language=article.language,
        published=article.published,
        source=article.source,
        author=article.author,
        dateline=article.dateline,
        lede=article.lede,
        key_quote=quote,
        topics=(*topics, category) if category else topics,
        category=category,
        url=article.url,
        image=article.image,
    )
