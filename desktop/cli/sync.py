"""sync: exchange packages between machines, and the conflicts they leave for the secretary."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.cli.common import opened_store


def register(sub) -> None:
    p = sub.add_parser("sync", help="exchange records with another machine through a package file")
    verbs = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    e = verbs.add_parser("export", help="write a package for another machine")
    e.add_argument("--out", type=Path, required=True, help="the package file to write (.bdsync)")
    e.add_argument("--for", dest="for_device", metavar="DEVICE",
                   help="only what this device (name or id) has not confirmed yet")
    e.set_defaults(run=run_export)
    i = verbs.add_parser("import", help="merge a package from another machine")
    i.add_argument("file", type=Path)
    i.set_defaults(run=run_import)
    c = verbs.add_parser("conflicts", help="list rows edited on two machines, both versions")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(run=run_conflicts)
    r = verbs.add_parser("resolve", help="settle a conflict: keep the shown version or the other")
    r.add_argument("conflict_id")
    r.add_argument("--choose", choices=["local", "incoming"], required=True)
    r.set_defaults(run=run_resolve)
    h = verbs.add_parser("history", help="list past exports and imports")
    h.set_defaults(run=run_history)


def run_export(args) -> int:
    from db.sync import export_package

    with opened_store(args) as store:
        result = export_package(store.device, args.out, for_device=args.for_device)
    target = f" for {result.for_device.name}" if result.for_device else ""
    since = f", changes after {result.since_seq}" if result.since_seq else ", everything"
    print(f"wrote {result.path}{target}: {result.total} rows{since}")
    return 0


def run_import(args) -> int:
    from db.sync import import_package

    with opened_store(args) as store:
        summary = import_package(args.file, store.device)
    print(f"imported {args.file} from {summary.source.name}: {summary.new} new, "
          f"{summary.updated} updated, {summary.conflicts} conflicts, "
          f"{summary.unchanged + summary.kept} already here")
    if summary.adopted_organisation:
        print("this new database joined the general branch of the package")
    return 0


def run_conflicts(args) -> int:
    from db.sync import list_conflicts

    with opened_store(args) as store:
        del store
        conflicts = list_conflicts()
    if args.json:
        print(json.dumps([{
            "id": c.id, "table": c.table, "row_id": c.row_id, "title": c.title,
            "detected_at": c.detected_at.isoformat(sep=" ", timespec="seconds"),
            "local": {"by": c.shown_by, "rev": c.shown["rev"],
                      "values": {f: c.shown.get(f) for f in c.differing}},
            "incoming": {"by": c.other_by, "rev": c.other["rev"],
                         "values": {f: c.other.get(f) for f in c.differing}},
        } for c in conflicts], ensure_ascii=False, indent=1))
        return 0
    if not conflicts:
        print("no conflicts")
    for c in conflicts:
        print(f"{c.id}  {c.table} “{c.title}”")
        for name in c.differing:
            print(f"    {name}: local ({c.shown_by}) {c.shown.get(name)!r}"
                  f" | incoming ({c.other_by}) {c.other.get(name)!r}")
    return 0


def run_resolve(args) -> int:
    from db.sync import resolve_conflict

    with opened_store(args) as store:
        del store
        rev = resolve_conflict(args.conflict_id, args.choose)
    print(f"resolved {args.conflict_id}: new revision {rev}")
    return 0


def run_history(args) -> int:
    from db.sync import exchange_history

    with opened_store(args) as store:
        del store
        entries = exchange_history()
    for e in entries:
        counts = ", ".join(f"{k} {v}" for k, v in e.counts.items() if v)
        print(f"{e.at:%Y-%m-%d %H:%M}  {e.direction:6}  {e.device_name or '-'}  {counts}")
    return 0
