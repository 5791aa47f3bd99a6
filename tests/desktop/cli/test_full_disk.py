"""Every command that writes a file, aimed at a full disk (a real one: a small tmpfs filled up):
one line in the session's language that says the disk is full and names the file, exit code 2,
no half-written file left there, and the data folder as it was."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from db import clock
from db.datafolder import DB_FILE_NAME
from desktop.cli.entry import main
from tests.desktop.cli.test_mistakes import TODAY, demo_folder, state  # noqa: F401 (fixture)
from tests.desktop.full_disk import full_disk

# (command line; {out} is the full folder, {area} / {cadre} a planned work area and its cadre)
WRITERS = [
    ["export", "{out}/all.xlsx"],
    ["export", "--template", "{out}/blank.xlsx"],
    ["report", "--month", "2024-05", "--out", "{out}/report.pdf"],
    ["report", "--month", "2024-05", "--detail", "--out", "{out}/detail.pdf"],
    ["packet", "--area", "{area}", "--out", "{out}/packet.pdf"],
    ["packet", "--month", "2024-06", "--cadre", "{cadre}", "--out", "{out}/month.pdf"],
    ["plan", "--month", "2024-06", "--ics", "{out}/plan.ics"],
    ["sync", "key", "--out", "{out}/branch.bdkey"],
    ["sync", "export", "--out", "{out}/all.bdsync"],
    ["backup", "--out", "{out}/copy.sqlite3"],
    ["screenshot", "--page", "dashboard", "--out", "{out}/shot.png"],
]


@pytest.fixture
def full_folder(tmp_path):
    """A folder on a 256 kB tmpfs with not a byte free."""
    with full_disk(tmp_path / "full") as folder:
        yield folder


def files(folder) -> dict[str, bytes]:
    """Every file in `folder` by name, with its content."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def planned(folder) -> tuple[str, str]:
    conn = sqlite3.connect(f"file:{folder / DB_FILE_NAME}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT a.name, m.name FROM plan_entry p JOIN work_area a ON a.id = p.work_area_id "
            "JOIN member m ON m.id = p.cadre_id WHERE p.month = ? AND NOT p.deleted "
            "ORDER BY a.name LIMIT 1", (dt.date(2024, 6, 1).isoformat(),)).fetchone()
    finally:
        conn.close()


@pytest.mark.parametrize("lang, expected", [("en", "The disk is full ({path})."),
                                            ("zh_CN", "磁盘已满（{path}）。")])
@pytest.mark.parametrize("argv", WRITERS, ids=[" ".join(a[:2]) for a in WRITERS])
def test_a_full_disk_is_one_line_and_leaves_no_file(demo_folder, full_folder, tmp_path,  # noqa: F811
                                                   monkeypatch, capsys, argv, lang, expected):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    area, cadre = planned(folder)
    before = state(folder)
    line = [a.replace("{out}", str(full_folder)).replace("{area}", area)
            .replace("{cadre}", cadre) for a in argv]
    code = main(["--data-dir", str(folder), "--lang", lang, *line])
    out, err = capsys.readouterr()
    target = line[line.index("--out") + 1] if "--out" in line else (
        line[line.index("--ics") + 1] if "--ics" in line else line[-1])
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("branch-desk: " + expected.format(path=target)), err
    assert sorted(p.name for p in full_folder.iterdir()) == ["filler"]
    assert state(folder) == before


def test_a_sealed_backup_works_before_the_machine_has_an_exchange_key(demo_folder, tmp_path,  # noqa: F811
                                                                    capsys):
    """The first copy to a stick makes the key; it was refused as "the database is read-only"."""
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    target = tmp_path / "stick" / "copy.sqlite3"
    target.parent.mkdir()
    assert main(["--data-dir", str(folder), "--lang", "en", "backup", "--out", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert main(["--data-dir", str(folder), "--lang", "en", "restore", str(target)]) == 0


@pytest.fixture
def data_on_full_disk(demo_folder, tmp_path):  # noqa: F811
    """The demo's data folder on a tmpfs with not a byte left beside it."""
    with full_disk(tmp_path / "disk", size="16m",
                   before_filling=lambda mount: shutil.copytree(demo_folder, mount / "data")) \
            as mount:
        yield mount / "data"


@pytest.mark.parametrize("argv", [["check"], ["plan", "--month", "2024-06", "--fill"],
                                  ["backup"], ["demo"]], ids=" ".join)
def test_a_data_folder_on_a_full_disk_is_not_called_damaged(data_on_full_disk, monkeypatch,
                                                            capsys, argv):
    """Opening needs room for SQLite's -shm file; without it the database read as "not a Branch
    Desk database (it may be damaged)"."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    before = files(data_on_full_disk)  # (SQLite itself cannot open it there to compare rows)
    for lang, expected in (("en", "The disk is full."), ("zh_CN", "磁盘已满。")):
        assert main(["--data-dir", str(data_on_full_disk), "--lang", lang, *argv]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"branch-desk: {expected}") and err.count("\n") == 1, err
    assert files(data_on_full_disk) == before


@pytest.fixture
def data_on_nearly_full_disk(demo_folder, tmp_path):  # noqa: F811
    """The demo's data folder on a tmpfs with 128 kB left: room for a write to begin."""
    with full_disk(tmp_path / "disk", size="16m", leave=128 * 1024,
                   before_filling=lambda mount: shutil.copytree(demo_folder, mount / "data")) \
            as mount:
        yield mount / "data"


def visit_log(folder, path) -> None:
    """A hand-kept log of 3,000 visits with long summaries (far more than 128 kB)."""
    import openpyxl

    conn = sqlite3.connect(f"file:{folder / DB_FILE_NAME}?mode=ro", uri=True)
    try:
        area, cadre = conn.execute(
            "SELECT a.name, m.name FROM responsibility r JOIN work_area a ON a.id = "
            "r.work_area_id JOIN member m ON m.id = r.member_id WHERE NOT r.deleted "
            "LIMIT 1").fetchone()
    finally:
        conn.close()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "走访记录"
    sheet.append(["日期", "工区", "形式", "时长（小时）", "参加走访人员", "走访内容"])
    for i in range(3000):
        sheet.append([dt.date(2023, 1, 1) + dt.timedelta(days=i % 500), area, "跟班作业", 2,
                      cadre, f"第{i}次跟班作业，" + "检查线路、谈心谈话、了解职工困难。" * 20])
    book.save(path)


def test_an_import_that_fills_the_disk_half_way_says_the_disk_is_full(
        data_on_nearly_full_disk, demo_folder, tmp_path, monkeypatch, capsys):  # noqa: F811
    """SQLite rolls the transaction back itself when the disk fills; peewee's own rollback
    then failed ("no transaction is active") and hid why: "something unexpected went wrong"."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    log = tmp_path / "log.xlsx"
    visit_log(demo_folder, log)
    before = files(data_on_nearly_full_disk)
    for lang, expected in (("en", "The disk is full."), ("zh_CN", "磁盘已满。")):
        code = main(["--data-dir", str(data_on_nearly_full_disk), "--lang", lang, "import",
                     "--yes", str(log)])
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith(f"branch-desk: {expected}") and err.count("\n") == 1, err
    assert files(data_on_nearly_full_disk) == before
