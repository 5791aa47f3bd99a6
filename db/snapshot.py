"""Consistent copies of a database file, WAL included, made with SQLite's online backup API.

A plain file copy misses whatever still sits in the `-wal` file (after a crash, or while another
connection is open), so every copy the application makes — backups, the copy before a migration,
a restore — goes through here.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SIDECARS = ("-wal", "-shm")


def read_only_uri(path: Path) -> str:
    """The URI that opens `path` without writing to it.

    A WAL-mode file opened read-only needs its `-shm` file, which SQLite makes beside it; on
    read-only media (a write-protected USB stick, a CD) it cannot, so a file without a `-wal`
    (nothing left to merge: every copy Branch Desk makes is like that) is opened as immutable.
    """
    path = Path(path)
    wal = Path(f"{path}-wal")
    if not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size):
        return f"file:{path}?mode=ro&immutable=1"
    return f"file:{path}?mode=ro"


@contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that reads `path` and leaves nothing behind: the empty `-wal`/`-shm` files
    SQLite makes beside a WAL-mode file are removed again if they were not there before."""
    path = Path(path)
    ours = missing_sidecars(path)
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        yield conn
    finally:
        conn.close()
        remove_sidecars(ours)


def missing_sidecars(path: Path) -> list[Path]:
    """The `-wal`/`-shm` files of `path` that do not exist yet (a reader may make them)."""
    return [p for p in (Path(f"{path}{suffix}") for suffix in SIDECARS) if not p.exists()]


def remove_sidecars(paths: list[Path]) -> None:
    """Remove those of `paths` a reader left: the `-shm`, and a `-wal` with nothing in it."""
    for sidecar in paths:
        try:
            if sidecar.exists() and (sidecar.name.endswith("-shm") or not sidecar.stat().st_size):
                sidecar.unlink()
        except OSError:
            pass  # in use by another connection again, or read-only media: harmless


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
    with read_only_connection(Path(source)) as conn:
        copy_connection(conn, target)
