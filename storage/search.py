"""Full-text search over stored articles: one function, FTS5 or tsvector underneath."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.articles import ArticleRepository, StoredArticle
from storage.models import Article
from storage.search_index import dialect_name
from storage.snippets import make_snippet
from storage.terms import query_terms

# bm25 column weights (headline, body): a headline hit counts like ten body hits.
_SQLITE_WEIGHTS = "10.0, 1.0"
# A query matching thousands of articles (a common word) is answered from its newest
# RANKED_MATCHES matches only: scoring a match costs ~1 us in FTS5 and ~7 us in PostgreSQL
# (each tsvector is detoasted), so ranking 30,000 matches took 30-200 ms; and a news reader
# wants the recent ones anyway. The same window on both backends keeps their results equal.
RANKED_MATCHES = 300
# Extra ranked rows fetched past the page so ties at its last score can be ordered by recency
# without joining every match to `articles` (that join dominated latency on big result sets).
_TIE_SLACK = 32
_RECENCY = "coalesce(a.published_at, a.stored_at) DESC, a.id DESC"

Groups = tuple[tuple[str, ...], ...]
Ranked = list[tuple[int, float]]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the article, its relevance, and a snippet with highlight spans."""

    article: StoredArticle
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of results and how many articles match in all."""

    hits: tuple[SearchHit, ...]
    total: int


async def search_articles(
    session: AsyncSession, query: str, *, limit: int = 10, offset: int = 0
) -> SearchPage:
    """Search stored articles for all words of query (any input is read as plain words)."""
    groups = query_terms(query)
    if not groups or limit <= 0:
        return SearchPage(hits=(), total=0)
    offset = max(offset, 0)
    build = _sqlite_statements if dialect_name(session) == "sqlite" else _postgresql_statements
    statements = build(groups)
    async with _prefer_index(session):
        window = max(RANKED_MATCHES, offset + limit + _TIE_SLACK)
        params = statements.params | {"skip": window - 1}
        total, floor = (await session.execute(text(statements.count), params)).one()
        total = int(total or 0)
        if total <= offset:
            return SearchPage(hits=(), total=total)
        ranked = await _page(session, statements, int(floor or 0), limit, offset)
    articles = await ArticleRepository(session).get_many([article_id for article_id, _ in ranked])
    stems = frozenset(stem for group in groups for stem in group)
    hits = []
    for article, (_, score) in zip(articles, ranked, strict=True):
        card = article.card
        snippet, highlights = make_snippet([_join(card.lede, *card.body), card.headline], stems)
        hits.append(SearchHit(article, score, snippet, highlights))
    return SearchPage(hits=tuple(hits), total=total)


@asynccontextmanager
async def _prefer_index(session: AsyncSession) -> AsyncIterator[None]:
    """On PostgreSQL, keep the planner on the GIN index for the search statements."""
    if dialect_name(session) != "postgresql":
        yield
        return
    # The planner prices `@@` as cheap and picks a sequential scan once a word is common,
    # but that scan detoasts every tsvector: 20-50x slower than the bitmap index scan.
    previous = await session.scalar(text("SELECT current_setting('enable_seqscan')"))
    await session.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
    try:
        yield
    finally:
        await session.execute(
            text("SELECT set_config('enable_seqscan', :previous, true)"), {"previous": previous}
        )


async def _page(
    session: AsyncSession, statements: _Statements, floor: int, limit: int, offset: int
) -> Ranked:
    """Rank by relevance, newest first among equals (publication, else storage time, then id)."""
    wanted = offset + limit
    params = statements.params | {"n": wanted + _TIE_SLACK, "floor": floor}
    # Without a floor the id condition is left out: on PostgreSQL it would invite a primary
    # key scan that detoasts every row's tsvector.
    top = statements.top if floor else statements.top.replace(statements.floor, "")
    candidates = [
        (int(article_id), float(score))
        for article_id, score in await session.execute(text(top), params)
    ]
    if len(candidates) > wanted and candidates[-1][1] == candidates[wanted - 1][1]:
        # More articles share the page's last score than we fetched: order them all in SQL.
        params = statements.params | {"limit": limit, "offset": offset, "floor": floor}
        full = statements.full if floor else statements.full.replace(statements.floor, "")
        rows = await session.execute(text(full), params)
        return [(int(article_id), float(score)) for article_id, score in rows]
    recency = func.coalesce(Article.published_at, Article.stored_at)
    when = dict(
        (await session.execute(
            select(Article.id, recency).where(Article.id.in_([i for i, _ in candidates]))
        )).all()
    )  # fmt: skip
    candidates.sort(key=lambda hit: hit[0], reverse=True)
    candidates.sort(key=lambda hit: when[hit[0]], reverse=True)
    candidates.sort(key=lambda hit: hit[1], reverse=True)
    return candidates[offset:wanted]


@dataclass(frozen=True, slots=True)
class _Statements:
    count: str  # how many match, and the id of the (:skip + 1)-th newest (the window's floor)
    top: str  # the best :n matches by score alone; every score is higher-is-better
    full: str  # one page (:limit, :offset) ordered by score then recency, over every match
    params: dict[str, object]
    floor: str  # the condition in `top` and `full` that starts the ranked window at :floor


def _sqlite_statements(groups: Groups) -> _Statements:
    # Every stem is a quoted FTS5 string, so nothing the user typed is read as syntax.
    match = " AND ".join(
        "(" + " OR ".join('"' + stem.replace('"', '""') + '"' for stem in group) + ")"
        for group in groups
    )
    # bm25() is lower-is-better; negated so both backends' scores are higher-is-better.
    score = f"-bm25(article_search, {_SQLITE_WEIGHTS})"
    where = "WHERE article_search MATCH :q"
    floor = " AND rowid >= :floor"
    matches = f"SELECT rowid AS id, {score} AS score FROM article_search {where}{floor}"
    return _Statements(
        count=(
            f"SELECT (SELECT count(*) FROM article_search {where}), "
            f"(SELECT rowid FROM article_search {where} ORDER BY rowid DESC LIMIT 1 OFFSET :skip)"
        ),
        top=f"{matches} ORDER BY score DESC LIMIT :n",
        full=(
            f"SELECT m.id, m.score FROM ({matches}) AS m JOIN articles AS a ON a.id = m.id "
            f"ORDER BY m.score DESC, {_RECENCY} LIMIT :limit OFFSET :offset"
        ),
        params={"q": match},
        floor=floor,
    )


def _postgresql_statements(groups: Groups) -> _Statements:
    params: dict[str, object] = {}
    floor = " AND a.id >= :floor"
    ands = []
    for g, group in enumerate(groups):
        ors = []
        for s, stem in enumerate(group):
            params[f"t{g}_{s}"] = stem
            # plainto_tsquery reads its argument as text, never as tsquery syntax.
            ors.append(f"plainto_tsquery('simple', :t{g}_{s})")
        ands.append("(" + " || ".join(ors) + ")")
    query = " && ".join(ands)
    # Normalisation 1 divides by 1 + log(length), like bm25's preference for short matches.
    matches = (
        f"SELECT a.id, ts_rank_cd(a.search_vector, q.query, 1) AS score "
        f"FROM articles AS a, (SELECT {query} AS query) AS q "
        f"WHERE a.search_vector @@ q.query{floor}"
    )
    where = f"WHERE search_vector @@ ({query})"
    return _Statements(
        # One bitmap scan for both: left alone, the planner walks the primary key backwards
        # for the floor, detoasting every row it passes.
        count=(
            f"WITH m AS MATERIALIZED (SELECT id FROM articles {where}) "
            "SELECT (SELECT count(*) FROM m), "
            "(SELECT id FROM m ORDER BY id DESC LIMIT 1 OFFSET :skip)"
        ),
        top=f"{matches} ORDER BY score DESC LIMIT :n",
        full=f"{matches} ORDER BY score DESC, {_RECENCY} LIMIT :limit OFFSET :offset",
        params=params,
        floor=floor,
    )


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)
