"""A user's mistakes, command by command: one line on stderr in the session's language, naming the
problem and what to do, exit code 2, and the data folder left exactly as it was."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from db import clock
from db.datafolder import DB_FILE_NAME
from db.store import Store
from desktop.cli.entry import main

TODAY = dt.date(2024, 6, 15)

# (command line; {tmp} is a scratch folder with a file `afile` in it), first words in English,
# first words in Chinese. Every command appears at least once.
MISTAKES = [
    (["check", "--bogus"], "unrecognized arguments: --bogus", "无法识别的参数：--bogus"),
    (["nocommand"], "argument COMMAND: invalid choice: 'nocommand'", "参数 COMMAND：无效的选择"),
    (["backup", "--out"], "argument --out: expected one argument", "参数 --out：需要一个值"),
    (["backup", "--out", "{tmp}"], "{tmp} is a folder.", "{tmp} 是一个文件夹。"),
    (["backup", "--out", "{tmp}/afile/x.sqlite3"], "A part of {tmp}/afile/x.sqlite3 is a file",
     "{tmp}/afile/x.sqlite3 中有一段是文件"),
    (["restore"], "the following arguments are required: FILE", "缺少必需的参数：FILE"),
    (["restore", "{tmp}"], "{tmp} is a folder.", "{tmp} 是一个文件夹。"),
    (["restore", "{tmp}/nope.sqlite3"], "{tmp}/nope.sqlite3 cannot be restored: there is no such",
     "无法从 {tmp}/nope.sqlite3 恢复：文件不存在"),
    (["restore", "{tmp}/afile"], "{tmp}/afile cannot be restored: it is not a database",
     "无法从 {tmp}/afile 恢复：该文件不是数据库"),
    (["demo", "--size", "huge"], "argument --size: invalid choice: 'huge'",
     "参数 --size：无效的选择"),
    (["screenshot"], "the following arguments are required: --page, --out",
     "缺少必需的参数：--page, --out"),
    (["screenshot", "--page", "dashboard", "--out", "{tmp}"], "{tmp} is a folder.",
     "{tmp} 是一个文件夹。"),
    # PNG bytes under a .jpg name open as damaged in a photo viewer
    (["screenshot", "--page", "dashboard", "--out", "{tmp}/shot.jpg"],
     "{tmp}/shot.jpg does not end in .png", "{tmp}/shot.jpg 的扩展名不是 .png"),
    (["screenshot", "--page", "dashboard", "--out", "x.png", "--size", "10x10"],
     "“10x10” is not a size like 1280x800.", "“10x10”不是形如 1280x800 的尺寸。"),
    (["concerns", "--month", "May"], "“May” is not a month like 2024-05.",
     "“May”不是有效月份"),
    (["concerns", "--month", "2024-05-03"], "“2024-05-03” is not a month like 2024-05.",
     "“2024-05-03”不是有效月份"),
    (["concerns", "--status", "nope"], "argument --status: invalid choice: 'nope'",
     "参数 --status：无效的选择"),
    (["coverage", "--month", "2024-13"], "“2024-13” is not a month like 2024-05.",
     "“2024-13”不是有效月份"),
    # Years past the calendar's arithmetic (9999-12 has no month after it) or before any record
    (["coverage", "--month", "9999-12"], "“9999-12” is outside the years 1900 to 2099",
     "“9999-12”超出了党总支工作台统计的年份范围"),
    (["coverage", "--from", "0001-01-01", "--to", "2024-05-01"],
     "“0001-01-01” is outside the years 1900 to 2099", "“0001-01-01”超出了"),
    (["concerns", "--month", "9999-12"], "“9999-12” is outside the years", "“9999-12”超出了"),
    (["report", "--month", "1899-12"], "“1899-12” is outside the years", "“1899-12”超出了"),
    (["plan", "--month", "9999-12"], "“9999-12” is outside the years", "“9999-12”超出了"),
    (["packet", "--month", "9999-12", "--cadre", "x"], "“9999-12” is outside the years",
     "“9999-12”超出了"),
    (["meetings", "--year", "0000"], "“0000” is outside the years", "“0000”超出了"),
    (["meetings", "--quarter", "9999-Q4"], "“9999-Q4” is outside the years", "“9999-Q4”超出了"),
    (["coverage", "--month", "2024-05", "--from", "2024-05-01", "--to", "2024-05-03"],
     "Give either --month or --from and --to, not both", "--month 与 --from/--to 只能二选一"),
    (["coverage", "--from", "2024-05-01"], "Give both --from and --to", "按日期范围统计时"),
    (["coverage", "--from", "2024-05-09", "--to", "2024-05-01"],
     "The period ends (2024-05-01) before it starts (2024-05-09).",
     "统计期的结束日期（2024-05-01）早于开始日期"),
    (["report"], "the following arguments are required: --month", "缺少必需的参数：--month"),
    (["report", "--month", "2024-07"], "2024-07 has not begun yet (today is 2024-06-15).",
     "2024-07 还没有开始（今天是 2024-06-15）"),
    (["report", "--month", "2024-05", "--out", "{tmp}"], "{tmp} is a folder.",
     "{tmp} 是一个文件夹。"),
    (["export", "{tmp}"], "{tmp} is a folder.", "{tmp} 是一个文件夹。"),
    (["export", "{tmp}/afile/x.xlsx"], "A part of {tmp}/afile/x.xlsx is a file",
     "{tmp}/afile/x.xlsx 中有一段是文件"),
    (["export", "--template", "{tmp}"], "{tmp} is a folder.", "{tmp} 是一个文件夹。"),
    # a workbook under a CSV's name would open as gibberish: refused, nothing written
    (["export", "{tmp}/all.csv"], "{tmp}/all.csv does not end in .xlsx",
     "{tmp}/all.csv 的扩展名不是 .xlsx"),
    (["export", "--template", "{tmp}/blank.ods"], "{tmp}/blank.ods does not end in .xlsx",
     "{tmp}/blank.ods 的扩展名不是 .xlsx"),
    (["report", "--month", "2024-05", "--out", "{tmp}/may.xlsx"],
     "{tmp}/may.xlsx does not end in .pdf", "{tmp}/may.xlsx 的扩展名不是 .pdf"),
    (["plan", "--month", "2024-05", "--ics", "{tmp}/plan.pdf"],
     "{tmp}/plan.pdf does not end in .ics", "{tmp}/plan.pdf 的扩展名不是 .ics"),
    (["import"], "the following arguments are required: FILE", "缺少必需的参数：FILE"),
    (["import", "{tmp}/nope.xlsx"], "{tmp}/nope.xlsx does not exist.", "{tmp}/nope.xlsx 不存在。"),
    (["import", "{tmp}"], "{tmp} is a folder.", "{tmp} 是一个文件夹。"),
    (["sync"], "the following arguments are required: ACTION", "缺少必需的参数：ACTION"),
    (["sync", "export", "--out", "{tmp}"], "{tmp} is a folder.", "{tmp} 是一个文件夹。"),
    (["sync", "import", "{tmp}/nope.bdsync"], "{tmp}/nope.bdsync does not exist.",
     "{tmp}/nope.bdsync 不存在。"),
    (["sync", "resolve", "X", "--choose", "local"], "This conflict was already resolved",
     "该冲突已处理或不存在"),
    (["plan", "--month", "May"], "“May” is not a month like 2024-05.", "“May”不是有效月份"),
    (["plan", "--month", "2024-05", "--ics", "{tmp}"], "{tmp} is a folder.",
     "{tmp} 是一个文件夹。"),
    (["packet"], "Give --area NAME, or --month YYYY-MM with --cadre NAME.", "请给出 --area"),
    (["packet", "--area", "没有这个工区", "--out", "{tmp}/packet.docx"],
     "{tmp}/packet.docx does not end in .pdf", "{tmp}/packet.docx 的扩展名不是 .pdf"),
    (["packet", "--area", "没有这个工区"], "No work area is named “没有这个工区”.",
     "没有名为“没有这个工区”的工区。"),
    (["--lang", "fr", "check"], "--lang takes zh_CN or en.", "--lang 只能是 zh_CN 或 en。"),
    (["meetings", "--quarter", "Q5"], "“Q5” is not a quarter like 2024-Q2.", "“Q5”不是季度"),
    (["meetings", "--month", "2024-05", "--year", "2024"],
     "Give one of --month, --quarter and --year.", "--month、--quarter、--year 只能给出"),
]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    clock_today = clock.today
    clock.today = lambda: TODAY
    try:
        with Store.open(folder):
            from db import demo

            demo.build("small", seed=1)
    finally:
        clock.today = clock_today
    return folder


def state(folder) -> tuple:
    """Every row of every table (statistics aside), and the names of the files in the folder."""
    conn = sqlite3.connect(f"file:{folder / DB_FILE_NAME}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_stat%' "
            "ORDER BY name")]
        rows = tuple((t, tuple(conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')))
                     for t in tables)
    finally:
        conn.close()
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    return rows, files


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("argv, english, chinese", MISTAKES,
                         ids=[" ".join(m[0]) for m in MISTAKES])
def test_a_mistake_is_one_line_and_changes_nothing(demo_folder, tmp_path, monkeypatch, capsys,
                                                   argv, english, chinese, lang):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    (scratch / "afile").write_text("not a database")
    before = state(folder)
    line = [a.replace("{tmp}", str(scratch)) for a in argv]
    lang_args = [] if "--lang" in argv else ["--lang", lang]
    try:
        code = main(["--data-dir", str(folder), *line, *lang_args])
    except SystemExit as exc:  # argparse's way out, after printing the one line
        code = exc.code
    out, err = capsys.readouterr()
    # An unknown --lang is answered in the default language, Chinese.
    expected = english if lang == "en" and "--lang" not in argv else chinese
    expected = expected.replace("{tmp}", str(scratch))
    assert code == 2
    assert out == ""
    assert err.startswith(f"branch-desk: {expected}"), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert state(folder) == before
    assert sorted(p.name for p in scratch.iterdir()) == ["afile"]
    assert not list(tmp_path.glob("*.png"))


def test_every_command_has_a_mistake_in_the_table():
    from desktop.cli.entry import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    tried = {m[0][0] for m in MISTAKES}
    assert set(commands) <= tried, set(commands) - tried


def test_an_unexpected_error_is_one_line_too(demo_folder, monkeypatch, capsys):
    """A fault of the program (not the user's): one line naming it, exit code 1, no traceback."""
    import desktop.cli.coverage as coverage

    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(coverage, "coverage_table", broken)
    monkeypatch.delenv("BRANCH_DESK_TRACEBACK", raising=False)  # as a user runs it
    assert main(["--data-dir", str(demo_folder), "--lang", "en", "coverage"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("branch-desk: Something unexpected went wrong (KeyError).")
    assert err.count("\n") == 1
