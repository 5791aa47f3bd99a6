"""Importing rosters and logs as people keep them, and refusing what cannot be imported."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from db import concerns, members, records, workareas
from db.models import Assignment, Branch, Concern, Member, Visit, WorkArea
from db.spreadsheet import (
    ImportRefused,
    SpreadsheetError,
    commit_import,
    preview_import,
    read_workbook,
)
from db.validate import TOO_LONG
from db.visits import participant_ids
from tests.db.spreadsheet.conftest import TODAY, snapshot

D = dt.date


def messy_roster(make_book):
    """A title row, a two-row header with merged cells, a 工区 merged down two people."""
    rows = [
        ["线路车间党员花名册", None, None, None, None, None, None, None, None, None],
        ["序号", "姓  名", "性别", "出生年月", "入党时间", "转正时间", "所在支部", "所在工区",
         "联系方式", None],
        [None, None, None, None, None, None, None, None, "手机", "电话"],
        [1, "张  三", "男 ", dt.datetime(1980, 5, 1), "2005-07-01", "2006/7/1", "第一支部",
         "东站工区", "１３８ 0000 1111", None],
        [2, "李四", "女", 29000, "2006.07.01", "2007年7月1日", "第一支部", None, None,
         "0371-1234"],
        [3, None, None, None, None, None, None, None, None, None],
        [4, "王五", "男", "1985.07", "2010年7月", 2011.07, " 第二支部 ", "西站工区", None, None],
        [5, "赵六", "女", "１９９０年３月", "２０１５年７月１日", None, "第二支部", "西站工区",
         None, None],
        [],
        [6, None, None, None, None, None, None, None, None, None],
    ]
    merges = ["A1:J1", "I2:J2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3",
              "G2:G3", "H2:H3", "H4:H5"]
    return make_book({"党员花名册": rows}, {"党员花名册": merges})


def test_messy_roster_is_read_below_title_and_merged_headers(store, make_book):
    path = messy_roster(make_book)
    book = read_workbook(path)
    (table,) = book.tables
    assert (table.sheet, table.spec.kind, table.header_row) == ("党员花名册", "members", 3)
    assert table.headers["birth_date"] == "出生年月" and table.headers["phone"] == "手机"
    assert [n for n, _ in table.rows] == [4, 5, 7, 8]  # blank and numbered-only rows skipped

    preview = preview_import(book)
    assert not preview.has_errors, [str(p) for p in preview.problems]
    assert preview.counts()["create"] == 4
    assert store.counts()["member"] == 0  # the preview wrote nothing

    commit_import(book)
    people = {m.name: m for m in Member.select()}
    assert set(people) == {"张三", "李四", "王五", "赵六"}
    zhang, li, wang, zhao = (people[n] for n in ("张三", "李四", "王五", "赵六"))
    assert (zhang.gender, zhang.birth_date, zhang.joined_on, zhang.full_member_on) == (
        "M", D(1980, 5, 1), D(2005, 7, 1), D(2006, 7, 1))
    assert zhang.phone == "13800001111"
    assert (li.gender, li.birth_date, li.joined_on, li.full_member_on, li.phone) == (
        "F", D(1979, 5, 25), D(2006, 7, 1), D(2007, 7, 1), "0371-1234")
    assert (wang.birth_date, wang.joined_on, wang.full_member_on) == (
        D(1985, 7, 1), D(2010, 7, 1), D(2011, 7, 1))  # month precision: the first of the month
    assert (zhao.birth_date, zhao.joined_on) == (D(1990, 3, 1), D(2015, 7, 1))
    assert {b.name for b in Branch.select()} == {"第一支部", "第二支部"}
    assert wang.branch.name == "第二支部"
    # 东站工区 was merged down over 张三 and 李四: both work there from today
    placed = Assignment.select().where(Assignment.member == li.id, ~Assignment.deleted)
    assert [(a.work_area.name, a.start_on) for a in placed] == [("东站工区", TODAY)]
    assert {a.name for a in WorkArea.select()} == {"东站工区", "西站工区"}


def test_problems_name_sheet_row_and_column_and_nothing_is_written(store, make_book):
    path = make_book({"党员": [
        ["姓名", "性别", "出生日期", "党员类别"],
        ["张三", "男", "1980-01-01", "正式"],
        ["李四", "未知", "1980-02-30", "预备"],
        ["张三", "男", "1980-01-01", "预备"],
        ["王五", "男", "2199-01-01", "半正式"],
        ["张三", "男", "1980-01-01", "正式"],
    ]})
    before = snapshot(store)
    preview = preview_import(path)
    found = {(p.row, p.column, p.template.split(" ")[0]) for p in preview.problems}
    # 张三 is 正式 with no 转正 date (row 2); row 4 disagrees with row 2 about the same person;
    # row 6 repeats row 2 cell for cell: merged, with a warning, not a problem.
    assert {(2, "党员类别"), (3, "性别"), (3, "出生日期"), (4, ""), (5, "出生日期"),
            (5, "党员类别")} == {(row, column) for row, column, _ in found}
    assert preview.sheets[0].repeats == [(6, 2)]
    duplicate = next(p for p in preview.problems if p.row == 4)
    assert duplicate.params == {"row": 2, "sheet": "党员", "column": "党员类别"}
    assert [r.action for r in preview.rows] == ["error", "error", "error", "error"]
    with pytest.raises(ImportRefused) as refused:
        commit_import(path)
    assert len(refused.value.preview.problems) == len(preview.problems)
    assert snapshot(store) == before


def test_a_place_the_roster_cannot_make_is_a_problem_of_its_cell(store, make_book):
    # A work area of that name in the trash, names too long for an area or a branch: each row
    # that names one has the problem in that column, and the import is refused whole.
    trashed = records.create(workareas.KIND, {"name": "东站工区"})
    records.delete(workareas.KIND, trashed.id)
    long_area, long_branch = "西" * 51 + "工区", "第" * 101 + "支部"
    path = make_book({"党员": [
        ["姓名", "性别", "所在支部", "所在工区"],
        ["张三", "男", "第一支部", "东站工区"],
        ["李四", "女", long_branch, "南站工区"],
        ["王五", "男", "第一支部", long_area],
        ["赵六", "女", long_branch, "东站工区"],
    ]})
    before = snapshot(store)
    preview = preview_import(path)
    assert sorted((p.row, p.column, p.template) for p in preview.problems) == [
        (2, "所在工区", workareas.DUPLICATE_NAME_IN_TRASH),
        (3, "所在支部", TOO_LONG), (4, "所在工区", TOO_LONG),
        (5, "所在工区", workareas.DUPLICATE_NAME_IN_TRASH), (5, "所在支部", TOO_LONG)]
    assert {p.params.get("name") for p in preview.problems} == {"东站工区", None}
    assert preview.created_areas == ["南站工区"]  # (made only in the preview's rollback)
    with pytest.raises(ImportRefused):
        commit_import(path)
    assert snapshot(store) == before


def test_existing_people_are_skipped_or_updated_never_duplicated(store, make_book):
    records.create(members.KIND, {"name": "张三", "birth_date": D(1980, 1, 1), "phone": "1"})
    records.create(members.KIND, {"name": "李四", "birth_date": D(1981, 1, 1)})
    path = make_book({"党员": [
        ["姓名", "出生日期", "手机", "岗位"],
        ["张三", "1980-01-01", "139", "线路工"],
        ["李四", "1981-01-01", None, "工长"],
        ["张三", "1990-01-01", "137", None],  # same name, another person
    ]})
    skipped = commit_import(path)
    assert [r.action for r in skipped.rows] == ["skip", "skip", "create"]
    assert Member.select().count() == 3
    assert Member.get(Member.birth_date == D(1980, 1, 1)).phone == "1"

    per_row = commit_import(path, existing="skip", decisions={("党员", 3): "update"})
    assert [r.action for r in per_row.rows] == ["skip", "update", "skip"]
    assert Member.get(Member.name == "李四").job_post == "工长"

    updated = commit_import(path, existing="update")
    assert [r.action for r in updated.rows] == ["update", "unchanged", "unchanged"]
    zhang = Member.get(Member.birth_date == D(1980, 1, 1))
    assert (zhang.phone, zhang.job_post) == ("139", "线路工")
    assert Member.select().count() == 3


def test_a_roster_update_moves_people_between_work_areas_from_today(store, make_book):
    from db import assignments

    east, west = (records.create(workareas.KIND, {"name": n}) for n in ("东站工区", "西站工区"))
    people = {n: records.create(members.KIND, {"name": n}) for n in ("张三", "李四", "王五")}
    for name, area, start in (("张三", east, TODAY - dt.timedelta(days=30)),  # moves
                              ("李四", west, TODAY),                          # placed today
                              ("王五", east, TODAY - dt.timedelta(days=30))):  # stays
        records.create(assignments.ASSIGNMENT, {"member": people[name].id,
                                                "work_area": area.id, "start_on": start})
    path = make_book({"党员": [["姓名", "所在工区"], ["张三", "西站工区"], ["李四", "东站工区"],
                              ["王五", "东站工区"]]})
    commit_import(path, existing="update")
    held = {(a.member.name, a.work_area.name, a.start_on, a.end_on) for a in
            Assignment.select().where(~Assignment.deleted)}
    assert held == {("张三", "东站工区", TODAY - dt.timedelta(days=30), TODAY),
                    ("张三", "西站工区", TODAY, None),
                    ("李四", "东站工区", TODAY, None),  # today's placement corrected, not doubled
                    ("王五", "东站工区", TODAY - dt.timedelta(days=30), None)}
    again = snapshot(store)
    commit_import(path, existing="update")  # the same roster again changes nothing
    assert snapshot(store) == again


def test_visits_and_concerns_refer_to_the_roster_in_the_same_file(store, make_book):
    path = make_book({
        "工区": [["工区名称", "交通条件", "职工人数"], ["东站工区", "偏远艰苦", 20]],
        "党员": [["姓名", "走访干部"], ["张三", "是"], ["李四", "否"]],
        "走访记录": [
            ["日期", "工区", "方式", "时长", "参加干部", "谈话对象", "内容"],
            ["2025-03-01", "东站工区", "谈心谈话", 2, "张三", "李四", "谈家庭困难"],
            ["2025-03-02", "北站工区", "跟班作业", 4, "张三", None, ""],
            ["2025-03-03", "东站工区", "跟班作业", 4, "张三、王五", None, ""],
        ],
        "职工诉求": [
            ["反映日期", "工区", "反映人", "诉求类别", "诉求内容", "负责人", "办理状态"],
            ["2025-03-01", "东站工区", "赵六", "生活保障", "宿舍没有热水", "张三", "已解决"],
        ],
    })
    preview = preview_import(path)
    bad = {(p.sheet, p.row, p.column) for p in preview.problems}
    # unknown area, unknown cadre
    assert bad == {("走访记录", 3, "工区"), ("走访记录", 4, "参加干部")}
    assert preview.created_areas == []

    path = make_book({"走访记录": [
        ["日期", "工区", "方式", "时长", "参加干部", "谈话对象", "内容"],
        ["2025-03-01", "东站工区", "谈心谈话", 2, "张三", "李四", "谈家庭困难"],
    ], "工区": [["工区名称", "交通条件"], ["东站工区", "偏远艰苦"]],
        "党员": [["姓名", "走访干部"], ["张三", "是"], ["李四", "否"]],
        "职工诉求": [
            ["反映日期", "工区", "反映人", "诉求类别", "诉求内容", "负责人", "办理状态"],
            ["2025-03-01", "东站工区", "赵六", "生活保障", "宿舍没有热水", "张三", "已解决"]]},
        name="good.xlsx")
    commit_import(path)
    visit = Visit.get()
    assert (visit.kind, visit.private, visit.hours, visit.work_area.access_tier) == (
        "talk", True, 2.0, 3)
    assert [Member.get_by_id(i).name for i in participant_ids(visit.id)] == ["张三"]
    concern = Concern.get()
    assert (concern.raised_by_name, concern.status, concern.owner.name, concern.category) == (
        "赵六", "resolved", "张三", "living")
    assert concern.due_on == D(2025, 3, 16)
    # Imported again: the visit and the concern are found, by what the log says of them
    # (a concern's raiser as the name written), and only while they are not in the trash.
    again = commit_import(path)
    assert {(r.kind, r.action) for r in again.rows if r.kind in ("visits", "concerns")} == {
        ("visits", "skip"), ("concerns", "skip")}
    records.delete(concerns.KIND, concern.id)
    again = commit_import(path)
    assert [r.action for r in again.rows if r.kind == "concerns"] == ["create"]
    assert Concern.select().where(~Concern.deleted).count() == 1


def test_sheet_kind_is_found_by_headers_whatever_its_name(store, make_book):
    path = make_book({"Sheet1": [["名称", "线别", "艰苦程度"], ["南站工区", "京广线", "便利"]],
                      "说明": [["本表由车间填写"]]})
    preview = preview_import(path)
    assert [s.kind for s in preview.sheets] == ["work_areas"]
    assert preview.ignored_sheets == ["说明"]
    commit_import(path)
    assert workareas.list_work_areas()[0].access_tier == 1


def _text_file(tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_text("姓名,性别\n张三,男\n", "utf-8")
    return path


def _truncated(tmp_path, make_book):
    good = make_book({"党员": [["姓名", "性别"], ["张三", "男"]]})
    data = good.read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _damaged_member(tmp_path, make_book):
    """A zip whose parts are not a workbook."""
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return path


@pytest.mark.parametrize("build, template", [
    (lambda tmp, mk: _text_file(tmp), "cannot be read"),
    (lambda tmp, mk: _truncated(tmp, mk), "cannot be read"),
    (lambda tmp, mk: _damaged_member(tmp, mk), "cannot be read"),
    (lambda tmp, mk: mk({"Sheet": []}), "is empty"),
    (lambda tmp, mk: mk({"Sheet": [["一些"], ["随便", "写的"], [1, 2, 3]]}), "recognises"),
    (lambda tmp, mk: tmp / "missing.xlsx", "does not exist"),
    (lambda tmp, mk: _text_file(tmp).rename(tmp / "notes.docx"), "not a workbook"),
])
def test_bad_files_are_refused_and_nothing_is_written(store, tmp_path, make_book, build, template):
    path = build(tmp_path, make_book)
    before = snapshot(store)
    with pytest.raises(SpreadsheetError) as refused:
        commit_import(path)
    assert template in refused.value.template
    assert str(path) in refused.value.message
    assert snapshot(store) == before
