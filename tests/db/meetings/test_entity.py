"""A meeting's records and attendance rules; every refusal leaves the database as it was."""
from __future__ import annotations

import datetime as dt

import pytest

from db import meetings, records
from db.models import MakeUp, Meeting, MeetingAttendee
from tests.db.helpers import assert_refused, audit_entries


def test_a_meeting_is_saved_with_its_attendance_audited(org):
    a, b, c, d = org.ids
    meeting = org.meeting(present=[a, b, c], absent={d: "shift"}, topics="学习安全规章",
                          start_time="14:30")
    assert meeting.rev.startswith("1-") and [e["action"] for e in audit_entries(meeting.id)] == [
        "create"]
    marks = {e["member"]: (e["present"], e["reason"])
             for e in meetings.attendance_entries(meeting.id)}
    assert marks == {a: (True, None), b: (True, None), c: (True, None), d: (False, "shift")}
    # one row per person, its id derived from meeting and member
    assert MeetingAttendee.get_by_id(meetings.attendee_id(meeting.id, d)).absence_reason == "shift"


def test_the_default_expected_list_is_the_branch_roll_on_the_day(org, make):
    a, b, c, d = org.ids
    retired = make.member(branch=org.branch.id, status="retired", status_on="2024-03-01",
                          joined_on="2000-01-01")
    left = make.member(branch=org.branch.id, status="transferred", status_on="2024-05-20",
                       joined_on="2000-01-01")
    make.member(joined_on="2000-01-01")   # another branch (none)
    # on 2024-05-10: the three, the probationary member (joined 2023-12), the one who left later
    assert set(meetings.expected_ids(org.branch.id, "theme_day", dt.date(2024, 5, 10))) == {
        a, b, c, d, left.id}
    # before the probationary member joined, while the retired one was still on the roll
    assert set(meetings.expected_ids(org.branch.id, "theme_day", dt.date(2023, 11, 1))) == {
        a, b, c, retired.id, left.id}


def test_a_committee_meeting_expects_the_committee_in_office(org):
    a, b, *_ = org.ids
    records.create(meetings.COMMITTEE_KIND, {"branch": org.branch.id, "member": a, "role": "书记",
                       "start_on": "2023-01-01"})
    records.create(meetings.COMMITTEE_KIND, {
        "branch": org.branch.id, "member": b, "role": "组织委员",
                       "start_on": "2023-01-01", "end_on": "2024-02-29"})
    assert meetings.expected_ids(org.branch.id, "branch_committee", dt.date(2024, 1, 5)) == sorted(
        [a, b], key=lambda i: next(p.name_pinyin for p in org.people if p.id == i))
    assert meetings.expected_ids(org.branch.id, "branch_committee", dt.date(2024, 3, 5)) == [a]


def test_absent_without_a_reason_is_refused(org, unchanged):
    a, b, c, d = org.ids
    assert_refused(unchanged, lambda: org.meeting(present=[a], absent={b: ""}), "attendance",
                   meetings.ABSENT_NO_REASON)


def test_present_and_absent_at_once_is_refused(org, unchanged):
    a, *_ = org.ids
    call = lambda: records.create(meetings.KIND, {  # noqa: E731
        "branch": org.branch.id, "kind": "theme_day", "held_on": "2024-05-10",
        "attendance": [{"member": a, "present": True},
                       {"member": a, "present": False, "reason": "sick"}]})
    assert_refused(unchanged, call, "attendance", meetings.PRESENT_AND_ABSENT)


def test_no_attendance_is_refused(org, unchanged):
    assert_refused(unchanged, lambda: org.meeting(present=[]), "attendance",
                   meetings.NO_ATTENDANCE)


def test_more_votes_than_members_present_is_refused(org, unchanged):
    a, b, c, d = org.ids
    call = lambda: org.meeting(kind="branch_assembly", present=[a, b],  # noqa: E731
                               absent={c: "sick", d: "official"}, votes_for=2, votes_against=1)
    assert_refused(unchanged, call, "votes_for", meetings.VOTES_OVER_PRESENT)
    org.meeting(kind="branch_assembly", present=[a, b], absent={c: "sick", d: "official"},
                votes_for=1, votes_abstain=1)  # two votes from two present: fine


def test_a_make_up_before_the_meeting_is_refused(org, unchanged):
    a, b, c, d = org.ids
    meeting = org.meeting(present=[a, b, c], absent={d: "sick"})
    call = lambda: records.create(meetings.MAKE_UP_KIND, {"meeting": meeting.id, "member": d,  # noqa: E731
                                         "made_up_on": "2024-05-09", "how": "个别补课"})
    assert_refused(unchanged, call, "made_up_on", meetings.BEFORE_MEETING)
    made = records.create(meetings.MAKE_UP_KIND, {
        "meeting": meeting.id, "member": d, "made_up_on": "2024-05-20",
                                 "how": "个别补课", "by": a})
    assert MakeUp.get_by_id(made.id).by_id == a


def test_a_make_up_is_for_an_absentee(org, unchanged):
    a, *_ = org.ids
    meeting = org.meeting()
    assert_refused(unchanged, lambda: records.create(meetings.MAKE_UP_KIND,
        {"meeting": meeting.id, "member": a, "made_up_on": "2024-05-20"}), "member")


def test_kinds_belong_to_a_branch_or_to_the_general_branch(org, unchanged):
    assert_refused(unchanged, lambda: org.meeting(kind="general_committee"), "kind")
    assert_refused(unchanged, lambda: org.meeting(kind="branch_assembly", branch=None), "kind")


def test_correcting_attendance_revises_the_rows_and_delete_restores(org, store):
    a, b, c, d = org.ids
    meeting = org.meeting(present=[a, b, c], absent={d: "shift"})
    records.edit(meetings.KIND, meeting.id, {"attendance": [
        {"member": a, "present": True}, {"member": b, "present": True},
        {"member": d, "present": True}]})
    rows = {r.member_id: r for r in MeetingAttendee.select().where(
        MeetingAttendee.meeting == meeting.id)}
    assert rows[c].deleted and rows[d].present and rows[d].absence_reason is None
    assert rows[d].rev.startswith("2-")
    records.delete(meetings.KIND, meeting.id)
    assert Meeting.get_by_id(meeting.id).deleted
    records.restore(meetings.KIND, meeting.id)
    assert not Meeting.get_by_id(meeting.id).deleted


def test_a_bad_time_is_refused(org, unchanged):
    assert_refused(unchanged, lambda: org.meeting(start_time="25:99"), "start_time")
    assert org.meeting(start_time="9：05").start_time == "09:05"


@pytest.mark.parametrize(("typed", "kept"), [("1900", "19:00"), ("930", "09:30"),
                                             ("14.30", "14:30"), ("14点30", "14:30"),
                                             ("19点", "19:00"), ("8", "08:00")])
def test_a_time_typed_on_the_number_pad_is_kept_as_hh_mm(org, typed, kept):
    assert org.meeting(start_time=typed).start_time == kept


@pytest.mark.parametrize("typed", ["2460", "19000", "12345", "ab"])
def test_digits_that_are_no_time_are_refused(org, unchanged, typed):
    assert_refused(unchanged, lambda: org.meeting(start_time=typed), "start_time")


@pytest.mark.parametrize("kind", ["theme_day", "party_lecture"])
def test_the_general_branch_holds_its_own_meetings_for_everyone(org, kind):
    meeting = org.meeting(kind=kind, branch=None)
    assert meeting.branch_id is None
