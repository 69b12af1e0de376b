"""Lead pictures kept as URLs, and breaking alerts sent to readers.

Revision ID: 0011_pictures_alerts
Revises: 0010_chat_places
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0011_pictures_alerts"
down_revision: str | None = "0010_chat_places"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the change that needs it."""


def downgrade() -> None:
    """Nothing to undo yet."""
