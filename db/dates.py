"""The one date parser: the forms people type and keep in spreadsheets.

Accepts date/datetime objects, ISO `2019-07-01`, `2019/7/1`, `2019.07.01`, `2019年7月1日`, with
full-width digits and stray spaces; a trailing time of day ("2019-07-01 08:00") is ignored; and
Excel serial day numbers (a date cell formatted as a plain number reads as 43647) when the caller
reads a spreadsheet (`from_sheet=True`; a number typed in a form is not a date). Month-precision
forms (`2019.07`, `2019年7月`, and from a sheet the number 2019.07 that a spreadsheet makes of the
typed text "2019.07") are accepted only where the caller allows them, and mean the first of that
month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

_FULLWIDTH = str.maketrans("０１２３４５６７８９／－．　", "0123456789/-. ")
_DAY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# The same forms without spaces, full-width digits or a time of day: read without normalising.
_PLAIN_DAY = re.compile(r"([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?\Z")
_PLAIN_MONTH = re.compile(r"([0-9]{4})[-/.年]([0-9]{1,2})月?\Z()")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug included)
# Serial numbers read as dates: 1927-05-18 .. 2119-01-10. Smaller or larger numbers are not dates.
_SERIAL_RANGE = (10000, 80000)
# A time of day after the date, as spreadsheets and ISO datetimes write it: dropped.
_TIME = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")


class DateParseError(ValueError):
    """The text is not a date in any accepted form."""


def normalise(text: str) -> str:
    return text.translate(_FULLWIDTH).strip()


def parse_date(value: object, *, allow_month: bool = False, from_sheet: bool = False) -> dt.date:
    """Turn `value` into a date or raise DateParseError."""
    return parse_dated(value, allow_month=allow_month, from_sheet=from_sheet)[0]


def parse_dated(value: object, *, allow_month: bool = False, from_sheet: bool = False
                ) -> tuple[dt.date, bool]:
    """(date, known only to the month) for `value`, or DateParseError. A month-precision date
    is the first of its month: comparisons use the earliest day it can be."""
    if isinstance(value, dt.datetime):
        return value.date(), False
    if isinstance(value, dt.date):
        return value, False
    if from_sheet and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_number(value, allow_month)
    if not isinstance(value, str):
        raise DateParseError(f"not a date: {value!r}")
    found = _parse_text(value, allow_month)
    if isinstance(found, str):
        raise DateParseError(found)
    return found


@lru_cache(maxsize=8192)  # a roster repeats its dates, and parses each up to three times
def _parse_text(value: str, allow_month: bool) -> tuple[dt.date, bool] | str:
    """(date, by month) for the text, or the message of its DateParseError."""
    match = _PLAIN_DAY.match(value)  # the usual forms, which need no normalising
    if match is None and allow_month:
        match = _PLAIN_MONTH.match(value)
    if match is not None:
        year, month, day = match.groups()
        try:
            return dt.date(int(year), int(month), int(day) if day else 1), not day
        except ValueError:
            return f"no such day: {value!r}"
    text = normalise(value)
    if ":" in text:
        text = _TIME.sub("", text)  # "2019-07-01 00:00:00" from a spreadsheet cell
    match = _DAY.match(text) or _COMPACT.match(text)
    by_month = False
    if match:
        year, month, day = (int(g) for g in match.groups())
    elif allow_month and (match := _MONTH.match(text)):
        year, month, day, by_month = int(match.group(1)), int(match.group(2)), 1, True
    else:
        return f"not a date: {value!r}"
    try:
        return dt.date(year, month, day), by_month
    except ValueError:
        return f"no such day: {value!r}"


def _from_number(value: int | float, allow_month: bool) -> tuple[dt.date, bool]:
    """A number from a spreadsheet cell: an Excel serial day, or 2019.07 meaning July 2019."""
    if allow_month and isinstance(value, float) and 1900 < value < 2200:
        return parse_dated(_month_text(value), allow_month=True)
    if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
        return _EXCEL_EPOCH + dt.timedelta(days=int(value)), False
    raise DateParseError(f"not a date: {value!r}")


def _month_text(value: float) -> str:
    """2019.07 → "2019.07". A spreadsheet drops a month's trailing zero: 2019.1 was typed
    2019.10, October; 1985.5 can only be May (1985.50 is no month), so one digit 2–9 is that
    month. Two digits are the month as typed (1985.05, May; 1985.13 is refused)."""
    year, _dot, fraction = repr(value).partition(".")
    if len(fraction) == 1:
        return f"{year}.{10 if fraction == '1' else int(fraction)}"
    return f"{value:.2f}"


_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")


def complete_year(text: str, today: dt.date) -> str:
    """A day typed without its year (6/3, 6.3, 6月3日: month first, as Chinese writes it) as the
    ISO date of the latest such day on or before `today`: a visit being recorded has happened.
    Any other text is returned as it was, for parse_date to read or refuse."""
    match = _MONTH_DAY.match(normalise(text))
    if match is None:
        return text
    month, day = int(match.group(1)), int(match.group(2))
    for year in range(today.year, today.year - 8, -1):  # 2/29 waits for a leap year
        try:
            found = dt.date(year, month, day)
        except ValueError:
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                return text
            continue
        if found <= today:
            return found.isoformat()
    return text


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    """`YYYY-MM` (or 2019年7月 ...) → (first day, last day) of that month."""
    first = parse_date(value, allow_month=True)
    return first, month_end(first)


# The years a date Branch Desk keeps may lie in: before any record (the Party was founded in
# 1921; nobody on a roll was born before 1900) and well short of the calendar's end, which a
# figure's "the month after" would overrun.
FIRST_YEAR, LAST_YEAR = 1900, 2099
FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month (9999-12 too: no day after it is made)."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
