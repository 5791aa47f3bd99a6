"""Consistent copies of a database file, WAL included, made with SQLite's online backup API.

A plain file copy misses whatever still sits in the `-wal` file (after a crash, or while another
connection is open), so every copy the application makes — backups, the copy before a migration,
a restore — goes through here.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path


def copy_connection(source: sqlite3.Connection, target: Path) -> None:
    """Write the database behind `source` to `target`, replacing it only once the copy is whole."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves nothing half-written behind
        raise


def copy_file(source: Path, target: Path) -> None:
    """Copy the database file `source` (read-only: the source is never written) to `target`."""
    conn = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    try:
        copy_connection(conn, target)
    finally:
        conn.close()
