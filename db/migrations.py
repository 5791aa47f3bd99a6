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
    db.execute_sql('CREATE INDEX "concern_work_area_status" ON "concern" '
                   '("work_area_id", "status")')
    db.execute_sql('CREATE INDEX "concern_owner_status" ON "concern" ("owner_id", "status")')
    db.execute_sql('CREATE INDEX "visit_person_visit_role" ON "visit_person" ("visit_id", "role")')


SYNC_TABLES_SQL = (
    'CREATE TABLE "sync_peer" ("device_id" VARCHAR(64) NOT NULL PRIMARY KEY, "name" VARCHAR(255) '
    'NOT NULL, "acked_seq" INTEGER NOT NULL, "received_seq" INTEGER NOT NULL, '
    '"last_exchange_at" DATETIME)',
    'CREATE TABLE "sync_conflict" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "table_name" '
    'VARCHAR(255) NOT NULL, "row_id" VARCHAR(36) NOT NULL, "rev" VARCHAR(64) NOT NULL, '
    '"data" TEXT NOT NULL, '
    '"detected_at" DATETIME NOT NULL, "seq" INTEGER NOT NULL, "resolved_at" DATETIME, '
    '"resolution" VARCHAR(255) NOT NULL)',
    'CREATE INDEX "sync_conflict_seq" ON "sync_conflict" ("seq")',
    'CREATE INDEX "sync_conflict_table_name_row_id" ON "sync_conflict" ("table_name", "row_id")',
    'CREATE TABLE "exchange_log" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, '
    '"direction" VARCHAR(255) NOT NULL, "device_id" VARCHAR(64) NOT NULL, "device_name" '
    'VARCHAR(255) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "counts" TEXT NOT NULL, '
    '"seq_from" INTEGER, "seq_to" INTEGER)',
    'CREATE INDEX "exchange_log_at" ON "exchange_log" ("at")',
    'CREATE INDEX "exchange_log_device_id" ON "exchange_log" ("device_id")',
)


def _step3_sync_tables(db: pw.SqliteDatabase) -> None:
    """Exchange between machines: peers' progress, kept conflict versions, the exchange history."""
    for statement in SYNC_TABLES_SQL:
        db.execute_sql(statement)


def _step4_area_deactivated_on(db: pw.SqliteDatabase) -> None:
    """The day a work area was closed, so that it leaves the figures from then on and not in the
    months before. Areas already inactive keep NULL: inactive since before any record."""
    db.execute_sql('ALTER TABLE "work_area" ADD COLUMN "deactivated_on" DATE')


def _step6_in_use_since_and_month_precision(db: pw.SqliteDatabase) -> None:
    """A work area's 启用日期 (NULL: in use since before any record; no existing area is given a
    day inferred from when it was typed in), and which of a member's dates are known only to the
    month (none, for existing rows: they were stored as full dates)."""
    db.execute_sql('ALTER TABLE "work_area" ADD COLUMN "in_use_since" DATE')
    db.execute_sql('ALTER TABLE "member" ADD COLUMN "month_precision" VARCHAR(255)')


def _step7_area_position(db: pw.SqliteDatabase) -> None:
    """A work area's place on the line (里程), for the line diagram; blank for every existing
    area (the diagram then falls back to code or name order and says so)."""
    db.execute_sql('ALTER TABLE "work_area" ADD COLUMN "position" VARCHAR(255) NOT NULL '
                   "DEFAULT ''")


PLAN_TABLE_SQL = (
    'CREATE TABLE "plan_entry" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME '
    'NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" '
    'VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" '
    'INTEGER NOT NULL, "month" DATE NOT NULL, "cadre_id" VARCHAR(36) NOT NULL, "work_area_id" '
    'VARCHAR(36) NOT NULL, "week" INTEGER NOT NULL, "planned_on" DATE, "purpose" VARCHAR(255) '
    'NOT NULL, "concern_id" VARCHAR(36), "note" TEXT NOT NULL, "dropped" INTEGER NOT NULL, '
    '"dropped_reason" TEXT NOT NULL, '
    'FOREIGN KEY ("cadre_id") REFERENCES "member" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("work_area_id") REFERENCES "work_area" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("concern_id") REFERENCES "concern" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "plan_entry_seq" ON "plan_entry" ("seq")',
    'CREATE INDEX "plan_entry_deleted" ON "plan_entry" ("deleted")',
    'CREATE INDEX "plan_entry_month" ON "plan_entry" ("month")',
    'CREATE INDEX "plan_entry_cadre_id" ON "plan_entry" ("cadre_id")',
    'CREATE INDEX "plan_entry_work_area_id" ON "plan_entry" ("work_area_id")',
    'CREATE INDEX "plan_entry_concern_id" ON "plan_entry" ("concern_id")',
)


def _step9_plan_entries(db: pw.SqliteDatabase) -> None:
    """The month's visit plan (走访计划), a synced table."""
    for statement in PLAN_TABLE_SQL:
        db.execute_sql(statement)


STEPS: list[tuple[int, str, Callable[[pw.SqliteDatabase], None]]] = [
    (1, "initial tables", _step1_initial),
    (2, "indexes for figures", _step2_query_indexes),
    (3, "sync tables", _step3_sync_tables),
    (4, "work area deactivation date", _step4_area_deactivated_on),
    (6, "work area in use since, month-precision dates", _step6_in_use_since_and_month_precision),
    (7, "work area position on the line", _step7_area_position),
    (9, "visit plan entries", _step9_plan_entries),
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
