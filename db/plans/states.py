"""What became of a month's plan: each entry's state from the visits, and plan against actual.

An entry is
    dropped  when someone dropped it (with a reason);
    done     when a visit to its work area with its cadre among the participants falls in the
             planned month (an early visit counts; one visit answers one entry: a cadre's
             entries for one area take that cadre's visits there in date order);
    late     when its week is over and no such visit exists (it turns done if one comes within
             the month);
    open     otherwise.
Nothing of this is stored: a visit recorded on a laptop makes the office's entry done once the
exchange brings the visit.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db import clock
from db.assignments import in_force
from db.dates import month_end
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Member, PlanEntry, Responsibility, Visit, VisitPerson, WorkArea
from db.plans.absentees import Absentee, absentees_of
from db.plans.entity import week_span

STATES = ("done", "open", "late", "dropped")
# What the window, the CLI and the report call each state: capitalised as the tallies' column
# headers are. Their own context ("plan states"): the Chinese names of a state (已完成) are not
# the tally headers' (完成).
STATE_CONTEXT = "plan states"
STATE_NAMES = {"done": QT_TRANSLATE_NOOP("plan states", "Done"),
               "open": QT_TRANSLATE_NOOP("plan states", "Open"),
               "late": QT_TRANSLATE_NOOP("plan states", "Late"),
               "dropped": QT_TRANSLATE_NOOP("plan states", "Dropped")}
STATE_ORDER = {"late": 0, "open": 1, "done": 2, "dropped": 3}


@dataclass(frozen=True)
class EntryView:
    id: str
    month: dt.date
    cadre_id: str
    cadre: str
    area_id: str
    area: str
    tier: int
    week: int
    planned_on: dt.date | None
    week_start: dt.date
    week_end: dt.date
    purpose: str
    concern_id: str | None
    note: str
    dropped_reason: str
    own_area: bool  # the cadre answers (包保) for the area when the week starts
    state: str
    visit_id: str | None
    visit_date: dt.date | None
    absentees: tuple[Absentee, ...] = ()  # whom a make-up session is for

    def to_json(self) -> dict:
        return {"id": self.id, "cadre": self.cadre, "area": self.area, "tier": self.tier,
                "week": self.week,
                "date": self.planned_on.isoformat() if self.planned_on else None,
                "purpose": self.purpose, "state": self.state,
                "visit_date": self.visit_date.isoformat() if self.visit_date else None,
                "own_area": self.own_area, "dropped_reason": self.dropped_reason or None,
                "absentees": [{"name": a.name, "meeting_kind": a.kind,
                               "meeting_date": a.held_on.isoformat(),
                               "made_up_on": a.made_up_on.isoformat() if a.made_up_on else None}
                              for a in self.absentees]}


# The tallies' columns, in the one order the window, the CLI and the report show them.
TALLY_COLUMNS = (
    ("planned", QT_TRANSLATE_NOOP("plans", "Planned")),
    ("done", QT_TRANSLATE_NOOP("plans", "Done")),
    ("open", QT_TRANSLATE_NOOP("plans", "Open")),
    ("late", QT_TRANSLATE_NOOP("plans", "Late")),
    ("dropped", QT_TRANSLATE_NOOP("plans", "Dropped")))


@dataclass
class Tally:
    planned: int = 0
    done: int = 0
    open: int = 0
    late: int = 0
    dropped: int = 0

    def add(self, state: str) -> None:
        self.planned += 1
        setattr(self, state, getattr(self, state) + 1)

    def values(self) -> list[int]:
        """The counts in TALLY_COLUMNS' order."""
        return [getattr(self, key) for key, _header in TALLY_COLUMNS]

    def to_json(self) -> dict:
        return {key: getattr(self, key) for key, _header in TALLY_COLUMNS}


@dataclass(frozen=True)
class Plan:
    month: dt.date
    as_of: dt.date
    entries: list[EntryView]
    by_cadre: dict[str, Tally] = field(default_factory=dict)  # cadre name → tally
    by_tier: dict[int, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)


def _visits_by_pair(month: dt.date, cadres: set[str], areas: set[str]) -> dict:
    """(cadre id, area id) → [(day, visit id)] of the month, in date order."""
    if not cadres:
        return {}
    query = (VisitPerson.select(VisitPerson.member, Visit.id, Visit.visited_on, Visit.work_area)
             .join(Visit)
             .where(~VisitPerson.deleted, VisitPerson.role == "participant", ~Visit.deleted,
                    Visit.visited_on.between(month, month_end(month)),
                    VisitPerson.member.in_(sorted(cadres)), Visit.work_area.in_(sorted(areas)))
             .order_by(Visit.visited_on, Visit.id).tuples())
    out: dict = {}
    for member_id, visit_id, day, area_id in query:
        out.setdefault((member_id, area_id), []).append((day, visit_id))
    return out


def _own_pairs(cadres: set[str], day: dt.date) -> set[tuple[str, str]]:
    query = (Responsibility.select(Responsibility.member, Responsibility.work_area)
             .where(in_force(Responsibility, day), Responsibility.member.in_(sorted(cadres)))
             .tuples())
    return set(query)


def entry_rows(month: dt.date, *, cadre_id: str | None = None,
               area_id: str | None = None) -> list[PlanEntry]:
    """Live entries of `month` with their cadre's and area's names, in plan order."""
    query = (PlanEntry.select(PlanEntry, Member.name.alias("cadre_name"),
                              WorkArea.name.alias("area_name"), WorkArea.access_tier)
             .join(Member, on=PlanEntry.cadre == Member.id)
             .switch(PlanEntry).join(WorkArea, on=PlanEntry.work_area == WorkArea.id)
             .where(~PlanEntry.deleted, PlanEntry.month == month.replace(day=1)))
    if cadre_id:
        query = query.where(PlanEntry.cadre == cadre_id)
    if area_id:
        query = query.where(PlanEntry.work_area == area_id)
    return list(query.order_by(PlanEntry.week, WorkArea.access_tier.desc(), WorkArea.name,
                               Member.name_pinyin, PlanEntry.id).objects())


def month_plan(month: dt.date, *, today: dt.date | None = None,
               cadre_id: str | None = None) -> Plan:
    """The plan of `month` (any day of it), each entry's state as of `today`, and the tallies."""
    month = month.replace(day=1)
    today = today or clock.today()
    rows = entry_rows(month, cadre_id=cadre_id)
    cadres = {r.cadre_id for r in rows}
    visits = _visits_by_pair(month, cadres, {r.work_area_id for r in rows})
    own = _own_pairs(cadres, month) if cadres else set()
    used: set[str] = set()
    absentees = absentees_of([r.id for r in rows if r.purpose == "makeup"])
    entries = []
    for row in sorted(rows, key=lambda r: (r.week, r.planned_on or dt.date.max, r.id)):
        start, end = week_span(month, row.week)
        visit = None
        if not row.dropped:
            visit = next((v for v in visits.get((row.cadre_id, row.work_area_id), [])
                          if v[1] not in used), None)
        if row.dropped:
            state = "dropped"
        elif visit is not None:
            used.add(visit[1])
            state = "done"
        else:
            state = "late" if today > end else "open"
        entries.append(EntryView(
            row.id, month, row.cadre_id, row.cadre_name, row.work_area_id, row.area_name,
            row.access_tier, row.week, row.planned_on, start, end, row.purpose,
            row.concern_id, row.note, row.dropped_reason,
            (row.cadre_id, row.work_area_id) in own, state,
            visit[1] if visit else None, visit[0] if visit else None,
            tuple(absentees.get(row.id, ()))))
    order = {r.id: i for i, r in enumerate(rows)}
    entries.sort(key=lambda e: order[e.id])
    plan = Plan(month, today, entries)
    for entry in entries:
        plan.by_cadre.setdefault(entry.cadre, Tally()).add(entry.state)
        plan.by_tier.setdefault(entry.tier, Tally()).add(entry.state)
        plan.total.add(entry.state)
    return plan


def plan_to_json(plan: Plan) -> dict:
    """The `branch-desk plan --json` shape."""
    return {
        "month": f"{plan.month.year:04d}-{plan.month.month:02d}",
        "as_of": plan.as_of.isoformat(),
        "entries": [e.to_json() for e in plan.entries],
        "by_cadre": [{"cadre": name, **t.to_json()} for name, t in sorted(plan.by_cadre.items())],
        "by_tier": [{"tier": tier, **t.to_json()} for tier, t in sorted(plan.by_tier.items())],
        "total": plan.total.to_json(),
    }


def this_week(today: dt.date | None = None) -> list[EntryView]:
    """The dashboard's list: this month's late entries first, then those open this week."""
    today = today or clock.today()
    plan = month_plan(today, today=today)
    late = [e for e in plan.entries if e.state == "late"]
    current = [e for e in plan.entries
               if e.state == "open" and e.week_start <= today <= e.week_end]
    return late + current
