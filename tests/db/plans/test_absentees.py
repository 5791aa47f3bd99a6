"""A planned make-up session names the absentees it is for: validated, atomic, exchanged."""
from __future__ import annotations

import datetime as dt

import pytest

from db import assignments, meetings, plans, records
from db.errors import BranchDeskError, ValidationError
from db.models import PlanAbsentee

JUNE = dt.date(2024, 6, 1)  # today is 2024-06-15 (tests/db/conftest.py)


class Branch:
    """黑山道口工区 with 王铁柱 (absent from the May theme day and the April lecture, the latter
    made up) and 赵大勇 (present); 孙小明 absent in May but working at another area."""

    def __init__(self, make):
        self.far = make.area(name="黑山道口工区", access_tier=3)
        self.near = make.area(name="东站线路工区", access_tier=1)
        self.cadre = make.cadre(name="张建国")
        branch = make.branch(name="线路第一支部")
        self.wang = make.member(name="王铁柱", branch=branch.id)
        self.zhao = make.member(name="赵大勇", branch=branch.id)
        self.sun = make.member(name="孙小明", branch=branch.id)
        for person, area in ((self.wang, self.far), (self.zhao, self.far),
                             (self.sun, self.near)):
            records.create(assignments.ASSIGNMENT, {"member": person.id, "work_area": area.id,
                                                    "start_on": "2020-01-01"})
        self.may = self.meeting("2024-05-10", "theme_day", absent=(self.wang, self.sun))
        self.april = self.meeting("2024-04-12", "party_lecture", absent=(self.wang,))
        records.create(meetings.MAKE_UP_KIND, {"meeting": self.april.id, "member": self.wang.id,
                                               "made_up_on": "2024-04-20"})

    def meeting(self, day, kind, absent):
        people = (self.wang, self.zhao, self.sun)
        return records.create(meetings.KIND, {
            "branch": self.wang.branch_id, "kind": kind, "held_on": day,
            "attendance": [{"member": p.id, "present": p not in absent,
                            "reason": "shift" if p in absent else None} for p in people]})

    def row(self, meeting, member) -> str:
        return meetings.attendee_id(meeting.id, member.id)

    def entry(self, absentees, purpose="makeup", area=None):
        return records.create(plans.KIND, {
            "month": JUNE, "cadre": self.cadre.id, "work_area": (area or self.far).id,
            "week": 3, "purpose": purpose, "absentees": absentees})


@pytest.fixture
def org(make):
    return Branch(make)


def _problems(excinfo):
    return {(p.field, p.template) for p in excinfo.value.problems}


def test_the_session_is_for_the_absentees_chosen_and_the_plan_shows_them(org):
    assert [(o.name, o.kind) for o in plans.owed_at(org.far.id, JUNE)] == [
        ("王铁柱", "theme_day")]  # the choices offered there: 孙小明 works elsewhere
    entry = org.entry([org.row(org.may, org.wang)])
    [view] = plans.month_plan(JUNE).entries
    assert view.id == entry.id
    assert [(a.name, a.kind, a.held_on, a.made_up_on) for a in view.absentees] == [
        ("王铁柱", "theme_day", dt.date(2024, 5, 10), None)]
    assert view.to_json()["absentees"] == [{"name": "王铁柱", "meeting_kind": "theme_day",
                                            "meeting_date": "2024-05-10", "made_up_on": None}]
    # Made up after the visit: the link stays, showing the make-up; the entry still edits.
    records.create(meetings.MAKE_UP_KIND, {"meeting": org.may.id, "member": org.wang.id,
                                           "made_up_on": "2024-06-14"})
    records.edit(plans.KIND, entry.id, {"note": "带上学习材料"})
    [view] = plans.month_plan(JUNE).entries
    assert [a.made_up_on for a in view.absentees] == [dt.date(2024, 6, 14)]


@pytest.mark.parametrize("who", ["present", "made_up", "elsewhere"])
def test_an_absentee_who_owes_nothing_there_is_refused_and_nothing_written(org, unchanged, who):
    rows = {"present": org.row(org.may, org.zhao),      # came to the meeting
            "made_up": org.row(org.april, org.wang),    # absent, made it up
            "elsewhere": org.row(org.may, org.sun)}     # owes it, but works at another area
    with unchanged(), pytest.raises(ValidationError) as excinfo:
        # with one who does owe it: all or nothing
        org.entry([org.row(org.may, org.wang), rows[who]])
    assert _problems(excinfo) == {("absentees", plans.OWES_NOTHING)}


def test_absentees_go_with_a_make_up_session_only(org, unchanged):
    with unchanged(), pytest.raises(ValidationError) as excinfo:
        org.entry([org.row(org.may, org.wang)], purpose="routine")
    assert _problems(excinfo) == {("absentees", plans.NOT_A_MAKE_UP)}


def test_changing_the_purpose_or_the_choice_moves_links_to_the_trash(org):
    entry = org.entry([org.row(org.may, org.wang)])
    records.edit(plans.KIND, entry.id, {"absentees": []})
    assert plans.month_plan(JUNE).entries[0].absentees == ()
    records.edit(plans.KIND, entry.id, {"absentees": [org.row(org.may, org.wang)]})
    assert PlanAbsentee.select().where(~PlanAbsentee.deleted).count() == 1
    assert PlanAbsentee.select().count() == 1  # restored, not made twice
    records.edit(plans.KIND, entry.id, {"purpose": "routine"})
    assert PlanAbsentee.select().where(~PlanAbsentee.deleted).count() == 0


def test_a_planned_make_up_session_travels_with_its_absentees(devices):
    from tests.db.helpers import Make

    with devices.on("office"):
        org = Branch(Make())
        entry = org.entry([org.row(org.may, org.wang)])
    devices.exchange("office", "laptop_a", full=True)
    assert (devices.snapshot("laptop_a")["plan_absentee"]
            == devices.snapshot("office")["plan_absentee"])
    with devices.on("laptop_a"):
        [view] = plans.month_plan(JUNE).entries
        assert (view.id, [a.name for a in view.absentees]) == (entry.id, ["王铁柱"])
        records.edit(plans.KIND, entry.id, {"absentees": []})
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        assert plans.month_plan(JUNE).entries[0].absentees == ()


def test_a_done_session_records_the_make_ups_of_whom_it_was_for(org, unchanged):
    from db import visits

    entry = org.entry([org.row(org.may, org.wang)])
    with unchanged(), pytest.raises(BranchDeskError) as refused:
        plans.record_make_ups(entry.id, how="走访时补课")  # its visit is not recorded yet
    assert refused.value.template == plans.NOT_DONE
    records.create(visits.KIND, {"visited_on": "2024-06-14", "work_area": org.far.id,
                                 "kind": "lecture", "participants": [org.cadre.id]})
    [made] = plans.record_make_ups(entry.id, how="走访时补课")
    assert (made.meeting_id, made.member_id, made.made_up_on, made.by_id, made.how) == (
        org.may.id, org.wang.id, dt.date(2024, 6, 14), org.cadre.id, "走访时补课")
    assert meetings.owed_make_ups(dt.date(2024, 6, 15), [org.wang.id]) == []
    assert plans.record_make_ups(entry.id) == []  # nobody left: nothing twice
