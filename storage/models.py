"""The schema as SQLAlchemy 2 typed declarative models (migrations create the same tables)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# SQLite only auto-increments an INTEGER PRIMARY KEY, so the 64-bit id is INTEGER there.
IdType = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC; SQLite's naive values come back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Reject naive datetimes and convert aware ones to UTC."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored: give a zone")
        utc = value.astimezone(UTC)
        # SQLite keeps text: a fixed naive UTC form keeps comparisons and ORDER BY correct.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the stored instant as an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base for every kabar table."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, date: Date}


class Feed(Base):
    """An RSS/Atom feed kabar polls for new articles."""

    __tablename__ = "feeds"
    # An id a user types (`/feed_remove ID`) is never given to another feed (migration 0005).
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_poll_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime]
    # Migration 0006: the feed's own update period, and its failure-alert state.
    update_period_seconds: Mapped[int | None] = mapped_column(Integer)
    failing_since: Mapped[datetime | None]
    failure_reported_at: Mapped[datetime | None]


class Article(Base):
    """A stored article card; its search index row is kept beside it in SQL."""

    __tablename__ = "articles"
    # `#ID` in a chat names one article forever: SQLite never reuses it (migration 0005).
    __table_args__ = (
        Index("ix_articles_published_at", "published_at"),
        {"sqlite_autoincrement": True},
    )
    # On PostgreSQL the long text columns are compressed with lz4 (migration 0003), and
    # search_vector (migration 0001) is written by storage.articles; neither is modelled here.

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    headline: Mapped[str] = mapped_column(Text)
    lede: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    summary: Mapped[list[str]] = mapped_column(JSON)
    quote_text: Mapped[str | None] = mapped_column(Text)
    quote_speaker: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    published_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text, unique=True)
    content_hash: Mapped[str] = mapped_column(String(128), unique=True)
    story_id: Mapped[int | None] = mapped_column(BigInteger)
    feed_id: Mapped[int | None] = mapped_column(IdType, ForeignKey("feeds.id", ondelete="SET NULL"))
    stored_at: Mapped[datetime] = mapped_column(index=True)
    # Migration 0011: the lead picture's URL (never downloaded).
    image_url: Mapped[str | None] = mapped_column(Text)


class Topic(Base):
    """A topic: `key` is the normalised matching form, `name` the display form."""

    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)


class ArticleTopic(Base):
    """Links an article to a topic; rank keeps the card's topic order."""

    __tablename__ = "article_topics"
    __table_args__ = (Index("ix_article_topics_topic_id", "topic_id"),)

    article_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(Integer)


class ArticleBand(Base):
    """One MinHash LSH band hash of an article, for near-duplicate lookup."""

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_band_hash", "band", "hash"),)

    article_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    hash: Mapped[int] = mapped_column(BigInteger)


class Subscriber(Base):
    """A Telegram chat that receives digests."""

    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_type: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(64))
    digest_time: Mapped[str] = mapped_column(String(5))
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    blocked_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    # Migration 0011: /preview on|off, a digest leads with its top story's picture.
    preview: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Migration 0009: the digest rhythm (daily | twice | weekdays | weekly), the weekday of
    # a weekly digest (0 = Monday), the second time of `twice`, and /silent.
    schedule: Mapped[str] = mapped_column(String(16), default="daily", server_default="daily")
    weekly_day: Mapped[int | None] = mapped_column(SmallInteger)
    second_time: Mapped[str | None] = mapped_column(String(5))
    silent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Migration 0010: in a forum supergroup, the topic digests go to (message_thread_id).
    thread_id: Mapped[int | None] = mapped_column(BigInteger)
    # Migration 0013: /alerts on, breaking stories on followed topics as they happen.
    alerts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Subscription(Base):
    """A subscriber's interest in one topic."""

    __tablename__ = "subscriptions"
    __table_args__ = (Index("ix_subscriptions_topic_key", "topic_key"),)

    subscriber_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("subscribers.id", ondelete="CASCADE"), primary_key=True
    )
    topic_key: Mapped[str] = mapped_column(Text, primary_key=True)
    topic_name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class Mute(Base):
    """Words a subscriber never wants to see: articles matching them are left out."""

    __tablename__ = "mutes"

    subscriber_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("subscribers.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    phrase: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class Delivery(Base):
    """One subscriber's digest for one day: the delivery ledger row."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint(
            "subscriber_id", "digest_day", "slot", name="uq_deliveries_subscriber_day_slot"
        ),
        Index("ix_deliveries_status_lease", "status", "lease_expires_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    subscriber_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("subscribers.id", ondelete="CASCADE")
    )
    digest_day: Mapped[date]
    # Migration 0009: which of the day's digest times (0 first, 1 second for `twice`).
    slot: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(16))
    lease_owner: Mapped[str | None] = mapped_column(Text)
    lease_expires_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    parts_sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    article_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class DeliveredArticle(Base):
    """An article already sent to a subscriber, so no digest repeats it."""

    __tablename__ = "delivered_articles"

    subscriber_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("subscribers.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    delivered_at: Mapped[datetime]


class ArticleSignature(Base):
    """An article's MinHash signatures (near-duplicate and same-story), packed as bytes."""

    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    near: Mapped[bytes] = mapped_column(LargeBinary)
    story: Mapped[bytes] = mapped_column(LargeBinary)


class Alert(Base):
    """A breaking alert about one story to one subscriber: at most one, ever."""

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "story_id", name="uq_alerts_subscriber_story"),
        Index("ix_alerts_subscriber_created", "subscriber_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True, autoincrement=True)
    subscriber_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("subscribers.id", ondelete="CASCADE")
    )
    story_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class SendBudget(Base):
    """The send budget of one bot token, shared by every process (storage.send_budget)."""

    __tablename__ = "send_budget"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    paused_until: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
