"""A backup outside the data folder is sealed; a full disk is said as such and leaves nothing."""
from __future__ import annotations

import errno
import sqlite3

import pytest

from db import records, sealed, workareas
from db.backup import backup_now, restore
from db.models import ExchangeLog, WorkArea, database
from db.store import Store, remove_leftovers
from db.sync import export_package, import_package
from desktop.i18n import error_text
from tests.db.helpers import digest


def test_a_backup_on_a_stick_is_sealed_and_restores(store, tmp_path):
    area = records.create(workareas.KIND, {"name": "东站工区"}).id
    stick = tmp_path / "usb" / "copy.sqlite3"
    stick.parent.mkdir()  # the stick, plugged in
    backup_now(store, out=stick)
    assert sealed.is_sealed(stick) and "东站工区".encode() not in stick.read_bytes()
    records.delete(workareas.KIND, area)
    store, _safety = restore(store, stick)
    try:
        assert not WorkArea.get_by_id(area).deleted
    finally:
        store.close()


def test_a_sealed_backup_needs_the_key(store, tmp_path):
    records.create(workareas.KIND, {"name": "东站工区"})
    stick = tmp_path / "usb" / "copy.sqlite3"
    stick.parent.mkdir()  # the stick, plugged in
    backup_now(store, out=stick)
    with Store.open(tmp_path / "stranger") as stranger:
        before = digest(database)
        with pytest.raises(sealed.SealedError):
            restore(stranger, stick)
        assert digest(database) == before


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_during_export_is_said_and_leaves_nothing(store, tmp_path, monkeypatch):
    records.create(workareas.KIND, {"name": "东站工区"})
    monkeypatch.setattr(sealed.Writer, "_emit", _disk_full)
    out = tmp_path / "usb" / "p.bdsync"
    out.parent.mkdir()  # the stick, plugged in
    with pytest.raises(OSError) as failed:
        export_package(store.device, out)
    assert "disk is full" in error_text(failed.value)
    assert list(out.parent.iterdir()) == [] and ExchangeLog.select().count() == 0


def test_a_full_disk_during_a_sealed_backup_leaves_nothing(store, tmp_path, monkeypatch):
    monkeypatch.setattr(sealed.Writer, "_emit", _disk_full)
    out = tmp_path / "usb" / "copy.sqlite3"
    out.parent.mkdir()  # the stick, plugged in
    with pytest.raises(OSError) as failed:
        backup_now(store, out=out)
    assert "disk is full" in error_text(failed.value)
    assert list(out.parent.iterdir()) == []
    assert not list(store.folder.backups.glob("*.partial"))


def test_a_full_disk_during_an_import_is_said_and_changes_nothing(devices, monkeypatch):
    from db.sync import merge

    with devices.on("office"):
        records.create(workareas.KIND, {"name": "东站工区"})
    package = devices.export("office", full=True)
    store = devices.open("laptop_a")
    before = digest(database)

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(merge._Merger, "finish", full)
    with pytest.raises(sqlite3.OperationalError) as failed:
        import_package(package, store.device)
    assert "disk is full" in error_text(failed.value)
    assert digest(database) == before


def test_leftovers_of_a_killed_restore_are_removed_at_the_next_start(tmp_path):
    folder = tmp_path / "data"
    Store.open(folder).close()
    for leftover in (folder / "branch-desk.sqlite3.partial",
                     folder / "backups" / "restoring-20261201-101010.partial"):
        leftover.write_bytes(b"half a copy")
    with Store.open(folder) as opened:
        assert not list(opened.folder.path.rglob("*.partial"))
        assert remove_leftovers(opened.folder) == []
