"""Initial schema: articles, topics, subscribers, feeds, deliveries and the search index.

Revision ID: 0001_initial
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Moment = sa.DateTime(timezone=True)


def _id() -> sa.Column[int]:
    return sa.Column("id", Id, primary_key=True, autoincrement=True)


def upgrade() -> None:
    """Create every table, its indexes and the dialect's full-text index."""
    op.create_table(
        "feeds",
        _id(),
        sa.Column("url", sa.Text(), nullable=False, unique=True),
        sa.Column("title", sa.Text()),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("last_polled_at", Moment),
        sa.Column("last_success_at", Moment),
        sa.Column("last_error", sa.Text()),
        sa.Column("error_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_poll_at", Moment),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created_at", Moment, nullable=False),
    )
    # Small columns first, long text last: SQLite stores a row's tail in overflow pages, and
    # ranking reads published_at/stored_at of many rows without wanting their bodies.
    op.create_table(
        "articles",
        _id(),
        sa.Column("published_at", Moment),
        sa.Column("published_offset_minutes", sa.Integer()),
        sa.Column("stored_at", Moment, nullable=False),
        sa.Column("feed_id", Id, sa.ForeignKey("feeds.id", ondelete="SET NULL")),
        sa.Column("story_id", sa.BigInteger()),
        sa.Column("fingerprint", sa.BigInteger()),
        sa.Column("content_hash", sa.String(128), nullable=False, unique=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("dateline", sa.Text()),
        sa.Column("category", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("canonical_url", sa.Text(), unique=True),
        sa.Column("quote_speaker", sa.Text()),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("lede", sa.Text()),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("quote_text", sa.Text()),
        sa.Column("body", sa.Text(), nullable=False),
    )
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_index("ix_articles_stored_at", "articles", ["stored_at"])
    op.create_table(
        "topics",
        _id(),
        sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False),
    )
    op.create_table(
        "article_topics",
        sa.Column(
            "article_id",
            Id,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("topic_id", Id, sa.ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("rank", sa.Integer(), nullable=False),
    )
    op.create_index("ix_article_topics_topic_id", "article_topics", ["topic_id"])
    op.create_table(
        "article_bands",
        sa.Column(
            "article_id",
            Id,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("band", sa.SmallInteger(), primary_key=True),
        sa.Column("hash", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_article_bands_band_hash", "article_bands", ["band", "hash"])
    op.create_table(
        "subscribers",
        _id(),
        sa.Column("chat_id", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("chat_type", sa.String(16), nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("digest_time", sa.String(5), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("blocked_at", Moment),
        sa.Column("created_at", Moment, nullable=False),
    )
    op.create_table(
        "subscriptions",
        sa.Column(
            "subscriber_id",
            Id,
            sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("topic_key", sa.Text(), primary_key=True),
        sa.Column("topic_name", sa.Text(), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
    )
    op.create_index("ix_subscriptions_topic_key", "subscriptions", ["topic_key"])
    op.create_table(
        "deliveries",
        _id(),
        sa.Column(
            "subscriber_id",
            Id,
            sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("digest_day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("lease_owner", sa.Text()),
        sa.Column("lease_expires_at", Moment),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("parts_sent", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("article_ids", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("created_at", Moment, nullable=False),
        sa.Column("sent_at", Moment),
        sa.UniqueConstraint("subscriber_id", "digest_day", name="uq_deliveries_subscriber_day"),
    )
    op.create_index("ix_deliveries_status_lease", "deliveries", ["status", "lease_expires_at"])
    op.create_table(
        "delivered_articles",
        sa.Column(
            "subscriber_id",
            Id,
            sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "article_id",
            Id,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("delivered_at", Moment, nullable=False),
    )
    _create_search_index()


def _create_search_index() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # Holds the stemmed text from digest.terms, not the article text: the stemming is
        # ours (Indonesian + English), so FTS5 only has to split on spaces and fold case.
        op.execute(
            "CREATE VIRTUAL TABLE article_search USING fts5("
            "headline, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.add_column("articles", sa.Column("search_vector", postgresql.TSVECTOR()))
        op.create_index(
            "ix_articles_search_vector",
            "articles",
            ["search_vector"],
            postgresql_using="gin",
        )


def downgrade() -> None:
    """Drop everything the upgrade created."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS article_search")
    for table in (
        "delivered_articles",
        "deliveries",
        "subscriptions",
        "subscribers",
        "article_bands",
        "article_topics",
        "topics",
        "articles",
        "feeds",
    ):
        op.drop_table(table)
