"""The command line: the same db functions, plain output, user mistakes as one line on stderr."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import migrations, records, workareas
from db.datafolder import DB_FILE_NAME
from db.store import Store
from desktop.cli.entry import main

ROOT = Path(__file__).resolve().parents[3]


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _add_area(folder, name):

    with Store.open(folder):
        records.create(workareas.KIND, {"name": name})


def _area_count(folder):
    with Store.open(folder) as store:
        return store.counts()["work_area"]


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in ("--data-dir", "check", "backup", "restore", "demo"):
        assert word in out


def test_help_from_a_real_process():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop", "--help", "--lang", "en"], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: branch-desk") and "--data-dir" in done.stdout
    assert done.stderr == ""


def test_check_reports_integrity_mode_and_counts(capsys, tmp_path):
    _add_area(tmp_path / "d", "甲")
    code, out, err = _run(capsys, "--data-dir", tmp_path / "d", "check", "--lang", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert f"database: {(tmp_path / 'd').resolve() / DB_FILE_NAME}" in lines
    assert "integrity: ok" in lines
    assert f"schema version: {migrations.LATEST}" in lines
    assert "journal mode: wal; foreign keys: on" in lines
    assert "  Work areas: 1" in lines and "  General branch: 1" in lines and "  Visits: 0" in lines


def test_data_dir_is_created_and_used(capsys, tmp_path):
    folder = tmp_path / "usb" / "BranchDesk"
    code, _, _ = _run(capsys, "--data-dir", folder, "check")
    assert code == 0 and (folder / DB_FILE_NAME).exists()


def test_backup_and_restore_round_trip(capsys, tmp_path):
    folder = tmp_path / "d"
    _add_area(folder, "甲")
    code, out, err = _run(capsys, "--data-dir", folder, "backup")
    copy = Path(out.strip())
    assert (code, err) == (0, "") and copy.exists() and copy.parent == folder.resolve() / "backups"
    _add_area(folder, "乙")
    code, out, err = _run(capsys, "--data-dir", folder, "restore", copy, "--lang", "en")
    assert (code, err) == (0, "") and f"restored {copy}" in out
    assert _area_count(folder) == 1
    safety = next((folder / "backups").glob("before-restore-*"))
    assert str(safety) in out


def test_backup_to_a_file(capsys, tmp_path):
    code, out, _ = _run(capsys, "--data-dir", tmp_path / "d", "backup", "--out", tmp_path / "x.db")
    assert code == 0 and out.strip() == str(tmp_path / "x.db") and (tmp_path / "x.db").exists()


def _assert_user_error(code, out, err):
    assert code == 2 and out == ""
    assert err.startswith("branch-desk: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_restore_of_a_missing_file_is_a_one_line_error(capsys, tmp_path):
    result = _run(capsys, "--data-dir", tmp_path / "d", "--lang", "en", "restore",
                  tmp_path / "nope.sqlite3")
    _assert_user_error(*result)
    assert "there is no such file" in result[2]
    result = _run(capsys, "--data-dir", tmp_path / "d", "restore", tmp_path / "nope.sqlite3")
    _assert_user_error(*result)
    assert "文件不存在" in result[2]  # Chinese by default


def test_restore_of_a_garbage_file_changes_nothing(capsys, tmp_path):
    folder = tmp_path / "d"
    _add_area(folder, "甲")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    db_bytes = (folder / DB_FILE_NAME).read_bytes()
    _assert_user_error(*_run(capsys, "--data-dir", folder, "restore", garbage))
    assert (folder / DB_FILE_NAME).read_bytes() == db_bytes
    assert list((folder / "backups").iterdir()) == []
    assert _area_count(folder) == 1


def test_a_locked_data_folder_is_refused_to_writers(capsys, tmp_path):
    folder = tmp_path / "d"
    with Store.open(folder):
        code, out, err = _run(capsys, "--data-dir", folder, "--lang", "en", "demo")
        _assert_user_error(code, out, err)
        assert "Another Branch Desk is already using the data folder" in err
        code, out, err = _run(capsys, "--data-dir", folder, "demo")
        _assert_user_error(code, out, err)
        assert "正在使用数据文件夹" in err
        assert _run(capsys, "--data-dir", folder, "check")[0] == 0  # a reader works beside it
    assert _run(capsys, "--data-dir", folder, "demo")[0] == 0  # free again


def test_a_corrupt_database_is_refused_by_check(capsys, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / DB_FILE_NAME).write_bytes(b"not a database at all" * 100)
    _assert_user_error(*_run(capsys, "--data-dir", folder, "check"))
    assert (folder / DB_FILE_NAME).read_bytes() == b"not a database at all" * 100


def test_a_data_dir_that_is_a_file_is_refused(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, out, err = _run(capsys, "--data-dir", blocker, "--lang", "en", "check")
    _assert_user_error(code, out, err)
    assert "Cannot create the data folder" in err


def test_without_data_dir_the_platform_folder_is_used(monkeypatch, tmp_path):
    """The default is looked up only when needed (platformdirs is not imported at start-up)."""
    from desktop.cli import common
    from desktop.cli import entry as cli

    monkeypatch.setattr("db.datafolder.default_data_dir", lambda: tmp_path / "platform")
    args = cli.build_parser().parse_args([])
    assert common.data_dir(args) == tmp_path / "platform"
    args = cli.build_parser().parse_args(["--demo"])
    assert common.data_dir(args) == tmp_path / "platform" / "demo"


def test_a_mistake_in_the_window_options_is_one_line(capsys):
    assert main(["--lang"]) == 2
    assert capsys.readouterr().err == "branch-desk: --lang 只能是 zh_CN 或 en。\n"
    with pytest.raises(SystemExit) as info:
        main(["--data-dir"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--data-dir" in err and "--help" in err
