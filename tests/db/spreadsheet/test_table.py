"""A sheet's rows as the import reads them: short rows, blank cells, two columns for one field,
cells of mixed kinds, lines that are not records. (The table is built column by column.)"""
from __future__ import annotations

import datetime as dt

from db.spreadsheet import preview_import, read_workbook
from db.spreadsheet.cells import cell_text, column_text


def test_a_csv_with_short_rows_reads_the_missing_cells_as_blank(tmp_path):
    path = tmp_path / "名单.csv"
    path.write_text("序号,姓名,性别,出生日期,手机\n1,张三\n2,李四,女,1990-01-02,13800001111\n"
                    "3\n4,张三\n,,\n", encoding="utf-8")
    (table,) = read_workbook(path).tables
    assert table.rows == [
        (2, {"name": "张三", "gender": None, "birth_date": None, "phone": None}),
        (3, {"name": "李四", "gender": "女", "birth_date": "1990-01-02",
             "phone": "13800001111"}),
    ]
    assert table.repeats == [(5, 2)]  # row 4 is row 1 with a new serial number; row 3 only one
    assert table.row_text == {2: "1 张三", 3: "2 李四 女 1990-01-02 13800001111"}


def test_the_first_filled_of_two_columns_for_one_field_wins(store, make_book):
    path = make_book({"党员": [
        ["姓名", "手机", "电话", "出生日期"],
        ["王强", None, "0731-1234", dt.date(1980, 1, 2)],
        ["赵敏", "13900002222", "0731-5678", dt.date(1985, 3, 4)],
        ["  ", None, None, None],  # blank: not a row
    ]})
    (table,) = read_workbook(path).tables
    assert [(n, raw["phone"]) for n, raw in table.rows] == [(2, "0731-1234"), (3, "13900002222")]
    assert table.rows[0][1]["birth_date"] == dt.date(1980, 1, 2)


def test_cells_of_several_kinds_in_one_column_read_as_their_text(store, make_book):
    path = make_book({"党员": [
        ["序号", "姓名", "出生日期", "备注"],
        [1, "王强", dt.date(1980, 1, 2), 12.5],
        ["2", "赵敏", "1985.03", True],
        [3.0, "刘洋", dt.datetime(1990, 5, 6, 8, 30), "  预备  "],
        ["合计", "3 人", None, None],
    ]})
    (table,) = read_workbook(path).tables
    assert table.row_text == {2: "1 王强 1980-01-02 12.5", 3: "2 赵敏 1985.03 True",
                              4: "3 刘洋 1990-05-06 预备"}
    assert [f.row for f in table.footers] == [5]
    rows = {r.row: r for r in preview_import(path).rows}
    assert set(rows) == {2, 3, 4}


def test_column_text_is_cell_text_for_every_kind_of_cell():
    columns = [("a", " b ", "\u3000c", ""), (1, 2, 30), (1.0, 2.5, -3.0),
               (dt.date(2020, 1, 2),), (dt.datetime(2020, 1, 2, 3, 4),),
               (None, "x", 1, 1.5, True, dt.date(2020, 1, 2), dt.time(8, 30), "  ")]
    for column in columns:
        assert column_text(column) == [cell_text(c) for c in column]
