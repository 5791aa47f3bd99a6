"""meetings: organisation life (三会一课) of a month, quarter or year — quotas per branch and kind,
the meetings with their attendance and paper-only signals, members without contact."""
from __future__ import annotations

import argparse
import json
import re
from typing import TYPE_CHECKING

from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import Subcommands, branch_named, opened_store

if TYPE_CHECKING:
    from db.meetings import MeetingFigures
    from db.periods import Period
    from desktop.i18n import Translate

C = "meetings"
BAD_QUARTER = QT_TRANSLATE_NOOP("db", "“{value}” is not a quarter like 2024-Q2.")
BAD_YEAR = QT_TRANSLATE_NOOP("db", "“{value}” is not a year like 2024.")
ONE_PERIOD = QT_TRANSLATE_NOOP("db", "Give one of --month, --quarter and --year.")

TITLE = QT_TRANSLATE_NOOP("meetings", "Organisation life {start} – {end} (as of {as_of})")
QUOTA_LINE = QT_TRANSLATE_NOOP("meetings", "{kind}: held {held} of {required} required")
MET = QT_TRANSLATE_NOOP("meetings", "met")
NOT_MET = QT_TRANSLATE_NOOP("meetings", "not met")
DUE = QT_TRANSLATE_NOOP("meetings", "due by {date}")
FLAGGED = QT_TRANSLATE_NOOP("meetings", "Meetings to check ({count} of {total}):")
MEETING_LINE = QT_TRANSLATE_NOOP("meetings", "{date} {branch} {kind}: {present} of {expected} "
                                             "present")
NO_CONTACT = QT_TRANSLATE_NOOP("meetings", "Members without organisational contact for 3 months "
                                           "or more ({count}):")
CONTACT_LINE = QT_TRANSLATE_NOOP("meetings", "{name} ({branch}): last contact {date}")
NEVER = QT_TRANSLATE_NOOP("meetings", "none recorded")
UNMADE = QT_TRANSLATE_NOOP("meetings", "Absentees without a make-up after 30 days: {count}")
AID = QT_TRANSLATE_NOOP("meetings", "Signals are reasons to look again, not verdicts; the figures "
                                    "are a management aid, not a rating of people.")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("meetings", help=QT_TRANSLATE_NOOP(
        "cli", "organisation life: quotas, meetings, signals, contact"))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP(
        "cli", "a month (default: this month)"))
    p.add_argument("--quarter", metavar="YYYY-Qn", help=QT_TRANSLATE_NOOP(
        "cli", "a quarter, e.g. 2024-Q2"))
    p.add_argument("--year", metavar="YYYY", help=QT_TRANSLATE_NOOP("cli", "a year"))
    p.add_argument("--branch", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "one branch only"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "cli", "print the figures as JSON"))
    p.set_defaults(run=run_meetings)


def period_from_args(args: argparse.Namespace) -> Period:
    from db.errors import BranchDeskError
    from db.periods import (
        check_year,
        month_period,
        parse_month_period,
        quarter_period,
        year_period,
    )

    given = [v for v in (args.month, args.quarter, args.year) if v]
    if len(given) > 1:
        raise BranchDeskError(ONE_PERIOD)
    if args.quarter:
        found = re.fullmatch(r"\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*", args.quarter)
        if not found:
            raise BranchDeskError(BAD_QUARTER, value=args.quarter)
        import datetime as dt

        year = check_year(int(found[1]), args.quarter)
        return quarter_period(dt.date(year, 3 * int(found[2]) - 2, 1))
    if args.year:
        if not re.fullmatch(r"\s*\d{4}\s*", args.year):
            raise BranchDeskError(BAD_YEAR, value=args.year)
        return year_period(check_year(int(args.year), args.year))
    return parse_month_period(args.month) if args.month else month_period()


def branch_label(name: str, translate: Translate) -> str:
    from db.meetings.signals import GENERAL_BRANCH

    return name or translate("db", GENERAL_BRANCH)


def meetings_json(figures: MeetingFigures, translate: Translate) -> dict:
    """The figures as JSON-ready data (README → Organisation life documents the shape)."""
    return {
        "period": figures.period.to_json(),
        "as_of": figures.as_of.isoformat(),
        "branches": [{"name": branch_label(b.name, translate),
                      "quotas": [q.to_json() for q in b.quotas]} for b in figures.branches],
        "meetings": [{"date": m.held_on.isoformat(), "branch": branch_label(m.branch, translate),
                      "kind": m.kind, "present": m.present, "expected": m.expected,
                      "flagged": m.flagged, "signals": [s.text(translate) for s in m.signals]}
                     for m in figures.meetings],
        "absent_without_make_up": [{"date": u.held_on.isoformat(), "kind": u.kind,
                                    "branch": branch_label(u.branch, translate), "name": u.name}
                                   for u in figures.unmade],
        "no_contact": [r.to_json() for r in figures.no_contact],
    }


def meetings_table(figures: MeetingFigures, translate: Translate) -> str:
    from db.choices import MEETING_KINDS
    from db.i18n import fill
    from desktop.i18n import choice_label

    def t(text: str, **params: object) -> str:
        return fill(translate(C, text), **params)

    lines = [t(TITLE, start=figures.period.start.isoformat(), end=figures.period.end.isoformat(),
               as_of=figures.as_of.isoformat()), ""]
    for branch in figures.branches:
        lines.append(branch_label(branch.name, translate))
        for q in branch.quotas:
            state = (t(MET) if q.met else t(DUE, date=q.due_on.isoformat())
                     if q.due_on and q.due_on > figures.as_of else t(NOT_MET))
            line = t(QUOTA_LINE, kind=choice_label(MEETING_KINDS, q.kind, translate),
                     held=q.held, required=q.required)
            lines.append(f"  {line} — {state}")
    flagged = figures.flagged
    lines += ["", t(FLAGGED, count=len(flagged), total=len(figures.meetings))]
    for m in flagged:
        lines.append("  " + t(MEETING_LINE, date=m.held_on.isoformat(),
                              branch=branch_label(m.branch, translate),
                              kind=choice_label(MEETING_KINDS, m.kind, translate),
                              present=m.present, expected=m.expected))
        lines += [f"    - {s.text(translate)}" for s in m.signals if s.flag]
    lines += ["", t(UNMADE, count=len(figures.unmade)), "",
              t(NO_CONTACT, count=len(figures.no_contact))]
    for r in figures.no_contact:
        day = r.last_contact.isoformat() if r.last_contact else t(NEVER)
        mark = "!" if r.highlighted else " "
        lines.append(f" {mark}" + t(CONTACT_LINE, name=r.name,
                                    branch=branch_label(r.branch, translate), date=day))
    lines += ["", t(AID)]
    return "\n".join(lines)


def run_meetings(args: argparse.Namespace) -> int:
    from db.meetings import meeting_figures
    from desktop.i18n import Translations

    period = period_from_args(args)
    translations = Translations(args.lang or "zh_CN")
    with opened_store(args, read_only=True):  # only reads: beside the window, on a CD
        branch = branch_named(args, args.branch).id if args.branch is not None else None
        figures = meeting_figures(period, branch_id=branch)
    if args.json:
        print(json.dumps(meetings_json(figures, translations.tr), ensure_ascii=False, indent=2))
    else:
        print(meetings_table(figures, translations.tr))
    return 0
