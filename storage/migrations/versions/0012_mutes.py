"""Words and phrases a reader has muted.

Revision ID: 0012_mutes
Revises: 0011_pictures_alerts
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0012_mutes"
down_revision: str | None = "0011_pictures_alerts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the change that needs it."""


def downgrade() -> None:
    """Nothing to undo yet."""
