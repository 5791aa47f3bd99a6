"""The monthly report's organisation-life section (三会一课): quotas per branch for the month and
the quarter to date, the month's meetings with a paper-only signal and their reasons, and the
members on the roll without organisational contact for six months or more, and those with none
on record (count and names).

    story += meetings_section(report, collect_meetings(month, today))

`report` is the report builder: its `p(text, style)`, `table(rows, widths, extra=...)` and
`translate(context, text)` are all this section uses. No Qt here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from db.choices import BRANCH_KINDS, MEETING_KINDS
from db.i18n import QT_TRANSLATE_NOOP, fill
from db.meetings import HIGHLIGHT_MONTHS, MeetingFigures, meeting_figures
from db.meetings.signals import GENERAL_BRANCH
from db.periods import month_period, quarter_period

if TYPE_CHECKING:
    from desktop.report.monthly import MonthlyReport

CTX = "MeetingsSection"
COLOURS = {"met": colors.HexColor("#b7e1cd"), "short": colors.HexColor("#f4c7c3"),
           "pending": colors.HexColor("#fce8b2")}
KINDS = [k for k in MEETING_KINDS if k in BRANCH_KINDS]
MAX_FLAGGED = 15   # the report stays within four pages; the page lists them all
# The section's strings, translated through report.translate in context CTX.
T = {
    "title": QT_TRANSLATE_NOOP("MeetingsSection", "Organisation life"),
    "quotas": QT_TRANSLATE_NOOP("MeetingsSection", "Quotas per branch: held / required in each "
                                                   "quota's own period (month, quarter or year) "
                                                   "to this month's end; a monthly quota shows "
                                                   "the quarter to date after the dot."),
    "more": QT_TRANSLATE_NOOP("MeetingsSection", "… and {count} more: see the Organisation life "
                                                 "page."),
    "branch": QT_TRANSLATE_NOOP("MeetingsSection", "Branch"),
    "general": QT_TRANSLATE_NOOP("MeetingsSection", "General branch committee: {held} held this "
                                                    "month ({required} required)."),
    "held": QT_TRANSLATE_NOOP("MeetingsSection", "{count} meetings held this month; {flagged} "
                                                 "with a signal to check."),
    "flagged": QT_TRANSLATE_NOOP("MeetingsSection", "Meetings to check"),
    "none_flagged": QT_TRANSLATE_NOOP("MeetingsSection", "No meeting this month has a signal."),
    "date": QT_TRANSLATE_NOOP("MeetingsSection", "Date"),
    "kind": QT_TRANSLATE_NOOP("MeetingsSection", "Kind"),
    "present": QT_TRANSLATE_NOOP("MeetingsSection", "Present"),
    "reasons": QT_TRANSLATE_NOOP("MeetingsSection", "Why it is worth a look"),
    "quiet": QT_TRANSLATE_NOOP("MeetingsSection", "Members on the roll without organisational "
                                                  "contact for six months or more: {count}."),
    "quiet_none": QT_TRANSLATE_NOOP("MeetingsSection", "No member on the roll has gone six months "
                                                       "without organisational contact."),
    "unrecorded": QT_TRANSLATE_NOOP("MeetingsSection", "Members on the roll with no "
                                                       "organisational contact on record: "
                                                       "{count}."),
    "unrecorded_person": QT_TRANSLATE_NOOP("MeetingsSection", "{name} ({branch})"),
    "aid": QT_TRANSLATE_NOOP("MeetingsSection", "Signals are reasons to look again, not "
                                                "verdicts; whether a member has left is the "
                                                "branch's decision."),
    "person": QT_TRANSLATE_NOOP("MeetingsSection", "{name} ({branch}, last contact {date})"),
    "separator": QT_TRANSLATE_NOOP("MeetingsSection", "; "),
}


@dataclass(frozen=True)
class MeetingsReportData:
    month: MeetingFigures
    quarter: MeetingFigures


def collect_meetings(month: dt.date, today: dt.date) -> MeetingsReportData:
    """The month's figures (with contact as of its end, or today) and the quarter to date's."""
    period = month_period(month)
    as_of = period.as_of(today)
    quarter = quarter_period(month)
    return MeetingsReportData(meeting_figures(period, as_of=as_of),
                              meeting_figures(quarter, as_of=min(quarter.end, as_of),
                                              contacts=False))


def two_lines(label: str) -> str:
    """A header of several words over two lines, split where the lines come out most even (the
    report keeps each header line unbroken: seven English kind names on one line each were
    wider than the page). A label without spaces (Chinese) stays as it is."""
    words = label.split()
    if len(words) < 2:
        return label
    cuts = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, rest = min(cuts, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return f"{first}\n{rest}"


def _state(quota, end: dt.date) -> str:
    if quota.met:
        return "met"
    return "short" if quota.due_on is not None and quota.due_on <= end else "pending"


def meetings_section(report: MonthlyReport, data: MeetingsReportData) -> list:
    def t(key: str, **params) -> str:
        return fill(report.translate(CTX, T[key]), **params)

    def kind(code: str) -> str:
        return report.translate("choices", MEETING_KINDS[code])

    def branch(name: str) -> str:
        return name or report.translate("db", GENERAL_BRANCH)

    month, quarter = data.month, data.quarter
    end = month.period.end
    out = [report.p(t("title"), "h2"),
           report.p(t("held", count=len(month.meetings), flagged=len(month.flagged)))]
    general = next((b for b in month.branches if b.id is None), None)
    if general and general.quotas:
        first = general.quotas[0]
        out.append(report.p(t("general", held=first.held, required=first.required)))
    by_quarter = {(b.id, q.kind): q for b in quarter.branches for q in b.quotas}
    rows = [[t("branch"), *[two_lines(kind(k)) for k in KINDS]]]
    extra = []
    for r, b in enumerate((b for b in month.branches if b.id is not None), start=1):
        cells = [b.name]
        mine = {q.kind: q for q in b.quotas}
        for c, code in enumerate(KINDS, start=1):
            q = mine.get(code)
            if q is None:
                cells.append("—")
                continue
            qq = by_quarter.get((b.id, code)) if q.per == "month" else None
            cells.append(f"{q.held}/{q.required} · {qq.held}/{qq.required}" if qq
                         else f"{q.held}/{q.required}")
            extra.append(("BACKGROUND", (c, r), (c, r), COLOURS[_state(q, end)]))
        rows.append(cells)
    if len(rows) > 1:
        out += [Spacer(1, 1 * mm), report.p(t("quotas"), "small"),
                report.table(rows, [30 * mm] + [21 * mm] * len(KINDS), extra=extra)]
    # The heading stays with its figures and the branches' table: at the foot of a page it
    # stood alone, its table on the next (English depot report, page 3)
    out = [KeepTogether(out)]
    flagged = month.flagged
    out += [Spacer(1, 2 * mm), report.p(t("flagged"), "body")]
    if flagged:
        rows = [[t("date"), t("branch"), t("kind"), t("present"), t("reasons")]]
        rows += [[m.held_on.isoformat(), branch(m.branch), kind(m.kind),
                  f"{m.present}/{m.expected}",
                  " ".join(s.text(report.translate) for s in m.signals if s.flag)]
                 for m in flagged[:MAX_FLAGGED]]
        out.append(report.table(rows, [20 * mm, 26 * mm, 28 * mm, 14 * mm, 90 * mm]))
        if len(flagged) > MAX_FLAGGED:
            out.append(report.p(t("more", count=len(flagged) - MAX_FLAGGED), "small"))
    else:
        out.append(report.p(t("none_flagged")))
    # Six months and more by a dated last contact; apart, those no record reaches at all: on a
    # database begun this month that is everyone whose branch has met no one yet, and "six
    # months or more" said of them what the records cannot know.
    quiet = [r for r in month.no_contact if r.months is not None and r.months >= HIGHLIGHT_MONTHS]
    unrecorded = [r for r in month.no_contact if r.months is None]
    separator = report.translate(CTX, T["separator"])
    out.append(Spacer(1, 2 * mm))
    if quiet:
        names = separator.join(
            t("person", name=r.name, branch=branch(r.branch), date=r.last_contact.isoformat())
            for r in quiet)
        out += [report.p(t("quiet", count=len(quiet))), report.p(names, "small")]
    if unrecorded:
        names = separator.join(t("unrecorded_person", name=r.name, branch=branch(r.branch))
                               for r in unrecorded)
        out += [report.p(t("unrecorded", count=len(unrecorded))), report.p(names, "small")]
    if not quiet and not unrecorded:
        out.append(report.p(t("quiet_none")))
    out.append(report.p(t("aid"), "small"))
    return out


class OrganisationLife:
    """The section in the monthly report's list (desktop.report.sections.SECTIONS)."""

    def __init__(self, report: MonthlyReport) -> None:
        self.report = report

    def flowables(self) -> list:
        data = self.report.data
        return meetings_section(self.report, collect_meetings(data.month, data.generated_on))
