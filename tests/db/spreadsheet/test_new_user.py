"""What a new user's hand-typed roster and visit log showed: a repeat numbered anew, a header
that says what it is in brackets, a month shown as a month, the choices a column takes, and
lists joined the reader's way."""
from __future__ import annotations

import pytest

from db.models import Assignment, Member, WorkArea
from db.spreadsheet import SpreadsheetError, commit_import, preview_import, read_workbook
from db.spreadsheet.describe import SEPARATOR, preview_lines, render, sheet_lines
from tests.db.spreadsheet.conftest import snapshot

HEADER = ["序号", "姓 名", "性别", "出生年月", "工作单位（工区）", "备注"]


def test_a_row_typed_twice_with_a_new_serial_number_is_one_record(store, make_book):
    path = make_book({"花名册": [
        ["线路车间党员花名册"], HEADER,
        [1, "王强", "男", "1975.05", "南站工区", ""],
        [2, "赵敏", "女", "1985.02", "南站工区", ""],
        [3, "王强", "男", "1975.05", "南站工区", ""],  # the same person, numbered anew
        [4, "赵敏", "男", "1985.02", "南站工区", ""],  # disagrees: a problem, not merged
    ]}, {"花名册": ["A1:F1"]})
    (sheet,) = preview_import(path).sheets
    assert sheet.repeats == [(5, 3)]
    assert [r.row for r in sheet.rows if r.problems] == [6]


def test_a_header_that_names_its_column_in_brackets_is_matched(store, make_book):
    path = make_book({"花名册": [HEADER, [1, "王强", "男", "1975.05", "南站工区", ""]]})
    (table,) = read_workbook(path).tables
    assert table.headers["work_area"] == "工作单位（工区）" and not table.ignored
    commit_import(path)
    placed = Assignment.get()
    area = WorkArea.get_by_id(placed.work_area_id)
    assert (placed.member.name, area.name) == ("王强", "南站工区")


def test_a_month_is_shown_as_a_month_and_a_bad_choice_says_what_is_allowed(store, make_book):
    path = make_book({"花名册": [HEADER, [1, "陈刚", "公", "1899.05", "北站工区", ""]]})
    before = snapshot(store)
    problems = {p.column: p.message for p in preview_import(path).problems}
    assert problems == {"出生年月": "The date 1899-05 is before 1900-01-01.",
                        "性别": "“公” is not one of 男 / 女."}
    assert snapshot(store) == before and Member.select().count() == 0


def test_lists_are_joined_the_readers_way(store, make_book):
    path = make_book({"花名册": [HEADER, [1, "王强", "男", "1975.05", "南站工区", ""]]})
    lines = preview_lines(preview_import(path))
    english = [render(line, lambda text: text) for line in lines]
    chinese = [render(line, lambda text: "、" if text == SEPARATOR else text) for line in lines]
    assert "  Columns matched: 姓 名 → 姓名, 性别, 出生年月 → 出生日期, " \
           "工作单位（工区） → 工区, 备注" in english
    assert any("姓 名 → 姓名、性别、出生年月" in line for line in chinese)


def test_two_columns_of_people_who_went_are_taken_together(store, make_book):
    """带队领导 and 参加人员 both name cadres who went: the second column's were dropped without a
    word wherever the first was filled; and a second summary column was not even named."""
    import datetime as dt

    from db.models import Visit

    path = make_book({
        "工区": [["工区名称", "交通条件"], ["南站工区", "便利"]],
        "党员": [["姓名", "走访干部"], ["王强", "是"], ["赵敏", "是"], ["刘洋", "是"]],
        "走访记录": [
            ["日期", "工区", "带队领导", "参加人员", "形式", "内容", "情况记录"],
            [dt.date(2025, 3, 1), "南站工区", "王强", "赵敏、刘洋", "跟班作业", "检查", "发现积水"],
            [dt.date(2025, 3, 2), "南站工区", "王强", "王强", "安全检查", None, "无问题"],
            [dt.date(2025, 3, 3), "南站工区", None, "刘洋", "安全检查", "查看", None],
        ]})
    preview = preview_import(path)
    assert not preview.problems, [str(p) for p in preview.problems]
    sheet = next(s for s in preview.sheets if s.kind == "visits")
    english = [render(line, lambda text: text) for line in sheet_lines(sheet)]
    assert any("参加人员 → 参加干部" in line for line in english), english
    assert any("情况记录 → 内容摘要" in line for line in english), english
    assert "  Columns 内容, 情况记录 all give 内容摘要: where several are filled, the first "\
           "(内容) is kept." in english, english
    assert "  Columns 带队领导, 参加人员 all give 参加干部: the names of all of them are "\
           "taken." in english, english
    commit_import(path)
    went = {v.visited_on.day: (sorted(p.member.name for p in v.people if p.role == "participant"),
                               v.summary) for v in Visit.select()}
    assert went == {1: (["刘洋", "王强", "赵敏"], "检查"), 2: (["王强"], "无问题"),
                    3: (["刘洋"], "查看")}


def test_a_log_that_lacks_one_needed_column_says_which(store, make_book):
    """A log headed 时间 instead of 走访日期 was "not recognised", with no word of why."""
    log = [["时间", "工区", "方式", "走访领导", "主要内容"],
           ["2025-03-01", "南站工区", "跟班", "王强", "检查"]]
    path = make_book({"花名册": [HEADER, [1, "王强", "男", "1975.05", "南站工区", ""]],
                      "Sheet1": log, "杂项": [["物品", "数量"], ["铁锹", 3]]})
    preview = preview_import(path)
    english = [render(line, lambda text: text) for line in preview_lines(preview)]
    assert "Sheet “Sheet1” reads like visits but has no column 走访日期, so it is not imported. "\
           "Rename the column that holds it." in english, english
    assert "Sheets not recognised: 杂项" in english
    with pytest.raises(SpreadsheetError) as refused:
        read_workbook(make_book({"Sheet1": log}, name="log.xlsx"))
    assert "sheet “Sheet1” has no column 走访日期" in refused.value.message


def test_a_group_heading_merged_across_the_roster_is_not_a_person(store, make_book):
    """一、第一党支部（2人） merged over the width above each branch's people was read as a member
    with that name, sex and birth date (two problems a row), and as a new branch."""
    path = make_book({"花名册": [
        ["线路车间党员花名册"], ["序号", "姓名", "性别", "出生年月", "所在支部", "备注"],
        ["一、第一党支部（2人）"], [1, "王强", "男", "1975.05", "第一党支部", None],
        [2, "赵敏", "女", "1985.02", "第一党支部", None],
        ["二、第二党支部（1人）"], [3, "刘洋", "男", "1980.01", "第二党支部", None],
    ]}, {"花名册": ["A1:F1", "A3:F3", "A6:F6"]})
    preview = preview_import(path)
    assert not preview.problems, [str(p) for p in preview.problems]
    assert sorted(preview.created_branches) == ["第一党支部", "第二党支部"]
    english = [render(line, lambda text: text) for line in preview_lines(preview)]
    assert "  Row 3 left out (a group heading): 一、第一党支部（2人）" in english, english
    commit_import(path)
    assert sorted(m.name for m in Member.select()) == ["刘洋", "王强", "赵敏"]
