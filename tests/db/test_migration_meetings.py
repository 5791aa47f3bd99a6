"""Migration step 8: organisation life's tables appear; branches keep their rows and learn that
their members work shifts (the default)."""
from __future__ import annotations

import peewee as pw

from db import migrations

_BRANCH = (
    "INSERT INTO branch (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
    "deleted, name, secretary_id, notes) VALUES ('b1', '2020-01-01 00:00:00', "
    "'2020-01-01 00:00:00', 'old', '1-a', '[]', 1, 0, '第一党支部', NULL, '')")


def test_a_version_four_database_gains_the_meeting_tables_and_keeps_its_branches(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "v4.sqlite3"))
    assert migrations.migrate(db, target=4)[-1] == 4
    db.execute_sql(_BRANCH)
    assert 8 in migrations.migrate(db)
    assert db.execute_sql("SELECT id, name, shift_work FROM branch").fetchall() == [
        ("b1", "第一党支部", 1)]
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meeting", "meeting_attendee", "make_up", "committee_member",
            "meeting_quota"} <= tables
