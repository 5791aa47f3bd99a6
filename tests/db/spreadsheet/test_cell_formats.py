"""Dates Chinese Excel keeps as the first of a month (1987年11月 typed into a cell) are months.

Excel makes a date cell of 1987年11月, 1987.11 or 1987-11 typed into a cell, formatted so that
no day shows; python-calamine reads it as 1987-11-01. The format tells the two apart.
"""
from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest

from db import members
from db.models import Member
from db.spreadsheet import commit_import, export_workbook, preview_import, read_workbook
from db.spreadsheet.cell_formats import CellFormats, shows_no_day

D = dt.date


@pytest.mark.parametrize(("code", "month"), [
    ('yyyy"年"m"月"', True), ("yyyy.mm", True), ("yyyy-mm", True), ("mmm-yy", True),
    ("[$-804]yyyy年m月;@", True), ("mmmm yyyy", True), ("yyyy\\-mm", True),
    ('yyyy"年"m"月"d"日"', False), ("yyyy-mm-dd", False), ("m/d/yyyy", False),
    ("[$-x-sysdate]dddd, mmmm dd, yyyy", False), ("yyyy-mm h:mm", False), ("General", False),
    ("0.00", False), ("yyyy", False), ('m"月"d"日"', False), ("aaaa yyyy-mm", False),
])
def test_a_format_shows_a_month_when_it_has_a_year_and_month_and_no_day(code, month):
    assert shows_no_day(code) is month


def roster(path, formats: dict[str, str | None]) -> None:
    """A roster of one person per format: born on the first of November 1987, joined on the
    first of July 2010, each a real date cell carrying `formats[name]` (None: the default)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "党员名册"
    sheet.append(["单位党员花名册"])
    sheet.append(["序号", "姓名", "出生年月", "入党时间", "转正时间", "状态日期"])
    for number, (name, code) in enumerate(formats.items(), 1):
        sheet.append([number, name, D(1987, 11, 1), D(2010, 7, 1), D(2011, 7, 1),
                      D(2020, 5, 1)])
        for column in "CDEF":
            if code is not None:
                sheet[f"{column}{number + 2}"].number_format = code
    book.save(path)


def builtin(path, code: str, number: int) -> None:
    """`path` with the cells of format `code` given Excel's built-in format `number` instead
    (zh-CN Excel writes 27 for yyyy"年"m"月" with no numFmt of its own)."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    styles = parts["xl/styles.xml"].decode()
    escaped = code.replace('"', "&quot;")
    fmt_id = styles.split(f'formatCode="{escaped}"')[0].rsplit('numFmtId="', 1)[1].split('"')[0]
    parts["xl/styles.xml"] = styles.replace(f'<xf numFmtId="{fmt_id}"',
                                            f'<xf numFmtId="{number}"').encode()
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)


FORMATS = {"张三": 'yyyy"年"m"月"', "李四": "yyyy.mm", "王五": "yyyy-mm", "赵六": "mmm-yy",
           "钱七": "yyyy-mm-dd", "孙八": None, "周九": "[$-x-sysdate]dddd, mmmm dd, yyyy"}


def test_dates_shown_without_a_day_are_kept_as_months_and_written_back_so(store, tmp_path):
    path = tmp_path / "roster.xlsx"
    roster(path, FORMATS)
    assert commit_import(path).committed
    people = {m.name: m for m in Member.select()}
    for name in ("张三", "李四", "王五", "赵六"):
        person = people[name]
        assert [members.date_text(person, f) for f in members.MONTH_FIELDS] == [
            "1987-11", "2010-07", "2011-07"], name
        assert person.birth_date == D(1987, 11, 1)  # compared by its earliest day
        assert person.status_on == D(2020, 5, 1)  # a date column is no month: a date
    for name in ("钱七", "孙八", "周九"):  # a day is shown: the day is known
        assert [members.date_text(people[name], f) for f in members.MONTH_FIELDS] == [
            "1987-11-01", "2010-07-01", "2011-07-01"], name
    export_workbook(tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["党员"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(2, values_only=True)}
    assert (rows["张三"]["出生日期"], rows["张三"]["入党日期"], rows["张三"]["转正日期"]) == (
        "1987.11", "2010.07", "2011.07")
    assert rows["钱七"]["出生日期"] == dt.datetime(1987, 11, 1)  # a real date, as it came


@pytest.mark.parametrize("number", [27, 36, 50, 52, 57, 17])
def test_zh_cn_excels_built_in_month_formats_are_months(store, tmp_path, number):
    path = tmp_path / "roster.xlsx"
    roster(path, {"张三": 'yyyy"年"m"月"', "钱七": "yyyy-mm-dd"})
    builtin(path, 'yyyy"年"m"月"', number)
    book = read_workbook(path)
    (table,) = book.tables
    assert [row["birth_date"] for _n, row in table.rows] == ["1987-11", D(1987, 11, 1)]


def test_a_built_in_format_with_a_day_stays_a_date(store, tmp_path):
    path = tmp_path / "roster.xlsx"
    roster(path, {"张三": 'yyyy"年"m"月"'})
    builtin(path, 'yyyy"年"m"月"', 31)  # yyyy"年"m"月"d"日"
    (table,) = read_workbook(path).tables
    assert table.rows[0][1]["birth_date"] == D(1987, 11, 1)


def test_the_preview_shows_the_month_it_keeps(store, tmp_path):
    path = tmp_path / "roster.xlsx"
    roster(path, {"张三": 'yyyy"年"m"月"'})
    (sheet,) = preview_import(path).sheets
    assert sheet.rows[0].action == "create" and not sheet.rows[0].problems
    assert dict(sheet.raw_rows)[3]["birth_date"] == "1987-11"


def test_sheets_are_found_by_name_whatever_their_order_in_the_file(tmp_path):
    path = tmp_path / "two.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    first.title = "说明"
    first["A1"] = D(2000, 1, 1)
    second = book.create_sheet("党员")
    second["C5"] = D(1987, 11, 1)
    second["C5"].number_format = "yyyy.mm"
    book.move_sheet("党员", offset=-1)  # the second part in the file is shown first
    book.save(path)
    formats = CellFormats(path)
    assert formats.month_cells("党员", [2]) == {(4, 2)}
    assert formats.month_cells("党员", [1]) == set()
    assert formats.month_cells("说明", [0]) == set()


def test_a_file_whose_formats_cannot_be_read_reads_as_before(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip")
    assert CellFormats(path).month_cells("党员", [2]) == set()
    assert CellFormats(tmp_path / "roster.ods").month_cells("党员", [2]) == set()


def test_cells_are_found_whatever_the_order_of_their_attributes():
    from db.spreadsheet.cell_formats import styled_cells

    usual = b'<row r="3"><c r="C3" s="2" t="n"><v>1</v></c><c r="AB3" t="n" s="2"/></row>'
    other = b'<x:row><x:c s="2" r="C3"><x:v>1</x:v></x:c><x:c s="1" r="D3"/></x:row>'
    assert styled_cells(usual, frozenset({2}), {2, 27}) == {(2, 2), (2, 27)}
    assert styled_cells(other, frozenset({2}), {2, 3}) == {(2, 2)}


def test_a_libreoffice_ods_keeps_its_months_too(store):
    """The roster above saved by LibreOffice as .ods: its date styles without a day."""
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "roster_months.ods"
    assert commit_import(path).committed
    born = {m.name: members.date_text(m, "birth_date") for m in Member.select()}
    assert born == {"张三": "1987-11", "李四": "1987-11", "王五": "1987-11", "赵六": "1987-11",
                    "钱七": "1987-11-01", "孙八": "1987-11-01", "周九": "1987-11-01"}
    person = Member.get(Member.name == "张三")
    assert (members.date_text(person, "joined_on"), person.status_on) == ("2010-07",
                                                                           D(2020, 5, 1))


def test_ods_rows_and_cells_that_repeat_and_a_columns_default_style(tmp_path):
    from db.spreadsheet.cell_formats import ods_month_cells

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    date = 'office:value-type="date" office:date-value="1987-11-01"'
    content = (
        f'<office:document-content {ns}><office:automatic-styles>'
        '<number:date-style style:name="N1"><number:year/><number:month/></number:date-style>'
        '<number:date-style style:name="N2"><number:year/><number:month/><number:day/>'
        '</number:date-style>'
        '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
        '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>'
        '</office:automatic-styles><office:body><office:spreadsheet>'
        '<table:table table:name="党员"><table:table-column table:number-columns-repeated="2"/>'
        '<table:table-column table:default-cell-style-name="ce1"/>'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        f'<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        f'<table:table-cell {date}/><table:table-cell table:style-name="ce1" {date}/>'
        f'<table:table-cell table:style-name="ce2" {date}/></table:table-row>'
        f'<table:table-row><table:covered-table-cell/><table:table-cell '
        f'table:style-name="ce1" {date}><text:p>1987年11月</text:p></table:table-cell>'
        '</table:table-row></table:table></office:spreadsheet></office:body>'
        '</office:document-content>')
    path = tmp_path / "made.ods"
    for made, expected in ((content, {(3, 2), (3, 3), (4, 1)}),  # cells walked one by one
                           (content.replace(' table:default-cell-style-name="ce1"', ""),
                            {(3, 3), (4, 1)})):  # only the month-styled cells placed
        with zipfile.ZipFile(path, "w") as book:
            book.writestr("content.xml", made)
        with zipfile.ZipFile(path) as book:
            assert ods_month_cells(book) == {"党员": expected}
