"""Exchange packages: the one file carried between machines on a USB stick.

A package is a sealed file (db.sealed: AES-256-GCM with the general branch's exchange key,
db.sync.keys), so without the key it reveals nothing but that it is a Branch Desk package, and
nobody without the key can make one that is accepted. Its records, in order:

1. the manifest: what it is (format and schema version), where it comes from (device id and name,
   the general branch's organisation id), when, the range of the source's change numbers it
   covers and what the source has already received from each peer (so the receiver learns what
   it need not send again);
2. the rows, per synced table in SYNC_MODELS order, in pieces of at most PIECE_ROWS rows: the
   column names and every row as a list of raw stored values (tombstones, `rev` and
   `rev_history` included, the local `seq` left out);
3. the open conflict versions the source keeps;
4. the end: rows per table, so a reader knows it saw everything.

Pieces are read one at a time, so importing a whole depot never holds the whole package in
memory. An incremental package (`for_device`) holds only rows changed since the change number
that device has confirmed holding, minus rows whose current revision came from that very device.
Relays work because an imported row gets a new local change number on the relaying machine.
"""
from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import os
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from db import clock, files, migrations, records, sealed
from db.datafolder import Device
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    SYNC_MODELS,
    DatabaseFact,
    ExchangeLog,
    SyncConflict,
    SyncModel,
    SyncPeer,
    database,
)
from db.sync.keys import exchange_key, installed_key
from db.sync.summary import merged_nothing

FORMAT = "branch-desk-exchange"
FORMAT_VERSION = 2
PURPOSE = "exchange"
SUFFIX = ".bdsync"
ZIP_MAGIC = b"PK\x03\x04"
CONFLICTS_KEY = "sync_conflict"
PIECE_ROWS = 2000

NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "db", "{path} is not a Branch Desk exchange package. Nothing was imported; choose the file "
    "that “Export package” (sync export) made on the other machine.")
OLD_FORMAT = QT_TRANSLATE_NOOP(
    "db", "{path} is an unprotected package of an older Branch Desk. Nothing was imported; update "
    "Branch Desk on the other machine, join it to the exchange and export again.")
NO_KEY = QT_TRANSLATE_NOOP(
    "db", "This machine has not joined the general branch's exchange yet, so it cannot open "
    "{path}. Nothing was imported; join with the key file saved on the office computer (sync "
    "join) first.")
DAMAGED = QT_TRANSLATE_NOOP(
    "db", "{path} is damaged ({detail}). Nothing was imported; export a new package on the other "
    "machine.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "db", "{path} was made by a newer Branch Desk (package format {format}, schema {schema}; this "
    "one reads format {known_format}, schema {known_schema}). Nothing was imported; update Branch "
    "Desk on this machine first.")
UNKNOWN_PEER = QT_TRANSLATE_NOOP(
    "db", "“{name}” matches several devices ({matches}). Name the device by its id.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("db", "Cannot write the package {path}: {reason}")


class PackageError(BranchDeskError):
    """A package that cannot be imported; the message says why and what to do."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    for_device: Device | None
    since_seq: int
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def sync_columns(model: type[SyncModel]) -> list[str]:
    """The columns a package carries for `model`: all but the local change number."""
    return [f.column_name for f in model._meta.sorted_fields if f.name != "seq"]


def organisation_id() -> str:
    return DatabaseFact.read("organisation_id")


def find_peer(text: str) -> SyncPeer | None:
    """A known device by id, or by name when that is unambiguous."""
    text = text.strip()
    peer = SyncPeer.get_or_none(SyncPeer.device_id == text)
    if peer is not None:
        return peer
    named = list(SyncPeer.select().where(SyncPeer.name == text))
    if len(named) > 1:
        raise PackageError(UNKNOWN_PEER, name=text, matches=", ".join(p.device_id for p in named))
    return named[0] if named else None


def list_peers() -> list[SyncPeer]:
    return list(SyncPeer.select().order_by(SyncPeer.name, SyncPeer.device_id))


class _Skipped:
    """Change numbers this database gave to rows imported from a peer: that peer holds those.
    Tested in Python, so no statement grows with the number of past imports."""

    def __init__(self, peer_id: str, since: int):
        query = (ExchangeLog.select(ExchangeLog.seq_from, ExchangeLog.seq_to)
                 .where(ExchangeLog.direction == "import", ExchangeLog.device_id == peer_id,
                        ExchangeLog.seq_to > since, ExchangeLog.seq_from.is_null(False))
                 .order_by(ExchangeLog.seq_from))
        ranges = [(r.seq_from, r.seq_to) for r in query]
        self.lows = [low for low, _high in ranges]
        self.highs = [high for _low, high in ranges]

    def __contains__(self, seq: int) -> bool:
        i = bisect.bisect_right(self.lows, seq) - 1
        return i >= 0 and seq <= self.highs[i]


def _changed_pieces(table: str, columns: list[str], since: int,
                    skipped: _Skipped | None) -> Iterator[list[list]]:
    names = ", ".join(f'"{c}"' for c in [*columns, "seq"])
    cursor = database.execute_sql(f'SELECT {names} FROM "{table}" WHERE seq > ? ORDER BY seq',
                                  [since])
    while batch := cursor.fetchmany(PIECE_ROWS):
        rows = [list(r[:-1]) for r in batch if skipped is None or r[-1] not in skipped]
        if rows:
            yield rows


def _encode(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _manifest(device: Device, peer: SyncPeer | None, for_device: str | None,
              since: int) -> dict:
    target = None
    if peer is not None:
        target = {"id": peer.device_id, "name": peer.name}
    elif for_device:
        target = {"id": "", "name": for_device}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": migrations.LATEST,
        "source": {"id": device.id, "name": device.name},
        "organisation_id": organisation_id(),
        "created_at": clock.now().isoformat(timespec="seconds"),
        "for_device": target,
        "since_seq": since,
        "upto_seq": records.current_seq(),
        "seen": {p.device_id: p.received_seq for p in SyncPeer.select()},
    }


def _write(writer: sealed.Writer, device: Device, for_device: str | None) -> dict:
    """Write the package's records (in the caller's read transaction); returns the manifest."""
    peer = find_peer(for_device) if for_device else None
    since = peer.acked_seq if peer else 0
    skipped = _Skipped(peer.device_id, since) if peer else None
    manifest = _manifest(device, peer, for_device, since)
    writer.write(_encode(manifest))
    counts: dict[str, int] = {}
    for model in SYNC_MODELS:
        table, columns = model._meta.table_name, sync_columns(model)
        counts[table] = 0
        for rows in _changed_pieces(table, columns, since, skipped):
            writer.write(_encode({"table": table, "columns": columns, "rows": rows}))
            counts[table] += len(rows)
    conflicts = [{"table": c.table_name, "data": json.loads(c.data)} for c in
                 SyncConflict.select().where(SyncConflict.resolved_at.is_null(),
                                             SyncConflict.seq > since).order_by(SyncConflict.seq)]
    for start in range(0, len(conflicts), PIECE_ROWS):
        writer.write(_encode({"conflicts": conflicts[start:start + PIECE_ROWS]}))
    counts[CONFLICTS_KEY] = len(conflicts)
    writer.write(_encode({"end": True, "counts": counts}))
    manifest["counts"] = counts
    return manifest


def export_package(device: Device, out: Path | str, *,
                   for_device: str | None = None) -> ExportResult:
    """Write a package of everything (or what `for_device` lacks) to `out`; log the export.

    Written to `out.partial` and renamed when whole; nothing is left behind on a failure (a full
    disk raises OSError, which the user is told as such)."""
    out = files.in_chosen_folder(out)  # a folder not there (a stick pulled out) is never made
    partial = out.with_name(out.name + ".partial")
    try:
        with database.atomic():  # a key made now for the first export is kept with it only
            with open(partial, "wb") as handle:
                writer = sealed.Writer(handle, exchange_key(), PURPOSE)
                manifest = _write(writer, device, for_device)
                writer.close()
                handle.flush()
                os.fsync(handle.fileno())
            partial.replace(out)
    except BaseException as exc:
        with contextlib.suppress(OSError):  # a read-only stick refuses even to remove nothing
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk: name the package, not its partial file
            raise files.naming(exc, partial, out) from exc
        raise
    target = manifest["for_device"]
    with database.atomic():
        ExchangeLog.create(at=clock.now(), direction="export",
                           device_id=target["id"] if target else "",
                           device_name=target["name"] if target else "", file_name=out.name,
                           counts=json.dumps(manifest["counts"]))
    return ExportResult(out, Device(target["id"], target["name"]) if target else None,
                        manifest["since_seq"], manifest["counts"])


def _old_package(path: Path) -> bool:
    """A zip holding what the unsealed packages of earlier versions held."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return {"manifest.json", "rows.json"} <= set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


def _refuse(template: str, path: Path, **params) -> PackageError:
    return PackageError(template, path=str(path), **params)


def _int(value, name: str, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _refuse(DAMAGED, path, detail=name)
    return value


def check_manifest(manifest: object, path: Path) -> dict:
    """Every field the import uses, of the type it uses; DAMAGED naming the first that is not."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(NOT_A_PACKAGE, path)
    format_version = _int(manifest.get("format_version"), "format_version", path)
    schema_version = _int(manifest.get("schema_version"), "schema_version", path)
    if format_version > FORMAT_VERSION or schema_version > migrations.LATEST:
        raise _refuse(TOO_NEW, path, format=format_version, schema=schema_version,
                      known_format=FORMAT_VERSION, known_schema=migrations.LATEST)
    source = manifest.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("id"), str) or not source["id"]:
        raise _refuse(DAMAGED, path, detail="source")
    if not isinstance(source.get("name", ""), str):
        raise _refuse(DAMAGED, path, detail="source")
    if not isinstance(manifest.get("organisation_id"), str):
        raise _refuse(DAMAGED, path, detail="organisation_id")
    _int(manifest.get("since_seq", 0), "since_seq", path)
    _int(manifest.get("upto_seq", 0), "upto_seq", path)
    seen = manifest.get("seen", {})
    if not isinstance(seen, dict) or not all(isinstance(k, str) for k in seen):
        raise _refuse(DAMAGED, path, detail="seen")
    for value in seen.values():
        _int(value, "seen", path)
    return manifest


class PackageReader:
    """An opened package: its manifest at once, its pieces one by one (`pieces()`)."""

    def __init__(self, path: Path | str, key: bytes | None = None) -> None:
        self.path = files.readable(path)
        with open(self.path, "rb") as handle:
            magic = handle.read(len(sealed.MAGIC))
        if magic.startswith(ZIP_MAGIC):  # an old package, or another zip (a workbook …)
            raise _refuse(OLD_FORMAT if _old_package(self.path) else NOT_A_PACKAGE, self.path)
        if magic != sealed.MAGIC:
            raise _refuse(NOT_A_PACKAGE, self.path)
        key = key if key is not None else installed_key()
        if key is None:
            raise _refuse(NO_KEY, self.path)
        self._records = self._checked(sealed.Reader(self.path, key, PURPOSE).records())
        self.manifest = check_manifest(self._next_json(), self.path)
        self.counts: dict[str, int] = {}

    @property
    def source(self) -> Device:
        return Device(self.manifest["source"]["id"], self.manifest["source"].get("name", ""))

    def close(self) -> None:
        self._records.close()

    def _checked(self, records_: Iterator[bytes]) -> Generator[bytes, None, None]:
        try:
            yield from records_
        except sealed.SealedError as exc:
            raise PackageError(exc.template, **exc.params) from exc

    def _next_json(self):
        try:
            return json.loads(next(self._records).decode("utf-8"))
        except StopIteration as exc:
            raise _refuse(DAMAGED, self.path, detail="end") from exc
        except (UnicodeDecodeError, ValueError) as exc:
            raise _refuse(DAMAGED, self.path, detail="json") from exc

    def pieces(self) -> Iterator[dict]:
        """Each piece: {"table", "columns", "rows"} or {"conflicts"}; checks the end."""
        seen: dict[str, int] = {}
        while True:
            piece = self._next_json()
            if not isinstance(piece, dict):
                raise _refuse(DAMAGED, self.path, detail="piece")
            if piece.get("end") is True:
                counts = piece.get("counts")
                if not isinstance(counts, dict):
                    raise _refuse(DAMAGED, self.path, detail="counts")
                if any(counts.get(t, 0) != n for t, n in seen.items()):
                    raise _refuse(DAMAGED, self.path, detail="counts")
                self.counts = counts
                return
            if "table" in piece:
                table, columns, rows = piece.get("table"), piece.get("columns"), piece.get("rows")
                if not (isinstance(table, str) and isinstance(columns, list)
                        and all(isinstance(c, str) for c in columns) and isinstance(rows, list)):
                    raise _refuse(DAMAGED, self.path, detail="table")
                if not _rows_fit(columns, rows):
                    raise _refuse(DAMAGED, self.path, detail=table[:40])
                seen[table] = seen.get(table, 0) + len(rows)
            elif "conflicts" in piece:
                if not isinstance(piece["conflicts"], list):
                    raise _refuse(DAMAGED, self.path, detail="conflicts")
                seen[CONFLICTS_KEY] = seen.get(CONFLICTS_KEY, 0) + len(piece["conflicts"])
            else:
                raise _refuse(DAMAGED, self.path, detail="piece")
            yield piece

    def tables(self) -> dict[str, tuple[list[str], list[list]]]:
        """Every table's rows at once (tests and small packages; the import streams)."""
        out: dict[str, tuple[list[str], list[list]]] = {}
        for piece in self.pieces():
            if "table" in piece:
                columns, rows = out.setdefault(piece["table"], (piece["columns"], []))
                rows.extend(piece["rows"])
        return out


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _rows_fit(columns: list[str], rows: list) -> bool:
    """Every row a list of one plain value per column (a package made with the key by hand may
    hold a list or an object where a value belongs: no column takes one). Checked a piece at a
    time without a Python step per value (a depot's exchange is millions of them)."""
    if not rows:
        return True
    return (set(map(type, rows)) == {list} and set(map(len, rows)) == {len(columns)}
            and set(map(type, chain.from_iterable(rows))) <= _SCALARS)


def read_package(path: Path | str, key: bytes | None = None) -> PackageReader:
    """Open a package (with this machine's key unless `key`) and check its manifest, without
    touching the database."""
    return PackageReader(path, key)


@dataclass(frozen=True)
class Exchange:
    at: dt.datetime  # UTC, naive
    direction: str
    device_id: str
    device_name: str
    file_name: str
    counts: dict

    @property
    def already_merged(self) -> bool:
        """An import that merged nothing: the package (or all it held) had been merged before.
        It stays in the history, as the exchange it was, marked so."""
        return self.direction == "import" and merged_nothing(self.counts)


def exchange_history(limit: int = 200) -> list[Exchange]:
    """The latest exports and imports, newest first."""
    query = ExchangeLog.select().order_by(ExchangeLog.at.desc()).limit(limit)
    return [Exchange(e.at, e.direction, e.device_id, e.device_name, e.file_name,
                     json.loads(e.counts or "{}")) for e in query]
