"""Coverage: which work areas are visited, how often, by whom, and which are left behind.

`compute_coverage(period)` returns every figure of DESIGN.md → Coverage for one period as plain
dataclasses; the window, the command line and the report all show this one result.

Months before the records begin
    The records begin in the month of the earliest live visit (this month while there is none):
    field work is what these figures count, so the visit log, not a meeting register or a
    concern list typed in from paper, says since when there is anything to count. A month that
    ends before then holds no records at all: no area is in its figures, its rate is None (a
    gap in the trend, "no records" in the heatmap and the tables), never a 0 % of a year that
    nobody recorded. A longer period counts from the records' first month. Derived from the
    visits' dates alone, so it is the same after an export → import round trip.

Which areas count in a period
    Live (not deleted) work areas in use by the period's end and still in use at its start. An
    area is in use from its 启用日期 (`in_use_since`, a fact the user states; blank: since before
    any record), never from the day its record was typed in or its first visit, so an area
    entered today counts in every past month. It stays in use while active, and up to and
    including its deactivation day (停用日期) once closed: a month before the closing keeps the
    area, a month after leaves it.
    An inactive area without a date (closed before any record) is in no period's figures. An area
    that enters or leaves mid-period has its target scaled to the part of the period it existed
    (rounded half up), so an area created in the last week of a month is not asked for that
    month's visit, nor one closed in its first week. The visits made to an area outside its
    figures still count for the cadres who made them. A closed area is never suggested for a
    visit, and its days since the last visit stop at its deactivation day.

Per area
    visits are distinct visit events; cadre-visits count each participating cadre once per visit.
    days since the last visit are counted to the period's end, or to today while it runs.
    status: "none" with no visit (and a target above 0), "below" under target, "met" at or above.
    overdue: days since the last visit exceed the policy's overdue days, or never visited.
    concerns: open on the as-of day, and of those, past their due date (overdue).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import clock
from db.coverage import queries as q
from db.coverage.suggest import Suggestion, suggest
from db.dates import add_months, month_end
from db.i18n import QT_TRANSLATE_NOOP
from db.organisation import get_organisation
from db.periods import Period, month_period, months_between

STATUS_LABELS = {  # translated in context "coverage" by the window, the CLI and the report
    "none": QT_TRANSLATE_NOOP("coverage", "Not visited"),
    "below": QT_TRANSLATE_NOOP("coverage", "Below target"),
    "met": QT_TRANSLATE_NOOP("coverage", "Met"),
}
TIERS = (1, 2, 3)
HEATMAP_MONTHS = 12
NO_RECORDS = {  # translated in context "coverage"; {period}: 2024-05, or its first – last day
    "before": QT_TRANSLATE_NOOP(
        "coverage", "No records for {period}: the first visit on record is on {day}, so there "
                    "is nothing to count before it."),
    "none": QT_TRANSLATE_NOOP(
        "coverage", "No records for {period}: no visit has been recorded yet."),
}


@dataclass(frozen=True)
class AreaCoverage:
    area_id: str
    name: str
    tier: int
    headcount: int
    visits: int
    cadre_visits: int
    hours: float
    visitors: int
    last_visit: dt.date | None
    days_since: int | None
    target: int
    status: str
    overdue: bool
    open_concerns: int
    overdue_concerns: int
    days_in_figures: int  # as-of day minus the area's 启用日期 (or the first recorded visit)
    deactivated_on: dt.date | None = None  # closed on this day (within or after the period)

    @property
    def per_100_workers(self) -> float | None:
        return self.visits * 100 / self.headcount if self.headcount else None


@dataclass(frozen=True)
class TierFigures:
    tier: int
    areas: int
    visits: int
    headcount: int

    @property
    def mean_visits(self) -> float | None:
        return self.visits / self.areas if self.areas else None

    @property
    def per_100_workers(self) -> float | None:
        return self.visits * 100 / self.headcount if self.headcount else None


@dataclass(frozen=True)
class CadreCoverage:
    member_id: str
    name: str
    visits: int
    own_area_visits: int
    other_area_visits: int
    distinct_areas: int


@dataclass(frozen=True)
class HeatmapRow:
    area_id: str
    name: str
    tier: int
    target_per_month: int
    cells: list[int | None]  # None: the area was not in the figures that month (before or
    # after), or the month holds no records (see Heatmap.recorded)


@dataclass(frozen=True)
class Heatmap:
    months: list[dt.date]  # first day of each month, oldest first
    rows: list[HeatmapRow]
    records_from: dt.date | None = None  # the first month with records (None: every month)

    def recorded(self, month: dt.date) -> bool:
        """False for a month before the records begin: no figure, not a miss."""
        return self.records_from is None or month >= self.records_from


@dataclass(frozen=True)
class Coverage:
    period: Period
    as_of: dt.date
    areas: list[AreaCoverage]
    tiers: dict[int, TierFigures]
    cadres: list[CadreCoverage]
    longest_unvisited: list[AreaCoverage]
    never_visited: list[AreaCoverage]
    suggestions: list[Suggestion]
    gini: float | None
    heatmap: Heatmap | None = None
    overdue_days: int = 45
    first_visit: dt.date | None = None  # the earliest live visit of the whole database
    records_from: dt.date | None = None  # its month's first day (this month's with no visit)

    @property
    def has_records(self) -> bool:
        """False when the period ends before the records begin: nothing to count, no figure."""
        return self.records_from is None or self.period.end >= self.records_from

    @property
    def no_records_note(self) -> tuple[str, dict[str, str]] | None:
        """When the period has no records: a NO_RECORDS template and its parameters."""
        if self.has_records:
            return None
        p = self.period
        label = p.start.isoformat()[:7] if p.kind == "month" else \
            f"{p.start.isoformat()} – {p.end.isoformat()}"
        if self.first_visit is None:
            return NO_RECORDS["none"], {"period": label}
        return NO_RECORDS["before"], {"period": label, "day": self.first_visit.isoformat()}

    @property
    def met(self) -> int:
        return sum(a.status == "met" for a in self.areas)

    @property
    def not_visited(self) -> list[AreaCoverage]:
        """The areas "not visited this month" of the dashboard and the printout alike: in the
        figures, no visit in the period, and still in use after its as-of day (an area closed
        before then needs no visit). Remote first, then the longest waiting (never visited
        first), then by name."""
        waiting = [a for a in self.areas if a.visits == 0
                   and (a.deactivated_on is None or a.deactivated_on > self.as_of)]
        return sorted(waiting, key=lambda a: (-a.tier, -(a.days_since if a.days_since is not None
                                                         else a.days_in_figures + 100000), a.name))

    @property
    def coverage_rate(self) -> float | None:
        """Areas that met their target ÷ areas in the figures (None with no areas)."""
        return self.met / len(self.areas) if self.areas else None

    @property
    def remoteness_bias(self) -> float | None:
        """Mean visits per remote (tier 3) area ÷ mean per convenient (tier 1) area."""
        remote, near = self.tiers[3].mean_visits, self.tiers[1].mean_visits
        if remote is None or not near:
            return None
        return remote / near

    @property
    def overdue_areas(self) -> list[AreaCoverage]:
        return [a for a in self.areas if a.overdue]


def round_half_up(value: float) -> int:
    return int(value + 0.5 + 1e-9)


def gini(values: list[float]) -> float | None:
    """Gini coefficient: 0 when every value is equal, towards 1 when one holds everything.
    None with no values or when all are zero (nothing to spread)."""
    values = sorted(values)
    total, n = sum(values), len(values)
    if not n or total <= 0:
        return None
    ranked = sum((i + 1) * v for i, v in enumerate(values))
    return 2 * ranked / (n * total) - (n + 1) / n


def records_from(first_visit: dt.date | None, today: dt.date) -> dt.date:
    """The first day of the first month with records: the earliest visit's month, or this
    month's while nothing is recorded (a new database: every month before this one is empty)."""
    return (first_visit or today).replace(day=1)


def _entered(area: q.AreaRow, period_start: dt.date, begin: dt.date) -> dt.date:
    """The area's first day in the figures of a period starting `period_start`, when the records
    begin on `begin` (a month's first day): its 启用日期 if later, never before the records."""
    since = max(period_start, begin)
    return max(since, area.in_use_since) if area.in_use_since else since


def _left(area: q.AreaRow, day: dt.date) -> dt.date:
    """`day`, or the area's deactivation day if that is earlier: its last day in the figures."""
    return min(day, area.deactivated_on) if area.deactivated_on else day


def compute_coverage(period: Period | None = None, *, today: dt.date | None = None,
                     with_heatmap: bool = True, suggestions: int = 10,
                     tail: int = 5) -> Coverage:
    """Every coverage figure of `period` (default: this month)."""
    period = period or month_period(today)
    as_of = period.as_of(today)
    org = get_organisation()
    first_visit = q.first_record_day()
    begin = records_from(first_visit, today or clock.today())
    recorded = period.end >= begin
    spans = q.visit_spans(period.end) if recorded else {}
    areas = [a for a in q.areas_in_use_since(period.start)
             if _entered(a, period.start, begin) <= period.end]
    visits = q.visit_totals(period.start, period.end) if recorded else {}
    people = q.participant_totals(period.start, period.end) if recorded else {}
    concerns = q.concern_counts_by_area(as_of) if recorded else {}
    records_begin = first_visit or period.start

    rows = []
    for area in areas:
        entered = _entered(area, period.start, begin)
        rate = area.visit_target if area.visit_target is not None else org.visits_per_month
        target = round_half_up(rate * months_between(entered, _left(area, period.end)))
        n, hours = visits.get(area.id, (0, 0.0))
        cadre_visits, visitors = people.get(area.id, (0, 0))
        last = spans.get(area.id, (None, None))[1]
        area_as_of = _left(area, as_of)
        days = max(0, (area_as_of - last).days) if last else None
        status = "met" if n >= target else ("none" if n == 0 else "below")
        open_n, overdue_n = concerns.get(area.id, (0, 0))
        rows.append(AreaCoverage(
            area.id, area.name, area.tier, area.headcount, n, cadre_visits, round(hours, 2),
            visitors, last, days, target, status, days is None or days > org.overdue_days,
            open_n, overdue_n, max(0, (area_as_of - (area.in_use_since or records_begin)).days),
            area.deactivated_on))

    tiers = {}
    for tier in TIERS:
        members = [r for r in rows if r.tier == tier]
        tiers[tier] = TierFigures(tier, len(members), sum(r.visits for r in members),
                                  sum(r.headcount for r in members))
    cadres = [CadreCoverage(c.member_id, c.name, c.visits, c.own_area_visits,
                            c.visits - c.own_area_visits, c.distinct_areas)
              for c in (q.cadre_totals(period.start, period.end) if recorded else [])]
    cadres.sort(key=lambda c: (-c.visits, c.name))
    visited = sorted((r for r in rows if r.last_visit), key=lambda r: (r.last_visit, r.name))
    return Coverage(
        period=period, as_of=as_of, areas=rows, tiers=tiers, cadres=cadres,
        longest_unvisited=visited[:tail],
        never_visited=[r for r in rows if r.last_visit is None],
        suggestions=suggest([r for r in rows if r.deactivated_on is None], org, suggestions),
        gini=gini([r.per_100_workers for r in rows if r.per_100_workers is not None]),
        heatmap=heatmap(period, areas, org.visits_per_month, begin) if with_heatmap else None,
        overdue_days=org.overdue_days, first_visit=first_visit, records_from=begin,
    )


def heatmap(period: Period, areas: list[q.AreaRow], visits_per_month: int,
            begin: dt.date) -> Heatmap:
    """Visits per area per month for the 12 months ending with the period's last month; a
    month before the records begin (`begin`, a month's first day) is None in every row."""
    last = period.end.replace(day=1)
    months = [add_months(last, i - HEATMAP_MONTHS + 1) for i in range(HEATMAP_MONTHS)]
    counts = q.monthly_visits(months[0], month_end(last)) if areas else {}
    rows = []
    for area in areas:
        entered = _entered(area, months[0], begin)
        left = _left(area, month_end(last))
        cells = [None if month_end(m) < entered or m > left
                 else counts.get((area.id, m.isoformat()[:7]), 0) for m in months]
        target = area.visit_target if area.visit_target is not None else visits_per_month
        rows.append(HeatmapRow(area.id, area.name, area.tier, target, cells))
    return Heatmap(months, rows, begin)


def open_concern_counts(as_of: dt.date | None = None) -> tuple[int, int]:
    """(open concerns, of which overdue) of the whole branch on `as_of` (default today)."""
    return q.concern_totals(as_of or clock.today())


@dataclass(frozen=True)
class Glance:
    """This month at a glance, for the dashboard."""

    month: Coverage
    last_month_rate: float | None
    open_concerns: int
    overdue_concerns: int
    last_month_has_records: bool = True

    @property
    def overdue(self) -> list[AreaCoverage]:
        """Overdue areas still in use, never visited first, then by days since the last visit."""
        return sorted((a for a in self.month.overdue_areas if a.deactivated_on is None),
                      key=lambda a: (a.days_since is not None, -(a.days_since or 0), -a.tier))


def month_at_a_glance(today: dt.date | None = None) -> Glance:
    today = today or clock.today()
    month = compute_coverage(month_period(today), today=today, with_heatmap=False)
    previous = compute_coverage(month.period.previous(), today=today, with_heatmap=False,
                                suggestions=0)
    open_n, overdue_n = open_concern_counts(today)
    return Glance(month, previous.coverage_rate, open_n, overdue_n, previous.has_records)


@dataclass(frozen=True)
class MonthRates:
    month: dt.date  # first day
    coverage_rate: float | None
    remoteness_bias: float | None
    recorded: bool = True  # False: the month is before the records begin (no figure, no miss)


def monthly_rates(months: list[dt.date], begin: dt.date | None = None) -> list[MonthRates]:
    """The coverage rate and remoteness bias of each month in `months` (first days, oldest
    first), exactly as `compute_coverage(month_period(m))` gives them, in four queries instead of
    a dozen full computations (the trend of the pictures). `begin`: the first month with
    records (Coverage.records_from; found when not given)."""
    org = get_organisation()
    begin = begin or records_from(q.first_record_day(), clock.today())
    counts = q.monthly_visits(months[0], month_end(months[-1]))
    everyone = q.areas_in_use_since(months[0])
    out = []
    for first in months:
        end = month_end(first)
        areas = [a for a in everyone if (a.deactivated_on is None or a.deactivated_on >= first)
                 and _entered(a, first, begin) <= end]
        met, tier_visits = 0, {1: [0, 0], 3: [0, 0]}
        for area in areas:
            rate = area.visit_target if area.visit_target is not None else org.visits_per_month
            target = round_half_up(rate * months_between(_entered(area, first, begin),
                                                         _left(area, end)))
            n = counts.get((area.id, first.isoformat()[:7]), 0)
            met += n >= target
            if area.tier in tier_visits:
                tier_visits[area.tier][0] += n
                tier_visits[area.tier][1] += 1
        (remote, n_remote), (near, n_near) = tier_visits[3], tier_visits[1]
        bias = (remote / n_remote) / (near / n_near) if n_remote and n_near and near else None
        out.append(MonthRates(first, met / len(areas) if areas else None, bias, end >= begin))
    return out
