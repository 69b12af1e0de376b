"""When a site allows the next poll: a feed's own update period and HTTP Retry-After."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

# A feed or a site may ask kabar to wait, but never to stop polling for more than a day.
MAX_WAIT = timedelta(hours=24)
_PERIODS = {
    "hourly": timedelta(hours=1),
    "daily": timedelta(days=1),
    "weekly": timedelta(weeks=1),
    "monthly": timedelta(days=30),
    "yearly": timedelta(days=365),
}


def _positive_number(value: object) -> float | None:
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number < float("inf") else None


def update_period(channel: Mapping[str, Any]) -> timedelta | None:
    """The shortest interval the feed asks its readers to poll at, at most MAX_WAIT.

    RSS `<ttl>` is in minutes; the syndication module's `sy:updatePeriod` (hourly … yearly)
    divided by `sy:updateFrequency` (default 1) is the other way to say it. Both keys are
    as feedparser names them; when a feed gives both, the longer one is honoured.
    """
    periods: list[timedelta] = []
    if (minutes := _positive_number(channel.get("ttl"))) is not None:
        periods.append(timedelta(minutes=min(minutes, MAX_WAIT / timedelta(minutes=1))))
    period = _PERIODS.get(str(channel.get("sy_updateperiod", "")).strip().lower())
    if period is not None:
        frequency = _positive_number(channel.get("sy_updatefrequency", 1)) or 1.0
        periods.append(period / max(frequency, 1e-3))
    return min(max(periods), MAX_WAIT) if periods else None


def retry_after_delay(value: str | None, now: datetime) -> timedelta | None:
    """How long a `Retry-After` header (seconds or an HTTP-date) asks to wait, at most MAX_WAIT.

    None when there is no usable header; a date in the past means no wait at all.
    """
    if value is None or not (text := value.strip()):
        return None
    if text.isdigit():
        return min(timedelta(seconds=int(text[:12])), MAX_WAIT)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        # RFC 9110 dates are always GMT; a naive result means it said so with "-0000".
        moment = moment.replace(tzinfo=UTC)
    return min(max(moment - now, timedelta(0)), MAX_WAIT)
