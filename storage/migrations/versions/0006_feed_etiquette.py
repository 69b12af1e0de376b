"""Feeds remember their own update period and when they began failing and were reported.

Revision ID: 0006_feed_etiquette
Revises: 0005_ids_never_reused
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_feed_etiquette"
down_revision: str | None = "0005_ids_never_reused"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Three nullable columns: added in place on both backends, no table rebuild."""
    # The feed's <ttl> / sy:updatePeriod, so a 304 answer keeps the feed's own pace.
    op.add_column("feeds", sa.Column("update_period_seconds", sa.Integer()))
    # The first failed poll after the last success; NULL while the feed works.
    op.add_column("feeds", sa.Column("failing_since", Moment))
    # When the admins were told the feed is failing; NULL until then and after recovery.
    op.add_column("feeds", sa.Column("failure_reported_at", Moment))


def downgrade() -> None:
    """Drop the three columns."""
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("failure_reported_at")
        batch.drop_column("failing_since")
        batch.drop_column("update_period_seconds")
