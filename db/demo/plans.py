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
from db.meetings.owed import OWED_MONTHS
from db.models import Concern, MakeUp, Meeting, MeetingAttendee, PlanAbsentee, PlanEntry
from db.plans.absentees import link_id
from db.plans.entity import week_of, weeks_in

if TYPE_CHECKING:
    from db.demo.cast import Area, Person
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


def _open_concerns(w: PeopleBuilder) -> dict[str, str]:
    """area id → its open concern due first."""
    table = w.tables[Concern]
    at = {n: table.names.index(n) for n in ("id", "work_area", "status", "due_on")}
    found: dict[str, tuple] = {}
    for row in table.rows:
        if row[at["status"]] in ("open", "in_progress"):
            key = (row[at["due_on"]], row[at["id"]])
            area = row[at["work_area"]]
            found[area] = min(found.get(area, key), key)
    return {area: key[1] for area, key in found.items()}


def _entry(w: PeopleBuilder, month: dt.date, cadre, area, week: int, *,
           purpose: str = "routine", dropped: bool = False, concern: str | None = None) -> None:
    made = w.at(month)
    values = {"id": w.new_id(), "month": month, "cadre": cadre.id, "work_area": area.id,
              "week": week, "purpose": purpose, "note": "", "dropped": dropped,
              "dropped_reason": DROP_REASON if dropped else "",
              "concern": concern if purpose == "concern" else None}
    if dropped:
        w.tables[PlanEntry].add(values, made, w.at(month + dt.timedelta(days=9), made),
                                ({"dropped": False, "dropped_reason": ""},))
    else:
        w.tables[PlanEntry].add(values, made)


def _purpose(w: PeopleBuilder) -> str:
    return w.pick((("routine", 70), ("talk", 15), ("concern", 15)))


def _least_loaded(w: PeopleBuilder, load: dict, area):
    return min(w.cadres, key=lambda c: (load[c.id], area in c.own, w.rng.random()))


def _purpose_at(w: PeopleBuilder, area, concerns: dict[str, str]) -> tuple[str, str | None]:
    """A purpose drawn as the committee would pick it: a concern follow-up only where a concern
    is open (linked to it), a routine visit instead elsewhere."""
    purpose = _purpose(w)
    if purpose == "concern":
        return ("concern", concerns[area.id]) if area.id in concerns else ("routine", None)
    return purpose, None


def _last_month(w: PeopleBuilder, month: dt.date, visits: list[tuple]) -> None:
    last = month_end(month)
    made: dict[tuple[str, str], tuple[dt.date, Person, Area]] = {}  # (cadre, area) → first
    for _visit_id, day, area, _kind, lead, _talked, _made in visits:
        if month <= day <= last:
            made.setdefault((lead.id, area.id), (day, lead, area))
    load = {c.id: 0 for c in w.cadres}
    visited = set()
    concerns = _open_concerns(w)
    for day, lead, area in sorted(made.values(), key=lambda t: (t[0], t[1].id, t[2].id)):
        visited.add(area.id)
        if load[lead.id] < PER_CADRE and w.rng.random() < 0.5:
            load[lead.id] += 1
            purpose, concern = _purpose_at(w, area, concerns)
            _entry(w, month, lead, area, week_of(day), purpose=purpose, concern=concern)
    remote = [a for a in w.areas if a.tier == 3 and a.id not in visited]
    for number, area in enumerate(remote):
        cadre = _least_loaded(w, load, area)
        load[cadre.id] += 1
        _entry(w, month, cadre, area, 2, dropped=number == 1)


def _this_month(w: PeopleBuilder, month: dt.date) -> None:
    areas = sorted(w.areas, key=lambda a: (-a.tier, w.rng.random()))
    load = {c.id: 0 for c in w.cadres}
    weeks = weeks_in(month)
    concerns = _open_concerns(w)
    for area in areas[:len(w.cadres) * PER_CADRE]:
        cadre = _least_loaded(w, load, area)
        week = min(weeks, 1 + 2 * load[cadre.id])
        load[cadre.id] += 1
        purpose, concern = _purpose_at(w, area, concerns)
        _entry(w, month, cadre, area, week, purpose=purpose, concern=concern)


def plan_make_up_session(w: PeopleBuilder) -> None:
    """After the meetings: this month's first entry at a remote area whose members owe
    make-ups becomes a make-up session for (up to three of) them — no random draw, so the
    seed's other rows stay as they were."""
    month = w.today.replace(day=1)
    since = add_months(w.today, -OWED_MONTHS)
    meetings = w.tables[Meeting]
    held = {r[meetings.names.index("id")]: r[meetings.names.index("held_on")]
            for r in meetings.rows}
    made = w.tables[MakeUp]
    done = {(r[made.names.index("meeting")], r[made.names.index("member")]) for r in made.rows}
    people = w.tables[MeetingAttendee]
    at = {n: people.names.index(n) for n in ("id", "meeting", "member", "present")}
    owed: dict[str, list[tuple]] = {}
    for row in people.rows:
        meeting, member = row[at["meeting"]], row[at["member"]]
        if (not row[at["present"]] and (meeting, member) not in done
                and since <= held[meeting] <= w.today):
            owed.setdefault(member, []).append((held[meeting], row[at["id"]]))
    plans = w.tables[PlanEntry]
    col = {n: plans.names.index(n) for n in plans.content}
    areas = {a.id: a for a in w.areas}
    for index, row in enumerate(plans.rows):
        area = areas[row[col["work_area"]]]
        if row[col["month"]] != month or area.tier != 3 or row[col["dropped"]]:
            continue
        here = [p.id for p, first, until in area.pool
                if first <= month_end(month) and (until is None or until > month)]
        chosen = [min(owed[m])[1] for m in sorted(set(here)) if m in owed][:3]
        if not chosen:
            continue
        values = {n: row[col[n]] for n in plans.content}
        values.update(id=row[plans.names.index("id")], purpose="makeup", concern=None)
        created = row[plans.names.index("created_at")]  # the stored UTC text
        del plans.rows[index]
        plans.add(values, created)
        for attendee in chosen:
            w.tables[PlanAbsentee].add({"id": link_id(values["id"], attendee),
                                        "plan_entry": values["id"], "attendee": attendee},
                                       created)
        return
