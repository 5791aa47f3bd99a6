"""sync: exchange packages between machines, and the conflicts they leave for the secretary."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    Subcommands,
    add_overwrite,
    input_file,
    opened_store,
    output_file,
    ready_to_write,
    say,
    text,
    translator,
)
from desktop.cli.maintenance import row_name, table_name

WROTE = QT_TRANSLATE_NOOP("cli", "wrote {path}: {rows}, everything")
WROTE_SINCE = QT_TRANSLATE_NOOP("cli", "wrote {path}: {rows}, changes after {since}")
WROTE_FOR = QT_TRANSLATE_NOOP("cli", "wrote {path} for {device}: {rows}, everything")
WROTE_FOR_SINCE = QT_TRANSLATE_NOOP(
    "cli", "wrote {path} for {device}: {rows}, changes after {since}")
ROWS = QT_TRANSLATE_NOOP("cli", "{count} rows")
ONE_ROW = QT_TRANSLATE_NOOP("cli", "1 row")
WOULD_IMPORT = QT_TRANSLATE_NOOP(
    "cli", "would import {path} from {device}: {new} new, {updated} updated, {deleted} deleted, "
           "{conflicts} in conflict, {here} already here")
IMPORTED_DELETED = QT_TRANSLATE_NOOP(
    "cli", "imported {path} from {device}: {new} new, {updated} updated, {deleted} deleted, "
           "{conflicts} in conflict, {here} already here")
NOTHING_NEW = QT_TRANSLATE_NOOP(
    "cli", "nothing new in {path} from {device}: everything in it was already merged here")
WOULD_NOTHING_NEW = QT_TRANSLATE_NOOP(
    "cli", "nothing new in {path} from {device}: everything in it is already merged here")
TABLE_LINE = QT_TRANSLATE_NOOP("cli", "  {table}: {figures}")
MANY_DELETIONS = QT_TRANSLATE_NOOP(
    "cli", "warning: the package moves {count} records to the trash; import it only if they were "
           "really deleted on the other machine")
RENAMED = QT_TRANSLATE_NOOP(
    "cli", "work area “{name}” was made on two machines: the one made later, on {machine}, is "
           "now “{new_name}” on both; rename it, or move its records to “{name}” and delete it")
WOULD_RENAME = QT_TRANSLATE_NOOP(
    "cli", "work area “{name}” was made on two machines: the one made later, on {machine}, would "
           "become “{new_name}” on both")
JOINED = QT_TRANSLATE_NOOP("cli", "this new database joined the general branch of the package")
WOULD_JOIN = QT_TRANSLATE_NOOP("cli", "this new database would join the general branch of the "
                                      "package")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("cli", "nothing was changed (--dry-run)")
KEY_WRITTEN = QT_TRANSLATE_NOOP(
    "cli", "wrote the exchange key to {path}; on each laptop run: branch-desk sync join {path}")
KEY_CARE = QT_TRANSLATE_NOOP(
    "cli", "keep the file like a key: whoever holds it can read and make packages")
KEY_JOINED = QT_TRANSLATE_NOOP(
    "cli", "this machine joined the exchange of {name}; import a full package from it next")
KEY_REPLACED = QT_TRANSLATE_NOOP("cli", "the exchange key this machine had before was replaced")
PASSPHRASE = QT_TRANSLATE_NOOP("cli", "passphrase: ")
PASSPHRASE_AGAIN = QT_TRANSLATE_NOOP("cli", "the passphrase again: ")
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP("cli", "the two passphrases differ; nothing was written")
PASSPHRASE_VARIABLE = "BRANCH_DESK_PASSPHRASE"
NO_CONFLICTS = QT_TRANSLATE_NOOP("cli", "no conflicts")
# Between counts (党员 2，走访 3): a comma in Chinese too, not the 、 of a list of names.
COUNT_SEPARATOR = QT_TRANSLATE_NOOP("cli", ", ")
CONFLICT = QT_TRANSLATE_NOOP("cli", "{id}  {table} “{title}”")
CONFLICT_FIELD = QT_TRANSLATE_NOOP(
    "cli", "    {field}: here ({local_by}) “{local}” | incoming ({other_by}) “{other}”")
RESOLVED = QT_TRANSLATE_NOOP("cli", "resolved {id}: new revision {rev}")
NO_HISTORY = QT_TRANSLATE_NOOP("cli", "no exchanges yet")
DIRECTIONS = {"export": QT_TRANSLATE_NOOP("cli", "export"),
              "import": QT_TRANSLATE_NOOP("cli", "import")}
ALREADY_MERGED = QT_TRANSLATE_NOOP("cli", "import, already merged")
HISTORY = QT_TRANSLATE_NOOP("cli", "{at}  {direction}  {device}  {counts}")
HISTORY_COUNT = QT_TRANSLATE_NOOP("cli", "{what} {count}")
SUMMARY_KEYS = {"new": QT_TRANSLATE_NOOP("cli", "new"),
                "updated": QT_TRANSLATE_NOOP("cli", "updated"),
                "unchanged": QT_TRANSLATE_NOOP("cli", "unchanged"),
                "kept": QT_TRANSLATE_NOOP("cli", "kept"),
                "conflicts": QT_TRANSLATE_NOOP("cli", "conflicts"),
                "deleted": QT_TRANSLATE_NOOP("cli", "deleted"),
                "sync_conflict": QT_TRANSLATE_NOOP("cli", "conflicts")}


def _counted(args: argparse.Namespace, key: str) -> str:
    return text(args, SUMMARY_KEYS[key]) if key in SUMMARY_KEYS else table_name(args, key)


def register(sub: Subcommands) -> None:
    p = sub.add_parser("sync", help=QT_TRANSLATE_NOOP(
        "cli", "exchange records with another machine through a package file"))
    verbs = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    e = verbs.add_parser("export", help=QT_TRANSLATE_NOOP(
        "cli", "write a package for another machine"))
    e.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "cli", "the package file to write (.bdsync)"))
    e.add_argument("--for", dest="for_device", metavar="DEVICE",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "only what this device (name or id) has not confirmed yet"))
    add_overwrite(e)
    e.set_defaults(run=run_export)
    i = verbs.add_parser("import", help=QT_TRANSLATE_NOOP(
        "cli", "merge a package from another machine"))
    i.add_argument("file", type=Path, metavar="FILE.bdsync")
    i.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "only say what importing would do (per table); change nothing"))
    i.set_defaults(run=run_import)
    k = verbs.add_parser("key", help=QT_TRANSLATE_NOOP(
        "cli", "save the general branch's exchange key for another machine"))
    k.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "cli", "the key file to write (.bdkey)"))
    k.add_argument("--passphrase", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "protect the key file with a passphrase (asked, or taken from "
               "BRANCH_DESK_PASSPHRASE)"))
    add_overwrite(k)
    k.set_defaults(run=run_key)
    j = verbs.add_parser("join", help=QT_TRANSLATE_NOOP(
        "cli", "install the exchange key from a key file on this machine"))
    j.add_argument("file", type=Path, metavar="FILE.bdkey")
    j.set_defaults(run=run_join)
    c = verbs.add_parser("conflicts", help=QT_TRANSLATE_NOOP(
        "cli", "list rows edited on two machines, both versions"))
    c.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print JSON"))
    c.set_defaults(run=run_conflicts)
    r = verbs.add_parser("resolve", help=QT_TRANSLATE_NOOP(
        "cli", "settle a conflict: keep the shown version or the other"))
    r.add_argument("conflict_id")
    r.add_argument("--choose", choices=["local", "incoming"], required=True)
    r.set_defaults(run=run_resolve)
    h = verbs.add_parser("history", help=QT_TRANSLATE_NOOP("cli", "list past exports and imports"))
    h.set_defaults(run=run_history)


def run_export(args: argparse.Namespace) -> int:
    from db.sync import export_package

    output_file(args.out, overwrite=args.overwrite)
    with opened_store(args) as store:
        result = export_package(store.device, ready_to_write(args.out, overwrite=args.overwrite),
                                for_device=args.for_device)
    rows = text(args, ONE_ROW) if result.total == 1 else text(args, ROWS, count=result.total)
    params = {"path": result.path, "rows": rows, "since": result.since_seq}
    if result.for_device:
        say(args, WROTE_FOR_SINCE if result.since_seq else WROTE_FOR,
            device=result.for_device.name, **params)
    else:
        say(args, WROTE_SINCE if result.since_seq else WROTE, **params)
    return 0


def _passphrase(args: argparse.Namespace, confirm: bool) -> str:
    import getpass
    import os

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given is not None:
        return given
    first = getpass.getpass(text(args, PASSPHRASE))
    if confirm and getpass.getpass(text(args, PASSPHRASE_AGAIN)) != first:
        raise SystemExit(text(args, PASSPHRASES_DIFFER))
    return first


def run_import(args: argparse.Namespace) -> int:
    from db.sync import import_package, preview_package

    input_file(args.file)
    run = preview_package if args.dry_run else import_package
    with opened_store(args) as store:
        summary = run(args.file, store.device)
    if summary.nothing_new:  # imported again: the history marks it, nothing else changed
        say(args, WOULD_NOTHING_NEW if args.dry_run else NOTHING_NEW, path=args.file,
            device=summary.source.name)
    else:
        say(args, WOULD_IMPORT if args.dry_run else IMPORTED_DELETED, path=args.file,
            device=summary.source.name, new=summary.new, updated=summary.updated,
            deleted=summary.deleted, conflicts=summary.conflicts,
            here=summary.unchanged + summary.kept)
    for table, counts in summary.per_table.items():
        figures = text(args, COUNT_SEPARATOR).join(
            text(args, HISTORY_COUNT, what=_counted(args, k), count=counts[k])
            for k in ("new", "updated", "deleted", "conflicts") if counts.get(k))
        if figures:
            say(args, TABLE_LINE, table=table_name(args, table), figures=figures)
    for renamed in summary.renamed:
        say(args, WOULD_RENAME if args.dry_run else RENAMED, name=renamed.name,
            new_name=renamed.new_name, machine=renamed.made_on)
    if summary.many_deletions:
        say(args, MANY_DELETIONS, count=summary.deleted)
    if summary.adopted_organisation:
        say(args, WOULD_JOIN if args.dry_run else JOINED)
    if args.dry_run:
        say(args, NOTHING_CHANGED)
    return 0


def run_key(args: argparse.Namespace) -> int:
    from db.sync import write_key_file

    output_file(args.out, overwrite=args.overwrite)
    passphrase = _passphrase(args, confirm=True) if args.passphrase else ""
    with opened_store(args) as store:
        del store
        path = write_key_file(ready_to_write(args.out, overwrite=args.overwrite), passphrase)
    say(args, KEY_WRITTEN, path=path)
    say(args, KEY_CARE)
    return 0


def run_join(args: argparse.Namespace) -> int:
    from db.sync.keys import join, needs_passphrase

    input_file(args.file)
    passphrase = _passphrase(args, confirm=False) if needs_passphrase(args.file) else ""
    with opened_store(args) as store:
        del store
        about = join(args.file, passphrase)
    say(args, KEY_JOINED, name=about["organisation_name"] or about["organisation_id"])
    if about["replaced"]:
        say(args, KEY_REPLACED)
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from db.sync import list_conflicts

    with opened_store(args, read_only=True) as store:
        conflicts = list_conflicts(own_name=store.device.name)  # as the window names them
    if args.json:
        print(json.dumps([{
            "id": c.id, "table": c.table, "row_id": c.row_id, "title": c.title,
            "detected_at": f"{c.detected_at:%Y-%m-%dT%H:%M:%S}Z",  # stored in UTC
            "local": {"by": c.shown_by, "rev": c.shown["rev"],
                      "values": {f: c.shown.get(f) for f in c.differing}},
            "incoming": {"by": c.other_by, "rev": c.other["rev"],
                         "values": {f: c.other.get(f) for f in c.differing}},
        } for c in conflicts], ensure_ascii=False, indent=1))
        return 0
    if not conflicts:
        say(args, NO_CONFLICTS)
    from desktop.widgets.conflict_fields import field_label, value_text

    translate = translator(args)
    for c in conflicts:
        say(args, CONFLICT, id=c.id, table=row_name(args, c.table), title=c.title)
        for name in c.differing:
            say(args, CONFLICT_FIELD, field=field_label(c.table, name, translate),
                local_by=c.shown_by, local=value_text(c, name, c.shown.get(name), translate),
                other_by=c.other_by, other=value_text(c, name, c.other.get(name), translate))
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from db.sync import resolve_conflict

    with opened_store(args) as store:
        del store
        rev = resolve_conflict(args.conflict_id, args.choose)
    say(args, RESOLVED, id=args.conflict_id, rev=rev)
    return 0


def run_history(args: argparse.Namespace) -> int:
    from db.clock import local_minute
    from db.sync import exchange_history

    with opened_store(args, read_only=True):
        entries = exchange_history()
    if not entries:
        say(args, NO_HISTORY)
    for e in entries:
        counts = text(args, COUNT_SEPARATOR).join(
            text(args, HISTORY_COUNT, what=_counted(args, k), count=v)
            for k, v in e.counts.items() if v)
        direction = text(args, ALREADY_MERGED) if e.already_merged else \
            text(args, DIRECTIONS[e.direction]) if e.direction in DIRECTIONS else e.direction
        say(args, HISTORY, at=local_minute(e.at), direction=direction,
            device=e.device_name or "-", counts=counts)
    return 0
