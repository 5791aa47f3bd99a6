"""Concern figures and lists against a hand-worked example (May 2024, policy 15 days).

  id  area owner raised  due    what happened                                   May counts as
  c1  石岭 王    04-20  05-05  resolved 05-03 (13 days), satisfied             resolved
  c2  石岭 王    05-02  05-17  explained, told 05-25 (23 days)                 raised, explained
  c3  石岭 赵    05-10  05-25  started, still in progress                      raised, open, overdue
  c4  青山 赵    05-20  06-04  open                                            raised, open
  c5  青山 王    04-01  04-16  resolved 05-05, reopened, resolved 06-05        open, overdue
  c6  青山 赵    05-01  05-16  resolved 05-04, reopened, explained 05-28 (27d) raised, explained
  c7  石岭 王    03-01  03-16  resolved 03-10                                  nothing
  c8  石岭 王    05-15  05-30  resolved 05-16, then deleted                    nothing
  c9  青山 王    06-01  06-16  open                                            nothing
"""
from __future__ import annotations

import datetime as dt

import pytest

from db import concerns, members, records
from db.concerns import figures, flow
from tests.db.concerns.helpers import area, cadre, concern, pin_today

D = dt.date
MAY = (D(2024, 5, 1), D(2024, 5, 31))
JUNE = (D(2024, 6, 1), D(2024, 6, 30))


@pytest.fixture
def world(store, monkeypatch):
    pin_today(monkeypatch, D(2024, 6, 10))  # a Monday
    shiling, qingshan = area("石岭工区", 3), area("青山工区", 1)
    wang, zhao = cadre("王建国"), cadre("赵丽")
    worker = records.create(members.KIND, {"name": "孙师傅"})
    c = {}
    c[1] = concern(shiling, wang, D(2024, 4, 20))
    flow.resolve(c[1].id, "已修好", closed_on=D(2024, 5, 3))
    flow.set_satisfaction(c[1].id, "satisfied")
    c[2] = concern(shiling, wang, D(2024, 5, 2))
    flow.explain(c[2].id, "列入明年计划", D(2024, 5, 25))
    c[3] = concern(shiling, zhao, D(2024, 5, 10), description="工区饮水机坏了",
                   raised_by=worker.id, raised_by_name="")
    flow.start(c[3].id)
    c[4] = concern(qingshan, zhao, D(2024, 5, 20))
    c[5] = concern(qingshan, wang, D(2024, 4, 1))
    flow.resolve(c[5].id, "已修好", closed_on=D(2024, 5, 5))
    flow.reopen(c[5].id, "又坏了")
    flow.resolve(c[5].id, "已更换", closed_on=D(2024, 6, 5))
    c[6] = concern(qingshan, zhao, D(2024, 5, 1))
    flow.resolve(c[6].id, "已修好", closed_on=D(2024, 5, 4))
    flow.reopen(c[6].id, "又坏了")
    flow.explain(c[6].id, "需大修，已说明", D(2024, 5, 28))
    flow.set_satisfaction(c[6].id, "basic")
    c[7] = concern(shiling, wang, D(2024, 3, 1))
    flow.resolve(c[7].id, "已修好", closed_on=D(2024, 3, 10))
    c[8] = concern(shiling, wang, D(2024, 5, 15))
    flow.resolve(c[8].id, "已修好", closed_on=D(2024, 5, 16))
    records.delete(concerns.KIND, c[8].id)
    c[9] = concern(qingshan, wang, D(2024, 6, 1))
    return {"areas": (shiling, qingshan), "owners": (wang, zhao), "c": c}


def ids(rows, world):
    back = {v.id: k for k, v in world["c"].items()}
    return sorted(back[r.id] for r in rows)


def test_may_figures(world):
    f = figures.concern_figures(*MAY)
    assert f.as_of == D(2024, 5, 31)
    assert (f.raised, f.resolved, f.explained, f.closed, f.open, f.overdue) == (4, 1, 2, 3, 3, 2)
    assert f.median_days_to_close == 23.0
    assert (f.closed_within_policy, f.share_closed_within_policy) == (1, pytest.approx(1 / 3))
    assert f.satisfaction == {"satisfied": 1, "basic": 1, "unsatisfied": 0, "unrecorded": 1}


def test_current_month_is_counted_as_of_today(world):
    f = figures.concern_figures(*JUNE)
    assert f.as_of == D(2024, 6, 10)
    assert (f.raised, f.resolved, f.explained, f.open, f.overdue) == (1, 1, 0, 3, 2)
    assert f.median_days_to_close == 65.0  # c5: 04-01 → 06-05, its latest closure
    assert f.share_closed_within_policy == 0.0


def test_empty_period_has_no_median_or_share(world):
    f = figures.concern_figures(D(2023, 1, 1), D(2023, 1, 31))
    assert (f.raised, f.closed, f.open, f.overdue) == (0, 0, 0, 0)
    assert f.median_days_to_close is None and f.share_closed_within_policy is None


def test_policy_days_come_from_the_organisation(world):
    from db.organisation import update_organisation

    update_organisation({"concern_due_days": 25})
    assert figures.concern_figures(*MAY).closed_within_policy == 2  # 13 and 23 days


def test_may_by_area(world):
    rows = figures.figures_by_area(*MAY)
    assert [r.name for r in rows] == ["青山工区", "石岭工区"]  # same overdue, more open first
    qingshan, shiling = (r.figures for r in rows)
    assert (shiling.raised, shiling.resolved, shiling.explained, shiling.open, shiling.overdue) == (
        2, 1, 1, 1, 1)
    assert shiling.median_days_to_close == 18.0 and shiling.share_closed_within_policy == 0.5
    assert (qingshan.raised, qingshan.resolved, qingshan.explained, qingshan.open,
            qingshan.overdue) == (2, 0, 1, 2, 1)
    assert qingshan.median_days_to_close == 27.0


def test_may_by_owner(world):
    rows = {r.name: r.figures for r in figures.figures_by_owner(*MAY)}
    wang, zhao = rows["王建国"], rows["赵丽"]
    assert (wang.raised, wang.resolved, wang.explained, wang.open, wang.overdue) == (1, 1, 1, 1, 1)
    assert wang.median_days_to_close == 18.0
    assert (zhao.raised, zhao.resolved, zhao.explained, zhao.open, zhao.overdue) == (3, 0, 1, 2, 1)
    assert zhao.satisfaction["basic"] == 1


def test_open_by_area(world):
    shiling, qingshan = world["areas"]
    assert figures.open_by_area() == {shiling.id: (1, 1), qingshan.id: (2, 1)}
    assert figures.open_by_area(D(2024, 5, 31)) == {shiling.id: (1, 1), qingshan.id: (2, 1)}


def test_list_for_a_month_keeps_what_was_on_the_books(world):
    rows = figures.list_concerns(period=MAY)
    assert ids(rows, world) == [1, 2, 3, 4, 5, 6]
    assert {ids([r], world)[0] for r in rows if r.overdue} == {3, 5}


def test_list_filters(world):
    shiling, qingshan = world["areas"]
    wang, zhao = world["owners"]
    assert ids(figures.list_concerns(), world) == [1, 2, 3, 4, 5, 6, 7, 9]
    assert ids(figures.list_concerns(statuses=["resolved"]), world) == [1, 5, 7]
    assert ids(figures.list_concerns(statuses=["open", "in_progress"]), world) == [3, 4, 9]
    assert ids(figures.list_concerns(overdue=True), world) == [3, 4]
    assert ids(figures.list_concerns(overdue=True, period=MAY), world) == [3, 5]
    assert ids(figures.list_concerns(area_id=qingshan.id), world) == [4, 5, 6, 9]
    assert ids(figures.list_concerns(owner_id=zhao.id), world) == [3, 4, 6]
    assert ids(figures.list_concerns(owner_id=wang.id, area_id=shiling.id), world) == [1, 2, 7]
    assert ids(figures.list_concerns(search="饮水机"), world) == [3]
    assert ids(figures.list_concerns(search="孙师傅"), world) == [3]  # a member who raised it
    assert ids(figures.list_concerns(search="青山"), world) == [4, 5, 6, 9]
    assert ids(figures.list_concerns(search="ZL"), world) == [3, 4, 6]  # 赵丽 by pinyin initials
    assert ids(figures.list_concerns(search="ssf"), world) == [3]  # 孙师傅, who raised it


def test_list_row_carries_names_and_closure(world):
    (row,) = figures.list_concerns(search="饮水机")
    assert (row.area, row.owner, row.raised_by, row.status, row.due_on, row.overdue) == (
        "石岭工区", "赵丽", "孙师傅", "in_progress", D(2024, 5, 25), True)
    (c6,) = [r for r in figures.list_concerns() if r.id == world["c"][6].id]
    assert (c6.status, c6.response, c6.feedback_on, c6.closed_on, c6.satisfaction) == (
        "explained", "需大修，已说明", D(2024, 5, 28), D(2024, 5, 28), "basic")
    assert c6.overdue is False


def test_due_this_week(world):
    assert ids(figures.due_this_week(), world) == [9]  # due Sunday 06-16; c4 is overdue instead
    assert figures.due_this_week(D(2024, 6, 17)) == []


def test_ids_sorted_for_a_page_and_rows_by_id(world):
    c = world["c"]
    assert ids(figures.concern_rows(figures.concern_ids()), world) == [1, 2, 3, 4, 5, 6, 7, 9]
    by_raised = figures.concern_ids(sort_key="raised_on")
    order = [next(k for k, v in c.items() if v.id == i) for i in by_raised]
    assert order == [7, 5, 1, 6, 2, 3, 4, 9]
    by_owner = figures.concern_ids(sort_key="owner", descending=True, statuses=["open"])
    assert by_owner == [c[4].id, c[9].id]  # 赵丽 sorts after 王建国 by code point
    assert figures.concern_ids(sort_key="raised_by", search="饮水机") == [c[3].id]
    assert figures.concern_ids(deleted=True) == [c[8].id]
    (row,) = figures.concern_rows([c[8].id])  # a row in the trash can still be shown
    assert row.description == "宿舍热水器坏了"
