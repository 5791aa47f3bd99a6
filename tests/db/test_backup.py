import datetime as dt
import sqlite3

import pytest

from db import backup, records, workareas
from db.backup import auto_backup, backup_now, restore
from db.errors import DataFolderError
from db.models import WorkArea
from db.workareas import list_work_areas
from tests.db.helpers import digest, template_is_translated


def _names():
    return [a.name for a in list_work_areas()]


def _names_in(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM work_area WHERE NOT deleted"))
    finally:
        conn.close()


def test_backup_then_restore_brings_back_the_data(store):
    records.create(workareas.KIND, {"name": "甲"})
    copy = backup_now(store)
    assert copy.parent == store.folder.backups and _names_in(copy) == ["甲"]
    records.create(workareas.KIND, {"name": "乙"})
    records.delete(workareas.KIND, WorkArea.get(WorkArea.name == "甲").id)
    assert _names() == ["乙"]
    reopened, safety = restore(store, copy)
    try:
        assert _names() == ["甲"]
        assert reopened.folder.path == store.folder.path
        assert safety.exists() and _names_in(safety) == ["乙"]
        assert reopened.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        reopened.close()


def test_backup_to_a_chosen_file_in_the_data_folder(store):
    records.create(workareas.KIND, {"name": "甲"})
    chosen = store.folder.path / "elsewhere" / "copy.sqlite3"  # outside it: sealed (see
    chosen.parent.mkdir()                                     # test_backup_sealed.py)
    out = backup_now(store, out=chosen)
    assert out == chosen and _names_in(out) == ["甲"]


def test_two_backups_in_the_same_second_are_both_kept(store, monkeypatch):
    monkeypatch.setattr(backup, "_stamp", lambda: "20240615-120000")
    records.create(workareas.KIND, {"name": "甲"})
    first = backup_now(store)
    records.create(workareas.KIND, {"name": "乙"})
    second = backup_now(store)
    assert first != second
    assert _names_in(first) == ["甲"] and _names_in(second) == ["乙", "甲"]


def test_restoring_twice_quickly_keeps_both_safety_copies(store, monkeypatch):
    monkeypatch.setattr(backup, "_stamp", lambda: "20240615-120000")
    records.create(workareas.KIND, {"name": "原"})
    empty = backup_now(store, prefix="empty-")
    store, first_safety = restore(store, empty)
    store, second_safety = restore(store, empty)
    try:
        assert first_safety != second_safety and _names_in(first_safety) == ["原"]
    finally:
        store.close()


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restoring_a_file_that_is_not_a_database_changes_nothing(store, tmp_path, content):
    records.create(workareas.KIND, {"name": "甲"})
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before, backups = digest(store.db), sorted(store.folder.backups.iterdir())
    with pytest.raises(DataFolderError) as info:
        restore(store, bad)
    assert str(bad) in info.value.message and template_is_translated(info.value.template)
    assert digest(store.db) == before and sorted(store.folder.backups.iterdir()) == backups
    assert bad.read_bytes() == content and _names() == ["甲"]


def test_restoring_a_missing_file_says_so(store, tmp_path):
    with pytest.raises(DataFolderError) as info:
        restore(store, tmp_path / "nope.sqlite3")
    assert info.value.template == backup.MISSING_FILE
    assert template_is_translated(info.value.template)


def test_restoring_an_sqlite_file_of_another_program_is_refused(store, tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DataFolderError) as info:
        restore(store, other)
    assert info.value.template == backup.NOT_BRANCH_DESK
    assert all(template_is_translated(t) for t in backup.REFUSALS)


def test_every_refusal_names_the_file_and_the_reason_in_one_translatable_template():
    """No English fragment glued into a template: the whole message must translate."""
    for template in backup.REFUSALS:
        assert "{path}" in template and "{reason}" not in template


def test_auto_backup_makes_one_a_day_and_keeps_fourteen(store, monkeypatch):
    day = dt.date(2024, 6, 1)
    made = []
    for n in range(20):
        monkeypatch.setattr("db.clock.today", lambda d=day + dt.timedelta(days=n): d)
        made.append(auto_backup(store))
        assert auto_backup(store) is None  # once a day
    autos = sorted(p.name for p in store.folder.backups.glob("auto-*"))
    assert len(autos) == 14
    assert autos[0] == "auto-branch-desk-20240607.sqlite3"
    assert autos[-1] == "auto-branch-desk-20240620.sqlite3"
    assert all(p is not None for p in made)


def test_auto_backup_leaves_other_backups_alone(store):
    manual = backup_now(store)
    for n in range(3):
        auto_backup(store, keep=1, today=dt.date(2024, 1, 1 + n))
    assert manual.exists() and len(list(store.folder.backups.glob("auto-*"))) == 1


def test_auto_backup_refuses_a_database_that_fails_the_full_check(store, monkeypatch):
    """A damaged file must not be copied and rotate a good backup out."""
    real = store.db.execute_sql

    def damaged(sql, *args, **kwargs):
        if sql == "PRAGMA integrity_check":
            return sqlite3.connect(":memory:").execute("SELECT 'row 1 missing from index i'")
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(store.db, "execute_sql", damaged)
    with pytest.raises(DataFolderError) as info:
        auto_backup(store, today=dt.date(2024, 5, 1))
    assert "row 1 missing" in info.value.message
    assert not list(store.folder.backups.glob("auto-*"))
