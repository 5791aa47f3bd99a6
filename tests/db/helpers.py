"""Helpers for record-layer tests: small factories, a whole-database digest, shared contracts."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json

import pytest

from db import branches, concerns, members, records, visits, workareas

TODAY = dt.date(2024, 6, 15)


def digest(db) -> str:
    """A hash of every row of every table (including meta and the audit log)."""
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    h = hashlib.sha256()
    for table in tables:
        rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        h.update(json.dumps([table, rows], default=str).encode())
    return h.hexdigest()


def audit_entries(row_id: str) -> list[dict]:
    from db.models import AuditEntry

    return [{"action": e.action, "table": e.table_name, "changes": json.loads(e.changes)}
            for e in AuditEntry.select().where(AuditEntry.row_id == row_id)
            .order_by(AuditEntry.at, AuditEntry.id)]


class Make:
    """Small factories over the public create_* functions (the only write path)."""

    def __init__(self):
        self._n = 0

    def _next(self) -> int:
        self._n += 1
        return self._n

    def branch(self, **kw):

        return records.create(branches.KIND, {"name": f"第{self._next()}党支部", **kw})

    def area(self, **kw):

        return records.create(workareas.KIND, {"name": f"工区{self._next()}", **kw})

    def member(self, **kw):

        return records.create(members.KIND, {"name": f"成员{self._next()}", **kw})

    def cadre(self, **kw):
        return self.member(is_cadre=True, **kw)

    def visit(self, area=None, participants=None, **kw):

        area = area or self.area()
        participants = participants if participants is not None else [self.cadre()]
        return records.create(visits.KIND, {"visited_on": "2024-06-01", "work_area": area.id,
                                            "participants": participants, **kw})

    def concern(self, area=None, owner=None, **kw):

        area = area or self.area()
        owner = owner or self.cadre()
        return records.create(concerns.KIND, {
            "raised_on": "2024-06-01", "work_area": area.id, "raised_by_name": "王师傅",
            "description": "宿舍热水器坏了", "owner": owner.id, **kw})


def check_lifecycle(store, kind, row, *, visible, changes: dict, expected_diff: dict):
    """The contract every entity keeps through records.edit/delete/restore(kind, ...): audited
    create, revised update, silent no-op, tombstone delete hidden from lists, restore brought
    back — each with one audit entry."""
    from db import records
    from db.errors import NotFound

    model = kind.model

    def update(row_id, changes):
        return records.edit(kind, row_id, changes)

    def delete(row_id):
        return records.delete(kind, row_id)

    def restore(row_id):
        return records.restore(kind, row_id)

    row_id = row.id
    assert [e["action"] for e in audit_entries(row_id)] == ["create"]
    created = audit_entries(row_id)[0]["changes"]
    assert created == {k: v for k, v in created.items() if k in model.content_fields()}
    assert row.rev.startswith("1-") and json.loads(row.rev_history) == []
    assert row.modified_by == store.device.id
    assert visible(row_id)
    first_rev, first_seq = row.rev, row.seq

    update(row_id, changes)
    fresh = model.get_by_id(row_id)
    assert fresh.rev.startswith("2-") and json.loads(fresh.rev_history) == [first_rev]
    assert fresh.seq > first_seq
    last = audit_entries(row_id)[-1]
    assert last["action"] == "update" and last["changes"] == expected_diff

    before = digest(store.db)
    update(row_id, changes)  # the same change again changes nothing
    assert digest(store.db) == before

    delete(row_id)
    gone = model.get_by_id(row_id)
    assert gone.deleted and gone.seq > fresh.seq and gone.rev.startswith("3-")
    assert audit_entries(row_id)[-1] == {
        "action": "delete", "table": model._meta.table_name, "changes": {"deleted": [False, True]}}
    assert not visible(row_id)
    with pytest.raises(NotFound):
        update(row_id, changes)
    with pytest.raises(NotFound):
        delete(row_id)

    restore(row_id)
    back = model.get_by_id(row_id)
    assert not back.deleted and back.seq > gone.seq
    assert json.loads(back.rev_history)[:3] == [gone.rev, fresh.rev, first_rev]
    assert audit_entries(row_id)[-1]["action"] == "restore"
    assert visible(row_id)
    before = digest(store.db)
    restore(row_id)  # restoring a live row is a no-op
    assert digest(store.db) == before


@functools.cache
def _chinese_db_templates() -> frozenset[str]:
    from tools import translations

    catalogue = translations.read_ts(translations.catalogue_path("zh_CN"))
    return frozenset(s for s, text in catalogue.get("db", {}).items() if text)


def template_is_translated(template: str) -> bool:
    return template in _chinese_db_templates()


def assert_refused(unchanged, call, field: str, template: str | None = None):
    """`call()` raises ValidationError naming `field` (with `template`), and writes nothing."""
    from db.errors import ValidationError

    with unchanged(), pytest.raises(ValidationError) as info:
        call()
    problems = info.value.for_field(field)
    assert problems, f"no problem for {field!r}: {info.value}"
    if template is not None:
        assert template in [p.template for p in problems], str(info.value)
    for problem in info.value.problems:
        assert template_is_translated(problem.template), problem.template
        assert problem.message  # formats with its params
    return info.value
