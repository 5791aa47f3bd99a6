"""Conflicts the exchange kept: listing them side by side and resolving them.

A conflict is one row with two versions: the one shown in the table (the interim winner, the same
on every device) and another kept in SyncConflict. Resolving writes a new revision whose history
holds both, so any device that receives it sees it descends from its own version and closes the
conflict there too.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import peewee as pw

from db import clock, records, revisions
from db.errors import BranchDeskError, NotFound
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Branch,
    Concern,
    Member,
    SyncConflict,
    SyncModel,
    SyncPeer,
    Visit,
    WorkArea,
    database,
)
from db.sync.incoming import parse_history, references
from db.sync.merge import MODELS
from db.sync.package import sync_columns

NO_SUCH_CONFLICT = QT_TRANSLATE_NOOP("db", "This conflict was already resolved or does not exist.")
BAD_CHOICE = QT_TRANSLATE_NOOP("db", "Choose “local”, “incoming”, or a version for each field.")

TITLE_COLUMNS = ("name", "description", "summary", "text", "visited_on", "raised_on", "start_on")


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    title: str
    detected_at: dt.datetime
    shown: dict  # column → value, the version in the table ("local")
    other: dict  # the kept competing version ("incoming")
    shown_by: str  # device names
    other_by: str
    fields: list[str]  # content columns, in the table's order
    differing: list[str]
    flags: frozenset[str] = frozenset()  # yes/no columns (stored as 0/1)
    references: frozenset[str] = frozenset()  # columns holding another row's id
    names: dict[str, str] = field(default_factory=dict)  # such an id → what people call that row


def device_names(own_name: str = "") -> dict[str, str]:
    names = {p.device_id: p.name for p in SyncPeer.select()}
    if own_name:
        names[records.current_device()] = own_name
    return names


def _content_columns(table: str) -> list[str]:
    return [c for c in sync_columns(MODELS[table]) if c not in SyncModel.IDENTITY_FIELDS]


def _shown(table: str, row_id: str) -> dict:
    columns = sync_columns(MODELS[table])
    names = ", ".join(f'"{c}"' for c in columns)
    found = database.execute_sql(f'SELECT {names} FROM "{table}" WHERE id = ?', [row_id]).fetchone()
    return dict(zip(columns, found, strict=True))


def _title(shown: dict) -> str:
    return next((str(shown[c]) for c in TITLE_COLUMNS if shown.get(c)), shown["id"][:8])


def _referenced_models(table: str) -> dict[str, type[pw.Model]]:
    """Column → the model whose id it holds."""
    return references(MODELS[table])


def _row_names(model: type[pw.Model], ids: set[str]) -> dict[str, str]:
    """What people call these rows (deleted ones too): names, a visit's day and place, the start
    of a concern. Never a visit's summary, which may be private."""
    if not ids:
        return {}
    if model in (Member, WorkArea, Branch):
        return dict(model.select(model.id, model.name).where(model.id.in_(ids)).tuples())
    if model is Visit:
        query = (Visit.select(Visit.id, Visit.visited_on, WorkArea.name).join(WorkArea)
                 .where(Visit.id.in_(ids)).tuples())
        return {row_id: f"{day} {area}" for row_id, day, area in query}
    if model is Concern:
        query = Concern.select(Concern.id, Concern.description).where(Concern.id.in_(ids))
        return {row_id: text.splitlines()[0][:30] if text else row_id[:8]
                for row_id, text in query.tuples()}
    return {}


def _reference_names(table: str, versions: tuple[dict, ...]) -> dict[str, str]:
    names: dict[str, str] = {}
    for column, model in _referenced_models(table).items():
        ids = {i for v in versions if isinstance(i := v.get(column), str) and i}
        names.update(_row_names(model, ids))
    return names


def _view(record: SyncConflict, names: dict[str, str]) -> ConflictView:
    shown = _shown(record.table_name, record.row_id)
    other = json.loads(record.data)
    fields = _content_columns(record.table_name)
    model = MODELS[record.table_name]
    return ConflictView(
        id=record.id, table=record.table_name, row_id=record.row_id, title=_title(shown),
        detected_at=record.detected_at, shown=shown, other=other,
        shown_by=names.get(shown["modified_by"], shown["modified_by"]),
        other_by=names.get(other.get("modified_by"), other.get("modified_by", "")),
        fields=fields, differing=[f for f in fields if shown.get(f) != other.get(f)],
        flags=frozenset(f.column_name for f in model._meta.sorted_fields
                        if isinstance(f, pw.BooleanField)),
        references=frozenset(_referenced_models(record.table_name)),
        names=_reference_names(record.table_name, (shown, other)))


def list_conflicts(own_name: str = "") -> list[ConflictView]:
    """Open conflicts, oldest first; `own_name` names this device's versions."""
    names = device_names(own_name)
    query = (SyncConflict.select().where(SyncConflict.resolved_at.is_null())
             .order_by(SyncConflict.detected_at, SyncConflict.table_name, SyncConflict.row_id))
    return [_view(record, names) for record in query]


def resolve_conflict(conflict_id: str, choose: str | dict) -> str:
    """Settle a conflict: keep the shown version ("local"), take the other ("incoming"), or pick
    per field ({column: "local" | "incoming"}, unnamed columns keep the shown value).

    Writes a revision descending from both versions, through the audit log; returns its rev.
    """
    with database.atomic():
        record = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
        if record is None or record.resolved_at is not None:
            raise NotFound(NO_SUCH_CONFLICT)
        table, model = record.table_name, MODELS[record.table_name]
        shown, other = _shown(table, record.row_id), json.loads(record.data)
        fields = _content_columns(table)
        if choose == "local":
            picks = {}
        elif choose == "incoming":
            picks = {f: "incoming" for f in fields}
        elif isinstance(choose, dict) and set(choose) <= set(fields) and set(
                choose.values()) <= {"local", "incoming"}:
            picks = choose
        else:
            raise BranchDeskError(BAD_CHOICE)
        content = {f: other.get(f) if picks.get(f) == "incoming" else shown[f] for f in fields}
        parents = [shown["rev"], other["rev"]]
        rev = revisions.make_merge_rev(parents, content)
        history = revisions.merge_histories(parents, parse_history(shown["rev_history"]),
                                          parse_history(other.get("rev_history")))
        row = model.get_by_id(record.row_id)
        by_column = {f.column_name: f.name for f in model._meta.sorted_fields}
        for column, value in content.items():
            setattr(row, by_column[column], value)
        kind = records.kind_of(model)
        if kind is not None and choose != "local":
            # The chosen mix must be a valid record here (end before start, a duplicate name,
            # a reference to a row in the trash ...): a refusal rolls the whole choice back.
            kind.validate(records.content_of(row), row)
        row.rev, row.rev_history = rev, json.dumps(history)
        row.modified_at, row.modified_by = clock.now(), records.current_device()
        row.seq = records.next_seq()
        row.save()
        choice = choose if isinstance(choose, str) else "fields"
        records.audit(table, record.row_id, "resolve",
                      {"choice": choice, "rev": rev, "versions": parents})
        record.resolved_at, record.resolution = clock.now(), choice
        record.save()
        return rev
