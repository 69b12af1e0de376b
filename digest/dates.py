"""Read the publication dates news pages print, in Indonesian and English, without guessing."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")

_ZONES: dict[str, tzinfo] = {
    "wib": WIB,
    "wita": WITA,
    "wit": WIT,
    "gmt": UTC,
    "utc": UTC,
    "z": UTC,
    "bst": timezone(timedelta(hours=1)),
    "cet": timezone(timedelta(hours=1)),
    "cest": timezone(timedelta(hours=2)),
    "edt": timezone(timedelta(hours=-4)),
    "est": timezone(timedelta(hours=-5)),
    "et": timezone(timedelta(hours=-4), "ET"),
    "ct": timezone(timedelta(hours=-5), "CT"),
    "cdt": timezone(timedelta(hours=-5)),
    # the American Midwest's winter clock ("5:05 p.m. CST"): what an English story means by
    # CST; China's papers print "Beijing time"
    "cst": timezone(timedelta(hours=-6)),
    "mdt": timezone(timedelta(hours=-6)),
    "mst": timezone(timedelta(hours=-7)),
    "akdt": timezone(timedelta(hours=-8)),
    "akst": timezone(timedelta(hours=-9)),
    "hst": timezone(timedelta(hours=-10)),
    "pdt": timezone(timedelta(hours=-7)),
    "pst": timezone(timedelta(hours=-8)),
    "pt": timezone(timedelta(hours=-7), "PT"),
    "mt": timezone(timedelta(hours=-6), "MT"),  # the Mountain states' ("6:01 a.m. MT")
    "sgt": timezone(timedelta(hours=8)),
    "jst": timezone(timedelta(hours=9)),
    "aest": timezone(timedelta(hours=10)),
    "aedt": timezone(timedelta(hours=11)),
    "awst": timezone(timedelta(hours=8)),
    "ist": timezone(timedelta(hours=5, minutes=30)),  # India's: the one Asian news prints
    "myt": timezone(timedelta(hours=8)),
    "pht": timezone(timedelta(hours=8)),
    "hkt": timezone(timedelta(hours=8)),
    "kst": timezone(timedelta(hours=9)),
    "ict": timezone(timedelta(hours=7)),
}
# Africa's, the Gulf's, South Asia's and others an English page prints after its time, by
# their hours ahead of UTC
_HOURS_AHEAD = {
    "eat": 3, "cat": 2, "wat": 1, "sast": 2, "gst": 4, "pkt": 5, "npt": 5.75, "eet": 2,
    "eest": 3, "msk": 3, "nzst": 12, "nzdt": 13, "acst": 9.5, "acdt": 10.5,
}  # fmt: skip
_ZONES.update((name, timezone(timedelta(hours=hours))) for name, hours in _HOURS_AHEAD.items())


def is_zone_name(word: str) -> bool:
    """Tell whether a word is a time zone's abbreviation ("IST", "MYT"), not an outlet's."""
    return word.strip().casefold() in _ZONES


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari february feb pebruari",
        "maret march mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august aug ags agu agt agst",
        "september sept sep",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# A stamp with a month and a day and no year, then the time: "Jan. 19  06:12 pm JST"
# (Newsquest: "Published: 27th March 11:20am", its label and the day's ordinal)
_YEARLESS_STAMP = re.compile(
    r"^(?P<label>(?:published|posted|updated|last\s+updated)\s*:?\s*)?"
    rf"(?P<day>{_MONTH}\s+\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')})"
    # "Published Oct. 22 at 2:17 p.m." (the Tampa Bay Times): the time after "at" too
    r"(?P<time>,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\b|(?=[ap]m)).*)?$",
    re.IGNORECASE,
)
# The time first, then where and the day: "14:25 | Lima, Oct. 14." (Andina)
_TIME_FIRST_STAMP = re.compile(
    r"^(?P<time>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*[|•·]\s*(?:[A-Z][\w .'’\-]{1,30},\s+)?"
    rf"(?P<day>{_MONTH}\s+\d{{1,2}})\.?$",
    re.IGNORECASE,
)
# What such a stamp opens on: a month's first letter or the day's first digit
_STAMP_OPENERS = frozenset(
    "0123456789PpLlUu" + "".join({m[0] for m in _MONTHS} | {m[0].upper() for m in _MONTHS})
)
# The page's notice under the story: "© Copyright 2026 The Associated Press", "(c) 2026 …"
# "Newsquest Media Group Ltd 2029. All rights reserved.": the year before the reservation
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:copyright\s*)?((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\.?\s+all\s+rights\s+reserved",
    re.I,
)


def with_printed_year(lines: list[str]) -> list[str]:
    """The lines of a page whose stamps under the headline give no year ("Jan. 19  06:12 pm
    JST", Japan Today; "Last updated: 27th March" over "Published: 27th March 11:20am",
    Newsquest), with the year of the page's copyright notice; as they are otherwise."""
    found = [
        (n, stamp)
        for n, line in enumerate(lines[:30])
        if len(line) <= 80 and line[:1] in _STAMP_OPENERS and (stamp := _yearless(line))
    ]
    if not found:
        return lines
    year = printed_year(lines)
    if year is None:
        return lines
    lines = list(lines)
    for n, stamp in found:
        time = stamp["time"] or ""
        time = time if time[:1] in ", " else f" {time}"
        label = stamp.groupdict().get("label") or ""
        # "Jan. 19, 2026", "27th March 2029"
        comma = "," if stamp["day"][:1].isalpha() else ""
        lines[n] = f"{label}{stamp['day']}{comma} {year}{time}".rstrip()
    return lines


def _yearless(line: str) -> re.Match[str] | None:
    """A stamp with no year: a day and its time, or a labelled day ("Last updated: 27th
    March")."""
    stamp = _YEARLESS_STAMP.match(line)
    if stamp and (stamp["time"] or stamp["label"]):
        return stamp
    return _TIME_FIRST_STAMP.match(line)


# A day written with a stop before its month, as Central Europe writes it: "9. Jul 2026".
_DOTTED_DAY = re.compile(
    r"^(\d{1,2})\.\s+(?=(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*\.?\s+\d{4})",
    re.IGNORECASE,
)


def printed_year(lines: list[str]) -> str | None:
    """The year of the page's copyright notice at its foot ("© 2025 Microsoft"), if any."""
    return next(
        (
            found[1] or found[2]
            for line in reversed(lines[-40:])
            if (found := _COPYRIGHT_YEAR.search(line))
        ),
        None,
    )


# "GMT+7", "UTC+07:00": an offset written after the zone name counts, not the name alone.
_ZONE = (
    r"(?P<zone>" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\b"
    r"(?P<shift>[+-]\d{1,2}(?::?\d{2})?\b)?"
)
_TIME = (
    # "August 1, 2025 @ 1:47pm" (NST); "November 12, 2025, Wednesday at 10:15 AM" (Borneo Post)
    r"(?:(?:,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)?"
    # "12 November 2025, pukul 08.00 WIB": a comma before the word for the hour
    # "Tuesday, August 18, 2026. 3:12 pm CST" (Amandala): a stop after the year
    # "Date: 10/10/2027  Time: 14:22" (WAFA), "08.10.2027 kl. 09:15" (Danish): a label
    # "Rabu (3/12/2031) 09:58 WIB": the day in brackets, as stories write it, then the time
    r"\s*\)?\s*(?:[,|/\-–—•·@.]\s*)?(?:(?:\bpukul|\bjam|\bat|\btime|\bwaktu|\bkl)\b\.?\s*:?)?\s*"
    # "3 AM PT" (the LA Times, The Atlantic): an hour alone, only with its a.m. or p.m.
    # "13h22" (ANGOP, the French and Portuguese press)
    r"(?P<hour>\d{1,2})(?:(?:[:.]|h(?=\d\d))(?P<minute>\d{2})(?!\d)(?:[:.](?P<second>\d{2}))?"
    r"|(?=\s*[ap]\.?m\b))"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*\(?\s*" + _ZONE + r"\)?)?)?"
)

_ISO = re.compile(
    r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,9})?)?)?"
    # its offset, or the name of its zone ("2033-07-19 14:22 HKT")
    r"(?:\s*(?P<offset>Z|[+-]\d{2}:?\d{2})|\s+(?P<name>[a-z]{2,5})\b)?",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    # "17-May-2029" (The Hitavada): the parts joined by hyphens
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-(?=[A-Za-z]))"
    + _MONTH
    + r"(?:,?\s+|(?<=[A-Za-z])-)(?P<year>\d{4})\b"
    + _TIME,
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    # "Mar - 05 - 2026 , 10:12" (Graphic Online): the parts between dashes
    r"\b"
    + _MONTH
    + r"(?:\s+|\s-\s)(?P<day>\d{1,2})(?:st|nd|rd|th)?,?(?:\s+|\s-\s)(?P<year>\d{4})\b"
    + r"(?:\s(?=,))?"
    + _TIME,
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})\b"
    + _TIME,
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(
    # "2025/05/19 18:05:23", RFA's "2024.11.07"
    r"(?<![\d/.])(?P<year>\d{4})(?P<ysep>[/.])(?P<month>\d{1,2})(?P=ysep)(?P<day>\d{1,2})\b"
    + _TIME,
    re.IGNORECASE,
)
# "2:05 PM GMT, Fri July 1, 2022": some outlets print the time before the date.
_LEADING_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*\(?\s*" + _ZONE + r"\)?)?[\s,|\-–—•]*"
    r"(?:(?:on|pada)\s+)?(?:[A-Za-z']{3,9}\.?,?\s+)?$",  # "6:12 pm on 4 June 2025" (RNZ)
    re.IGNORECASE,
)
# "2 jam lalu", "5 hours ago": relative to a clock digest/ never reads, so they mean no date.
_RELATIVE = re.compile(
    r"\b(?P<count>\d+)\s+(?P<unit>detik|menit|jam|hari|minggu|bulan|tahun|seconds?|mins?"
    r"|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)\b",
    re.IGNORECASE,
)
# Unit prefixes to seconds, longest first where one prefix starts another ("minggu", "min").
_UNIT_SECONDS = (
    ("detik", 1),
    ("sec", 1),
    ("menit", 60),
    ("minggu", 604800),
    ("min", 60),
    ("jam", 3600),
    ("hari", 86400),
    ("h", 3600),
    ("day", 86400),
    ("week", 604800),
    ("bulan", 2592000),
    ("month", 2592000),
    ("tahun", 31536000),
    ("year", 31536000),
)
# "Jumat (1/7)" style references in body text carry no year of their own.
_SHORT = re.compile(r"\((?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{2,4}))?\)")


_FOUR_DIGITS = re.compile(r"\d{4}")
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d/.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}[:.]\d{2}\b)")
_GLUED_ZONE = re.compile(r"((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)(?=[A-Za-z])")
_GLUED_YEAR = re.compile(r"(?<=[A-Za-z] )(\d{1,2}),((?:19|20)\d{2})\b")
_GLUED_TIME = re.compile(r"(\b(?:19|20)\d{2})(\d{1,2}[:.]\d{2}\b)")
_GLUED_WORD = re.compile(r"(\b(?:19|20)\d{2})(Updated|Diperbarui|Last\s+updated)(?=\d)")
# "January, 22/2026 - 15:48" (Vietnam News): the month, a comma, then day and year by a slash
_MONTH_DAY_SLASH_YEAR = re.compile(r"\b([A-Z][a-z]{2,8}),\s*(\d{1,2})/((?:19|20)\d{2})\b")
# "20260114" (a meta's day in eight digits), "20260114083000"
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")


_ZONE_BEFORE_TIME = re.compile(r"(\d{4}-\d\d-\d\d)\s+([A-Z]{2,5})\s+(\d{1,2}:\d\d)")


def parse_date(
    text: str, *, default_year: int | None = None, default_zone: tzinfo = WIB
) -> datetime | None:
    """Return the first date in text as an aware datetime in its own zone, or None."""
    # "October 21, 20252:15 PM GMT+7Updated 3 hours ago": a copy that ran the parts together
    text = text[:2000]
    if default_year is None and _FOUR_DIGITS.search(text) is None:
        # every form but "(1/7)" and "15.04.29, 06:41 AM" (The Telegraph, India: a year of
        # two digits, then the time) has a year, so most lines are done here
        if text.count(".") < 2 or not (short := _TWO_DIGIT_YEAR.search(text)):
            return None
        text = f"{text[: short.start()]}{short[1]}.{short[2]}.20{short[3]}{text[short.end() :]}"
    if _GLUED_TIME.search(text) or _GLUED_ZONE.search(text):
        text = _GLUED_ZONE.sub(r"\1 ", _GLUED_TIME.sub(r"\1 \2", text))
    if ("pdated" in text or "iperbarui" in text) and _GLUED_WORD.search(text):
        # "13:42, 15 Mar 2033Updated13:45, 15 Mar 2033" (Reach's papers): the year and the
        # update's label run together, and the first day is the story's
        text = _GLUED_WORD.sub(r"\1 \2 ", text)
    if ",20" in text or ",19" in text:
        text = _GLUED_YEAR.sub(r"\1, \2", text)  # "22:40, Apr 27,2028" (New Age)
    if "/" in text and "," in text:
        text = _MONTH_DAY_SLASH_YEAR.sub(r"\1 \2, \3", text)
    if ". " in text[:12]:
        text = _DOTTED_DAY.sub(r"\1 ", text)  # "9. Jul 2026 at 14:05" (The Slovak Spectator)
    if " // " in text:
        text = text.replace(" // ", " ")  # "Tue 28 Jun 2033 // 11:27 UTC" (The Register)
    if text[:1].isdigit() and (zoned := _ZONE_BEFORE_TIME.match(text)):
        # "2033-07-19 HKT 14:22" (RTHK): the zone before the time
        text = f"{zoned[1]} {zoned[3]} {zoned[2]}{text[zoned.end() :]}"
    if len(text) <= 14 and (compact := _COMPACT.fullmatch(text.strip())):
        year, month, day, hour, minute, second = (int(x or 0) for x in compact.groups())
        try:
            return datetime(year, month, day, hour, minute, second, tzinfo=default_zone)
        except ValueError:
            return None
    match = _ISO.search(text)
    if match:
        found = _from_iso(match, default_zone)
        if found:
            return found
    best: tuple[int, datetime] | None = None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _YEAR_FIRST):
        match = pattern.search(text)
        if match:
            found = _from_parts(match, default_zone)
            if found and match["hour"] is None:
                found = _with_leading_time(found, text[max(0, match.start() - 40) : match.start()])
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
    if best:
        return best[1]
    if default_year is not None:
        match = _SHORT.search(text)
        if match:
            return _from_parts(match, default_zone, default_year)
    return None


def relative_age(text: str) -> timedelta | None:
    """How long ago a relative stamp says ("2 jam lalu", "3 hours ago"); None if not one."""
    match = _RELATIVE.search(text)
    if not match:
        return None
    unit = match["unit"].lower()
    for prefix, seconds in _UNIT_SECONDS:
        if unit.startswith(prefix):
            return timedelta(seconds=int(match["count"]) * seconds)
    return None


def _from_iso(match: re.Match[str], default_zone: tzinfo) -> datetime | None:
    offset = match["offset"]
    zone = default_zone
    if match["name"] and match["hour"]:
        zone = _ZONES.get(match["name"].casefold(), default_zone)
    elif offset:
        if offset.upper() == "Z":
            zone = UTC
        else:
            sign = -1 if offset[0] == "-" else 1
            digits = offset[1:].replace(":", "")
            zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return _build(
        int(match["year"]),
        int(match["month"]),
        int(match["day"]),
        int(match["hour"] or 0),
        int(match["minute"] or 0),
        int(match["second"] or 0),
        zone,
    )


def _with_leading_time(found: datetime, before: str) -> datetime:
    match = _LEADING_TIME.search(before)
    if not match:
        return found
    time = _from_parts_time(match)
    if time is None:
        return found
    hour, minute, zone = time
    if _arizona(zone, found.tzinfo):
        zone = None
    return _seasonal(found.replace(hour=hour, minute=minute, tzinfo=zone or found.tzinfo))


def _arizona(zone: tzinfo | None, default_zone: tzinfo | None) -> bool:
    """ "MT" printed by a paper of Arizona, which keeps standard time all year."""
    return zone is not None and zone.tzname(None) == "MT" and str(default_zone) == "America/Phoenix"


def _from_parts_time(match: re.Match[str]) -> tuple[int, int, tzinfo | None] | None:
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = _zone(match["zone"], match["shift"]) if match["zone"] else None
    return hour, minute, zone


def _from_parts(
    match: re.Match[str], default_zone: tzinfo, default_year: int | None = None
) -> datetime | None:
    groups = match.groupdict()
    month_text = groups["month"]
    day = int(groups["day"])
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
    if month > 12 >= day and month_text.isdigit():
        day, month = month, day  # "07/21/2022": only a US month-first date reads this way
    year_text = groups.get("year")
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000
    elif default_year is not None:
        year = default_year
    else:
        return None
    hour = int(groups.get("hour") or 0)
    minute = int(groups.get("minute") or 0)
    second = int(groups.get("second") or 0)
    ampm = (groups.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone_text = groups.get("zone")
    zone = _zone(zone_text, groups.get("shift")) if zone_text else default_zone
    if _arizona(zone, default_zone):
        zone = default_zone
    return _build(year, month, day, hour, minute, second, zone)


def _zone(name: str, shift: str | None) -> tzinfo:
    if not shift or name.lower() not in ("gmt", "utc"):
        return _ZONES[name.lower()]
    sign = -1 if shift[0] == "-" else 1
    hours, _, minutes = shift[1:].partition(":")
    if not minutes and len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


def _build(
    year: int, month: int, day: int, hour: int, minute: int, second: int, zone: tzinfo
) -> datetime | None:
    try:
        return _seasonal(datetime(year, month, day, hour, minute, second, tzinfo=zone))
    except ValueError:
        return None


def _seasonal(found: datetime) -> datetime:
    """ "ET", "CT", "MT", "PT" mean daylight time in the American summer and standard time
    otherwise."""
    name = found.tzname()
    if name not in ("ET", "CT", "MT", "PT"):
        return found
    march = datetime(found.year, 3, 8)
    november = datetime(found.year, 11, 1)
    # Daylight time runs from the second Sunday of March to the first Sunday of November.
    start = march + timedelta(days=(6 - march.weekday()) % 7, hours=2)
    end = november + timedelta(days=(6 - november.weekday()) % 7, hours=2)
    summer = start <= found.replace(tzinfo=None) < end
    daylight = {"ET": -4, "CT": -5, "MT": -6, "PT": -7}[name]
    return found.replace(tzinfo=timezone(timedelta(hours=daylight if summer else daylight - 1)))
