"""The first hour of a new user: rosters and logs kept by hand, in every format an office has."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from db import members, records, visits, workareas
from db.coverage import compute_coverage
from db.models import Member, Responsibility, Visit, WorkArea
from db.periods import month_period
from db.spreadsheet import (
    ImportRefused,
    SpreadsheetError,
    commit_import,
    export_workbook,
    preview_import,
    read_workbook,
    reading,
)
from db.spreadsheet.converting import NO_DAY_IN_CELL
from db.spreadsheet.headers import SIGNATURE_LINE, TOTAL_LINE
from db.store import Store
from tests.db.spreadsheet.conftest import TODAY, snapshot

D = dt.date
FIXTURES = Path(__file__).parent / "fixtures"


def test_an_old_xls_roster_with_footers_month_dates_probation_and_duties(store):
    book = read_workbook(FIXTURES / "roster.xls")
    (table,) = book.tables
    assert table.header_row == 2 and [n for n, _ in table.rows] == [3, 4, 5]
    assert [(f.row, f.reason) for f in table.footers] == [(6, TOTAL_LINE), (7, SIGNATURE_LINE)]
    result = commit_import(book)
    assert result.committed
    people = {m.name: m for m in Member.select()}
    assert set(people) == {"张三", "李四", "王五"}  # 合计 and 填表人 are not people
    zhang, li, wang = people["张三"], people["李四"], people["王五"]
    # 出生年月 keeps its precision: the month, stored as its first day
    assert (zhang.birth_date, members.date_text(zhang, "birth_date")) == (D(1987, 11, 1),
                                                                          "1987-11")
    assert members.date_text(li, "birth_date") == "2003-04"
    assert members.date_text(wang, "birth_date") == "1990-05-06"
    assert zhang.category == "full" and zhang.is_cadre  # 是否总支委员: 是
    assert li.category == "probationary"  # 备注 says 预备党员
    assert wang.category == "probationary"  # joined 2024-10, no 转正 date, < 1 year ago
    duties = {(r.work_area.name, r.start_on) for r in Responsibility.select().where(
        Responsibility.member == zhang.id, ~Responsibility.deleted)}
    assert duties == {("东站工区", TODAY), ("西沟工区", TODAY)}


def test_month_precision_goes_back_out_as_a_month(store, tmp_path):
    commit_import(FIXTURES / "roster.xls")
    export_workbook(tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["党员"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(2, values_only=True)}
    assert rows["张三"]["出生日期"] == "1987.11" and rows["张三"]["入党日期"] == "2010.07"
    assert rows["王五"]["出生日期"] == dt.datetime(1990, 5, 6)


def test_a_hand_kept_ods_visit_log_two_visits_a_day_and_a_repeat(store):
    commit_import(FIXTURES / "roster.xls")
    preview = preview_import(FIXTURES / "visits.ods")
    (sheet,) = preview.sheets
    assert sheet.kind == "visits" and not preview.problems
    assert sheet.loose == {"参加走访人员": "participants"}  # a known word inside the header
    assert sheet.repeats == [(4, 3)]  # the afternoon row twice: one record and a warning
    commit_import(FIXTURES / "visits.ods")
    rows = sorted((v.hours, v.summary, v.kind) for v in Visit.select())
    assert rows == [(2.0, "下午安全检查", "work_along"), (4.0, "上午跟班作业", "work_along")]


def test_a_visit_log_imported_again_matches_its_visits_and_only_live_ones(store):
    commit_import(FIXTURES / "roster.xls")
    commit_import(FIXTURES / "visits.ods")
    before = snapshot(store)
    for existing in ("skip", "update"):
        again = commit_import(FIXTURES / "visits.ods", existing=existing)
        assert {r.action for r in again.rows} == {"skip" if existing == "skip" else "unchanged"}
    assert snapshot(store) == before
    morning = Visit.get(Visit.summary == "上午跟班作业")
    records.delete(visits.KIND, morning.id)  # one in the trash is not the one the log means
    again = commit_import(FIXTURES / "visits.ods")
    assert sorted(r.action for r in again.rows) == ["create", "skip"]
    live = sorted(v.summary for v in Visit.select().where(~Visit.deleted))
    assert live == ["上午跟班作业", "下午安全检查"]


def test_a_gbk_csv_phone_list_updates_people_by_name(store, tmp_path):
    records.create(members.KIND, {"name": "叶小艳", "birth_date": D(1990, 1, 1)})
    records.create(members.KIND, {"name": "周杰", "birth_date": D(1980, 1, 1)})
    records.create(members.KIND, {"name": "周杰", "birth_date": D(1985, 1, 1)})
    path = tmp_path / "电话.csv"
    path.write_bytes("姓名,联系电话\r\n叶小艳,13800001111\r\n".encode("gbk"))
    result = commit_import(path, existing="update")
    assert [r.action for r in result.rows] == ["update"]
    (ye,) = Member.select().where(Member.name == "叶小艳")
    assert ye.phone == "13800001111"
    # Two 周杰 and no birth date on the row: a problem that says so, nothing written.
    path.write_bytes("\ufeff姓名,联系电话\r\n周杰,13900002222\r\n".encode("utf-8"))
    before = snapshot(store)
    with pytest.raises(ImportRefused) as refused:
        commit_import(path, existing="update")
    (problem,) = refused.value.preview.problems
    assert problem.params == {"count": 2, "name": "周杰"} and problem.column == "姓名"
    assert snapshot(store) == before


@pytest.mark.parametrize(("delimiter", "name", "encoding"), [
    ("\t", "名单.csv", "gbk"), (";", "名单.csv", "utf-8"), ("\t", "名单.txt", "utf-16")])
def test_a_csv_with_a_title_and_a_total_line_is_split_by_its_own_delimiter(
        store, tmp_path, delimiter, name, encoding):
    """A tab- or semicolon-separated file (Excel's "Unicode text" is tab-separated UTF-16) with
    a title above and 合计 below was read as one column, and refused as having no header."""
    lines = ["线路车间党员名单", delimiter.join(["序号", "姓名", "出生年月", "备注"]),
             delimiter.join(["1", "王强", "1987.11", "预备"]),
             delimiter.join(["2", "赵敏", "1988.02", "摘要，含逗号"]), "合计" + delimiter + "2人"]
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding))
    (table,) = read_workbook(path).tables
    assert table.header_row == 2 and [f.reason for f in table.footers] == [TOTAL_LINE]
    commit_import(path)
    people = {m.name: m for m in Member.select()}
    assert set(people) == {"王强", "赵敏"}
    assert people["王强"].category == "probationary" and people["赵敏"].notes == "摘要，含逗号"


@pytest.mark.parametrize(("source", "name"), [("roster.xls", "花名册.xlsx"),
                                              ("roster.xls", "花名册.ods")])
def test_a_workbook_under_another_kinds_name_is_read_by_its_content(store, tmp_path, source,
                                                                    name):
    """An old .xls renamed .xlsx (or a file a system exports under any name) was refused as
    damaged: the reader went by the name."""
    path = tmp_path / name
    path.write_bytes((FIXTURES / source).read_bytes())
    commit_import(path)
    assert {m.name for m in Member.select()} == {"张三", "李四", "王五"}


def test_a_workbook_named_xls_that_is_an_xlsx_is_read_too(store, make_book, tmp_path):
    made = make_book({"党员": [["姓名", "出生日期"], ["甲", "1980-01-02"]]})
    path = tmp_path / "旧表.xls"
    path.write_bytes(made.read_bytes())
    commit_import(path)
    assert [m.name for m in Member.select()] == ["甲"]


def test_probation_rules_name_their_problems(store, make_book):
    path = make_book({"党员": [
        ["姓名", "入党日期", "转正日期", "党员类别"],
        ["甲", "2015-07-01", None, "正式"],           # 正式 without a 转正 date
        ["乙", "2015-07-01", "2016-01-01", None],      # 转正 half a year after joining
        ["丙", "2015-07-01", "2016-07-01", "正式"],    # fine
    ]})
    preview = preview_import(path)
    assert {(p.row, p.column) for p in preview.problems} == {(2, "党员类别"), (3, "转正日期")}


def test_the_word_probationary_elsewhere_does_not_undo_a_full_membership(store, make_book):
    """预备 anywhere on the row made a member probationary, though the row gave a 转正 date ten
    years back: a note about something else (预备党员联系人) or a reservist's post (预备役)."""
    commit_import(make_book({"党员": [
        ["姓名", "入党日期", "转正日期", "岗位", "备注"],
        ["甲", "2010-07-01", "2011-07-01", None, "预备党员培养联系人"],
        ["乙", "2010-07-01", "2011-07-01", "预备役连长", None],
        ["丙", "2010-07-01", None, "预备役连长", None],
        ["丁", "2024-07-01", None, None, "预备党员"],
    ]}))
    category = {m.name: m.category for m in Member.select()}
    assert category == {"甲": "full", "乙": "full", "丙": "full", "丁": "probationary"}


def test_implausible_dates_and_the_row_cap(store, make_book, monkeypatch):
    path = make_book({"党员": [["姓名", "出生日期"], ["甲", "1899-12-31"]]})
    (problem,) = preview_import(path).problems
    assert problem.column == "出生日期" and problem.params["earliest"] == "1900-01-01"
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    big = make_book({"党员": [["姓名"]] + [[f"人{i}"] for i in range(30)]}, name="big.xlsx")
    before = snapshot(store)
    with pytest.raises(SpreadsheetError) as refused:
        read_workbook(big)
    assert refused.value.params["limit"] == 3 and snapshot(store) == before


def test_an_ambiguous_header_is_shown_not_guessed(store, make_book):
    records.create(workareas.KIND, {"name": "东站工区"})
    path = make_book({"走访": [["走访日期", "工区人员", "参加干部", "工区"]]})
    (table,) = read_workbook(path).tables
    assert table.ambiguous == {"工区人员": ["工区", "参加干部"]}


def test_formula_like_text_is_exported_as_text(store, tmp_path):
    records.create(members.KIND, {"name": "张三", "notes": "=HYPERLINK(\"http://x\",\"点我\")"})
    records.create(members.KIND, {"name": "李四", "notes": "=cmd|' /C calc'!A0"})
    export_workbook(tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["党员"]
    notes = [row for row in sheet.iter_rows(2) if row[0].value == "李四"][0]
    cell = next(c for c in notes if isinstance(c.value, str) and c.value.startswith("="))
    assert cell.data_type == "s" and cell.quotePrefix
    with Store.open(tmp_path / "fresh"):
        commit_import(tmp_path / "out.xlsx")
        assert {m.notes for m in Member.select()} == {
            "=HYPERLINK(\"http://x\",\"点我\")", "=cmd|' /C calc'!A0"}


def test_a_never_visited_area_imported_today_is_in_every_past_month(store, make_book):
    path = make_book({"工区": [["工区名称", "交通条件"], ["北岭工区", "偏远艰苦"],
                             ["东站工区", "便利"]]})
    commit_import(path)
    # The visit log begins in October 2024 (a month before it holds no records at all).
    east = WorkArea.get(WorkArea.name == "东站工区").id
    cadre = records.create(members.KIND, {"name": "张书记", "is_cadre": True}).id
    records.create(visits.KIND, {"visited_on": D(2024, 10, 8), "work_area": east,
                                 "participants": [cadre]})
    november = compute_coverage(month_period(D(2024, 11, 1)), today=TODAY)
    area = {a.name: a for a in november.areas}["北岭工区"]
    assert (area.name, area.target, area.status) == ("北岭工区", 1, "none")
    assert {a.name for a in november.never_visited} == {"北岭工区"}
    assert not compute_coverage(month_period(D(2024, 9, 1)), today=TODAY).has_records
    later = make_book({"工区": [["工区名称", "启用日期"], ["南坡工区", "2025-03-10"]]},
                      name="later.xlsx")
    commit_import(later)
    names = {a.name for a in compute_coverage(month_period(D(2025, 2, 1)), today=TODAY).areas}
    assert names == {"北岭工区", "东站工区"}  # 南坡 came into use in March


def test_a_libreoffice_resaved_export_imports_unchanged(store, tmp_path):
    """The app's own export, re-saved by LibreOffice as .ods (made here if soffice exists)."""
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    records.create(members.KIND, {"name": "张三", "birth_date": "1987-11", "is_cadre": True})
    area = records.create(workareas.KIND, {"name": "东站工区"})
    records.create(visits.KIND, {"visited_on": D(2025, 1, 2), "work_area": area.id,
                                 "participants": [Member.get().id]})
    export_workbook(tmp_path / "out.xlsx")
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", str(tmp_path),
                    str(tmp_path / "out.xlsx")], check=True, capture_output=True, timeout=120,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    again = commit_import(tmp_path / "out.ods")
    assert {r.action for r in again.rows} == {"skip"}


def test_month_precision_survives_edits_and_clears_when_a_day_is_typed(store):
    person = records.create(members.KIND, {"name": "张三", "birth_date": "1987-11"})
    assert (person.birth_date, person.month_precision) == (D(1987, 11, 1), "birth_date")
    person = records.edit(members.KIND, person.id, {"phone": "13800001111"})
    assert members.date_text(person, "birth_date") == "1987-11"
    person = records.edit(members.KIND, person.id, {"birth_date": "1987-11-20"})
    assert (members.date_text(person, "birth_date"), person.month_precision) == ("1987-11-20", "")


def test_the_commit_repeats_the_preview_only_while_nothing_changed(store, make_book):
    path = make_book({"党员": [["姓名", "出生日期"], ["甲", "1980-01-01"], ["乙", "1981-01-01"]]})
    book = read_workbook(path)
    preview = preview_import(book)
    assert store.counts()["member"] == 0
    result = commit_import(book)
    assert result is preview and result.committed  # the previewed writes, repeated
    assert sorted(m.name for m in Member.select()) == ["乙", "甲"]
    # Previewed, then 甲 is entered by hand: the commit runs afresh and skips 甲.
    other = make_book({"党员": [["姓名", "出生日期"], ["丙", "1980-01-01"], ["丁", "1982-01-01"]]},
                      name="other.xlsx")
    book = read_workbook(other)
    assert preview_import(book).counts()["create"] == 2
    records.create(members.KIND, {"name": "丙", "birth_date": D(1980, 1, 1)})
    result = commit_import(book)
    assert result.counts()["create"] == 1 and result.counts()["skip"] == 1
    assert Member.select().where(Member.name == "丙").count() == 1


def test_a_month_typed_as_a_number_with_one_digit_is_that_month(store, make_book):
    """1985.5 in 出生年月 was refused (read as 1985.50); 1990.1 stays October (1990.10)."""
    path = make_book({"党员": [["姓名", "出生年月"], ["张三", 1985.5], ["李四", 1990.1],
                               ["王五", 1985.05], ["赵六", 1985.13]]})
    (sheet,) = preview_import(path).sheets
    assert [r.row for r in sheet.rows if r.problems] == [5]  # 1985.13 is no month
    book = read_workbook(path)
    book.tables[0].rows.pop()  # without 赵六
    assert commit_import(book).committed
    born = {m.name: members.date_text(m, "birth_date") for m in Member.select()}
    assert born == {"张三": "1985-05", "李四": "1990-10", "王五": "1985-05"}


def test_a_child_or_a_member_who_joined_before_eighteen_is_a_problem(store, make_book):
    """A birth in 2020 was accepted: a Party member is 18 or older, and was so on joining
    (month-precision dates by their earliest day: 1990.05 and 2008.05 are 18 years apart)."""
    path = make_book({"党员": [["姓名", "出生年月", "入党时间", "转正时间"],
                               ["张三", 2020.05, None, None],
                               ["李四", 1990.05, 2008.04, 2009.04],
                               ["王五", 1990.05, 2008.05, 2009.05],
                               ["赵六", "2007-03-16", None, None],
                               ["钱七", "2007-03-15", None, None]]})
    before = snapshot(store)
    with pytest.raises(ImportRefused):
        commit_import(path)
    assert snapshot(store) == before
    (sheet,) = preview_import(path).sheets
    found = {(p.row, p.column, p.template): p.message for r in sheet.rows for p in r.problems}
    assert sorted((row, column) for row, column, _t in found) == [
        (2, "出生年月"), (3, "入党时间"), (5, "出生年月")]
    assert found[(2, "出生年月", members.UNDER_AGE)].endswith(
        "the birth date 2020-05 is less than 18 years ago.")
    assert "2008-04 is less than 18 years after the birth date 1990-05" in found[
        (3, "入党时间", members.JOINED_UNDER_AGE)]


def test_a_date_cell_before_1900_is_said_to_be_one(store, make_book, tmp_path):
    """LibreOffice writes a day before 1900 into an .xlsx as a serial of 0 or less, which reads
    as a time of day: the preview said “00:00:00” is not a date."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "党员"
    sheet.append(["姓名", "出生年月", "入党时间"])
    sheet.append(["张三", -1000, 0])
    sheet.append(["李四", "1980.05", None])
    for cell in ("B2", "C2"):
        sheet[cell].number_format = "yyyy-mm-dd"
    path = tmp_path / "old.xlsx"
    book.save(path)
    (result, fine) = preview_import(path).sheets[0].rows
    assert not fine.problems
    assert [(p.column, p.template) for p in result.problems] == [
        ("出生年月", NO_DAY_IN_CELL), ("入党时间", NO_DAY_IN_CELL)]
    assert "before 1900" in result.problems[0].message
    assert "not a date" not in " ".join(p.message for p in result.problems)
