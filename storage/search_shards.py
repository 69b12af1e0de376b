"""How a search reads the index's shards (storage.search_index) on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.articles import (
    ARTICLE_COLUMNS,
    ArticleRepository,
    StoredArticle,
    article_from_driver_row,
)
from storage.db import aiosqlite_connection
from storage.search_index import dialect_name, shard_of, shard_table

Groups = tuple[tuple[str, ...], ...]
Found = list[tuple[StoredArticle, float]]

_RECENCY = "coalesce(a.published_at, a.stored_at) DESC, a.id DESC"
# The page's articles' columns and their topics as JSON pairs (rank, name).
_ARTICLE_FIELDS = ", ".join(f"a.{column}" for column in ARTICLE_COLUMNS)
_SQLITE_TOPICS = (
    "(SELECT json_group_array(json_array(at.rank, t.name)) FROM article_topics AS at"
    " JOIN topics AS t ON t.id = at.topic_id WHERE at.article_id = a.id)"
)
_POSTGRES_TOPICS = (
    "CAST((SELECT json_agg(json_build_array(at.rank, t.name)) FROM article_topics AS at"
    " JOIN topics AS t ON t.id = at.topic_id WHERE at.article_id = a.id) AS TEXT)"
)


@dataclass(frozen=True, slots=True)
class Window:
    """What to fetch: one page of the `ranked` newest matches, counting up to `counted`."""

    limit: int
    offset: int
    ranked: int
    counted: int


class ShardReader(Protocol):
    """One search's reads of the shards."""

    async def shards(self) -> list[int]:
        """The shards that hold articles (up to the newest article's), newest first."""

    async def ranked_page(self, shards: Sequence[int], window: Window) -> tuple[Found, int]:
        """The window's page ranked by relevance, and the match count (up to counted + 1)."""

    async def newest(self, shards: Sequence[int], count: int) -> list[int]:
        """Ids of the newest `count` matches in these shards, newest first."""


def shard_reader(session: AsyncSession, groups: Groups) -> ShardReader:
    """The reader for the session's backend."""
    if dialect_name(session) == "sqlite":
        return _SQLiteShards(session, groups)
    return _PostgresShards(session, groups)


def _in_use(tables: Iterable[str], newest_id: int | None) -> list[int]:
    """The shards up to the newest article's, newest first (none when there are no articles).

    A shard past it holds nothing (its articles were deleted): reading it would only narrow
    the ranking horizon.
    """
    if newest_id is None:
        return []
    newest = shard_of(int(newest_id))
    return sorted(
        (n for n in (int(t.rsplit("_", 1)[1]) for t in tables) if n <= newest), reverse=True
    )


def _decoded(session: AsyncSession, rows: Iterable[Sequence[Any]]) -> Found:
    """(article, score) from rows of: score, the article's columns, its topics as JSON pairs."""
    dialect = session.get_bind().dialect
    found = []
    for row in rows:
        topics = tuple(name for _, name in sorted(json.loads(row[-1] or "[]")))
        found.append((article_from_driver_row(dialect, row[1:-1], topics), float(row[0])))
    return found


# Each shard read newest first (FTS5 walks its doclists backwards for ORDER BY rowid DESC),
# the newest shard first: LIMIT stops the walk as soon as it has enough.
def _sqlite_walk(shards: Sequence[int]) -> str:
    return " UNION ALL ".join(
        f"SELECT * FROM (SELECT rowid AS id FROM {t} WHERE {t} MATCH :q ORDER BY rowid DESC)"
        for t in map(shard_table, shards)
    )


# The newest matches up to the count cap, their count, and the ranked window's floor (the
# rowid of its oldest match). Materialized once and read below as constants, so a search is
# one round trip.
def _sqlite_counted(shards: Sequence[int]) -> str:
    return (
        f"WITH matches AS MATERIALIZED (SELECT id FROM ({_sqlite_walk(shards)}) LIMIT :counted),"
        " counted AS MATERIALIZED (SELECT (SELECT count(*) FROM matches) AS c,"
        " (SELECT min(id) FROM (SELECT id FROM matches ORDER BY id DESC LIMIT :ranked)) AS floor) "
    )


# The window's matches with their scores. bm25() is lower-is-better: negated so both backends'
# scores are higher-is-better; a headline hit counts like ten body hits. Each shard ranks with
# its own statistics, and bm25 reads them only in a shard holding part of the window.
def _sqlite_scored(shards: Sequence[int]) -> str:
    return " UNION ALL ".join(
        f"SELECT rowid AS id, -bm25({t}, 10.0, 1.0) AS score FROM {t}"
        f" WHERE {t} MATCH :q AND rowid >= (SELECT floor FROM counted)"
        for t in map(shard_table, shards)
    )


# The best :best rows of the window by score alone, numbered in page order (score, then
# recency): only those rows join `articles`, as reading the whole window's 300 article pages
# cost more than the scoring on a cold cache. The page's rows come with their articles and
# topics, and every result row (at least one, even with no page) with the match count, how
# many rows were numbered, and the lowest score among them, to detect ties past the slack.
def _sqlite_search(shards: Sequence[int]) -> str:
    return (
        f"{_sqlite_counted(shards)}, best AS MATERIALIZED (SELECT m.id, m.score,"
        f" row_number() OVER (ORDER BY m.score DESC, {_RECENCY}) AS pos"
        f" FROM ({_sqlite_scored(shards)} ORDER BY score DESC LIMIT :best) AS m"
        " JOIN articles AS a ON a.id = m.id) "
        "SELECT counted.c, (SELECT count(*) FROM best), (SELECT min(score) FROM best), p.*"
        f" FROM counted LEFT JOIN (SELECT b.pos, b.score, {_ARTICLE_FIELDS}, {_SQLITE_TOPICS}"
        " FROM best AS b JOIN articles AS a ON a.id = b.id"
        " WHERE b.pos > :offset AND b.pos <= :wanted) AS p ON 1 ORDER BY p.pos"
    )


# When more rows tie at the page's last score than were fetched: the whole window in order.
def _sqlite_page(shards: Sequence[int]) -> str:
    return (
        f"{_sqlite_counted(shards)}SELECT m.id, m.score FROM ({_sqlite_scored(shards)}) AS m"
        f" JOIN articles AS a ON a.id = m.id ORDER BY m.score DESC, {_RECENCY}"
        " LIMIT :limit OFFSET :offset"
    )


# Rows fetched past the page so that ties at its last score can be ordered by recency.
_TIE_SLACK = 32
# The shards' FTS5 tables (their shadow tables are plain tables), and the newest article's id.
_SQLITE_SHARDS = (
    "SELECT name, (SELECT max(id) FROM articles) FROM sqlite_master WHERE type = 'table'"
    " AND name GLOB 'article_search_[0-9]*' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
)


class _SQLiteShards:
    """FTS5 shards, read straight through the driver: one call to its thread per statement.

    SQLAlchemy's adapter makes four (cursor, execute, fetch, close), each ~0.1-0.2 ms of
    thread hand-off.
    """

    def __init__(self, session: AsyncSession, groups: Groups) -> None:
        self._session = session
        # Every stem is a quoted FTS5 string, so nothing the user typed is read as syntax.
        self._match = " AND ".join(
            "(" + " OR ".join('"' + stem.replace('"', '""') + '"' for stem in group) + ")"
            for group in groups
        )

    async def _rows(self, statement: str, params: dict[str, object]) -> list[Any]:
        connection = await self._session.connection()
        driver = aiosqlite_connection(await connection.get_raw_connection())
        return list(await driver.execute_fetchall(statement, params))

    async def shards(self) -> list[int]:
        rows = await self._rows(_SQLITE_SHARDS, {})
        return _in_use([name for name, _ in rows], rows[0][1] if rows else None)

    async def ranked_page(self, shards: Sequence[int], window: Window) -> tuple[Found, int]:
        wanted = window.offset + window.limit
        params: dict[str, object] = {
            "q": self._match,
            "counted": window.counted + 1,
            "ranked": window.ranked,
            "best": wanted + _TIE_SLACK,
            "offset": window.offset,
            "wanted": wanted,
        }
        rows = await self._rows(_sqlite_search(shards), params)
        total, numbered, lowest = rows[0][:3]
        page = [row for row in rows if row[3] is not None]
        # A full page whose last score is also the lowest numbered one may tie with rows past
        # the slack that are newer: order the whole window instead (rare: 32 rows of one score).
        if numbered > wanted and page and page[-1][4] == lowest:
            params |= {"limit": window.limit}
            rows = await self._rows(_sqlite_page(shards), params)
            ranked = [(int(i), float(score)) for i, score in rows]
            articles = await ArticleRepository(self._session).get_many([i for i, _ in ranked])
            return [(a, score) for a, (_, score) in zip(articles, ranked, strict=True)], total
        return _decoded(self._session, [row[4:] for row in page]), int(total)

    async def newest(self, shards: Sequence[int], count: int) -> list[int]:
        statement = f"SELECT id FROM ({_sqlite_walk(shards)}) LIMIT :count"
        return [int(i) for (i,) in await self._rows(statement, {"q": self._match, "count": count})]


# The shards' tables, newest first, in the first round trip; the newest matches come from
# kabar_search_newest (migration 0014), which reads the shards newest first through their GIN
# indexes with plain index and sequential scans off: the planner prices `@@` as cheap, so it
# would walk a shard's primary key backwards or scan it whole, detoasting every tsvector it
# passes, 20-100x slower than the GIN bitmap. The function's own settings end with it.
_POSTGRES_SHARDS = (
    "SELECT coalesce(array_agg(relname::text), '{}'), (SELECT max(id) FROM articles)"
    " FROM pg_class WHERE relkind = 'r'"
    " AND relnamespace = CAST(current_schema() AS regnamespace)"
    " AND relname ~ '^article_search_[0-9]+$'"
)


class _PostgresShards:
    """tsvector shards with a GIN index each."""

    def __init__(self, session: AsyncSession, groups: Groups) -> None:
        self._session = session
        self._params: dict[str, object] = {}
        ands = []
        for g, group in enumerate(groups):
            ors = []
            for s, stem in enumerate(group):
                self._params[f"t{g}_{s}"] = stem
                # plainto_tsquery reads its argument as text, never as tsquery syntax.
                ors.append(f"plainto_tsquery('simple', :t{g}_{s})")
            ands.append("(" + " || ".join(ors) + ")")
        self._query = " && ".join(ands)

    async def shards(self) -> list[int]:
        names, newest = (await self._session.execute(text(_POSTGRES_SHARDS))).one()
        return _in_use(names, newest)

    def _newest(self) -> str:
        return f"kabar_search_newest(CAST(:shards AS INTEGER[]), {self._query}, :counted) AS n(id)"

    async def ranked_page(self, shards: Sequence[int], window: Window) -> tuple[Found, int]:
        # Normalisation 1 divides by 1 + log(length), like bm25's preference for short
        # matches; ts_rank_cd reads no statistics of the shard, only the row's vector.
        scored = " UNION ALL ".join(
            f"SELECT s.id, ts_rank_cd(s.vector, q.query, 1) AS score FROM {t} AS s"
            " JOIN ranked AS r ON r.id = s.id, q"
            for t in map(shard_table, shards)
        )
        statement = text(
            f"WITH q AS (SELECT {self._query} AS query),"
            f" matches AS MATERIALIZED (SELECT id FROM {self._newest()}),"
            " ranked AS MATERIALIZED (SELECT id FROM matches ORDER BY id DESC LIMIT :ranked),"
            " page AS (SELECT m.id, m.score, coalesce(a.published_at, a.stored_at) AS recency"
            f" FROM ({scored}) AS m JOIN articles AS a ON a.id = m.id"
            f" ORDER BY m.score DESC, {_RECENCY} LIMIT :limit OFFSET :offset)"
            " SELECT (SELECT count(*) FROM matches), p.*"
            f" FROM (SELECT 1) AS one LEFT JOIN (SELECT p.score, {_ARTICLE_FIELDS},"
            f" {_POSTGRES_TOPICS}, p.recency FROM page AS p JOIN articles AS a ON a.id = p.id)"
            " AS p ON true ORDER BY p.score DESC, p.recency DESC, p.id DESC"
        )
        params = self._params | {
            "shards": list(shards),
            "counted": window.counted + 1,
            "ranked": window.ranked,
            "limit": window.limit,
            "offset": window.offset,
        }
        rows = list(await self._session.execute(statement, params))
        page = [row[1:-1] for row in rows if row[1] is not None]
        return _decoded(self._session, page), int(rows[0][0])

    async def newest(self, shards: Sequence[int], count: int) -> list[int]:
        statement = text(f"SELECT id FROM {self._newest()}")
        params = self._params | {"shards": list(shards), "counted": count}
        return [int(i) for (i,) in await self._session.execute(statement, params)]
