"""Demo data: last month's and this month's visit plans (走访计划).

Last month the committee planned about half of the visits the cadres then made (done) and sent
someone to every remote area — which mostly did not happen (late), one was dropped for the
flood season. This month's plan starts remote first, two entries per cadre, none in their own
包保 areas where it can be helped. The states are not stored: they follow from the visits.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.dates import add_months, month_end
from db.models import PlanEntry
from db.plans.entity import week_of, weeks_in

if TYPE_CHECKING:
    from db.demo.people import PeopleBuilder

PER_CADRE = 2
DROP_REASON = "汛期道路中断，改到下月"


def make_plans(w: PeopleBuilder, visits: list[tuple]) -> None:
    """The plans of last month and this month, from the visits made (after everything else,
    so the seed's other rows stay as they were)."""
    this_month = w.today.replace(day=1)
    last_month = add_months(this_month, -1)
    if last_month >= w.start.replace(day=1):
        _last_month(w, last_month, visits)
    _this_month(w, this_month)


def _entry(w: PeopleBuilder, month: dt.date, cadre, area, week: int, *,
           purpose: str = "routine", dropped: bool = False) -> None:
    made = w.at(month)
    values = {"id": w.new_id(), "month": month, "cadre": cadre.id, "work_area": area.id,
              "week": week, "purpose": purpose, "note": "", "dropped": dropped,
              "dropped_reason": DROP_REASON if dropped else ""}
    if dropped:
        w.tables[PlanEntry].add(values, made, w.at(month + dt.timedelta(days=9), made),
                                ({"dropped": False, "dropped_reason": ""},))
    else:
        w.tables[PlanEntry].add(values, made)


def _purpose(w: PeopleBuilder) -> str:
    return w.pick((("routine", 70), ("talk", 15), ("concern", 15)))


def _least_loaded(w: PeopleBuilder, load: dict, area):
    return min(w.cadres, key=lambda c: (load[c.id], area in c.own, w.rng.random()))


def _last_month(w: PeopleBuilder, month: dt.date, visits: list[tuple]) -> None:
    last = month_end(month)
    made = {}
    for _visit_id, day, area, _kind, lead, _talked, _made in visits:
        if month <= day <= last:
            made.setdefault((lead.id, area.id), (day, lead, area))
    load = {c.id: 0 for c in w.cadres}
    visited = set()
    for day, lead, area in sorted(made.values(), key=lambda t: (t[0], t[1].id, t[2].id)):
        visited.add(area.id)
        if load[lead.id] < PER_CADRE and w.rng.random() < 0.5:
            load[lead.id] += 1
            _entry(w, month, lead, area, week_of(day), purpose=_purpose(w))
    remote = [a for a in w.areas if a.tier == 3 and a.id not in visited]
    for number, area in enumerate(remote):
        cadre = _least_loaded(w, load, area)
        load[cadre.id] += 1
        _entry(w, month, cadre, area, 2, dropped=number == 1)


def _this_month(w: PeopleBuilder, month: dt.date) -> None:
    areas = sorted(w.areas, key=lambda a: (-a.tier, w.rng.random()))
    load = {c.id: 0 for c in w.cadres}
    weeks = weeks_in(month)
    for area in areas[:len(w.cadres) * PER_CADRE]:
        cadre = _least_loaded(w, load, area)
        week = min(weeks, 1 + 2 * load[cadre.id])
        load[cadre.id] += 1
        _entry(w, month, cadre, area, week, purpose=_purpose(w))
