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
    i.add_argument("--dry-run", action="store_true",
                   help="only say what importing would do (per table); change nothing")
    i.set_defaults(run=run_import)
    k = verbs.add_parser("key", help="save the general branch's exchange key for another machine")
    k.add_argument("--out", type=Path, required=True, help="the key file to write (.bdkey)")
    k.add_argument("--passphrase", action="store_true",
                   help="protect the key file with a passphrase (asked, or taken from "
                        "BRANCH_DESK_PASSPHRASE)")
    k.set_defaults(run=run_key)
    j = verbs.add_parser("join", help="install the exchange key from a key file on this machine")
    j.add_argument("file", type=Path)
    j.set_defaults(run=run_join)
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


PASSPHRASE_VARIABLE = "BRANCH_DESK_PASSPHRASE"


def _passphrase(confirm: bool) -> str:
    import getpass
    import os

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given is not None:
        return given
    first = getpass.getpass("passphrase: ")
    if confirm and getpass.getpass("again: ") != first:
        raise SystemExit("the two passphrases differ; nothing was written")
    return first


def _table_lines(summary) -> list[str]:
    lines = []
    for table, counts in summary.per_table.items():
        figures = ", ".join(f"{counts[k]} {k}" for k in ("new", "updated", "deleted",
                                                         "conflicts") if counts.get(k))
        if figures:
            lines.append(f"  {table}: {figures}")
    return lines


def run_import(args) -> int:
    from db.sync import import_package, preview_package

    run = preview_package if args.dry_run else import_package
    with opened_store(args) as store:
        summary = run(args.file, store.device)
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {args.file} from {summary.source.name}: {summary.new} new, "
          f"{summary.updated} updated, {summary.deleted} deleted, {summary.conflicts} "
          f"conflicts, {summary.unchanged + summary.kept} already here")
    for line in _table_lines(summary):
        print(line)
    if summary.many_deletions:
        print(f"warning: the package moves {summary.deleted} records to the trash")
    if summary.adopted_organisation:
        print("this new database joins the general branch of the package" if args.dry_run else
              "this new database joined the general branch of the package")
    if args.dry_run:
        print("nothing was changed (--dry-run)")
    return 0


def run_key(args) -> int:
    from db.sync import write_key_file

    passphrase = _passphrase(confirm=True) if args.passphrase else ""
    with opened_store(args) as store:
        del store
        path = write_key_file(args.out, passphrase)
    print(f"wrote the exchange key to {path}; on each laptop run: branch-desk sync join {path}")
    print("keep the file like a key: whoever holds it can read and make packages")
    return 0


def run_join(args) -> int:
    from db.sync.keys import join, needs_passphrase

    passphrase = _passphrase(confirm=False) if needs_passphrase(args.file) else ""
    with opened_store(args) as store:
        del store
        about = join(args.file, passphrase)
    name = about["organisation_name"] or about["organisation_id"]
    print(f"this machine joined the exchange of {name}; import a full package from it next")
    if about["replaced"]:
        print("the exchange key this machine had before was replaced")
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
