"""The date forms spreadsheets produce: serial numbers, datetimes, months typed as numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from db.dates import DateParseError, parse_date


@pytest.mark.parametrize("value, expected", [
    (43647, dt.date(2019, 7, 1)),
    (43647.75, dt.date(2019, 7, 1)),
    (dt.datetime(2019, 7, 1, 8, 30), dt.date(2019, 7, 1)),
    ("2019-07-01T00:00:00", dt.date(2019, 7, 1)),
    ("２０１９／７／１", dt.date(2019, 7, 1)),
])
def test_spreadsheet_day_forms(value, expected):
    assert parse_date(value, from_sheet=True) == expected


@pytest.mark.parametrize("value, expected", [
    (2019.07, dt.date(2019, 7, 1)),
    (2019.1, dt.date(2019, 10, 1)),  # "2019.10" typed into a number cell
    (2019.01, dt.date(2019, 1, 1)),
    ("2019.07", dt.date(2019, 7, 1)),
])
def test_month_forms_only_when_allowed(value, expected):
    assert parse_date(value, allow_month=True, from_sheet=True) == expected
    with pytest.raises(DateParseError):
        parse_date(value, from_sheet=True)


@pytest.mark.parametrize("value", [5, 2019, 100000, True, "43647"])
def test_numbers_that_are_not_dates(value):
    with pytest.raises(DateParseError):
        parse_date(value, allow_month=True, from_sheet=True)


def test_numbers_are_dates_only_from_a_sheet():
    with pytest.raises(DateParseError):
        parse_date(43647)


@pytest.mark.parametrize("value, month", [
    (1985.5, 5),  # 1985.50 is no month: May, typed 1985.5 or 1985.05
    (1985.2, 2), (1985.9, 9),
    (1985.05, 5),
    (1990.1, 10),  # 1990.10 with its zero dropped: October, as before
    (1990.11, 11), (1990.12, 12),
])
def test_a_month_number_with_one_digit_is_that_month_but_one_is_october(value, month):
    assert parse_date(value, allow_month=True, from_sheet=True) == dt.date(int(value), month, 1)


@pytest.mark.parametrize("value", [1985.13, 1985.0, 1985.00, 1985.55])
def test_a_month_number_that_is_no_month_is_refused(value):
    with pytest.raises(DateParseError):
        parse_date(value, allow_month=True, from_sheet=True)
