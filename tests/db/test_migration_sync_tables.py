"""Migration step 3 (sync tables): a migrated database has exactly the tables the models declare."""
from __future__ import annotations

import peewee as pw

from db import migrations
from db.models import ALL_MODELS, database


def _schema(db: pw.SqliteDatabase) -> dict[str, list[tuple]]:
    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()]
    return {name: [tuple(c[1:]) for c in db.execute_sql(f'PRAGMA table_info("{name}")')]
            + [tuple(f[2:5]) for f in db.execute_sql(f'PRAGMA foreign_key_list("{name}")')]
            for name in names}


def _indexes(db: pw.SqliteDatabase, table: str) -> set[str]:
    return {r[1] for r in db.execute_sql(f'PRAGMA index_list("{table}")') if r[3] == "c"}


def test_migrated_schema_equals_models(tmp_path):
    migrated = pw.SqliteDatabase(str(tmp_path / "migrated.sqlite3"))
    migrations.migrate(migrated)
    declared = pw.SqliteDatabase(str(tmp_path / "declared.sqlite3"))
    database.initialize(declared)
    declared.create_tables(ALL_MODELS)
    assert _schema(migrated) == _schema(declared)
    for table in ("sync_peer", "sync_conflict", "exchange_log"):
        assert _indexes(migrated, table) == _indexes(declared, table)
    assert migrations.schema_version(migrated) == migrations.LATEST


def test_version_two_database_gains_the_sync_tables(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "old.sqlite3"))
    migrations.migrate(db, target=2)
    assert migrations.migrate(db) == [n for n, _, _ in migrations.STEPS if n >= 3]
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sync_peer", "sync_conflict", "exchange_log"} <= tables
