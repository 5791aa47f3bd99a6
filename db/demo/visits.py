"""Demo data: the visits — month by month, which cadres went to which work area, what for and
whom they talked to — with the rows for each visit and the people on it.

A part of db.demo's builder: it works among the areas and cadres PeopleBuilder made, with
demo_rows.RowBuilder's random generator, in the one order that makes a seed give the
same rows.
"""
from __future__ import annotations

import datetime as dt
from itertools import accumulate

from db.dates import add_months, month_end
from db.demo.people import PeopleBuilder, _km_text
from db.demo.rows import GENERATING
from db.demo.words import (
    KIND_SEASON,
    MONTH_VOLUME,
    TASKS,
    TIER_WEIGHT,
    VISIT_KINDS,
    WEEKDAY_WEIGHT,
)
from db.models import Visit, VisitPerson
from db.visits import link_id


class VisitBuilder(PeopleBuilder):
    """Makes the visits as cadres really go: to near and own areas far more than remote ones."""

    def make_visits(self) -> list[tuple]:
        """Month by month, who went where: [(visit id, day, area, kind, lead, talked, made)]."""
        rng, size = self.rng, self.size
        cadres = self.cadres
        cadre_cum = list(accumulate(c.activity for c in cadres))
        area_cum = {}
        for c in cadres:
            area_cum[c.id] = list(accumulate(
                0.0 if a is self.never else TIER_WEIGHT[a.tier] ** c.flatten
                * (c.own_pull if a in c.own else 1.0) * (1.5 if a.branch == c.home.branch else 1.0)
                for a in self.areas))
        kinds = list(VISIT_KINDS)
        lag_days, lag_weights = (0, 1, 2, 3, 5), (60, 25, 8, 4, 3)
        visits = []
        month = self.start
        while month <= self.today:
            last = min(month_end(month), self.today)
            days = [month + dt.timedelta(days=i) for i in range((last - month).days + 1)]
            day_cum = list(accumulate(WEEKDAY_WEIGHT[d.weekday()] for d in days))
            count = size.visits_per_month * MONTH_VOLUME[month.month] * rng.uniform(0.85, 1.15)
            count = min(max(count, 0.75 * size.visits_per_month), 1.35 * size.visits_per_month)
            count = round(count * len(days) / month_end(month).day)
            season = KIND_SEASON.get(month.month, {})
            kind_cum = list(accumulate(VISIT_KINDS[k][0] * season.get(k, 1.0) for k in kinds))
            plans = sorted((rng.choices(days, cum_weights=day_cum)[0], i) for i in range(count))
            for day, _ in plans:
                lead = rng.choices(cadres, cum_weights=cadre_cum)[0]
                area = rng.choices(self.areas, cum_weights=area_cum[lead.id])[0]
                while area.blocked_after and day > area.blocked_after:
                    area = rng.choices(self.areas, cum_weights=area_cum[lead.id])[0]
                kind = rng.choices(kinds, cum_weights=kind_cum)[0]
                talked = ()
                if kind == "talk":
                    here = area.members_on(day)
                    if here:
                        many = self.pick(((1, 60), (2, 30), (3, 10)))
                        talked = rng.sample(here, min(len(here), many))
                    else:
                        kind = "work_along"
                made = self.at(day + dt.timedelta(days=rng.choices(lag_days, lag_weights)[0]))
                visit_id = self.visit_row(day, area, kind, lead, talked, made)
                visits.append((visit_id, day, area, kind, lead, talked, made))
            month = add_months(month, 1)
            self.report(0.9 * GENERATING * len(visits) / (size.visits_per_month * size.months))
        return visits

    def visit_row(self, day, area, kind, lead, talked, made) -> str:
        rng = self.rng
        team = [lead]
        for _ in range(self.pick(((0, 55), (1, 33), (2, 12)))):
            own = [c for c in area.cadres if c not in team]
            team.append(rng.choice(own if own and rng.random() < 0.5 else
                                   [c for c in self.cadres if c not in team]))
        templates = [t for months, t in VISIT_KINDS[kind][2]
                     if months is None or day.month in months]
        summary = rng.choice(templates).format(
            st=area.station, area=area.name, km=_km_text(rng.uniform(*area.km)),
            task=rng.choice(TASKS[area.kind]),
            who="、".join(f"{p.job_post}{p.name}" for p in talked))
        low, high = VISIT_KINDS[kind][1]
        h = area.headcount
        met = {"talk": (len(talked), len(talked)), "work_along": (4, min(h, 15)),
               "safety_check": (3, min(h, 12)), "survey": (6, min(h, 20)),
               "lecture": (h // 2, h * 4 // 5), "condolence": (2, min(h, 20)),
               "other": (2, min(h, 10))}[kind]
        visit_id = self.new_id()
        self.tables[Visit].add({
            "id": visit_id, "visited_on": day, "work_area": area.id, "kind": kind,
            "hours": round(rng.uniform(low, high) * 2) / 2, "workers_met": rng.randint(*met),
            "summary": summary, "private": kind == "talk",
        }, made)
        for role, people in (("participant", team), ("talked", talked)):
            for p in people:
                self.tables[VisitPerson].add({"id": link_id(visit_id, p.id, role),
                                              "visit": visit_id, "member": p.id, "role": role},
                                             made)
        return visit_id
