"""export and import: the branch's tables to and from workbooks (.xlsx; import also reads
.xls, .ods and CSV)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n import QT_TRANSLATE_NOOP, fill
from desktop.cli.common import (
    Subcommands,
    add_overwrite,
    input_file,
    opened_store,
    output_file,
    ready_to_write,
    say,
    translator,
)

if TYPE_CHECKING:
    from db.spreadsheet import ImportPreview
    from desktop.i18n import Translate

C = "sheets"
ASK = QT_TRANSLATE_NOOP("sheets", "Import these rows? [y/N]")
NOTHING = QT_TRANSLATE_NOOP("sheets", "Nothing imported.")
DONE = QT_TRANSLATE_NOOP(
    "sheets", "Imported: {create} new, {update} updated, {skip} skipped, {unchanged} unchanged.")
SHEET_COUNT = QT_TRANSLATE_NOOP("cli", "sheet “{sheet}”: {count} rows")
SHEET_ONE = QT_TRANSLATE_NOOP("cli", "sheet “{sheet}”: 1 row")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("export", help=QT_TRANSLATE_NOOP(
        "cli", "write every table to an Excel workbook"))
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--template", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "write a blank workbook with the expected headers instead"))
    p.add_argument("--no-private", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "leave out the content of private visits (heart-to-heart talks)"))
    add_overwrite(p)
    p.set_defaults(run=run_export)
    p = sub.add_parser("import", help=QT_TRANSLATE_NOOP(
        "cli", "import members, work areas, visits and concerns from a workbook (.xlsx, .xls, "
               ".ods, .csv; shows a preview first)"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--yes", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "import without asking when the preview finds no problems"))
    p.add_argument("--update-existing", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "update records that already exist (default: skip them)"))
    p.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    from db.spreadsheet import export_workbook, write_template

    output_file(args.file, ".xlsx", overwrite=args.overwrite)
    if args.template:
        print(write_template(ready_to_write(args.file, overwrite=args.overwrite)))
        return 0
    with opened_store(args, read_only=True):
        counts = export_workbook(ready_to_write(args.file, overwrite=args.overwrite),
                                 include_private=not args.no_private)
    for title, count in counts.items():
        say(args, SHEET_ONE if count == 1 else SHEET_COUNT, sheet=title, count=count)
    print(args.file)
    return 0


def describe(preview: ImportPreview, translate: Translate) -> list[str]:
    """The preview as lines of text in the session's language: per sheet the header row, the
    columns matched (and to what), left out or ambiguous, the lines skipped as footers and the
    rows merged as exact repeats; what is made; the counts; every problem with sheet, row and
    column."""
    from db.spreadsheet.describe import preview_lines, problem_line, render

    def db_text(text: str) -> str:
        return translate("db", text)

    lines = [render(line, db_text) for line in preview_lines(preview)]
    lines += [render(problem_line(p), db_text) for p in preview.problems]
    return lines


def _ask(question: str) -> bool:
    print(question, end=" ", flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        answer = ""
    if not answer.endswith("\n") or not sys.stdin.isatty():
        print()  # no terminal echoed the answer's Enter: what follows starts its own line
    return answer.strip().lower() in ("y", "yes", "是")


def run_import(args: argparse.Namespace) -> int:
    from db.spreadsheet import ImportRefused, commit_import, preview_import, read_workbook

    translate = translator(args)
    existing = "update" if args.update_existing else "skip"
    book = read_workbook(input_file(args.file))
    with opened_store(args):
        preview = preview_import(book, existing=existing)
        print("\n".join(describe(preview, translate)))
        if preview.has_errors:
            raise ImportRefused(preview)
        if not args.yes and not _ask(translate(C, ASK)):
            print(translate(C, NOTHING))
            return 1
        result = commit_import(book, existing=existing)
    print(fill(translate(C, DONE), **result.counts()))
    return 0
