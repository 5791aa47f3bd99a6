"""Rules that span two records (a make-up needs an absence, a plan entry a cadre, a committee seat
no overlapping one) can be broken by two machines between them without either doing wrong: the
office corrects the register while a laptop records the make-up. The office's next import must
take the laptop's package (it refused it whole, for good); a local change is still refused."""
from __future__ import annotations

import datetime as dt

import pytest

from db import clock, members, records
from db.errors import ValidationError
from db.meetings import committee, entity, makeups
from db.models import CommitteeMember, MakeUp, MeetingAttendee, Member, PlanEntry
from db.plans import entity as plan_entity

TODAY = dt.date(2024, 6, 15)


@pytest.fixture
def shared(devices, monkeypatch):
    """Office and laptop_a holding the same small demo."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    with devices.on("office"):
        from db import demo

        demo.build("small", seed=1)
    devices.exchange("office", "laptop_a", full=True)
    return devices


def _absentee() -> MeetingAttendee:
    made = {(m.meeting_id, m.member_id) for m in MakeUp.select()}
    return next(a for a in MeetingAttendee.select().where(~MeetingAttendee.present)
                .order_by(MeetingAttendee.id) if (a.meeting_id, a.member_id) not in made)


def test_a_make_up_for_someone_the_office_marked_present_arrives(shared):
    with shared.on("office"):
        absent = _absentee()
        records.edit(entity.ATTENDEE_KIND, absent.id, {"present": True, "absence_reason": None})
    with shared.on("laptop_a"):
        made = records.create(makeups.KIND, {"meeting": absent.meeting_id,
                                             "member": absent.member_id,
                                             "made_up_on": TODAY, "how": "补学"}).id
    shared.exchange("laptop_a", "office")
    with shared.on("office"):
        assert MakeUp.get_by_id(made).member_id == absent.member_id
        with pytest.raises(ValidationError):  # typed here, it is still refused
            records.create(makeups.KIND, {"meeting": absent.meeting_id,
                                          "member": absent.member_id, "made_up_on": TODAY})


def test_a_plan_entry_for_someone_no_longer_a_cadre_arrives(shared):
    with shared.on("office"):
        entry = PlanEntry.select().where(PlanEntry.month == dt.date(2024, 6, 1)).first()
        cadre = entry.cadre_id
        area = entry.work_area_id
        records.edit(members.KIND, cadre, {"is_cadre": False})
    with shared.on("laptop_a"):
        added = records.create(plan_entity.KIND, {"month": dt.date(2024, 6, 1), "cadre": cadre,
                                                  "work_area": area, "week": 4}).id
    shared.exchange("laptop_a", "office")
    with shared.on("office"):
        assert PlanEntry.get_by_id(added).cadre_id == cadre
        with pytest.raises(ValidationError):
            records.create(plan_entity.KIND, {"month": dt.date(2024, 6, 1), "cadre": cadre,
                                              "work_area": area, "week": 4})


def test_the_same_seat_added_on_two_machines_arrives(shared):
    with shared.on("office"):
        seated = {s.member_id for s in CommitteeMember.select()}
        person = Member.select().where(Member.id.not_in(seated)).order_by(Member.id).first()
        seat = {"branch": person.branch_id, "member": person.id, "role": "委员",
                "start_on": dt.date(2024, 1, 1)}
        records.create(committee.KIND, seat)
    with shared.on("laptop_a"):
        theirs = records.create(committee.KIND, seat).id
    shared.exchange("laptop_a", "office")
    with shared.on("office"):
        assert CommitteeMember.get_by_id(theirs).member_id == person.id


def test_a_quota_set_on_two_machines_arrives_and_the_next_change_keeps_one(shared):
    from db.meetings import quotas
    from db.models import MeetingQuota

    with shared.on("office"):
        quotas.set_quota("theme_day", "quarter", 1)
    with shared.on("laptop_a"):
        quotas.set_quota("theme_day", "month", 2)
    shared.exchange("laptop_a", "office")
    shared.exchange("office", "laptop_a")
    rules = []
    for name in ("office", "laptop_a"):
        with shared.on(name):
            assert MeetingQuota.select().where(~MeetingQuota.deleted).count() == 2
            rules.append(quotas.quota_rules()["theme_day"])
    assert rules[0] == rules[1] == ("month", 2)  # the one changed last, on both
    with shared.on("office"):
        quotas.check_quota("theme_day", "month", 3)  # the settings may change it
        quotas.set_quota("theme_day", "month", 3)
        assert [(q.per, q.count) for q in MeetingQuota.select().where(~MeetingQuota.deleted)] \
            == [("month", 3)]


def test_a_planned_make_up_for_someone_the_office_marked_present_arrives(shared):
    from db.models import Assignment, PlanAbsentee

    with shared.on("office"):
        month = dt.date(2024, 6, 1)
        placed = {a.member_id: a.work_area_id for a in Assignment.select().where(
            ~Assignment.deleted, Assignment.start_on <= month, Assignment.end_on.is_null())}
        absent = next(a for a in MeetingAttendee.select().where(~MeetingAttendee.present)
                      .order_by(MeetingAttendee.id)
                      if a.member_id in placed and not MakeUp.select().where(
                          MakeUp.meeting == a.meeting_id, MakeUp.member == a.member_id).exists())
        cadre = Member.select().where(Member.is_cadre, ~Member.deleted).order_by(Member.id).first()
        records.edit(entity.ATTENDEE_KIND, absent.id, {"present": True, "absence_reason": None})
    with shared.on("laptop_a"):
        entry = records.create(plan_entity.KIND, {
            "month": month, "cadre": cadre.id, "work_area": placed[absent.member_id], "week": 4,
            "purpose": "makeup", "absentees": [absent.id]}).id
    shared.exchange("laptop_a", "office")
    with shared.on("office"):
        assert PlanAbsentee.select().where(PlanAbsentee.plan_entry == entry,
                                           PlanAbsentee.attendee == absent.id).exists()
