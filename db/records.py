"""The one write path: every create, update, delete and restore of a synced row passes here.

It stamps sync identity (modified time and device, a new revision, the local change counter) and
writes the audit entry in the caller's transaction. Entity modules validate, then call these.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import peewee as pw

from db import clock, journal
from db.errors import NotFound
from db.i18n import QT_TRANSLATE_NOOP
from db.models import AuditEntry, Meta, SyncModel, database, new_id

T = TypeVar("T", bound=SyncModel)
REV_HISTORY_LIMIT = 100

_device = {"id": "unknown"}


def set_device(device_id: str) -> None:
    _device["id"] = device_id


def current_device() -> str:
    return _device["id"]


def jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def content_of(row: SyncModel) -> dict:
    """The record's own fields (foreign keys as ids), JSON-ready: what a revision hashes."""
    data = row.__data__
    return {name: jsonable(data.get(name)) for name in row.content_fields()}


def make_rev(parent: str | None, content: dict) -> str:
    generation = int(parent.split("-", 1)[0]) + 1 if parent else 1
    payload = json.dumps([parent, content], sort_keys=True, ensure_ascii=False, default=str)
    return f"{generation}-{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:20]}"


def rev_key(rev: str) -> tuple[int, str]:
    """Order of revisions for a deterministic winner: higher generation, then higher hash."""
    generation, _, digest = rev.partition("-")
    return int(generation), digest


def make_merge_rev(parents: list[str], content: dict) -> str:
    """A revision that descends from several heads (a resolved conflict): one generation above
    the highest, hashed over all parents so every device resolving alike gets the same rev."""
    generation = max(rev_key(p)[0] for p in parents) + 1
    payload = json.dumps([sorted(parents), content], sort_keys=True, ensure_ascii=False,
                         default=str)
    return f"{generation}-{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:20]}"


def merge_histories(*histories: list[str]) -> list[str]:
    """Union of revision lists, newest first, capped like any history."""
    merged = {rev for history in histories for rev in history}
    return sorted(merged, key=rev_key, reverse=True)[:REV_HISTORY_LIMIT]


def next_seq(count: int = 1) -> int:
    """Reserve `count` local change numbers; returns the last one. Call inside a transaction."""
    row = Meta.get_or_none(Meta.key == "seq")
    last = (int(row.value) if row else 0) + count
    Meta.insert(key="seq", value=str(last)).on_conflict_replace().execute()
    return last


def audit(table: str, row_id: str, action: str, changes: dict) -> None:
    AuditEntry.create(
        at=clock.now(), device=current_device(), table_name=table, row_id=row_id, action=action,
        changes=json.dumps(changes, ensure_ascii=False, default=str),
    )


def get_row(model: type[T], row_id, *, include_deleted: bool = False) -> T:
    if isinstance(row_id, SyncModel):
        row_id = row_id.id
    row = model.get_or_none(model.id == row_id)
    if row is None or (row.deleted and not include_deleted):
        raise NotFound(QT_TRANSLATE_NOOP("db", "No such record: {id}"), id=str(row_id))
    return row


def stamp(row: SyncModel, *, new: bool, seq: int | None = None,
          content: dict | None = None) -> None:
    """Sync identity for a row about to be written; `content`: its content_of, if known."""
    now = clock.now()
    if new:
        row.created_at = now
        row.rev_history = "[]"
    else:
        history = json.loads(row.rev_history or "[]")
        row.rev_history = json.dumps(([row.rev] + history)[:REV_HISTORY_LIMIT])
    row.modified_at = now
    row.modified_by = current_device()
    row.rev = make_rev(None if new else row.rev, content if content is not None
                       else content_of(row))
    row.seq = seq if seq is not None else next_seq()


def insert(model: type[T], values: dict) -> T:
    row = model(**values)
    stamp(row, new=True)
    row.save(force_insert=True)
    audit(model._meta.table_name, row.id, "create", content_of(row))
    return row


def insert_many(model: type[SyncModel], values_list: list[dict]) -> list[str]:
    """Insert many validated rows at once, stamped and audited exactly as `insert` does.

    For imports: one statement per chunk instead of four per row. Returns the new ids in order.
    """
    if not values_list:
        return []
    first = next_seq(len(values_list)) - len(values_list) + 1
    rows, audits = [], []
    device, table = current_device(), model._meta.table_name
    for offset, values in enumerate(values_list):
        row = model(**values)
        content = content_of(row)  # stamping changes no content field: one reading serves both
        stamp(row, new=True, seq=first + offset, content=content)
        rows.append(dict(row.__data__))
        audits.append({"id": new_id(), "at": row.created_at, "device": device,
                       "table_name": table, "row_id": row.id, "action": "create",
                       "changes": json.dumps(content, ensure_ascii=False, default=str)})
    _insert_rows(model, rows)
    _insert_rows(AuditEntry, audits)
    return [row["id"] for row in rows]


def _insert_rows(model: type[pw.Model], rows: list[dict]) -> None:
    """One INSERT composed once and run over every row (executemany): peewee composing a
    statement for each 30-row chunk was a third of a 2,000-member import."""
    names = set().union(*rows)
    fields = [f for f in model._meta.sorted_fields if f.name in names]
    sql, _params = model.insert_many([[rows[0].get(f.name) for f in fields]], fields=fields).sql()
    journal.executemany(sql, [[f.db_value(row.get(f.name)) for f in fields] for row in rows])


def update(row: T, changes: dict, *, action: str = "update") -> T:
    """Apply `changes`; a change that changes nothing writes nothing."""
    before = content_of(row)
    for name, value in changes.items():
        setattr(row, name, value)
    after = content_of(row)
    diff = {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}
    if not diff:
        return row
    stamp(row, new=False)
    row.save()
    audit(row._meta.table_name, row.id, action, diff)
    return row


@dataclass(frozen=True)
class Kind:
    """How one entity is validated, guarded and written: the argument of create/edit/delete/
    restore/check/get, so every entity is changed the same way.

    `validate(data, current)` returns the clean column values (`current` is None for a new
    record). An entity that holds more than its columns (a visit's people, a concern's history)
    names the extra keys it accepts in `extra`; its `validate` returns them beside the columns,
    and `after_write(row, extras, before)` writes them in the same transaction (`before` is the
    row's content before an edit, None on creation).
    """

    model: type[SyncModel]
    validate: Callable[[dict, SyncModel | None], dict]
    before_delete: Callable[[SyncModel], None] | None = None
    extra: tuple[str, ...] = ()
    after_write: Callable[[SyncModel, dict, dict | None], None] | None = None

    def split(self, clean: dict) -> tuple[dict, dict]:
        """Validated values → (the columns, the extra keys)."""
        return ({k: v for k, v in clean.items() if k not in self.extra},
                {k: clean[k] for k in self.extra if k in clean})


def get(kind: Kind, row_id, *, include_deleted: bool = False) -> SyncModel:
    """The live record (or a trashed one with include_deleted); NotFound otherwise."""
    return get_row(kind.model, row_id, include_deleted=include_deleted)


def create(kind: Kind, data: dict) -> SyncModel:
    with database.atomic():
        fields, extras = kind.split(kind.validate(dict(data), None))
        row = insert(kind.model, fields)
        if kind.after_write:
            kind.after_write(row, extras, None)
        return row


def _known(kind: Kind, data: dict) -> dict:
    """A field the record does not have (or `deleted`, which only delete/restore change) is a
    programming error, not something to drop quietly."""
    allowed = set(kind.model.content_fields()) | set(kind.extra)
    unknown = sorted(set(data) - allowed | ({"deleted"} & set(data)))
    if unknown:
        raise TypeError(f"{kind.model.__name__} has no field(s) {', '.join(unknown)}")
    return data


def edit(kind: Kind, row_id, changes: dict) -> SyncModel:
    """Apply `changes` (fields left out keep their values); validated as a whole record."""
    _known(kind, changes)
    with database.atomic():
        row = get_row(kind.model, row_id)
        before = content_of(row)
        fields, extras = kind.split(kind.validate({**before, **changes}, row))
        update(row, fields)
        if kind.after_write:
            kind.after_write(row, extras, before)
        return row


def delete(kind: Kind, row_id) -> SyncModel:
    """Move to the trash (a tombstone); `restore` brings it back."""
    with database.atomic():
        row = get_row(kind.model, row_id)
        if kind.before_delete:
            kind.before_delete(row)
        return update(row, {"deleted": True}, action="delete")


def restore(kind: Kind, row_id) -> SyncModel:
    with database.atomic():
        row = get_row(kind.model, row_id, include_deleted=True)
        if not row.deleted:
            return row
        kind.validate(content_of(row), row)  # e.g. its work area is itself in the trash
        return update(row, {"deleted": False}, action="restore")


def check(kind: Kind, data: dict, row_id=None) -> dict:
    """Validate `data` as a new record (or as changes to `row_id`) without writing anything.

    Dialogs call this as the user types; it raises the same ValidationError that saving would.
    """
    if row_id is None:
        return kind.split(kind.validate(dict(data), None))[0]
    row = get_row(kind.model, row_id)
    return kind.split(kind.validate({**content_of(row), **data}, row))[0]
