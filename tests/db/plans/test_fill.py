"""The fill rule on a hand-made month: remote first, cadres balanced, beyond their own 包保."""
import datetime as dt

import pytest

from db import assignments, plans, records
from db.errors import BranchDeskError
from db.models import PlanEntry

JULY = dt.date(2024, 7, 1)  # next month from the pinned 2024-06-15: weeks 1-5 all to come


@pytest.fixture
def month(make):
    """Two cadres: 李 answers (包保) for 城南, 张 for 城北; both went to those together; 张 alone
    went to the two remote areas early in the year; 城南 has an open concern."""
    zhang, li = make.cadre(name="张委员"), make.cadre(name="李委员")
    near1 = make.area(name="城南工区", access_tier=1)
    near2 = make.area(name="城北工区", access_tier=1)
    far1 = make.area(name="石门坎工区", access_tier=3)
    far2 = make.area(name="白沙铺工区", access_tier=3)
    for cadre, area in ((li, near1), (zhang, near2)):
        records.create(assignments.RESPONSIBILITY, {"member": cadre.id, "work_area": area.id,
                               "start_on": "2023-01-01"})
    make.visit(near1, [zhang, li], visited_on="2024-05-01")
    make.visit(near2, [zhang, li], visited_on="2024-06-10")
    make.visit(far1, [zhang], visited_on="2024-01-10")
    make.visit(far2, [zhang], visited_on="2024-02-10")
    concern = make.concern(near1, li, raised_on="2024-06-01")
    return {"zhang": zhang, "li": li, "near1": near1, "near2": near2, "far1": far1,
            "far2": far2, "concern": concern}


def test_remote_areas_first_balanced_and_beyond_own_areas(store, month):
    entries = plans.fill_plan(JULY, per_cadre=2)
    got = [(e.work_area_id, e.cadre_id, e.week, e.purpose) for e in entries]
    m = month
    # Scores to 1 July: 石门坎 173 days × 2.5, 白沙铺 142 × 2.5, 城南 61 × 1 + 10, 城北 21 × 1.
    # 石门坎: both have no entry and neither answers for it; 张 went there this year → 李.
    # 白沙铺: 张 has fewer entries → 张. 城南: one entry each, both went there once; 李 answers
    # for it → 张 (by name 李 would come first). 城北: 张 has two → 李, beyond his own area.
    # Each cadre's first entry in week 1, the second two weeks later.
    assert got == [
        (m["far1"].id, m["li"].id, 1, "routine"),
        (m["far2"].id, m["zhang"].id, 1, "routine"),
        (m["near1"].id, m["zhang"].id, 3, "concern"),
        (m["near2"].id, m["li"].id, 3, "routine"),
    ]
    assert entries[2].concern_id == m["concern"].id
    view = plans.month_plan(JULY, today=dt.date(2024, 6, 15))
    assert not any(e.own_area for e in view.entries)
    assert {n: t.planned for n, t in view.by_cadre.items()} == {"张委员": 2, "李委员": 2}


def test_a_plan_with_entries_is_not_filled_again_unless_replaced(store, unchanged, month):
    plans.fill_plan(JULY)
    with unchanged(), pytest.raises(BranchDeskError) as excinfo:
        plans.fill_plan(JULY)
    assert excinfo.value.template == plans.PLAN_NOT_EMPTY
    again = plans.fill_plan(JULY, replace=True)
    live = PlanEntry.select().where(~PlanEntry.deleted, PlanEntry.month == JULY)
    assert live.count() == len(again) == 4
    assert PlanEntry.select().where(PlanEntry.deleted).count() == 4  # to the trash, not erased


def test_the_current_month_is_planned_from_this_week_on(store, month):
    entries = plans.fill_plan(dt.date(2024, 6, 1), per_cadre=2)  # today is 15 June, week 3
    assert sorted({e.week for e in entries}) == [3, 4]  # step (5 - 3 + 1) // 2 = 1


def test_a_month_already_over_is_not_drafted(store, unchanged, month):
    """The plan tab opens on the month just ended in a month's first ten days: a draft for it
    would be all late the moment it is made, so it is refused and nothing is written."""
    with unchanged(), pytest.raises(BranchDeskError) as excinfo:
        plans.fill_plan(dt.date(2024, 5, 1), today=dt.date(2024, 6, 1))
    assert excinfo.value.template == plans.MONTH_OVER
    assert excinfo.value.params == {"month": plans.month_label(dt.date(2024, 5, 1))}
    assert plans.fill_plan(dt.date(2024, 6, 1), today=dt.date(2024, 6, 30))  # to its last day
