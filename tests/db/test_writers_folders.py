"""The db layer's file writers (a backup copy, an exchange package, a key file) never make the
folder they are to write into: a USB stick pulled out after its folder was chosen, or a folder
named wrongly, is refused in one translated line, the folder is not made on this computer's
disk, and the database is left as it was (no key made, no export logged). The data folder's own
backups/ is the app's layout and is made again when missing."""
from __future__ import annotations

import shutil

import pytest

from db import files, records, workareas
from db.backup import backup_now
from db.errors import BranchDeskError
from db.sync import export_package, installed_key, write_key_file
from tests.db.helpers import digest, template_is_translated


@pytest.fixture
def stick(tmp_path, store):
    records.create(workareas.KIND, {"name": "东站工区"})
    gone = tmp_path / "stick"  # chosen, then pulled out
    return gone


WRITERS = {
    "backup": lambda store, folder: backup_now(store, out=folder / "copy.sqlite3"),
    "package": lambda store, folder: export_package(store.device, folder / "p.bdsync"),
    "key": lambda store, folder: write_key_file(folder / "branch.bdkey"),
    "key with a passphrase": lambda store, folder: write_key_file(folder / "b.bdkey", "秘密口令"),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_missing_folder_is_refused_not_made(store, stick, writer):
    assert installed_key() is None
    before = digest(store.db)
    with pytest.raises(BranchDeskError) as info:
        WRITERS[writer](store, stick)
    assert info.value.template == files.FOLDER_GONE
    assert info.value.params == {"folder": str(stick)}
    assert not stick.exists()
    assert digest(store.db) == before      # no key kept, no export in the history
    assert template_is_translated(files.FOLDER_GONE)


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_folder_that_is_there_is_written_into(store, stick, writer):
    stick.mkdir()
    assert WRITERS[writer](store, stick) is not None
    assert len(list(stick.iterdir())) == 1


def test_a_deeper_missing_folder_is_refused_too(store, stick):
    with pytest.raises(BranchDeskError):
        export_package(store.device, stick / "a" / "b" / "p.bdsync")
    assert not stick.exists()


def test_the_data_folder_s_own_backups_folder_is_made_again(store):
    shutil.rmtree(store.folder.backups)
    copy = backup_now(store)                                       # the automatic place
    assert copy.parent == store.folder.backups
    shutil.rmtree(store.folder.backups)
    chosen = backup_now(store, out=store.folder.backups / "mine.sqlite3")
    assert chosen.exists()


def test_another_folder_inside_the_data_folder_is_not_made(store):
    with pytest.raises(BranchDeskError):
        backup_now(store, out=store.folder.path / "elsewhere" / "copy.sqlite3")
    assert not (store.folder.path / "elsewhere").exists()
