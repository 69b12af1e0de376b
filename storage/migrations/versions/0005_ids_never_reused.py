"""Article and feed ids are never reused: SQLite counts them with AUTOINCREMENT.

Without AUTOINCREMENT SQLite gives a new row max(id) + 1, so after `/delete` of the newest
article the next one took its id, and an old `#ID` in a chat pointed at another article.
PostgreSQL's sequences never hand out a number twice, so there nothing changes.

Revision ID: 0005_ids_never_reused
Revises: 0004_drop_article_fingerprint
Create Date: 2026-12-03 08:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_ids_never_reused"
down_revision: str | None = "0004_drop_article_fingerprint"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The ids a user sees and types back: `#ID` of an article, `/feed_remove ID` of a feed.
TABLES = ("articles", "feeds")


def upgrade() -> None:
    """Rebuild each table with AUTOINCREMENT on SQLite, keeping every row and its id."""
    if op.get_bind().dialect.name != "sqlite":
        return
    _refuse_cascading_rebuild()
    for table in TABLES:
        _rebuild(table, autoincrement=True)
    _check_foreign_keys()


def downgrade() -> None:
    """Rebuild the tables without AUTOINCREMENT (ids may then be reused again)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    _refuse_cascading_rebuild()
    for table in TABLES:
        _rebuild(table, autoincrement=False)
    _check_foreign_keys()


def _rebuild(table: str, *, autoincrement: bool) -> None:
    # The copy keeps each row's id, and SQLite starts the table's counter at the largest.
    with op.batch_alter_table(
        table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass


def _refuse_cascading_rebuild() -> None:
    # A rebuild is copy, DROP, rename; with foreign keys on, the DROP would cascade and
    # delete every row pointing at the table. storage.db turns them off for migrations.
    if op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError(
            "migrate SQLite with foreign keys off (storage.db.upgrade does), "
            "or rebuilding articles and feeds would delete the rows that point at them"
        )


def _check_foreign_keys() -> None:
    broken = op.get_bind().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"rebuilding articles and feeds broke {len(broken)} foreign keys")
