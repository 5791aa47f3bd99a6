"""Reading visits for lists and panels: ids in display order, row contents, one visit's detail.

The visits page keeps only ids and fetches the rows it shows (60,000 visits at depot scale), so
`visit_ids` returns bare ids straight from the cursor and `visit_rows` loads one screenful with
the participants' names gathered by GROUP_CONCAT in the same query.

Private visits (谈心谈话 by default) never give their summary to a list, and their summary is not
searched: a list or a search must not reveal what was said in confidence.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.members import search_condition
from db.models import Concern, Member, Visit, VisitPerson, WorkArea, database

NAME_SEPARATOR = "、"


@dataclass(frozen=True)
class VisitFilters:
    """What the visits list is narrowed to; None (or "") means no narrowing."""

    search: str = ""
    area_id: str | None = None
    tier: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    cadre_id: str | None = None
    kind: str | None = None
    deleted: bool = False


def _participants_names(visit=Visit):
    """The participants' names of `visit`, joined in pinyin order (a correlated subquery)."""
    ordered = (VisitPerson.select(Member.name.alias("name"))
               .join(Member, on=(VisitPerson.member == Member.id))
               .where(VisitPerson.visit == visit.id, VisitPerson.role == "participant",
                      ~VisitPerson.deleted)
               .order_by(Member.name_pinyin))
    sub = ordered.alias("p")
    return (pw.Select([sub], [pw.fn.GROUP_CONCAT(sub.c.name, NAME_SEPARATOR)]))


def _first_participant_pinyin(visit=Visit):
    return (VisitPerson.select(pw.fn.MIN(Member.name_pinyin))
            .join(Member, on=(VisitPerson.member == Member.id))
            .where(VisitPerson.visit == visit.id, VisitPerson.role == "participant",
                   ~VisitPerson.deleted))


# Column key → what orders it.
SORT_KEYS = {
    "visited_on": Visit.visited_on,
    "area": None,  # pinyin rank, built per query
    "tier": None,  # tier then pinyin rank, built per query
    "kind": Visit.kind,
    "participants": None,  # a subquery, built per query
    "hours": Visit.hours,
    "workers_met": Visit.workers_met,
    "summary": None,  # private summaries sort as empty
}


def _area_rank(by_tier: bool = False):
    """Work areas in pinyin order (names sort by sound, as people look them up), or by access
    tier then name: a CASE over the few areas, so the visits need no join to sort."""
    areas = WorkArea.select(WorkArea.id, WorkArea.name_pinyin, WorkArea.access_tier)
    ranked = sorted(areas, key=lambda a: ((a.access_tier if by_tier else 0), a.name_pinyin))
    return pw.Case(Visit.work_area, [(a.id, rank) for rank, a in enumerate(ranked)], len(ranked))


def _visits_with_people(member_ids, role: str = "participant"):
    return (VisitPerson.select(VisitPerson.visit)
            .where(VisitPerson.member.in_(member_ids), VisitPerson.role == role,
                   ~VisitPerson.deleted))


def _unindexed(column):
    """`+column`: SQLite then sorts the scanned rows itself, which at 60,000 visits is twice as
    fast as walking the date index and fetching every row it points to."""
    return pw.NodeList((pw.SQL("+"), column), glue="")


def visit_ids(filters: VisitFilters = VisitFilters(), sort: str = "visited_on",
              descending: bool = True) -> list[str]:
    """Ids of the visits that pass `filters`, in display order (ties: newest first).

    Work-area conditions become `work_area_id IN (…)` over the small area table, so the visit
    table is scanned once without a join.
    """
    query = Visit.select(Visit.id).where(Visit.deleted == filters.deleted)
    if filters.area_id:
        query = query.where(Visit.work_area == filters.area_id)
    if filters.tier is not None:
        query = query.where(Visit.work_area.in_(
            WorkArea.select(WorkArea.id).where(WorkArea.access_tier == filters.tier)))
    if filters.date_from:
        query = query.where(Visit.visited_on >= filters.date_from)
    if filters.date_to:
        query = query.where(Visit.visited_on <= filters.date_to)
    if filters.kind:
        query = query.where(Visit.kind == filters.kind)
    if filters.cadre_id:
        query = query.where(Visit.id.in_(_visits_with_people([filters.cadre_id])))
    needle = filters.search.strip().lower()
    if needle:
        areas = WorkArea.select(WorkArea.id).where(WorkArea.name.contains(needle))
        people = Member.select(Member.id).where(search_condition(needle))
        query = query.where(Visit.work_area.in_(areas)
                            | (~Visit.private & Visit.summary.contains(needle))
                            | Visit.id.in_(_visits_with_people(people)))
    if sort == "participants":
        key = _first_participant_pinyin()
    elif sort in ("area", "tier"):
        key = _area_rank(by_tier=sort == "tier")
    elif sort == "summary":
        key = pw.Case(None, [(Visit.private, "")], Visit.summary)
    else:
        key = _unindexed(SORT_KEYS.get(sort) or Visit.visited_on)
    query = query.order_by(pw.Ordering(key, "DESC" if descending else "ASC"), Visit.seq.desc())
    return [row[0] for row in database.execute(query)]


def visit_rows(ids: list[str]) -> list[dict]:
    """List rows for `ids` (any order; ids not found are left out).

    Keys: id, visited_on (date), area, tier (1-3), kind (code), participants (names joined),
    hours, workers_met, summary ("" for a private visit), private, deleted.
    """
    if not ids:
        return []
    query = (Visit.select(Visit.id, Visit.visited_on, WorkArea.name, WorkArea.access_tier,
                          Visit.kind, _participants_names().alias("participants"), Visit.hours,
                          Visit.workers_met, Visit.summary, Visit.private, Visit.deleted)
             .join(WorkArea, on=(Visit.work_area == WorkArea.id))
             .where(Visit.id.in_(ids)))
    rows = []
    for (visit_id, visited_on, area, tier, kind, names, hours, workers, summary, private,
         deleted) in database.execute(query):
        rows.append({
            "id": visit_id, "visited_on": _date(visited_on), "area": area, "tier": tier,
            "kind": kind, "participants": names or "", "hours": hours, "workers_met": workers,
            "summary": "" if private else _one_line(summary), "private": bool(private),
            "deleted": bool(deleted),
        })
    return rows


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _people(visit_id: str, role: str) -> list[dict]:
    query = (Member.select(Member.id, Member.name, Member.is_cadre).join(VisitPerson)
             .where(VisitPerson.visit == visit_id, VisitPerson.role == role, ~VisitPerson.deleted)
             .order_by(Member.name_pinyin))
    return [{"id": m.id, "name": m.name, "is_cadre": m.is_cadre} for m in query]


def visit_detail(visit_id: str) -> dict:
    """Everything about one visit for its detail panel, the trash included.

    The summary is here even when private: the panel hides it until the user asks to see it.
    Concerns heard on the visit come as dicts (id, raised_on, category, status, description).
    """
    visit = Visit.get_by_id(visit_id)
    area = WorkArea.get_by_id(visit.work_area_id)
    concerns = (Concern.select().where(Concern.visit == visit_id, ~Concern.deleted)
                .order_by(Concern.raised_on))
    return {
        "id": visit.id, "visited_on": _date(visit.visited_on), "area_id": area.id,
        "area": area.name, "tier": area.access_tier, "kind": visit.kind, "hours": visit.hours,
        "workers_met": visit.workers_met, "summary": visit.summary, "private": visit.private,
        "deleted": visit.deleted,
        "participants": _people(visit_id, "participant"),
        "talked_to": _people(visit_id, "talked"),
        "concerns": [{"id": c.id, "raised_on": _date(c.raised_on), "category": c.category,
                      "status": c.status, "description": c.description} for c in concerns],
    }


def area_choices(*, include_inactive: bool = False) -> list[dict]:
    """Work areas to pick from: id, name, tier and a search key of name, pinyin and initials."""
    query = WorkArea.select(WorkArea.id, WorkArea.name, WorkArea.access_tier, WorkArea.active,
                            WorkArea.name_pinyin, WorkArea.name_initials)
    query = query.where(~WorkArea.deleted)
    if not include_inactive:
        query = query.where(WorkArea.active)
    out = []
    for area in sorted(query, key=lambda a: a.name_pinyin):
        out.append({"id": area.id, "name": area.name, "tier": area.access_tier,
                    "search": f"{area.name} {area.name_initials} {area.name_pinyin}"})
    return out


def people_choices(*, cadres_only: bool = False, area_id: str | None = None) -> list[dict]:
    """Members to pick for a visit (on roll, not in the trash), cadres first, then by pinyin.

    With `area_id`, the members currently assigned to that area come first: they are whom a
    visitor talks to. Each: id, name, is_cadre, search (name, initials, full pinyin).
    """
    from db.assignments import members_in_area

    query = (Member.select(Member.id, Member.name, Member.name_pinyin, Member.name_initials,
                           Member.is_cadre)
             .where(~Member.deleted, Member.status == "active"))
    if cadres_only:
        query = query.where(Member.is_cadre)
    local = {m.id for m in members_in_area(area_id)} if area_id else set()
    members = sorted(query, key=lambda m: (m.id not in local, not m.is_cadre, m.name_pinyin))
    return [{"id": m.id, "name": m.name, "is_cadre": m.is_cadre,
             "search": f"{m.name} {m.name_initials} {m.name_pinyin}"} for m in members]


@dataclass(frozen=True)
class DayVisit:
    """What an import compares a hand-kept log's row with (importers.Visits.find)."""

    id: str
    work_area: str
    kind: str
    hours: float
    summary: str
    participants: frozenset[str]


def visits_on(day: dt.date) -> list[DayVisit]:
    """The live visits of `day` with their participating cadres: two queries, where reading
    each visit through peewee and its people after it was ~1.5 ms a row of a 2,000-row log."""
    visit, link = Visit._meta.table_name, VisitPerson._meta.table_name
    people: dict[str, set[str]] = {}
    for visit_id, member in database.execute_sql(
            f'SELECT l."visit_id", l."member_id" FROM "{link}" AS l JOIN "{visit}" AS v '
            f'ON v."id" = l."visit_id" WHERE v."visited_on" = ? AND NOT v."deleted" '
            f'AND l."role" = \'participant\' AND NOT l."deleted"', (day.isoformat(),)):
        people.setdefault(visit_id, set()).add(member)
    return [DayVisit(i, area, kind, hours, summary, frozenset(people.get(i, ())))
            for i, area, kind, hours, summary in database.execute_sql(
                f'SELECT "id", "work_area_id", "kind", "hours", "summary" FROM "{visit}" '
                f'WHERE "visited_on" = ? AND NOT "deleted"', (day.isoformat(),))]
