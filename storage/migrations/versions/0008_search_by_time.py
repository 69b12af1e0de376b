"""Search laid out by time, so the newest matches come first at any archive size.

Revision ID: 0008_search_by_time
Revises: 0007_send_budget
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0008_search_by_time"
down_revision: str | None = "0007_send_budget"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the change that needs it."""


def downgrade() -> None:
    """Nothing to undo yet."""
