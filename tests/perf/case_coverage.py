"""Benchmark case: coverage."""
from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

from tests.perf.common import (
    DEMO_TODAY,
    MONTH,
    Result,
    copy_of,
    median_of,
    result,
)


# coverage ---------------------------------------------------------------------------------------
def coverage_by_hand(conn, start: dt.date, end: dt.date, as_of: dt.date) -> dict:
    """The numbers compute_coverage gives, in plain sqlite3 and no more: per area visits, hours,
    cadre-visits, distinct visitors, first and last visit, open and overdue concerns on the
    as-of day; per cadre visits, visits to own 包保 areas, distinct areas; and visits per month
    for the 12 months ending with the period."""
    s, e, day = start.isoformat(), end.isoformat(), as_of.isoformat()
    heat_start = dt.date(end.year - 1 + (end.month == 12), end.month % 12 + 1, 1).isoformat()
    visits = {a: (n, h) for a, n, h in conn.execute(
        "SELECT work_area_id, COUNT(*), TOTAL(hours) FROM visit WHERE deleted = 0 "
        "AND visited_on BETWEEN ? AND ? GROUP BY work_area_id", (s, e))}
    cadre = {a: (n, people) for a, n, people in conn.execute(
        "SELECT v.work_area_id, COUNT(*), COUNT(DISTINCT p.member_id) FROM visit_person p "
        "JOIN visit v ON v.id = p.visit_id WHERE p.deleted = 0 AND v.deleted = 0 "
        "AND p.role = 'participant' AND v.visited_on BETWEEN ? AND ? GROUP BY v.work_area_id",
        (s, e))}
    spans = {a: (first, last) for a, first, last in conn.execute(
        "SELECT a.id, (SELECT MIN(visited_on) FROM visit v WHERE v.work_area_id = a.id "
        "AND v.deleted = 0 AND v.visited_on <= ?), (SELECT MAX(visited_on) FROM visit v "
        "WHERE v.work_area_id = a.id AND v.deleted = 0 AND v.visited_on <= ?) FROM work_area a "
        "WHERE a.deleted = 0 AND (a.active = 1 OR a.deactivated_on >= ?)", (e, e, s))}
    concerns = {a: (n, int(late)) for a, n, late in conn.execute(
        "SELECT work_area_id, COUNT(*), TOTAL(due_on < ?) FROM concern WHERE deleted = 0 "
        "AND raised_on <= ? AND (status NOT IN ('resolved', 'explained') OR closed_on > ?) "
        "GROUP BY work_area_id", (day, day, day))}
    cadres = {m: (n, own, areas) for m, n, own, areas in conn.execute(
        "SELECT p.member_id, COUNT(DISTINCT v.id), COUNT(DISTINCT CASE WHEN EXISTS ("
        " SELECT 1 FROM responsibility r WHERE r.member_id = p.member_id"
        " AND r.work_area_id = v.work_area_id AND r.deleted = 0 AND r.start_on <= v.visited_on"
        " AND (r.end_on IS NULL OR r.end_on > v.visited_on)) THEN v.id END),"
        " COUNT(DISTINCT v.work_area_id) FROM visit_person p JOIN visit v ON v.id = p.visit_id"
        " JOIN work_area a ON a.id = v.work_area_id WHERE p.deleted = 0"
        " AND p.role = 'participant' AND v.deleted = 0 AND a.deleted = 0"
        " AND v.visited_on BETWEEN ? AND ? GROUP BY p.member_id", (s, e))}
    monthly = {(a, m): n for a, m, n in conn.execute(
        "SELECT work_area_id, substr(visited_on, 1, 7), COUNT(*) FROM visit WHERE deleted = 0 "
        "AND visited_on BETWEEN ? AND ? GROUP BY 1, 2", (heat_start, e))}
    return {"visits": visits, "cadre": cadre, "spans": spans, "concerns": concerns,
            "cadres": cadres, "monthly": monthly}


def check_same_numbers(coverage, by_hand: dict) -> None:
    """The baseline is only honest if it computes what compute_coverage does."""
    for area in coverage.areas:
        n, hours = by_hand["visits"].get(area.area_id, (0, 0.0))
        assert (area.visits, area.hours) == (n, round(hours, 2)), area.name
        assert (area.cadre_visits, area.visitors) == by_hand["cadre"].get(area.area_id, (0, 0))
        last = by_hand["spans"][area.area_id][1]
        assert area.last_visit == (dt.date.fromisoformat(last) if last else None), area.name
        assert (area.open_concerns, area.overdue_concerns) == \
            by_hand["concerns"].get(area.area_id, (0, 0)), area.name
    for cadre in coverage.cadres:
        n, own, areas = by_hand["cadres"].get(cadre.member_id, (0, 0, 0))
        assert (cadre.visits, cadre.own_area_visits, cadre.distinct_areas) == (n, own, areas)
    for row in coverage.heatmap.rows:
        for month, cell in zip(coverage.heatmap.months, row.cells, strict=True):
            expected = by_hand["monthly"].get((row.area_id, month.isoformat()[:7]), 0)
            assert cell in (None, expected), (row.name, month)


def case_coverage(depot: Path, scratch: Path, runs: int) -> list[Result]:
    import sqlite3

    from db.coverage import compute_coverage
    from db.periods import month_period
    from db.store import Store

    folder = copy_of(depot, scratch, "coverage")
    period = month_period(MONTH)
    with Store.open(folder) as store:
        conn = sqlite3.connect(store.folder.db_path)
        figures = compute_coverage(period, today=DEMO_TODAY)
        check_same_numbers(figures, coverage_by_hand(conn, period.start, period.end,
                                                     figures.as_of))
        ours, base = [], []
        for _ in range(runs * 3):  # fast: more runs for a steadier median
            ours.append(median_of(lambda: compute_coverage(period, today=DEMO_TODAY) and None, 1))
            base.append(median_of(lambda: coverage_by_hand(conn, period.start, period.end,
                                                           figures.as_of) and None, 1))
        conn.close()
    seconds, baseline = statistics.median(ours), statistics.median(base)
    return [result("coverage figures + 12-month heatmap (month)", seconds, baseline,
                   "ratio <= 2 and < 0.1 s", max_ratio=2, max_seconds=0.1)]


CASES = {"coverage": (case_coverage, 5)}
