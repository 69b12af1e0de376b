"""A reader's rhythm: schedule, second time, silent digests; the ledger keyed by slot.

Revision ID: 0009_reader_rhythm
Revises: 0008_search_by_time
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0009_reader_rhythm"
down_revision: str | None = "0008_search_by_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the change that needs it."""


def downgrade() -> None:
    """Nothing to undo yet."""
