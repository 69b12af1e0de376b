"""Breaking alerts: who wants them (/alerts), and each alert sent, once per story.

Revision ID: 0013_alerts
Revises: 0012_mutes
Create Date: 2026-12-04 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_alerts"
down_revision: str | None = "0012_mutes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    """A subscriber column (off for everyone so far) and the alerts ledger."""
    op.add_column(
        "subscribers",
        sa.Column("alerts", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "alerts",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column(
            "subscriber_id",
            Id,
            sa.ForeignKey("subscribers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        # sending (the request may be out: never sent again), sent, or failed.
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", Moment, nullable=False),
        sa.UniqueConstraint("subscriber_id", "story_id", name="uq_alerts_subscriber_story"),
    )
    op.create_index("ix_alerts_subscriber_created", "alerts", ["subscriber_id", "created_at"])


def downgrade() -> None:
    """Drop the alerts ledger and the column."""
    op.drop_index("ix_alerts_subscriber_created", table_name="alerts")
    op.drop_table("alerts")
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("alerts")
