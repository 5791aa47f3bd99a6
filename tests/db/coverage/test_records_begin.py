"""Months before the records begin hold no records: no figure, never a 0 % of a year nobody
recorded. The records begin in the month of the earliest live visit (this month with none).

Today is pinned to 2024-06-15 (tests/db/conftest.py).
"""
from __future__ import annotations

import datetime as dt

from db import demo, records, visits, workareas
from db.coverage import NO_RECORDS, compute_coverage, month_at_a_glance, trend
from db.dates import add_months
from db.periods import month_period, range_period

D = dt.date
JUNE = month_period(D(2024, 6, 1))


def by_name(rows):
    return {r.name: r for r in rows}


def test_a_new_database_with_two_visits_this_month(make):
    cadre = make.cadre(name="张三")
    near = make.area(name="近站", access_tier=1)
    make.area(name="远站", access_tier=3)  # no visit this month: a real miss, 0 of 1
    make.visit(near, [cadre.id], visited_on=D(2024, 6, 3))
    make.visit(near, [cadre.id], visited_on=D(2024, 6, 10))
    june = compute_coverage(JUNE)
    assert june.has_records and june.no_records_note is None
    assert june.records_from == D(2024, 6, 1) and june.first_visit == D(2024, 6, 3)
    assert june.coverage_rate == 0.5
    assert by_name(june.areas)["远站"].status == "none"
    # The eleven months before: no records, no areas, no cadres, no rate: not 0 %.
    points = trend(june)
    assert [p.coverage_rate for p in points] == [None] * 11 + [0.5]
    assert [p.recorded for p in points] == [False] * 11 + [True]
    assert [p.remoteness_bias for p in points] == [None] * 11 + [0.0]
    assert [june.heatmap.recorded(m) for m in june.heatmap.months] == [False] * 11 + [True]
    assert by_name(june.heatmap.rows)["远站"].cells == [None] * 11 + [0]
    may = compute_coverage(month_period(D(2024, 5, 1)))
    assert not may.has_records and may.no_records_note == (
        NO_RECORDS["before"], {"period": "2024-05", "day": "2024-06-03"})
    assert may.areas == [] and may.cadres == [] and may.suggestions == []
    assert may.coverage_rate is None and may.met == 0 and may.not_visited == []
    assert may.heatmap.rows == []
    glance = month_at_a_glance()
    assert glance.month.coverage_rate == 0.5
    assert glance.last_month_rate is None and not glance.last_month_has_records


def test_with_no_visit_at_all_this_month_counts_and_earlier_ones_have_no_records(make):
    make.area(name="甲站")
    june = compute_coverage(JUNE)
    assert june.has_records and june.coverage_rate == 0.0  # this month is running: 0 of 1 so far
    assert june.first_visit is None and june.records_from == D(2024, 6, 1)
    april = compute_coverage(month_period(D(2024, 4, 1)))
    assert not april.has_records and april.no_records_note == (
        NO_RECORDS["none"], {"period": "2024-04"})
    assert april.coverage_rate is None


def test_a_month_with_records_and_no_visit_to_an_area_is_a_real_miss(make):
    cadre = make.cadre()
    a = make.area(name="甲站")
    make.area(name="乙站")
    make.visit(a, [cadre.id], visited_on=D(2024, 3, 20))
    april = compute_coverage(month_period(D(2024, 4, 1)))  # records, no visit at all: 0 %
    assert april.has_records and april.coverage_rate == 0.0
    assert {r.name: r.status for r in april.areas} == {"甲站": "none", "乙站": "none"}
    march = compute_coverage(month_period(D(2024, 3, 1)))  # the first visit on the 20th:
    assert by_name(march.areas)["乙站"].target == 1     # the whole month, not scaled to 0
    assert march.coverage_rate == 0.5
    assert not compute_coverage(month_period(D(2024, 2, 1))).has_records
    # A range that begins before the records counts from their first month (March–May: 3).
    spring = compute_coverage(range_period(D(2024, 1, 1), D(2024, 5, 31)))
    assert {r.name: r.target for r in spring.areas} == {"甲站": 3, "乙站": 3}


def test_an_area_with_a_stated_date_keeps_its_own_rule(make):
    cadre = make.cadre()
    old = make.area(name="老站", in_use_since=D(2015, 1, 1))
    make.area(name="新站", in_use_since=D(2024, 4, 16))
    make.visit(old, [cadre.id], visited_on=D(2024, 2, 5))
    heat = compute_coverage(month_period(D(2024, 5, 1))).heatmap
    rows = by_name(heat.rows)
    # Before the records (June 2023 … January 2024) no month holds a figure, dated or not.
    assert rows["老站"].cells == [None] * 8 + [1, 0, 0, 0]
    assert rows["新站"].cells == [None] * 10 + [0, 0]  # in the figures from its own day
    april = by_name(compute_coverage(month_period(D(2024, 4, 1))).areas)
    assert april["新站"].target == 1  # from 04-16: 15/30 of April, rounded half up
    assert not compute_coverage(month_period(D(2024, 1, 1))).has_records


def test_meetings_and_concerns_do_not_move_the_beginning(make):
    """A concern list or a meeting register typed in from paper says nothing about visits."""
    cadre = make.cadre()
    area = make.area(name="甲站")
    make.concern(area, cadre, raised_on=D(2023, 9, 1))
    make.visit(area, [cadre.id], visited_on=D(2024, 5, 2))
    assert compute_coverage(JUNE).records_from == D(2024, 5, 1)
    assert not compute_coverage(month_period(D(2023, 9, 1))).has_records


def test_a_deleted_visit_is_not_a_record(make):
    cadre = make.cadre()
    area = make.area(name="甲站")
    early = make.visit(area, [cadre.id], visited_on=D(2024, 1, 8))
    make.visit(area, [cadre.id], visited_on=D(2024, 5, 2))
    records.delete(visits.KIND, early.id)
    assert compute_coverage(JUNE).records_from == D(2024, 5, 1)
    records.restore(visits.KIND, early.id)
    assert compute_coverage(JUNE).records_from == D(2024, 1, 1)
    records.edit(workareas.KIND, area, {"headcount": 3})  # unrelated edits change nothing
    assert compute_coverage(month_period(D(2024, 2, 1))).coverage_rate == 0.0


def test_the_small_demo_has_no_records_before_its_first_visit(store):
    today = D(2025, 3, 15)
    demo.build("small", seed=1, today=today)
    first = compute_coverage(month_period(today), today=today).first_visit
    assert first is not None
    start = first.replace(day=1)
    before = compute_coverage(month_period(add_months(start, -1)), today=today)
    assert not before.has_records and before.coverage_rate is None and before.areas == []
    opening = compute_coverage(month_period(start), today=today)
    assert opening.has_records and opening.areas
    points = trend(compute_coverage(month_period(add_months(start, 3)), today=today))
    assert [p.recorded for p in points] == [False] * 8 + [True] * 4
    assert all(p.coverage_rate is None for p in points[:8])
    assert all(p.coverage_rate is not None for p in points[8:])
