"""Words and phrases a reader has muted.

Revision ID: 0012_mutes
Revises: 0011_pictures_alerts
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_mutes"
down_revision: str | None = "0011_pictures_alerts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """The mutes table: one row per (subscriber, muted words), gone with the subscriber."""
    op.create_table(
        "mutes",
        sa.Column(
            "subscriber_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        # The words' Indonesian stems: `korupsi` and `dikorupsi` are one mute.
        sa.Column("key", sa.Text(), primary_key=True),
        # As the reader typed it, for /mytopics.
        sa.Column("phrase", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    """Drop the mutes table."""
    op.drop_table("mutes")
