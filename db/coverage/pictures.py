"""The figures behind the pictures of coverage, for the window and the printed report alike.

- the line diagram: every area of the figures in its order along the line, its days since the
  last visit as a band (colour), its access tier (remote areas are marked);
- visits against target per access tier;
- the 12-month trend of the coverage rate and the remoteness ratio (remote ÷ convenient visits
  per area), each month computed by `compute_coverage` exactly as that month's own figures.

Colours are part of the figures (hex text), so the window and the paper use the same ones.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from db.coverage import queries as q
from db.coverage.figures import TIERS, Coverage, monthly_rates
from db.dates import add_months
from db.i18n import QT_TRANSLATE_NOOP
from db.mileage import Position, position_or_none

TREND_MONTHS = 12
RECENT_DAYS = 30  # visited within a month: green

# Bands of days since the last visit, in the order of the legend.
BANDS = ("recent", "waiting", "overdue", "never")
BAND_COLOURS = {"recent": "#34a853", "waiting": "#f9ab00", "overdue": "#d93025",
                "never": "#5f1a16"}
BAND_LABELS = {  # translated in context "coverage"; {days} is the policy's overdue days
    "recent": QT_TRANSLATE_NOOP("coverage", "visited within 30 days"),
    "waiting": QT_TRANSLATE_NOOP("coverage", "31 to {days} days"),
    "overdue": QT_TRANSLATE_NOOP("coverage", "over {days} days"),
    "never": QT_TRANSLATE_NOOP("coverage", "never visited"),
}
ORDER_NOTES = {  # how the line diagram is ordered; translated in context "coverage"
    "position": QT_TRANSLATE_NOOP("coverage", "In order along the line (by position)."),
    "partly": QT_TRANSLATE_NOOP(
        "coverage", "In order along the line; {count} areas without a position are placed at "
                    "the end in code order."),
    "partly_one": QT_TRANSLATE_NOOP(
        "coverage", "In order along the line; the one area without a position is placed at "
                    "the end."),
    "code": QT_TRANSLATE_NOOP(
        "coverage", "No work area has a position on the line yet: shown in code order (enter "
                    "each area's position to see the line)."),
    "name": QT_TRANSLATE_NOOP(
        "coverage", "No work area has a position on the line yet: shown in name order (enter "
                    "each area's position to see the line)."),
}
TEXTS = {  # the pictures' titles and legends; translated in context "coverage"
    "tiers": QT_TRANSLATE_NOOP("coverage", "Visits against target per access tier"),
    "met_of": QT_TRANSLATE_NOOP("coverage", "{met} of {areas} met"),
    "met_short": QT_TRANSLATE_NOOP("coverage", "met {met}/{areas}"),  # where the above is too long
    "visits": QT_TRANSLATE_NOOP("coverage", "visits"),
    "target": QT_TRANSLATE_NOOP("coverage", "target"),
    "trend": QT_TRANSLATE_NOOP("coverage", "Last {n} months"),
    "rate": QT_TRANSLATE_NOOP("coverage", "Coverage rate"),
    "ratio": QT_TRANSLATE_NOOP("coverage", "Remote ÷ convenient visits per area"),
    "line": QT_TRANSLATE_NOOP("coverage", "Work areas along the line: days since the last visit"),
    "no_records": QT_TRANSLATE_NOOP("coverage", "no records yet"),  # the trend's months before
    "remote": QT_TRANSLATE_NOOP("coverage", "remote (triangle)"),
}
_CHAINAGE = re.compile(r"[A-Za-z]{0,3}\d+\+\d+(?:\.\d+)?")


@dataclass(frozen=True)
class LineMark:
    area_id: str
    name: str
    code: str
    line: str          # the line's name from 线别区段 ("" when not given)
    position: str      # as stored ("" when not known)
    tier: int
    visits: int
    last_visit: dt.date | None
    days_since: int | None
    band: str
    centre_m: float | None = None   # metres along the line (None: no position)

    @property
    def colour(self) -> str:
        return BAND_COLOURS[self.band]

    @property
    def remote(self) -> bool:
        return self.tier == 3


@dataclass(frozen=True)
class LineDiagram:
    marks: list[LineMark]   # in line order
    order: str              # a key of ORDER_NOTES
    unplaced: int           # areas without a position
    overdue_days: int

    @property
    def groups(self) -> list[tuple[str, list[LineMark]]]:
        """Consecutive marks of one line, in order: one track each in the picture."""
        out: list[tuple[str, list[LineMark]]] = []
        for mark in self.marks:
            if out and out[-1][0] == mark.line:
                out[-1][1].append(mark)
            else:
                out.append((mark.line, [mark]))
        return out


@dataclass(frozen=True)
class TierBar:
    tier: int
    areas: int
    visits: int
    target: int
    met: int


@dataclass(frozen=True)
class TrendPoint:
    month: dt.date                  # first day
    coverage_rate: float | None
    remoteness_bias: float | None
    recorded: bool = True           # False: before the records begin (a gap, not a 0 %)


@dataclass(frozen=True)
class Pictures:
    line: LineDiagram
    tiers: list[TierBar]
    trend: list[TrendPoint]


MIN_GAP = 0.6  # marks placed by chainage stay this share of an even step apart: none hides another


def track_spots(marks: list[LineMark]) -> list[float]:
    """Where each mark of one track goes, 0..1 along it (the window and the report draw from
    this): by chainage when every mark of the track has a position, so a long gap on the line
    is a long gap in the picture (yet no two marks closer than MIN_GAP of an even step);
    otherwise evenly, in line order."""
    n = len(marks)
    even = [(i + 0.5) / n for i in range(n)]
    where = [m.centre_m for m in marks]
    if n < 2 or any(w is None for w in where):
        return even
    placed = [w for w in where if w is not None]
    low, span = min(placed), max(placed) - min(placed)
    if span <= 0:
        return even
    step = 1 / n
    spots = [step / 2 + (w - low) / span * (1 - step) for w in placed]
    for i in range(1, n):  # in chainage order already
        spots[i] = max(spots[i], spots[i - 1] + MIN_GAP * step)
    first, last, end = spots[0], spots[-1], 1 - step / 2
    if last > end:  # pushed past the end: drawn back in, keeping the order
        spots = [first + (x - first) * (end - first) / (last - first) for x in spots]
    return spots


def band(days_since: int | None, overdue_days: int) -> str:
    if days_since is None:
        return "never"
    if days_since <= RECENT_DAYS:
        return "recent"
    return "waiting" if days_since <= overdue_days else "overdue"


def line_name(line_section: str) -> str:
    """The line of a 线别区段 such as 京广线K1845+240–K1852+100: 京广线."""
    return _CHAINAGE.sub("", line_section).strip(" -–—~～至")


def line_diagram(coverage: Coverage) -> LineDiagram:
    places = q.area_places()
    marks, located = [], {}
    for a in coverage.areas:
        code, section, text = places.get(a.area_id, ("", "", ""))
        position = position_or_none(text)
        if position is not None:
            located[a.area_id] = position
        marks.append(LineMark(a.area_id, a.name, code, line_name(section) if position else "",
                              text if position else "", a.tier, a.visits, a.last_visit,
                              a.days_since, band(a.days_since, coverage.overdue_days),
                              position.centre_m if position else None))
    unplaced = len(marks) - len(located)
    if located:
        order = "position" if not unplaced else "partly" if unplaced > 1 else "partly_one"
    else:
        order = "code" if any(m.code for m in marks) else "name"
    sizes: dict[str, int] = {}
    for m in marks:
        if m.area_id in located:
            sizes[m.line] = sizes.get(m.line, 0) + 1
    # The line with most areas first (the main line), then its areas by chainage; areas without
    # a position after them by code, then name.
    line_rank = {name: rank for rank, name in
                 enumerate(sorted(sizes, key=lambda n: (-sizes[n], n)))}

    def key(m: LineMark) -> tuple[int, int, float, str, str]:
        where: Position | None = located.get(m.area_id)
        if where is None:
            return (1, 0, 0.0, m.code or "\uffff", m.name)
        return (0, line_rank[m.line], where.centre_m, m.code, m.name)

    return LineDiagram(sorted(marks, key=key), order, unplaced, coverage.overdue_days)


def tier_bars(coverage: Coverage) -> list[TierBar]:
    out = []
    for tier in TIERS:
        areas = [a for a in coverage.areas if a.tier == tier]
        out.append(TierBar(tier, len(areas), sum(a.visits for a in areas),
                           sum(a.target for a in areas), sum(a.status == "met" for a in areas)))
    return out


def trend(coverage: Coverage, months: int = TREND_MONTHS) -> list[TrendPoint]:
    """Coverage rate and remoteness ratio of the `months` months ending with the period's last
    month, each as that month's own figures give them (a month before the records begin has
    none: a gap in the line)."""
    last = coverage.period.end.replace(day=1)
    rates = monthly_rates([add_months(last, i - months + 1) for i in range(months)],
                          coverage.records_from)
    return [TrendPoint(r.month, r.coverage_rate, r.remoteness_bias, r.recorded) for r in rates]


def unrecorded_span(points: list[TrendPoint]) -> int:
    """How many of the trend's first months are before the records begin (always the first
    ones): the window and the report shade them as "no records yet", not as misses."""
    return next((i for i, p in enumerate(points) if p.recorded), len(points))


def pictures(coverage: Coverage) -> Pictures:
    """The three pictures of `coverage` (a month's figures, or any period's)."""
    return Pictures(line_diagram(coverage), tier_bars(coverage), trend(coverage))
