"""check, backup and restore."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.datafolder import READ_ONLY_FOLDER
from db.errors import BranchDeskError, DataFolderError
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    Subcommands,
    add_overwrite,
    not_a_folder,
    opened_store,
    output_file,
    readable,
    say,
    text,
    translator,
    writable_folder,
)

DATABASE = QT_TRANSLATE_NOOP("cli", "database: {path}")
INTEGRITY = QT_TRANSLATE_NOOP("cli", "integrity: {result}")
SCHEMA = QT_TRANSLATE_NOOP("cli", "schema version: {version}")
MODE = QT_TRANSLATE_NOOP("cli", "journal mode: {mode}; foreign keys: {foreign}")
ON = QT_TRANSLATE_NOOP("cli", "on")
OFF = QT_TRANSLATE_NOOP("cli", "off")
OK = QT_TRANSLATE_NOOP("cli", "ok")
DEVICE = QT_TRANSLATE_NOOP("cli", "device: {name} ({id})")
NO_DEVICE = QT_TRANSLATE_NOOP("cli", "device: none yet (this folder has not been written to)")
ROWS = QT_TRANSLATE_NOOP("cli", "rows in each table:")
COUNT = QT_TRANSLATE_NOOP("cli", "  {table}: {count}")
NO_KEY_TO_SEAL = QT_TRANSLATE_NOOP(
    "db", "{path} was not written: a copy outside the data folder is locked with the exchange "
          "key, and this database has none yet, nor can one be kept while its folder is "
          "read-only. Make the first such copy from a writable copy of the data folder.")
RESTORED = QT_TRANSLATE_NOOP(
    "cli", "restored {source}; the previous database was saved as {safety}")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("check", help=QT_TRANSLATE_NOOP(
        "cli", "check the database: integrity, schema version, row counts"))
    p.set_defaults(run=run_check)
    p = sub.add_parser("backup", help=QT_TRANSLATE_NOOP(
        "cli", "copy the database into the backups folder (or --out FILE)"))
    p.add_argument("--out", type=Path, help=QT_TRANSLATE_NOOP("cli", "where to write the copy"))
    add_overwrite(p)
    p.set_defaults(run=run_backup)
    p = sub.add_parser("restore", help=QT_TRANSLATE_NOOP(
        "cli", "replace the database with a backup (the current one is "
                                       "saved first)"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=run_restore)


def table_name(args: argparse.Namespace, table: str) -> str:
    """A synced table as a person calls it (db.table_names), in the session's language."""
    from desktop.i18n import table_label

    return table_label(table, translator(args))


def row_name(args: argparse.Namespace, table: str) -> str:
    """One record of a synced table as a person calls it (db.table_names), in the session's
    language."""
    from desktop.i18n import row_label

    return row_label(table, translator(args))


def run_check(args: argparse.Namespace) -> int:
    with opened_store(args, read_only=True) as store:
        integrity = store.db.execute_sql("PRAGMA integrity_check").fetchone()[0]
        mode = store.journal_mode()
        foreign = store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        say(args, DATABASE, path=store.folder.db_path)
        say(args, INTEGRITY, result=text(args, OK) if integrity == "ok" else integrity)
        say(args, SCHEMA, version=store.schema_version())
        say(args, MODE, mode=mode, foreign=text(args, ON if foreign else OFF))
        if store.device.id:
            say(args, DEVICE, name=store.device.name, id=store.device.id)
        else:
            say(args, NO_DEVICE)
        say(args, ROWS)
        for table, count in store.counts().items():
            say(args, COUNT, table=table_name(args, table), count=count)
        return 0 if integrity == "ok" else 1


def run_backup(args: argparse.Namespace) -> int:
    from db.backup import backup_now, makes_key

    out = output_file(args.out, overwrite=args.overwrite) if args.out else None
    with opened_store(args, read_only=True) as store:
        if out is None:
            writable_folder(store.folder.backups)
        elif makes_key(store, out):  # the first sealed copy makes the exchange key: a writer
            store.close()
            try:
                with opened_store(args) as writer:
                    print(backup_now(writer, out=out))
            except DataFolderError as exc:  # the refusal would name backup --out as working
                if exc.template != READ_ONLY_FOLDER:
                    raise
                raise BranchDeskError(NO_KEY_TO_SEAL, path=str(out)) from None
            return 0
        print(backup_now(store, out=out))  # the file alone, for a script to pick up
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from db import sealed
    from db.backup import check_restorable, restore

    source = readable(not_a_folder(args.file))
    if not (source.is_file() and sealed.is_sealed(source)):  # a sealed copy is checked unsealed
        check_restorable(source)  # before the folder is claimed: a wrong file changes nothing
    with opened_store(args) as store:
        store, safety = restore(store, source)
        store.close()
    say(args, RESTORED, source=source, safety=safety)
    return 0
