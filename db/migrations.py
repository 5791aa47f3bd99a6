"""Numbered, atomic schema migrations kept in SQLite's `PRAGMA user_version`.

A new database runs every step from 1; an older one runs the steps it lacks. Each step runs in one
transaction together with the version bump, so a failed step leaves the file as it was.
The caller copies the file before migrating (see db.store).
"""
from __future__ import annotations

from collections.abc import Callable

import peewee as pw

from db import clock, schema_v1, schema_v8


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


SYNCED_TABLES = ("organisation", "branch", "work_area", "member", "assignment", "responsibility",
                 "visit", "visit_person", "concern", "concern_event")
# Every date-time column of schema 4, as step 5 found them.
DATETIME_COLUMNS = {
    **{table: ("created_at", "modified_at") for table in SYNCED_TABLES},
    "concern_event": ("created_at", "modified_at", "at"),
    "audit_entry": ("at",),
    "sync_peer": ("last_exchange_at",),
    "sync_conflict": ("detected_at", "resolved_at"),
    "exchange_log": ("at",),
}
UTC_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9]*Z"
# Indexes step 5 drops: `deleted` (one value for nearly every row: it misled the planner and no
# query needs it) and single columns that lead a composite index, which serves them as well.
REDUNDANT_INDEXES = (
    *(f"{table}_deleted" for table in SYNCED_TABLES),
    "work_area_name",                 # replaced by the unique index on live names
    "visit_work_area_id",             # visit_work_area_id_visited_on
    "visit_person_visit_id",          # visit_person_visit_id_role_member_id
    "visit_person_visit_role",        # the same, unique and with the member
    "visit_person_member_id",         # visit_person_member_id_role
    "concern_work_area_id",           # concern_work_area_status
    "concern_owner_id",               # concern_owner_status
)
BRANCH_V5 = (
    'CREATE TABLE "branch_v5" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT '
    'NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) '
    'NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, '
    '"name" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "secretary_id" VARCHAR(36), '
    'FOREIGN KEY ("secretary_id") REFERENCES "member" ("id") ON DELETE RESTRICT '
    'DEFERRABLE INITIALLY DEFERRED)')
BRANCH_COLUMNS = ('"id", "created_at", "modified_at", "modified_by", "rev", "rev_history", "seq", '
                  '"deleted", "name", "notes", "secretary_id"')


def _utc_text_or_same(value: str) -> str:
    try:
        return clock.utc_text(value)
    except (TypeError, ValueError):
        return value  # not a date-time: left for a person to see, not lost


def _utc_expression(column: str) -> str:
    """SQL giving `column` in the UTC format: the two formats older versions wrote are rewritten
    in SQL (fast), anything else by clock.utc_text."""
    c = f'"{column}"'
    return (f"CASE WHEN {c} IS NULL OR {c} GLOB '{UTC_GLOB}' THEN {c} "
            f"WHEN length({c}) = 19 AND substr({c}, 11, 1) = ' ' "
            f"THEN substr({c}, 1, 10) || 'T' || substr({c}, 12) || '.000000Z' "
            f"WHEN length({c}) = 26 AND substr({c}, 11, 1) = ' ' "
            f"THEN substr({c}, 1, 10) || 'T' || substr({c}, 12) || 'Z' "
            f"ELSE bd_utc_text({c}) END")


def _step5_tidy_schema(db: pw.SqliteDatabase) -> None:
    """One date-time format in UTC with the zone stated; no index the others already give; the
    constraints the rules imply: live work-area names unique, one visit link per (visit, member,
    role), and a foreign key from a branch to its secretary (a table rebuild: SQLite cannot add
    one to an existing table).

    Rows that would break a new constraint (possible only in data that bypassed validation) are
    mended first, the same way on every machine: a second live area of one name gets " (2)" ...
    (the oldest keeps the name), a repeated visit link is removed (the live one, else the first
    id, stays), a branch secretary who is not a member is cleared.
    """
    db.connection().create_function("bd_utc_text", 1, _utc_text_or_same, deterministic=True)
    for table, columns in DATETIME_COLUMNS.items():
        sets = ", ".join(f'"{c}" = {_utc_expression(c)}' for c in columns)
        db.execute_sql(f'UPDATE "{table}" SET {sets}')
    for index in REDUNDANT_INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{index}"')

    repeated = db.execute_sql(
        'SELECT id, name, ROW_NUMBER() OVER (PARTITION BY name ORDER BY created_at, id) FROM '
        '"work_area" WHERE deleted = 0').fetchall()
    for area_id, name, number in repeated:
        if number > 1:
            db.execute_sql('UPDATE "work_area" SET name = ? WHERE id = ?',
                           (f"{name} ({number})", area_id))
    db.execute_sql('CREATE UNIQUE INDEX "work_area_name_live" ON "work_area" ("name") '
                   'WHERE ("deleted" = 0)')
    db.execute_sql(
        'DELETE FROM "visit_person" WHERE rowid IN (SELECT rowid FROM (SELECT rowid, ROW_NUMBER() '
        'OVER (PARTITION BY visit_id, member_id, role ORDER BY deleted, id) AS n '
        'FROM "visit_person") WHERE n > 1)')
    db.execute_sql('CREATE UNIQUE INDEX "visit_person_visit_id_role_member_id" ON "visit_person" '
                   '("visit_id", "role", "member_id")')

    db.execute_sql('UPDATE "branch" SET secretary_id = NULL WHERE secretary_id IS NOT NULL AND '
                   'secretary_id NOT IN (SELECT id FROM "member")')
    db.execute_sql(BRANCH_V5)
    db.execute_sql(f'INSERT INTO "branch_v5" ({BRANCH_COLUMNS}) SELECT {BRANCH_COLUMNS} '
                   'FROM "branch"')
    db.execute_sql('DROP TABLE "branch"')
    db.execute_sql('ALTER TABLE "branch_v5" RENAME TO "branch"')
    db.execute_sql('CREATE INDEX "branch_seq" ON "branch" ("seq")')
    if db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for table in ("branch", "work_area", "visit_person"):  # the planner's figures anew
            db.execute_sql(f'ANALYZE "{table}"')


def _step8_meetings(db: pw.SqliteDatabase) -> None:
    """Organisation life (三会一课): meetings with their attendance, make-ups, committee seats,
    local quota rules; branches learn whether their members work shifts (default yes)."""
    for statement in schema_v8.SQL:
        db.execute_sql(statement)


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
    # (no index on `deleted`: step 5 dropped them all, as no query needs one)
    'CREATE INDEX "plan_entry_month" ON "plan_entry" ("month")',
    'CREATE INDEX "plan_entry_cadre_id" ON "plan_entry" ("cadre_id")',
    'CREATE INDEX "plan_entry_work_area_id" ON "plan_entry" ("work_area_id")',
    'CREATE INDEX "plan_entry_concern_id" ON "plan_entry" ("concern_id")',
)


def _step9_plan_entries(db: pw.SqliteDatabase) -> None:
    """The month's visit plan (走访计划), a synced table."""
    for statement in PLAN_TABLE_SQL:
        db.execute_sql(statement)


PLAN_ABSENTEE_SQL = (
    'CREATE TABLE "plan_absentee" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" '
    'DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, '
    '"rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, '
    '"deleted" INTEGER NOT NULL, "plan_entry_id" VARCHAR(36) NOT NULL, "attendee_id" '
    'VARCHAR(36) NOT NULL, '
    'FOREIGN KEY ("plan_entry_id") REFERENCES "plan_entry" ("id") ON DELETE RESTRICT, '
    'FOREIGN KEY ("attendee_id") REFERENCES "meeting_attendee" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "plan_absentee_seq" ON "plan_absentee" ("seq")',
    'CREATE INDEX "plan_absentee_plan_entry_id" ON "plan_absentee" ("plan_entry_id")',
    'CREATE INDEX "plan_absentee_attendee_id" ON "plan_absentee" ("attendee_id")',
)


def _step10_plan_absentees(db: pw.SqliteDatabase) -> None:
    """A make-up session in the visit plan names the absences it is for (synced links)."""
    for statement in PLAN_ABSENTEE_SQL:
        db.execute_sql(statement)


def _step11_area_pinyin(db: pw.SqliteDatabase) -> None:
    """A work area's name in pinyin (full and initials, every reading), stored as a member's is,
    so that finding and sorting areas needs no pypinyin dictionary when a page opens. Derived
    from the name on every device alike: filled here without a new revision."""
    from db import pinyin  # the dictionary only when a database is migrated

    for column in ("name_pinyin", "name_initials"):
        db.execute_sql(f'ALTER TABLE "work_area" ADD COLUMN "{column}" VARCHAR(255) NOT NULL '
                       "DEFAULT ''")
    for row_id, name in db.execute_sql('SELECT "id", "name" FROM "work_area"').fetchall():
        db.execute_sql('UPDATE "work_area" SET "name_pinyin" = ?, "name_initials" = ? '
                       'WHERE "id" = ?', (*pinyin.keys(name), row_id))


# Indexes no query reads, which every write of their table keeps up (issue 13: a fifth of a
# roster's INSERT was the pinyin initials' index). Found by explaining every statement the test
# suite and the benchmark run, at depot scale: these columns are never compared with a value.
UNREAD_INDEXES = (
    "member_name_initials",  # searched with LIKE '%...%' (or a prefix, case-blind): a scan
    "meeting_branch_id",     # meeting_branch_id_held_on begins with the branch
    "meeting_chair_id",
    "meeting_recorder_id",
    "make_up_by_id",
)


def _step12_unread_indexes(db: pw.SqliteDatabase) -> None:
    """Drop the indexes that no query reads (UNREAD_INDEXES)."""
    for index in UNREAD_INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{index}"')


STEPS: list[tuple[int, str, Callable[[pw.SqliteDatabase], None]]] = [
    (1, "initial tables", _step1_initial),
    (2, "indexes for figures", _step2_query_indexes),
    (3, "sync tables", _step3_sync_tables),
    (4, "work area deactivation date", _step4_area_deactivated_on),
    (5, "one date-time format, fewer indexes, implied constraints", _step5_tidy_schema),
    (6, "work area in use since, month-precision dates", _step6_in_use_since_and_month_precision),
    (7, "work area position on the line", _step7_area_position),
    (8, "organisation life", _step8_meetings),
    (9, "visit plan entries", _step9_plan_entries),
    (10, "absentees of a planned make-up session", _step10_plan_absentees),
    (11, "work area names in pinyin", _step11_area_pinyin),
    (12, "indexes no query reads", _step12_unread_indexes),
]
LATEST = STEPS[-1][0]


def schema_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


class ForeignKeyBroken(pw.IntegrityError):
    """A step left a reference to a row that does not exist (its transaction is rolled back)."""


def migrate(db: pw.SqliteDatabase, target: int = LATEST) -> list[int]:
    """Bring `db` up to `target`; returns the versions applied.

    Foreign keys are off while steps run, as SQLite's procedure for rebuilding a table asks
    (a dropped parent table would otherwise be emptied first); each step checks every
    reference before it commits instead.
    """
    applied = []
    current = schema_version(db)
    enforced = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for version, _description, step in STEPS:
            if current < version <= target:
                with db.atomic():
                    step(db)
                    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ForeignKeyBroken(f"step {version}: {broken[:3]}")
                    db.execute_sql(f"PRAGMA user_version = {version:d}")
                applied.append(version)
    finally:
        db.execute_sql(f"PRAGMA foreign_keys = {int(enforced):d}")
    return applied
