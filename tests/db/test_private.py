"""Private visit content (谈心谈话) is kept in one place only: the visit row, while it is live."""
from __future__ import annotations

from db import members, records, visits, workareas
from db.models import AuditEntry, database
from db.records import PRIVATE_MARK
from tests.db.helpers import TODAY

SECRET = "家里老人住院，想调到离家近的工区"


def _talk(**extra):
    area = records.create(workareas.KIND, {"name": "东站工区"}).id
    cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True}).id
    return records.create(visits.KIND, {"visited_on": TODAY, "work_area": area, "kind": "talk",
                                "summary": SECRET, "participants": [cadre], **extra})


def _everything() -> str:
    """Every value of every table, as text."""
    tables = [r[0] for r in database.execute_sql("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")]
    return repr([database.execute_sql(f'SELECT * FROM "{t}"').fetchall() for t in tables])


def test_the_audit_log_says_a_private_field_changed_not_what_it_says(store):
    visit = _talk()
    records.edit(visits.KIND, visit.id, {"summary": SECRET + "（已谈）"})
    changes = [e.changes for e in AuditEntry.select().where(AuditEntry.row_id == visit.id)]
    assert len(changes) == 2 and all(SECRET not in c for c in changes)
    assert PRIVATE_MARK in changes[0] and PRIVATE_MARK in changes[1]


def test_a_deleted_private_visit_keeps_no_text_anywhere(store):
    visit = _talk()
    records.delete(visits.KIND, visit.id)
    assert SECRET not in _everything()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = store.folder.db_path.read_bytes()  # not in a free page either (secure_delete)
    assert SECRET.encode("utf-8") not in raw and SECRET[:4].encode("utf-8") not in raw


def test_a_visit_that_is_not_private_is_audited_in_full(store):
    visit = _talk(kind="safety_check", private=False)
    [entry] = AuditEntry.select().where(AuditEntry.row_id == visit.id)
    assert SECRET in entry.changes
