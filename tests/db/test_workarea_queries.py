"""The work-areas page's queries: search (pinyin too), filters, sorting, trash, rows and detail."""
from __future__ import annotations

import datetime as dt

import pytest

from db import assignments, clock, concerns, members, records, visits, workarea_queries, workareas

TODAY = dt.date(2024, 6, 15)


@pytest.fixture
def world(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    a = {name: records.create(workareas.KIND, {"name": name, "access_tier": tier,
                                               "line_section": line,
                                               "headcount": head, "code": code})
         for name, tier, line, head, code in [
             ("石门站", 1, "京广线", 12, "SM01"), ("长岭站", 3, "京广线", 5, "CL02"),
             ("白沙站", 2, "湘黔线", 30, "BS03")]}
    zhang = records.create(members.KIND, {"name": "张三", "is_cadre": True})
    li = records.create(members.KIND, {"name": "李四"})
    wang = records.create(members.KIND, {"name": "王五"})
    records.create(assignments.ASSIGNMENT, {"member": li.id, "work_area": a["长岭站"].id,
                                            "start_on": "2024-01-01"})
    records.create(assignments.ASSIGNMENT, {"member": wang.id, "work_area": a["长岭站"].id,
                                            "start_on": "2023-01-01", "end_on": "2024-01-01"})
    records.create(assignments.ASSIGNMENT, {"member": wang.id, "work_area": a["白沙站"].id,
                                            "start_on": "2024-01-01"})
    records.create(assignments.RESPONSIBILITY, {"member": zhang.id, "work_area": a["长岭站"].id,
                                                "start_on": "2024-01-01"})
    visit = records.create(visits.KIND, {"visited_on": "2024-06-01", "work_area": a["长岭站"].id,
                                         "participants": [zhang.id]})
    records.create(visits.KIND, {"visited_on": "2024-05-01", "work_area": a["长岭站"].id,
                                 "participants": [zhang.id]})
    records.create(concerns.KIND, {"raised_on": "2024-05-01", "work_area": a["长岭站"].id,
                                   "raised_by": li.id, "description": "宿舍漏雨", "owner": zhang.id,
                                   "visit": visit.id})
    return {"areas": a, "zhang": zhang, "li": li, "wang": wang}


def names(ids):
    from db.models import WorkArea

    by_id = {w.id: w.name for w in WorkArea.select()}
    return [by_id[i] for i in ids]


def test_default_order_is_tier_then_name(world):
    assert names(workarea_queries.area_ids()) == ["石门站", "白沙站", "长岭站"]


@pytest.mark.parametrize("text, expected", [
    ("长岭", ["长岭站"]), ("cl", ["长岭站"]), ("changling", ["长岭站"]), ("CLZ", ["长岭站"]),
    ("bs03", ["白沙站"]), ("zlz", ["长岭站"]), ("湘黔", ["白沙站"]),
    ("zhan", ["石门站", "白沙站", "长岭站"]),
    ("nothing", []),
])
def test_search_matches_name_pinyin_code_and_line(world, text, expected):
    assert names(workarea_queries.area_ids(search=text)) == expected


def test_filters(world):
    assert names(workarea_queries.area_ids(tier=3)) == ["长岭站"]
    assert names(workarea_queries.area_ids(line_section="京广线")) == ["石门站", "长岭站"]
    records.edit(workareas.KIND, world["areas"]["石门站"].id, {"active": False})
    assert names(workarea_queries.area_ids(active=False)) == ["石门站"]
    assert names(workarea_queries.area_ids(active=True)) == ["白沙站", "长岭站"]
    assert workarea_queries.line_sections() == sorted(["京广线", "湘黔线"])


@pytest.mark.parametrize("key, expected", [
    ("headcount", ["长岭站", "石门站", "白沙站"]),
    ("members", ["石门站", "白沙站", "长岭站"]),  # 0, 1, 1 (the ended assignment does not count)
    ("last_visit", ["长岭站", "白沙站", "石门站"]),  # never visited sorts last, then by name
    ("open_concerns", ["白沙站", "石门站", "长岭站"]),
    ("code", ["白沙站", "长岭站", "石门站"]),
])
def test_sort_keys(world, key, expected):
    assert names(workarea_queries.area_ids(sort=key)) == expected


def test_descending_keeps_empty_values_last(world):
    assert names(workarea_queries.area_ids(sort="last_visit", descending=True))[0] == "长岭站"
    assert names(workarea_queries.area_ids(sort="headcount", descending=True)) == [
        "白沙站", "石门站", "长岭站"]


def test_in_use_since_sorts_a_blank_day_as_the_earliest(world):
    """Blank 启用日期 = in use since before any record: first going up, last going down."""
    a = world["areas"]
    records.edit(workareas.KIND, a["石门站"].id, {"in_use_since": "2024-03-01"})
    records.edit(workareas.KIND, a["长岭站"].id, {"in_use_since": "2023-07-01"})
    assert names(workarea_queries.area_ids(sort="in_use_since")) == ["白沙站", "长岭站", "石门站"]
    assert names(workarea_queries.area_ids(sort="in_use_since", descending=True)) == [
        "石门站", "长岭站", "白沙站"]
    rows = {r["name"]: r for r in workarea_queries.area_rows([i.id for i in a.values()])}
    assert (rows["长岭站"]["in_use_since"], rows["白沙站"]["in_use_since"]) == (
        dt.date(2023, 7, 1), None)


def test_every_sort_key_runs(world):
    for key in workarea_queries.SORT_KEYS:
        assert len(workarea_queries.area_ids(sort=key, descending=True)) == 3


def test_trash(world):
    area = world["areas"]["石门站"]
    records.delete(workareas.KIND, area.id)
    assert "石门站" not in names(workarea_queries.area_ids())
    assert names(workarea_queries.area_ids(deleted=True)) == ["石门站"]
    records.restore(workareas.KIND, area.id)
    assert workarea_queries.area_ids(deleted=True) == []


def test_rows(world):
    area = world["areas"]["长岭站"]
    (row,) = workarea_queries.area_rows([area.id])
    assert row["name"] == "长岭站"
    assert row["members"] == 1
    assert row["cadres"] == "张三"
    assert row["last_visit"] == dt.date(2024, 6, 1)
    assert row["open_concerns"] == 1
    assert workarea_queries.area_rows([]) == []


def test_detail(world):
    area = world["areas"]["长岭站"]
    detail = workarea_queries.area_detail(area.id)
    assert [m["name"] for m in detail["members"]] == ["李四"]
    assert [c["name"] for c in detail["cadres"]] == ["张三"]
    assert [v["visited_on"] for v in detail["visits"]] == [dt.date(2024, 6, 1), dt.date(2024, 5, 1)]
    assert detail["visits"][0]["participants"] == ["张三"]
    (concern,) = detail["concerns"]
    assert concern["owner"] == "张三"
    assert concern["overdue"] is True  # due 15 days after 2024-05-01


def test_area_choices_leave_out_inactive_and_deleted(world):
    records.edit(workareas.KIND, world["areas"]["石门站"].id, {"active": False})
    records.delete(workareas.KIND, world["areas"]["白沙站"].id)
    assert [name for _id, name in workarea_queries.area_choices()] == ["长岭站"]


def test_open_and_overdue_concerns_per_area(world):
    baisha = world["areas"]["白沙站"]
    records.create(concerns.KIND, {"raised_on": "2024-06-10", "work_area": baisha.id,
                                   "raised_by_name": "工人", "description": "热水", "owner":
                                   world["zhang"].id})  # due 06-25: open, not overdue
    rows = {r["name"]: r for r in workarea_queries.area_rows(workarea_queries.area_ids())}
    assert [(rows[n]["open_concerns"], rows[n]["overdue_concerns"])
            for n in ("石门站", "白沙站", "长岭站")] == [(0, 0), (1, 0), (1, 1)]
    assert names(workarea_queries.area_ids(sort="overdue_concerns", descending=True))[0] == "长岭站"
