"""Topic keys worked out again by today's rules, so old topics and subscriptions match new ones.

Revision ID: 0015_topic_keys
Revises: 0014_search_shards
Create Date: 2026-12-04 19:40:00

`digest.tag.topic_key` now keys a body spelled out on its short name ("Bank Indonesia" and
"BI" are both "bi"). Stored topics and subscriptions keep the keys they were given; this
works each one out again from its name. Two topics that now share a key become one (the
older row stays, with every article link); a subscriber left with two subscriptions of one
key keeps the older. Running it again changes nothing. The downgrade leaves the keys as
they are: the old rules still read them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from digest.tag import topic_key

revision: str = "0015_topic_keys"
down_revision: str | None = "0014_search_shards"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Re-key topics (merging those that now share a key) and subscriptions."""
    bind = op.get_bind()
    _rekey_topics(bind)
    _rekey_subscriptions(bind)


def _rekey_topics(bind: sa.Connection) -> None:
    rows = bind.execute(sa.text("SELECT id, key, name FROM topics ORDER BY id")).all()
    new_key = {row.id: topic_key(row.name) or row.key for row in rows}
    # Each key's topic from now on: the row that already has it, else the oldest.
    keeper: dict[str, int] = {row.key: row.id for row in rows if new_key[row.id] == row.key}
    for row in rows:
        keeper.setdefault(new_key[row.id], row.id)
    for row in rows:
        kept = keeper[new_key[row.id]]
        if kept == row.id:
            continue
        # Links to the merged topic move to the kept one, unless the article has both.
        bind.execute(
            sa.text(
                "DELETE FROM article_topics WHERE topic_id = :old AND article_id IN"
                " (SELECT article_id FROM article_topics WHERE topic_id = :kept)"
            ),
            {"old": row.id, "kept": kept},
        )
        bind.execute(
            sa.text("UPDATE article_topics SET topic_id = :kept WHERE topic_id = :old"),
            {"old": row.id, "kept": kept},
        )
        bind.execute(sa.text("DELETE FROM topics WHERE id = :old"), {"old": row.id})
    renamed = [
        row for row in rows if keeper[new_key[row.id]] == row.id and new_key[row.id] != row.key
    ]
    # Through a key topic_key never makes (it drops "~"), so one topic taking another's old
    # key never clashes with it.
    for row in renamed:
        bind.execute(
            sa.text("UPDATE topics SET key = :key WHERE id = :id"),
            {"key": f"~rekey~{row.id}", "id": row.id},
        )
    for row in renamed:
        bind.execute(
            sa.text("UPDATE topics SET key = :key WHERE id = :id"),
            {"key": new_key[row.id], "id": row.id},
        )


def _rekey_subscriptions(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT subscriber_id, topic_key, topic_name FROM subscriptions"
            " ORDER BY subscriber_id, created_at, topic_key"
        )
    ).all()
    kept: dict[tuple[int, str], str] = {}  # (subscriber, new key) -> the old key kept for it
    for row in rows:
        key = topic_key(row.topic_name) or row.topic_key
        if (row.subscriber_id, key) in kept:
            bind.execute(
                sa.text("DELETE FROM subscriptions WHERE subscriber_id = :s AND topic_key = :old"),
                {"s": row.subscriber_id, "old": row.topic_key},
            )
        else:
            kept[row.subscriber_id, key] = row.topic_key
    moved = [(s, old, new) for (s, new), old in kept.items() if new != old]
    # Through keys topic_key never makes, as for topics.
    for subscriber, old, _ in moved:
        _set_subscription_key(bind, subscriber, old, f"~rekey~{old}")
    for subscriber, old, new in moved:
        _set_subscription_key(bind, subscriber, f"~rekey~{old}", new)


def _set_subscription_key(bind: sa.Connection, subscriber: int, old: str, new: str) -> None:
    bind.execute(
        sa.text(
            "UPDATE subscriptions SET topic_key = :new"
            " WHERE subscriber_id = :s AND topic_key = :old"
        ),
        {"s": subscriber, "old": old, "new": new},
    )


def downgrade() -> None:
    """Keys stay as they are: the rules before this revision still read them."""
