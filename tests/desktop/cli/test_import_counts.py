"""The counts of an import preview on the command line read as the secretary sees the file: a
branch the roster names and the 党支部 sheet then describes is one new branch, not an update."""
from __future__ import annotations

import io

import openpyxl

from desktop.cli.entry import main
from tests.desktop.cli.test_mistakes import TODAY, demo_folder  # noqa: F401 (fixture)

COUNTS = {"en": "New: {new}, update: 0, unchanged: 0, skip: 0, with problems: 0",
          "zh_CN": "新增 {new}，更新 0，无变化 0，跳过 0，有问题 0"}


def _preview(folder, book, lang: str, monkeypatch, capsys) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    main(["--data-dir", str(folder), "--lang", lang, "import", str(book)])
    return capsys.readouterr().out


def test_branches_the_roster_made_count_as_new_on_their_own_sheet(tmp_path, monkeypatch,
                                                                   capsys):
    book = openpyxl.Workbook()
    book.active.title = "党员"
    for row in (["姓名", "出生日期", "所在支部"], ["张三", "1980-05-01", "第一党支部"],
                ["李四", "1982-03-01", "第二党支部"]):
        book.active.append(row)
    branches = book.create_sheet("党支部")
    for row in (["支部名称", "备注"], ["第一党支部", "线路"], ["第二党支部", "桥隧"]):
        branches.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    for lang in ("en", "zh_CN"):  # 2 members + 2 branches, into an empty folder
        out = _preview(tmp_path / "empty", path, lang, monkeypatch, capsys)
        assert COUNTS[lang].format(new=4) in out, out


def test_the_apps_own_export_into_an_empty_folder_is_all_new(demo_folder, tmp_path,  # noqa: F811
                                                             monkeypatch, capsys):
    from db import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    book = tmp_path / "all.xlsx"
    assert main(["--data-dir", str(demo_folder), "export", str(book)]) == 0
    capsys.readouterr()
    written = openpyxl.load_workbook(book)
    rows = sum(sheet.max_row - 1 for sheet in written.worksheets)  # each sheet: header + rows
    for lang in ("en", "zh_CN"):
        out = _preview(tmp_path / "empty", book, lang, monkeypatch, capsys)
        assert COUNTS[lang].format(new=rows) in out, out.splitlines()[-3:]
