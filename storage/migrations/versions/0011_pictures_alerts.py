"""Lead pictures kept as URLs, and the readers who want digests to lead with one (/preview).

Only the pictures part of this revision; breaking alerts need no schema change here.

Revision ID: 0011_pictures_alerts
Revises: 0010_chat_places
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_pictures_alerts"
down_revision: str | None = "0010_chat_places"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Two columns added in place on both backends, no table rebuild."""
    # The article's lead picture as a URL (kabar never downloads it); NULL when it has none.
    op.add_column("articles", sa.Column("image_url", sa.Text()))
    # /preview on|off: a digest leads with its top story's picture. Off for everyone so far.
    op.add_column(
        "subscribers",
        sa.Column("preview", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    """Drop the two columns."""
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("preview")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("image_url")
