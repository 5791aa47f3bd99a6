"""Opening and closing the branch's database in a data folder.

`Store.open(path)` claims the folder (one process at a time), refuses a file that is not a healthy
Branch Desk database without touching it, copies the file before any migration, migrates, sets
WAL / foreign keys / busy timeout, and binds the peewee proxy used by every db function.
"""
from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from db import migrations, snapshot
from db.datafolder import DataFolder, Device
from db.errors import DataFolderError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import SYNC_MODELS, database
from db.organisation import get_organisation

# synchronous=FULL: a commit the person saw as saved survives a power cut (NORMAL keeps the file
# consistent but may roll the last commits back). secure_delete: text removed from a row (a
# deleted private visit's summary) is overwritten, not left in free pages.
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": "full",
           "secure_delete": 1}
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}
SQLITE_HEADER = b"SQLite format 3\x00"
ANALYSIS_LIMIT = 0  # ANALYZE reads whole indexes: sampled figures (400 rows) misled the planner

NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "db", "{path} is not a Branch Desk database (it may be damaged). It was left untouched; "
    "restore a backup or choose another data folder.")
DAMAGED = QT_TRANSLATE_NOOP(
    "db", "The database {path} failed its integrity check ({detail}). It was left untouched; "
    "restore a backup.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "db", "The database {path} was made by a newer Branch Desk (schema {found}, this one knows "
    "{known}). Update Branch Desk to open it.")


def inspect_file(path: Path, *, full: bool = False) -> int:
    """Check a database file without writing to it; returns its schema version.

    Raises DataFolderError when it is not an SQLite file, fails the integrity check, or is too new.
    Every open runs `quick_check` (0.1 s at depot scale); `full` runs `integrity_check`, which
    also compares every index with its table (1 s), and is used before a migration, on a file to
    be restored, before each automatic backup and by `branch-desk check`.
    """
    _check_header(path)
    try:
        with snapshot.read_only_connection(path) as conn:
            result = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}")\
                .fetchall()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if disk_trouble(exc):  # a full or failing disk: say so, not "damaged"
            raise
        raise DataFolderError(NOT_A_DATABASE, path=str(path)) from exc
    if result != [("ok",)]:
        raise DataFolderError(DAMAGED, path=str(path), detail=result[0][0])
    if version > migrations.LATEST:
        raise DataFolderError(TOO_NEW, path=str(path), found=version, known=migrations.LATEST)
    return version


def file_version(path: Path) -> int:
    """The schema version a database file states, read without checking the file (a millisecond,
    where `inspect_file` reads all of it); raises DataFolderError when it is not an SQLite file.
    The window opens a current file on this and runs `inspect_file` beside its first figures,
    writing nothing until the check has passed."""
    _check_header(path)
    try:
        with snapshot.read_only_connection(path) as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if disk_trouble(exc):  # as inspect_file: a full or failing disk is said as such
            raise
        raise DataFolderError(NOT_A_DATABASE, path=str(path)) from exc


def _check_header(path: Path) -> None:
    """Raise DataFolderError unless the file opens and starts as an SQLite database does."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DataFolderError(NOT_A_DATABASE, path=str(path)) from exc
    if header != SQLITE_HEADER:
        raise DataFolderError(NOT_A_DATABASE, path=str(path))


def disk_trouble(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed for the disk's sake (full: on opening, the `-shm` file cannot grow;
    an I/O error), not for what the file holds."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_IOERR", "SQLITE_FULL")) or "is full" in str(exc)


def _is_current(path: Path) -> bool:
    """Whether `path` is a Branch Desk database of this version (checked; raises if damaged)."""
    return path.is_file() and path.stat().st_size > 0 and inspect_file(path) == migrations.LATEST


def refresh_statistics(db: pw.SqliteDatabase) -> None:
    """Give the query planner figures about the tables (90 ms at depot scale).

    Without statistics SQLite prefers the index on `deleted` (one value for almost every row) and
    a month's coverage query reads every visit link of ten years: 80 ms instead of 2 ms.
    """
    db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute_sql("ANALYZE")


def _has_statistics(db: pw.SqliteDatabase) -> bool:
    return bool(db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone())


def remove_leftovers(folder: DataFolder) -> list[Path]:
    """Delete the `.partial` files a copy, export or restore that was killed midway left behind
    (the folder is locked by this process, so none of them is being written)."""
    removed = []
    for place in (folder.path, folder.backups):
        for leftover in place.glob("*.partial"):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass  # cannot remove it now; it is harmless and tried again next time
    return removed


@dataclass
class Store:
    folder: DataFolder
    device: Device
    db: pw.SqliteDatabase
    read_only: bool = False
    made_files: list[Path] = field(default_factory=list)  # a reader's -wal/-shm, removed at close

    @classmethod
    def open(cls, path: Path | str, *, lock: bool = True, checked: int | None = None,
             read_only: bool = False) -> Store:
        """Open (and migrate) the folder's database. `checked` is the schema version
        `inspect_file` gave a moment ago (the window runs that check off the GUI thread), so the
        file is not checked twice. `read_only` opens a current database for reading only,
        without claiming the folder, so it works beside an open window (or on read-only media);
        a database that does not exist yet or needs a migration is opened for writing instead."""
        folder = DataFolder(path)
        if read_only and _is_current(folder.db_path):
            return cls._open_read_only(folder)
        folder.ensure()
        if lock:
            folder.lock()
        try:
            return cls._open_locked(folder, checked)
        except BaseException:
            folder.unlock()
            raise

    @classmethod
    def _open_locked(cls, folder: DataFolder, checked: int | None = None) -> Store:
        remove_leftovers(folder)
        path = folder.db_path
        if checked is not None:
            version = checked
        else:
            version = inspect_file(path) if path.exists() and path.stat().st_size else 0
        if 0 < version < migrations.LATEST:
            inspect_file(path, full=True)
            snapshot.copy_file(path, folder.backups / f"before-migration-v{version}-{path.name}")
        device = folder.device()
        db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
        database.initialize(db)
        db.connect()
        try:
            migrations.migrate(db)
            if not _has_statistics(db):
                refresh_statistics(db)
            db.device_id = device.id  # records.current_device() reads it from the connection
            with db.atomic():
                get_organisation()
        except BaseException:
            db.close()
            raise
        return cls(folder, device, db)

    @classmethod
    def _open_read_only(cls, folder: DataFolder) -> Store:
        path = folder.db_path
        made = snapshot.missing_sidecars(path)
        device = folder.device(create=False)
        db = pw.SqliteDatabase(snapshot.read_only_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS,
                               check_same_thread=False)
        db.device_id = device.id  # records.current_device() reads it from the connection
        database.initialize(db)
        db.connect()
        return cls(folder, device, db, read_only=True, made_files=made)

    def close(self, *, optimize: bool = True) -> None:
        """Close the connection and let go of the folder; `optimize=False` writes nothing (a
        file that failed its check)."""
        if self.read_only:
            self.db.close()
            snapshot.remove_sidecars(self.made_files)
            return
        try:
            if optimize and not self.db.is_closed():
                # SQLite's advice: re-sample tables that grew a lot while this connection used
                # them (not possible on a file that turned out read-only: nothing lost then).
                with contextlib.suppress(pw.OperationalError):
                    self.db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
                    self.db.execute_sql("PRAGMA optimize")
        finally:
            self.db.close()
            self.folder.unlock()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def counts(self) -> dict[str, int]:
        """Live rows per table (the trash not counted)."""
        return {m._meta.table_name: m.select().where(~m.deleted).count() for m in SYNC_MODELS}

    def schema_version(self) -> int:
        return migrations.schema_version(self.db)

    def journal_mode(self) -> str:
        """The file's journal mode as SQLite names it (wal). A file opened immutable on read-only
        media reports "delete" whatever it is, so there the file's header says (byte 18 is 2 in
        a WAL-mode file)."""
        mode = self.db.execute_sql("PRAGMA journal_mode").fetchone()[0]
        if self.read_only and mode == "delete":
            with open(self.folder.db_path, "rb") as handle:
                handle.seek(18)
                if handle.read(1) == b"\x02":
                    return "wal"
        return mode
