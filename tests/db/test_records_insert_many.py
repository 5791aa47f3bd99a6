"""records.insert_many stamps identity exactly like one insert per row, and audits the batch
with one entry (its count and ids; issue 13's decision, a departure from one entry per row)."""
from __future__ import annotations

import json

from db import records, revisions
from db.models import AuditEntry, WorkArea


def _batch_entries(table: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.table_name == table,
                                          AuditEntry.action == "import"))


def test_insert_many_stamps_each_row_and_audits_the_batch_once(store):
    single = records.insert(WorkArea, {"name": "东站工区"})
    ids = records.insert_many(WorkArea, [{"name": f"{n}工区"} for n in "南西北"])
    rows = [WorkArea.get_by_id(i) for i in ids]
    assert [r.name for r in rows] == ["南工区", "西工区", "北工区"]
    assert [r.seq for r in rows] == [single.seq + 1, single.seq + 2, single.seq + 3]
    for row in rows:
        assert row.rev.startswith("1-")
        assert row.rev == records.make_rev(None, records.content_of(row))
        assert row.modified_by == single.modified_by and row.created_at is not None
        assert not AuditEntry.select().where(AuditEntry.row_id == row.id).exists()
    (entry,) = _batch_entries("work_area")
    assert json.loads(entry.changes) == {"count": 3, "ids": ids}
    assert entry.row_id == "" and entry.device == single.modified_by
    # the single insert keeps its own entry
    (own,) = AuditEntry.select().where(AuditEntry.row_id == single.id)
    assert own.action == "create" and json.loads(own.changes)["name"] == "东站工区"
    assert records.next_seq(0) == single.seq + 3  # the counter moved past the batch


def test_each_batch_moves_the_fingerprint(store):
    from db import journal

    before = journal.fingerprint()
    records.insert_many(WorkArea, [{"name": "南工区"}])
    after = journal.fingerprint()
    records.insert_many(WorkArea, [{"name": "北工区"}, {"name": "西工区"}])
    assert len({before, after, journal.fingerprint()}) == 3
    assert len(_batch_entries("work_area")) == 2


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
    assert [json.loads(e.changes) for e in _batch_entries("member")] == [
        {"count": 1, "ids": [many]}, {"count": 1, "ids": [linked]}]


def test_a_batch_audit_holds_no_private_text(store):
    import datetime as dt

    from db.models import Visit

    secret = "家里老人住院"
    area = records.insert(WorkArea, {"name": "东站工区"}).id
    day = dt.date(2024, 6, 1)
    ids = records.insert_many(Visit, [
        {"visited_on": day, "work_area": area, "kind": "talk", "summary": secret,
         "private": True},
        {"visited_on": day, "work_area": area, "kind": "safety_check", "summary": "巡查",
         "private": False}])
    single = records.insert(Visit, {"visited_on": day, "work_area": area, "kind": "talk",
                                    "summary": secret, "private": True})
    (entry,) = _batch_entries("visit")
    assert json.loads(entry.changes) == {"count": 2, "ids": ids}
    assert all(secret not in e.changes for e in AuditEntry.select())
    assert records.PRIVATE_MARK in AuditEntry.get(AuditEntry.row_id == single.id).changes
    assert Visit.get_by_id(ids[0]).summary == secret  # the row itself keeps its text
    assert Visit.get_by_id(ids[0]).rev == single.rev  # the same content, the same revision


def test_a_batch_action_is_the_callers(store):
    records.insert_many(WorkArea, [{"name": "南工区"}], action="fill")
    (entry,) = AuditEntry.select().where(AuditEntry.table_name == "work_area")
    assert entry.action == "fill"


def test_batch_revisions_are_make_revs_for_every_kind_of_value():
    """first_revs builds the JSON a column at a time: the same text as make_rev's encoder for
    values that are equal but written differently (1, 1.0 and True; 0.0 and -0.0), text that
    needs escaping, dates, missing fields and values JSON has no type for (written as str)."""
    import datetime as dt
    from decimal import Decimal

    from db.models import Member

    names = revisions.content_names(Member)
    odd = ['他说"走"\n', "\\", "\x00\x1f", "😀", "", None, 1, 1.0, True, 0.0, -0.0, False,
           float("nan"), Decimal("1"), dt.date(1987, 11, 1), dt.datetime(2024, 1, 2, 3, 4, 5),
           "1987-11-01", 12345678901234567890]
    columns = {"name": odd, "branch": [None] * len(odd), "birth_date": odd[::-1],
               "is_cadre": [True, False] * (len(odd) // 2),
               "ethnicity": ["汉族"] * len(odd)}  # every other content field left out: None
    revs = revisions.first_revs(Member, columns, len(odd))
    for index, rev in enumerate(revs):
        content = {name: revisions.jsonable(columns[name][index]) if name in columns else None
                   for name in names}
        assert rev == records.make_rev(None, content)
    # every column one value (one row, or alike rows), and one column varying alone
    for batch in ({"name": ["甲"]}, {"name": ["甲", "甲"]}, {"phone": ["1", "2", None]},
                  {"name": ["100%s", "100%s"], "notes": ["%d%%", "%"]}):
        count = len(next(iter(batch.values())))
        expected = [records.make_rev(None, {n: batch[n][i] if n in batch else None
                                            for n in names}) for i in range(count)]
        assert revisions.first_revs(Member, batch, count) == expected


def test_batch_columns_hold_what_one_model_would():
    """new_columns gives each row what model(**values) holds: defaults where a row leaves a
    field out, a callable default (the id) called only there, given values kept."""
    from db import rowdata
    from db.models import Member

    given = [{"name": "甲", "id": "fixed-id"}, {"name": "乙", "notes": "备注"}, {"name": "丙"}]
    columns = rowdata.new_columns(Member, given)
    for index, values in enumerate(given):
        expected = Member(**values).__data__
        row = {name: column[index] for name, column in columns.items()}
        assert row.keys() == expected.keys()
        assert {k: v for k, v in row.items() if k != "id"} == {
            k: v for k, v in expected.items() if k != "id"}
    assert columns["id"][0] == "fixed-id" and len(set(columns["id"])) == 3


def test_a_batch_gives_each_row_its_own_random_identity(store):
    import uuid

    from db.models import new_ids

    ids = records.insert_many(WorkArea, [{"name": f"{n}站工区"} for n in "东南西北中"])
    many = new_ids(4000)
    assert len(set(ids)) == 5 and len(set(many)) == 4000
    for text in ids + many:
        made = uuid.UUID(text)
        assert (made.version, made.variant, str(made)) == (4, uuid.RFC_4122, text)
    assert {text[19] for text in many} == set("89ab")  # the variant's free bits vary
