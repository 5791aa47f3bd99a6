"""Cells → field values, a sheet at a time: a text met again gives the same value, a cell with a
problem says so on every row that has it, and equal-looking cells of other kinds stay apart."""
from __future__ import annotations

import datetime as dt

from db.spreadsheet.converting import Converter
from db.spreadsheet.layout import MEMBERS, WORK_AREAS
from db.spreadsheet.resolve import Resolver


def test_a_repeated_text_converts_alike_and_a_bad_one_is_a_problem_on_each_row(store):
    rows = [{"name": " 王  强 ", "gender": "男", "joined_on": "1997.10", "phone": "１３８ 0000"},
            {"name": "王强", "gender": "公", "joined_on": "1997.10", "phone": "13800001111"},
            {"name": "赵敏", "gender": "公", "joined_on": "  ", "phone": None}]
    converter = Converter(MEMBERS, Resolver())
    out = [converter(dict(raw)) for raw in rows]
    assert [data for data, _p in out] == [
        {"name": "王强", "gender": "M", "joined_on": "1997-10", "phone": "1380000"},
        {"name": "王强", "joined_on": "1997-10", "phone": "13800001111"},
        {"name": "赵敏"}]
    assert [[p.field for p in problems] for _d, problems in out] == [[], ["gender"], ["gender"]]
    # each row alike when converted alone, with nothing remembered
    assert out == [Converter(MEMBERS, Resolver())(dict(raw)) for raw in rows]


def test_numbers_and_flags_that_look_alike_stay_what_they_are(store):
    converter = Converter(WORK_AREAS, Resolver())
    rows = [{"headcount": 1, "distance_km": 1.0, "active": True},
            {"headcount": "1", "distance_km": 1, "active": 1},
            {"headcount": 1.0, "distance_km": "1", "active": "是"}]
    assert [converter(raw)[0] for raw in rows] == [
        {"headcount": 1, "distance_km": 1.0, "active": True},
        {"headcount": "1", "distance_km": 1, "active": True},
        {"headcount": 1.0, "distance_km": "1", "active": True}]


def test_a_date_before_1900_is_a_problem_each_time(store):
    converter = Converter(MEMBERS, Resolver())
    for _ in range(2):
        data, problems = converter({"birth_date": "1899.05.01"})
        assert data == {"birth_date": dt.date(1899, 5, 1)}
        assert [p.field for p in problems] == ["birth_date"]
