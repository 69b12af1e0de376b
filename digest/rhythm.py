"""How often a reader gets digests: daily, twice a day, on weekdays, or once a week.

Pure rules about local days and times; the delivery pass turns them into ledger rows,
one per (reader, local day, slot), slot 0 the first digest time and slot 1 the second.
"""

from __future__ import annotations

from datetime import date, timedelta

from digest.clock import clock_time
from digest.locales import LOCALES
from digest.terms import fold

DAILY, TWICE, WEEKDAYS, WEEKLY = "daily", "twice", "weekdays", "weekly"
SCHEDULES = (DAILY, TWICE, WEEKDAYS, WEEKLY)
# What each schedule's digest covers: a weekly digest is the best of its week.
WINDOWS = {WEEKLY: timedelta(days=7)}
# The words /schedule accepts for each kind, in either language.
_KINDS = {
    DAILY: DAILY,
    "harian": DAILY,
    "setiap hari": DAILY,
    TWICE: TWICE,
    "2x": TWICE,
    "dua kali": TWICE,
    WEEKDAYS: WEEKDAYS,
    "hari kerja": WEEKDAYS,
    WEEKLY: WEEKLY,
    "mingguan": WEEKLY,
}


def _weekday_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for language in LOCALES.values():
        for number, name in enumerate(language.days):
            full = fold(name).replace("'", "")
            names[full] = number
            names.setdefault(full[:3], number)
    return names


_WEEKDAYS = _weekday_names()


def parse_weekday(text: str) -> int | None:
    """0 (Monday) … 6 (Sunday) from a day's name in any of kabar's languages ("senin",
    "Monday", "jum'at", "sen", "mon"), else None."""
    return _WEEKDAYS.get(fold(text).replace("'", "").strip())


def parse_schedule(text: str) -> tuple[str, int | None] | None:
    """(kind, weekday for `weekly`) from `/schedule`'s argument, else None."""
    words = fold(text).split()
    for size in (2, 1):
        kind = _KINDS.get(" ".join(words[:size]))
        if kind is None:
            continue
        rest = " ".join(words[size:])
        if kind == WEEKLY:
            day = parse_weekday(rest) if rest else None
            return (kind, day) if day is not None else None
        return (kind, None) if not rest else None
    return None


def runs_on(kind: str, weekly_day: int | None, day: date) -> bool:
    """True when a reader with this schedule gets digests on this local day."""
    if kind == WEEKDAYS:
        return day.weekday() < 5
    if kind == WEEKLY:
        return day.weekday() == (weekly_day if weekly_day is not None else 0)
    return True


def slot_times(kind: str, digest_time: str, second_time: str | None) -> tuple[str, ...]:
    """The local times of a day's digests, slot by slot."""
    if kind == TWICE:
        return (digest_time, second_time or default_second_time(digest_time))
    return (digest_time,)


def default_second_time(digest_time: str) -> str:
    """Twelve hours after the first time: 07:00 → 19:00."""
    moment = clock_time(digest_time)
    return f"{(moment.hour + 12) % 24:02d}:{moment.minute:02d}"


def window_for(kind: str, default: timedelta) -> timedelta:
    """How far back a digest of this schedule reaches."""
    return max(WINDOWS.get(kind, default), default)
