"""Publication dates in the shapes Indonesian and English outlets print them."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from digest.dates import parse_date, relative_age
from digest.parse import parse_text


def at(*parts: int, hours: float = 7) -> datetime:
    return datetime(*parts, tzinfo=timezone(timedelta(hours=hours)))  # type: ignore[misc,arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Juli 2022 21:15 WIB", at(2022, 7, 1, 21, 15)),
        ("Jumat, 01 Jul 2022 | 21:15 WIB", at(2022, 7, 1, 21, 15)),
        ("Kompas.com - 01/07/2022, 21:15 WIB", at(2022, 7, 1, 21, 15)),
        ("Kamis, 21 Okt 2025 20:43 WIB", at(2025, 10, 21, 20, 43)),
        ("Senin, 12 Ags 2024 08:00 WITA", at(2024, 8, 12, 8, 0, hours=8)),
        ("3 Des 2023 19.30 WIT", at(2023, 12, 3, 19, 30, hours=9)),
        ("Rabu, 17 Mei 2023 09:05", at(2023, 5, 17, 9, 5)),
        ("10 Jul, 2024 05:00 AM", at(2024, 7, 10, 5, 0)),  # NZ Herald: a comma after the month
        ("Aug. 19, 2025 3 AM", at(2025, 8, 19, 3, 0)),  # an hour alone, with its a.m. or p.m.
        ("March 3, 2024, 7 pm", at(2024, 3, 3, 19, 0)),
        ("June 3, 2025, 12 amendments", at(2025, 6, 3, 0, 0)),  # no hour in "12 amendments"
        ("July 1, 2022", at(2022, 7, 1, 0, 0)),
        ("1 Jul 2022 14:05 GMT", at(2022, 7, 1, 14, 5, hours=0)),
        ("Updated July 1, 2022 2:05 PM GMT", at(2022, 7, 1, 14, 5, hours=0)),
        ("Friday, July 1, 2022 9:15 PM", at(2022, 7, 1, 21, 15)),
        ("2022-07-01T21:15:00+07:00", at(2022, 7, 1, 21, 15)),
        ("2022-07-01T14:15:00Z", at(2022, 7, 1, 14, 15, hours=0)),
        ("Published 2:05 PM GMT, Fri July 1, 2022", at(2022, 7, 1, 14, 5, hours=0)),
        ("14:30 WIB, Senin 4 Juli 2022", at(2022, 7, 4, 14, 30)),
        ("1st July 2022", at(2022, 7, 1, 0, 0)),
        ("Saturday 2nd of July 2022 06.00 BST", at(2022, 7, 2, 6, 0, hours=1)),
        ("2022/07/01 21:15", at(2022, 7, 1, 21, 15)),
        ("01-07-2022 21:15 WIB", at(2022, 7, 1, 21, 15)),
        ("Rabu (3/12/2031) 09:58 WIB", at(2031, 12, 3, 9, 58)),  # the day in brackets
        ("01.07.2022 21.15 WITA", at(2022, 7, 1, 21, 15, hours=8)),
        ("Updated 07/21/2022 2:05 PM EDT", at(2022, 7, 21, 14, 5, hours=-4)),
        ("Jul. 1, 2022 2:05 p.m. ET", at(2022, 7, 1, 14, 5, hours=-4)),
        ("Selasa, 21 Oktober 2025 / 20:43 WIB", at(2025, 10, 21, 20, 43)),
        ("Fitri Rahayu Amanda, Jurnalis-Senin, 16 Juni 2025 |15:20 WIB", at(2025, 6, 16, 15, 20)),
        ("June 18, 2025 7:30 AM GMT+7 Updated 2 hours ago", at(2025, 6, 18, 7, 30)),
        ("18 Jun 2025 07:30 UTC+08:00", at(2025, 6, 18, 7, 30, hours=8)),
        ("Tayang: Senin, 9 Juni 2025 20:54 WITA", at(2025, 6, 9, 20, 54, hours=8)),
        ("January 18, 2025 7:30 AM ET", at(2025, 1, 18, 7, 30, hours=-5)),
        ("June 18, 2025 7:30 AM ET", at(2025, 6, 18, 7, 30, hours=-4)),
        ("Dec 1, 2024 9:00 PM PT", at(2024, 12, 1, 21, 0, hours=-8)),
        ("Published on: Jun 04, 2025 12:10 PM IST", at(2025, 6, 4, 12, 10, hours=5.5)),
        ("Wednesday, 04 Jun 2025 7:15 AM MYT", at(2025, 6, 4, 7, 15, hours=8)),
        ("June 4, 2025 15:12 KST", at(2025, 6, 4, 15, 12, hours=9)),
        ("Published: 21 May 2026 10:18 EAT", at(2026, 5, 21, 10, 18, hours=3)),  # East Africa
        ("May 5, 2026 9:40 pm PKT", at(2026, 5, 5, 21, 40, hours=5)),  # Pakistan
        ("16 April 2026 06:45 NPT", at(2026, 4, 16, 6, 45, hours=5.75)),  # Nepal
        ("9. Jul 2026 at 14:05", at(2026, 7, 9, 14, 5)),  # the day with a stop (Slovakia)
        ("Published: 22:40, Apr 27,2028", at(2028, 4, 27, 22, 40)),  # the year glued (New Age)
        ("6:12 pm on 4 June 2025", at(2025, 6, 4, 18, 12)),  # RNZ: the time, "on", the date
        ("Rabu, 12 November 2025, pukul 08.00 WIB", at(2025, 11, 12, 8, 0)),  # a comma, "pukul"
        ("Mar - 05 - 2026 , 10:12", at(2026, 3, 5, 10, 12)),  # Graphic Online: dashes between
        # Amandala: a stop after the year; a number after a date's stop is no clock
        ("Tuesday, August 18, 2026. 3:12 pm", at(2026, 8, 18, 15, 12)),
        ("Senin, 4 Juli 2022. 10.000 warga mengungsi", at(2022, 7, 4, 0, 0)),
        # the clock under its own label (WAFA), and Danish "kl." (Sermitsiaq)
        ("Date: 10/10/2027  Time: 14:22", at(2027, 10, 10, 14, 22)),
        ("Tanggal: 10/10/2027 | Jam: 14:22", at(2027, 10, 10, 14, 22)),
        ("08.10.2027 kl. 09:15", at(2027, 10, 8, 9, 15)),
        ("28 December 2027 | 13h22", at(2027, 12, 28, 13, 22)),  # ANGOP: "h" for the colon
        ("Tue 28 Jun 2033 // 11:27 UTC", at(2033, 6, 28, 11, 27, hours=0)),  # The Register
    ],
)
def test_known_shapes(text: str, expected: datetime) -> None:
    found = parse_date(text)
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


def test_body_reference_takes_year_from_page() -> None:
    assert parse_date("pada hari Jumat (1/7) mengatakan", default_year=2022) == at(2022, 7, 1)
    assert parse_date("pada hari Jumat (1/7) mengatakan") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "tanpa tanggal sama sekali",
        "31 Februari 2022",
        "99/99/2022",
        "2 jam lalu",
        "5 menit yang lalu",
        "2 hours ago",
        "inflasi 4.35 persen pada 2022",
        "Rp 4.500.2022",
    ],
)
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_relative_time_line_is_not_a_date_or_a_headline() -> None:
    for stamp in ("2 jam lalu", "5 hours ago"):
        article = parse_text(
            f"detikNews\n\n{stamp}\n\nBanjir Rendam Ribuan Rumah di Bekasi\n\n"
            "Ribuan rumah di Bekasi terendam banjir setelah hujan deras sejak Sabtu malam.\n\n"
            "Warga mengungsi ke masjid dan sekolah terdekat sambil menunggu air surut."
        )
        assert article.headline == "Banjir Rendam Ribuan Rumah di Bekasi"
        assert article.published is None
        assert len(article.body) == 2


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("2 jam lalu", timedelta(hours=2)),
        ("5 menit yang lalu", timedelta(minutes=5)),
        ("1 hari lalu", timedelta(days=1)),
        ("2 minggu lalu", timedelta(weeks=2)),
        ("3 hours ago", timedelta(hours=3)),
        ("10 mins ago", timedelta(minutes=10)),
        ("Selasa, 21 Okt 2025 20:43 WIB", None),
    ],
)
def test_relative_age(text: str, age: timedelta | None) -> None:
    assert relative_age(text) == age


@pytest.mark.parametrize(
    ("home", "line", "offset"),
    [
        # the USA Today network's "Published 6:01 a.m. MT Oct. 14, 2033": Mountain daylight
        # time in October in Denver, but Arizona keeps standard time all year
        ("America/Denver", "Published 6:01 a.m. MT Oct. 14, 2033", -6),
        ("America/Phoenix", "Published 6:01 a.m. MT Oct. 14, 2033", -7),
        ("America/Denver", "Published 6:01 a.m. MT Dec. 14, 2033", -7),
    ],
)
def test_mountain_time_before_the_day(home: str, line: str, offset: int) -> None:
    found = parse_date(line, default_zone=ZoneInfo(home))
    assert found is not None and (found.hour, found.minute) == (6, 1)
    assert found.utcoffset() == timedelta(hours=offset)
