"""check, backup and restore."""
from __future__ import annotations

from pathlib import Path

from desktop.cli.common import opened_store


def register(sub) -> None:
    p = sub.add_parser("check", help="check the database: integrity, schema version, row counts")
    p.set_defaults(run=run_check)
    p = sub.add_parser("backup", help="copy the database into the backups folder (or --out FILE)")
    p.add_argument("--out", type=Path, help="where to write the copy")
    p.set_defaults(run=run_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (the current one is "
                                       "saved first)")
    p.add_argument("file", type=Path)
    p.set_defaults(run=run_restore)


def run_check(args) -> int:
    with opened_store(args) as store:
        integrity = store.db.execute_sql("PRAGMA integrity_check").fetchone()[0]
        mode = store.db.execute_sql("PRAGMA journal_mode").fetchone()[0]
        foreign = store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        print(f"database: {store.folder.db_path}")
        print(f"integrity: {integrity}")
        print(f"schema version: {store.schema_version()}")
        print(f"journal mode: {mode}; foreign keys: {'on' if foreign else 'off'}")
        print(f"device: {store.device.name} ({store.device.id})")
        for table, count in store.counts().items():
            print(f"  {table}: {count}")
        return 0 if integrity == "ok" else 1


def run_backup(args) -> int:
    from db.backup import backup_now

    with opened_store(args) as store:
        print(backup_now(store, out=args.out))
    return 0


def run_restore(args) -> int:
    from db.backup import restore

    with opened_store(args) as store:
        store, safety = restore(store, args.file)
        store.close()
    print(f"restored {args.file}; the previous database was saved as {safety}")
    return 0
