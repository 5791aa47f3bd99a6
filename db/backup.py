"""Backups of the database: on demand, automatic (one a day, the last 14 kept), and restore.

Copies use SQLite's online backup API, so they are consistent even with the WAL in use.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from db.errors import DataFolderError
from db.snapshot import copy_connection, copy_file
from db.i18n import QT_TRANSLATE_NOOP
from db.store import Store, inspect_file

KEEP_AUTOMATIC = 14
AUTO_PREFIX = "auto-"

NOT_A_BACKUP = QT_TRANSLATE_NOOP("db", "{path} cannot be restored: {reason}")


def backup_now(store: Store, *, prefix: str = "", out: Path | None = None) -> Path:
    """Copy the open database to `out` (default: the data folder's backups/ with a time stamp)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(out) if out else store.folder.backups / f"{prefix}branch-desk-{stamp}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_connection(store.db.connection(), target)
    return target


def auto_backup(store: Store, *, keep: int = KEEP_AUTOMATIC, today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup if there is none yet; keep the newest `keep` of them."""
    day = (today or dt.date.today()).strftime("%Y%m%d")
    existing = sorted(store.folder.backups.glob(f"{AUTO_PREFIX}branch-desk-*.sqlite3"))
    made = None
    if not any(p.name.startswith(f"{AUTO_PREFIX}branch-desk-{day}") for p in existing):
        made = store.folder.backups / f"{AUTO_PREFIX}branch-desk-{day}.sqlite3"
        copy_connection(store.db.connection(), made)
        existing = sorted([*existing, made])
    for old in existing[:-keep] if keep else existing:
        old.unlink(missing_ok=True)
    return made


def restore(store: Store, source: Path) -> tuple[Store, Path]:
    """Replace the database with `source` after a safety backup of the current one.

    Returns the reopened store and the safety backup's path. A file that is not a healthy Branch Desk
    database is refused and nothing changes.
    """
    source = Path(source)
    try:
        inspect_file(source)
    except DataFolderError as exc:
        raise DataFolderError(NOT_A_BACKUP, path=str(source), reason=exc.message) from exc
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if not {"organisation", "member", "visit"} <= tables:
        raise DataFolderError(NOT_A_BACKUP, path=str(source), reason="no Branch Desk tables")
    safety = backup_now(store, prefix="before-restore-")
    folder = store.folder
    store.db.close()
    target = folder.db_path
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    copy_file(source, target)
    folder.unlock()
    return Store.open(folder.path), safety
