"""Benchmark case: meetings figures for a year at depot scale (8 branches, ten years), and for
a month long after the records end."""
from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from pathlib import Path

from tests.perf.common import DEMO_TODAY, Result, copy_of, median_of, result

YEAR = 2024
# Long after the records end (the demo opened later): no one has recent contact, so every
# member's last contact is looked for.
LATE = dt.date(2026, 12, 1)


def meetings_by_hand(conn, period, as_of: dt.date) -> dict:
    """The numbers meeting_figures gives, in plain sqlite3: meetings held per branch, kind and
    month of the period (within one year); present and expected per meeting; absentees with no
    make-up 30 days on; each member's last contact (meeting attended, make-up, talked to on a
    visit) up to as_of, for the members on the roll. Paper-only signals (text likeness, runs,
    sittings) are not SQL and are left out of the baseline."""
    s, e = period.start.isoformat(), period.end.isoformat()
    held = defaultdict(int)
    for branch, kind, month, n in conn.execute(
            "SELECT branch_id, kind, CAST(substr(held_on, 6, 2) AS INTEGER), COUNT(*) "
            "FROM meeting WHERE deleted = 0 AND held_on BETWEEN ? AND ? GROUP BY 1, 2, 3",
            (s, e)):
        held[branch, kind, month] = n
    attendance = {m: (p, n) for m, p, n in conn.execute(
        "SELECT a.meeting_id, TOTAL(a.present), COUNT(*) FROM meeting_attendee a "
        "JOIN meeting m ON m.id = a.meeting_id WHERE a.deleted = 0 AND m.deleted = 0 "
        "AND m.held_on BETWEEN ? AND ? GROUP BY a.meeting_id", (s, e))}
    line = (as_of - dt.timedelta(days=30)).isoformat()
    unmade = conn.execute(
        "SELECT COUNT(*) FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE a.deleted = 0 AND a.present = 0 AND m.deleted = 0 AND m.held_on BETWEEN ? AND ? "
        "AND NOT EXISTS (SELECT 1 FROM make_up u WHERE u.meeting_id = m.id "
        "AND u.member_id = a.member_id AND u.deleted = 0 AND u.made_up_on <= ?)",
        (s, min(e, line), as_of.isoformat())).fetchone()[0]
    day = as_of.isoformat()
    last = dict(conn.execute(
        "SELECT member_id, MAX(d) FROM ("
        " SELECT a.member_id, m.held_on AS d FROM meeting_attendee a JOIN meeting m"
        " ON m.id = a.meeting_id WHERE a.deleted = 0 AND a.present = 1 AND m.deleted = 0"
        " AND m.held_on <= ?"
        " UNION ALL SELECT member_id, made_up_on FROM make_up WHERE deleted = 0 AND made_up_on <= ?"
        " UNION ALL SELECT p.member_id, v.visited_on FROM visit_person p JOIN visit v"
        " ON v.id = p.visit_id WHERE p.deleted = 0 AND p.role = 'talked' AND v.deleted = 0"
        " AND v.visited_on <= ?) GROUP BY member_id", (day, day, day)))
    roll = [r[0] for r in conn.execute("SELECT id FROM member WHERE deleted = 0 "
                                       "AND status = 'active'")]
    return {"held": held, "attendance": attendance, "unmade": unmade,
            "last": {m: last.get(m) for m in roll}}


def check_same_numbers(figures, by_hand: dict) -> None:
    """The baseline is only honest if it computes what meeting_figures does."""
    from db.meetings.quotas import units_of

    for branch in figures.branches:
        for q in branch.quotas:
            months = {u.start.month: u for u in units_of(q.per, figures.period)}
            held = sum(by_hand["held"].get((branch.id, q.kind, m), 0) for m in range(1, 13))
            assert q.held == held, (branch.name, q.kind)
            met = sum(1 for u in months.values()
                      if sum(by_hand["held"].get((branch.id, q.kind, m), 0)
                             for m in range(u.start.month, u.end.month + 1)) >= q.count)
            assert q.units_met == met, (branch.name, q.kind)
    for m in figures.meetings:
        present, expected = by_hand["attendance"].get(m.id, (0, 0))
        assert (m.present, m.expected) == (int(present), expected)
    assert len(figures.unmade) == by_hand["unmade"]
    for row in figures.no_contact:
        day = by_hand["last"][row.member_id]
        assert row.last_contact == (dt.date.fromisoformat(day) if day else None), row.name


def timed(conn, period, as_of: dt.date, runs: int) -> tuple[float, float]:
    """Median seconds of meeting_figures and of the baseline, taken in turns."""
    from db.meetings import meeting_figures

    ours, base = [], []
    for _ in range(runs * 3):
        ours.append(median_of(lambda: meeting_figures(period, as_of=as_of) and None, 1))
        base.append(median_of(lambda: meetings_by_hand(conn, period, as_of) and None, 1))
    return statistics.median(ours), statistics.median(base)


def case_meetings(depot: Path, scratch: Path, runs: int) -> list[Result]:
    import sqlite3

    from db.meetings import meeting_figures
    from db.periods import month_period, year_period
    from db.store import Store

    folder = copy_of(depot, scratch, "meetings")
    period = year_period(YEAR)
    as_of = min(period.end, DEMO_TODAY)
    late = month_period(LATE)
    with Store.open(folder) as store:
        conn = sqlite3.connect(store.folder.db_path)
        figures = meeting_figures(period, as_of=as_of)
        assert len(figures.meetings) > 300 and figures.flagged
        check_same_numbers(figures, meetings_by_hand(conn, period, as_of))
        later = meeting_figures(late, as_of=LATE)
        assert len(later.no_contact) > 500  # (the roll less those who joined or left lately)
        check_same_numbers(later, meetings_by_hand(conn, late, LATE))
        year = timed(conn, period, as_of, runs)
        after = timed(conn, late, LATE, runs)
        conn.close()
    return [result("meetings figures for a year at depot scale", *year, "< 0.1 s",
                   max_seconds=0.1),
            result("meetings figures, 18 months after the records (depot)", *after, "< 0.1 s",
                   max_seconds=0.1)]


CASES = {"meetings": (case_meetings, 5)}
