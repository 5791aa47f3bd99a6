"""What the monthly report shows: the db figures for the month plus the organisation's names.

`collect(month)` asks the same functions the coverage page and the command line use, so every
printed number is one the app shows elsewhere. Private visit content and phone numbers are not in
these figures at all, so they cannot reach the page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import clock
from db.concerns import ConcernFigures, ConcernRow, concern_figures, list_concerns
from db.coverage import Coverage, compute_coverage
from db.organisation import get_organisation
from db.periods import month_period


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
    """The figures of the month that contains `month`."""
    today = today or clock.today()
    period = month_period(month)
    org = get_organisation()
    closed = [row for row in list_concerns(statuses=("resolved", "explained"))
              if row.closed_on and period.start <= row.closed_on <= period.end]
    return ReportData(
        organisation=org.name.strip(), depot=org.depot.strip(), secretary=org.secretary.strip(),
        signature_lines=org.signature_lines, month=period.start, generated_on=today,
        coverage=compute_coverage(period, today=today),
        concerns=concern_figures(period.start, period.end),
        overdue_concerns=list_concerns(period=(period.start, period.end), overdue=True),
        closed_concerns=sorted(closed, key=lambda r: (r.closed_on, r.area)),
    )
