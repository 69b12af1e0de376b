"""Drop articles.fingerprint: nothing has written or read it since MinHash signatures took over.

Revision ID: 0004_drop_article_fingerprint
Revises: 0003_article_text_lz4
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_drop_article_fingerprint"
down_revision: str | None = "0003_article_text_lz4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Drop the column (SQLite rebuilds the table; PostgreSQL alters it in place)."""
    _refuse_cascading_rebuild()
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("fingerprint")
    _check_foreign_keys()


def downgrade() -> None:
    """Bring the (empty) column back."""
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("fingerprint", sa.BigInteger()))


def _refuse_cascading_rebuild() -> None:
    # SQLite rebuilds the table: copy, DROP, rename. With foreign keys on, the DROP would
    # cascade and delete every topic link, signature and delivery record of every article.
    # storage.db turns them off for migrations; any other caller must too.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError(
            "migrate SQLite with foreign keys off (storage.db.upgrade does), "
            "or rebuilding articles would delete the rows that point at it"
        )


def _check_foreign_keys() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"rebuilding articles broke {len(broken)} foreign keys")
