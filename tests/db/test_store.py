import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee as pw
import pytest

from db import migrations, models
from db.datafolder import DB_FILE_NAME, DataFolder
from db.errors import DataFolderError
from db.store import DAMAGED, NOT_A_DATABASE, TOO_NEW, Store
from tests.db.helpers import template_is_translated

ROOT = Path(__file__).resolve().parents[2]


def _pragma(store, name):
    return store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_a_new_folder_gets_a_configured_current_database(tmp_path):
    with Store.open(tmp_path / "new" / "folder") as store:
        assert store.folder.db_path.exists() and store.folder.backups.is_dir()
        assert _pragma(store, "journal_mode") == "wal"
        assert _pragma(store, "foreign_keys") == 1
        assert _pragma(store, "busy_timeout") == 5000
        assert _pragma(store, "integrity_check") == "ok"
        assert store.schema_version() == migrations.LATEST
        assert list(store.folder.backups.iterdir()) == []  # nothing to copy for a new file
        device = store.device
    with Store.open(tmp_path / "new" / "folder") as again:
        assert again.device == device  # one identity per installation


def test_the_migrated_schema_is_what_the_models_declare(store):
    """Guards future migrations: every model's table and column exists with the same NOT NULL."""
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        actual = {row[1]: bool(row[3]) for row in
                  store.db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        declared = {f.column_name: not f.null for f in model._meta.sorted_fields}
        assert actual == declared, table


def test_foreign_keys_are_enforced(store):
    with pytest.raises(pw.IntegrityError):
        store.db.execute_sql(
            "INSERT INTO assignment (id, created_at, modified_at, modified_by, rev, rev_history, "
            "seq, deleted, member_id, work_area_id, start_on) "
            "VALUES ('x', '', '', '', '', '[]', 1, 0, 'no', 'no', '2020-01-01')")


def _v1_database(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / DB_FILE_NAME
    db = pw.SqliteDatabase(str(path))
    db.connect()
    assert migrations.migrate(db, target=1) == [1]
    db.execute_sql(
        "INSERT INTO work_area (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
        "deleted, name, code, line_section, location, access_tier, headcount, active, notes) "
        "VALUES ('wa-1', '2020-01-01 00:00:00', '2020-01-01 00:00:00', 'old', '1-a', '[]', 1, 0, "
        "'柳州站', '', '', '', 2, 12, 1, '')")
    db.close()
    return path


def test_an_older_database_is_copied_then_upgraded_keeping_its_rows(tmp_path):
    path = _v1_database(tmp_path / "data")
    with Store.open(tmp_path / "data") as store:
        assert store.schema_version() == migrations.LATEST
        assert [a.name for a in models.WorkArea.select()] == ["柳州站"]
        indexes = {r[1] for r in store.db.execute_sql("PRAGMA index_list('concern')")}
        assert "concern_owner_status" in indexes  # step 2 ran
        copies = list(store.folder.backups.glob("before-migration-v1-*"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT name FROM work_area").fetchall() == [("柳州站",)]
    finally:
        old.close()
    assert path.exists()


def test_the_copy_before_migrating_includes_what_is_still_in_the_wal(tmp_path):
    """After a crash the newest rows may live only in the -wal file; the copy must hold them."""
    source = tmp_path / "source"
    _v1_database(source)
    db = sqlite3.connect(source / DB_FILE_NAME)
    db.execute("PRAGMA journal_mode=wal")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("INSERT INTO meta (key, value) VALUES ('note', 'only in the wal')")
    db.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for file in source.iterdir():  # the files as a killed process leaves them
        (crashed / file.name).write_bytes(file.read_bytes())
    db.close()
    assert (crashed / (DB_FILE_NAME + "-wal")).stat().st_size > 0
    with Store.open(crashed) as store:
        assert models.Meta.get_by_id("note").value == "only in the wal"
        copy = next(store.folder.backups.glob("before-migration-v1-*"))
    old = sqlite3.connect(copy)
    try:
        assert old.execute("SELECT value FROM meta WHERE key='note'").fetchall() == [
            ("only in the wal",)]
    finally:
        old.close()


def _real_database_bytes(tmp_path) -> bytes:
    with Store.open(tmp_path / "real") as store:
        from db import records, workareas

        for n in range(200):
            records.create(workareas.KIND, {"name": f"工区{n}", "notes": "备注" * 50})
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = store.folder.db_path
    return path.read_bytes()


def _corruptions(tmp_path):
    real = _real_database_bytes(tmp_path)
    yield "random bytes", os.urandom(8192)
    yield "header then garbage", real[:100] + os.urandom(len(real) - 100)
    yield "truncated", real[: len(real) // 3]
    yield "a text file", "这不是数据库\n".encode() * 100


def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path):
    for n, (label, content) in enumerate(_corruptions(tmp_path)):
        folder = tmp_path / f"bad{n}"
        folder.mkdir()
        (folder / DB_FILE_NAME).write_bytes(content)
        with pytest.raises(DataFolderError) as info:
            Store.open(folder)
        assert info.value.template in (NOT_A_DATABASE, DAMAGED), label
        assert str(folder / DB_FILE_NAME) in info.value.message
        assert (folder / DB_FILE_NAME).read_bytes() == content, label
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            [DB_FILE_NAME, "backups", ".lock"]), label
        other = DataFolder(folder)
        other.lock()  # the refused open released the folder
        other.unlock()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    with Store.open(tmp_path / "d") as store:
        store.db.execute_sql(f"PRAGMA user_version = {migrations.LATEST + 1}")
        path = store.folder.db_path
    content = path.read_bytes()
    with pytest.raises(DataFolderError) as info:
        Store.open(tmp_path / "d")
    assert info.value.template == TOO_NEW
    assert info.value.params["found"] == migrations.LATEST + 1
    assert path.read_bytes() == content


def test_a_second_open_in_this_process_is_refused_until_closed(tmp_path):
    first = Store.open(tmp_path / "d")
    with pytest.raises(DataFolderError) as info:
        Store.open(tmp_path / "d")
    assert "Another Branch Desk" in info.value.message
    first.close()
    Store.open(tmp_path / "d").close()


HOLD = """
import sys
from db.store import Store
from db import records, workareas
store = Store.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
store.close()
print("closed", flush=True)
"""


def test_a_second_process_on_the_same_folder_is_refused(tmp_path):
    folder = tmp_path / "shared"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DataFolderError) as info:
            Store.open(folder)
        assert info.value.params == {"path": str(folder.resolve())}
        assert "already using the data folder" in info.value.message
        assert template_is_translated(info.value.template)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    with Store.open(folder) as store:  # released when the other process closed
        assert store.schema_version() == migrations.LATEST


def test_every_lifecycle_message_is_translated():
    assert all(template_is_translated(t) for t in (NOT_A_DATABASE, DAMAGED, TOO_NEW))


def test_counts_leave_out_the_trash(store, make):
    from db import records, workareas

    make.area()
    records.delete(workareas.KIND, make.area().id)
    counts = store.counts()
    assert counts["work_area"] == 1 and counts["organisation"] == 1 and counts["visit"] == 0


def test_a_failed_migration_closes_the_connection_and_the_folder(tmp_path, monkeypatch):
    _v1_database(tmp_path / "d")
    opened = []

    def broken(db, target=migrations.LATEST):
        opened.append(db)
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "migrate", broken)
    with pytest.raises(RuntimeError, match="step failed"):
        Store.open(tmp_path / "d")
    assert len(opened) == 1 and opened[0].is_closed()
    monkeypatch.undo()
    with Store.open(tmp_path / "d") as store:
        assert store.schema_version() == migrations.LATEST


def _damage_an_index(path: Path) -> None:
    """Make an index disagree with its table: quick_check misses it, integrity_check does not."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX \"work_area_name\" ON "
                 "\"work_area\" (\"code\")' WHERE name = 'work_area_name'")
    conn.commit()
    conn.close()


def test_open_runs_the_quick_check_and_a_migration_the_full_one(tmp_path, monkeypatch):
    from db import records, workareas

    with Store.open(tmp_path / "d") as store:
        records.create(workareas.KIND, {"name": "东站工区", "code": "E1"})
        path = store.folder.db_path
    _damage_an_index(path)
    Store.open(tmp_path / "d").close()  # the quick check at every open passes it
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(DataFolderError) as info:
        Store.open(tmp_path / "d")  # before migrating, the full check refuses it
    assert info.value.template == DAMAGED
    assert not list((tmp_path / "d" / "backups").iterdir())


def test_open_gives_the_query_planner_statistics(tmp_path):
    with Store.open(tmp_path / "d") as store:
        assert store.db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
