"""Plan entries: what is refused (nothing written) and every state from real visit records."""
import datetime as dt

import pytest

from db import plans, records, visits, workareas
from db.errors import ValidationError


def plan(data: dict):
    return records.create(plans.KIND, data)

JUNE = dt.date(2024, 6, 1)


def _problems(excinfo):
    return {(p.field, p.template) for p in excinfo.value.problems}


@pytest.fixture
def cadre(make):
    return make.cadre(name="李书记")


@pytest.fixture
def area(make):
    return make.area(name="石门坎工区", access_tier=3)


def test_a_week_outside_the_month_is_refused_and_nothing_written(store, unchanged, cadre, area):
    with unchanged(), pytest.raises(ValidationError) as excinfo:
        plan({"month": "2024-06", "cadre": cadre.id, "work_area": area.id,
                            "week": 6})
    assert _problems(excinfo) == {("week", plans.WEEK_OUTSIDE)}
    # February 2023 has 28 days: no week 5
    with unchanged(), pytest.raises(ValidationError):
        plan({"month": "2023-02", "cadre": cadre.id, "work_area": area.id,
                            "week": 5})
    with unchanged(), pytest.raises(ValidationError) as excinfo:
        plan({"month": "2024-06", "cadre": cadre.id, "work_area": area.id,
                            "planned_on": "2024-07-02"})
    assert _problems(excinfo) == {("planned_on", plans.DAY_OUTSIDE)}


def test_a_non_cadre_is_refused(store, unchanged, make, area):
    worker = make.member(name="王师傅")
    with unchanged(), pytest.raises(ValidationError) as excinfo:
        plan({"month": JUNE, "cadre": worker.id, "work_area": area.id, "week": 2})
    assert _problems(excinfo) == {("cadre", plans.NOT_A_CADRE)}


def test_a_closed_area_is_refused(store, unchanged, make, cadre):
    closed = make.area(name="老站工区")
    records.edit(workareas.KIND, closed.id, {"active": False, "deactivated_on": "2024-06-05"})
    with unchanged(), pytest.raises(ValidationError) as excinfo:
        plan({"month": JUNE, "cadre": cadre.id, "work_area": closed.id, "week": 2})
    assert _problems(excinfo) == {("work_area", plans.AREA_CLOSED)}
    # its first week, before the closing day, could still be planned (a past month's entry)
    assert plan({"month": JUNE, "cadre": cadre.id, "work_area": closed.id,
                               "week": 1}).week == 1


def test_dropping_needs_a_reason(store, unchanged, cadre, area):
    entry = plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id,
                                "week": 2})
    with unchanged(), pytest.raises(ValidationError):
        plans.drop_entry(entry.id, "  ")


def test_a_day_decides_the_week(store, cadre, area):
    entry = plan({"month": "2024-06", "cadre": cadre.id, "work_area": area.id,
                                "planned_on": "2024-06-30", "week": 1})
    assert (entry.month, entry.week) == (JUNE, 5)
    assert plans.week_span(JUNE, 5) == (dt.date(2024, 6, 29), dt.date(2024, 6, 30))


def _state(entry_id, today):
    figures = plans.month_plan(JUNE, today=today)
    return {e.id: (e.state, e.visit_date) for e in figures.entries}[entry_id]


def test_every_state_follows_the_visits(store, make, cadre, area):
    other = make.cadre(name="赵委员")
    entry = plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id,
                                "week": 2})  # 8-14 June
    assert _state(entry.id, dt.date(2024, 6, 10)) == ("open", None)
    assert _state(entry.id, dt.date(2024, 6, 14)) == ("open", None)
    assert _state(entry.id, dt.date(2024, 6, 15)) == ("late", None)
    make.visit(area, [other], visited_on="2024-06-12")   # someone else went: still late
    make.visit(make.area(), [cadre], visited_on="2024-06-12")  # the cadre went elsewhere
    make.visit(area, [cadre], visited_on="2024-05-31")   # last month does not count
    assert _state(entry.id, dt.date(2024, 6, 15)) == ("late", None)
    visit = make.visit(area, [cadre, other], visited_on="2024-06-15")  # late, but within June
    assert _state(entry.id, dt.date(2024, 6, 15)) == ("done", dt.date(2024, 6, 15))
    assert plans.month_plan(JUNE, today=dt.date(2024, 6, 15)).entries[0].visit_id == visit.id
    plans.drop_entry(entry.id, "塌方封路")
    assert _state(entry.id, dt.date(2024, 6, 15)) == ("dropped", None)
    plans.reinstate_entry(entry.id)
    records.delete(visits.KIND, visit.id)  # a visit moved to the trash no longer answers the plan
    assert _state(entry.id, dt.date(2024, 6, 15)) == ("late", None)


def test_one_visit_answers_one_entry(store, make, cadre, area):
    first = plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id,
                                "week": 1})
    second = plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id,
                                 "week": 3})
    make.visit(area, [cadre], visited_on="2024-06-04")
    today = dt.date(2024, 6, 25)
    assert _state(first.id, today) == ("done", dt.date(2024, 6, 4))
    assert _state(second.id, today) == ("late", None)


def test_plan_against_actual_per_cadre_and_tier(store, make):
    a, b = make.cadre(name="甲"), make.cadre(name="乙")
    remote, near = make.area(access_tier=3), make.area(access_tier=1)
    for cadre, area, week in ((a, remote, 1), (a, near, 2), (b, remote, 3), (b, near, 4)):
        plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id,
                            "week": week})
    make.visit(near, [a], visited_on="2024-06-03")
    make.visit(remote, [b], visited_on="2024-06-05")
    dropped = plans.month_plan(JUNE, today=JUNE).entries[-1]
    plans.drop_entry(dropped.id, "防洪值守")
    figures = plans.month_plan(JUNE, today=dt.date(2024, 6, 15))
    # a: remote week 1 late, near done; b: remote done, near (week 4) dropped
    assert figures.by_cadre["甲"].to_json() == {"planned": 2, "done": 1, "open": 0, "late": 1,
                                            "dropped": 0}
    assert figures.by_cadre["乙"].to_json() == {"planned": 2, "done": 1, "open": 0, "late": 0,
                                            "dropped": 1}
    assert figures.by_tier[3].to_json() == {"planned": 2, "done": 1, "open": 0, "late": 1,
                                         "dropped": 0}
    assert figures.by_tier[1].to_json() == {"planned": 2, "done": 1, "open": 0, "late": 0,
                                         "dropped": 1}
    data = plans.plan_to_json(figures)
    assert data["month"] == "2024-06" and [t["tier"] for t in data["by_tier"]] == [1, 3]
    assert {e["state"] for e in data["entries"]} == {"late", "done", "dropped"}


def test_this_week_lists_late_entries_first(store, make, cadre, area):
    near = make.area(name="便利工区", access_tier=1)
    open_now = plan({"month": JUNE, "cadre": cadre.id, "work_area": near.id,
                                   "week": 3})
    late = plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id,
                               "week": 1})
    plan({"month": JUNE, "cadre": cadre.id, "work_area": area.id, "week": 4})
    assert [e.id for e in plans.this_week(dt.date(2024, 6, 15))] == [late.id, open_now.id]
