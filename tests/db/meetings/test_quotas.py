"""Quota figures for a month, a quarter and a year, counted by hand."""
from __future__ import annotations

import datetime as dt

from db import meetings, records
from db.meetings.quotas import grid_cell
from db.periods import month_period, quarter_period, year_period


def _quotas(figures, branch_name):
    branch = next(b for b in figures.branches if b.name == branch_name)
    return {q.kind: q for q in branch.quotas}


def _held(org):
    # theme days in April and May (none in June), one general meeting in Q1, no review meeting
    org.meeting("2024-04-10", "theme_day")
    org.meeting("2024-05-10", "theme_day")
    org.meeting("2024-02-01", "branch_assembly")


def test_a_month(org):
    _held(org)
    q = _quotas(meetings.meeting_figures(month_period(dt.date(2024, 5, 1))), org.branch.name)
    assert (q["theme_day"].required, q["theme_day"].held, q["theme_day"].met) == (1, 1, True)
    # the quarterly quota, seen from May: the quarter to date (April and May), none held yet
    assembly = q["branch_assembly"]
    assert (assembly.required, assembly.held, assembly.met) == (1, 0, False)
    assert assembly.due_on == dt.date(2024, 6, 30)
    assert (q["review_meeting"].required, q["review_meeting"].held) == (1, 0)
    assert "general_committee" not in q


def test_a_quarter(org):
    _held(org)
    q = _quotas(meetings.meeting_figures(quarter_period(dt.date(2024, 4, 1))), org.branch.name)
    theme = q["theme_day"]
    assert (theme.required, theme.held, theme.units, theme.units_met) == (3, 2, 3, 2)
    assert theme.completion == 2 / 3 and not theme.met and theme.due_on == dt.date(2024, 6, 30)
    q1 = _quotas(meetings.meeting_figures(quarter_period(dt.date(2024, 1, 1))), org.branch.name)
    assert (q1["branch_assembly"].held, q1["branch_assembly"].met) == (1, True)
    assert (q1["theme_day"].held, q1["theme_day"].units_met) == (0, 0)


def test_a_year(org):
    _held(org)
    q = _quotas(meetings.meeting_figures(year_period(2024)), org.branch.name)
    assert (q["theme_day"].required, q["theme_day"].held, q["theme_day"].units_met) == (12, 2, 2)
    assembly = q["branch_assembly"]
    assert (assembly.required, assembly.held, assembly.units, assembly.units_met) == (4, 1, 4, 1)
    assert assembly.due_on == dt.date(2024, 6, 30)   # Q2 is the first quarter not met


def test_a_local_rule_replaces_the_default(org):
    _held(org)
    meetings.set_quota("theme_day", "quarter", 2)
    meetings.set_quota("theme_day", "quarter", 2)   # set again: the same one rule
    q = _quotas(meetings.meeting_figures(quarter_period(dt.date(2024, 4, 1))), org.branch.name)
    assert (q["theme_day"].required, q["theme_day"].held, q["theme_day"].met) == (2, 2, True)
    meetings.set_quota("party_lecture", "quarter", 0)   # none required: left out
    q = _quotas(meetings.meeting_figures(quarter_period(dt.date(2024, 4, 1))), org.branch.name)
    assert "party_lecture" not in q


def test_the_general_branch_has_its_committee_quota(org):
    org.meeting("2024-05-06", "general_committee", branch=None, present=org.ids[:1])
    figures = meetings.meeting_figures(month_period(dt.date(2024, 5, 1)))
    general = figures.branches[0]
    assert general.id is None and [(q.kind, q.held, q.met) for q in general.quotas] == [
        ("general_committee", 1, True)]


def test_grid_cells():
    today = dt.date(2024, 6, 15)
    days = [dt.date(2024, 2, 1)]
    assert grid_cell("quarter", 1, dt.date(2024, 1, 1), days, today) == (0, "met")
    assert grid_cell("quarter", 1, dt.date(2024, 2, 1), days, today) == (1, "met")
    assert grid_cell("quarter", 1, dt.date(2024, 4, 1), days, today) == (0, "pending")
    assert grid_cell("month", 1, dt.date(2024, 3, 1), days, today) == (0, "short")
    assert grid_cell("month", 1, dt.date(2024, 7, 1), days, today) == (0, "future")


def test_attendance_and_absentees_without_a_make_up(org):
    a, b, c, d = org.ids
    first = org.meeting("2024-04-10", present=[a, b], absent={c: "sick", d: "shift"})
    records.create(meetings.MAKE_UP_KIND, {
        "meeting": first.id, "member": c, "made_up_on": "2024-04-20"})
    org.meeting("2024-06-01", present=[a], absent={b: "personal", c: "sick", d: "shift"})
    figures = meetings.meeting_figures(quarter_period(dt.date(2024, 4, 1)))
    rows = {m.held_on: m for m in figures.meetings}
    assert (rows[dt.date(2024, 4, 10)].present, rows[dt.date(2024, 4, 10)].expected) == (2, 4)
    assert rows[dt.date(2024, 4, 10)].attendance == 0.5
    # as of 2024-06-15: only the April meeting is over 30 days old; c made it up, d did not
    assert [(u.held_on, u.member_id) for u in figures.unmade] == [(dt.date(2024, 4, 10), d)]
