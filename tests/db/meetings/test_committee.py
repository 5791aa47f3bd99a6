"""Committee seats (支委): who sits on a committee from when; a seat is refused to a member of
another branch, ending before it starts, or overlapping the same member's seat — each refusal
leaving the database as it was."""
from __future__ import annotations

import datetime as dt

from db import meetings, members, records
from tests.db.helpers import assert_refused

D = dt.date


def _seat(org, member, **kw):
    return records.create(meetings.COMMITTEE_KIND, {
        "branch": org.branch.id, "member": member, "role": "组织委员",
        "start_on": "2023-01-01", **kw})


def test_a_member_of_another_branch_is_refused_a_seat(org, make, unchanged):
    other = make.member(branch=make.branch().id, joined_on="2010-01-01")
    assert_refused(unchanged, lambda: _seat(org, other.id), "member", meetings.NOT_IN_BRANCH)
    assert_refused(unchanged, lambda: _seat(org, other.id, end_on="2030-01-01"), "member",
                   meetings.NOT_IN_BRANCH)
    # a past term is history: its holder may have been in the branch then
    _seat(org, other.id, start_on="2015-01-01", end_on="2017-12-31")
    # the general committee takes a member of any branch
    seat = records.create(meetings.COMMITTEE_KIND, {"branch": None, "member": other.id,
                                                    "role": "委员", "start_on": "2023-01-01"})
    assert meetings.seat_ids(branch_id=None) == [seat.id]
    assert len(meetings.seat_ids(branch_id=org.branch.id)) == 1


def test_a_seat_ending_before_it_starts_is_refused(org, unchanged):
    assert_refused(unchanged, lambda: _seat(org, org.ids[0], end_on="2022-12-31"), "end_on")


def test_an_overlapping_seat_of_the_same_member_is_refused(org, unchanged):
    a, b, *_ = org.ids
    _seat(org, a, end_on="2024-06-30")
    assert_refused(unchanged, lambda: _seat(org, a, start_on="2024-06-30"), "start_on",
                   meetings.OVERLAP)
    assert_refused(unchanged, lambda: _seat(org, a, start_on="2020-01-01", end_on=None),
                   "start_on", meetings.OVERLAP)
    _seat(org, a, start_on="2024-07-01", role="书记")   # the day after: a new term
    _seat(org, b)                                       # another member: no clash


def test_a_seat_ended_and_listed(org, make):
    a, b, *_ = org.ids
    seat = _seat(org, a, role="书记")
    _seat(org, b, role="纪检委员", start_on="2023-03-01")
    records.edit(meetings.COMMITTEE_KIND, seat.id, {"end_on": "2024-02-29"})
    assert meetings.expected_ids(org.branch.id, "branch_committee", D(2024, 3, 1)) == [b]
    rows = meetings.seat_rows(meetings.seat_ids(branch_id=org.branch.id))
    assert [(r.role, r.start_on, r.end_on) for r in rows] == [
        ("书记", D(2023, 1, 1), D(2024, 2, 29)), ("纪检委员", D(2023, 3, 1), None)]
    assert rows[0].branch == org.branch.name
    assert meetings.seat_ids(branch_id=org.branch.id, current_on=D(2024, 3, 1)) == [rows[1].id]
    assert meetings.seat_ids(search="纪检") == [rows[1].id]


def test_a_seat_outlives_its_holder_moving_to_another_branch(org, make):
    """The seat is history: correcting its role after the holder moved is not refused."""
    a, *_ = org.ids
    seat = _seat(org, a, end_on="2023-12-31")
    moved = make.branch()
    records.edit(members.KIND, a, {"branch": moved.id})
    records.edit(meetings.COMMITTEE_KIND, seat.id, {"role": "宣传委员"})
    assert records.get(meetings.COMMITTEE_KIND, seat.id).role == "宣传委员"


def test_seats_are_listed_by_committee_in_number_order_secretary_first(make):
    second, third = make.branch(name="第二党支部"), make.branch(name="第三党支部")
    people = {n: make.member(name=n, branch=b.id, joined_on="2010-01-01").id
              for n, b in (("艾华", second), ("白冰", second), ("陈晨", third))}
    for name, branch, role in (("陈晨", third, "书记"), ("艾华", second, "组织委员"),
                               ("白冰", second, "书记"), ("艾华", None, "委员")):
        records.create(meetings.COMMITTEE_KIND, {"branch": branch and branch.id,
                                                 "member": people[name], "role": role,
                                                 "start_on": "2023-01-01"})
    rows = meetings.seat_rows(meetings.seat_ids())
    assert [(r.branch, r.member) for r in rows] == [
        ("", "艾华"), ("第二党支部", "白冰"), ("第二党支部", "艾华"), ("第三党支部", "陈晨")]


def test_a_committee_meeting_with_no_seat_held_says_to_record_the_seats(org, unchanged):
    call = lambda: records.create(meetings.KIND, {  # noqa: E731
        "branch": org.branch.id, "kind": "branch_committee", "held_on": "2024-05-10",
        "attendance": meetings.default_attendance(org.branch.id, "branch_committee",
                                                  D(2024, 5, 10))})
    assert_refused(unchanged, call, "attendance", meetings.NO_SEATS)
    _seat(org, org.ids[0], role="书记")
    assert call().kind == "branch_committee"
