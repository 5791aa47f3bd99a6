"""The period a coverage figure is about: a month, a quarter, a year or any range of days.

A period knows how many months it spans (fractions for partial months), because a work area's
target is "visits per month × months": a quarter asks three times what a month asks, and a custom
range of 15 days in a 30-day month asks half of it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import clock
from db.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    DateParseError,
    add_months,
    month_end,
    parse_date,
    parse_month,
)
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP

KINDS = ("month", "quarter", "year", "range")

BAD_MONTH = QT_TRANSLATE_NOOP("db", "“{value}” is not a month like 2024-05.")
BAD_DATE = QT_TRANSLATE_NOOP("db", "“{value}” is not a date like 2024-05-31.")
END_BEFORE_START = QT_TRANSLATE_NOOP("db", "The period ends ({end}) before it starts ({start}).")
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "db", "“{value}” is outside the years {first} to {last} that Branch Desk counts.")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    kind: str = "range"

    def __post_init__(self):
        if self.end < self.start:
            raise BranchDeskError(END_BEFORE_START, start=self.start.isoformat(),
                                  end=self.end.isoformat())

    @property
    def months(self) -> float:
        return months_between(self.start, self.end)

    def as_of(self, today: dt.date | None = None) -> dt.date:
        """The day "days since the last visit" is counted to: the period's end, or today while
        the period is still running (a running month is not judged on days yet to come)."""
        today = today or clock.today()
        return max(self.start, min(self.end, today))

    def month_starts(self) -> list[dt.date]:
        """The first day of every calendar month the period touches."""
        out, first = [], self.start.replace(day=1)
        while first <= self.end:
            out.append(first)
            first = add_months(first, 1)
        return out

    def previous(self) -> Period:
        """The period of the same kind just before this one (a range: the same number of days)."""
        if self.kind == "month":
            return month_period(add_months(self.start, -1))
        if self.kind == "quarter":
            return quarter_period(add_months(self.start, -3))
        if self.kind == "year":
            return year_period(self.start.year - 1)
        days = (self.end - self.start).days + 1
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=days - 1), end, "range")

    def to_json(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "kind": self.kind}


def months_between(start: dt.date, end: dt.date) -> float:
    """Months spanned by the days start..end inclusive: whole calendar months count 1, a partial
    month counts its share of days."""
    if end < start:
        return 0.0
    total, first = 0.0, start.replace(day=1)
    while first <= end:
        last = month_end(first)
        covered = (min(last, end) - max(first, start)).days + 1
        total += covered / last.day
        first = add_months(first, 1)
    return total


def month_period(day: dt.date | None = None) -> Period:
    """The calendar month containing `day` (default: this month)."""
    day = day or clock.today()
    first = day.replace(day=1)
    return Period(first, month_end(first), "month")


# 上旬: the days in which last month is reported on, and looked back on rather than this one.
REVIEW_DAYS = 10


def review_month(today: dt.date | None = None) -> Period:
    """The month the window opens on to look back (coverage, its plan tab, the monthly report):
    in a month's first REVIEW_DAYS days the month just ended — on the 1st the new month has
    no visit yet, and last month's summary is the one due —, after them the running month."""
    today = today or clock.today()
    if today.day <= REVIEW_DAYS:
        return month_period(add_months(today.replace(day=1), -1))
    return month_period(today)


def quarter_period(day: dt.date | None = None) -> Period:
    day = day or clock.today()
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return Period(first, month_end(add_months(first, 2)), "quarter")


def year_period(year: int | None = None) -> Period:
    year = year or clock.today().year
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def range_period(start: dt.date, end: dt.date) -> Period:
    return Period(start, end, "range")


def check_year(year: int, text: str) -> int:
    """`year` if a period may lie in it (FIRST_YEAR to LAST_YEAR); a BranchDeskError naming
    `text`, what the person wrote, otherwise."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BranchDeskError(OUT_OF_RANGE, value=text.strip(), first=FIRST_YEAR, last=LAST_YEAR)
    return year


def parse_month_period(text: str) -> Period:
    """`2024-05` (or 2024年5月 ...) → that month; a BranchDeskError a person can read otherwise."""
    try:
        first, _last = parse_month(text)
    except DateParseError:
        raise BranchDeskError(BAD_MONTH, value=text) from None
    if first.day != 1:  # a whole date is not a month
        raise BranchDeskError(BAD_MONTH, value=text)
    check_year(first.year, text)
    return month_period(first)


def parse_day(text: str) -> dt.date:
    try:
        day = parse_date(text)
    except DateParseError:
        raise BranchDeskError(BAD_DATE, value=text) from None
    check_year(day.year, text)
    return day
