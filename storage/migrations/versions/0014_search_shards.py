"""The search index laid out by time: one table per 50,000 consecutive article ids.

Revision ID: 0014_search_shards
Revises: 0013_alerts
Create Date: 2026-12-04 06:00:00

SQLite's one FTS5 table becomes shard 0 (renamed, its shadow tables with it) and hands its
rows past the first shard to the shards they belong to; PostgreSQL's vectors move from the
articles table's search_vector column (and its GIN index) into (id, vector) shard tables,
each with its own GIN index. See storage.search_index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from storage import search_index
from storage.search_index import POSTGRES_SHARD, SQLITE_SHARD, shard_table

# The newest matches of a tsquery in the given shards, read newest shard first through each
# shard's GIN index (storage.search_shards): plain index and sequential scans are off for the
# function's own statements only, and each shard's statement is planned with its values.
_NEWEST = """
CREATE OR REPLACE FUNCTION kabar_search_newest(shards INTEGER[], query TSQUERY, wanted INTEGER)
RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET enable_indexscan = off AS $$
DECLARE
    shard INTEGER;
    got BIGINT;
    remaining BIGINT := wanted;
BEGIN
    FOREACH shard IN ARRAY shards LOOP
        EXIT WHEN remaining <= 0;
        RETURN QUERY EXECUTE format(
            'SELECT id FROM %I WHERE vector @@ $1 ORDER BY id DESC LIMIT $2',
            'article_search_' || shard
        ) USING query, remaining;
        GET DIAGNOSTICS got = ROW_COUNT;
        remaining := remaining - got;
    END LOOP;
END
$$
"""

revision: str = "0014_search_shards"
down_revision: str | None = "0013_alerts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the shards the stored articles need and move their index rows there."""
    bind = op.get_bind()
    newest = _newest_shard(bind)
    size = search_index.SHARD_SIZE
    if bind.dialect.name == "sqlite":
        op.execute(f"ALTER TABLE article_search RENAME TO {shard_table(0)}")
        for shard in range(1, newest + 1):
            table = shard_table(shard)
            op.execute(SQLITE_SHARD.format(table=table))
            op.execute(
                f"INSERT INTO {table}(rowid, headline, body) SELECT rowid, headline, body"
                f" FROM {shard_table(0)} WHERE rowid > {shard * size}"
                f" AND rowid <= {(shard + 1) * size}"
            )
        if newest:
            op.execute(f"DELETE FROM {shard_table(0)} WHERE rowid > {size}")
        return
    for shard in range(newest + 1):
        table = shard_table(shard)
        op.execute(POSTGRES_SHARD[0].format(table=table))
        op.execute(
            f"INSERT INTO {table} (id, vector) SELECT id, search_vector FROM articles"
            f" WHERE id > {shard * size} AND id <= {(shard + 1) * size}"
            " AND search_vector IS NOT NULL"
        )
        # The index after the rows: one build, not one insertion per row.
        op.execute(POSTGRES_SHARD[1].format(table=table))
    op.drop_index("ix_articles_search_vector", table_name="articles")
    op.drop_column("articles", "search_vector")
    op.execute(_NEWEST)


def downgrade() -> None:
    """Back to one FTS5 table, or to the articles table's search_vector column."""
    bind = op.get_bind()
    shards = _shards(bind)
    if bind.dialect.name == "sqlite":
        for shard in shards:
            if shard:
                op.execute(
                    f"INSERT INTO {shard_table(0)}(rowid, headline, body)"
                    f" SELECT rowid, headline, body FROM {shard_table(shard)}"
                )
                op.execute(f"DROP TABLE {shard_table(shard)}")
        op.execute(f"ALTER TABLE {shard_table(0)} RENAME TO article_search")
        return
    op.execute("DROP FUNCTION IF EXISTS kabar_search_newest(INTEGER[], TSQUERY, INTEGER)")
    op.add_column("articles", sa.Column("search_vector", postgresql.TSVECTOR()))
    for shard in shards:
        op.execute(
            f"UPDATE articles AS a SET search_vector = s.vector FROM {shard_table(shard)} AS s"
            " WHERE s.id = a.id"
        )
        op.execute(f"DROP TABLE {shard_table(shard)}")
    op.create_index(
        "ix_articles_search_vector", "articles", ["search_vector"], postgresql_using="gin"
    )


def _newest_shard(bind: sa.Connection) -> int:
    newest = bind.execute(sa.text("SELECT max(id) FROM articles")).scalar()
    return search_index.shard_of(int(newest or 0))


def _shards(bind: sa.Connection) -> list[int]:
    if bind.dialect.name == "sqlite":
        names = bind.execute(
            sa.text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name GLOB 'article_search_[0-9]*' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ).scalars()
    else:
        names = bind.execute(
            sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                " AND tablename ~ '^article_search_[0-9]+$'"
            )
        ).scalars()
    return sorted(int(name.rsplit("_", 1)[1]) for name in names)
