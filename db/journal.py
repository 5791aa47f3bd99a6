"""The writes of a run that is rolled back, kept so the same run can be committed by repeating
them (an import's preview, then its commit, without doing the whole import twice).

While `recording()` is open, every statement that changes the database and succeeds on this
thread is kept, savepoints included (peewee's query hooks; batched inserts report through
`executemany`). `replay()` runs them again in order. Repeating them is the very run only on the
same starting state: callers compare `fingerprint()` taken before the recording with the one at
replay time and run afresh when it differs.

Inside `deferring()`, a batch (`executemany`) is kept and not run: the last writes of a run that
is rolled back anyway need not be made at all if nothing reads them before the rollback. Code
that reads what it has just written in such a batch calls `settle()` first.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db.models import AuditEntry, DatabaseFact, database

if TYPE_CHECKING:
    from peewee import QueryEvent

_SKIP = ("SELECT", "PRAGMA", "BEGIN", "COMMIT", "END", "ANALYZE")


@dataclass
class Journal:
    thread: int
    steps: list[tuple[str, object, bool]] = field(default_factory=list)  # sql, params, many
    defer: bool = False  # keep batches without running them (see deferring())
    pending: list[tuple[str, list]] = field(default_factory=list)  # kept, not yet run

    def hook(self, event: QueryEvent) -> None:
        if event.exception is not None or threading.get_ident() != self.thread:
            return
        word = event.sql.lstrip()[:9].upper()
        if word.startswith(_SKIP) or (word.startswith("ROLLBACK") and " TO " not in
                                      event.sql[:40].upper()):
            return
        self.steps.append((event.sql, tuple(event.params or ()), False))


_recording: list[Journal] = []


def _db():
    return database.obj if hasattr(database, "obj") else database


@contextmanager
def recording() -> Iterator[Journal]:
    journal = Journal(threading.get_ident())
    db = _db()
    db.query_hooks.append(journal.hook)
    _recording.append(journal)
    try:
        yield journal
    finally:
        _recording.remove(journal)
        db.query_hooks.remove(journal.hook)


def _mine() -> list[Journal]:
    return [j for j in _recording if j.thread == threading.get_ident()]


def executemany(sql: str, rows: list) -> None:
    """cursor.executemany, kept by an open recording of this thread (and not run yet inside
    its `deferring()`)."""
    deferred = False
    for journal in _mine():
        journal.steps.append((sql, rows, True))
        if journal.defer:
            journal.pending.append((sql, rows))
            deferred = True
    if not deferred:
        database.cursor().executemany(sql, rows)


@contextmanager
def deferring() -> Iterator[None]:
    """Batches written inside are recorded for `replay()` but not run (in a run whose writes
    are rolled back: an import's preview). Outside a recording it changes nothing."""
    mine = _mine()
    for journal in mine:
        journal.defer = True
    try:
        yield
    finally:
        for journal in mine:
            journal.defer = False
            journal.pending.clear()


def settle() -> None:
    """Run the batches kept by `deferring()` so far, before reading what they write."""
    pending: dict[int, tuple[str, list]] = {}  # one batch kept by two recordings runs once
    for journal in _mine():
        pending.update((id(rows), (sql, rows)) for sql, rows in journal.pending)
        journal.pending = []
    for sql, rows in pending.values():
        database.cursor().executemany(sql, rows)


def replay(journal: Journal) -> None:
    """Run the kept statements again (call inside a transaction)."""
    cursor = database.cursor()
    for sql, params, many in journal.steps:
        if many:
            cursor.executemany(sql, params)
        else:
            cursor.execute(sql, params)


def fingerprint() -> tuple:
    """What changes whenever a record changes, from any connection: the change counter and the
    audit log's length (every write through db.records moves both)."""
    seq = DatabaseFact.read("seq") or None
    audits = database.execute_sql(
        f'SELECT MAX(rowid) FROM "{AuditEntry._meta.table_name}"').fetchone()[0]
    return (seq, audits)
