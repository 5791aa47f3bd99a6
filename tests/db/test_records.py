import json

import pytest

from db import branches, records, visits
from db.models import AuditEntry, Branch
from tests.db.helpers import digest


def test_make_rev_counts_generations_and_depends_on_content():
    first = records.make_rev(None, {"a": 1})
    assert first.startswith("1-") and first == records.make_rev(None, {"a": 1})
    assert records.make_rev(None, {"a": 2}) != first
    assert records.make_rev(first, {"a": 1}).startswith("2-")


def test_seq_increases_across_tables(store, make):
    rows = [make.branch(), make.area(), make.member()]
    seqs = [r.seq for r in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3


def test_audit_entry_records_device_and_time(store, make, monkeypatch):
    import datetime as dt

    at = dt.datetime(2024, 6, 15, 2, 3, 4)
    monkeypatch.setattr("db.clock.now", lambda: at)
    row = make.branch()
    entry = AuditEntry.get(AuditEntry.row_id == row.id)
    assert (entry.device, entry.at, entry.table_name) == (store.device.id, at, "branch")
    assert row.created_at == row.modified_at == at


def test_a_failing_audit_write_rolls_the_change_back(store, make, monkeypatch):
    """The audit entry is written in the change's transaction: no audit, no change."""
    row = make.branch(name="甲")
    before = digest(store.db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(records, "audit", broken)
    with pytest.raises(RuntimeError):
        records.edit(branches.KIND, row.id, {"name": "乙"})
    with pytest.raises(RuntimeError):
        records.create(branches.KIND, {"name": "丙"})
    assert digest(store.db) == before and Branch.get_by_id(row.id).name == "甲"


def test_a_visit_is_written_whole_or_not_at_all(store, make, monkeypatch):
    area, cadre, worker = make.area(), make.cadre(), make.member()
    before = digest(store.db)
    real_insert = records.insert

    def failing_on_people(model, values):
        if model.__name__ == "VisitPerson" and values["role"] == "talked":
            raise RuntimeError("crash while linking people")
        return real_insert(model, values)

    monkeypatch.setattr(records, "insert", failing_on_people)
    with pytest.raises(RuntimeError):
        records.create(visits.KIND, {"visited_on": "2024-06-01", "work_area": area,
                                     "participants": [cadre],
                                     "talked_to": [worker]})
    assert digest(store.db) == before


def test_rev_history_is_bounded(store, make, monkeypatch):
    monkeypatch.setattr(records, "REV_HISTORY_LIMIT", 3)
    row = make.branch()
    for n in range(5):
        records.edit(branches.KIND, row.id, {"notes": str(n)})
    history = json.loads(Branch.get_by_id(row.id).rev_history)
    assert len(history) == 3 and history[0].startswith("5-")


def test_unknown_fields_are_refused_not_written(store, make):
    row = make.branch()
    for changes in ({"deleted": True}, {"seq": 0, "rev": "x"}, {"nmae": "typo"}):
        with pytest.raises(TypeError):
            records.edit(branches.KIND, row.id, changes)
    fresh = Branch.get_by_id(row.id)
    assert not fresh.deleted and fresh.rev == row.rev and fresh.seq == row.seq
