"""Where a chat's digest goes: forum topic thread, channel.

Revision ID: 0010_chat_places
Revises: 0009_reader_rhythm
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0010_chat_places"
down_revision: str | None = "0009_reader_rhythm"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved in the chain; filled in by the change that needs it."""


def downgrade() -> None:
    """Nothing to undo yet."""
