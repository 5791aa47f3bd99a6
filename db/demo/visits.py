"""Demo data: the visits — month by month, which cadres went to which work area, what for and
whom they talked to — with the rows for each visit and the people on it.

A part of db.demo's builder: its functions take the world db.demo.people.PeopleBuilder made
(areas, cadres, the random generator, the rows) as `w`, in the one order that makes a seed give
the same rows.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from db.dates import add_months, month_end
from db.demo.cast import Area, Person, km_text
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

if TYPE_CHECKING:
    from db.demo.people import PeopleBuilder


def make_visits(w: PeopleBuilder) -> list[tuple]:
    """Make the visits as cadres really go: to near and own areas far more than remote ones.

    Month by month, who went where: [(visit id, day, area, kind, lead, talked, made)]."""
    rng, size = w.rng, w.size
    cadres = w.cadres
    cadre_cum = list(accumulate(c.activity for c in cadres))
    area_cum = {}
    for c in cadres:
        area_cum[c.id] = list(accumulate(
            0.0 if a is w.never else TIER_WEIGHT[a.tier] ** c.flatten
            * (c.own_pull if a in c.own else 1.0) * (1.5 if a.branch == c.home.branch else 1.0)
            for a in w.areas))
    kinds = list(VISIT_KINDS)
    lag_days, lag_weights = (0, 1, 2, 3, 5), (60, 25, 8, 4, 3)
    visits = []
    month = w.start
    while month <= w.today:
        last = min(month_end(month), w.today)
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
            area = rng.choices(w.areas, cum_weights=area_cum[lead.id])[0]
            while area.blocked_after and day > area.blocked_after:
                area = rng.choices(w.areas, cum_weights=area_cum[lead.id])[0]
            kind = rng.choices(kinds, cum_weights=kind_cum)[0]
            talked: Sequence[Person] = ()
            if kind == "talk":
                here = area.members_on(day)
                if here:
                    many = w.pick(((1, 60), (2, 30), (3, 10)))
                    talked = rng.sample(here, min(len(here), many))
                else:
                    kind = "work_along"
            made = w.at(day + dt.timedelta(days=rng.choices(lag_days, lag_weights)[0]))
            visit_id = visit_row(w, day, area, kind, lead, talked, made)
            visits.append((visit_id, day, area, kind, lead, talked, made))
        month = add_months(month, 1)
        w.report(0.9 * GENERATING * len(visits) / (size.visits_per_month * size.months))
    return visits


def visit_row(w: PeopleBuilder, day: dt.date, area: Area, kind: str, lead: Person,
              talked: Sequence[Person], made: dt.datetime) -> str:
    rng = w.rng
    team = [lead]
    for _ in range(w.pick(((0, 55), (1, 33), (2, 12)))):
        own = [c for c in area.cadres if c not in team]
        team.append(rng.choice(own if own and rng.random() < 0.5 else
                               [c for c in w.cadres if c not in team]))
    templates = [t for months, t in VISIT_KINDS[kind][2]
                 if months is None or day.month in months]
    summary = rng.choice(templates).format(
        st=area.station, area=area.name, km=km_text(rng.uniform(*area.km)),
        task=rng.choice(TASKS[area.kind]),
        who="、".join(f"{p.job_post}{p.name}" for p in talked))
    low, high = VISIT_KINDS[kind][1]
    h = area.headcount
    met = {"talk": (len(talked), len(talked)), "work_along": (4, min(h, 15)),
           "safety_check": (3, min(h, 12)), "survey": (6, min(h, 20)),
           "lecture": (h // 2, h * 4 // 5), "condolence": (2, min(h, 20)),
           "other": (2, min(h, 10))}[kind]
    visit_id = w.new_id()
    w.tables[Visit].add({
        "id": visit_id, "visited_on": day, "work_area": area.id, "kind": kind,
        "hours": round(rng.uniform(low, high) * 2) / 2, "workers_met": rng.randint(*met),
        "summary": summary, "private": kind == "talk",
    }, made)
    for role, people in (("participant", team), ("talked", talked)):
        for p in people:
            w.tables[VisitPerson].add({"id": link_id(visit_id, p.id, role),
                                          "visit": visit_id, "member": p.id, "role": role},
                                         made)
    return visit_id
