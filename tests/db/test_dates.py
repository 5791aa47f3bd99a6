import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.dates import (
    DateParseError,
    add_months,
    complete_year,
    month_end,
    parse_date,
    parse_month,
)

D = dt.date(2019, 7, 1)


@pytest.mark.parametrize("text", [
    "2019-07-01", "2019-7-1", "2019/07/01", "2019/7/1", "2019.07.01", "2019.7.1", "20190701",
    "2019年7月1日", "2019年07月01日", "2019年7月1", " 2019-07-01 ", "2019 / 7 / 1",
    "2019 年 7 月 1 日", "２０１９年７月１日", "２０１９－０７－０１", "２０１９／７／１",
    "2019．7．1",
    "2019-07-01 00:00:00", "2019-07-01 08:30", "2019-07-01T08:30:00", "2019/7/1 8:05:00.123",
    "\u30002019-07-01\u3000",
])
def test_accepted_forms(text):
    assert parse_date(text) == D


def test_date_and_datetime_objects():
    assert parse_date(D) == D
    assert parse_date(dt.datetime(2019, 7, 1, 23, 59)) == D


@pytest.mark.parametrize("text", ["2019-07", "2019/7", "2019.07", "2019年7月", "２０１９年７月"])
def test_month_precision_only_when_allowed(text):
    assert parse_date(text, allow_month=True) == D
    with pytest.raises(DateParseError):
        parse_date(text)


@pytest.mark.parametrize("value", [
    "2019-02-30", "2019-13-01", "2019-00-10", "2019-07-00", "2023-02-29", "", "   ", "soon",
    "07/01/2019", "1-7-2019", "19-7-1", "2019-07-01x", "2019-07-01 garbage", "201971",
    "2019--07-01",
    "2019年7月1日 上午", None, 20190701, 43647.0, ["2019-07-01"],
])
def test_rejections(value):
    with pytest.raises(DateParseError):
        parse_date(value)


def test_a_leap_day_in_a_leap_year():
    assert parse_date("2024年2月29日") == dt.date(2024, 2, 29)


def test_month_helpers():
    assert parse_month("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert month_end(dt.date(2023, 12, 5)) == dt.date(2023, 12, 31)
    assert month_end(dt.date(9999, 12, 5)) == dt.date(9999, 12, 31)  # no day after it is made
    assert add_months(dt.date(2023, 11, 30), 3) == dt.date(2024, 2, 1)
    assert add_months(dt.date(2024, 1, 31), -1) == dt.date(2023, 12, 1)


_FULL = str.maketrans("0123456789/-. ", "０１２３４５６７８９／－．\u3000")


def _forms(day: dt.date):
    y, m, d = day.year, day.month, day.day
    return [
        day.isoformat(), f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}年{m}月{d}日",
        f"{y:04d}{m:02d}{d:02d}", f"{y} - {m} - {d}", f"{y} 年 {m:02d} 月 {d} 日",
        f"{day.isoformat()} 12:34:56", f"{day.isoformat()}T00:00",
    ]


@given(day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
       form=st.integers(min_value=0, max_value=8), full_width=st.booleans(),
       pad=st.sampled_from(["", " ", "  ", "\u3000"]))
def test_any_date_in_any_form_parses_back_to_itself(day, form, full_width, pad):
    text = _forms(day)[form]
    if full_width:
        text = text.translate(_FULL)
    assert parse_date(pad + text + pad) == day


@pytest.mark.parametrize(("typed", "today", "expected"), [
    ("6/3", dt.date(2026, 12, 1), "2026-06-03"),
    ("6.3", dt.date(2026, 12, 1), "2026-06-03"),
    ("6月3日", dt.date(2026, 12, 1), "2026-06-03"),
    ("６／３", dt.date(2026, 12, 1), "2026-06-03"),
    ("12/1", dt.date(2026, 12, 1), "2026-12-01"),       # today
    ("12/25", dt.date(2026, 12, 1), "2025-12-25"),      # not yet this year: last year's
    ("2/29", dt.date(2026, 12, 1), "2024-02-29"),       # the last leap year's
    ("13/1", dt.date(2026, 12, 1), "13/1"),             # no such month: left for the parser
    ("2/30", dt.date(2026, 12, 1), "2/30"),
    ("2025.6.3", dt.date(2026, 12, 1), "2025.6.3"),     # has its year
    ("abc", dt.date(2026, 12, 1), "abc"),
])
def test_a_day_typed_without_its_year_is_the_latest_such_day(typed, today, expected):
    assert complete_year(typed, today) == expected
