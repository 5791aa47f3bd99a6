"""Suggested next visits: a score a person can check by hand, and the reasons behind it.

    score = days since the last visit × the area's access-tier weight (Organisation policy)
            + 10 points per open concern of the area + 30 more per overdue concern

An area never visited counts the days since it entered the figures, and at least the policy's
overdue days, so it is never ranked below an area that is merely overdue. Each reason is an English
template (translated in the UI) with its parameters.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from db.i18n import QT_TRANSLATE_NOOP, fill
from db.models import Organisation

OPEN_CONCERN_POINTS = 10
OVERDUE_CONCERN_POINTS = 30

NEVER_VISITED = QT_TRANSLATE_NOOP("db", "Never visited (counted as {days} days)")
LAST_VISITED = QT_TRANSLATE_NOOP("db", "Last visited {days} days ago ({date})")
OVERDUE = QT_TRANSLATE_NOOP("db", "Overdue: more than {limit} days without a visit")
BELOW_TARGET = QT_TRANSLATE_NOOP("db", "{visits} of {target} visits this period")
TIER_WEIGHT = {
    1: QT_TRANSLATE_NOOP("db", "Convenient access: days × {weight}"),
    2: QT_TRANSLATE_NOOP("db", "Ordinary access: days × {weight}"),
    3: QT_TRANSLATE_NOOP("db", "Remote area: days × {weight}"),
}
OPEN_CONCERNS = QT_TRANSLATE_NOOP("db", "{count} open concerns: +{points}")
OVERDUE_CONCERNS = QT_TRANSLATE_NOOP("db", "{count} overdue concerns: +{points}")


@dataclass(frozen=True)
class Reason:
    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return fill(self.template, **self.params)

    def to_json(self) -> dict:
        return {"template": self.template, "params": self.params, "text": self.message}


@dataclass(frozen=True)
class Suggestion:
    area_id: str
    area: str
    tier: int
    score: float
    reasons: list[Reason]


class ScoredArea(Protocol):
    """What a suggestion reads of an area's coverage in a period (db.coverage.AreaCoverage)."""

    @property
    def area_id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def tier(self) -> int: ...

    @property
    def visits(self) -> int: ...

    @property
    def target(self) -> int: ...

    @property
    def status(self) -> str: ...

    @property
    def overdue(self) -> bool: ...

    @property
    def last_visit(self) -> dt.date | None: ...

    @property
    def days_since(self) -> int | None: ...

    @property
    def days_in_figures(self) -> int: ...

    @property
    def open_concerns(self) -> int: ...

    @property
    def overdue_concerns(self) -> int: ...


def tier_weights(org: Organisation) -> dict[int, float]:
    return {1: org.tier1_weight, 2: org.tier2_weight, 3: org.tier3_weight}


def suggest(areas: Iterable[ScoredArea], org: Organisation, limit: int = 10) -> list[Suggestion]:
    """The `limit` areas most in need of a visit (score > 0), highest score first.

    `areas` are db.coverage.AreaCoverage rows of one period."""
    weights = tier_weights(org)
    out = []
    for area in areas:
        weight = weights.get(area.tier, 1.0)
        if area.last_visit is None:
            days = max(area.days_in_figures, org.overdue_days)
            reasons = [Reason(NEVER_VISITED, {"days": days})]
        else:
            days = area.days_since
            reasons = [Reason(LAST_VISITED, {"days": days, "date": area.last_visit.isoformat()})]
        if area.overdue and area.last_visit is not None:
            reasons.append(Reason(OVERDUE, {"limit": org.overdue_days}))
        if area.status != "met":
            reasons.append(Reason(BELOW_TARGET, {"visits": area.visits, "target": area.target}))
        reasons.append(Reason(TIER_WEIGHT.get(area.tier, TIER_WEIGHT[2]), {"weight": weight}))
        points = 0
        for count, each, template in ((area.open_concerns, OPEN_CONCERN_POINTS, OPEN_CONCERNS),
                                      (area.overdue_concerns, OVERDUE_CONCERN_POINTS,
                                       OVERDUE_CONCERNS)):
            if count:
                points += count * each
                reasons.append(Reason(template, {"count": count, "points": count * each}))
        score = round(days * weight + points, 1)
        if score > 0:
            out.append(Suggestion(area.area_id, area.name, area.tier, score, reasons))
    out.sort(key=lambda s: (-s.score, -s.tier, s.area))
    return out[:limit]
