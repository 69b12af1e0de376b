"""Time zones as Indonesians name them: WIB, WITA and WIT, offsets, and IANA names."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# Indonesia's three zones, each with the IANA zone that keeps it all year.
INDONESIAN_ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
ZONE_ABBREVIATIONS = {zone: abbr for abbr, zone in INDONESIAN_ZONES.items()}
# A fixed UTC offset cannot say more than which of the three it is.
INDONESIAN_OFFSETS = {
    timedelta(hours=7): "WIB",
    timedelta(hours=8): "WITA",
    timedelta(hours=9): "WIT",
}
# Offsets that are not whole hours have no Etc/GMT zone; these places keep them all year.
_FRACTIONAL_OFFSETS = {
    "+03:30": "Asia/Tehran",
    "+04:30": "Asia/Kabul",
    "+05:30": "Asia/Kolkata",
    "+05:45": "Asia/Kathmandu",
    "+06:30": "Asia/Yangon",
    "+08:45": "Australia/Eucla",
    "+09:30": "Australia/Darwin",
    "-09:30": "Pacific/Marquesas",
}
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def parse_timezone(text: str) -> str | None:
    """An IANA zone name for what a user typed (IANA name, WIB/WITA/WIT, +07:00), or None."""
    value = text.strip()
    if not value:
        return None
    if value.upper() in INDONESIAN_ZONES:
        return INDONESIAN_ZONES[value.upper()]
    match = _OFFSET.match(value)
    if match:
        sign, hours, minutes = match[1], int(match[2]), int(match[3] or 0)
        if minutes == 0 and hours <= 14:
            if hours == 0:
                return "UTC"
            # Etc/GMT signs are inverted by POSIX convention: UTC+7 is Etc/GMT-7.
            return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
        return _FRACTIONAL_OFFSETS.get(f"{sign}{hours:02d}:{minutes:02d}")
    name = _zones_by_folded_name().get(value.replace(" ", "_").casefold())
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return None
    return name


def zone_label(name: str) -> str:
    """How a zone is shown to users: WIB/WITA/WIT for Indonesia, else its IANA name."""
    if name in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[name]
    if name.startswith("Etc/GMT"):
        offset = name.removeprefix("Etc/GMT")
        return "UTC" + ({"-": "+", "+": "-"}[offset[0]] + offset[1:] if offset else "")
    return name
