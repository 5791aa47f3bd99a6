"""Each paper-only signal, present and absent."""
from __future__ import annotations

import datetime as dt

from db import branches, meetings, records
from db.periods import quarter_period, year_period

MINUTES = ("会议传达学习了上级关于安全生产的重要指示精神，结合车间实际，"
           "要求全体党员在防洪、防断、防胀轨工作中当好先锋，做到思想上重视、行动上落实。")


def _signals(period=None):
    figures = meetings.meeting_figures(period or year_period(2024))
    return {m.id: [s.code for s in m.signals] for m in figures.meetings}, figures


def test_copied_minutes_name_the_other_meeting(org):
    first = org.meeting("2024-04-10", minutes=MINUTES)
    copy = org.meeting("2024-05-10", minutes=MINUTES.replace("防胀轨", "防胀轨、防溜"))
    other = org.meeting("2024-06-05", minutes="学习新修订的《铁路线路修理规则》，讨论本季度"
                                               "线路检修计划，安排党员责任区和示范岗的分工。")
    codes, figures = _signals()
    assert "similar" in codes[first.id] and "similar" in codes[copy.id]
    assert "similar" not in codes[other.id]
    signal = next(s for m in figures.meetings if m.id == copy.id for s in m.signals)
    assert signal.params["date"] == "2024-04-10" and signal.params["percent"] >= 90
    assert signal.params["kind"] == "theme_day" and signal.kinds == ("kind",)


def test_short_minutes_are_not_compared(org):
    a = org.meeting("2024-04-10", minutes="学习党章")
    b = org.meeting("2024-05-10", minutes="学习党章")
    codes, _ = _signals()
    assert "similar" not in codes[a.id] + codes[b.id]


def test_the_same_people_four_times_in_a_row_in_a_shift_branch(org):
    a, b, c, d = org.ids
    held = [org.meeting(f"2024-0{m}-10", present=[a, b, c], absent={d: "shift"})
            for m in (2, 3, 4, 5)]
    codes, _ = _signals()
    assert all("same_people" in codes[m.id] for m in held)
    records.edit(branches.KIND, org.branch.id, {"shift_work": False})
    codes, _ = _signals()
    assert not any("same_people" in codes[m.id] for m in held)


def test_three_in_a_row_or_a_change_of_people_is_not_a_signal(org):
    a, b, c, d = org.ids
    held = [org.meeting(f"2024-0{m}-10", present=[a, b, c], absent={d: "shift"})
            for m in (2, 3, 4)]
    held.append(org.meeting("2024-05-10", present=[a, b, d], absent={c: "sick"}))
    codes, _ = _signals()
    assert not any("same_people" in codes[m.id] for m in held)


def test_entered_long_after_it_was_held_but_an_import_is_only_marked(org):
    late = org.meeting("2024-03-01", entered="2024-04-15 09:00")     # 45 days after
    prompt = org.meeting("2024-03-05", entered="2024-04-04 09:00")   # 30 days: not more than
    imported = org.meeting("2024-03-08", entered="2024-06-01 09:00", source="import")
    codes, figures = _signals()
    assert codes[late.id] == ["late"] and codes[prompt.id] == [] and codes[imported.id] == [
        "imported"]
    row = next(m for m in figures.meetings if m.id == imported.id)
    assert not row.flagged
    signal = next(m for m in figures.meetings if m.id == late.id).signals[0]
    assert signal.params == {"days": 45, "entered": "2024-04-15"}


def test_five_meetings_entered_within_an_hour(org):
    ids = [org.meeting(f"2024-0{m}-10", entered=f"2024-06-14 09:{10 * i:02d}",
                       present=org.ids[i % 2:]).id
           for i, m in enumerate((1, 2, 3, 4, 5))]            # 09:00 … 09:40
    codes, figures = _signals()
    assert all("sitting" in codes[i] for i in ids)
    signals = next(m for m in figures.meetings if m.id == ids[0]).signals
    assert next(s for s in signals if s.code == "sitting").params["count"] == 5


def test_four_within_an_hour_or_five_spread_out_are_not_a_sitting(org):
    ids = [org.meeting(f"2024-0{m}-10", entered=f"2024-06-14 09:{10 * i:02d}",
                       present=org.ids[i % 2:]).id for i, m in enumerate((1, 2, 3, 4))]
    ids.append(org.meeting("2024-05-20", entered="2024-06-14 10:10").id)   # 70 minutes later
    codes, _ = _signals()
    assert not any("sitting" in codes[i] for i in ids)


def test_a_vote_without_quorum(org):
    a, b, c, d = org.ids
    # three full members expected; one present: 1 × 2 ≤ 3 — no quorum
    thin = org.meeting("2024-04-10", "branch_assembly", present=[a, d],
                       absent={b: "sick", c: "shift"}, votes_for=2)
    # two of three present: more than half
    fine = org.meeting("2024-05-10", "branch_assembly", present=[a, b],
                       absent={c: "shift", d: "sick"}, votes_for=2)
    # no vote: no signal however few came
    quiet = org.meeting("2024-06-10", "branch_assembly", present=[a],
                        absent={b: "sick", c: "shift", d: "sick"})
    codes, figures = _signals(quarter_period(dt.date(2024, 4, 1)))
    assert codes[thin.id] == ["no_quorum"] and codes[fine.id] == [] and codes[quiet.id] == []
    signal = next(m for m in figures.meetings if m.id == thin.id).signals[0]
    assert signal.params == {"present": 1, "entitled": 3}
