"""One send budget per bot token, shared by every process that sends for it.

Revision ID: 0007_send_budget
Revises: 0006_feed_etiquette
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_send_budget"
down_revision: str | None = "0006_feed_etiquette"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """The send_budget table: a row per token (keyed by a hash of the bot's id)."""
    op.create_table(
        "send_budget",
        sa.Column("key", sa.String(64), primary_key=True),
        # The next free send slot, Unix seconds: each reservation moves it on.
        sa.Column("next_at", sa.Float(), nullable=False, server_default="0"),
        # Until when Telegram asked every sender of this token to wait (a 429's retry_after).
        sa.Column("paused_until", sa.Float(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("send_budget")
