"""The one write path: every create, update, delete and restore of a synced row passes here.

It stamps sync identity (modified time and device, a new revision, the local change counter) and
writes the audit entry in the caller's transaction. Entity modules validate, then call these.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from db import clock
from db.errors import NotFound
from db.i18n import QT_TRANSLATE_NOOP
from db.models import AuditEntry, DatabaseFact, SyncModel, database, new_id
from db.revisions import (
    REV_HISTORY_LIMIT,
    content_of,
    created_rev,
    first_revs,
    make_rev,
    sorted_json,
)
from db.rowdata import dates_as_text, insert_columns, insert_rows, new_columns
from db.validate import DELETED_REF, fetch_row

T = TypeVar("T", bound=SyncModel)
SEQ_KEY = "seq"
# What the audit log holds instead of the text of a private field (a private visit's summary):
# that it changed, never what it says.
PRIVATE_MARK = "(private)"
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False)


def current_device() -> str:
    """The device id of the data folder whose database is open (db.store.Store.open gives it
    to the connection), "unknown" without one."""
    return getattr(database.obj, "device_id", None) or "unknown"


def current_seq() -> int:
    """The last local change number given (0 in a new database)."""
    return int(DatabaseFact.read(SEQ_KEY, "0"))


def next_seq(count: int = 1) -> int:
    """Reserve `count` local change numbers; returns the last one. Call inside a transaction.

    The one place the counter is written: the record layer and the exchange both reserve here."""
    last = current_seq() + count
    if count:
        DatabaseFact.write(SEQ_KEY, str(last))
    return last


def masked(row: SyncModel, changes: dict) -> dict:
    """`changes` for the audit log, the values of the row's private fields replaced by a mark."""
    private = row.private_fields()
    if not private:
        return changes
    return {k: ([PRIVATE_MARK if v else v for v in value] if isinstance(value, list)
                else (PRIVATE_MARK if value else value)) if k in private else value
            for k, value in changes.items()}


def audit(table: str, row_id: str, action: str, changes: dict | str) -> None:
    """The audit entry of one change; `changes` as a dict or as its JSON text already made."""
    insert_rows(AuditEntry, [{
        "id": new_id(), "at": clock.now(), "device": current_device(), "table_name": table,
        "row_id": row_id, "action": action,
        "changes": changes if isinstance(changes, str) else _AUDIT_JSON.encode(changes)}])


def get_row(model: type[T], row_id: str | SyncModel, *,
            include_deleted: bool = False) -> T:
    if isinstance(row_id, SyncModel):
        row_id = row_id.id
    row = fetch_row(model, row_id)  # peewee's get composes its SELECT anew: ~1 ms a row
    if row is None or (row.deleted and not include_deleted):
        raise NotFound(QT_TRANSLATE_NOOP("db", "No such record: {id}"), id=str(row_id))
    return row


def stamp(row: SyncModel, *, new: bool, seq: int | None = None,
          content: dict | None = None, rev: str | None = None) -> None:
    """Sync identity for a row about to be written; `content`: its content_of, if known;
    `rev`: its new revision, if made already."""
    now = clock.now()
    if new:
        row.created_at = now
        row.rev_history = "[]"
    else:
        history = json.loads(row.rev_history or "[]")
        row.rev_history = json.dumps(([row.rev] + history)[:REV_HISTORY_LIMIT])
    row.modified_at = now
    row.modified_by = current_device()
    row.rev = rev or make_rev(None if new else row.rev, content if content is not None
                              else content_of(row))
    row.seq = seq if seq is not None else next_seq()


def _audit_text(row: SyncModel, content: dict, text: str) -> str:
    """The audit's changes of a created row: `text` (its content as JSON), or the content with
    its private fields masked."""
    if not row.private_fields():
        return text
    return sorted_json(masked(row, content))


def insert(model: type[T], values: dict) -> T:
    row = model(**values)
    content = content_of(row)  # stamping changes no content field
    rev, text = created_rev(content)
    stamp(row, new=True, rev=rev)
    insert_rows(model, [dict(row.__data__)])  # as save(force_insert=True), composed once
    row._dirty.clear()
    audit(model._meta.table_name, row.id, "create", _audit_text(row, content, text))
    return row


def insert_many(model: type[SyncModel], values_list: list[dict], *,
                action: str = "import") -> list[str]:
    """Insert many validated rows at once, stamped exactly as `insert` does (the same
    created/modified stamps, revisions and change numbers a row written alone gets).

    For imports: one statement per chunk instead of four per row. Returns the new ids in order.
    Each row's values are what `model(**values)` would hold, made without a model instance.

    Audit (a decision of issue 13 that departs from DESIGN.md's one entry per change): the
    batch is audited by ONE AuditEntry, `action` ("import") on `model`'s table, its `changes`
    the batch's count and ids ({"count": n, "ids": [...]}), its `row_id` "" (the entry names
    many rows). No field values are written, so a private field's text never is. A single
    create, edit, delete or restore keeps its own entry.
    """
    if not values_list:
        return []
    count = len(values_list)
    first = next_seq(count) - count + 1
    device, now = current_device(), clock.now()  # one moment for the batch, one transaction
    columns = new_columns(model, values_list)
    dates = dates_as_text(model, columns)  # JSON and SQLite both write a date as this text
    columns.update(dates)
    revs = first_revs(model, columns, count)  # stamping changes no content field
    columns.update(created_at=[now] * count, modified_at=[now] * count,
                   modified_by=[device] * count, rev_history=["[]"] * count, rev=revs,
                   seq=list(range(first, first + count)))
    insert_columns(model, columns, bound=dates.keys())
    ids = columns["id"]
    audit(model._meta.table_name, "", action, {"count": count, "ids": ids})
    return ids


def update(row: T, changes: dict, *, action: str = "update") -> T:
    """Apply `changes`; a change that changes nothing writes nothing."""
    before = content_of(row)
    was_private = row.private_fields()
    for name, value in changes.items():
        setattr(row, name, value)
    after = content_of(row)
    diff = {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}
    if not diff:
        return row
    stamp(row, new=False)
    row.save()
    private = set(was_private) | set(row.private_fields())
    changed = {k: ([PRIVATE_MARK if v else v for v in value] if k in private else value)
               for k, value in diff.items()}
    audit(row._meta.table_name, row.id, action, changed)
    return row


@dataclass(frozen=True)
class Kind(Generic[T]):
    """How one entity is validated, guarded and written: the argument of create/edit/delete/
    restore/check/get, so every entity is changed the same way (`Kind[Member]`: they return a
    Member).

    `validate(data, current)` returns the clean column values (`current` is None for a new
    record). An entity that holds more than its columns (a visit's people, a concern's history)
    names the extra keys it accepts in `extra`; its `validate` returns them beside the columns,
    and `after_write(row, extras, before)` writes them in the same transaction (`before` is the
    row's content before an edit, None on creation).

    Every Kind made registers itself (`kind_of(model)`), so an exchange package's rows pass the
    same validation as a local edit for every synced table that has one. `concurrent` names
    problems that two machines can cause between them without either doing wrong (a record
    referring to one the other machine moved to the trash meanwhile): a local edit is refused
    them, a row arriving from another machine is not, so an exchange can never be blocked for
    good by what both sides did right. Such a row is checked by `columns` when the Kind has
    extra keys.
    """

    model: type[T]
    validate: Callable[[dict, Any], dict]    # (data, the current row of `model` or None)
    before_delete: Callable[[Any], None] | None = None
    extra: tuple[str, ...] = ()
    after_write: Callable[[Any, dict, dict | None], None] | None = None
    concurrent: frozenset[str] = frozenset({DELETED_REF})
    # The row's own columns alone, for a row that arrives from another machine without the
    # extra keys (its people come as their own rows); `validate` when None.
    columns: Callable[[dict, Any], dict] | None = None

    def __post_init__(self) -> None:
        _KINDS[self.model] = self

    def split(self, clean: dict) -> tuple[dict, dict]:
        """Validated values → (the columns, the extra keys)."""
        return ({k: v for k, v in clean.items() if k not in self.extra},
                {k: clean[k] for k in self.extra if k in clean})


_KINDS: dict[type[SyncModel], Kind] = {}


def kind_of(model: type[SyncModel]) -> Kind | None:
    """The registered Kind of a synced table (None for link and history tables)."""
    return _KINDS.get(model)


def get(kind: Kind[T], row_id: str | SyncModel, *, include_deleted: bool = False) -> T:
    """The live record (or a trashed one with include_deleted); NotFound otherwise."""
    return get_row(kind.model, row_id, include_deleted=include_deleted)


def create(kind: Kind[T], data: dict) -> T:
    with database.atomic():
        fields, extras = kind.split(kind.validate(dict(data), None))
        row = insert(kind.model, fields)
        if kind.after_write:
            kind.after_write(row, extras, None)
        return row


def _known(kind: Kind[Any], data: dict) -> dict:
    """A field the record does not have (or `deleted`, which only delete/restore change) is a
    programming error, not something to drop quietly."""
    allowed = set(kind.model.content_fields()) | set(kind.extra)
    unknown = sorted(set(data) - allowed | ({"deleted"} & set(data)))
    if unknown:
        raise TypeError(f"{kind.model.__name__} has no field(s) {', '.join(unknown)}")
    return data


def edit(kind: Kind[T], row_id: str | SyncModel, changes: dict) -> T:
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


def delete(kind: Kind[T], row_id: str | SyncModel) -> T:
    """Move to the trash (a tombstone); `restore` brings it back."""
    with database.atomic():
        row = get_row(kind.model, row_id)
        if kind.before_delete:
            kind.before_delete(row)
        # A deleted private record keeps no private text (DESIGN: private visit content).
        blank = {name: "" for name in row.private_fields()}
        return update(row, {"deleted": True, **blank}, action="delete")


def restore(kind: Kind[T], row_id: str | SyncModel) -> T:
    with database.atomic():
        row = get_row(kind.model, row_id, include_deleted=True)
        if not row.deleted:
            return row
        kind.validate(content_of(row), row)  # e.g. its work area is itself in the trash
        return update(row, {"deleted": False}, action="restore")


def check(kind: Kind[Any], data: dict, row_id: str | SyncModel | None = None) -> dict:
    """Validate `data` as a new record (or as changes to `row_id`) without writing anything.

    Dialogs call this as the user types; it raises the same ValidationError that saving would.
    """
    if row_id is None:
        return kind.split(kind.validate(dict(data), None))[0]
    row = get_row(kind.model, row_id)
    return kind.split(kind.validate({**content_of(row), **data}, row))[0]
