"""The writes of a run that is rolled back, kept so the same run can be committed by repeating
them (an import's preview, then its commit, without doing the whole import twice).

While `recording()` is open, every statement that changes the database and succeeds on this
thread is kept, savepoints included (peewee's query hooks; batched inserts report through
`executemany`). `replay()` runs them again in order. Repeating them is the very run only on the
same starting state: callers compare `fingerprint()` taken before the recording with the one at
replay time and run afresh when it differs.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from db.models import AuditEntry, Meta, database

_SKIP = ("SELECT", "PRAGMA", "BEGIN", "COMMIT", "END", "ANALYZE")


@dataclass
class Journal:
    thread: int
    steps: list[tuple[str, object, bool]] = field(default_factory=list)  # sql, params, many

    def hook(self, event) -> None:
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


def executemany(sql: str, rows: list) -> None:
    """cursor.executemany, kept by an open recording of this thread."""
    for journal in _recording:
        if journal.thread == threading.get_ident():
            journal.steps.append((sql, rows, True))
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
    seq = Meta.get_or_none(Meta.key == "seq")
    audits = database.execute_sql(
        f'SELECT MAX(rowid) FROM "{AuditEntry._meta.table_name}"').fetchone()[0]
    return (seq.value if seq else None, audits)
