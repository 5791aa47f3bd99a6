"""What the monthly report shows, as plain data. `collect(month)` fills it from the db figures.

The builder only formats these; keeping the numbers here means a test can compare every printed
count with the db functions, and private visit content and phone numbers never reach the page
(they are not fields here).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AreaLine:
    name: str
    tier: int
    headcount: int
    visits: int
    target: int
    status: str                # none | below | met
    last_visit: dt.date | None
    days_since: int | None
    overdue: bool
    open_concerns: int = 0


@dataclass(frozen=True)
class CadreLine:
    name: str
    visits: int
    own_area_visits: int
    other_area_visits: int
    distinct_areas: int


@dataclass(frozen=True)
class ConcernLine:
    raised_on: dt.date
    area: str
    owner: str
    category: str              # code from db.choices.CONCERN_CATEGORIES
    description: str
    due: dt.date
    status: str                # code from db.choices.CONCERN_STATUSES
    response: str = ""
    feedback_on: dt.date | None = None


@dataclass(frozen=True)
class HeatRow:
    area: str
    tier: int
    target: int                # per month
    counts: list[int]


@dataclass
class ReportData:
    organisation: str
    depot: str
    secretary: str
    signature_lines: str
    month: dt.date             # first day of the month
    generated_on: dt.date
    areas: list[AreaLine] = field(default_factory=list)
    coverage_rate: float | None = None
    visits: int = 0
    cadre_visits: int = 0
    hours: float = 0.0
    remoteness_bias: float | None = None
    gini: float | None = None
    cadres: list[CadreLine] = field(default_factory=list)
    heat_months: list[dt.date] = field(default_factory=list)
    heat_rows: list[HeatRow] = field(default_factory=list)
    concerns_raised: int = 0
    concerns_resolved: int = 0
    concerns_explained: int = 0
    concerns_open: int = 0
    concerns_overdue: int = 0
    median_days_to_close: float | None = None
    overdue_concerns: list[ConcernLine] = field(default_factory=list)
    closed_concerns: list[ConcernLine] = field(default_factory=list)

    @property
    def unvisited(self) -> list[AreaLine]:
        """Areas with no visit this month, remote first."""
        return sorted((a for a in self.areas if a.visits == 0), key=lambda a: (-a.tier, a.name))

    @property
    def areas_met(self) -> int:
        return sum(1 for a in self.areas if a.status == "met")

    @property
    def is_empty(self) -> bool:
        return not self.visits and not self.concerns_raised and not self.overdue_concerns \
            and not self.closed_concerns
