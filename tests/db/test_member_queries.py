"""The members page's queries: search by name and pinyin, filters, sorting, trash, rows, detail."""
from __future__ import annotations

import datetime as dt

import pytest

from db import (
    assignments,
    branches,
    clock,
    concerns,
    member_queries,
    members,
    records,
    visits,
    workareas,
)
from db.models import Member

TODAY = dt.date(2024, 6, 15)


@pytest.fixture
def world(store, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    first = records.create(branches.KIND, {"name": "第一支部"})
    second = records.create(branches.KIND, {"name": "第二支部"})
    north = records.create(workareas.KIND, {"name": "北站"})
    south = records.create(workareas.KIND, {"name": "南站"})
    zhang = records.create(members.KIND, {"name": "张三", "is_cadre": True, "branch": first.id,
                                          "joined_on": "2001-07-01", "gender": "M"})
    zhao = records.create(members.KIND, {"name": "赵四", "branch": second.id,
                                         "joined_on": "2010-07-01",
                                         "gender": "F"})
    wang = records.create(members.KIND, {"name": "王五", "branch": first.id, "status": "retired"})
    records.create(assignments.ASSIGNMENT, {"member": zhao.id, "work_area": north.id,
                                            "start_on": "2020-01-01", "end_on": "2024-01-01"})
    records.create(assignments.ASSIGNMENT, {"member": zhao.id, "work_area": south.id,
                                            "start_on": "2024-01-01"})
    records.create(assignments.ASSIGNMENT, {"member": zhang.id, "work_area": north.id,
                                            "start_on": "2024-01-01"})
    records.create(assignments.RESPONSIBILITY, {"member": zhang.id, "work_area": south.id,
                                                "start_on": "2024-01-01"})
    records.create(visits.KIND, {"visited_on": "2024-06-01", "work_area": south.id,
                                 "participants": [zhang.id]})
    records.create(concerns.KIND, {"raised_on": "2024-06-02", "work_area": south.id,
                                   "raised_by": zhao.id, "description": "班车太早",
                                   "owner": zhang.id})
    return {"first": first, "second": second, "north": north, "south": south, "zhang": zhang,
            "zhao": zhao, "wang": wang}


def names(ids):
    by_id = {m.id: m.name for m in Member.select()}
    return [by_id[i] for i in ids]


def test_default_order_is_pinyin(world):
    assert names(member_queries.member_ids()) == ["王五", "张三", "赵四"]


@pytest.mark.parametrize("text, expected", [
    ("zs", ["张三", "赵四"]), ("zhangsan", ["张三"]), ("张", ["张三"]), ("ZS", ["张三", "赵四"]),
    ("ww", ["王五"]), ("x", []),
])
def test_search_by_name_pinyin_and_initials(world, text, expected):
    assert names(member_queries.member_ids(search=text)) == expected


def test_filters(world):
    assert names(member_queries.member_ids(branch_id=world["first"].id)) == ["王五", "张三"]
    assert names(member_queries.member_ids(status="retired")) == ["王五"]
    assert names(member_queries.member_ids(cadre=True)) == ["张三"]
    assert names(member_queries.member_ids(cadre=False)) == ["王五", "赵四"]
    # the current assignment counts, not an ended one
    assert names(member_queries.member_ids(work_area_id=world["north"].id)) == ["张三"]
    assert names(member_queries.member_ids(work_area_id=world["south"].id)) == ["赵四"]
    assert names(member_queries.member_ids(search="zs", branch_id=world["second"].id)) == ["赵四"]


@pytest.mark.parametrize("key, expected", [
    ("work_area", ["张三", "赵四", "王五"]),  # 北站, 南站, none last
    ("joined_on", ["张三", "赵四", "王五"]),
    ("is_cadre", ["王五", "赵四", "张三"]),
    ("gender", ["王五", "赵四", "张三"]),  # "", F, M
])
def test_sort_keys(world, key, expected):
    assert names(member_queries.member_ids(sort=key)) == expected


def test_descending_keeps_empty_values_last(world):
    assert names(member_queries.member_ids(sort="joined_on", descending=True)) == [
        "赵四", "张三", "王五"]
    assert names(member_queries.member_ids(sort="branch", descending=True)) == [
        "赵四", "王五", "张三"]  # 第二支部 after 第一支部, then by pinyin


def test_trash(world):
    records.delete(members.KIND, world["wang"].id)
    assert "王五" not in names(member_queries.member_ids())
    assert names(member_queries.member_ids(deleted=True)) == ["王五"]


def test_rows(world):
    rows = {r["name"]: r for r in member_queries.member_rows(
        [world["zhang"].id, world["zhao"].id, world["wang"].id])}
    assert rows["张三"]["branch"] == "第一支部"
    assert rows["张三"]["work_area"] == "北站"
    assert rows["赵四"]["work_area"] == "南站"
    assert rows["王五"]["work_area"] == ""
    assert member_queries.member_rows([]) == []


def test_detail_of_a_cadre(world):
    detail = member_queries.member_detail(world["zhang"].id)
    assert [a["area"] for a in detail["assignments"]] == ["北站"]
    assert [r["area"] for r in detail["responsibilities"]] == ["南站"]
    assert detail["visits_count"] == 1
    assert detail["visits"][0]["area"] == "南站"
    assert detail["concerns"] == []


def test_detail_of_a_worker(world):
    detail = member_queries.member_detail(world["zhao"].id)
    assert [(a["area"], a["end_on"]) for a in detail["assignments"]] == [
        ("南站", None), ("北站", dt.date(2024, 1, 1))]
    assert detail["visits_count"] == 0
    assert [c["description"] for c in detail["concerns"]] == ["班车太早"]


def test_choices(world):
    assert [n for _i, n in member_queries.member_choices()] == ["张三", "赵四"]  # 王五 retired
    assert [n for _i, n in member_queries.member_choices(cadres_only=True)] == ["张三"]
    assert [n for _i, n in member_queries.branch_choices()] == ["第一支部", "第二支部"]
