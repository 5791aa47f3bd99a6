"""Migration step 12: the indexes no query reads are dropped (every write of their table kept
them up: a fifth of a roster import's INSERT was the pinyin initials' index)."""
from __future__ import annotations

import peewee as pw

from db import members, migrations
from db.models import Meeting, Member, database

_INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?"


def test_a_version_eleven_database_loses_the_unread_indexes_and_keeps_its_rows(tmp_path):
    db = pw.SqliteDatabase(str(tmp_path / "v11.sqlite3"))
    migrations.migrate(db, target=11)
    assert all(db.execute_sql(_INDEXES, (name,)).fetchone() for name in
               migrations.UNREAD_INDEXES)
    db.execute_sql(
        "INSERT INTO member (id, created_at, modified_at, modified_by, rev, rev_history, seq, "
        "deleted, name, name_pinyin, name_initials, gender, ethnicity, education, category, "
        "job_post, party_post, is_cadre, phone, status, notes) VALUES ('m-1', "
        "'2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z', 'old', '1-a', '[]', 1, "
        "0, '张三', 'zhangsan', 'zs', '', '', '', 'full', '', '', 0, '', 'active', '')")
    assert migrations.migrate(db) == [12]
    assert not any(db.execute_sql(_INDEXES, (name,)).fetchone() for name in
                   migrations.UNREAD_INDEXES)
    assert db.execute_sql("SELECT id, rev, seq FROM member").fetchall() == [("m-1", "1-a", 1)]


def _plan(query: pw.Query) -> str:
    sql, params = query.sql()
    return " ".join(row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))


def test_what_those_indexes_seemed_for_needs_none_of_them(store):
    # A search by initials was a scan with or without the index (LIKE is case-blind).
    assert "SCAN" in _plan(Member.select().where(members.search_condition("zs")))
    # A branch's meetings are still found through (branch, held_on).
    plan = _plan(Meeting.select(Meeting.id).where(Meeting.branch == "b-1"))
    assert "INDEX meeting_branch_id_held_on (branch_id=?)" in plan
