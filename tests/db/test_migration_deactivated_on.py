"""Migration step 4: work areas gain the day they were closed; existing rows keep their data."""
from __future__ import annotations

import peewee as pw

from db import migrations

_INSERT = (
    "INSERT INTO work_area (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
    "deleted, name, code, line_section, location, access_tier, headcount, active, notes) "
    "VALUES (?, '2020-01-01 00:00:00', '2020-01-01 00:00:00', 'old', '1-a', '[]', 1, 0, ?, '', "
    "'', '', 2, 12, ?, '')")


def test_a_version_three_database_gains_the_column_and_keeps_its_rows(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "v3.sqlite3"))
    assert migrations.migrate(db, target=3) == [1, 2, 3]
    db.execute_sql(_INSERT, ("wa-open", "柳州站", 1))
    db.execute_sql(_INSERT, ("wa-shut", "鹿寨站", 0))
    assert migrations.migrate(db, target=4) == [4]
    assert migrations.schema_version(db) == 4
    rows = db.execute_sql(
        "SELECT id, name, active, headcount, deactivated_on FROM work_area ORDER BY id").fetchall()
    # The inactive area keeps NULL: inactive since before any record, in no period's figures.
    assert rows == [("wa-open", "柳州站", 1, 12, None), ("wa-shut", "鹿寨站", 0, 12, None)]
