"""`branch-desk coverage`: the JSON shape of issue 4, the readable table, and clear mistakes."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from db import clock, members, records, visits, workareas
from db.store import Store
from desktop.cli.entry import main

D = dt.date


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Two areas (one convenient, one remote) visited 3 : 1 in May 2024; a third never visited."""
    monkeypatch.setattr(clock, "today", lambda: D(2024, 6, 20))
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2023, 1, 1, 8))
    path = tmp_path / "data"
    with Store.open(path):
        near = records.create(workareas.KIND, {"name": "东站", "access_tier": 1,
                                               "headcount": 10}).id
        far = records.create(workareas.KIND, {"name": "北岭", "access_tier": 3, "headcount": 10}).id
        records.create(workareas.KIND, {"name": "西沟", "access_tier": 3, "headcount": 5,
                                        "in_use_since": D(2023, 1, 1)})
        x = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
        y = records.create(members.KIND, {"name": "李四", "is_cadre": True}).id
        for day in (3, 10, 17):
            records.create(visits.KIND, {"visited_on": D(2024, 5, day), "work_area": near,
                                         "participants": [x]})
        records.create(visits.KIND, {"visited_on": D(2024, 5, 20), "work_area": far,
                                     "participants": [x, y]})
    return path


def run(capsys, folder, *argv):
    code = main(["--data-dir", str(folder), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_holds_together(capsys, folder):
    code, out, _err = run(capsys, folder, "coverage", "--month", "2024-05", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["period"] == {"start": "2024-05-01", "end": "2024-05-31", "kind": "month"}
    areas = {a["name"]: a for a in data["areas"]}
    assert areas["东站"] == {**areas["东站"], "tier": 1, "visits": 3, "target": 1,
                             "last_visit": "2024-05-17", "days_since_last_visit": 14,
                             "status": "met", "overdue": False}
    assert areas["西沟"]["last_visit"] is None and areas["西沟"]["status"] == "none"
    assert areas["西沟"]["overdue"] is True and areas["西沟"]["days_since_last_visit"] is None
    assert areas["东站"]["deactivated_on"] is None  # open areas carry no closing date
    met = sum(a["status"] == "met" for a in data["areas"])
    assert data["coverage_rate"] == pytest.approx(met / len(data["areas"])) == pytest.approx(2 / 3)
    assert data["remoteness_bias"] == pytest.approx(0.5 / 3, abs=1e-3)
    assert data["gini"] == pytest.approx(0.5)  # per 100 workers: 30, 10, 0
    cadres = {c["name"]: c for c in data["cadres"]}
    assert cadres["张三"] == {"name": "张三", "visits": 4, "own_area_visits": 0,
                            "other_area_visits": 4, "distinct_areas": 2}
    for c in data["cadres"]:
        assert c["own_area_visits"] + c["other_area_visits"] == c["visits"]
    first = data["suggestions"][0]
    assert first["area"] == "西沟" and first["reasons"][0] == "从未走访（按 516 天计）"
    assert data["heatmap"]["months"][-1] == "2024-05"


def test_range_and_english_reasons(capsys, folder):
    code, out, _err = run(capsys, folder, "--lang", "en", "coverage", "--from", "2024-05-15",
                          "--to", "2024/5/31", "--json")
    data = json.loads(out)
    assert code == 0 and data["period"]["kind"] == "range"
    assert {a["name"]: a["visits"] for a in data["areas"]} == {"东站": 1, "北岭": 1, "西沟": 0}
    assert data["suggestions"][0]["reasons"][0] == "Never visited (counted as 516 days)"


def test_readable_table_in_chinese(capsys, folder):
    code, out, _err = run(capsys, folder, "coverage", "--month", "2024-05")
    assert code == 0
    assert "工区" in out and "未走访" in out and "达标率：67%（3 个工区中 2 个达标）" in out
    assert "不用于给个人打分" in out
    line = next(text for text in out.splitlines() if text.startswith("东站"))
    assert line.split()[:4] == ["东站", "便利", "3", "1"]


def test_default_is_this_month(capsys, folder):
    code, out, _err = run(capsys, folder, "coverage", "--json")
    assert code == 0 and json.loads(out)["period"]["start"] == "2024-06-01"


@pytest.mark.parametrize("argv, message", [
    (["--month", "2024-13"], "“2024-13” is not a month like 2024-05."),
    (["--from", "2024-05-01"], "Give both --from and --to for a range of days."),
    (["--from", "2024-05-09", "--to", "2024-05-01"], "The period ends (2024-05-01) before it "
                                                      "starts (2024-05-09)."),
    (["--from", "5月", "--to", "2024-05-01"], "“5月” is not a date like 2024-05-31."),
])
def test_mistakes_are_told_plainly(capsys, folder, argv, message):
    code, out, err = run(capsys, folder, "--lang", "en", "coverage", *argv)
    assert code == 2 and out == ""
    assert err.strip() == f"branch-desk: {message}"


def test_a_closed_area_carries_its_closing_date(capsys, folder):
    from db.workareas import list_work_areas

    with Store.open(folder):
        [east] = [a for a in list_work_areas() if a.name == "东站"]
        records.edit(workareas.KIND, east.id, {"active": False, "deactivated_on": "2024-05-20"})
    code, out, _err = run(capsys, folder, "coverage", "--month", "2024-05", "--json")
    areas = {a["name"]: a for a in json.loads(out)["areas"]}
    assert code == 0 and areas["东站"]["deactivated_on"] == "2024-05-20"


def test_never_visited_names_are_listed_in_the_sessions_language(capsys, folder):
    """English joins the names with a comma, Chinese with 、 (one translated separator)."""
    with Store.open(folder):
        records.create(workareas.KIND, {"name": "南湾", "access_tier": 2, "headcount": 4})
    _code, out, _err = run(capsys, folder, "--lang", "en", "coverage", "--month", "2024-05")
    never = next(line for line in out.splitlines() if line.startswith("Never visited"))
    assert never in ("Never visited: 西沟, 南湾", "Never visited: 南湾, 西沟")
    _code, out, _err = run(capsys, folder, "coverage", "--month", "2024-05")
    assert "西沟、南湾" in out or "南湾、西沟" in out
    suggestion = next(line for line in out.splitlines() if line.startswith(" 1. "))
    assert "；" in suggestion and "; " not in suggestion  # the reasons, as the window joins them


def test_a_month_before_the_first_visit_says_it_has_no_records(capsys, folder):
    """The records begin with the first visit (2024-05-03): April 2024 holds none, in words,
    not a table of zeros; 西沟's stated 启用日期 (2023) does not make April a month of misses."""
    code, out, _err = run(capsys, folder, "--lang", "en", "coverage", "--month", "2024-04")
    assert code == 0
    assert "No records for 2024-04: the first visit on record is on 2024-05-03" in out
    assert "Coverage rate" not in out and "西沟" not in out
    _code, out, _err = run(capsys, folder, "coverage", "--month", "2024-04")
    assert "2024-04 没有记录：最早的走访记录在 2024-05-03" in out and "达标率" not in out
    _code, out, _err = run(capsys, folder, "coverage", "--month", "2024-04", "--json")
    data = json.loads(out)
    assert (data["has_records"], data["first_visit"], data["coverage_rate"]) == (
        False, "2024-05-03", None)
    assert data["areas"] == [] and data["cadres"] == [] and "2024-04" in data["no_records"]
    _code, out, _err = run(capsys, folder, "coverage", "--month", "2024-05", "--json")
    data = json.loads(out)
    assert data["has_records"] is True and data["no_records"] is None
    assert data["heatmap"]["months_without_records"] == [
        f"2023-{m:02d}" for m in range(6, 13)] + [f"2024-{m:02d}" for m in range(1, 5)]
    west = next(r for r in data["heatmap"]["rows"] if r["area"] == "西沟")
    assert west["visits"] == [None] * 11 + [0]  # May: records, no visit: a real miss
