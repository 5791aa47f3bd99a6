"""The figures behind the pictures: the line diagram's order and colours, visits against target
per tier, and the 12-month trend, each checked against the coverage figures."""
from __future__ import annotations

import datetime as dt

import pytest

from db import clock, records, workareas
from db.coverage import (
    ORDER_NOTES,
    LineMark,
    compute_coverage,
    line_diagram,
    pictures,
    tier_bars,
    track_spots,
    trend,
)
from db.periods import month_period, range_period
from tests.db.helpers import Make

MAY = month_period(dt.date(2024, 5, 1))
TODAY = dt.date(2024, 6, 20)
JUNE = month_period(TODAY)  # with no visit at all the records begin this month: May holds none


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2023, 1, 2, 9, 0))


def test_areas_in_line_order_one_track_per_line_main_line_first(store):
    make = Make()
    make.area(name="丙站", code="C", line_section="京广线K1860+000–K1866+000",
              position="K1860+000–K1866+000", access_tier=3)
    make.area(name="甲站", code="A", line_section="京广线", position="K1845+240")
    make.area(name="乙站", code="B", line_section="京广线", position="K1850+100", access_tier=1)
    make.area(name="丁站", code="D", line_section="焦柳线K1412+000", position="K1412+000")
    cov = compute_coverage(JUNE)
    line = line_diagram(cov)
    assert line.order == "position" and line.unplaced == 0
    assert [(name, [m.name for m in marks]) for name, marks in line.groups] == [
        ("京广线", ["甲站", "乙站", "丙站"]), ("焦柳线", ["丁站"])]
    assert [m.remote for m in line.marks] == [False, False, True, False]
    # spaced by chainage: 乙 is 4.86 km after 甲 and 丙 (its centre) 12.9 km after 乙, but no
    # two marks closer than 0.6 of an even step (1/3): 乙 is pushed to 1/6 + 0.2
    jingguang = line.groups[0][1]
    assert [m.centre_m for m in jingguang] == [1845240, 1850100, 1863000]
    assert track_spots(jingguang) == pytest.approx([1 / 6, 1 / 6 + 0.2, 5 / 6])
    assert track_spots(line.groups[1][1]) == [0.5]


def _marks(*where):
    return [LineMark(str(i), f"工区{i}", "", "京广线", "", 1, 0, None, None, "never", w)
            for i, w in enumerate(where)]


def test_marks_are_spaced_by_chainage_when_every_one_has_a_position():
    # K0, K6, K9 of a track of three: 1/6 + (6/9 × 2/3) for the middle one
    assert track_spots(_marks(0, 6000, 9000)) == pytest.approx([1 / 6, 1 / 6 + 4 / 9, 5 / 6])
    # one of them without a position, or all at one place: evenly, in line order
    assert track_spots(_marks(0, None, 9000)) == pytest.approx([1 / 6, 1 / 2, 5 / 6])
    assert track_spots(_marks(500, 500)) == pytest.approx([1 / 4, 3 / 4])
    # three within 2 m: each pushed on by 0.6 of a step (1/4)
    assert track_spots(_marks(0, 1, 2, 3000)) == pytest.approx(
        [1 / 8, 1 / 8 + 0.15, 1 / 8 + 0.3, 7 / 8])
    # crowded at the far end: pushed past it, then all drawn back into the track, in order
    spots = track_spots(_marks(0, 2997, 2998, 3000))
    assert spots[0] == pytest.approx(1 / 8) and spots[-1] == pytest.approx(7 / 8)
    assert all(b > a for a, b in zip(spots, spots[1:], strict=False))


def test_without_positions_the_order_is_by_code_and_says_so(store):
    make = Make()
    make.area(name="甲站", code="XL02")
    make.area(name="乙站", code="XL01")
    line = line_diagram(compute_coverage(JUNE))
    assert line.order == "code" and [m.name for m in line.marks] == ["乙站", "甲站"]
    assert "code order" in ORDER_NOTES[line.order]
    make.area(name="丙站", position="K10+000")
    line = line_diagram(compute_coverage(JUNE))
    assert (line.order, line.unplaced) == ("partly", 2)
    assert [m.name for m in line.marks] == ["丙站", "乙站", "甲站"]  # placed first, then by code
    make.area(name="丁站", position="K12+000", code="XL03")
    make.area(name="戊站", position="K14+000", code="XL04")
    records.edit(workareas.KIND, line.marks[1].area_id, {"position": "K11+000"})
    line = line_diagram(compute_coverage(JUNE))  # one left: not “1 areas … are placed”
    assert (line.order, line.unplaced) == ("partly_one", 1)
    assert "the one area without a position is placed" in ORDER_NOTES[line.order]


def test_name_order_when_there_are_no_codes_either(store):
    make = Make()
    make.area(name="乙站")
    make.area(name="甲站")
    line = line_diagram(compute_coverage(JUNE))
    assert line.order == "name" and [m.name for m in line.marks] == ["乙站", "甲站"]


def test_marks_are_coloured_by_days_since_the_last_visit(store):
    """Days to 05-31: 05-20 → 11 (recent), 04-20 → 41 (waiting), 03-01 → 91 (overdue), none."""
    make = Make()
    cadre = make.cadre()
    areas = [make.area(name=n, position=f"K{i}+000") for i, n in enumerate("甲乙丙丁")]
    for area, day in zip(areas, ("2024-05-20", "2024-04-20", "2024-03-01"), strict=False):
        make.visit(area, [cadre.id], visited_on=day)
    line = line_diagram(compute_coverage(MAY))
    assert [(m.name, m.days_since, m.band) for m in line.marks] == [
        ("甲", 11, "recent"), ("乙", 41, "waiting"), ("丙", 91, "overdue"), ("丁", None, "never")]


def test_tier_bars_add_up_to_the_coverage(store):
    make = Make()
    cadre = make.cadre()
    near = make.area(access_tier=1, visit_target=2)
    far = make.area(access_tier=3)
    make.area(access_tier=3)
    for day in ("2024-05-02", "2024-05-09", "2024-05-16"):
        make.visit(near, [cadre.id], visited_on=day)
    make.visit(far, [cadre.id], visited_on="2024-05-03")
    bars = {b.tier: (b.areas, b.visits, b.target, b.met) for b in tier_bars(compute_coverage(MAY))}
    assert bars == {1: (1, 3, 2, 1), 2: (0, 0, 0, 0), 3: (2, 1, 2, 1)}


def test_the_trend_is_each_month_s_own_figures(store):
    make = Make()
    cadre = make.cadre()
    near, far = make.area(access_tier=1), make.area(access_tier=3)
    make.visit(near, [cadre.id], visited_on="2024-02-10")
    make.visit(near, [cadre.id], visited_on="2024-05-10")
    make.visit(near, [cadre.id], visited_on="2024-05-11")
    make.visit(far, [cadre.id], visited_on="2024-05-12")
    cov = compute_coverage(MAY)
    points = trend(cov)
    assert [p.month for p in points][0] == dt.date(2023, 6, 1)
    assert [p.month for p in points][-1] == dt.date(2024, 5, 1)
    assert (points[-1].coverage_rate, points[-1].remoteness_bias) == (1.0, 0.5)
    feb = points[8]
    assert feb.month == dt.date(2024, 2, 1) and (feb.coverage_rate, feb.remoteness_bias) == (
        0.5, 0.0)
    # Before the first visit (February) nothing is recorded: gaps, not 0 %; March and April
    # have records and no visit: a real 0 %.
    assert [(p.coverage_rate, p.recorded) for p in points[:8]] == [(None, False)] * 8
    assert [p.coverage_rate for p in points[9:11]] == [0.0, 0.0]
    for p in points:
        month = compute_coverage(month_period(p.month))
        assert (p.coverage_rate, p.remoteness_bias) == (month.coverage_rate,
                                                        month.remoteness_bias)


def test_a_range_period_trends_to_its_last_month(store):
    Make().area()
    cov = compute_coverage(range_period(dt.date(2024, 4, 10), dt.date(2024, 5, 20)))
    points = pictures(cov).trend
    assert len(points) == 12 and points[-1].month == dt.date(2024, 5, 1)
    assert points[-1].coverage_rate == compute_coverage(MAY).coverage_rate
