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


def test_insert_many_writes_what_one_insert_writes(store):
    """The batch builds rows without model instances: every field comes out as insert's."""
    import datetime as dt

    from db.models import Branch, Member

    branch = records.insert(Branch, {"name": "一支部"})
    values = {"name": "曾伟", "name_pinyin": "cengwei zengwei", "birth_date": dt.date(1980, 1, 2),
              "is_cadre": True, "branch": branch.id, "month_precision": "joined_on",
              "joined_on": dt.date(2003, 4, 1)}
    one = records.insert(Member, dict(values))
    (many,) = records.insert_many(Member, [dict(values)])
    (linked,) = records.insert_many(Member, [{**values, "branch": branch}])  # a model instance
    stamps = {"id", "created_at", "modified_at", "seq"}
    for other in (many, linked):
        row = Member.get_by_id(other)
        again = Member.get_by_id(one.id)
        assert {k: v for k, v in row.__data__.items() if k not in stamps} == {
            k: v for k, v in again.__data__.items() if k not in stamps}
        assert row.created_at == row.modified_at and isinstance(row.created_at, dt.datetime)
        assert row.rev == one.rev
        audit = AuditEntry.get(AuditEntry.row_id == other)
        assert audit.changes == AuditEntry.get(AuditEntry.row_id == one.id).changes


def test_insert_many_masks_private_fields_in_the_audit_as_insert_does(store):
    import datetime as dt

    from db.models import Visit

    secret = "家里老人住院"
    area = records.insert(WorkArea, {"name": "东站工区"}).id
    day = dt.date(2024, 6, 1)
    private, open_ = records.insert_many(Visit, [
        {"visited_on": day, "work_area": area, "kind": "talk", "summary": secret,
         "private": True},
        {"visited_on": day, "work_area": area, "kind": "safety_check", "summary": secret,
         "private": False}])
    single = records.insert(Visit, {"visited_on": day, "work_area": area, "kind": "talk",
                                    "summary": secret, "private": True})
    audited = {e.row_id: e.changes for e in AuditEntry.select()}
    assert secret not in audited[private] and records.PRIVATE_MARK in audited[private]
    assert audited[private] == audited[single.id]
    assert secret in audited[open_]
    assert Visit.get_by_id(private).summary == secret  # the row itself keeps its text


def test_a_batch_gives_each_audit_entry_its_own_random_identity(store):
    import uuid

    ids = records.insert_many(WorkArea, [{"name": f"{n}站工区"} for n in "东南西北中"])
    audits = [AuditEntry.get(AuditEntry.row_id == i).id for i in ids]
    assert len(set(audits)) == 5
    assert all(uuid.UUID(a).version == 4 and uuid.UUID(a).variant == uuid.RFC_4122
               for a in audits)
