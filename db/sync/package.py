"""Exchange packages: the one file carried between machines on a USB stick.

A package is a zip holding `manifest.json` and `rows.json`. The manifest says what it is (format
and schema version), where it comes from (device id and name, the general branch's organisation
id), when, how many rows per table, the range of the source's change numbers it covers, what the
source has already received from each peer (so the receiver learns what it need not send again)
and a SHA-256 over `rows.json`. `rows.json` holds, per synced table, the column names once and
then every row as a list of raw stored values — tombstones, `rev` and `rev_history` included, the
local `seq` left out — plus the open conflict versions the source keeps.

An incremental package (`for_device`) holds only rows changed since the change number that device
has confirmed holding, minus rows whose current revision came from that very device. Relays work
because an imported row gets a new local change number on the relaying machine: office → laptop A
→ laptop B carries the office's rows onward, and B's edits return the same way.

Reading checks everything before the database is touched; db.sync.merge does the importing.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from db import clock, migrations
from db.datafolder import Device
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import SYNC_MODELS, ExchangeLog, Meta, SyncConflict, SyncModel, SyncPeer, database

FORMAT = "branch-desk-exchange"
FORMAT_VERSION = 1
SUFFIX = ".bdsync"
MANIFEST_NAME = "manifest.json"
ROWS_NAME = "rows.json"
ZIP_MAGIC = b"PK\x03\x04"
CONFLICTS_KEY = "sync_conflict"

NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "db", "{path} is not a Branch Desk exchange package. Nothing was imported; choose the file "
    "that “Export package” (sync export) made on the other machine.")
TRUNCATED = QT_TRANSLATE_NOOP(
    "db", "{path} is incomplete: the copy was cut short. Nothing was imported; copy the package "
    "from the other machine again and safely remove the USB stick before unplugging it.")
DAMAGED = QT_TRANSLATE_NOOP(
    "db", "{path} is damaged ({detail}). Nothing was imported; export a new package on the other "
    "machine.")
TAMPERED = QT_TRANSLATE_NOOP(
    "db", "{path} was changed after it was exported (its checksum does not match). Nothing was "
    "imported; export a new package on the other machine.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "db", "{path} was made by a newer Branch Desk (package format {format}, schema {schema}; this "
    "one reads format {known_format}, schema {known_schema}). Nothing was imported; update Branch "
    "Desk on this machine first.")
UNKNOWN_PEER = QT_TRANSLATE_NOOP(
    "db", "“{name}” matches several devices ({matches}). Name the device by its id.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("db", "Cannot write the package {path}: {reason}")


class PackageError(BranchDeskError):
    """A package that cannot be imported; the message says why and what to do."""


@dataclass
class Package:
    path: Path
    manifest: dict
    tables: dict[str, tuple[list[str], list[list]]]  # table → (columns, rows)
    conflicts: list[dict] = field(default_factory=list)  # conflict versions: table, data

    @property
    def source(self) -> Device:
        return Device(self.manifest["source"]["id"], self.manifest["source"].get("name", ""))


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


def current_seq() -> int:
    row = Meta.get_or_none(Meta.key == "seq")
    return int(row.value) if row else 0


def organisation_id() -> str:
    row = Meta.get_or_none(Meta.key == "organisation_id")
    return row.value if row else ""


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


def _skipped_ranges(peer_id: str, since: int) -> list[tuple[int, int]]:
    """Change numbers this database gave to rows imported from `peer_id`: it holds those."""
    query = (ExchangeLog.select(ExchangeLog.seq_from, ExchangeLog.seq_to)
             .where(ExchangeLog.direction == "import", ExchangeLog.device_id == peer_id,
                    ExchangeLog.seq_to > since, ExchangeLog.seq_from.is_null(False)))
    return [(r.seq_from, r.seq_to) for r in query]


def _select_changed(table: str, columns: list[str], since: int,
                    skipped: list[tuple[int, int]]) -> list[list]:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'SELECT {names} FROM "{table}" WHERE seq > ?'
    params: list = [since]
    for low, high in skipped:
        sql += " AND seq NOT BETWEEN ? AND ?"
        params += [low, high]
    return [list(r) for r in database.execute_sql(sql + " ORDER BY seq", params).fetchall()]


def collect(device: Device, for_device: str | None = None) -> tuple[dict, bytes]:
    """The manifest and rows.json bytes for a package from this database (read only)."""
    peer = find_peer(for_device) if for_device else None
    since = peer.acked_seq if peer else 0
    skipped = _skipped_ranges(peer.device_id, since) if peer else []
    tables: dict[str, dict] = {}
    counts: dict[str, int] = {}
    for model in SYNC_MODELS:
        columns = sync_columns(model)
        rows = _select_changed(model._meta.table_name, columns, since, skipped)
        tables[model._meta.table_name] = {"columns": columns, "rows": rows}
        counts[model._meta.table_name] = len(rows)
    conflicts = [{"table": c.table_name, "data": json.loads(c.data)} for c in
                 SyncConflict.select().where(SyncConflict.resolved_at.is_null(),
                                             SyncConflict.seq > since).order_by(SyncConflict.seq)]
    counts[CONFLICTS_KEY] = len(conflicts)
    body = json.dumps({"tables": tables, "conflicts": conflicts}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    target = None
    if peer is not None:
        target = {"id": peer.device_id, "name": peer.name}
    elif for_device:
        target = {"id": "", "name": for_device}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": migrations.LATEST,
        "source": {"id": device.id, "name": device.name},
        "organisation_id": organisation_id(),
        "created_at": clock.now().isoformat(timespec="seconds"),
        "for_device": target,
        "since_seq": since,
        "upto_seq": current_seq(),
        "seen": {p.device_id: p.received_seq for p in SyncPeer.select()},
        "counts": counts,
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return manifest, body


def export_package(device: Device, out: Path | str, *,
                   for_device: str | None = None) -> ExportResult:
    """Write a package of everything (or what `for_device` lacks) to `out`; log the export."""
    out = Path(out)
    with database.atomic():
        manifest, body = collect(device, for_device)
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.writestr(ROWS_NAME, body)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PackageError(CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from exc
    target = manifest["for_device"]
    with database.atomic():
        ExchangeLog.create(at=clock.now(), direction="export",
                           device_id=target["id"] if target else "",
                           device_name=target["name"] if target else "", file_name=out.name,
                           counts=json.dumps(manifest["counts"]))
    return ExportResult(out, Device(target["id"], target["name"]) if target else None,
                        manifest["since_seq"], manifest["counts"])


def _refuse(template: str, path: Path, **params) -> PackageError:
    return PackageError(template, path=str(path), **params)


def read_package(path: Path | str) -> Package:
    """Open and check a package without touching the database.

    Refuses (PackageError) a file that is not a package, is cut short, damaged, altered after
    export, or made by a newer Branch Desk. The organisation is checked on import.
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise _refuse(DAMAGED, path, detail=exc.strerror or str(exc)) from exc
    if magic != ZIP_MAGIC:
        raise _refuse(NOT_A_PACKAGE, path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {MANIFEST_NAME, ROWS_NAME} <= names:
                raise _refuse(NOT_A_PACKAGE, path)
            manifest_bytes = zf.read(MANIFEST_NAME)
            body = zf.read(ROWS_NAME)
    except zipfile.BadZipFile as exc:
        if "CRC" in str(exc):
            raise _refuse(DAMAGED, path, detail=str(exc)) from exc
        raise _refuse(TRUNCATED, path) from exc
    except (zlib.error, EOFError, OSError) as exc:
        raise _refuse(DAMAGED, path, detail=str(exc)) from exc
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(NOT_A_PACKAGE, path) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(NOT_A_PACKAGE, path)
    try:
        format_version = int(manifest["format_version"])
        schema_version = int(manifest["schema_version"])
        source = manifest["source"]
        _ = (source["id"], manifest["organisation_id"], manifest["sha256"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _refuse(NOT_A_PACKAGE, path) from exc
    if format_version > FORMAT_VERSION or schema_version > migrations.LATEST:
        raise _refuse(TOO_NEW, path, format=format_version, schema=schema_version,
                      known_format=FORMAT_VERSION, known_schema=migrations.LATEST)
    if hashlib.sha256(body).hexdigest() != manifest["sha256"]:
        raise _refuse(TAMPERED, path)
    try:
        content = json.loads(body.decode("utf-8"))
        tables = {name: (list(t["columns"]), t["rows"]) for name, t in content["tables"].items()}
        conflicts = list(content.get("conflicts", []))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _refuse(DAMAGED, path, detail=type(exc).__name__) from exc
    return Package(path, manifest, tables, conflicts)



@dataclass(frozen=True)
class Exchange:
    at: object
    direction: str
    device_id: str
    device_name: str
    file_name: str
    counts: dict


def exchange_history(limit: int = 200) -> list[Exchange]:
    """The latest exports and imports, newest first."""
    query = ExchangeLog.select().order_by(ExchangeLog.at.desc()).limit(limit)
    return [Exchange(e.at, e.direction, e.device_id, e.device_name, e.file_name,
                     json.loads(e.counts or "{}")) for e in query]
