"""What the members page shows: ids in display order, row contents, and one member's detail.

Search (name, full pinyin, pinyin initials), filters and sorting all happen in SQL, so the page
answers at once with the 600 members of a whole depot.
"""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db import clock
from db.assignments import in_force
from db.members import search_condition
from db.models import (
    Assignment,
    Branch,
    Concern,
    Member,
    Responsibility,
    Visit,
    VisitPerson,
    WorkArea,
)

RECENT = 10


def _current_area(on: dt.date, column=WorkArea.name):
    """A subquery: the member's current work area (its name, or `column`)."""
    return (Assignment.select(column).join(WorkArea)
            .where(Assignment.member == Member.id, in_force(Assignment, on))
            .order_by(Assignment.start_on.desc()).limit(1))


def _branch_name():
    return Branch.select(Branch.name).where(Branch.id == Member.branch)


def _sort_expressions(on: dt.date) -> dict:
    return {
        "name": Member.name_pinyin, "gender": Member.gender, "birth_date": Member.birth_date,
        "joined_on": Member.joined_on, "full_member_on": Member.full_member_on,
        "category": Member.category, "job_post": Member.job_post, "party_post": Member.party_post,
        "is_cadre": Member.is_cadre, "phone": Member.phone, "status": Member.status,
        "status_on": Member.status_on, "branch": _branch_name(), "work_area": _current_area(on),
        "education": Member.education, "ethnicity": Member.ethnicity,
    }


def member_ids(*, search: str = "", branch_id: str | None = None, status: str | None = None,
               cadre: bool | None = None, work_area_id: str | None = None, sort: str = "",
               descending: bool = False, deleted: bool = False) -> list[str]:
    """Ids of members in display order (default: by pinyin of the name)."""
    on = clock.today()
    query = Member.select(Member.id).where(Member.deleted == deleted)
    if search.strip():
        query = query.where(search_condition(search))
    if branch_id:
        query = query.where(Member.branch == branch_id)
    if status:
        query = query.where(Member.status == status)
    if cadre is not None:
        query = query.where(Member.is_cadre == cadre)
    if work_area_id:
        query = query.where(Member.id.in_(
            Assignment.select(Assignment.member)
            .where(Assignment.work_area == work_area_id, in_force(Assignment, on))))
    expression = _sort_expressions(on).get(sort)
    order = [Member.name_pinyin, Member.id]
    if expression is not None:
        order.insert(0, pw.Ordering(expression, "DESC" if descending else "ASC", nulls="LAST"))
    return [row[0] for row in query.order_by(*order).tuples()]


def member_rows(ids: list[str]) -> list[dict]:
    """Row dicts for the table: the member's fields plus branch name and current work area."""
    if not ids:
        return []
    on = clock.today()
    query = (Member.select(Member, _branch_name().alias("branch_name"),
                           _current_area(on).alias("work_area"))
             .where(Member.id.in_(ids)).dicts())
    rows = []
    for row in query:
        row["branch"] = row.pop("branch_name") or ""
        row["work_area"] = row["work_area"] or ""
        for name in filter(None, (row.get("month_precision") or "").split(",")):
            if row.get(name) is not None:  # known to the month: shown as 1987-11
                row[name] = row[name].isoformat()[:7]
        rows.append(row)
    return rows


def member_detail(member_id: str, *, recent: int = RECENT) -> dict:
    """One member for the detail panel: assignment history, 包保 areas (with row ids, to end or
    delete them), visits made (cadres) and concerns raised."""
    member = Member.get_by_id(member_id)
    branch = Branch.get_or_none(Branch.id == member.branch_id) if member.branch_id else None

    def periods(model) -> list[dict]:
        return [{"id": r.id, "work_area_id": r.work_area.id, "area": r.work_area.name,
                 "start_on": r.start_on, "end_on": r.end_on}
                for r in model.select(model, WorkArea).join(WorkArea)
                .where(model.member == member_id, ~model.deleted)
                .order_by(model.start_on.desc())]

    made = (Visit.select(Visit, WorkArea).join(WorkArea).switch(Visit).join(VisitPerson)
            .where(VisitPerson.member == member_id, VisitPerson.role == "participant",
                   ~VisitPerson.deleted, ~Visit.deleted))
    concerns = (Concern.select(Concern, WorkArea).join(WorkArea)
                .where(Concern.raised_by == member_id, ~Concern.deleted)
                .order_by(Concern.raised_on.desc()))
    return {
        "id": member.id, "name": member.name, "is_cadre": member.is_cadre,
        "status": member.status, "branch": branch.name if branch else "",
        "job_post": member.job_post, "party_post": member.party_post, "phone": member.phone,
        "deleted": member.deleted,
        "assignments": periods(Assignment),
        "responsibilities": periods(Responsibility),
        "visits_count": made.count(),
        "visits": [{"id": v.id, "visited_on": v.visited_on, "area": v.work_area.name,
                    "kind": v.kind} for v in
                   made.order_by(Visit.visited_on.desc(), Visit.seq.desc()).limit(recent)],
        "concerns": [{"id": c.id, "raised_on": c.raised_on, "area": c.work_area.name,
                      "category": c.category, "status": c.status, "description": c.description}
                     for c in concerns],
    }


def member_choices(*, cadres_only: bool = False) -> list[tuple[str, str]]:
    """(id, name) of live members on the roll, for comboboxes: cadres only for 包保 and visits."""
    query = Member.select(Member.id, Member.name).where(~Member.deleted, Member.status == "active")
    if cadres_only:
        query = query.where(Member.is_cadre)
    return list(query.order_by(Member.name_pinyin).tuples())


def branch_choices() -> list[tuple[str, str]]:
    """(id, name) of live branches."""
    return list(Branch.select(Branch.id, Branch.name).where(~Branch.deleted)
                .order_by(Branch.name).tuples())

