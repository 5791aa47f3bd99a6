"""report: write a month's summary as a PDF, without a screen."""
from __future__ import annotations

from pathlib import Path

from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import opened_store

CANNOT_WRITE = QT_TRANSLATE_NOOP("db", "Cannot write {path}: {reason}")


def register(sub) -> None:
    p = sub.add_parser("report", help="write the monthly summary as an A4 PDF")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--out", type=Path, metavar="FILE.pdf",
                   help="where to write it (default: <general branch>-<YYYY>-<MM>.pdf here)")
    p.add_argument("--detail", action="store_true",
                   help="write the detail instead: every area's row and every concern")
    p.set_defaults(run=run_report)


def run_report(args) -> int:
    from db.periods import parse_month_period
    from desktop.i18n import Translations
    from desktop.report.render import default_file_name, monthly_pdf

    period = parse_month_period(args.month)
    translations = Translations(args.lang or "zh_CN")
    with opened_store(args):
        pdf = monthly_pdf(period.start, translations.tr, detail=args.detail)
        out = args.out or Path(default_file_name(period.start, detail=args.detail))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
    except OSError as exc:
        raise BranchDeskError(CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from exc
    print(out)
    return 0
