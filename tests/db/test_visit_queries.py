"""Visit lists: ids in display order with search, filters, sorting and trash; rows; detail."""
from __future__ import annotations

import datetime as dt

import pytest

from db import records, visits
from db.errors import ValidationError
from db.visit_queries import (
    VisitFilters,
    area_choices,
    people_choices,
    visit_detail,
    visit_ids,
    visit_rows,
)
from tests.visit_fixtures import build


@pytest.fixture
def data(store, monkeypatch):
    return build(monkeypatch)


def labels(data, ids):
    by_id = {v: k for k, v in data.visits.items()}
    return [by_id[i] for i in ids]


def test_default_order_is_newest_first(data):
    assert labels(data, visit_ids()) == ["recent", "safety", "talk", "old"]
    assert labels(data, visit_ids(sort="visited_on", descending=False)) == [
        "old", "talk", "safety", "recent"]


@pytest.mark.parametrize("text, expected", [
    ("长沙", ["recent", "old"]),           # work area name
    ("道岔", ["old"]),                      # summary
    ("RAIL", ["safety"]),                   # summary, any case
    ("zs", ["safety", "old"]),             # a participant's pinyin initials
    ("lisi", ["recent", "safety", "talk"]),  # full pinyin
    ("困难", []),                           # a private summary is not searched
    ("nobody", []),
])
def test_search(data, text, expected):
    assert labels(data, visit_ids(VisitFilters(search=text))) == expected


def test_filters(data):
    assert labels(data, visit_ids(VisitFilters(area_id=data.areas["长沙站"]))) == ["recent", "old"]
    assert labels(data, visit_ids(VisitFilters(tier=3))) == ["talk"]
    assert labels(data, visit_ids(VisitFilters(date_from=dt.date(2024, 3, 10),
                                               date_to=dt.date(2024, 5, 2)))) == ["safety", "talk"]
    assert labels(data, visit_ids(VisitFilters(cadre_id=data.people["张三"]))) == ["safety", "old"]
    assert labels(data, visit_ids(VisitFilters(kind="talk"))) == ["talk"]
    assert labels(data, visit_ids(VisitFilters(kind="talk", tier=1))) == []


@pytest.mark.parametrize("sort, expected", [
    ("area", ["recent", "old", "safety", "talk"]),        # by pinyin: chang, heng, zhu
    ("tier", ["recent", "old", "safety", "talk"]),        # ties: newest first
    ("kind", ["safety", "recent", "talk", "old"]),
    ("participants", ["recent", "safety", "talk", "old"]),  # 李四 (li) before 张三 (zhang)
    ("hours", ["recent", "safety", "talk", "old"]),       # all equal: newest first
])
def test_sort_keys(data, sort, expected):
    got = labels(data, visit_ids(sort=sort, descending=False))
    assert got == expected


def test_descending_reverses_the_key(data):
    assert labels(data, visit_ids(sort="kind", descending=True)) == [
        "old", "talk", "recent", "safety"]


def test_trash(data):
    records.delete(visits.KIND, data.visits["old"])
    assert labels(data, visit_ids()) == ["recent", "safety", "talk"]
    assert labels(data, visit_ids(VisitFilters(deleted=True))) == ["old"]
    records.restore(visits.KIND, data.visits["old"])
    assert visit_ids(VisitFilters(deleted=True)) == []


def test_rows_hide_private_summaries(data):
    rows = {r["id"]: r for r in visit_rows(list(data.visits.values()))}
    safety = rows[data.visits["safety"]]
    assert safety["participants"] == "李四、张三"
    assert safety["visited_on"] == dt.date(2024, 5, 2)
    assert (safety["area"], safety["tier"], safety["kind"]) == ("衡阳北", 2, "safety_check")
    assert safety["summary"] == "安全检查 rail" and not safety["private"]
    talk = rows[data.visits["talk"]]
    assert talk["private"] and talk["summary"] == ""
    assert visit_rows([]) == []


def test_detail_has_people_and_the_private_summary(data):
    detail = visit_detail(data.visits["talk"])
    assert detail["private"] and detail["summary"] == "谈了家里困难"
    assert [p["name"] for p in detail["participants"]] == ["李四"]
    assert [p["name"] for p in detail["talked_to"]] == ["王五"]
    assert detail["concerns"] == []


def test_choices(data):
    assert [a["name"] for a in area_choices()] == ["长沙站", "衡阳北", "株洲站"]
    assert "csz" in area_choices()[0]["search"]
    assert [p["name"] for p in people_choices(cadres_only=True)] == ["李四", "张三"]
    assert [p["name"] for p in people_choices()] == ["李四", "张三", "王五"]
    # members of the chosen area first
    assert people_choices(area_id=data.areas["株洲站"])[0]["name"] == "王五"


def test_check_visit_validates_people_without_writing(data):
    before = visit_ids()
    good = {"visited_on": "2024-06-19", "work_area": data.areas["株洲站"],
            "participants": [data.people["张三"]]}
    assert records.check(visits.KIND, good)["work_area"] == data.areas["株洲站"]
    with pytest.raises(ValidationError) as caught:
        records.check(visits.KIND, {**good, "participants": [data.people["王五"]], "hours": 30})
    assert {p.field for p in caught.value.problems} == {"participants", "hours"}
    with pytest.raises(ValidationError) as caught:
        records.check(visits.KIND, {**good, "participants": []})
    assert caught.value.for_field("participants")
    # as changes to an existing visit: people kept unless given
    assert records.check(visits.KIND, {"hours": 3}, data.visits["talk"])["hours"] == 3
    with pytest.raises(ValidationError):
        records.check(visits.KIND, {"visited_on": "2024-07-01"}, data.visits["talk"])
    assert visit_ids() == before


def test_update_visit_changes_people(data):
    records.edit(visits.KIND, data.visits["talk"], {"participants": [data.people["张三"]],
                                                    "talked_to": []})
    detail = visit_detail(data.visits["talk"])
    assert [p["name"] for p in detail["participants"]] == ["张三"]
    assert detail["talked_to"] == []
