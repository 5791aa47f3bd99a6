"""Coverage figures against a small world whose every number was worked out by hand.

Period: May 2024 (31 days), today 2024-06-20, so figures are as of 2024-05-31.
Policy: 1 visit per month, overdue after 45 days, weights 1 / 1.5 / 2.5.

Areas (in use since before any record unless said):   tier headcount override
  甲站 A                                     1    20
  乙站 B                                     1    10       2
  丙站 C                                     3    10       2
  丁站 D  never visited                      3     5
  戊站 E  in use since 2024-05-10             2     0
  己站 F  closed 2024-03-31 (visited later)  2     8
  庚站 G  in use since 2024-06-05 (after May) 2   3
Cadres: 张三 X (包保 A from 2024-01), 李四 Y (包保 C from 2024-05-15, F from 2023),
        王五 Z (包保 B until 2024-05-10), 赵六 (no visits).
"""
from __future__ import annotations

import datetime as dt

import pytest

from db import assignments, clock, concerns, members, records, visits, workareas
from db.coverage import (
    NEVER_VISITED,
    OPEN_CONCERNS,
    OVERDUE_CONCERNS,
    TIER_WEIGHT,
    compute_coverage,
    gini,
    month_at_a_glance,
    open_concern_counts,
    round_half_up,
)
from db.models import Concern, WorkArea
from db.periods import month_period, quarter_period, range_period

D = dt.date
MAY = month_period(D(2024, 5, 1))


@pytest.fixture
def pinned(monkeypatch):
    """today = 2024-06-20; `pinned(day)` sets the creation time of the next records."""
    monkeypatch.setattr(clock, "today", lambda: D(2024, 6, 20))

    def created(day: dt.date):
        monkeypatch.setattr(clock, "now", lambda: dt.datetime.combine(day, dt.time(8)))
    created(D(2023, 1, 1))
    return created


def area(name, tier, headcount, target=None, since=None):
    return records.create(workareas.KIND, {"name": name, "access_tier": tier,
                                           "headcount": headcount, "visit_target": target,
                                           "in_use_since": since}).id


def visit(day, area_id, *cadres, hours=1.0):
    return records.create(visits.KIND, {"visited_on": day, "work_area": area_id, "hours": hours,
                                        "participants": list(cadres)}).id


@pytest.fixture
def world(store, pinned):
    ids = {k: area(n, t, h, o) for k, n, t, h, o in [
        ("A", "甲站", 1, 20, None), ("B", "乙站", 1, 10, 2), ("C", "丙站", 3, 10, 2),
        ("D", "丁站", 3, 5, None), ("F", "己站", 2, 8, None)]}
    for key, name in (("X", "张三"), ("Y", "李四"), ("Z", "王五"), ("S", "赵六")):
        ids[key] = records.create(members.KIND, {"name": name, "is_cadre": True}).id
    for cadre, where, start, end in [("X", "A", D(2024, 1, 1), None),
                                     ("Y", "C", D(2024, 5, 15), None),
                                     ("Y", "F", D(2023, 1, 1), None),
                                     ("Z", "B", D(2023, 1, 1), D(2024, 5, 10))]:
        records.create(assignments.RESPONSIBILITY, {"member": ids[cadre], "work_area": ids[where],
                                                    "start_on": start, "end_on": end})
    ids["E"] = area("戊站", 2, 0, since=D(2024, 5, 10))
    ids["G"] = area("庚站", 2, 3, since=D(2024, 6, 5))
    visit(D(2024, 3, 10), ids["C"], ids["Y"])
    visit(D(2024, 4, 1), ids["A"], ids["X"])
    visit(D(2024, 5, 3), ids["A"], ids["X"], ids["Y"], ids["Z"], hours=2)
    visit(D(2024, 5, 8), ids["A"], ids["X"], hours=1.5)
    shared = visit(D(2024, 5, 9), ids["B"], ids["Z"], ids["Y"])
    records.edit(visits.KIND, shared, {"participants": [ids["Z"]]})  # Y's link is now a tombstone
    visit(D(2024, 5, 12), ids["B"], ids["Z"])
    visit(D(2024, 5, 14), ids["C"], ids["Y"], hours=3)
    records.delete(visits.KIND, visit(D(2024, 5, 20), ids["A"], ids["X"]))
    visit(D(2024, 5, 25), ids["E"], ids["X"], hours=0.5)
    visit(D(2024, 5, 12), ids["F"], ids["Y"])
    visit(D(2024, 6, 6), ids["G"], ids["Z"])
    records.edit(workareas.KIND, ids["F"], {"active": False, "deactivated_on": D(2024, 3, 31)})

    def concern(where, raised, closed_on=None):
        row = records.create(concerns.KIND, {"raised_on": raised, "work_area": ids[where],
                                             "raised_by_name": "工人", "description": "诉求",
                                             "owner": ids["X"]})
        if closed_on:
            records.update(row, {"status": "resolved", "closed_on": closed_on})
        return row
    concern("C", D(2024, 5, 1))                      # open, due 5-16: overdue on 5-31
    concern("C", D(2024, 5, 20))                     # open, due 6-04
    concern("D", D(2024, 4, 1), D(2024, 5, 10))      # closed before 5-31
    concern("D", D(2024, 5, 2), D(2024, 6, 10))      # closed after 5-31: open and overdue then
    concern("A", D(2024, 6, 5))                      # raised after May
    records.delete(concerns.KIND, concern("A", D(2024, 5, 5)).id)   # in the trash
    return ids


def by_name(rows):
    return {r.name: r for r in rows}


def test_area_figures(world):
    cov = compute_coverage(MAY)
    assert cov.as_of == D(2024, 5, 31)
    areas = by_name(cov.areas)
    assert set(areas) == {"甲站", "乙站", "丙站", "丁站", "戊站"}  # not F (inactive), not G (later)
    a = areas["甲站"]  # the deleted 5-20 visit is not counted, nor is it the last visit
    assert (a.visits, a.cadre_visits, a.visitors, a.hours) == (2, 4, 3, 3.5)
    assert (a.last_visit, a.days_since, a.target, a.status, a.overdue) == (
        D(2024, 5, 8), 23, 1, "met", False)
    b = areas["乙站"]  # Y's deleted link does not count
    assert (b.visits, b.cadre_visits, b.visitors, b.hours, b.target, b.status) == (
        2, 2, 1, 2.0, 2, "met")
    c = areas["丙站"]
    assert (c.visits, c.target, c.status, c.days_since) == (1, 2, "below", 17)
    assert (c.open_concerns, c.overdue_concerns) == (2, 1)
    d = areas["丁站"]
    assert (d.visits, d.last_visit, d.days_since, d.target, d.status, d.overdue) == (
        0, None, None, 1, "none", True)
    assert (d.open_concerns, d.overdue_concerns) == (1, 1)
    assert (a.open_concerns, a.overdue_concerns) == (0, 0)
    e = areas["戊站"]  # in the figures from 5-10: 22/31 of a month → target 1
    assert (e.visits, e.target, e.status, e.days_since, e.per_100_workers) == (
        1, 1, "met", 6, None)


def test_branch_figures(world):
    cov = compute_coverage(MAY)
    assert cov.met == 3 and cov.coverage_rate == pytest.approx(3 / 5)
    t1, t2, t3 = cov.tiers[1], cov.tiers[2], cov.tiers[3]
    assert (t1.areas, t1.visits, t1.headcount, t1.mean_visits) == (2, 4, 30, 2)
    assert t1.per_100_workers == pytest.approx(400 / 30)
    assert (t2.areas, t2.visits, t2.per_100_workers) == (1, 1, None)
    assert (t3.areas, t3.visits, t3.mean_visits) == (2, 1, 0.5)
    assert t3.per_100_workers == pytest.approx(100 / 15)
    assert cov.remoteness_bias == pytest.approx(0.25)
    # per 100 workers: A 10, B 20, C 10, D 0 (E has no headcount) → Gini 0.375
    assert cov.gini == pytest.approx(0.375)
    assert [a.name for a in cov.longest_unvisited] == ["甲站", "乙站", "丙站", "戊站"]
    assert [a.name for a in cov.never_visited] == ["丁站"]
    assert [a.name for a in cov.overdue_areas] == ["丁站"]


def test_cadres_own_and_elsewhere(world):
    cadres = by_name(compute_coverage(MAY).cadres)
    fig = {n: (c.visits, c.own_area_visits, c.other_area_visits, c.distinct_areas)
           for n, c in cadres.items()}
    assert fig == {
        "张三": (3, 2, 1, 2),  # A twice (own), E once; the deleted visit not counted
        "李四": (3, 1, 2, 3),  # A, C before his 包保 began, F (own; inactive area still counts)
        "王五": (3, 1, 2, 2),  # B on 5-09 (own), B on 5-12 after his 包保 ended, A
        "赵六": (0, 0, 0, 0),
    }
    # the three-cadre visit on 5-03 counts once for 甲站 and once for each cadre
    assert by_name(compute_coverage(MAY).areas)["甲站"].visits == 2


def test_suggestions(world):
    suggestions = compute_coverage(MAY).suggestions
    assert [(s.area, s.score) for s in suggestions] == [
        # never visited, in use since before any record: 82 days from the first recorded visit
        # (03-10 .. 05-31) × 2.5 + 10 + 30
        ("丁站", 245.0),
        ("丙站", 92.5),    # 17 × 2.5 + 2 × 10 + 1 × 30
        ("甲站", 23.0), ("乙站", 19.0), ("戊站", 9.0)]
    d = suggestions[0].reasons
    assert (d[0].template, d[0].params) == (NEVER_VISITED, {"days": 82})
    assert (d[2].template, d[2].params) == (TIER_WEIGHT[3], {"weight": 2.5})
    assert (d[3].template, d[3].params) == (OPEN_CONCERNS, {"count": 1, "points": 10})
    assert (d[4].template, d[4].params) == (OVERDUE_CONCERNS, {"count": 1, "points": 30})
    assert suggestions[1].reasons[0].message == "Last visited 17 days ago (2024-05-14)"


def test_heatmap(world):
    heat = compute_coverage(MAY).heatmap
    assert heat.months[0] == D(2023, 6, 1) and heat.months[-1] == D(2024, 5, 1)
    assert len(heat.months) == 12
    assert [(r.name, r.tier) for r in heat.rows] == [
        ("乙站", 1), ("甲站", 1), ("戊站", 2), ("丁站", 3), ("丙站", 3)]
    rows = by_name(heat.rows)
    # The records begin with the first visit, 2024-03-10: June 2023 … February 2024 hold none.
    assert heat.records_from == D(2024, 3, 1)
    assert [heat.recorded(m) for m in heat.months] == [False] * 9 + [True] * 3
    assert rows["甲站"].cells == [None] * 9 + [0, 1, 2]
    assert rows["丙站"].cells == [None] * 9 + [1, 0, 1]
    assert rows["丁站"].cells == [None] * 9 + [0, 0, 0]  # a real miss once records exist
    assert rows["戊站"].cells == [None] * 11 + [1]  # not in the figures before May
    assert rows["乙站"].target_per_month == 2


def test_other_periods(world):
    quarter = compute_coverage(quarter_period(D(2024, 5, 1)))
    assert quarter.as_of == D(2024, 6, 20)  # the quarter is still running
    areas = by_name(quarter.areas)
    assert "庚站" in areas and areas["庚站"].target == 1  # in from 6-05: 26/30 of a month
    assert (areas["甲站"].visits, areas["甲站"].target, areas["甲站"].status) == (3, 3, "met")
    assert areas["乙站"].target == 6
    half = compute_coverage(range_period(D(2024, 5, 1), D(2024, 5, 15)))
    assert by_name(half.areas)["甲站"].target == round_half_up(15 / 31) == 0


def test_deactivated_area_leaves_branch_figures(world):
    records.edit(workareas.KIND, world["A"], {"active": False, "deactivated_on": D(2024, 4, 30)})
    cov = compute_coverage(MAY)
    assert "甲站" not in by_name(cov.areas)
    assert cov.coverage_rate == pytest.approx(2 / 4)
    assert by_name(cov.cadres)["张三"].visits == 3


def test_an_area_closed_mid_month_counts_until_its_closing_day(world):
    records.edit(workareas.KIND, world["C"], {"active": False, "deactivated_on": D(2024, 5, 15)})
    may = compute_coverage(MAY)
    c = by_name(may.areas)["丙站"]  # in use 5-01..5-15: 15/31 of 2 visits → target 1
    assert (c.visits, c.target, c.status, c.deactivated_on) == (1, 1, "met", D(2024, 5, 15))
    # In use since before any record: counted from the first recorded visit (2024-03-10).
    assert (c.last_visit, c.days_since, c.days_in_figures) == (D(2024, 5, 14), 1, 66)
    assert "丙站" not in [s.area for s in may.suggestions]  # closed: not to be visited
    april = by_name(compute_coverage(month_period(D(2024, 4, 1))).areas)
    assert (april["丙站"].target, april["丙站"].status) == (2, "none")  # the whole month
    june = compute_coverage(month_period(D(2024, 6, 1)))
    assert "丙站" not in by_name(june.areas) and "丙站" not in by_name(june.heatmap.rows)
    quarter = compute_coverage(quarter_period(D(2024, 5, 1)))
    c = by_name(quarter.areas)["丙站"]  # April and 15/31 of May: 2 × 1.48 → 3
    assert (c.visits, c.target, c.status) == (1, 3, "below")
    assert by_name(quarter.heatmap.rows)["丙站"].cells == [None] * 8 + [1, 0, 1, None]


def test_an_area_inactive_without_a_date_is_in_no_figures(world):
    records.edit(workareas.KIND, world["B"], {"active": False})
    WorkArea.update(deactivated_on=None).where(WorkArea.id == world["B"]).execute()  # migrated
    for period in (month_period(D(2024, 4, 1)), MAY, quarter_period(D(2024, 5, 1))):
        cov = compute_coverage(period)
        assert "乙站" not in by_name(cov.areas) and "乙站" not in by_name(cov.heatmap.rows)
    assert by_name(compute_coverage(MAY).cadres)["王五"].visits == 3  # the visits still count


def test_no_tier_one_areas_means_no_bias(store, pinned):
    x = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
    visit(D(2024, 5, 3), area("远站", 3, 4), x)
    cov = compute_coverage(MAY)
    assert cov.remoteness_bias is None
    assert cov.coverage_rate == 1.0 and cov.gini == 0.0


def test_empty_database(store, pinned):
    cov = compute_coverage()
    assert cov.period == month_period(D(2024, 6, 20))
    assert cov.areas == [] and cov.cadres == [] and cov.suggestions == []
    assert cov.coverage_rate is None and cov.remoteness_bias is None and cov.gini is None
    assert cov.heatmap.rows == [] and len(cov.heatmap.months) == 12
    assert open_concern_counts() == (0, 0)


def test_open_concern_counts(world):
    assert open_concern_counts(D(2024, 5, 31)) == (3, 2)
    # today: two open at 丙站 (both past due), 5-02's closed 6-10, 6-05's not yet due
    assert open_concern_counts() == (3, 2)
    assert Concern.select().where(Concern.deleted).count() == 1


def test_gini_cases():
    assert gini([]) is None and gini([0, 0]) is None
    assert gini([5, 5, 5]) == 0
    assert gini([0, 0, 0, 12]) == pytest.approx(0.75)


def test_month_at_a_glance(world, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: D(2024, 5, 26))
    glance = month_at_a_glance()
    assert glance.month.period == MAY and glance.month.as_of == D(2024, 5, 26)
    assert [a.name for a in glance.month.not_visited] == ["丁站"]  # the only area with no May visit
    assert [a.name for a in glance.overdue] == ["丁站"]
    # April: 甲站 met (4-01); 乙站 (target 2) none, 丙站 none, 丁站 none; 戊站 not yet there
    assert glance.last_month_rate == pytest.approx(1 / 4)
    assert glance.month.coverage_rate == pytest.approx(3 / 5)
    assert (glance.open_concerns, glance.overdue_concerns) == (3, 2)


def test_an_area_closed_this_month_is_not_on_the_to_do_lists(world, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: D(2024, 5, 26))
    records.edit(workareas.KIND, world["D"], {"active": False, "deactivated_on": D(2024, 5, 20)})
    glance = month_at_a_glance()
    assert "丁站" in by_name(glance.month.areas)  # in May's figures until the 20th
    assert glance.month.not_visited == [] and glance.overdue == []
