"""Export: formatted sheets, a template, and a round trip through the import changing nothing."""
from __future__ import annotations

import datetime as dt

import openpyxl

from db import assignments, branches, concerns, members, records, visits, workareas
from db.models import Member, Visit
from db.spreadsheet import commit_import, export_workbook, read_workbook, write_template
from db.spreadsheet.layout import EXPORT_ORDER
from db.store import Store

D = dt.date


def fill() -> None:
    branch = records.create(branches.KIND, {"name": "第一支部", "notes": "线路"})
    east = records.create(workareas.KIND, {"name": "东站工区", "access_tier": 3,
                                           "distance_km": 12.5,
                                           "headcount": 20, "visit_target": 2})
    west = records.create(workareas.KIND, {"name": "西站工区", "active": False, "code": "W1",
                                           "deactivated_on": D(2024, 4, 30)})
    cadre = records.create(members.KIND, {
        "name": "张三", "gender": "M", "birth_date": D(1980, 1, 2), "is_cadre": True,
        "branch": branch.id, "phone": "13800001111", "joined_on": D(2005, 7, 1)})
    namesake = records.create(members.KIND, {"name": "张三", "birth_date": D(1985, 1, 2),
                                             "category": "probationary", "status": "transferred",
                                             "status_on": D(2024, 1, 1)})
    other = records.create(members.KIND, {"name": "李四", "is_cadre": True, "party_post": "书记"})
    records.edit(branches.KIND, branch.id, {"secretary_id": other.id})
    records.create(assignments.ASSIGNMENT, {"member": cadre.id, "work_area": east.id,
                                            "start_on": D(2020, 1, 1), "end_on": D(2021, 1, 1)})
    records.create(assignments.ASSIGNMENT, {"member": cadre.id, "work_area": west.id,
                                            "start_on": D(2021, 1, 1)})
    records.create(assignments.RESPONSIBILITY, {"member": other.id, "work_area": east.id,
                                                "start_on": D(2020, 1, 1)})
    records.create(visits.KIND, {"visited_on": D(2024, 3, 1), "work_area": east.id, "kind": "talk",
                                 "hours": 2.5, "summary": "谈心：家里困难", "workers_met": 3,
                                 "participants": [cadre.id, other.id], "talked_to": [namesake.id]})
    records.create(visits.KIND, {"visited_on": D(2024, 3, 2), "work_area": west.id,
                                 "kind": "safety_check",
                                 "participants": [other.id]})
    records.create(concerns.KIND, {"raised_on": D(2024, 3, 1), "work_area": east.id,
                                   "raised_by_name": "赵六", "description": "宿舍热水器坏了",
                                   "owner": other.id, "category": "living"})
    records.create(concerns.KIND, {"raised_on": D(2024, 3, 5), "work_area": east.id,
                                   "raised_by": namesake.id, "description": "工装不合身",
                                   "owner": cadre.id})


def cells(path) -> dict[str, list[list]]:
    book = openpyxl.load_workbook(path)
    return {s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}


def test_export_import_export_gives_identical_sheets(store, tmp_path):
    fill()
    first = tmp_path / "first.xlsx"
    counts = export_workbook(first)
    assert counts == {"党员": 3, "工区": 2, "党支部": 1, "工区分配": 2, "包保": 1, "走访": 2,
                      "诉求": 2, "走访计划": 0, "支委": 0, "组织生活": 0,
                      "补课": 0}
    store.close()
    with Store.open(tmp_path / "empty") as other:
        result = commit_import(first)
        assert not result.has_errors and result.counts()["skip"] == 0
        assert other.counts()["visit_person"] == 4
        second = tmp_path / "second.xlsx"
        export_workbook(second)
        again = commit_import(second)  # and importing it once more changes nothing
        assert {r.action for r in again.rows} == {"skip"}
    assert cells(first) == cells(second)
    sheets = cells(first)
    assert sheets["工区分配"][1][0] == "张三(1980-01-02)"  # namesakes carry their birth date
    assert "谈心：家里困难" in sheets["走访"][1] + sheets["走访"][2]
    areas = [dict(zip(sheets["工区"][0], row, strict=True)) for row in sheets["工区"][1:]]
    assert {a["工区名称"]: a["停用日期"] for a in areas} == {"东站工区": None,
                                                           "西站工区": dt.datetime(2024, 4, 30)}


def test_export_is_formatted(store, tmp_path):
    fill()
    path = tmp_path / "out.xlsx"
    export_workbook(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [s.title for s in EXPORT_ORDER]
    sheet = book["走访"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:J3"
    assert all(cell.font.b for cell in sheet[1])
    summary = sheet.cell(1, 9)
    assert summary.value == "内容摘要" and summary.comment is not None  # private content marked
    date_cell = sheet.cell(2, 1)
    assert isinstance(date_cell.value, dt.datetime) and date_cell.number_format == "yyyy-mm-dd"
    people = book["党员"]
    assert people.column_dimensions["A"].width >= 8
    assert people.column_dimensions["L"].width >= len("第一支部") * 2  # Chinese is two wide
    ids = sheet.cell(1, 10)  # each record's identity, last and narrow
    assert ids.value == "ID" and sheet.column_dimensions["J"].width <= 10
    assert len(sheet.cell(2, 10).value) == 36


def test_private_content_can_be_left_out(store, tmp_path):
    fill()
    path = tmp_path / "out.xlsx"
    export_workbook(path, include_private=False)
    sheets = cells(path)
    summaries = [row[8] for row in sheets["走访"][1:]]
    assert "谈心：家里困难" not in summaries
    text = repr(sheets)
    for member in Member.select():
        assert not member.phone or member.phone not in text  # no phone number leaves
    header, *rows = sheets["走访"]
    talked = header.index("谈话党员")
    assert [row[talked] for row in rows] == [None, None]  # nor who was talked to in private
    assert Visit.select().where(Visit.private).count() == 1


def test_template_has_every_sheet_and_reads_back(store, tmp_path):
    path = write_template(tmp_path / "template.xlsx")
    book = read_workbook(path)
    assert sorted(t.spec.kind for t in book.tables) == sorted(s.kind for s in EXPORT_ORDER)
    assert all(not t.rows for t in book.tables)
