"""Demo data: the workers' concerns, heard on visits or raised otherwise, each with the history
of how it was taken up, closed, told back and sometimes reopened, and the rows for both.

A part of db.demo's builder: its functions take the world db.demo.people.PeopleBuilder made
(areas, cadres, the random generator, the rows) as `w`, in the one order that makes a seed give
the same rows.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from db.demo.cast import Area, Person, km_text
from db.demo.words import (
    CONCERNS,
    EXPLAIN_SHARE,
    KIND_CATEGORIES,
    SATISFACTION_LABEL,
    SATISFIED,
    STARTED_NOTES,
)
from db.models import Concern, ConcernEvent

if TYPE_CHECKING:
    from db.demo.people import PeopleBuilder


def make_concerns(w: PeopleBuilder, visits: list[tuple]) -> None:
    """Make the concerns, in every state and some overdue, from the visits made before them."""
    rng, size = w.rng, w.size
    total = round(size.concerns * rng.uniform(0.95, 1.05))
    heard = round(total * 0.45)
    link = {"survey": 3.0, "talk": 2.0, "condolence": 1.5, "safety_check": 1.5, "lecture": 0.5}
    visit_cum = list(accumulate(link.get(v[3], 1.0) * (1.5 if v[2].tier == 3 else 1.0)
                                for v in visits))
    plans = [(day, area, visit_id, kind, lead, talked, made) for
             visit_id, day, area, kind, lead, talked, made in
             rng.choices(visits, cum_weights=visit_cum, k=heard)]
    area_cum = list(accumulate(a.headcount * (1 + 0.3 * (a.tier - 1)) for a in w.areas))
    span = (w.today - w.start).days
    for _ in range(total - heard):
        day = w.start + dt.timedelta(days=rng.randint(0, span))
        area = rng.choices(w.areas, cum_weights=area_cum)[0]
        owner = rng.choice(area.cadres if rng.random() < 0.85 else w.cadres)
        plans.append((day, area, None, None, owner, (), None))
    for plan in sorted(plans, key=lambda p: p[0]):
        concern(w, *plan)


def concern(w: PeopleBuilder, day: dt.date, area: Area, visit_id: str | None, kind: str | None,
            owner: Person, talked: Sequence[Person], after: dt.datetime | None) -> None:
    rng, today = w.rng, w.today
    lean = KIND_CATEGORIES.get(kind or "", {})  # no kind: no visit, no lean
    category = w.pick(tuple(
        (c, weight * lean.get(c, 1.0) * (1.5 if c == "living" and area.tier == 3 else 1.0))
        for c, (weight, _texts) in CONCERNS.items()))
    words = dict(st=area.station, km=km_text(rng.uniform(*area.km)), n=rng.randint(2, 12))
    description, resolved_text, explained_text = (
        t.format(**words) for t in rng.choice(CONCERNS[category][1]))
    raiser = None
    if talked and rng.random() < 0.8:
        raiser = rng.choice(talked)
    elif rng.random() < 0.6:
        here = area.members_on(day)
        raiser = rng.choice(here) if here else None
    raiser_name = raiser.name if raiser else rng.choice(area.workers)
    concern_id = w.new_id()
    state = {"status": None, "response": "", "feedback_on": None, "closed_on": None,
             "satisfaction": None}
    states, events = [], []

    def event(action, when, to_status=None, text="", **changes):
        from_status = state["status"] if to_status else None
        state.update(changes, **({"status": to_status} if to_status else {}))
        states.append(dict(state))
        events.append({"id": w.new_id(), "concern": concern_id, "at": when,
                       "device": w.device, "actor": owner.name, "action": action,
                       "from_status": from_status, "to_status": to_status, "text": text})
        return when.date()

    created = w.at(day, after)
    event("created", created, "open", description)
    # Some recent concerns are stuck: nobody took them up, or nobody finished them.
    stuck = (today - day).days < 300 and rng.random() < 0.15
    lag = w.pick(((0, 35), (1, 25), (2, 15), (3, 10), (5, 7), (8, 5), (12, 3)))
    started = max(day + dt.timedelta(days=lag), created.date())
    if started <= today and not (stuck and rng.random() < 0.6):
        last = event("started", w.at(started, events[-1]["at"]), "in_progress",
                     rng.choice(STARTED_NOTES))
        closing = last + dt.timedelta(days=max(1, round(rng.lognormvariate(math.log(9), 0.7))))
        outcome = "explained" if rng.random() < EXPLAIN_SHARE.get(category, 0.2) else "resolved"
        response = explained_text if outcome == "explained" else resolved_text
        for round_ in (1, 2):
            if stuck or closing > today:
                break
            last = event(outcome, w.at(closing, events[-1]["at"]), outcome, response,
                         response=response, closed_on=closing)
            told = last + dt.timedelta(days=w.pick(((0, 50), (1, 25), (2, 15), (4, 10))))
            if told > today or (outcome == "resolved" and rng.random() < 0.08):
                break                                  # closed, the worker not yet told
            satisfaction = w.pick(SATISFIED[outcome if round_ == 1 else "resolved"])
            if round_ == 2 and satisfaction == "unsatisfied":
                satisfaction = "basic"
            said = SATISFACTION_LABEL[satisfaction]
            last = event("satisfaction", w.at(told, events[-1]["at"]),
                         text=f"已向{raiser_name}反馈办理结果，评价：{said}",
                         feedback_on=told, satisfaction=satisfaction)
            reopened = last + dt.timedelta(days=rng.randint(1, 10))
            if (outcome != "resolved" or satisfaction != "unsatisfied" or round_ == 2
                    or reopened > today):
                break                                  # else the worker's "no" reopens it
            last = event("reopened", w.at(reopened, events[-1]["at"]), "in_progress",
                         "职工反映问题仍未彻底解决，重新办理", closed_on=None, feedback_on=None,
                         satisfaction=None)
            closing = last + dt.timedelta(days=rng.randint(3, 20))
            response = response + "；复查后进一步整改到位"
    due = day + dt.timedelta(days=w.due_days * (2 if rng.random() < 0.1 else 1))
    w.tables[Concern].add({
        "id": concern_id, "raised_on": day, "work_area": area.id,
        "raised_by": raiser.id if raiser else None,
        "raised_by_name": "" if raiser else raiser_name,
        "visit": visit_id, "category": category, "description": description, "owner": owner.id,
        "due_on": due, **state,
    }, created, events[-1]["at"], tuple(states[:-1]))
    for values in events:
        w.tables[ConcernEvent].add(values, values["at"])
