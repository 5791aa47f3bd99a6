"""The 走访计划 sheet: plans go through the workbook and back unchanged."""
from __future__ import annotations

import datetime as dt

import openpyxl

from db import members, plans, records, workareas
from db.spreadsheet import commit_import, export_workbook
from db.store import Store


def plan(data: dict):
    return records.create(plans.KIND, data)

JUNE = dt.date(2024, 6, 1)


def _plan_rows():
    return sorted((e.cadre, e.area, e.week, e.planned_on, e.purpose, e.note, e.dropped_reason,
                   e.state) for e in plans.month_plan(JUNE, today=dt.date(2024, 6, 15)).entries)


def test_plans_go_through_the_workbook_unchanged(store, tmp_path):
    far = records.create(workareas.KIND, {"name": "岭口工区", "access_tier": 3})
    near = records.create(workareas.KIND, {"name": "东站工区", "access_tier": 1})
    zhang = records.create(members.KIND, {"name": "张三", "is_cadre": True})
    li = records.create(members.KIND, {"name": "李四", "is_cadre": True})
    plan({"month": JUNE, "cadre": zhang.id, "work_area": far.id, "week": 1,
                        "purpose": "talk", "note": "带上慰问品"})
    plan({"month": JUNE, "cadre": li.id, "work_area": near.id,
                        "planned_on": "2024-06-20", "purpose": "concern"})
    dropped = plan({"month": JUNE, "cadre": li.id, "work_area": far.id,
                                  "week": 4})
    plans.drop_entry(dropped.id, "汛期封路")
    before = _plan_rows()
    first = tmp_path / "first.xlsx"
    assert export_workbook(first)["走访计划"] == 3
    sheet = openpyxl.load_workbook(first)["走访计划"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["计划月份", "走访干部", "工区", "周次"]
    store.close()
    with Store.open(tmp_path / "empty"):
        result = commit_import(first)
        assert not result.has_errors
        assert _plan_rows() == before
        again = commit_import(first)
        assert {r.action for r in again.rows} == {"skip"}
        second = tmp_path / "second.xlsx"
        export_workbook(second)
    read = [[list(r) for r in openpyxl.load_workbook(p)["走访计划"].iter_rows(values_only=True)]
            for p in (first, second)]
    assert read[0] == read[1]


def test_a_make_up_session_keeps_its_absentees_through_the_workbook(store, tmp_path, make):
    from db import assignments, meetings

    far = make.area(name="黑山道口工区", access_tier=3)
    cadre = make.cadre(name="张建国")
    branch = make.branch(name="线路第一支部")
    wang = make.member(name="王铁柱", branch=branch.id)
    zhao = make.member(name="赵大勇", branch=branch.id)
    for person in (wang, zhao):
        records.create(assignments.ASSIGNMENT, {"member": person.id, "work_area": far.id,
                                                "start_on": "2020-01-01"})
    may = records.create(meetings.KIND, {
        "branch": branch.id, "kind": "theme_day", "held_on": "2024-05-10",
        "attendance": [{"member": wang.id, "present": False, "reason": "shift"},
                       {"member": zhao.id, "present": False, "reason": "sick"}]})
    plan({"month": JUNE, "cadre": cadre.id, "work_area": far.id, "week": 3,
          "purpose": "makeup", "absentees": [meetings.attendee_id(may.id, wang.id),
                                             meetings.attendee_id(may.id, zhao.id)]})
    first = tmp_path / "first.xlsx"
    export_workbook(first)
    sheet = openpyxl.load_workbook(first)["走访计划"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("补课对象") + 1).value
    assert cell == "王铁柱（主题党日 2024-05-10）、赵大勇（主题党日 2024-05-10）"
    store.close()
    with Store.open(tmp_path / "empty"):
        result = commit_import(first)
        assert not result.has_errors, result.problems
        [entry] = plans.month_plan(JUNE).entries
        assert [(a.name, a.kind, a.held_on) for a in entry.absentees] == [
            ("王铁柱", "theme_day", dt.date(2024, 5, 10)),
            ("赵大勇", "theme_day", dt.date(2024, 5, 10))]


def test_an_absentee_cell_naming_no_recorded_absence_is_a_problem_at_its_cell(store, tmp_path,
                                                                               make):
    from db.spreadsheet import preview_import
    from db.spreadsheet.plans_sheet import NO_ABSENCE

    far = make.area(name="黑山道口工区", access_tier=3)
    cadre = make.cadre(name="张建国")
    make.member(name="王铁柱")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "走访计划"
    sheet.append(["计划月份", "走访干部", "工区", "周次", "走访目的", "补课对象"])
    sheet.append(["2024-06", cadre.name, far.name, 3, "补课", "王铁柱（主题党日 2024-05-10）"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    [problem] = preview_import(path).problems
    assert (problem.row, problem.column, problem.template) == (2, "补课对象", NO_ABSENCE)
