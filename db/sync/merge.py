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
as it was, and importing the same package twice changes nothing the second time. The package is
read piece by piece (db.sync.package), each piece checked (db.sync.incoming) before its rows are
written in that transaction. A preview (`preview_package`) runs the very same import and rolls
it back, so what it shows is what the import then does.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from db import clock, records, revisions
from db.datafolder import Device
from db.models import (
    SYNC_MODELS,
    AuditEntry,
    ExchangeLog,
    SyncConflict,
    SyncModel,
    SyncPeer,
    UtcDateTimeField,
    WorkArea,
    database,
    new_id,
)
from db.sqlite_limits import pieces
from db.sync import alike
from db.sync.incoming import RowChecks, constraint_refusal, parse_history
from db.sync.joining import check_addressee, check_organisation
from db.sync.package import DAMAGED, PackageError, PackageReader, sync_columns
from db.sync.summary import AreaRename, ImportSummary

MODELS = {m._meta.table_name: m for m in SYNC_MODELS}
UTC_COLUMNS = {m._meta.table_name: {f.column_name for f in m._meta.sorted_fields
                                    if isinstance(f, UtcDateTimeField)} for m in SYNC_MODELS}


@dataclass
class _Head:
    rev: str
    history: list[str]
    data: dict | None = None  # None for the version in the table (read when needed)
    record: SyncConflict | None = None


class _Merger:
    """One import: classifies rows, checks and writes them in batches, allots change numbers."""

    def __init__(self, reader: PackageReader, device: Device):
        self.reader = reader
        self.path = str(reader.path)
        self.device = device
        self.checks = RowChecks(self.path)
        self.summary = ImportSummary(reader.source)
        self.first_seq = records.current_seq() + 1
        self.seq = self.first_seq - 1
        # Rows and kept versions whose revision the source may lack: numbered after the range
        # of change numbers that an export for the source skips.
        self.renumber: list[tuple[str, str]] = []
        self.audits: list[tuple] = []
        self.now = clock.now()
        self.audit_device = records.current_device()
        self.audit_from = reader.source.name or reader.source.id

    def take_seq(self) -> int:
        self.seq += 1
        return self.seq

    def damaged(self, detail: str) -> PackageError:
        return PackageError(DAMAGED, path=self.path, detail=detail)

    # tables --------------------------------------------------------------------------------------
    def merge_table(self, model: type[SyncModel], columns: list[str], rows: list[list]) -> None:
        table = model._meta.table_name
        local_columns = sync_columns(model)
        unknown = set(columns) - set(local_columns)
        if unknown or "id" not in columns or "rev" not in columns or len(set(columns)) < len(
                columns):
            raise self.damaged(f"{table}: {', '.join(sorted(unknown)) or 'columns'}")
        missing = [c for c in local_columns if c not in columns]
        defaults = [_default(model, c) for c in missing]
        all_columns = columns + missing
        at = {c: i for i, c in enumerate(all_columns)}
        i_id, i_rev, i_hist, i_del = at["id"], at["rev"], at["rev_history"], at["deleted"]
        full = [list(raw) + defaults for raw in rows]
        self.checks.identities(model, all_columns, full)
        local = self._local_revs(table, [r[i_id] for r in full])
        heads = self._open_heads(table)
        inserts, updates = [], []
        for row in full:
            row_id, rev = row[i_id], row[i_rev]
            mine = local.get(row_id)
            if mine is None:
                inserts.append(row + [self.take_seq()])
                local[row_id] = (rev, "[]", row[i_del])  # a later duplicate merges normally
                self.summary.count(table, "new")
                continue
            if row_id not in heads:
                local_rev, local_history, local_deleted = mine[0], parse_history(mine[1]), mine[2]
                if rev == local_rev:
                    self.summary.count(table, "unchanged")
                    continue
                if rev in local_history:
                    self.summary.count(table, "kept")
                    continue
                if local_rev in parse_history(row[i_hist]):
                    updates.append(row + [self.take_seq(), row_id])
                    gone = row[i_del] and not local_deleted
                    self.summary.count(table, "deleted" if gone else "updated")
                    continue
            self._flush(model, all_columns, inserts, updates)
            inserts, updates = [], []
            self.merge_heads(model, dict(zip(all_columns, row, strict=True)), heads.get(row_id, []))
        self._flush(model, all_columns, inserts, updates)

    def _flush(self, model: type[SyncModel], columns: list[str], inserts: list,
               updates: list) -> None:
        table = model._meta.table_name
        if inserts:
            self.checks.check(model, columns, [r[:len(columns)] for r in inserts], {})
        if updates:  # a validator sees the version it replaces (link tables have none)
            current = (self._current(model, [r[-1] for r in updates])
                       if records.kind_of(model) else {})
            self.checks.check(model, columns, [r[:len(columns)] for r in updates], current)
        if inserts or updates:
            self.checks.changed(model)
        names = ", ".join(f'"{c}"' for c in [*columns, "seq"])
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        # Date-times in the one stored format, whatever the sending version wrote.
        times = [i for i, c in enumerate(columns) if c in UTC_COLUMNS.get(table, ())]
        for row in (*inserts, *updates) if times else ():
            for i in times:
                if isinstance(row[i], str):
                    try:
                        row[i] = clock.utc_text(row[i])
                    except (ValueError, OverflowError) as exc:  # (a zone past year 1 or 9999)
                        raise self.damaged(f"{table}.{columns[i]}") from exc
        if model is WorkArea:  # areas of one name from two machines (db.sync.alike)
            arriving, held, renames = alike.keep_apart(
                columns, inserts, updates, at=clock.utc_text(self.now), device=self.audit_device)
            here, there = self.device.name, self.reader.source.name
            self.summary.renamed += [AreaRename(old, new, mine, here if mine else there)
                                     for old, new, mine in renames]
            self.renumber += [(table, row_id) for row_id in [*arriving, *held]]
            self.audits += [(table, row_id, "import", rev) for row_id, rev in held.items()]
            for _ in held:
                self.summary.count(table, "updated")
        cursor = database.cursor()
        try:  # updates first: one may free a name that a new row takes (a renamed work area)
            if updates:
                sets = ", ".join(f'"{c}" = ?' for c in [*columns, "seq"])
                cursor.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?', updates)
            if inserts:
                cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', inserts)
        except OverflowError as exc:  # a number no SQLite integer holds (a package made by hand)
            raise self.damaged(table) from exc
        i_id, i_rev = columns.index("id"), columns.index("rev")
        for batch in (inserts, updates):
            self.audits.extend((table, row[i_id], "import", row[i_rev]) for row in batch)
        if len(self.audits) >= 5000:
            self._write_audits()

    @staticmethod
    def _current(model: type[SyncModel], ids: list[str]) -> dict[str, SyncModel]:
        found: dict[str, SyncModel] = {}
        for part in pieces(ids):
            found.update((row.id, row) for row in model.select().where(model.id.in_(list(part))))
        return found

    def _local_revs(self, table: str, ids: list[str]) -> dict[str, tuple]:
        found: dict[str, tuple] = {}
        for part in pieces(ids):
            marks = ", ".join("?" for _ in part)
            for row_id, rev, history, deleted in database.execute_sql(
                    f'SELECT id, rev, rev_history, deleted FROM "{table}" WHERE id IN ({marks})',
                    list(part)):
                found[row_id] = (rev, history, deleted)
        return found

    @staticmethod
    def _open_heads(table: str) -> dict[str, list[SyncConflict]]:
        heads: dict[str, list[SyncConflict]] = {}
        for record in SyncConflict.select().where(SyncConflict.table_name == table,
                                                  SyncConflict.resolved_at.is_null()):
            heads.setdefault(record.row_id, []).append(record)
        return heads

    # conflicts -----------------------------------------------------------------------------------
    def merge_version(self, version) -> None:
        """A conflict version the source keeps: merged like a row, against every head."""
        model = MODELS.get(version.get("table")) if isinstance(version, dict) else None
        data = version.get("data") if model is not None else None
        if model is None or not isinstance(data, dict) or not set(data) <= set(
                sync_columns(model)):
            raise self.damaged("conflicts")
        columns = sync_columns(model)
        row = [data.get(c, _default(model, c)) for c in columns]
        self.checks.identities(model, columns, [row])
        self.checks.check(model, columns, [row], {})
        table = model._meta.table_name
        self.merge_heads(model, dict(zip(columns, row, strict=True)),
                         self._open_heads(table).get(data["id"], []))

    def merge_heads(self, model: type[SyncModel], incoming: dict, records_: list[SyncConflict]
                    ) -> None:
        """The general case: the row has (or is about to have) competing versions."""
        table = model._meta.table_name
        columns = sync_columns(model)
        shown_data = _row_data(table, columns, incoming["id"])
        if shown_data is None:  # a conflict version for a row not here yet: it is simply new
            self._write(model, columns, incoming, insert=True)
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
        winner = max(all_heads, key=lambda h: revisions.rev_key(h.rev))
        if winner is not heads[0]:
            assert winner.data is not None  # (every head here was read with its data)
            self._write(model, columns, winner.data, insert=False, in_range=winner is new_head)
        for head in heads[1:]:
            if head not in survivors or head is winner:
                self._close(head.record, "superseded" if head not in survivors else "shown")
        for head in all_heads:
            if head is not winner and head.record is None:
                assert head.data is not None
                self._keep(table, head.data)
        if len(all_heads) > 1:
            self.summary.count(table, "conflicts")
        elif incoming.get("deleted") and not shown_data.get("deleted"):
            self.summary.count(table, "deleted")
        else:
            self.summary.count(table, "updated")

    def _write(self, model: type[SyncModel], columns: list[str], data: dict, *, insert: bool,
               in_range: bool = True) -> None:
        row = [data.get(c) for c in columns] + [self.take_seq()]
        self._flush(model, columns, [row] if insert else [], [] if insert else [row + [data["id"]]])
        if not in_range:
            self.renumber.append((model._meta.table_name, data["id"]))

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
    def _write_audits(self) -> None:
        """One statement run over every entry (executemany): its parameters never grow."""
        if not self.audits:
            return
        at = AuditEntry.at.db_value(self.now)
        source = json.dumps(self.audit_from, ensure_ascii=False)
        # Revisions are checked to be digits, a dash and hex (incoming.REV): safe in JSON as is.
        database.cursor().executemany(
            'INSERT INTO "audit_entry" ("id", "at", "device", "table_name", "row_id", "action", '
            '"changes") VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(new_id(), at, self.audit_device, table, row_id, action,
              f'{{"rev": "{rev}", "from": {source}}}')
             for table, row_id, action, rev in self.audits])
        self.audits = []

    def finish(self) -> None:
        last_in_range = self.seq
        for table, row_id in self.renumber:
            database.execute_sql(f'UPDATE "{table}" SET seq = ? WHERE id = ?',
                                 [self.take_seq(), row_id])
        self.checks.finish()
        records.next_seq(self.seq - records.current_seq())
        self._write_audits()
        manifest = self.reader.manifest
        source = self.reader.source
        peer = SyncPeer.get_or_none(SyncPeer.device_id == source.id)
        is_new = peer is None
        peer = peer or SyncPeer(device_id=source.id, acked_seq=0, received_seq=0)
        peer.name = source.name or peer.name or source.id
        if manifest.get("since_seq", 0) <= peer.received_seq:
            peer.received_seq = max(peer.received_seq, manifest.get("upto_seq", 0))
        seen = manifest.get("seen") or {}
        peer.acked_seq = max(peer.acked_seq, seen.get(self.device.id, 0))
        peer.last_exchange_at = self.now
        peer.save(force_insert=is_new)
        has_range = last_in_range >= self.first_seq
        ExchangeLog.create(at=self.now, direction="import", device_id=source.id,
                           device_name=peer.name, file_name=self.reader.path.name,
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


# the public functions ----------------------------------------------------------------------------
class _Preview(Exception):
    """Raised inside the transaction to roll a preview back."""


def _merge(reader: PackageReader, device: Device) -> ImportSummary:
    """The import itself, inside the caller's transaction."""
    merger: _Merger | None = None
    for piece in reader.pieces():
        if merger is None:
            org = piece if piece.get("table") == "organisation" else {}
            adopted = check_organisation(str(reader.path), reader.manifest,
                                         org.get("columns", []), org.get("rows", []))
            merger = _Merger(reader, device)
            merger.summary.adopted_organisation = adopted
        if "table" in piece:
            model = MODELS.get(piece["table"])
            if model is None:
                raise merger.damaged(piece["table"][:40])
            if piece["rows"]:
                merger.merge_table(model, piece["columns"], piece["rows"])
        else:
            for version in piece["conflicts"]:
                merger.merge_version(version)
    if merger is None:  # a package with no pieces at all
        check_organisation(str(reader.path), reader.manifest, [], [])
        merger = _Merger(reader, device)
    merger.finish()
    return merger.summary


def _run(path: Path | str, device: Device, *, apply: bool) -> ImportSummary:
    reader = PackageReader(path)
    check_addressee(str(reader.path), reader.manifest, device)
    summary: ImportSummary | None = None
    try:
        with database.atomic():
            summary = _merge(reader, device)
            summary.applied = apply
            if not apply:
                raise _Preview
    except _Preview:
        pass
    except (pw.IntegrityError, sqlite3.IntegrityError) as exc:
        raise constraint_refusal(str(reader.path), exc) from exc
    finally:
        reader.close()
    assert summary is not None  # (_merge returned, or raised what is not caught here)
    return summary


def import_package(path: Path | str, device: Device) -> ImportSummary:
    """Open, check and merge a package into the open database, all or nothing."""
    return _run(path, device, apply=True)


def preview_package(path: Path | str, device: Device) -> ImportSummary:
    """What importing the package would do (new / updated / deleted / conflicts per table),
    found by running the import and rolling it back: the database is left as it was."""
    return _run(path, device, apply=False)
