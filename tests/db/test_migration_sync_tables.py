"""A migrated database has exactly the schema the models declare (tables, columns, foreign keys,
indexes with their columns, uniqueness and conditions); migration step 3 adds the sync tables."""
from __future__ import annotations

import peewee as pw

from db import migrations
from db.models import ALL_MODELS, database


def schema(db: pw.SqliteDatabase) -> dict[str, list]:
    """Per table: its columns, foreign keys (with their actions and deferral) and indexes."""
    found = {}
    for name, sql in db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type='table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall():
        # Columns by name, not position: peewee declares a deferred foreign key (a branch's
        # secretary) after every other column, while a column a later step adds (ALTER TABLE)
        # comes after it; every statement of the app names its columns.
        found[name] = sorted(tuple(c[1:]) for c in db.execute_sql(f'PRAGMA table_info("{name}")'))
        found[name] += [tuple(f[2:]) for f in db.execute_sql(f'PRAGMA foreign_key_list("{name}")')]
        found[name].append(("deferred", sql.count("DEFERRABLE INITIALLY DEFERRED")))
        for index in sorted(db.execute_sql(f'PRAGMA index_list("{name}")'), key=lambda i: i[1]):
            columns = [c[2] for c in db.execute_sql(f'PRAGMA index_info("{index[1]}")')]
            text = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                                  (index[1],)).fetchone()[0] or ""
            where = text.partition(" WHERE ")[2].replace("(", "").replace(")", "").strip()
            found[name].append((index[1], bool(index[2]), columns, where))
    return found


def declared_schema(tmp_path) -> dict[str, list]:
    declared = pw.SqliteDatabase(str(tmp_path / "declared.sqlite3"), pragmas={"synchronous": 0})
    database.initialize(declared)
    declared.create_tables(ALL_MODELS)
    return schema(declared)


def test_migrated_schema_equals_models(tmp_path):
    migrated = pw.SqliteDatabase(str(tmp_path / "migrated.sqlite3"), pragmas={"synchronous": 0})
    migrations.migrate(migrated)
    assert schema(migrated) == declared_schema(tmp_path)
    assert migrations.schema_version(migrated) == migrations.LATEST


def test_version_two_database_gains_the_sync_tables(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "old.sqlite3"))
    migrations.migrate(db, target=2)
    assert migrations.migrate(db) == [n for n, _, _ in migrations.STEPS if n >= 3]
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sync_peer", "sync_conflict", "exchange_log"} <= tables
