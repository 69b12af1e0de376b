"""Where in a chat digests go: the forum topic of a supergroup that asked for them.

Revision ID: 0010_chat_places
Revises: 0009_reader_rhythm
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_chat_places"
down_revision: str | None = "0009_reader_rhythm"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """One nullable column: the message_thread_id of the topic /start was sent in."""
    op.add_column("subscribers", sa.Column("thread_id", sa.BigInteger()))


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("thread_id")
