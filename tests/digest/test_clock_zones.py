"""Times of day and zones as users type them: `/time 7.30`, `/timezone WITA`, `+05:30`."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from digest.card import make_card
from digest.clock import clock_time, parse_clock
from digest.render import format_date
from digest.zones import parse_timezone, zone_label


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("7:30", "07:30"), ("07.30", "07:30"), (" 23:59 ", "23:59"), ("0:00", "00:00")],
)
def test_times_people_type_are_stored_as_hh_mm(typed: str, stored: str) -> None:
    assert parse_clock(typed) == stored
    assert clock_time(stored) == time(int(stored[:2]), int(stored[3:]))


@pytest.mark.parametrize("typed", ["24:00", "7", "7:5", "07:60", "jam 7", "", "07:30 pagi"])
def test_what_is_not_a_time_of_day_is_refused(typed: str) -> None:
    assert parse_clock(typed) is None


@pytest.mark.parametrize(
    ("typed", "zone", "label"),
    [
        ("WIB", "Asia/Jakarta", "WIB"),
        ("wita", "Asia/Makassar", "WITA"),
        ("Wit", "Asia/Jayapura", "WIT"),
        ("europe/berlin", "Europe/Berlin", "Europe/Berlin"),
        ("America/New York", "America/New_York", "America/New_York"),
        ("+07:00", "Etc/GMT-7", "UTC+7"),
        ("UTC-3", "Etc/GMT+3", "UTC-3"),
        ("+05:30", "Asia/Kolkata", "Asia/Kolkata"),
        ("GMT+0", "UTC", "UTC"),
    ],
)
def test_zones_people_type_and_how_they_are_shown(typed: str, zone: str, label: str) -> None:
    assert parse_timezone(typed) == zone
    assert zone_label(zone) == label


@pytest.mark.parametrize("typed", ["Mars/Olympus", "+15:00", "+05:15", "", "WIBB"])
def test_unknown_zones_are_refused(typed: str) -> None:
    assert parse_timezone(typed) is None


def test_a_fixed_offset_date_names_its_indonesian_zone() -> None:

    moment = datetime(2022, 7, 1, 14, 15, tzinfo=UTC)
    for hours, label in ((7, "WIB"), (8, "WITA"), (9, "WIT")):
        local = moment.astimezone(timezone(timedelta(hours=hours)))
        assert format_date(local, "id").endswith(label)
    assert format_date(moment.astimezone(timezone(timedelta(hours=5))), "en").endswith("UTC+05:00")


def test_a_sites_title_naming_its_country_sets_the_clock() -> None:
    # "Daily Mirror - Sri Lanka Latest Breaking News and Headlines": Sri Lanka's Daily
    # Mirror, not Britain's, on Colombo's clock
    card = make_card(
        "Daily Mirror - Sri Lanka Latest Breaking News and Headlines\nHome\nBreaking News\n"
        "Elections Commission ready to hold provincial polls within 10 weeks\n"
        "19 October 2033 04:31 pm\n"
        "The Elections Commission said on Wednesday it was ready to hold the long-delayed "
        "provincial council elections within 10 weeks of the law being passed.\n"
        "The commission said it had completed the preliminary work."
    )
    assert card.published == datetime(2033, 10, 19, 16, 31, tzinfo=ZoneInfo("Asia/Colombo"))
