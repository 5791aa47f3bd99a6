"""concerns: a month's concern figures and the concerns on the books, as a table or JSON.

The figures always describe the whole month (db.concern_figures gives the definitions); --status
and --overdue only narrow the list of items.
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from typing import TYPE_CHECKING

from db.choices import CONCERN_STATUSES
from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import Subcommands, label, opened_store, say, text

if TYPE_CHECKING:
    import datetime as dt

    from db.concerns import ConcernFigures, ConcernRow

TITLE = QT_TRANSLATE_NOOP("cli", "Concerns {month} (as of {as_of})")
COUNTS = QT_TRANSLATE_NOOP("cli", "  raised {raised}  resolved {resolved}  explained {explained}  "
                                  "open {open}  overdue {overdue}")
TIMES = QT_TRANSLATE_NOOP("cli", "  median days to close {median}  closed within policy {share}")
TOTAL = QT_TRANSLATE_NOOP("cli", "({count} concerns)")
YES = QT_TRANSLATE_NOOP("cli", "yes")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("concerns", help=QT_TRANSLATE_NOOP(
        "cli", "concern figures for a month and the concerns on the books"),
                       description=QT_TRANSLATE_NOOP(
                           "cli", "Figures for the month (raised, resolved, explained, open, "
                                   "overdue, median days to close) and its concerns: raised in "
                                   "it, closed in it or still open in it."))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP(
        "cli", "the month (default: this month)"))
    p.add_argument("--status", nargs="+", choices=list(CONCERN_STATUSES), metavar="STATUS",
                   help=QT_TRANSLATE_NOOP("cli", "list only concerns in these statuses: "
                                                 "%(choices)s"))
    p.add_argument("--overdue", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "list only concerns overdue at the month's end (or today)"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print JSON instead of a table"))
    p.set_defaults(run=run_concerns)


def month_period(value: str | None) -> tuple[dt.date, dt.date]:
    """(first, last) day of a YYYY-MM month, this month when None."""
    from db.periods import month_period as this_month
    from db.periods import parse_month_period

    period = parse_month_period(value) if value is not None else this_month()
    return period.start, period.end


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def item_json(row: ConcernRow) -> dict:
    return {
        "id": row.id, "raised_on": _date(row.raised_on), "area": row.area, "owner": row.owner,
        "status": row.status, "due": _date(row.due_on), "response": row.response,
        "feedback_date": _date(row.feedback_on), "closed_on": _date(row.closed_on),
        "overdue": row.overdue, "category": row.category, "raised_by": row.raised_by,
        "description": row.description, "satisfaction": row.satisfaction,
    }


def figures_json(f: ConcernFigures) -> dict:
    return {
        "raised": f.raised, "resolved": f.resolved, "explained": f.explained, "open": f.open,
        "overdue": f.overdue, "median_days_to_close": f.median_days_to_close,
        "closed_within_policy": f.closed_within_policy,
        "share_closed_within_policy": f.share_closed_within_policy,
        "satisfaction": f.satisfaction,
    }


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int) -> str:
    """`text` padded to `width` terminal columns (Chinese characters take two); a longer text is
    cut with "…" at its end, so a cut name never passes for a whole one."""
    text = text.replace("\n", " ")
    if _width(text) > width:
        out = ""
        for ch in text:
            if _width(out + ch) > width - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (width - _width(text))


COLUMNS = ((QT_TRANSLATE_NOOP("cli", "raised"), 10), (QT_TRANSLATE_NOOP("cli", "area"), 16),
           (QT_TRANSLATE_NOOP("cli", "owner"), 8), (QT_TRANSLATE_NOOP("cli", "status"), 11),
           (QT_TRANSLATE_NOOP("cli", "due"), 10), (QT_TRANSLATE_NOOP("cli", "overdue"), 7),
           (QT_TRANSLATE_NOOP("cli", "description"), 30))


def print_table(args: argparse.Namespace, period: tuple[dt.date, dt.date], figures: ConcernFigures,
                rows: list[ConcernRow]) -> None:
    start, end = period
    share = figures.share_closed_within_policy
    median = figures.median_days_to_close
    say(args, TITLE, month=f"{start:%Y-%m}", as_of=figures.as_of.isoformat())
    say(args, COUNTS, raised=figures.raised, resolved=figures.resolved,
        explained=figures.explained, open=figures.open, overdue=figures.overdue)
    say(args, TIMES, median="-" if median is None else f"{median:g}",
        share="-" if share is None else f"{share:.0%}")
    print()
    print("  ".join(_cell(text(args, name), width) for name, width in COLUMNS).rstrip())
    for row in rows:
        values = (row.raised_on.isoformat(), row.area, row.owner,
                  label(args, CONCERN_STATUSES, row.status), row.due_on.isoformat(),
                  text(args, YES) if row.overdue else "", row.description)
        print("  ".join(_cell(v, w) for v, (_n, w) in zip(values, COLUMNS, strict=True)).rstrip())
    say(args, TOTAL, count=len(rows))


def run_concerns(args: argparse.Namespace) -> int:
    from db.concerns import concern_figures, list_concerns

    period = month_period(args.month)
    with opened_store(args, read_only=True):
        figures = concern_figures(*period)
        rows = list_concerns(period=period, statuses=args.status, overdue=args.overdue)
    if args.json:
        out = {"month": f"{period[0]:%Y-%m}", "as_of": figures.as_of.isoformat(),
               **figures_json(figures), "items": [item_json(row) for row in rows]}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print_table(args, period, figures, rows)
    return 0
