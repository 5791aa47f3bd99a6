"""Periods: their bounds, their length in months, and the day figures are counted to."""
from __future__ import annotations

import datetime as dt

import pytest

from db.errors import BranchDeskError
from db.periods import (
    Period,
    month_period,
    months_between,
    parse_day,
    parse_month_period,
    quarter_period,
    range_period,
    year_period,
)

D = dt.date


def test_kinds_and_months():
    assert month_period(D(2024, 2, 10)) == Period(D(2024, 2, 1), D(2024, 2, 29), "month")
    assert quarter_period(D(2024, 11, 3)) == Period(D(2024, 10, 1), D(2024, 12, 31), "quarter")
    assert year_period(2023).months == pytest.approx(12)
    assert quarter_period(D(2024, 5, 1)).months == pytest.approx(3)
    assert range_period(D(2024, 6, 1), D(2024, 6, 15)).months == pytest.approx(0.5)
    assert months_between(D(2024, 1, 17), D(2024, 2, 29)) == pytest.approx(15 / 31 + 1)
    assert [m.month for m in quarter_period(D(2024, 5, 1)).month_starts()] == [4, 5, 6]


def test_previous():
    assert month_period(D(2024, 1, 5)).previous() == month_period(D(2023, 12, 1))
    assert quarter_period(D(2024, 2, 1)).previous() == quarter_period(D(2023, 11, 1))
    assert year_period(2024).previous() == year_period(2023)
    assert range_period(D(2024, 5, 11), D(2024, 5, 20)).previous() == range_period(
        D(2024, 5, 1), D(2024, 5, 10))


def test_as_of_is_today_while_running():
    may = month_period(D(2024, 5, 1))
    assert may.as_of(D(2024, 5, 9)) == D(2024, 5, 9)
    assert may.as_of(D(2024, 7, 1)) == D(2024, 5, 31)
    assert may.as_of(D(2024, 4, 1)) == D(2024, 5, 1)


def test_parsing_and_mistakes():
    assert parse_month_period("2024年5月") == month_period(D(2024, 5, 1))
    assert parse_day("2024/5/3") == D(2024, 5, 3)
    with pytest.raises(BranchDeskError, match="not a month"):
        parse_month_period("2024-13")
    with pytest.raises(BranchDeskError, match="not a date"):
        parse_day("yesterday")
    with pytest.raises(BranchDeskError, match="before it starts"):
        range_period(D(2024, 5, 2), D(2024, 5, 1))
