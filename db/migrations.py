"""Numbered, atomic schema migrations kept in SQLite's `PRAGMA user_version`.

A new database runs every step from 1; an older one runs the steps it lacks. Each step runs in one
transaction together with the version bump, so a failed step leaves the file as it was.
The caller copies the file before migrating (see db.store).
"""
from __future__ import annotations

from collections.abc import Callable

import peewee as pw

from db import schema_v1


def _step1_initial(db: pw.SqliteDatabase) -> None:
    for statement in schema_v1.SQL.split(";\n"):
        if statement.strip():
            db.execute_sql(statement)


def _step2_query_indexes(db: pw.SqliteDatabase) -> None:
    """Indexes for the coverage and concern figures, which filter by area, owner and status."""
    db.execute_sql('CREATE INDEX "concern_work_area_status" ON "concern" ("work_area_id", "status")')
    db.execute_sql('CREATE INDEX "concern_owner_status" ON "concern" ("owner_id", "status")')
    db.execute_sql('CREATE INDEX "visit_person_visit_role" ON "visit_person" ("visit_id", "role")')


STEPS: list[tuple[int, str, Callable[[pw.SqliteDatabase], None]]] = [
    (1, "initial tables", _step1_initial),
    (2, "indexes for figures", _step2_query_indexes),
]
LATEST = STEPS[-1][0]


def schema_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: pw.SqliteDatabase, target: int = LATEST) -> list[int]:
    """Bring `db` up to `target`; returns the versions applied."""
    applied = []
    current = schema_version(db)
    for version, _description, step in STEPS:
        if current < version <= target:
            with db.atomic():
                step(db)
                db.execute_sql(f"PRAGMA user_version = {version:d}")
            applied.append(version)
    return applied
