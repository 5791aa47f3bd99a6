"""Reading while something else holds the data folder, and data on read-only media: commands that
only read open the database read-only and work; writers are refused with one line; nothing is
left behind beside a file that was only read."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db import clock
from db.datafolder import DB_FILE_NAME
from db.store import Store
from desktop.cli.entry import main
from tests.desktop.cli.read_only import read_only

ROOT = Path(__file__).resolve().parents[3]
TODAY = dt.date(2024, 6, 15)

READERS = [
    ["check"],
    ["coverage", "--month", "2024-05"],
    ["coverage", "--month", "2024-05", "--json"],
    ["concerns", "--month", "2024-05"],
    ["meetings", "--quarter", "2024-Q2"],
    ["meetings", "--year", "2024", "--branch", "第一", "--json"],
    ["report", "--month", "2024-05", "--out", "{out}/may.pdf"],
    ["export", "{out}/all.xlsx"],
    ["backup", "--out", "{out}/copy2.sqlite3"],
    ["sync", "conflicts"],
    ["sync", "history"],
    ["plan", "--month", "2024-05"],
    ["packet", "--area", "石门坎桥隧工区", "--out", "{out}/packet.pdf"],
    ["screenshot", "--page", "dashboard", "--out", "{out}/shot.png", "--size", "600x400"],
]
WRITERS = [
    ["demo"],
    ["import", "{out}/template.xlsx", "--yes"],
    ["sync", "import", "{out}/package.bdsync"],
    ["restore", "{out}/copy.sqlite3"],
    ["plan", "--month", "2024-07", "--fill"],
]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    saved, clock.today = clock.today, lambda: TODAY
    try:
        with Store.open(folder):
            from db import demo
            from db.sync import exchange_key

            demo.build("small", seed=1)
            exchange_key()  # the office PC's exchange key: every copy below shares it
    finally:
        clock.today = saved
    return folder


@pytest.fixture
def folders(demo_folder, tmp_path, monkeypatch):
    """A copy of the demo folder, and a writable folder with files for the writers to use."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(folder / DB_FILE_NAME, out / "copy.sqlite3")
    template = str(out / "template.xlsx")
    assert main(["--data-dir", str(folder), "export", "--template", template]) == 0
    other = tmp_path / "other"  # another machine of the same general branch, one area more
    shutil.copytree(demo_folder, other)
    (other / "device.json").unlink()
    with Store.open(other):
        from db import records, workareas

        records.create(workareas.KIND, {"name": "另一台电脑新建的工区"})
    assert main(["--data-dir", str(other), "sync", "export", "--out",
                 str(out / "package.bdsync")]) == 0
    return folder, out


def _line(argv, out):
    return [a.replace("{out}", str(out)) for a in argv]


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("argv", READERS, ids=[" ".join(a) for a in READERS])
def test_readers_work_in_a_read_only_folder(folders, capsys, argv):
    folder, out = folders
    capsys.readouterr()
    before = _files(folder)
    with read_only(folder):
        code = main(["--data-dir", str(folder), "--lang", "en", *_line(argv, out)])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert _files(folder) == before


def test_the_refusal_names_exactly_the_commands_that_work_read_only():
    from db.datafolder import READ_ONLY_FOLDER

    named = READ_ONLY_FOLDER.split("(")[1].split(")")[0].split(", ")
    # as a user types them: "sync conflicts", "backup --out" (a backup into the folder cannot)
    readers = {" ".join(argv[:2]) if argv[0] in ("sync", "backup") else argv[0]
               for argv in READERS}
    assert sorted(named) == sorted(readers)


@pytest.mark.parametrize("argv", [*WRITERS, ["backup"]], ids=[" ".join(a) for a in [*WRITERS,
                                                                                    ["backup"]]])
def test_writers_are_refused_in_a_read_only_folder(folders, capsys, argv):
    folder, out = folders
    capsys.readouterr()
    before = (folder / DB_FILE_NAME).read_bytes()
    with read_only(folder):
        code = main(["--data-dir", str(folder), "--lang", "en", *_line(argv, out)])
    captured = capsys.readouterr()
    assert code == 2 and captured.err.count("\n") == 1, captured.err
    if argv == ["backup"]:
        assert captured.err.startswith(f"branch-desk: Cannot write to {folder / 'backups'}")
    else:
        assert captured.err.startswith(
            f"branch-desk: The data folder {folder} is read-only, so nothing can be changed")
    assert (folder / DB_FILE_NAME).read_bytes() == before


def test_readers_work_beside_a_process_holding_the_folder(folders, capsys):
    """A real second process (as the open window is) holds the folder's lock."""
    folder, out = folders
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from db.store import Store; "
         "s = Store.open(sys.argv[1]); print('open', flush=True); sys.stdin.read(); s.close()",
         str(folder)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        capsys.readouterr()
        for argv in READERS:
            assert main(["--data-dir", str(folder), "--lang", "en", *_line(argv, out)]) == 0, argv
            assert capsys.readouterr().err == ""
        for argv in WRITERS:
            assert main(["--data-dir", str(folder), "--lang", "en", *_line(argv, out)]) == 2, argv
            assert capsys.readouterr().err.startswith(
                "branch-desk: Another Branch Desk is already using the data folder")
    finally:
        holder.communicate("", timeout=60)
    assert holder.returncode == 0


def test_a_closed_pipe_ends_quietly(folders):
    """`branch-desk check | head -1`: the reader goes away before the output is written."""
    folder, _out = folders
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(folder), "check"],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert err == "" and proc.returncode == 141


def test_restore_from_read_only_media_leaves_nothing_beside_it(folders, capsys):
    folder, out = folders
    media = out.parent / "media"
    media.mkdir()
    assert main(["--data-dir", str(folder), "backup", "--out", str(media / "b.sqlite3")]) == 0
    with Store.open(folder):
        from db import records, workareas

        records.create(workareas.KIND, {"name": "恢复后应消失的工区"})
    capsys.readouterr()
    with read_only(media):
        code = main(["--data-dir", str(folder), "--lang", "en", "restore",
                     str(media / "b.sqlite3")])
    assert (code, capsys.readouterr().err) == (0, "")
    assert sorted(p.name for p in media.iterdir()) == ["b.sqlite3"]
    # And from a writable folder, its own backups/ included: no -wal or -shm left there either.
    code = main(["--data-dir", str(folder), "restore", str(media / "b.sqlite3")])
    assert code == 0
    assert sorted(p.name for p in media.iterdir()) == ["b.sqlite3"]
    assert not [p for p in (folder / "backups").iterdir() if p.name.endswith(("-wal", "-shm"))]
    with Store.open(folder) as store:
        from db.models import WorkArea

        assert not WorkArea.select().where(WorkArea.name == "恢复后应消失的工区").exists()
        assert store.counts()["work_area"] > 0


def test_sync_import_into_a_read_only_database_file(folders, capsys):
    folder, out = folders
    capsys.readouterr()
    with read_only(folder / DB_FILE_NAME):
        code = main(["--data-dir", str(folder), "--lang", "en", "sync", "import",
                     str(out / "package.bdsync")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("branch-desk: The database is read-only"), err


def test_check_on_read_only_media_tells_the_files_journal_mode(folders, capsys):
    """Opened immutable there, SQLite says "delete" (an English word in a Chinese line, and not
    what the file is)."""
    folder, _out = folders
    capsys.readouterr()
    with read_only(folder):
        assert main(["--data-dir", str(folder), "--lang", "en", "check"]) == 0
        assert "journal mode: wal; foreign keys: on" in capsys.readouterr().out.splitlines()
        assert main(["--data-dir", str(folder), "check"]) == 0
        assert "日志模式：wal；外键约束：开启" in capsys.readouterr().out.splitlines()


def test_a_sealed_backup_from_read_only_media_without_a_key_says_why(tmp_path, capsys):
    """The first copy outside the folder makes the exchange key, which cannot be kept on a
    write-protected stick: the refusal said the folder is read-only and that backup --out works
    there."""
    folder = tmp_path / "stick"
    with Store.open(folder):
        from db import records, workareas

        records.create(workareas.KIND, {"name": "东站线路工区"})
    out = tmp_path / "office"
    out.mkdir()
    before = _files(folder)
    with read_only(folder):
        code = main(["--data-dir", str(folder), "--lang", "en", "backup", "--out",
                     str(out / "copy.sqlite3")])
    err = capsys.readouterr().err
    assert code == 2 and err == (
        f"branch-desk: {out / 'copy.sqlite3'} was not written: a copy outside the data folder "
        "is locked with the exchange key, and this database has none yet, nor can one be kept "
        "while its folder is read-only. Make the first such copy from a writable copy of the "
        "data folder.\n")
    assert list(out.iterdir()) == [] and _files(folder) == before
