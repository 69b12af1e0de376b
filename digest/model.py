"""The frozen values that flow out of `digest/`: a parsed article and its card."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from digest.problems import Explained


class ArticleRejected(Explained, ValueError):
    """Raised when input cannot be read as a news article; the message says why."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote and the person it is attributed to (None when unattributed)."""

    text: str
    speaker: str | None


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article as an editor reads it: metadata plus the article's own paragraphs."""

    headline: str
    body: tuple[str, ...]
    language: str = "id"
    published: datetime | None = None
    source: str | None = None
    author: str | None = None
    dateline: str | None = None
    lede: str | None = None
    url: str | None = None
    # The lead picture's URL (kabar never downloads it); None when the article has none.
    image: str | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """The short form kabar stores and sends: a parsed article plus summary, quote, topics."""

    headline: str
    body: tuple[str, ...]
    summary: tuple[str, ...]
    language: str = "id"
    published: datetime | None = None
    source: str | None = None
    author: str | None = None
    dateline: str | None = None
    lede: str | None = None
    key_quote: Quote | None = None
    topics: tuple[str, ...] = field(default=())
    category: str | None = None
    url: str | None = None
    image: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the card as the JSON object `kabar summarize --json` prints."""
        return {
            "headline": self.headline,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "author": self.author,
            "dateline": self.dateline,
            "language": self.language,
            "summary": list(self.summary),
            "key_quote": (
                {"text": self.key_quote.text, "speaker": self.key_quote.speaker}
                if self.key_quote
                else None
            ),
            "topics": list(self.topics),
            "category": self.category,
            "lede": self.lede,
            "body": list(self.body),
            "url": self.url,
            "image": self.image,
        }
