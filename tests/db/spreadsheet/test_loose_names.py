"""A roster's branch and work-area cells written a little differently from the records (第一支部,
第1党支部, 东站 for 第一党支部 and 东站工区) find those records instead of making look-alikes
beside them; two records that fit are a problem, the exact name always wins, and the preview
says how each such cell was read."""
from __future__ import annotations

from db import branches, members, records, workareas
from db.models import Assignment, Branch, Meeting, Member, WorkArea
from db.names import loose_key
from db.spreadsheet import commit_import, preview_import
from db.spreadsheet.describe import problem_line, render, sheet_lines
from db.spreadsheet.resolve import LOOSELY_AMBIGUOUS
from desktop.i18n import Translations
from tests.db.spreadsheet.conftest import snapshot

HEADER = ["姓名", "出生日期", "所在支部", "所在工区"]


def roster(make_book, *rows):
    return make_book({"花名册": [HEADER, *rows]})


def test_the_forms_a_secretary_writes_share_one_loose_key():
    assert {loose_key(n) for n in ("第一党支部", "第一支部", "第1党支部", "一支部", "第一 党支部",
                                   "第一\u3000党支部", "第１党支部", "1支部")} == {"1支部"}
    assert loose_key("第十二党支部") == loose_key("第12支部") == "12支部"
    assert loose_key("二十工区") == "20" and loose_key("九十九支部") == "99支部"
    assert loose_key("东站") == loose_key("东站工区") == "东站" != loose_key("东站线路工区")
    assert loose_key("第二党支部") != loose_key("第一党支部")


def test_cells_written_loosely_find_the_existing_branch_and_area(store, make_book):
    first = records.create(branches.KIND, {"name": "第一党支部"})
    east = records.create(workareas.KIND, {"name": "东站工区"})
    path = roster(make_book,
                  ["张一", "1980-01-01", "第一支部", "东站"],
                  ["张二", "1980-01-02", "第1党支部", "东站工区"],
                  ["张三", "1980-01-03", "一支部", "东站"],
                  ["张四", "1980-01-04", "第一 党支部", "东 站"],
                  ["张五", "1980-01-05", "第一\u3000党支部", "东站线路工区"])
    preview = preview_import(path)
    assert not preview.problems
    assert preview.created_branches == [] and preview.created_areas == ["东站线路工区"]
    (sheet,) = preview.sheets
    # (a cell's padding spaces are taken out as it is read: 第一 党支部 is 第一党支部 exactly)
    assert sheet.read_as == {"第一支部": "第一党支部", "东站": "东站工区",
                             "第1党支部": "第一党支部", "一支部": "第一党支部"}
    commit_import(path)
    assert [b.name for b in Branch.select()] == ["第一党支部"]
    assert {m.branch_id for m in Member.select()} == {first.id}
    placed = {a.member.name: a.work_area.name for a in Assignment.select()}
    assert placed == {"张一": "东站工区", "张二": "东站工区", "张三": "东站工区",
                      "张四": "东站工区", "张五": "东站线路工区"}
    assert WorkArea.select().where(WorkArea.name == "东站工区").get().id == east.id


def test_the_preview_says_how_each_cell_was_read_in_both_languages(store, make_book):
    records.create(branches.KIND, {"name": "第一党支部"})
    records.create(workareas.KIND, {"name": "东站工区"})
    path = roster(make_book, ["张一", "1980-01-01", "第一支部", "东站"])
    (sheet,) = preview_import(path).sheets
    english = [render(line, lambda text: text) for line in sheet_lines(sheet)]
    assert ("  Names read as the records they name: 第一支部 → 第一党支部, 东站 → 东站工区"
            in english)
    tr = Translations("zh_CN").tr
    chinese = [render(line, lambda text: tr("db", text)) for line in sheet_lines(sheet)]
    assert "  按已有名称识别：第一支部 → 第一党支部、东站 → 东站工区" in chinese


def test_two_records_that_fit_are_a_problem_naming_both_and_the_exact_name_wins(store,
                                                                                 make_book):
    records.create(branches.KIND, {"name": "第一党支部"})
    records.create(branches.KIND, {"name": "一支部"})
    records.create(workareas.KIND, {"name": "东站"})
    records.create(workareas.KIND, {"name": "东站工区"})
    path = roster(make_book,
                  ["张一", "1980-01-01", "第1支部", "东站"],  # 东站 exact: no problem there
                  ["张二", "1980-01-02", "一支部", "东站 工区"])  # both exact after trimming
    before = snapshot(store)
    preview = preview_import(path)
    assert [(p.row, p.column, p.template, p.params) for p in preview.problems] == [
        (2, "所在支部", LOOSELY_AMBIGUOUS, {"name": "第1支部", "names": ["一支部", "第一党支部"]})]
    assert preview.problems[0].message == (
        "“第1支部” fits more than one record (一支部, 第一党支部); write it as Branch Desk has it.")
    assert preview.sheets[0].read_as == {} and preview.created_branches == []
    tr = Translations("zh_CN").tr
    assert render(problem_line(preview.problems[0]), lambda text: tr("db", text)) == (
        "  工作表“花名册”第 2 行，“所在支部”列：“第1支部”与多条记录相符（一支部、第一党支部），"
        "请按本软件中的名称写明。")
    assert snapshot(store) == before


def test_a_branch_made_earlier_in_the_same_import_is_found_loosely(store, make_book):
    path = roster(make_book,
                  ["张一", "1980-01-01", "第一党支部", "东站工区"],
                  ["张二", "1980-01-02", "第一支部", "东站"])
    preview = preview_import(path)
    assert not preview.problems
    assert preview.created_branches == ["第一党支部"] and preview.created_areas == ["东站工区"]
    assert preview.sheets[0].read_as == {"第一支部": "第一党支部", "东站": "东站工区"}
    commit_import(path)
    assert [b.name for b in Branch.select()] == ["第一党支部"]
    assert [a.name for a in WorkArea.select()] == ["东站工区"]


def test_a_register_names_its_branch_loosely_too(store, make_book):
    branch = records.create(branches.KIND, {"name": "第一党支部"})
    records.create(members.KIND, {"name": "王建国", "branch": branch.id})
    path = make_book({"三会一课登记": [
        ["会议日期", "支部", "会议类型", "主持人", "出席人员"],
        ["2025.3.4", "第1支部", "支部党员大会", "王建国", "王建国"]]})
    preview = preview_import(path)
    assert not preview.problems and preview.sheets[0].read_as == {"第1支部": "第一党支部"}
    commit_import(path)
    assert Meeting.get().branch_id == branch.id


def test_a_name_the_workbooks_own_branch_sheet_lists_is_exact(store, make_book):
    """An export of another database names 第一党支部 on its roster and its 党支部 sheet: the roster
    cell is that branch, not 一支部 that happens to be here already."""
    here = records.create(branches.KIND, {"name": "一支部"})
    path = make_book({"党员": [HEADER[:3], ["张一", "1980-01-01", "第一党支部"]],
                      "党支部": [["支部名称", "备注"], ["第一党支部", "线路"]]})
    preview = preview_import(path)
    assert not preview.problems and preview.sheets[0].read_as == {}
    assert preview.counts()["create"] == 2 and preview.counts()["update"] == 0
    commit_import(path)
    made = Branch.get(Branch.name == "第一党支部")
    assert made.notes == "线路" and Member.get().branch_id == made.id != here.id


def test_a_roster_cell_written_loosely_finds_the_branch_its_sheet_lists(store, make_book):
    path = make_book({"党员": [HEADER[:3], ["张一", "1980-01-01", "第一支部"],
                               ["张二", "1980-01-02", "第1党支部"]],
                      "党支部": [["支部名称", "备注"], ["第一党支部", "线路"]]})
    preview = preview_import(path)
    assert not preview.problems
    assert preview.sheets[0].read_as == {"第一支部": "第一党支部", "第1党支部": "第一党支部"}
    commit_import(path)
    assert [b.name for b in Branch.select()] == ["第一党支部"]
    assert {m.branch_id for m in Member.select()} == {Branch.get().id}
