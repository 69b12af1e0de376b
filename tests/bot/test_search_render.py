"""How a page of search results reads, including a capped total."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.handlers.search import render_page
from digest.model import Card
from storage.articles import StoredArticle
from storage.search import SearchHit, SearchPage


def _hit(headline: str) -> SearchHit:
    card = Card(headline=headline, body=("Banjir di <Garut> & sekitarnya.",), summary=())
    article = StoredArticle(
        id=7, card=card, stored_at=datetime(2024, 1, 1, tzinfo=UTC), content_hash="x",
        canonical_url=None, story_id=None, feed_id=None,
    )  # fmt: skip
    return SearchHit(article=article, score=1.0, snippet="Banjir di <Garut>", highlights=((0, 6),))


def test_capped_total_reads_as_at_least() -> None:
    page = SearchPage(hits=(_hit("Banjir Garut"),), total=1000, total_capped=True)
    text = render_page("banjir", page, 0, "en")
    assert text.startswith("<b>1000+</b> results for <b>banjir</b> (1–1):")


def test_hit_is_escaped_and_match_is_bold() -> None:
    page = SearchPage(hits=(_hit("Banjir <b>Garut</b>"),), total=1)
    text = render_page("banjir", page, 0, "id")
    assert "Banjir &lt;b&gt;Garut&lt;/b&gt;" in text
    assert "<b>Banjir</b> di &lt;Garut&gt;" in text
