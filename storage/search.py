"""Full-text search over stored articles: one function, FTS5 or tsvector underneath."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from digest.snippets import make_snippet
from digest.terms import query_terms
from storage.articles import (
    ARTICLE_COLUMNS,
    ArticleRepository,
    StoredArticle,
    article_from_driver_row,
)
from storage.db import aiosqlite_connection
from storage.search_index import dialect_name

# A query matching thousands of articles (a common word) is answered from its newest
# RANKED_MATCHES matches only: scoring a match costs ~1 us in FTS5 and ~7 us in PostgreSQL
# (each tsvector is detoasted), so ranking 30,000 matches took 30-200 ms; and a news reader
# wants the recent ones anyway. The same window on both backends keeps their results equal.
RANKED_MATCHES = 300
# Counting stops here and the page says "at least" (SearchPage.total_capped): an exact count
# of a common word visited ~13,000 heap pages on PostgreSQL (~20 ms) for a number nobody
# reads beyond "1000+".
COUNTED_MATCHES = 1000

Groups = tuple[tuple[str, ...], ...]
Found = list[tuple[StoredArticle, float]]

_RECENCY = "coalesce(a.published_at, a.stored_at) DESC, a.id DESC"


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
    # True when more than COUNTED_MATCHES articles match: `total` is then a floor ("1000+").
    total_capped: bool = False


@dataclass(frozen=True, slots=True)
class _Window:
    """What to fetch: one page of the `ranked` newest matches, counting up to `counted`."""

    limit: int
    offset: int
    ranked: int
    counted: int


async def search_articles(
    session: AsyncSession, query: str, *, limit: int = 10, offset: int = 0
) -> SearchPage:
    """Search stored articles for all words of query (any input is read as plain words)."""
    groups = query_terms(query)
    if not groups or limit <= 0:
        return SearchPage(hits=(), total=0)
    offset = max(offset, 0)
    ranked = max(RANKED_MATCHES, offset + limit)
    window = _Window(limit, offset, ranked, max(COUNTED_MATCHES, ranked))
    if dialect_name(session) == "sqlite":
        found, total = await _sqlite_page(session, groups, window)
    else:
        found, total = await _postgresql_page(session, groups, window)
    stems = frozenset(stem for group in groups for stem in group)
    hits = []
    for article, score in found:
        card = article.card
        snippet, highlights = make_snippet([_join(card.lede, *card.body), card.headline], stems)
        hits.append(SearchHit(article, score, snippet, highlights))
    return SearchPage(tuple(hits), min(total, window.counted), total > window.counted)


# The matches' ids up to the count cap (one forward walk, the order FTS5 reads fastest), their
# capped count, and the ranked window's floor: the rowid of the :ranked-th newest match. When
# fewer than :counted match, the floor comes from the materialized ids (no second walk);
# otherwise FTS5 walks backwards for it (slower, but a query matching 1,000+ articles finds its
# newest :ranked quickly). Walking backwards for every query cost 1.5-2 ms more at the p95
# (3-word queries of common words matching a few hundred articles). Materialized once and
# read by the statements below as constants, so each search is one round trip.
_SQLITE_COUNTED = (
    "WITH matches AS MATERIALIZED (SELECT rowid AS id FROM article_search"
    " WHERE article_search MATCH :q LIMIT :counted),"
    " counted AS MATERIALIZED (SELECT c, CASE WHEN c >= :counted THEN"
    " (SELECT rowid FROM article_search WHERE article_search MATCH :q"
    " ORDER BY rowid DESC LIMIT 1 OFFSET :skip)"
    " ELSE (SELECT min(id) FROM (SELECT id FROM matches ORDER BY id DESC LIMIT :skip + 1))"
    " END AS floor FROM (SELECT count(*) AS c FROM matches)) "
)
# The window ordered by score, then publication (else storage) time, then id. bm25() is
# lower-is-better: negated so both backends' scores are higher-is-better; a headline hit
# counts like ten body hits. Scoring in the counting walk instead cost 1.5-2x more: FTS5
# would score all :counted rows.
_SQLITE_SCORED = (
    "SELECT rowid AS id, -bm25(article_search, 10.0, 1.0) AS score FROM article_search"
    " WHERE article_search MATCH :q AND rowid >= (SELECT floor FROM counted)"
)
# The best :best rows of the window by score alone, numbered in page order (score, then
# recency): only those rows join `articles`, as reading the whole window's 300 article pages
# cost more than the scoring on a cold cache. The page's rows come with their articles and
# topics, and every result row (at least one, even with no page) with the match count, how
# many rows were numbered, and the lowest score among them, to detect ties past the slack.
_SQLITE_SEARCH = (
    f"{_SQLITE_COUNTED}, best AS MATERIALIZED (SELECT m.id, m.score,"
    f" row_number() OVER (ORDER BY m.score DESC, {_RECENCY}) AS pos"
    f" FROM ({_SQLITE_SCORED} ORDER BY score DESC LIMIT :best) AS m"
    " JOIN articles AS a ON a.id = m.id) "
    "SELECT counted.c, (SELECT count(*) FROM best), (SELECT min(score) FROM best), p.*"
    " FROM counted LEFT JOIN (SELECT b.pos, b.score, "
    + ", ".join(f"a.{column}" for column in ARTICLE_COLUMNS)
    + ", (SELECT json_group_array(json_array(at.rank, t.name)) FROM article_topics AS at"
    " JOIN topics AS t ON t.id = at.topic_id WHERE at.article_id = a.id)"
    " FROM best AS b JOIN articles AS a ON a.id = b.id"
    " WHERE b.pos > :offset AND b.pos <= :wanted) AS p ON 1 ORDER BY p.pos"
)
# When more rows tie at the page's last score than were fetched: the whole window in order.
_SQLITE_PAGE = text(
    f"{_SQLITE_COUNTED}SELECT m.id, m.score FROM ({_SQLITE_SCORED}) AS m"
    f" JOIN articles AS a ON a.id = m.id ORDER BY m.score DESC, {_RECENCY}"
    " LIMIT :limit OFFSET :offset"
)
# Rows fetched past the page so that ties at its last score can be ordered by recency.
_TIE_SLACK = 32


async def _sqlite_page(session: AsyncSession, groups: Groups, window: _Window) -> tuple[Found, int]:
    """The page's articles with their scores, and the match count (up to window.counted + 1)."""
    # Every stem is a quoted FTS5 string, so nothing the user typed is read as syntax.
    match = " AND ".join(
        "(" + " OR ".join('"' + stem.replace('"', '""') + '"' for stem in group) + ")"
        for group in groups
    )
    wanted = window.offset + window.limit
    params = {
        "q": match,
        "counted": window.counted + 1,
        "skip": window.ranked - 1,
        "best": wanted + _TIE_SLACK,
        "offset": window.offset,
        "wanted": wanted,
    }
    # Straight through the driver, in one call to its thread: SQLAlchemy's adapter makes four
    # (cursor, execute, fetch, close) per statement, each ~0.1-0.2 ms of thread hand-off,
    # and this statement replaces two more that loaded the page's articles and topics.
    connection = await session.connection()
    driver = aiosqlite_connection(await connection.get_raw_connection())
    rows = list(await driver.execute_fetchall(_SQLITE_SEARCH, params))
    total, numbered, lowest = rows[0][:3]
    page = [row for row in rows if row[3] is not None]
    # A full page whose last score is also the lowest numbered one may tie with rows past the
    # slack that are newer: order the whole window instead (rare: 32 rows of one score).
    if numbered > wanted and page and page[-1][4] == lowest:
        params |= {"limit": window.limit}
        ranked = [
            (int(i), float(score)) for i, score in await session.execute(_SQLITE_PAGE, params)
        ]
        articles = await ArticleRepository(session).get_many([i for i, _ in ranked])
        return [(a, score) for a, (_, score) in zip(articles, ranked, strict=True)], total
    return _decoded(session, [row[4:] for row in page]), int(total)


def _decoded(session: AsyncSession, rows: Iterable[Sequence[Any]]) -> Found:
    """(article, score) from rows of: score, the article's columns, its topics as JSON pairs."""
    dialect = session.get_bind().dialect
    found = []
    for row in rows:
        topics = tuple(name for _, name in sorted(json.loads(row[-1] or "[]")))
        article = article_from_driver_row(dialect, row[1:-1], topics)
        found.append((article, float(row[0])))
    return found


async def _postgresql_page(
    session: AsyncSession, groups: Groups, window: _Window
) -> tuple[Found, int]:
    """The page's articles with their scores, and the match count (up to window.counted + 1)."""
    params: dict[str, object] = {}
    ands = []
    for g, group in enumerate(groups):
        ors = []
        for s, stem in enumerate(group):
            params[f"t{g}_{s}"] = stem
            # plainto_tsquery reads its argument as text, never as tsquery syntax.
            ors.append(f"plainto_tsquery('simple', :t{g}_{s})")
        ands.append("(" + " || ".join(ors) + ")")
    query = " && ".join(ands)
    newest = await _newest_postgresql(session, query, params, window.counted + 1)
    if len(newest) <= window.offset:
        return [], len(newest)
    # Normalisation 1 divides by 1 + log(length), like bm25's preference for short matches.
    # The page's articles and topics come in the same statement (as on SQLite), not in two
    # more round trips.
    rank = text(
        "SELECT p.score, "
        + ", ".join(f"a.{column}" for column in ARTICLE_COLUMNS)
        + ", CAST((SELECT json_agg(json_build_array(at.rank, t.name)) FROM article_topics AS at"
        " JOIN topics AS t ON t.id = at.topic_id WHERE at.article_id = a.id) AS TEXT)"
        " FROM (SELECT a.id, ts_rank_cd(a.search_vector, q.query, 1) AS score,"
        " coalesce(a.published_at, a.stored_at) AS recency"
        f" FROM articles AS a, (SELECT {query} AS query) AS q"
        " WHERE a.id = ANY(CAST(:ids AS BIGINT[]))"
        f" ORDER BY score DESC, {_RECENCY} LIMIT :limit OFFSET :offset) AS p"
        " JOIN articles AS a ON a.id = p.id ORDER BY p.score DESC, p.recency DESC, a.id DESC"
    )
    rows = await session.execute(
        rank,
        params | {"ids": newest[: window.ranked], "limit": window.limit, "offset": window.offset},
    )
    return _decoded(session, rows), len(newest)


# The first id range searched for a query's newest matches; each further range is sized from
# the match density seen so far.
_FIRST_SPAN = 8192


async def _newest_postgresql(
    session: AsyncSession, query: str, params: dict[str, object], wanted: int
) -> list[int]:
    """Ids of the newest `wanted` matches, newest first, read in id ranges going back."""
    # GIN yields every match at once and unordered; fetching them all visits a heap page per
    # match (~13,000 for a common word). A bounded id range lets PostgreSQL AND the GIN bitmap
    # with the primary key's, so only the pages of the newest matches are read.
    # The planner prices `@@` as cheap, so it walks the primary key (backwards for the ORDER
    # BY, or over the id range) or the whole table, detoasting every tsvector it passes:
    # 20-100x slower than ANDing the GIN and primary key bitmaps. Plain index and sequential
    # scans are off for these statements only (restored below), set in the first round trip.
    top, seqscan, indexscan, _, _ = (
        await session.execute(
            text(
                "SELECT max(id), current_setting('enable_seqscan'), "
                "current_setting('enable_indexscan'), set_config('enable_seqscan', 'off', true), "
                "set_config('enable_indexscan', 'off', true) FROM articles"
            )
        )
    ).one()
    statement = text(
        f"SELECT id FROM articles WHERE search_vector @@ ({query}) "
        "AND id > :low AND id <= :high ORDER BY id DESC LIMIT :n"
    )
    found: list[int] = []
    high, span = int(top or 0), _FIRST_SPAN
    try:
        while high > 0 and len(found) < wanted:
            low = max(high - span, 0)
            rows = await session.execute(
                statement, params | {"low": low, "high": high, "n": wanted - len(found)}
            )
            found += [int(article_id) for (article_id,) in rows]
            searched = int(top) - low
            # Aim for the rest at the density seen so far, with room to spare; at least double.
            missing = wanted - len(found)
            span = max(2 * span, missing * searched // max(len(found), 1) * 2)
            high = low
    finally:
        await session.execute(
            text(
                "SELECT set_config('enable_seqscan', :seqscan, true), "
                "set_config('enable_indexscan', :indexscan, true)"
            ),
            {"seqscan": seqscan, "indexscan": indexscan},
        )
    return found


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)
