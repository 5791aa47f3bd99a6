"""Open concerns summarised by work area and by owner, for the report's short summary: how many
are open, how many overdue, and the oldest days overdue (the full list is in the detail)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from db.concerns.figures import ConcernRow, as_of_day, list_concerns


@dataclass(frozen=True)
class ConcernGroup:
    name: str
    open: int
    overdue: int
    oldest_overdue_days: int | None  # None when none is overdue


@dataclass(frozen=True)
class ConcernSummary:
    as_of: dt.date
    by_area: list[ConcernGroup]
    by_owner: list[ConcernGroup]
    oldest_overdue_days: int | None

    @property
    def open(self) -> int:
        return sum(g.open for g in self.by_area)

    @property
    def overdue(self) -> int:
        return sum(g.overdue for g in self.by_area)


def _groups(rows: list[ConcernRow], key: Callable[[ConcernRow], str],
            as_of: dt.date) -> list[ConcernGroup]:
    grouped: dict[str, list[ConcernRow]] = defaultdict(list)
    for row in rows:
        grouped[key(row)].append(row)
    out = []
    for name, members in grouped.items():
        late = [(as_of - r.due_on).days for r in members if r.overdue]
        out.append(ConcernGroup(name, len(members), len(late), max(late) if late else None))
    return sorted(out, key=lambda g: (-g.overdue, -(g.oldest_overdue_days or 0), -g.open,
                                      g.name))


def concern_summary(start: dt.date, end: dt.date) -> ConcernSummary:
    """The concerns open on the period's as-of day (its end, or today while it runs), grouped
    by area and by owner, most overdue first. Counts equal concern_figures(start, end)."""
    as_of = as_of_day(end)
    rows = [r for r in list_concerns(period=(start, end))
            if r.raised_on <= as_of and (r.closed_on is None or r.closed_on > as_of)]
    late = [(as_of - r.due_on).days for r in rows if r.overdue]
    return ConcernSummary(as_of, _groups(rows, lambda r: r.area, as_of),
                          _groups(rows, lambda r: r.owner, as_of), max(late) if late else None)
