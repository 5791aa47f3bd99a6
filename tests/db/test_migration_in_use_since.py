"""Migration step 6: 启用日期 and month precision; existing rows keep their data and gain no
inferred day (an area already there is in use since before any record)."""
from __future__ import annotations

import peewee as pw

from db import migrations

_AREA = (
    "INSERT INTO work_area (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
    "deleted, name, code, line_section, location, access_tier, headcount, active, notes) "
    "VALUES ('wa-1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'old', '1-a', '[]', 1, 0, "
    "'北岭', '', '', '', 3, 12, 1, '')")
_MEMBER = (
    "INSERT INTO member (id, created_at, modified_at, modified_by, rev, rev_history, seq, deleted, "
    "name, name_pinyin, name_initials, gender, birth_date, ethnicity, education, category, "
    "job_post, party_post, is_cadre, phone, status, notes) VALUES ('m-1', '2025-01-01 00:00:00', "
    "'2025-01-01 00:00:00', 'old', '1-a', '[]', 2, 0, '张三', 'zhangsan', 'zs', 'M', "
    "'1987-11-01', '', '', 'full', '', '', 0, '', 'active', '')")


def test_a_version_four_database_gains_the_columns_and_keeps_its_rows(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "v4.sqlite3"))
    assert migrations.migrate(db, target=4) == [1, 2, 3, 4]
    db.execute_sql(_AREA)
    db.execute_sql(_MEMBER)
    assert 6 in migrations.migrate(db)
    assert db.execute_sql("SELECT name, in_use_since FROM work_area").fetchall() == [
        ("北岭", None)]  # not the day it was typed in (2025-01-01)
    assert db.execute_sql("SELECT name, birth_date, month_precision FROM member").fetchall() == [
        ("张三", "1987-11-01", None)]  # stored as a full date before: stays one
