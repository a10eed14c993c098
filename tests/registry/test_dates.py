"""Dates as clerks and spreadsheets write them, and completed years of age."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.dates import age_on, parse_date


@pytest.mark.parametrize(
    "typed",
    [
        "1980-05-17",
        "1980-5-17",
        " 1980-05-17 ",
        "17/05/1980",
        "17/5/1980",
        "17.05.1980",
        "17-05-1980",
        "١٧/٠٥/١٩٨٠",
        "١٩٨٠-٠٥-١٧",
    ],
)
def test_formats(typed: str) -> None:
    assert parse_date(typed) == date(1980, 5, 17)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "1980-02-30",
        "31/02/1980",
        "29/02/1981",
        "29/02/1900",
        "31/04/2000",
        "1980-13-01",
        "1980-00-10",
        "00/01/1980",
        "05/17/1980",
        "1980/05/17",
        "17/05/80",
        "17 05 1980",
        "17 mai 1980",
        "1980-05-17T00:00",
        "0000-01-01",
    ],
)
def test_not_a_real_day(typed: str) -> None:
    assert parse_date(typed) is None


def test_leap_days() -> None:
    assert parse_date("29/02/1980") == date(1980, 2, 29)
    assert parse_date("2000-02-29") == date(2000, 2, 29)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1)))
def test_both_formats_round_trip(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(f"{day.day}.{day.month}.{day.year:04d}") == day


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2011, 11, 29), date(2026, 11, 29), 15),
        (date(2011, 11, 30), date(2026, 11, 29), 14),
        (date(1980, 5, 17), date(2026, 11, 29), 46),
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),
        (date(2000, 1, 1), date(2000, 1, 1), 0),
    ],
)
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 40_000))
def test_age_counts_completed_years(birth: date, days: int) -> None:
    day = birth + timedelta(days=days)
    age = age_on(birth, day)
    assert age >= 0
    try:
        last_birthday = birth.replace(year=birth.year + age)
    except ValueError:  # born on 29 February
        last_birthday = date(birth.year + age, 3, 1)
    assert last_birthday <= day
