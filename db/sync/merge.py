"""Importing an exchange package: merge rows by revision, keep conflicts, never lose a version.

Per incoming row (CouchDB's rules over our linear `rev_history`):
- unknown id → inserted;
- the same revision, or one the local row already descends from → nothing;
- the incoming revision descends from the local one → taken (fast-forward);
- otherwise both sides changed the row since they last met (a delete against an edit too): both
  versions are kept. The row shows a deterministic interim winner (higher generation, then higher
  hash, so every device shows the same one) and each other version ("head") waits in
  SyncConflict until someone resolves it. Open conflicts travel in packages, so every device
  lists them; a resolution is a revision descending from both heads, so it closes the conflict
  wherever it arrives.

Imported rows keep their rev and modified_by; they get new local change numbers so that they
travel onward. The whole import is one transaction: a refusal or a failure leaves the database
as it was, and importing the same package twice changes nothing the second time.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

import peewee as pw

from db import clock, records
from db.datafolder import Device
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    SYNC_MODELS,
    AuditEntry,
    ExchangeLog,
    Meta,
    Organisation,
    SyncConflict,
    SyncModel,
    SyncPeer,
    UtcDateTimeField,
    database,
    new_id,
)
from db.sync.package import (
    DAMAGED,
    Package,
    PackageError,
    current_seq,
    organisation_id,
    read_package,
    sync_columns,
)

OTHER_BRANCH = QT_TRANSLATE_NOOP(
    "db", "{path} belongs to another general branch (“{name}”). Nothing was imported; exchange "
    "packages only between machines of the same general branch.")
NEEDS_FULL = QT_TRANSLATE_NOOP(
    "db", "{path} holds only recent changes, but this database is new. Nothing was imported; ask "
    "the other machine for a full package (export without choosing a device).")
OWN_PACKAGE = QT_TRANSLATE_NOOP(
    "db", "{path} was exported by this machine. Nothing was imported; import it on the other "
    "machine.")
MISSING_REFERENCES = QT_TRANSLATE_NOOP(
    "db", "{path} refers to records this database does not have ({detail}). Nothing was "
    "imported; ask the other machine for a full package (export without choosing a device).")
NO_SUCH_CONFLICT = QT_TRANSLATE_NOOP("db", "This conflict was already resolved or does not exist.")
BAD_CHOICE = QT_TRANSLATE_NOOP("db", "Choose “local”, “incoming”, or a version for each field.")

MODELS = {m._meta.table_name: m for m in SYNC_MODELS}
UTC_COLUMNS = {m._meta.table_name: {f.column_name for f in m._meta.sorted_fields
                                    if isinstance(f, UtcDateTimeField)} for m in SYNC_MODELS}
IDENTITY_COLUMNS = ("id", "created_at", "modified_at", "modified_by", "rev", "rev_history", "seq")
CHUNK = 500


@dataclass
class ImportSummary:
    source: Device
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # the local row is newer than the incoming one
    conflicts: int = 0
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)
    adopted_organisation: bool = False

    def count(self, table: str, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        bucket = self.per_table.setdefault(table, {})
        bucket[outcome] = bucket.get(outcome, 0) + 1

    def as_dict(self) -> dict:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "kept": self.kept, "conflicts": self.conflicts}


@dataclass
class _Head:
    rev: str
    history: list[str]
    data: dict | None = None  # None for the version in the table (read when needed)
    record: SyncConflict | None = None


def parse_history(value) -> list[str]:
    if isinstance(value, list):
        return value
    return json.loads(value or "[]")


class _Merger:
    """One import: classifies rows, writes them in batches, allots local change numbers."""

    def __init__(self, package: Package, device: Device):
        self.package = package
        self.device = device
        self.summary = ImportSummary(package.source)
        self.first_seq = current_seq() + 1
        self.seq = self.first_seq - 1
        # Rows and kept versions whose revision the source may lack: numbered after the range
        # of change numbers that an export for the source skips.
        self.renumber: list[tuple[str, str]] = []
        self.audits: list[tuple] = []
        self.now = clock.now()

    def take_seq(self) -> int:
        self.seq += 1
        return self.seq

    # tables --------------------------------------------------------------------------------------
    def merge_table(self, model: type[SyncModel], columns: list[str], rows: list[list]) -> None:
        table = model._meta.table_name
        local_columns = sync_columns(model)
        unknown = set(columns) - set(local_columns)
        if unknown or "id" not in columns or "rev" not in columns:
            raise PackageError(DAMAGED, path=str(self.package.path),
                               detail=f"{table}: {', '.join(sorted(unknown)) or 'no id'}")
        missing = [c for c in local_columns if c not in columns]
        defaults = [_default(model, c) for c in missing]
        all_columns = columns + missing
        at = {c: i for i, c in enumerate(all_columns)}
        i_id, i_rev, i_hist = at["id"], at["rev"], at.get("rev_history")
        local = self._local_revs(table, [r[i_id] for r in rows])
        heads = self._open_heads(table)
        inserts, updates = [], []
        for raw in rows:
            if len(raw) != len(columns):
                raise PackageError(DAMAGED, path=str(self.package.path), detail=table)
            row = list(raw) + defaults
            row_id, rev = row[i_id], row[i_rev]
            mine = local.get(row_id)
            if mine is None:
                inserts.append(row + [self.take_seq()])
                local[row_id] = (rev, [])  # a duplicate id later in the package merges normally
                self.summary.count(table, "new")
                continue
            if row_id not in heads:
                local_rev, local_history = mine[0], parse_history(mine[1])
                if rev == local_rev:
                    self.summary.count(table, "unchanged")
                    continue
                if rev in local_history:
                    self.summary.count(table, "kept")
                    continue
                incoming_history = parse_history(row[i_hist]) if i_hist is not None else []
                if local_rev in incoming_history:
                    updates.append(row + [self.take_seq(), row_id])
                    self.summary.count(table, "updated")
                    continue
            self._flush(table, all_columns, inserts, updates)
            inserts, updates = [], []
            self.merge_heads(model, dict(zip(all_columns, row, strict=True)), heads.get(row_id, []))
        self._flush(table, all_columns, inserts, updates)

    def _flush(self, table: str, columns: list[str], inserts: list, updates: list) -> None:
        names = ", ".join(f'"{c}"' for c in [*columns, "seq"])
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        # Date-times in the one stored format, whatever the sending version wrote.
        times = [i for i, c in enumerate(columns) if c in UTC_COLUMNS.get(table, ())]
        for row in (*inserts, *updates) if times else ():
            for i in times:
                if isinstance(row[i], str):
                    try:
                        row[i] = clock.utc_text(row[i])
                    except ValueError as exc:
                        raise PackageError(DAMAGED, path=str(self.package.path),
                                           detail=f"{table}.{columns[i]}") from exc
        cursor = database.cursor()
        if inserts:
            cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', inserts)
        if updates:
            sets = ", ".join(f'"{c}" = ?' for c in [*columns, "seq"])
            cursor.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?', updates)
        i_id, i_rev = columns.index("id"), columns.index("rev")
        for action, batch in (("import", inserts), ("import", updates)):
            for row in batch:
                self.audits.append((table, row[i_id], action, row[i_rev]))

    def _local_revs(self, table: str, ids: list[str]) -> dict[str, tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row_id, rev, history in database.execute_sql(
                    f'SELECT id, rev, rev_history FROM "{table}" WHERE id IN ({marks})', chunk):
                found[row_id] = (rev, history)
        return found

    @staticmethod
    def _open_heads(table: str) -> dict[str, list[SyncConflict]]:
        heads: dict[str, list[SyncConflict]] = {}
        for record in SyncConflict.select().where(SyncConflict.table_name == table,
                                                  SyncConflict.resolved_at.is_null()):
            heads.setdefault(record.row_id, []).append(record)
        return heads

    # conflicts -----------------------------------------------------------------------------------
    def merge_heads(self, model: type[SyncModel], incoming: dict, records_: list[SyncConflict]
                    ) -> None:
        """The general case: the row has (or is about to have) competing versions."""
        table = model._meta.table_name
        columns = sync_columns(model)
        shown_data = _row_data(table, columns, incoming["id"])
        if shown_data is None:  # a conflict version for a row not here yet: it is simply new
            self._write(table, columns, incoming, insert=True)
            self.summary.count(table, "new")
            return
        heads = [_Head(shown_data["rev"], parse_history(shown_data["rev_history"]), shown_data)]
        for record in records_:
            data = json.loads(record.data)
            heads.append(_Head(record.rev, parse_history(data.get("rev_history")), data, record))
        rev, history = incoming["rev"], parse_history(incoming.get("rev_history"))
        known = {h.rev for h in heads} | {old for h in heads for old in h.history}
        if rev in known:
            self.summary.count(table, "unchanged" if rev in {h.rev for h in heads} else "kept")
            return
        ancestors = set(history)
        survivors = [h for h in heads if h.rev not in ancestors]
        new_head = _Head(rev, history, incoming)
        all_heads = [*survivors, new_head]
        winner = max(all_heads, key=lambda h: records.rev_key(h.rev))
        if winner is not heads[0]:
            self._write(table, columns, winner.data, insert=False,
                        in_range=winner is new_head)
        for head in heads[1:]:
            if head not in survivors or head is winner:
                self._close(head.record, "superseded" if head not in survivors else "shown")
        for head in all_heads:
            if head is not winner and head.record is None:
                self._keep(table, head.data)
        if len(all_heads) == 1:
            self.summary.count(table, "updated")
        else:
            self.summary.count(table, "conflicts")

    def _write(self, table: str, columns: list[str], data: dict, *, insert: bool,
               in_range: bool = True) -> None:
        row = [data.get(c) for c in columns] + [self.take_seq()]
        self._flush(table, columns, [row] if insert else [], [] if insert else [row + [data["id"]]])
        if not in_range:
            self.renumber.append((table, data["id"]))

    def _keep(self, table: str, data: dict) -> None:
        record = SyncConflict.create(
            table_name=table, row_id=data["id"], rev=data["rev"],
            data=json.dumps(data, ensure_ascii=False), detected_at=self.now, seq=self.first_seq)
        self.renumber.append((SyncConflict._meta.table_name, record.id))
        self.audits.append((table, data["id"], "conflict", data["rev"]))

    def _close(self, record: SyncConflict | None, how: str) -> None:
        if record is not None:
            record.resolved_at, record.resolution = self.now, how
            record.save()

    # finishing -----------------------------------------------------------------------------------
    def finish(self) -> None:
        last_in_range = self.seq
        for table, row_id in self.renumber:
            database.execute_sql(f'UPDATE "{table}" SET seq = ? WHERE id = ?',
                                 [self.take_seq(), row_id])
        if self.seq >= self.first_seq:
            Meta.insert(key="seq", value=str(self.seq)).on_conflict_replace().execute()
        if self.audits:
            device = records.current_device()
            source = self.package.source.name or self.package.source.id
            AuditEntry.insert_many(
                [(new_id(), self.now, device, table, row_id, action,
                  json.dumps({"rev": rev, "from": source}, ensure_ascii=False))
                 for table, row_id, action, rev in self.audits],
                fields=[AuditEntry.id, AuditEntry.at, AuditEntry.device, AuditEntry.table_name,
                        AuditEntry.row_id, AuditEntry.action, AuditEntry.changes],
            ).execute()
        manifest = self.package.manifest
        source = self.package.source
        peer = SyncPeer.get_or_none(SyncPeer.device_id == source.id)
        is_new = peer is None
        peer = peer or SyncPeer(device_id=source.id, acked_seq=0, received_seq=0)
        peer.name = source.name or peer.name or source.id
        if int(manifest.get("since_seq", 0)) <= peer.received_seq:
            peer.received_seq = max(peer.received_seq, int(manifest.get("upto_seq", 0)))
        seen = manifest.get("seen") or {}
        peer.acked_seq = max(peer.acked_seq, int(seen.get(self.device.id, 0)))
        peer.last_exchange_at = self.now
        peer.save(force_insert=is_new)
        has_range = last_in_range >= self.first_seq
        ExchangeLog.create(at=self.now, direction="import", device_id=source.id,
                           device_name=peer.name, file_name=self.package.path.name,
                           counts=json.dumps(self.summary.as_dict()),
                           seq_from=self.first_seq if has_range else None,
                           seq_to=last_in_range if has_range else None)


def _default(model: type[SyncModel], column: str):
    default = model._meta.columns[column].default
    return default() if callable(default) else default


def _row_data(table: str, columns: list[str], row_id: str) -> dict | None:
    names = ", ".join(f'"{c}"' for c in columns)
    found = database.execute_sql(f'SELECT {names} FROM "{table}" WHERE id = ?', [row_id]).fetchone()
    return dict(zip(columns, found, strict=True)) if found else None


# organisation ------------------------------------------------------------------------------------
def _is_pristine() -> bool:
    """A database nobody has worked in yet: only its own untouched organisation row, no exchanges.

    Such a database adopts the general branch of the first package it imports (a new laptop
    joining the branch); any other database refuses packages of another branch.
    """
    if ExchangeLog.select().exists():
        return False
    for model in SYNC_MODELS[1:]:
        if model.select().exists():
            return False
    return all(org.rev.startswith("1-") for org in Organisation.select())


def _check_organisation(package: Package) -> bool:
    """True when this (new) database adopts the package's organisation; raises when refused."""
    theirs = package.manifest["organisation_id"]
    ours = organisation_id()
    if theirs == ours:
        return False
    columns, rows = package.tables.get("organisation", ([], []))
    # Not strict: a row of the wrong length is refused as DAMAGED by merge_table, not here.
    incoming = [dict(zip(columns, r, strict=False)) for r in rows]
    named = next((r for r in incoming if r.get("id") == theirs), None)
    if not _is_pristine():
        name = (named or {}).get("name") or theirs
        raise PackageError(OTHER_BRANCH, path=str(package.path), name=name)
    if named is None:
        raise PackageError(NEEDS_FULL, path=str(package.path))
    Organisation.delete().where(Organisation.id == ours).execute()
    Meta.insert(key="organisation_id", value=theirs).on_conflict_replace().execute()
    return True


# the public functions ----------------------------------------------------------------------------
def import_package(path, device: Device) -> ImportSummary:
    """Check and merge a package into the open database, all or nothing."""
    package = read_package(path)
    return apply_package(package, device)


def apply_package(package: Package, device: Device) -> ImportSummary:
    if package.source.id == device.id:
        raise PackageError(OWN_PACKAGE, path=str(package.path))
    try:
        with database.atomic():
            adopted = _check_organisation(package)
            merger = _Merger(package, device)
            merger.summary.adopted_organisation = adopted
            for model in SYNC_MODELS:
                columns, rows = package.tables.get(model._meta.table_name, ([], []))
                if rows:
                    merger.merge_table(model, columns, rows)
            for version in package.conflicts:
                model = MODELS.get(version.get("table"))
                data = version.get("data")
                if model is None or not isinstance(data, dict) or "id" not in data:
                    raise PackageError(DAMAGED, path=str(package.path), detail="conflicts")
                table = model._meta.table_name
                merger.merge_heads(model, data, merger._open_heads(table).get(data["id"], []))
            merger.finish()
            return merger.summary
    except (pw.IntegrityError, sqlite3.IntegrityError) as exc:
        raise PackageError(MISSING_REFERENCES, path=str(package.path), detail=str(exc)) from exc
