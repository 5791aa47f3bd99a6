"""plan: the month's visit plan with each entry's state; a draft from the suggestions; .ics."""
from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import BranchDeskError
from db.files import write_whole
from db.i18n import LIST_SEPARATOR, QT_TRANSLATE_NOOP, fill
from desktop.cli.common import (
    Subcommands,
    add_overwrite,
    cadre_named,
    opened_store,
    output_file,
    ready_to_write,
)

if TYPE_CHECKING:
    from db.plans import Plan
    from desktop.i18n import Translate

C = "plans"
REPLACE_NEEDS_FILL = QT_TRANSLATE_NOOP("db", "--replace goes with --fill.")
HEADERS = (
    QT_TRANSLATE_NOOP("plans", "Week"), QT_TRANSLATE_NOOP("plans", "Cadre"),
    QT_TRANSLATE_NOOP("plans", "Work area"), QT_TRANSLATE_NOOP("plans", "Tier"),
    QT_TRANSLATE_NOOP("plans", "Purpose"), QT_TRANSLATE_NOOP("plans", "State"),
    QT_TRANSLATE_NOOP("plans", "Visit"),
)
TITLE = QT_TRANSLATE_NOOP("plans", "Visit plan {month} (as of {day}): {count} entries")
TITLE_ONE = QT_TRANSLATE_NOOP("plans", "Visit plan {month} (as of {day}): 1 entry")
FOR_WHOM = QT_TRANSLATE_NOOP("plans", " (for {names})")
EMPTY = QT_TRANSLATE_NOOP("plans", "No entries. Make a draft from the suggestions with --fill.")
BY_CADRE = QT_TRANSLATE_NOOP("plans", "Plan against actual, per cadre:")
BY_TIER = QT_TRANSLATE_NOOP("plans", "Plan against actual, per access tier:")
WROTE_ICS = QT_TRANSLATE_NOOP("plans", "{count} events written to {path}")
WROTE_ONE_EVENT = QT_TRANSLATE_NOOP("plans", "1 event written to {path}")
TIER_NAMES = {1: QT_TRANSLATE_NOOP("plans", "Convenient"),
              2: QT_TRANSLATE_NOOP("plans", "Ordinary"), 3: QT_TRANSLATE_NOOP("plans", "Remote")}


def register(sub: Subcommands) -> None:
    p = sub.add_parser("plan", help=QT_TRANSLATE_NOOP(
        "cli", "the month's visit plan, plan against actual, a calendar"),
                       description=QT_TRANSLATE_NOOP(
                           "cli", "The visit plan of a month with the state of each entry "
                                   "(done, open, late, dropped), and plan against actual per "
                                   "cadre and access tier."))
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--fill", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "make a draft from the suggested visits (refused if the month has "
                        "entries, unless --replace)"))
    p.add_argument("--replace", action="store_true",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "with --fill: move the month's entries to the trash first"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print JSON instead of a table"))
    p.add_argument("--ics", type=Path, metavar="FILE.ics",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "write the month's entries as a calendar file (one event per entry)"))
    p.add_argument("--cadre", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "cli", "only this cadre's entries (in the table, the JSON and the calendar)"))
    add_overwrite(p)
    p.set_defaults(run=run_plan)


def write_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """`data` to `path`, whole or not at all (a failure is said by error_text, translated); an
    existing file only with `overwrite` (common.output_file)."""
    write_whole(ready_to_write(path, overwrite=overwrite), data)


def run_plan(args: argparse.Namespace) -> int:
    from db import plans
    from db.periods import parse_month_period
    from desktop.i18n import Translations

    month = parse_month_period(args.month).start
    translate = Translations(args.lang or "zh_CN").tr
    if args.replace and not args.fill:
        raise BranchDeskError(REPLACE_NEEDS_FILL)
    if args.ics:
        output_file(args.ics, ".ics", overwrite=args.overwrite)
    with opened_store(args, read_only=not args.fill):
        only = cadre_named(args, args.cadre).id if args.cadre else None  # before any change
        if args.fill:
            plans.fill_plan(month, replace=args.replace)
        plan = plans.month_plan(month, cadre_id=only)
        if args.ics:
            data = plans.plan_calendar(plan, translate, cadre_id=only)
            write_file(args.ics, data, overwrite=args.overwrite)
            count = data.count(b"BEGIN:VEVENT")
            print(fill(translate(C, WROTE_ONE_EVENT if count == 1 else WROTE_ICS), count=count,
                       path=str(args.ics)))
            return 0
    if args.json:
        print(json.dumps(plans.plan_to_json(plan), ensure_ascii=False, indent=2))
    else:
        print(plan_table(plan, translate))
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    return ["  ".join(v + " " * (w - _width(v)) for v, w in zip(row, widths, strict=True))
            .rstrip() for row in [headers, *rows]]


def plan_table(plan: Plan, translate: Translate) -> str:
    from db.plans import PURPOSES, STATE_CONTEXT, STATE_NAMES, TALLY_COLUMNS, month_label

    def t(text: str) -> str:
        return translate(C, text)

    title = TITLE_ONE if len(plan.entries) == 1 else TITLE
    lines = [fill(t(title), month=month_label(plan.month), day=plan.as_of.isoformat(),
                  count=len(plan.entries))]
    if not plan.entries:
        return "\n".join([*lines, t(EMPTY)])
    rows = [[f"{e.week} ({e.planned_on.isoformat()})" if e.planned_on else str(e.week),
             e.cadre, e.area, t(TIER_NAMES.get(e.tier, "")),
             translate("choices", PURPOSES.get(e.purpose, e.purpose))
             + (fill(t(FOR_WHOM), names=translate("db", LIST_SEPARATOR).join(
                 dict.fromkeys(a.name for a in e.absentees))) if e.absentees else ""),
             translate(STATE_CONTEXT, STATE_NAMES[e.state]),
             e.visit_date.isoformat() if e.visit_date else "—"] for e in plan.entries]
    lines += table([t(h) for h in HEADERS], rows)
    tallies = [t(header) for _key, header in TALLY_COLUMNS]
    lines += ["", t(BY_TIER)]  # as the window and the report: remote tiers first, then cadres
    lines += table([t(HEADERS[3]), *tallies],
                   [[t(TIER_NAMES[tier]), *map(str, tally.values())]
                    for tier, tally in sorted(plan.by_tier.items(), reverse=True)])
    lines += ["", t(BY_CADRE)]
    lines += table([t(HEADERS[1]), *tallies],
                   [[name, *map(str, tally.values())]
                    for name, tally in sorted(plan.by_cadre.items())])
    return "\n".join(lines)
