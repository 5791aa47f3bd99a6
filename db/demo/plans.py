"""Demo data: last month's and this month's visit plans (走访计划).

Last month the committee planned about half of the visits the cadres then made (done) and sent
someone to every remote area — which mostly did not happen (late), one was dropped for the
flood season. This month's plan starts remote first, two entries per cadre, none in their own
包保 areas where it can be helped. The states are not stored: they follow from the visits.
"""
from __future__ import annotations

import datetime as dt

from db.dates import add_months, month_end
from db.models import PlanEntry
from db.plans.entity import week_of, weeks_in

PER_CADRE = 2
DROP_REASON = "汛期道路中断，改到下月"


class PlanBuilder:
    """A part of db.demo's builder (it uses the builder's rng, areas, cadres and tables)."""

    def make_plans(self, visits: list[tuple]) -> None:
        this_month = self.today.replace(day=1)
        last_month = add_months(this_month, -1)
        if last_month >= self.start.replace(day=1):
            self._last_month(last_month, visits)
        self._this_month(this_month)

    def _entry(self, month: dt.date, cadre, area, week: int, *, purpose: str = "routine",
               dropped: bool = False) -> None:
        made = self.at(month)
        values = {"id": self.new_id(), "month": month, "cadre": cadre.id, "work_area": area.id,
                  "week": week, "purpose": purpose, "note": "", "dropped": dropped,
                  "dropped_reason": DROP_REASON if dropped else ""}
        if dropped:
            self.tables[PlanEntry].add(values, made, self.at(month + dt.timedelta(days=9), made),
                                       ({"dropped": False, "dropped_reason": ""},))
        else:
            self.tables[PlanEntry].add(values, made)

    def _purpose(self) -> str:
        return self.pick((("routine", 70), ("talk", 15), ("concern", 15)))

    def _least_loaded(self, load: dict, area):
        return min(self.cadres, key=lambda c: (load[c.id], area in c.own, self.rng.random()))

    def _last_month(self, month: dt.date, visits: list[tuple]) -> None:
        last = month_end(month)
        made = {}
        for _visit_id, day, area, _kind, lead, _talked, _made in visits:
            if month <= day <= last:
                made.setdefault((lead.id, area.id), (day, lead, area))
        load = {c.id: 0 for c in self.cadres}
        visited = set()
        for day, lead, area in sorted(made.values(), key=lambda t: (t[0], t[1].id, t[2].id)):
            visited.add(area.id)
            if load[lead.id] < PER_CADRE and self.rng.random() < 0.5:
                load[lead.id] += 1
                self._entry(month, lead, area, week_of(day), purpose=self._purpose())
        remote = [a for a in self.areas if a.tier == 3 and a.id not in visited]
        for number, area in enumerate(remote):
            cadre = self._least_loaded(load, area)
            load[cadre.id] += 1
            self._entry(month, cadre, area, 2, dropped=number == 1)

    def _this_month(self, month: dt.date) -> None:
        areas = sorted(self.areas, key=lambda a: (-a.tier, self.rng.random()))
        load = {c.id: 0 for c in self.cadres}
        weeks = weeks_in(month)
        for area in areas[:len(self.cadres) * PER_CADRE]:
            cadre = self._least_loaded(load, area)
            week = min(weeks, 1 + 2 * load[cadre.id])
            load[cadre.id] += 1
            self._entry(month, cadre, area, week, purpose=self._purpose())
