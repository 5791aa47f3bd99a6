"""Backups of the database: on demand, automatic (one a day, the last 14 kept), and restore.

Copies use SQLite's online backup API, so they are consistent even with the WAL in use.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from db import clock, files, sealed
from db.errors import DataFolderError
from db.files import readable
from db.i18n import QT_TRANSLATE_NOOP
from db.snapshot import copy_connection, copy_file, read_only_connection
from db.store import DAMAGED, TOO_NEW, Store, inspect_file

KEEP_AUTOMATIC = 14
SEALED_PURPOSE = "backup"
AUTO_PREFIX = "auto-"

MISSING_FILE = QT_TRANSLATE_NOOP("db", "{path} cannot be restored: there is no such file.")
NOT_A_DATABASE_FILE = QT_TRANSLATE_NOOP(
    "db", "{path} cannot be restored: it is not a database, or it is damaged.")
NOT_BRANCH_DESK = QT_TRANSLATE_NOOP(
    "db", "{path} cannot be restored: it is a database of another program, not of Branch Desk.")
TOO_NEW_FILE = QT_TRANSLATE_NOOP(
    "db", "{path} cannot be restored: it was made by a newer Branch Desk (schema {found}, this one "
    "knows {known}).")
# Each refusal is one whole template, so the message translates as a whole.
REFUSALS = (MISSING_FILE, NOT_A_DATABASE_FILE, NOT_BRANCH_DESK, TOO_NEW_FILE)


def _stamp() -> str:
    """Local wall-clock time for file names: what the person will look for in the folder."""
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _free_name(folder: Path, stem: str) -> Path:
    """`stem.sqlite3` in `folder`, or `stem-2.sqlite3` ... if taken: a backup never replaces one."""
    target, n = folder / f"{stem}.sqlite3", 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}.sqlite3"
    return target


def _is_folder(path: Path, folder: Path) -> bool:
    return path.resolve() == folder.resolve()


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _staging(backups: Path, name: str) -> Path:
    """Where the plain copy waits to be sealed: beside the database it copies (backups/, whose
    leftovers are removed at the next start), or, when the data folder is read-only (a stick
    write-protected, a CD), a private temporary file that is removed at once after sealing."""
    try:
        backups.mkdir(parents=True, exist_ok=True)
        probe = backups / name
        probe.touch()
        return probe
    except OSError:
        handle, path = tempfile.mkstemp(suffix=".partial", prefix="branch-desk-")
        os.close(handle)
        return Path(path)


def backup_now(store: Store, *, prefix: str = "", out: Path | None = None) -> Path:
    """Copy the open database to `out` (default: the data folder's backups/ with a time stamp).

    A copy outside the data folder (a USB stick) is sealed with the general branch's exchange
    key, as a package is: whoever finds the stick reads nothing. `restore` opens it again on a
    machine that holds the key."""
    if out and _is_folder(Path(out).parent, store.folder.backups):
        store.folder.backups.mkdir(parents=True, exist_ok=True)  # the data folder's own layout
        target = Path(out)
    elif out:
        target = files.in_chosen_folder(out)  # never made: a stick pulled out is said so
    else:
        store.folder.backups.mkdir(parents=True, exist_ok=True)
        target = _free_name(store.folder.backups, f"{prefix}branch-desk-{_stamp()}")
    if _inside(target, store.folder.path):
        copy_connection(store.db.connection(), target)
        return target
    from db.sync.keys import installed_key, keep_key

    key = installed_key()
    made = key is None  # the first machine's key is kept once the copy is sealed (not before)
    key = key or sealed.new_key()
    plain = _staging(store.folder.backups, f"sealing-{_stamp()}.partial")
    try:
        copy_connection(store.db.connection(), plain)
        sealed.seal_file(plain, target, key, SEALED_PURPOSE)
    finally:
        plain.unlink(missing_ok=True)
    if made:
        keep_key(key)
    return target


def makes_key(store: Store, out: Path | None) -> bool:
    """Whether `backup_now(store, out=out)` stores a new exchange key (a sealed copy made before
    the machine has one), so the database must be open for writing."""
    from db.sync.keys import installed_key

    return out is not None and not _inside(Path(out), store.folder.path) and \
        installed_key() is None


def auto_backup(store: Store, *, keep: int = KEEP_AUTOMATIC,
                today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup if there is none yet; keep the newest `keep` of them.

    The database gets its full integrity check first (opening runs only the quick one): a damaged
    file raises DataFolderError and is not copied, so it never pushes a good backup out."""
    day = (today or clock.today()).strftime("%Y%m%d")
    existing = sorted(store.folder.backups.glob(f"{AUTO_PREFIX}branch-desk-*.sqlite3"))
    made = None
    if not any(p.name.startswith(f"{AUTO_PREFIX}branch-desk-{day}") for p in existing):
        result = store.db.execute_sql("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise DataFolderError(DAMAGED, path=str(store.folder.db_path), detail=result[0][0])
        made = store.folder.backups / f"{AUTO_PREFIX}branch-desk-{day}.sqlite3"
        copy_connection(store.db.connection(), made)
        existing = sorted([*existing, made])
    for old in existing[:-keep] if keep else existing:
        old.unlink(missing_ok=True)
    return made


def check_restorable(source: Path) -> None:
    """Raise DataFolderError (one of REFUSALS) unless `source` is a healthy Branch Desk database."""
    if not source.is_file():
        raise DataFolderError(MISSING_FILE, path=str(source))
    readable(source)
    try:
        inspect_file(source, full=True)
    except DataFolderError as exc:
        if exc.template == TOO_NEW:
            raise DataFolderError(TOO_NEW_FILE, path=str(source), found=exc.params["found"],
                                  known=exc.params["known"]) from exc
        raise DataFolderError(NOT_A_DATABASE_FILE, path=str(source)) from exc
    with read_only_connection(source) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"organisation", "member", "visit"} <= tables:
        raise DataFolderError(NOT_BRANCH_DESK, path=str(source))


def restore(store: Store, source: Path) -> tuple[Store, Path]:
    """Replace the database with `source` after a safety backup of the current one.

    Returns the reopened store and the safety backup's path. A file that is not a healthy Branch
    Desk database is refused and nothing changes.
    """
    source = readable(source)
    opened = None
    if sealed.is_sealed(source):
        from db.sync.keys import installed_key

        key = installed_key()
        if key is None:
            raise sealed.SealedError(sealed.WRONG_KEY, path=str(source))
        opened = store.folder.backups / f"restoring-{_stamp()}.partial"  # removed at start
        sealed.unseal_file(source, opened, key, SEALED_PURPOSE)
    try:
        return _restore_plain(store, source, opened or source)
    finally:
        if opened is not None:
            opened.unlink(missing_ok=True)


def _restore_plain(store: Store, named: Path, source: Path) -> tuple[Store, Path]:
    try:
        check_restorable(source)
    except DataFolderError as exc:
        raise DataFolderError(exc.template, **{**exc.params, "path": str(named)}) from exc
    safety = backup_now(store, prefix="before-restore-")
    folder = store.folder
    store.db.close()
    target = folder.db_path
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    copy_file(source, target)
    folder.unlock()
    return Store.open(folder.path), safety
