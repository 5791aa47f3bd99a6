"""records.insert_many stamps identity and writes audit exactly like one insert per row."""
from __future__ import annotations

import json

from db import records
from db.models import AuditEntry, WorkArea


def test_insert_many_stamps_and_audits_each_row(store):
    single = records.insert(WorkArea, {"name": "东站工区"})
    ids = records.insert_many(WorkArea, [{"name": f"{n}工区"} for n in "南西北"])
    rows = [WorkArea.get_by_id(i) for i in ids]
    assert [r.name for r in rows] == ["南工区", "西工区", "北工区"]
    assert [r.seq for r in rows] == [single.seq + 1, single.seq + 2, single.seq + 3]
    for row in rows:
        assert row.rev.startswith("1-")
        assert row.rev == records.make_rev(None, records.content_of(row))
        assert row.modified_by == single.modified_by and row.created_at is not None
        entry = AuditEntry.get(AuditEntry.row_id == row.id)
        assert entry.action == "create" and json.loads(entry.changes)["name"] == row.name
    assert records.next_seq(0) == single.seq + 3  # the counter moved past the batch


def test_insert_many_of_nothing_writes_nothing(store):
    assert records.insert_many(WorkArea, []) == []
    assert AuditEntry.select().where(AuditEntry.table_name == "work_area").count() == 0
