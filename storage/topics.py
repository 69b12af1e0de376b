"""The key a topic is stored and matched under (topics.key, subscriptions.topic_key)."""

from __future__ import annotations

# One definition for tagging, subscribing and storing: a second normaliser here would let
# "/subscribe jokowi" and a stored "Joko Widodo" drift apart.
from digest.tag import topic_key

__all__ = ["topic_key"]
