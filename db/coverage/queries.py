"""The aggregate SQL behind the coverage figures: a handful of GROUP BY queries, no per-row loops.

Each function returns plain tuples keyed by work area (or member) id. Dates go in and come out as
ISO text, the form peewee stores them in. Deleted visits, deleted participant links, deleted
concerns and deleted areas are left out everywhere.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.choices import CLOSED_STATUSES
from db.models import Concern, Member, Responsibility, Visit, VisitPerson, WorkArea, database
from db.sqlite_limits import pieces

VISIT = Visit._meta.table_name
LINK = VisitPerson._meta.table_name
AREA = WorkArea._meta.table_name
MEMBER = Member._meta.table_name
RESP = Responsibility._meta.table_name
CONCERN = Concern._meta.table_name
_CLOSED = tuple(sorted(CLOSED_STATUSES))


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


@dataclass(frozen=True)
class AreaRow:
    id: str
    name: str
    tier: int
    headcount: int
    visit_target: int | None
    in_use_since: dt.date | None  # None: in use since before any record
    deactivated_on: dt.date | None  # None while the area is in use


def areas_in_use_since(start: dt.date) -> list[AreaRow]:
    """Live work areas in use on some day from `start` on: active, or closed on or after `start`
    (an inactive area without a date was closed before any record and is left out). Ordered by
    access tier then name, as the work-area list orders."""
    rows = _rows(f'SELECT id, name, access_tier, headcount, visit_target, in_use_since, '
                 f'CASE WHEN active = 1 THEN NULL ELSE deactivated_on END FROM "{AREA}" '
                 "WHERE deleted = 0 AND (active = 1 OR deactivated_on >= ?) "
                 "ORDER BY access_tier, name", (start.isoformat(),))
    return [AreaRow(i, n, t, h or 0, v, _day(c), _day(d)) for i, n, t, h, v, c, d in rows]


def visit_totals(start: dt.date, end: dt.date) -> dict[str, tuple[int, float]]:
    """area id → (visits, hours on site) in start..end."""
    rows = _rows(f'SELECT work_area_id, COUNT(*), TOTAL(hours) FROM "{VISIT}" '
                 "WHERE deleted = 0 AND visited_on BETWEEN ? AND ? GROUP BY work_area_id",
                 (start.isoformat(), end.isoformat()))
    return {a: (n, h) for a, n, h in rows}


def participant_totals(start: dt.date, end: dt.date) -> dict[str, tuple[int, int]]:
    """area id → (cadre-visits, distinct visiting cadres) in start..end."""
    rows = _rows(f'SELECT v.work_area_id, COUNT(*), COUNT(DISTINCT p.member_id) FROM "{LINK}" p '
                 f'JOIN "{VISIT}" v ON v.id = p.visit_id '
                 "WHERE p.deleted = 0 AND p.role = 'participant' AND v.deleted = 0 "
                 "AND v.visited_on BETWEEN ? AND ? GROUP BY v.work_area_id",
                 (start.isoformat(), end.isoformat()))
    return {a: (n, d) for a, n, d in rows}


def visit_spans(until: dt.date) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    """area id → (first visit, last visit) among visits on or before `until`.

    One index probe per area on (work_area_id, visited_on): a GROUP BY over every visit of ten
    years is a hundred times slower."""
    probe = (f'SELECT visited_on FROM "{VISIT}" v WHERE v.work_area_id = a.id AND v.deleted = 0 '
             "AND v.visited_on <= ? ORDER BY v.visited_on {order} LIMIT 1")
    day = until.isoformat()
    rows = _rows(f'SELECT a.id, ({probe.format(order="ASC")}), ({probe.format(order="DESC")}) '
                 f'FROM "{AREA}" a WHERE a.deleted = 0', (day, day))
    return {a: (_day(first), _day(last)) for a, first, last in rows if first}


def first_record_day() -> dt.date | None:
    """The day of the earliest live visit: where "since before any record" begins."""
    return _day(_rows(f'SELECT MIN(visited_on) FROM "{VISIT}" WHERE deleted = 0')[0][0])


def monthly_visits(start: dt.date, end: dt.date) -> dict[tuple[str, str], int]:
    """(area id, "YYYY-MM") → visits in that month, for the days start..end."""
    rows = _rows(f'SELECT work_area_id, substr(visited_on, 1, 7), COUNT(*) FROM "{VISIT}" '
                 "WHERE deleted = 0 AND visited_on BETWEEN ? AND ? GROUP BY 1, 2",
                 (start.isoformat(), end.isoformat()))
    return {(a, m): n for a, m, n in rows}


def _open_on(as_of: dt.date) -> tuple[str, tuple]:
    """WHERE clause: concerns raised by `as_of` and not closed by then (a concern closed later
    was still open on that day)."""
    day = as_of.isoformat()
    marks = ", ".join("?" for _ in _CLOSED)
    return (f"deleted = 0 AND raised_on <= ? AND (status NOT IN ({marks}) "
            "OR (closed_on IS NOT NULL AND closed_on > ?))", (day, *_CLOSED, day))


def concern_counts_by_area(as_of: dt.date) -> dict[str, tuple[int, int]]:
    """area id → (open concerns, of which overdue: due before `as_of`) on the day `as_of`."""
    where, params = _open_on(as_of)
    # NOT INDEXED: one pass over the table (6 ms at depot scale); walking the work-area index to
    # save the GROUP BY sort fetches every row by its index entry (20 ms).
    rows = _rows(f'SELECT work_area_id, COUNT(*), TOTAL(due_on < ?) FROM "{CONCERN}" NOT INDEXED '
                 f"WHERE {where} GROUP BY work_area_id", (as_of.isoformat(), *params))
    return {a: (n, int(o)) for a, n, o in rows}


def concern_totals(as_of: dt.date) -> tuple[int, int]:
    """(open concerns, overdue concerns) of the whole branch on the day `as_of`."""
    where, params = _open_on(as_of)
    n, overdue = _rows(f'SELECT COUNT(*), TOTAL(due_on < ?) FROM "{CONCERN}" WHERE {where}',
                       (as_of.isoformat(), *params))[0]
    return n, int(overdue)


@dataclass(frozen=True)
class CadreRow:
    member_id: str
    name: str
    visits: int
    own_area_visits: int
    distinct_areas: int


def cadre_totals(start: dt.date, end: dt.date) -> list[CadreRow]:
    """Per participating cadre: visits in start..end, how many were to an area the cadre was
    responsible for (包保) on the day of the visit, and distinct areas visited. Cadres on the
    roll with no visit are included with zeros."""
    sql = f"""
        SELECT p.member_id, COUNT(DISTINCT v.id),
               COUNT(DISTINCT CASE WHEN EXISTS (
                   SELECT 1 FROM "{RESP}" r
                   WHERE r.member_id = p.member_id AND r.work_area_id = v.work_area_id
                     AND r.deleted = 0 AND r.start_on <= v.visited_on
                     AND (r.end_on IS NULL OR r.end_on > v.visited_on)) THEN v.id END),
               COUNT(DISTINCT v.work_area_id)
        FROM "{LINK}" p
        JOIN "{VISIT}" v ON v.id = p.visit_id
        JOIN "{AREA}" a ON a.id = v.work_area_id
        WHERE p.deleted = 0 AND p.role = 'participant' AND v.deleted = 0 AND a.deleted = 0
          AND v.visited_on BETWEEN ? AND ?
        GROUP BY p.member_id"""
    counts = {m: (n, own, areas) for m, n, own, areas in
              _rows(sql, (start.isoformat(), end.isoformat()))}
    people = dict(_rows(f'SELECT id, name FROM "{MEMBER}" '
                        "WHERE deleted = 0 AND is_cadre = 1 AND status = 'active'"))
    missing = [m for m in counts if m not in people]
    if missing:
        marks = ", ".join("?" for _ in missing)
        people.update(_rows(f'SELECT id, name FROM "{MEMBER}" WHERE id IN ({marks})',
                            tuple(missing)))
    out = []
    for member_id, name in people.items():
        n, own, areas = counts.get(member_id, (0, 0, 0))
        out.append(CadreRow(member_id, name, n, own, areas))
    return out


def area_places() -> dict[str, tuple[str, str, str]]:
    """area id → (code, line/section, position on the line) of every live area."""
    return {i: (c or "", s or "", p or "") for i, c, s, p in
            _rows(f'SELECT id, code, line_section, position FROM "{AREA}" WHERE deleted = 0')}


def stored_pinyin(area_ids: list[str], member_ids: list[str]) -> dict[str, str]:
    """Each of these work areas' and members' names → the likely full pinyin stored with it
    (deleted ones included: a period's figures may name them), for sorting by name without
    pypinyin's dictionary (its loading holds the interpreter for a tenth of a second)."""
    found: dict[str, str] = {}
    for model, ids in ((WorkArea, area_ids), (Member, member_ids)):
        for piece in pieces(ids):
            query = model.select(model.name, model.name_pinyin).where(model.id.in_(piece))
            found.update((name, pinyin.split(" ")[0]) for name, pinyin in query.tuples())
    return found
