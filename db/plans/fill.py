"""A draft plan from the suggested next visits, by a rule a committee can check by hand.

1. Take as many suggested areas as the cadres can carry (cadres on the roll × `per_cadre`),
   highest suggestion score first (db.coverage: days since the last visit × access-tier weight
   plus points for open and overdue concerns). Closed areas are never suggested.
2. Hand them out remote first: by access tier (偏远 → 便利), then by score.
3. Each area goes to the cadre with the fewest entries so far (nobody carries more than
   `per_cadre`); among those, to one for whom it is not a 包保 area; then to the one who went
   there least in the past twelve months; then by name.
4. A cadre's entries are spread over the weeks still to come, the remote one first.
5. An area with an open concern gets a concern follow-up, linked to the concern due first;
   the others a routine visit.
"""
from __future__ import annotations

import datetime as dt

from db import clock, records
from db.assignments import in_force
from db.coverage import compute_coverage
from db.dates import add_months, month_end
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.members import list_cadres
from db.models import Concern, PlanEntry, Responsibility, Visit, VisitPerson, database
from db.periods import month_period
from db.plans.entity import KIND, month_label, week_of, weeks_in

PLAN_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "db", "The plan for {month} already has {count} entries; replace them to fill it again.")
NO_CADRES = QT_TRANSLATE_NOOP("db", "There is no cadre on the roll to plan visits for.")
MONTH_OVER = QT_TRANSLATE_NOOP(
    "db", "{month} is over: a draft plan is made for this month or one to come. Entries for a "
    "past month can still be added one by one.")
OPEN = ("open", "in_progress")


def _recent_visits(cadres: list[str], month: dt.date) -> dict[tuple[str, str], int]:
    """(cadre id, area id) → the cadre's visits there in the twelve months before `month`."""
    marks = ", ".join("?" for _ in cadres)
    # CROSS JOIN keeps SQLite to this order: the year's visits by date, then their people
    # (starting from the cadres it read every link of ten years). The unary + keeps the cadre
    # list out of the index probe: one probe per visit, not one per visit and cadre (−40%).
    sql = (f'SELECT p.member_id, v.work_area_id, COUNT(*) FROM "{Visit._meta.table_name}" v '
           f'CROSS JOIN "{VisitPerson._meta.table_name}" p ON p.visit_id = v.id '
           "WHERE p.deleted = 0 AND p.role = 'participant' AND v.deleted = 0 "
           f"AND v.visited_on >= ? AND v.visited_on < ? AND +p.member_id IN ({marks}) "
           "GROUP BY p.member_id, v.work_area_id")
    params = (add_months(month, -12).isoformat(), month.isoformat(), *cadres)
    return {(m, a): n for m, a, n in database.execute_sql(sql, params).fetchall()}


def _first_open_concern(area_ids: list[str]) -> dict[str, str]:
    query = (Concern.select(Concern.work_area, Concern.id)
             .where(~Concern.deleted, Concern.status.in_(OPEN), Concern.work_area.in_(area_ids))
             .order_by(Concern.due_on.desc(), Concern.id.desc()).tuples())
    return dict(query)  # the last written per area wins: the one due first


def draft(month: dt.date, *, per_cadre: int = 2, today: dt.date | None = None) -> list[dict]:
    """The entries the rule gives for `month`, not written (values for records.create)."""
    month = month.replace(day=1)
    today = today or clock.today()
    cadres = list_cadres()
    if not cadres:
        raise BranchDeskError(NO_CADRES)
    coverage = compute_coverage(month_period(month), today=today, with_heatmap=False,
                                suggestions=len(cadres) * per_cadre)
    picked = sorted(coverage.suggestions, key=lambda s: (-s.tier, -s.score, s.area))
    ids = [c.id for c in cadres]
    own = set(Responsibility.select(Responsibility.member, Responsibility.work_area)
              .where(in_force(Responsibility, month), Responsibility.member.in_(ids)).tuples())
    recent = _recent_visits(ids, month)
    concerns = _first_open_concern([s.area_id for s in picked])
    load = {c.id: 0 for c in cadres}
    weeks = weeks_in(month)
    first_week = week_of(today) if today.replace(day=1) == month else 1
    if today > month_end(month):
        first_week = weeks
    step = max(1, (weeks - first_week + 1) // per_cadre)
    out = []
    for suggestion in picked:
        cadre = min(cadres, key=lambda c: (load[c.id], (c.id, suggestion.area_id) in own,
                                           recent.get((c.id, suggestion.area_id), 0),
                                           c.name_pinyin, c.name))
        if load[cadre.id] >= per_cadre:
            break
        week = min(weeks, first_week + load[cadre.id] * step)
        load[cadre.id] += 1
        concern = concerns.get(suggestion.area_id)
        out.append({"month": month, "cadre": cadre.id, "work_area": suggestion.area_id,
                    "week": week, "purpose": "concern" if concern else "routine",
                    "concern": concern})
    return out


def refuse_past_month(month: dt.date, today: dt.date | None = None) -> None:
    """Raise the refusal `fill_plan` gives a month already over (asked first by the window, so
    it does not offer to replace a month's entries with a draft it will then refuse)."""
    if (today or clock.today()) > month_end(month):
        raise BranchDeskError(MONTH_OVER, month=month_label(month.replace(day=1)))


def fill_plan(month: dt.date, *, per_cadre: int = 2, replace: bool = False,
              today: dt.date | None = None) -> list[PlanEntry]:
    """Write the draft of `month` (see the module's rule), as on `today`. Refused while the
    month has entries, unless `replace` moves them to the trash first, and refused for a month
    over by `today` (its entries would all be late the moment they are made). All or nothing."""
    month = month.replace(day=1)
    refuse_past_month(month, today)
    with database.atomic():
        existing = list(PlanEntry.select().where(~PlanEntry.deleted, PlanEntry.month == month))
        if existing and not replace:
            raise BranchDeskError(PLAN_NOT_EMPTY, month=month_label(month), count=len(existing))
        values = [KIND.validate(v, None) for v in draft(month, per_cadre=per_cadre, today=today)]
        for row in existing:  # to the trash, as records.delete does (PlanEntry has no guard)
            records.update(row, {"deleted": True}, action="delete")
        ids = records.insert_many(PlanEntry, values, action="fill")
        rows = {r.id: r for r in PlanEntry.select().where(PlanEntry.id.in_(ids))}
        return [rows[i] for i in ids]
