"""A row naming a person an earlier row named, with other cells that differ, says which: the
secretary then knows which of the two rows to correct without comparing them cell by cell."""
from __future__ import annotations

from db.spreadsheet import preview_import
from db.spreadsheet.describe import SEPARATOR, problem_line, render
from desktop.i18n import Translations
from tests.db.spreadsheet.conftest import snapshot

HEADER = ["姓名", "出生年月", "手机", "所在工区", "民族"]


def _lines(preview, lang: str) -> list[str]:
    tr = Translations(lang).tr
    return [render(problem_line(p), lambda text: tr("db", text)) for p in preview.problems]


def test_the_differing_columns_are_named_by_their_headers_in_both_languages(store, make_book):
    path = make_book({"花名册": [
        HEADER,
        ["王强", "1975.05", "13800000001", "南站工区", "汉族"],
        ["赵敏", "1985.02", "13800000002", "北站工区", "汉族"],
        ["王强", "1975.05", "13900000009", "北站工区", "汉族"],  # phone and area differ
        ["赵敏", "1985.02", "13800000002", "北站工区", "回族"],  # only 民族 differs
    ]})
    before = snapshot(store)
    preview = preview_import(path)
    assert [(p.row, p.params) for p in preview.problems] == [
        (4, {"row": 2, "sheet": "花名册", "columns": ["手机"], "last": "所在工区"}),
        (5, {"row": 3, "sheet": "花名册", "column": "民族"})]
    assert [p.message for p in preview.problems] == [
        "The same record as row 2 of sheet “花名册”, but 手机 and 所在工区 differ.",
        "The same record as row 3 of sheet “花名册”, but 民族 differs."]
    assert _lines(preview, "en") == [
        "  Sheet “花名册” row 4: The same record as row 2 of sheet “花名册”, but 手机 and "
        "所在工区 differ.",
        "  Sheet “花名册” row 5: The same record as row 3 of sheet “花名册”, but 民族 differs."]
    assert _lines(preview, "zh_CN") == [
        "  工作表“花名册”第 4 行：与工作表“花名册”第 2 行是同一条记录，但手机和所在工区不同。",
        "  工作表“花名册”第 5 行：与工作表“花名册”第 3 行是同一条记录，但民族不同。"]
    assert snapshot(store) == before


def test_three_columns_are_joined_the_readers_way(store, make_book):
    path = make_book({"花名册": [
        HEADER,
        ["王强", "1975.05", "13800000001", "南站工区", "汉族"],
        ["王强", "1975.05", "13900000009", "北站工区", "回族"],
    ]})
    (problem,) = preview_import(path).problems
    assert problem.message.endswith("but 手机, 所在工区 and 民族 differ.")
    tr = Translations("zh_CN").tr
    chinese = render(problem_line(problem), lambda text: tr("db", text))
    assert tr("db", SEPARATOR) == "、" and chinese.endswith("但手机、所在工区和民族不同。")
