"""export and import: the branch's tables to and from Excel workbooks (.xlsx)."""
from __future__ import annotations

import sys
from pathlib import Path

from db.i18n import fill
from desktop.cli.common import opened_store


def register(sub) -> None:
    p = sub.add_parser("export", help="write every table to an Excel workbook")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--template", action="store_true",
                   help="write a blank workbook with the expected headers instead")
    p.add_argument("--no-private", action="store_true",
                   help="leave out the content of private visits (谈心谈话)")
    p.set_defaults(run=run_export)
    p = sub.add_parser("import", help="import members, work areas, visits and concerns from an "
                                      "Excel workbook (shows a preview first)")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--yes", action="store_true",
                   help="import without asking when the preview finds no problems")
    p.add_argument("--update-existing", action="store_true",
                   help="update records that already exist (default: skip them)")
    p.set_defaults(run=run_import)


def run_export(args) -> int:
    from db.spreadsheet import export_workbook, write_template

    if args.template:
        print(write_template(args.file))
        return 0
    with opened_store(args):
        counts = export_workbook(args.file, include_private=not args.no_private)
    for title, count in counts.items():
        print(f"{title}: {count}")
    print(args.file)
    return 0


def describe(preview, translate) -> list[str]:
    """The preview as lines of text: sheets, what happens to how many rows, every problem."""
    lines = []
    for sheet in preview.sheets:
        lines.append(f"{sheet.sheet}: {sheet.kind}, header row {sheet.header_row}, "
                     f"{len(sheet.rows)} rows")
        if sheet.ignored_headers:
            lines.append(f"  columns not imported: {', '.join(sheet.ignored_headers)}")
    if preview.ignored_sheets:
        lines.append(f"sheets not recognised: {', '.join(preview.ignored_sheets)}")
    if preview.created_branches:
        lines.append(f"new branches: {', '.join(preview.created_branches)}")
    if preview.created_areas:
        lines.append(f"new work areas (access tier 一般; check them): "
                     f"{', '.join(preview.created_areas)}")
    counts = preview.counts()
    lines.append(", ".join(f"{action}: {count}" for action, count in counts.items()))
    for problem in preview.problems:
        where = f"{problem.sheet} row {problem.row}" + (
            f" [{problem.column}]" if problem.column else "")
        lines.append(f"  {where}: {fill(translate('db', problem.template), **problem.params)}")
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
    from desktop.i18n import Translations

    translate = Translations(args.lang or "zh_CN").tr
    existing = "update" if args.update_existing else "skip"
    with opened_store(args):
        book = read_workbook(args.file)
        preview = preview_import(book, existing=existing)
        print("\n".join(describe(preview, translate)))
        if preview.has_errors:
            raise ImportRefused(preview)
        if not args.yes and not _ask("Import these rows? [y/N]"):
            print("nothing imported")
            return 1
        result = commit_import(book, existing=existing)
    counts = result.counts()
    print(f"imported: {counts['create']} new, {counts['update']} updated, "
          f"{counts['skip']} skipped, {counts['unchanged']} unchanged")
    return 0
