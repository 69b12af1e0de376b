"""Article signatures: MinHash signatures kept so duplicate and story checks need no re-parse.

Revision ID: 0002_article_signatures
Revises: 0001_initial
Create Date: 2026-11-26 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_article_signatures"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    """Create article_signatures."""
    op.create_table(
        "article_signatures",
        sa.Column(
            "article_id", Id, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("near", sa.LargeBinary(), nullable=False),
        sa.Column("story", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    """Drop article_signatures."""
    op.drop_table("article_signatures")
