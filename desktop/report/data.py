"""What the monthly report shows: the db figures for the month plus the organisation's names.

`collect(month)` asks the same functions the coverage page and the command line use, so every
printed number is one the app shows elsewhere. Private visit content and phone numbers are not in
these figures at all, so they cannot reach the page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import clock
from db.concerns import (
    ConcernFigures,
    ConcernRow,
    ConcernSummary,
    concern_figures,
    concern_summary,
    list_concerns,
)
from db.coverage import AreaCoverage, Coverage, Pictures, compute_coverage, pictures
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.organisation import get_organisation
from db.periods import month_period

FUTURE_MONTH = QT_TRANSLATE_NOOP(
    "db", "{month} has not begun yet: a report can be made for this month or an earlier one.")


@dataclass
class ReportData:
    organisation: str
    depot: str
    secretary: str
    signature_lines: str
    month: dt.date             # first day of the month
    generated_on: dt.date
    coverage: Coverage
    concerns: ConcernFigures
    overdue_concerns: list[ConcernRow]
    closed_concerns: list[ConcernRow]
    pictures: Pictures
    concern_summary: ConcernSummary

    @property
    def as_of(self) -> dt.date:
        """The day days-since are counted to: the month's end, or today while it runs."""
        return self.coverage.as_of

    @property
    def unvisited(self) -> list[AreaCoverage]:
        """Areas with no visit this month, by db.coverage's one definition (remote first)."""
        return self.coverage.not_visited

    @property
    def unvisited_remote(self) -> list[AreaCoverage]:
        return [a for a in self.unvisited if a.tier == 3]

    @property
    def visits(self) -> int:
        return sum(a.visits for a in self.coverage.areas)

    @property
    def cadre_visits(self) -> int:
        return sum(a.cadre_visits for a in self.coverage.areas)

    @property
    def hours(self) -> float:
        return round(sum(a.hours for a in self.coverage.areas), 2)

    @property
    def is_empty(self) -> bool:
        return not self.visits and not self.concerns.raised and not self.overdue_concerns \
            and not self.closed_concerns


def collect(month: dt.date, *, today: dt.date | None = None) -> ReportData:
    """The figures of the month that contains `month`; a month after today's is refused (it
    would read as a month in which nothing was visited)."""
    today = today or clock.today()
    period = month_period(month)
    if period.start > today:
        raise BranchDeskError(FUTURE_MONTH, month=period.start.isoformat()[:7])
    org = get_organisation()
    closed = [row for row in list_concerns(period=(period.start, period.end),
                                           statuses=("resolved", "explained"))
              if row.closed_on and period.start <= row.closed_on <= period.end]
    coverage = compute_coverage(period, today=today)
    return ReportData(
        organisation=org.name.strip(), depot=org.depot.strip(), secretary=org.secretary.strip(),
        signature_lines=org.signature_lines, month=period.start, generated_on=today,
        coverage=coverage,
        concerns=concern_figures(period.start, period.end),
        overdue_concerns=list_concerns(period=(period.start, period.end), overdue=True),
        closed_concerns=sorted(closed, key=lambda r: (r.closed_on, r.area)),
        pictures=pictures(coverage),
        concern_summary=concern_summary(period.start, period.end),
    )
