"""Full-text search over stored articles: one function, FTS5 or tsvector underneath."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from digest.snippets import make_snippet
from digest.terms import query_terms
from storage.articles import ArticleRepository, StoredArticle
from storage.search_shards import Window, shard_reader

# A query matching thousands of articles (a common word) is answered from its newest
# RANKED_MATCHES matches only: scoring a match costs ~1 us in FTS5 and ~7 us in PostgreSQL
# (each tsvector is detoasted), so ranking 30,000 matches took 30-200 ms; and a news reader
# wants the recent ones anyway. The same window on both backends keeps their results equal.
RANKED_MATCHES = 300
# Counting stops here and the page says "at least" (SearchPage.total_capped): an exact count
# of a common word visited ~13,000 heap pages on PostgreSQL (~20 ms) for a number nobody
# reads beyond "1000+".
COUNTED_MATCHES = 1000
# Relevance ranks the matches in the newest HORIZON_SHARDS shards of the index (the newest
# 50,000-100,000 articles, storage.search_index); older matches follow, newest first, and
# are counted only as far as a page needs them. So a search costs what it did at 100,000
# articles however large the archive: walking three common words' doclists to their 1,000th
# joint match, or bm25 reading the statistics of every shard that holds a match, took
# 20-50 ms at 1,000,000 articles.
HORIZON_SHARDS = 2


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the article, its relevance, and a snippet with highlight spans."""

    article: StoredArticle
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of results and how many articles match in all (at least, when capped)."""

    hits: tuple[SearchHit, ...]
    total: int
    # True when `total` is a floor ("1000+", "37+"): more than COUNTED_MATCHES articles match,
    # or the page was filled before the shards past the ranking horizon were read.
    total_capped: bool = False


async def search_articles(
    session: AsyncSession, query: str, *, limit: int = 10, offset: int = 0
) -> SearchPage:
    """Search stored articles for all words of query (any input is read as plain words)."""
    groups = query_terms(query)
    if not groups or limit <= 0:
        return SearchPage(hits=(), total=0)
    offset = max(offset, 0)
    wanted = offset + limit
    ranked = max(RANKED_MATCHES, wanted)
    window = Window(limit, offset, ranked, max(COUNTED_MATCHES, ranked))
    reader = shard_reader(session, groups)
    shards = await reader.shards()
    recent, older = shards[:HORIZON_SHARDS], shards[HORIZON_SHARDS:]
    found, total = await reader.ranked_page(recent, window) if recent else ([], 0)
    capped = total > window.counted
    if older and not capped and total < wanted:
        # Too few matches in the horizon for this page: older ones follow, newest first.
        skip = max(offset - total, 0)
        past = await reader.newest(older, wanted - total)
        found += [(a, 0.0) for a in await ArticleRepository(session).get_many(past[skip:])]
        # As many as asked for: there may be more.
        capped = len(past) == wanted - total
        total += len(past)
    elif older and not capped:
        # Enough in the horizon: the older shards are not counted, so the total is a floor.
        capped = True
    stems = frozenset(stem for group in groups for stem in group)
    hits = []
    for article, score in found:
        card = article.card
        snippet, highlights = make_snippet([_join(card.lede, *card.body), card.headline], stems)
        hits.append(SearchHit(article, score, snippet, highlights))
    return SearchPage(tuple(hits), min(total, window.counted), capped)


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)
