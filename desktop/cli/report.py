"""report: write a month's summary as a PDF, without a screen."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.errors import BranchDeskError
from db.files import write_whole
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import (
    Subcommands,
    add_overwrite,
    opened_store,
    output_file,
    ready_to_write,
    translator,
)

NOT_BEGUN = QT_TRANSLATE_NOOP(
    "db", "{month} has not begun yet (today is {today}). Give this month or an earlier one.")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("report", help=QT_TRANSLATE_NOOP(
        "cli", "write the monthly summary as an A4 PDF"))
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", type=Path, metavar="FILE.pdf",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "where to write it (default: <general branch>-<YYYY>-<MM>.pdf here)"))
    p.add_argument("--detail", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "write the detail instead: every area's row and every concern"))
    add_overwrite(p)
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    from db import clock
    from db.periods import parse_month_period
    from desktop.report.render import default_file_name, monthly_pdf

    period = parse_month_period(args.month)
    today = clock.today()
    if period.start > today:  # every area would read "not visited (overdue)"
        raise BranchDeskError(NOT_BEGUN, month=f"{period.start:%Y-%m}", today=today.isoformat())
    if args.out:
        output_file(args.out, ".pdf", overwrite=args.overwrite)
    with opened_store(args, read_only=True):
        out = args.out or Path(default_file_name(period.start, detail=args.detail))
        output_file(out, overwrite=args.overwrite)
        pdf = monthly_pdf(period.start, translator(args), detail=args.detail)
    write_whole(ready_to_write(out, overwrite=args.overwrite), pdf)
    print(out)  # the file alone, for a script to pick up
    return 0
