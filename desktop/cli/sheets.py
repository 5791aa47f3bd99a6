"""export and import: the branch's tables to and from Excel workbooks (.xlsx)."""
from __future__ import annotations

import sys
from pathlib import Path

from db.choices import ACCESS_TIERS
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    input_file,
    label,
    opened_store,
    output_file,
    ready_to_write,
    say,
    text,
    translator,
)

SHEET_COUNT = QT_TRANSLATE_NOOP("cli", "sheet “{sheet}”: {count} rows")
KINDS = {
    "work_areas": QT_TRANSLATE_NOOP("cli", "work areas"),
    "branches": QT_TRANSLATE_NOOP("cli", "branches"),
    "members": QT_TRANSLATE_NOOP("cli", "members"),
    "assignments": QT_TRANSLATE_NOOP("cli", "work-area assignments"),
    "responsibilities": QT_TRANSLATE_NOOP("cli", "包保 responsibilities"),
    "visits": QT_TRANSLATE_NOOP("cli", "visits"),
    "concerns": QT_TRANSLATE_NOOP("cli", "concerns"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("cli", "new"),
    "update": QT_TRANSLATE_NOOP("cli", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("cli", "unchanged"),
    "skip": QT_TRANSLATE_NOOP("cli", "skipped (already there)"),
    "error": QT_TRANSLATE_NOOP("cli", "with problems"),
}
SHEET = QT_TRANSLATE_NOOP("cli", "sheet “{sheet}”: {kind}, header row {row}, {count} rows")
IGNORED_COLUMNS = QT_TRANSLATE_NOOP("cli", "  columns not imported: {columns}")
IGNORED_SHEETS = QT_TRANSLATE_NOOP("cli", "sheets not recognised: {sheets}")
NEW_BRANCHES = QT_TRANSLATE_NOOP("cli", "new branches: {names}")
NEW_AREAS = QT_TRANSLATE_NOOP("cli", "new work areas (access tier {tier}; check them): {names}")
ACTION_COUNT = QT_TRANSLATE_NOOP("cli", "{action}: {count}")
WHERE = QT_TRANSLATE_NOOP("cli", "sheet “{sheet}” row {row}")
WHERE_COLUMN = QT_TRANSLATE_NOOP("cli", "sheet “{sheet}” row {row} [{column}]")
PROBLEM = QT_TRANSLATE_NOOP("cli", "  {where}: {problem}")
ASK = QT_TRANSLATE_NOOP("cli", "Import these rows? [y/N]")
NOTHING = QT_TRANSLATE_NOOP("cli", "nothing imported")
IMPORTED = QT_TRANSLATE_NOOP(
    "cli", "imported: {create} new, {update} updated, {skip} skipped, {unchanged} unchanged")
LIST = QT_TRANSLATE_NOOP("cli", ", ")


def register(sub) -> None:
    p = sub.add_parser("export", help=QT_TRANSLATE_NOOP(
        "cli", "write every table to an Excel workbook"))
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--template", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "write a blank workbook with the expected headers instead"))
    p.add_argument("--no-private", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "leave out the content of private visits (谈心谈话)"))
    p.set_defaults(run=run_export)
    p = sub.add_parser("import", help=QT_TRANSLATE_NOOP(
        "cli", "import members, work areas, visits and concerns from an "
                                      "Excel workbook (shows a preview first)"))
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--yes", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "import without asking when the preview finds no problems"))
    p.add_argument("--update-existing", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "update records that already exist (default: skip them)"))
    p.set_defaults(run=run_import)


def run_export(args) -> int:
    from db.spreadsheet import export_workbook, write_template

    output_file(args.file)
    if args.template:
        print(write_template(ready_to_write(args.file)))
        return 0
    with opened_store(args, read_only=True):
        counts = export_workbook(ready_to_write(args.file), include_private=not args.no_private)
    for title, count in counts.items():
        say(args, SHEET_COUNT, sheet=title, count=count)
    print(args.file)
    return 0


def describe(preview, args) -> list[str]:
    """The preview as lines of text: sheets, what happens to how many rows, every problem."""
    from db.i18n import fill

    def t(template: str, **params) -> str:
        return text(args, template, **params)

    joined = text(args, LIST).join
    lines = []
    for sheet in preview.sheets:
        kind = t(KINDS[sheet.kind]) if sheet.kind in KINDS else sheet.kind
        lines.append(t(SHEET, sheet=sheet.sheet, kind=kind, row=sheet.header_row,
                       count=len(sheet.rows)))
        if sheet.ignored_headers:
            lines.append(t(IGNORED_COLUMNS, columns=joined(sheet.ignored_headers)))
    if preview.ignored_sheets:
        lines.append(t(IGNORED_SHEETS, sheets=joined(preview.ignored_sheets)))
    if preview.created_branches:
        lines.append(t(NEW_BRANCHES, names=joined(preview.created_branches)))
    if preview.created_areas:
        lines.append(t(NEW_AREAS, tier=label(args, ACCESS_TIERS, 2),
                       names=joined(preview.created_areas)))
    counts = preview.counts()
    lines.append(joined(t(ACTION_COUNT, action=t(ACTIONS.get(action, action)), count=count)
                        for action, count in counts.items()))
    translate = translator(args)
    for problem in preview.problems:
        where = (t(WHERE_COLUMN, sheet=problem.sheet, row=problem.row, column=problem.column)
                 if problem.column else t(WHERE, sheet=problem.sheet, row=problem.row))
        lines.append(t(PROBLEM, where=where,
                       problem=fill(translate("db", problem.template), **problem.params)))
    return lines


def _ask(question: str) -> bool:
    print(question, end=" ", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def run_import(args) -> int:
    from db.spreadsheet import ImportRefused, commit_import, preview_import, read_workbook

    existing = "update" if args.update_existing else "skip"
    book = read_workbook(input_file(args.file))
    with opened_store(args):
        preview = preview_import(book, existing=existing)
        print("\n".join(describe(preview, args)))
        if preview.has_errors:
            raise ImportRefused(preview)
        if not args.yes and not _ask(text(args, ASK)):
            say(args, NOTHING)
            return 1
        result = commit_import(book, existing=existing)
    counts = result.counts()
    say(args, IMPORTED, create=counts["create"], update=counts["update"], skip=counts["skip"],
        unchanged=counts["unchanged"])
    return 0
