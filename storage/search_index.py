"""Writes and removes search index rows: FTS5 on SQLite, a tsvector column on PostgreSQL."""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from digest.model import Card
from digest.terms import index_text

# The index is laid out by time: articles go into shards of SHARD_SIZE consecutive ids (ids
# only grow, so a shard is a stretch of time), one table each, article_search_<n>: an FTS5
# table on SQLite, an (id, tsvector) table with its own GIN index on PostgreSQL. A search
# reads the newest shards first and ranks within the newest ones (storage.search), so its
# cost follows the size of a shard, not of the archive: FTS5's bm25 reads every doclist of
# the table it ranks in (25 ms of a 33 ms search at 1,000,000 articles in one table), and a
# GIN index hands PostgreSQL every match of a word, however old.
SHARD_SIZE = 50_000
SQLITE_SHARD = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
    "headline, body, tokenize = 'unicode61 remove_diacritics 2')"
)
POSTGRES_SHARD = (
    "CREATE TABLE IF NOT EXISTS {table} (id BIGINT PRIMARY KEY, vector TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS {table}_vector ON {table} USING gin (vector)",
)
# Taken while creating a PostgreSQL shard, so two ingests creating the same one take turns.
_SHARD_LOCK = 0x6B616261_7368  # "kaba" "sh"
# 'simple' only lowercases: the stemming already happened in digest.terms, identically
# for documents and queries, so both backends see the same terms.
POSTGRES_VECTOR = (
    "setweight(to_tsvector('simple', {headline}), 'A') || "
    "setweight(to_tsvector('simple', {body}), 'D')"
)

# postgres_vector builds POSTGRES_VECTOR's value itself, in the binary form PostgreSQL
# receives without parsing: to_tsvector was ~0.3 ms of CPU per article in the server, its
# text parser mostly, the binary input ~0.02 ms. It only takes terms whose reading it is
# sure of: space-separated runs of ASCII letters and digits, which the default parser reads
# as one word each (checked against ts_debug on 130,000 such words), with three exceptions
# it declines: scientific notation followed by letters ("1e5x" is two words there), words
# of 2,047+ bytes (dropped) and vectors at PostgreSQL's limits (positions cap at 16,383,
# 255 per lexeme per to_tsvector call, 1 MB of lexemes). Everything else is left to
# to_tsvector (None), so what is stored never depends on which path built it.
_LOWERCASE_AND_SPACE = b"abcdefghijklmnopqrstuvwxyz "
_DIGITS = b"0123456789"
_SPLIT_NUMBER = re.compile(r"(?:^| )[0-9]+e[0-9]+[a-z]")
_LONGEST_WORD = 2046
_MAX_POSITION = 16_383
_MAX_LEXEME_POSITIONS = 255
_MAX_LEXEME_BYTES = 1 << 20
# Each position is a big-endian uint16, the weight in its top two bits (A = 3, D = 0).
_HEADLINE_POSITIONS = tuple((0xC000 | p).to_bytes(2, "big") for p in range(_MAX_POSITION))
_BODY_POSITIONS = tuple(p.to_bytes(2, "big") for p in range(_MAX_POSITION))
# What follows a lexeme before its positions (NUL, then their count), indexed by their bytes.
_POSITION_COUNTS = tuple(
    b"\0" + (n // 2).to_bytes(2, "big") for n in range(2 * _MAX_LEXEME_POSITIONS + 1)
)
_WEIGHTS = ("", "C", "B", "A")


@dataclass(frozen=True, slots=True)
class IndexTerms:
    """An article as the search index stores it: stemmed headline, stemmed lede and body."""

    headline: str
    body: str


def index_terms(card: Card) -> IndexTerms:
    """The index form of a card; pure, so bulk ingest can compute it in worker processes."""
    parts = [card.lede, *card.body] if card.lede else list(card.body)
    return IndexTerms(index_text(card.headline), index_text("\n".join(parts)))


@dataclass(frozen=True, slots=True)
class IndexedText:
    """One article's index row: its id and its terms."""

    article_id: int
    terms: IndexTerms


def dialect_name(session: AsyncSession) -> str:
    """Return 'sqlite' or 'postgresql' for the session's database."""
    return session.get_bind().dialect.name


def postgres_vector(terms: IndexTerms) -> bytes | None:
    """POSTGRES_VECTOR of the terms in PostgreSQL's binary tsvector form; None if unsure."""
    headline, body = _plain_words(terms.headline), _plain_words(terms.body)
    if headline is None or body is None:
        return None
    words = headline + body
    if len(words) >= _MAX_POSITION or len(terms.headline) + len(terms.body) >= _MAX_LEXEME_BYTES:
        return None
    start = len(headline) + 1
    # to_tsvector numbers words from 1 and `||` shifts the body's after the headline's last.
    positions = _HEADLINE_POSITIONS[1:start] + _BODY_POSITIONS[start : start + len(body)]
    grouped: dict[str, bytes] = {}
    for word, position in zip(words, positions, strict=True):
        if word in grouped:
            grouped[word] += position
        else:
            grouped[word] = position
    # PostgreSQL orders lexemes by their bytes; for ASCII that is Python's string order.
    lexemes = sorted(grouped)
    packed = list(map(grouped.__getitem__, lexemes))
    sizes = list(map(len, packed))
    if lexemes and (
        max(sizes) > 2 * _MAX_LEXEME_POSITIONS or max(map(len, lexemes)) > _LONGEST_WORD
    ):
        return None
    # Per lexeme: its bytes, NUL and position count, positions. Built with C-level maps and
    # slice assignment: a Python loop over ~300 lexemes cost as much as to_tsvector saved.
    parts = [b""] * (3 * len(lexemes) + 1)
    parts[0] = len(lexemes).to_bytes(4, "big")
    if lexemes:
        parts[1::3] = "\n".join(lexemes).encode().split(b"\n")
        parts[2::3] = map(_POSITION_COUNTS.__getitem__, sizes)
        parts[3::3] = packed
    return b"".join(parts)


def _plain_words(terms: str) -> list[str] | None:
    """The words of index text postgres_vector can read exactly as to_tsvector does."""
    if not terms:
        return []
    # Byte-level checks: a regular expression over ~3,000 characters cost 10-40 us here.
    if not terms.isascii() or terms[0] == " " or terms[-1] == " " or "  " in terms:
        return None
    digits = terms.encode().translate(None, _LOWERCASE_AND_SPACE)
    if digits and (digits.translate(None, _DIGITS) or _SPLIT_NUMBER.search(terms)):
        return None
    return terms.split(" ")


def tsvector_text(data: bytes) -> str:
    """A binary tsvector in PostgreSQL's text form (what tsvectorout prints)."""
    count, offset, entries = int.from_bytes(data[:4], "big"), 4, []
    for _ in range(count):
        end = data.index(b"\0", offset)
        lexeme = data[offset:end].decode().replace("\\", "\\\\").replace("'", "''")
        npos = int.from_bytes(data[end + 1 : end + 3], "big")
        offset = end + 3 + 2 * npos
        positions = struct.unpack_from(f">{npos}H", data, end + 3)
        entry = f"'{lexeme}'"
        if positions:
            entry += ":" + ",".join(f"{p & 0x3FFF}{_WEIGHTS[p >> 14]}" for p in positions)
        entries.append(entry)
    return " ".join(entries)


async def use_binary_tsvector(session: AsyncSession) -> None:
    """Exchange tsvector values in binary form on the session's PostgreSQL connection."""
    connection = await session.connection()
    if connection.info.get("binary_tsvector"):
        return
    raw = await connection.get_raw_connection()
    # Once per pooled connection (its info dict lives as long as it does). Values sent are
    # postgres_vector's bytes; values read come back as the text asyncpg returned before.
    await raw.driver_connection.set_type_codec(  # type: ignore[union-attr]
        "tsvector", schema="pg_catalog", encoder=bytes, decoder=tsvector_text, format="binary"
    )
    connection.info["binary_tsvector"] = True


def shard_of(article_id: int) -> int:
    """The shard an article's index row lives in (ids start at 1)."""
    return max(article_id - 1, 0) // SHARD_SIZE


def shard_table(shard: int) -> str:
    """The name of a shard's table."""
    return f"article_search_{int(shard)}"


async def shard_exists(session: AsyncSession, shard: int) -> bool:
    """Tell whether a shard's table exists."""
    if dialect_name(session) == "postgresql":
        exists = text("SELECT to_regclass(:table) IS NOT NULL")
    else:
        exists = text("SELECT count(*) > 0 FROM sqlite_master WHERE name = :table")
    return bool(await session.scalar(exists, {"table": shard_table(shard)}))


async def ensure_shards(session: AsyncSession, newest: int) -> None:
    """Create shard `newest` and every older one missing (a search reads them all)."""
    if await shard_exists(session, newest):
        return
    if dialect_name(session) == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SHARD_LOCK})
    shard = newest
    while shard >= 0 and (shard == newest or not await shard_exists(session, shard)):
        await create_shard(session, shard)
        shard -= 1


async def create_shard(session: AsyncSession, shard: int) -> None:
    """Create one shard's table (and its index on PostgreSQL) unless it exists."""
    table = shard_table(shard)
    if dialect_name(session) == "postgresql":
        for statement in POSTGRES_SHARD:
            await session.execute(text(statement.format(table=table)))
    else:
        await session.execute(text(SQLITE_SHARD.format(table=table)))


def by_shard(article_ids: Sequence[int]) -> dict[int, list[int]]:
    """Positions in article_ids grouped by the shard of the id there, newest shard first."""
    grouped: dict[int, list[int]] = {}
    for position, article_id in enumerate(article_ids):
        grouped.setdefault(shard_of(article_id), []).append(position)
    return dict(sorted(grouped.items(), reverse=True))


async def _shards_ready(session: AsyncSession, article_ids: Sequence[int]) -> dict[int, list[int]]:
    """by_shard of the ids, once every shard they go into exists."""
    groups = by_shard(article_ids)
    if groups:
        await ensure_shards(session, next(iter(groups)))
    return groups


@dataclass(frozen=True, slots=True)
class PostgresIndexRows:
    """A batch's tsvectors as postgres_vector built them, else None and the terms to read."""

    vectors: list[bytes | None]
    # Only for the rows postgres_vector declined (None elsewhere): to_tsvector reads them.
    headlines: list[str | None]
    bodies: list[str | None]


def postgres_index_rows(terms: Sequence[IndexTerms]) -> PostgresIndexRows:
    """The index rows of a batch, in its order (pure, so it can run in a thread)."""
    vectors = [postgres_vector(t) for t in terms]
    declined = [t if v is None else None for v, t in zip(vectors, terms, strict=True)]
    return PostgresIndexRows(
        vectors,
        [t.headline if t is not None else None for t in declined],
        [t.body if t is not None else None for t in declined],
    )


_POSTGRES_INDEX = (
    "INSERT INTO {table} (id, vector) SELECT d.id, coalesce(d.vector, "
    + POSTGRES_VECTOR.format(headline="d.headline", body="d.body")
    + ") FROM unnest(CAST(:ids AS BIGINT[]), CAST(:vectors AS TSVECTOR[]),"
    " CAST(:headlines AS TEXT[]), CAST(:bodies AS TEXT[])) AS d(id, vector, headline, body)"
)


async def index_postgres(
    session: AsyncSession, article_ids: Sequence[int], rows: PostgresIndexRows
) -> None:
    """Add PostgreSQL's index rows for freshly inserted articles (ids in the rows' order)."""
    for shard, positions in (await _shards_ready(session, article_ids)).items():
        await session.execute(
            text(_POSTGRES_INDEX.format(table=shard_table(shard))),
            {
                "ids": [article_ids[p] for p in positions],
                "vectors": [rows.vectors[p] for p in positions],
                "headlines": [rows.headlines[p] for p in positions],
                "bodies": [rows.bodies[p] for p in positions],
            },
        )


async def index_articles(session: AsyncSession, items: Sequence[IndexedText]) -> None:
    """Add SQLite's FTS5 rows for freshly inserted articles, each in its shard."""
    if dialect_name(session) != "sqlite":
        return
    groups = await _shards_ready(session, [item.article_id for item in items])
    for shard, positions in groups.items():
        await session.execute(
            text(f"INSERT INTO {shard_table(shard)}(rowid, headline, body) VALUES (:id, :h, :b)"),
            [
                {"id": i.article_id, "h": i.terms.headline, "b": i.terms.body}
                for i in map(items.__getitem__, positions)
            ],
        )


async def unindex_article(session: AsyncSession, article_id: int) -> None:
    """Remove an article's search index row (none when no article ever had its id's shard)."""
    shard = shard_of(article_id)
    if not await shard_exists(session, shard):
        return
    column = "id" if dialect_name(session) == "postgresql" else "rowid"
    await session.execute(
        text(f"DELETE FROM {shard_table(shard)} WHERE {column} = :id"), {"id": article_id}
    )
