"""The send budget one bot token shares across every process that sends for it.

Revision ID: 0007_send_budget
Revises: 0006_feed_etiquette
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0007_send_budget"
down_revision: str | None = "0006_feed_etiquette"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the change that needs it."""


def downgrade() -> None:
    """Nothing to undo yet."""
