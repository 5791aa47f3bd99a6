"""Members' last organisational contact and the 3 / 6 month lists."""
from __future__ import annotations

import datetime as dt

import pytest

from db import meetings, records
from db.meetings import contact


def test_the_latest_of_a_meeting_a_make_up_and_a_visit_talk(org, make):
    a, b, c, d = org.ids
    first = org.meeting("2024-01-10", present=[a, b], absent={c: "sick", d: "shift"})
    org.meeting("2024-05-10", present=[a], absent={b: "sick", c: "shift", d: "sick"})
    records.create(meetings.MAKE_UP_KIND, {
        "meeting": first.id, "member": c, "made_up_on": "2024-02-01"})
    make.visit(visited_on="2024-03-03", talked_to=[b])
    today = dt.date(2024, 6, 15)
    assert meetings.last_contacts(today) == {a: dt.date(2024, 5, 10), b: dt.date(2024, 3, 3),
                                             c: dt.date(2024, 2, 1)}
    # before the May meeting
    assert meetings.last_contact(a, dt.date(2024, 5, 9)) == dt.date(2024, 1, 10)
    rows = meetings.no_contact(today, org.branch.id)    # the visit's cadre is in no branch
    # b: 2024-03-03 → 3 whole months; c: 2024-02-01 → 4; d: never (joined 2023-12-01)
    assert [(r.member_id, r.last_contact, r.months, r.highlighted) for r in rows] == [
        (d, None, None, True), (c, dt.date(2024, 2, 1), 4, False),
        (b, dt.date(2024, 3, 3), 3, False)]
    assert rows[1].to_json() == {"name": org.people[2].name, "branch": org.branch.name,
                                 "last_contact": "2024-02-01", "months": 4}
    # six months on from c's make-up: highlighted
    later = meetings.no_contact(dt.date(2024, 8, 1))
    assert next(r for r in later if r.member_id == c).highlighted


def test_a_member_who_left_or_joined_lately_is_not_listed(org, make):
    gone = make.member(branch=org.branch.id, status="retired", status_on="2024-01-01",
                       joined_on="2000-01-01")
    new = make.member(branch=org.branch.id, joined_on="2024-05-01")
    listed = {r.member_id for r in meetings.no_contact(dt.date(2024, 6, 15))}
    assert gone.id not in listed and new.id not in listed and set(org.ids) <= listed


@pytest.mark.parametrize("few", [contact.FEW, 0])   # 0: many members, the walk back in time
def test_long_after_the_records_end_nobody_has_recent_contact(org, make, monkeypatch, few):
    """Asked 18 months after the last record (as the depot demo is, opened later): every member
    is listed with the contact he had, however far back it lies, and with no contact at all
    as never contacted; the same in the walk back in 92, 184, 368 ... day windows."""
    monkeypatch.setattr(contact, "FEW", few)
    a, b, c, d = org.ids
    org.meeting("2019-03-05", present=[a], absent={b: "sick", c: "sick", d: "sick"})
    org.meeting("2024-06-10", present=[b], absent={a: "shift", c: "sick", d: "sick"})
    make.visit(visited_on="2022-11-30", talked_to=[a])
    make.visit(visited_on="2016-01-04", talked_to=[c])
    today = dt.date(2026, 12, 1)
    assert meetings.last_contacts(today, org.ids) == {
        a: dt.date(2022, 11, 30), b: dt.date(2024, 6, 10), c: dt.date(2016, 1, 4)}
    rows = meetings.no_contact(today, org.branch.id)
    # d never; c since 2016-01-04 (130 whole months); a since 2022-11-30 (48); b 2024-06-10 (29)
    assert [(r.member_id, r.last_contact, r.months, r.highlighted) for r in rows] == [
        (d, None, None, True), (c, dt.date(2016, 1, 4), 130, True),
        (a, dt.date(2022, 11, 30), 48, True), (b, dt.date(2024, 6, 10), 29, True)]
    # asked on a day between the records, the later ones do not count (d joined later)
    assert [(r.member_id, r.last_contact) for r in meetings.no_contact(
        dt.date(2022, 11, 29), org.branch.id)] == [
        (b, None), (c, dt.date(2016, 1, 4)), (a, dt.date(2019, 3, 5))]
