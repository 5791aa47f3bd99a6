"""What the work-areas page shows: ids in display order, row contents, and one area's detail.

Filtering and sorting happen in SQL; the page keeps only ids and asks for the rows on screen.
The search is matched here in Python (tens of areas, not thousands) against the name, code, line,
place and the name's stored pinyin, which holds every reading of a polyphonic character: station
names are full of them (长 chang/zhang, 重 chong/zhong), and `cl` must find 长岭.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db import clock
from db.assignments import in_force
from db.choices import CLOSED_STATUSES
from db.models import Assignment, Concern, Member, Responsibility, Visit, VisitPerson, WorkArea

RECENT_VISITS = 10


def _members_count(on: dt.date):
    return (Assignment.select(pw.fn.COUNT(Assignment.id))
            .where(Assignment.work_area == WorkArea.id, in_force(Assignment, on)))


def _last_visit():
    return Visit.select(pw.fn.MAX(Visit.visited_on)).where(Visit.work_area == WorkArea.id,
                                                           ~Visit.deleted)


def _open_concerns():
    return (Concern.select(pw.fn.COUNT(Concern.id))
            .where(Concern.work_area == WorkArea.id, ~Concern.deleted,
                   Concern.status.not_in(list(CLOSED_STATUSES))))


def _overdue_concerns(on: dt.date):
    """Open concerns past their due date (as the detail panel marks them)."""
    return _open_concerns().where(Concern.due_on < on)


def _sort_expressions(on: dt.date) -> dict:
    return {
        "name": WorkArea.name, "code": WorkArea.code, "line_section": WorkArea.line_section,
        "location": WorkArea.location, "access_tier": WorkArea.access_tier,
        "distance_km": WorkArea.distance_km, "travel_minutes": WorkArea.travel_minutes,
        "headcount": WorkArea.headcount, "visit_target": WorkArea.visit_target,
        "active": WorkArea.active, "deactivated_on": WorkArea.deactivated_on,
        "in_use_since": WorkArea.in_use_since, "members": _members_count(on),
        "last_visit": _last_visit(),
        "open_concerns": _open_concerns(), "overdue_concerns": _overdue_concerns(on),
    }


SORT_KEYS = frozenset(_sort_expressions(dt.date.today()))


def matches(text: str, *values: str) -> bool:
    """Does `text` occur in any value (a stored pinyin key among them)?"""
    needle = text.strip().lower()
    return not needle or any(needle in (v or "").lower() for v in values)


def area_ids(*, search: str = "", tier: int | None = None, active: bool | None = None,
             line_section: str | None = None, sort: str = "", descending: bool = False,
             deleted: bool = False) -> list[str]:
    """Ids of work areas in display order (default: access tier, then name)."""
    on = clock.today()
    query = WorkArea.select(WorkArea.id, WorkArea.name, WorkArea.code, WorkArea.line_section,
                            WorkArea.location, WorkArea.name_pinyin, WorkArea.name_initials
                            ).where(WorkArea.deleted == deleted)
    if tier is not None:
        query = query.where(WorkArea.access_tier == tier)
    if active is not None:
        query = query.where(WorkArea.active == active)
    if line_section:
        query = query.where(WorkArea.line_section == line_section)
    expression = _sort_expressions(on).get(sort)
    if expression is None:
        order = [WorkArea.access_tier, WorkArea.name]
    else:
        # A blank 启用日期 is the earliest of all (in use since before any record); other
        # blanks (no last visit, no code) go last either way.
        earliest = sort == "in_use_since"
        nulls = ("LAST" if descending else "FIRST") if earliest else "LAST"
        order = [pw.Ordering(expression, "DESC" if descending else "ASC", nulls=nulls),
                 WorkArea.name]
    rows = query.order_by(*order).tuples()
    return [row[0] for row in rows if matches(search, *row[1:])]


def line_sections() -> list[str]:
    """The distinct lines/sections of live areas, for the filter."""
    query = (WorkArea.select(WorkArea.line_section).distinct()
             .where(~WorkArea.deleted, WorkArea.line_section != "").order_by(WorkArea.line_section))
    return [row[0] for row in query.tuples()]


def _cadre_names(area_ids_: list[str], on: dt.date) -> dict[str, list[str]]:
    query = (Responsibility.select(Responsibility.work_area, Member.name)
             .join(Member).where(Responsibility.work_area.in_(area_ids_),
                                 in_force(Responsibility, on), ~Member.deleted)
             .order_by(Member.name_pinyin).tuples())
    names: dict[str, list[str]] = {}
    for area_id, name in query:
        names.setdefault(area_id, []).append(name)
    return names


def area_rows(ids: list[str]) -> list[dict]:
    """Row dicts for the table: the area's fields, members, cadres, last visit, open and overdue
    concerns."""
    if not ids:
        return []
    on = clock.today()
    query = (WorkArea.select(WorkArea, _members_count(on).alias("members"),
                             _last_visit().alias("last_visit"),
                             _open_concerns().alias("open_concerns"),
                             _overdue_concerns(on).alias("overdue_concerns"))
             .where(WorkArea.id.in_(ids)).dicts())
    cadres = _cadre_names(ids, on)
    rows = []
    for row in query:
        row["cadres"] = "、".join(cadres.get(row["id"], []))
        last = row["last_visit"]
        row["last_visit"] = dt.date.fromisoformat(last) if isinstance(last, str) else last
        rows.append(row)
    return rows


def area_detail(area_id: str, *, recent: int = RECENT_VISITS) -> dict:
    """One area for the detail panel: current members and 包保 cadres (with the rows' ids, to end
    or delete them), recent visits with their participants, and open concerns."""
    on = clock.today()
    area = WorkArea.get_by_id(area_id)
    members = [
        {"assignment_id": a.id, "member_id": m.id, "name": m.name, "start_on": a.start_on,
         "end_on": a.end_on, "is_cadre": m.is_cadre}
        for a, m in ((row, row.member) for row in
                     Assignment.select(Assignment, Member).join(Member)
                     .where(Assignment.work_area == area_id, in_force(Assignment, on),
                            ~Member.deleted).order_by(Member.name_pinyin))
    ]
    cadres = [
        {"responsibility_id": r.id, "member_id": r.member.id, "name": r.member.name,
         "start_on": r.start_on, "end_on": r.end_on}
        for r in Responsibility.select(Responsibility, Member).join(Member)
        .where(Responsibility.work_area == area_id, in_force(Responsibility, on), ~Member.deleted)
        .order_by(Member.name_pinyin)
    ]
    visits = list(Visit.select().where(Visit.work_area == area_id, ~Visit.deleted)
                  .order_by(Visit.visited_on.desc(), Visit.seq.desc()).limit(recent))
    people: dict[str, list[str]] = {}
    for visit_id, name in (VisitPerson.select(VisitPerson.visit, Member.name).join(Member)
                           .where(VisitPerson.visit.in_([v.id for v in visits]),
                                  VisitPerson.role == "participant", ~VisitPerson.deleted)
                           .order_by(Member.name_pinyin).tuples()):
        people.setdefault(visit_id, []).append(name)
    concerns = [
        {"id": c.id, "raised_on": c.raised_on, "category": c.category,
         "description": c.description, "owner": c.owner.name, "due_on": c.due_on,
         "status": c.status, "overdue": c.due_on < on}
        for c in Concern.select(Concern, Member).join(Member, on=(Concern.owner == Member.id))
        .where(Concern.work_area == area_id, ~Concern.deleted,
               Concern.status.not_in(list(CLOSED_STATUSES)))
        .order_by(Concern.due_on)
    ]
    return {
        "id": area.id, "name": area.name, "access_tier": area.access_tier,
        "line_section": area.line_section, "location": area.location,
        "headcount": area.headcount, "active": area.active,
        "deactivated_on": area.deactivated_on, "in_use_since": area.in_use_since,
        "deleted": area.deleted,
        "members": members, "cadres": cadres,
        "visits": [{"id": v.id, "visited_on": v.visited_on, "kind": v.kind, "hours": v.hours,
                    "participants": people.get(v.id, [])} for v in visits],
        "concerns": concerns,
    }


def area_choices() -> list[tuple[str, str]]:
    """(id, name) of live, active work areas for comboboxes."""
    query = (WorkArea.select(WorkArea.id, WorkArea.name).where(~WorkArea.deleted, WorkArea.active)
             .order_by(WorkArea.access_tier, WorkArea.name))
    return list(query.tuples())
