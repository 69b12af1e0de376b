"""Digest rhythm: daily, twice a day, weekdays or weekly, silent or not; one ledger row per slot.

Revision ID: 0009_reader_rhythm
Revises: 0007_send_budget
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_reader_rhythm"
down_revision: str | None = "0007_send_budget"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Four subscriber columns (defaults keep everyone daily and audible) and a slot column
    in the ledger, whose unique key becomes (subscriber, day, slot)."""
    with op.batch_alter_table("subscribers") as batch:
        # daily | twice | weekdays | weekly
        batch.add_column(
            sa.Column("schedule", sa.String(16), nullable=False, server_default="daily")
        )
        # weekly: the local weekday, 0 = Monday … 6 = Sunday.
        batch.add_column(sa.Column("weekly_day", sa.SmallInteger()))
        # twice: the second local time (HH:MM).
        batch.add_column(sa.Column("second_time", sa.String(5)))
        # /silent on: digests arrive without a notification sound.
        batch.add_column(
            sa.Column("silent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("deliveries") as batch:
        # 0 for the first digest time of a day, 1 for the second (`twice`).
        batch.add_column(sa.Column("slot", sa.SmallInteger(), nullable=False, server_default="0"))
        batch.drop_constraint("uq_deliveries_subscriber_day", type_="unique")
        batch.create_unique_constraint(
            "uq_deliveries_subscriber_day_slot", ["subscriber_id", "digest_day", "slot"]
        )


def downgrade() -> None:
    """Keep each day's first slot only, then drop the columns."""
    op.execute("DELETE FROM deliveries WHERE slot <> 0")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint("uq_deliveries_subscriber_day_slot", type_="unique")
        batch.create_unique_constraint(
            "uq_deliveries_subscriber_day", ["subscriber_id", "digest_day"]
        )
        batch.drop_column("slot")
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("silent")
        batch.drop_column("second_time")
        batch.drop_column("weekly_day")
        batch.drop_column("schedule")
