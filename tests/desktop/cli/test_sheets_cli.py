"""`branch-desk export` and `branch-desk import` on the command line."""
from __future__ import annotations

import io
import re

import openpyxl
import pytest

from db.store import Store
from desktop.cli.entry import main


@pytest.fixture
def roster(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    for row in (["姓名", "性别", "出生年月"], ["张三", "男", "1980.05"],
                ["李四", "女", "1982年3月"]):
        sheet.append(row)
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def members_in(folder) -> int:
    with Store.open(folder) as store:
        return store.counts()["member"]


@pytest.mark.parametrize("answer, imported", [("y\n", 2), ("n\n", 0), ("", 0)])
def test_import_asks_before_writing(tmp_path, roster, monkeypatch, capsys, answer, imported):
    monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    code = main(["--lang", "en", "--data-dir", str(tmp_path / "d"), "import", str(roster)])
    out = capsys.readouterr().out
    assert "Sheet “花名册”: members, header in row 1, 2 rows." in out and "New: 2," in out
    assert "Columns matched: 姓名, 性别, 出生年月 → 出生日期" in out  # English separators
    assert code == (0 if imported else 1)
    assert members_in(tmp_path / "d") == imported
    # The answer from a pipe or no answer at all (/dev/null): no terminal echoed an Enter, and
    # the outcome starts a line of its own
    assert out.splitlines()[-1] == ("Imported: 2 new, 0 updated, 0 skipped, 0 unchanged."
                                    if imported else "Nothing imported.")


def test_import_yes_then_again_skips_existing(tmp_path, roster, capsys):
    args = ["--data-dir", str(tmp_path / "d"), "import", str(roster), "--yes"]
    assert main(args) == 0
    assert main(args) == 0
    assert "新增 0，更新 0，跳过 2" in capsys.readouterr().out
    assert members_in(tmp_path / "d") == 2


def test_import_with_problems_is_refused(tmp_path, capsys):
    book = openpyxl.Workbook()
    for row in (["姓名", "性别"], ["张三", "未知"]):
        book.active.append(row)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    assert main(["--lang", "en", "--data-dir", str(tmp_path / "d"), "import", str(path),
                 "--yes"]) == 2
    captured = capsys.readouterr()
    assert "Sheet “Sheet” row 2, column “性别”: " in captured.out
    assert "Nothing was imported: the workbook has problems (1)" in captured.err
    assert members_in(tmp_path / "d") == 0


def test_the_preview_in_chinese_lists_footers_repeats_and_problems(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.title = "名册"
    for row in (["姓名", "性别", "参加工作时间"], ["张三", "男", "2001"], ["李四", "未知", ""],
                ["张三", "男", "2001"], ["合计", "2人"], ["填表人：王五"]):
        book.active.append(row)
    path = tmp_path / "hand.xlsx"
    book.save(path)
    assert main(["--data-dir", str(tmp_path / "d"), "import", str(path), "--yes"]) == 2
    out = capsys.readouterr().out
    assert "工作表“名册”：党员，表头在第 1 行，共 2 行。" in out
    assert "未导入的列：参加工作时间" in out
    assert "第 5 行未导入（合计行）：合计 2人" in out and "第 6 行未导入（签字行）" in out
    assert "第 4 行与第 2 行完全相同，已合并为一条记录。" in out
    assert "工作表“名册”第 3 行，“性别”列：" in out
    assert not re.search(r"[A-Za-z]{2,}", out)  # no English words in the Chinese preview


def test_not_a_workbook_is_a_clear_message(tmp_path, capsys):
    path = tmp_path / "notes.xlsx"
    path.write_text("hello", "utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import", str(path), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "notes.xlsx" in err and "Traceback" not in err
    assert members_in(tmp_path / "d") == 0


def test_export_and_template(tmp_path, roster, capsys):
    folder = str(tmp_path / "d")
    main(["--data-dir", folder, "import", str(roster), "--yes"])
    out = tmp_path / "out.xlsx"
    assert main(["--data-dir", folder, "export", str(out)]) == 0
    assert "工作表“党员”：2 行" in capsys.readouterr().out
    assert [r[0] for r in openpyxl.load_workbook(out)["党员"].iter_rows(values_only=True)] == [
        "姓名", "张三", "李四"]
    template = tmp_path / "template.xlsx"
    assert main(["export", "--template", str(template)]) == 0
    assert openpyxl.load_workbook(template).sheetnames[0] == "党员"


def test_a_one_row_sheet_is_one_row_in_the_preview_and_the_export(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.title = "花名册"
    book.active.append(["姓名", "性别"])
    book.active.append(["张三", "男"])
    book.save(tmp_path / "one.xlsx")
    folder = tmp_path / "d"
    assert main(["--lang", "en", "--data-dir", str(folder), "import", str(tmp_path / "one.xlsx"),
                 "--yes"]) == 0
    assert "Sheet “花名册”: members, header in row 1, 1 row." in capsys.readouterr().out
    assert main(["--lang", "en", "--data-dir", str(folder), "export",
                 str(tmp_path / "all.xlsx")]) == 0
    assert "sheet “党员”: 1 row" in capsys.readouterr().out.splitlines()


def test_the_preview_says_how_a_loosely_written_branch_was_read(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "d"
    with Store.open(folder):
        from db import branches, records

        records.create(branches.KIND, {"name": "第一党支部"})
    book = openpyxl.Workbook()
    book.active.title = "花名册"
    for row in (["姓名", "出生日期", "所在支部"], ["张三", "1980-05-01", "第1支部"]):
        book.active.append(row)
    path = tmp_path / "loose.xlsx"
    book.save(path)
    for lang, line in (("en", "  Names read as the records they name: 第1支部 → 第一党支部"),
                       ("zh_CN", "  按已有名称识别：第1支部 → 第一党支部")):
        monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
        main(["--lang", lang, "--data-dir", str(folder), "import", str(path)])
        out = capsys.readouterr().out
        assert line in out.splitlines() and "New branches" not in out and "将新建支部" not in out
