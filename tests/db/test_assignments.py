import datetime as dt

from db import assignments, members, records, workareas
from db.assignments import (
    NOT_CADRE,
    OVERLAP,
    SAME_RESPONSIBILITY,
    cadres_for_area,
    members_in_area,
)
from db.models import Assignment, Responsibility
from db.validate import BAD_DATE, DELETED_REF, END_BEFORE_START, MISSING_REF, REQUIRED
from tests.db.helpers import assert_refused, check_lifecycle


def test_assignment_lifecycle(store, make):
    member, area = make.member(), make.area()
    row = records.create(assignments.ASSIGNMENT, {"member": member.id, "work_area": area.id,
                                                  "start_on": "2020-01-01"})
    check_lifecycle(
        store, assignments.ASSIGNMENT, row,
        visible=lambda i: not Assignment.get_by_id(i).deleted,
        changes={"end_on": "2023/12/31"}, expected_diff={"end_on": [None, "2023-12-31"]})


def test_responsibility_lifecycle(store, make):
    cadre, area = make.cadre(), make.area()
    row = records.create(assignments.RESPONSIBILITY, {"member": cadre, "work_area": area,
                                                      "start_on": "2022-03-01"})
    check_lifecycle(
        store, assignments.RESPONSIBILITY, row,
        visible=lambda i: not Responsibility.get_by_id(i).deleted,
        changes={"start_on": "2022-04-01"},
        expected_diff={"start_on": ["2022-03-01", "2022-04-01"]})


def test_who_is_where_on_a_day(store, make, pinned_today):
    area, other = make.area(), make.area()
    now, past = make.member(), make.member()
    records.create(assignments.ASSIGNMENT, {"member": past, "work_area": area,
                                            "start_on": "2019-01-01",
                                            "end_on": "2024-06-15"})
    records.create(assignments.ASSIGNMENT, {"member": past, "work_area": other,
                                            "start_on": "2024-06-15"})
    records.create(assignments.ASSIGNMENT, {"member": now, "work_area": area,
                                            "start_on": "2024-06-15"})
    assert [m.id for m in members_in_area(area.id)] == [now.id]
    assert [m.id for m in members_in_area(area.id, on=dt.date(2020, 1, 1))] == [past.id]
    cadre = make.cadre()
    records.create(assignments.RESPONSIBILITY, {"member": cadre, "work_area": area,
                                                "start_on": "2024-01-01"})
    assert [m.id for m in cadres_for_area(area.id)] == [cadre.id]
    records.delete(members.KIND, now.id)
    assert members_in_area(area.id) == []


def test_overlapping_assignments_are_refused_and_touching_ones_allowed(store, make, unchanged):
    member, a, b = make.member(), make.area(name="甲"), make.area()
    first = records.create(assignments.ASSIGNMENT, {"member": member, "work_area": a,
                                                    "start_on": "2020-01-01",
                                                    "end_on": "2021-01-01"})
    for start, end in (("2020-06-01", None), ("2019-01-01", "2020-01-02"),
                       ("2019-01-01", None), ("2020-01-01", "2021-01-01")):
        error = assert_refused(unchanged, lambda s=start,
                               e=end: records.create(assignments.ASSIGNMENT,
            {"member": member, "work_area": b, "start_on": s, "end_on": e}), "start_on", OVERLAP)
        assert error.params == {"area": "甲", "start": "2020-01-01"}
    # Touching on either side is fine: an end date is the day the next period may start.
    records.create(assignments.ASSIGNMENT, {"member": member, "work_area": b,
                                            "start_on": "2021-01-01"})
    records.create(assignments.ASSIGNMENT, {"member": member, "work_area": b,
                                            "start_on": "2019-01-01",
                                            "end_on": "2020-01-01"})
    # Extending the first into the open-ended one is an overlap too; editing it in place is not.
    assert_refused(unchanged, lambda: records.edit(assignments.ASSIGNMENT, first.id,
                                                   {"end_on": "2021-02-01"}),
                   "start_on", OVERLAP)
    records.edit(assignments.ASSIGNMENT, first.id, {"end_on": "2020-12-31"})


def test_a_deleted_assignment_no_longer_blocks(store, make):
    member, area = make.member(), make.area()
    row = records.create(assignments.ASSIGNMENT, {"member": member, "work_area": area,
                                                  "start_on": "2020-01-01"})
    records.delete(assignments.ASSIGNMENT, row.id)
    records.create(assignments.ASSIGNMENT, {"member": member, "work_area": area,
                                            "start_on": "2021-01-01"})


def test_assignment_refusals(store, make, unchanged):
    member, cadre, area = make.member(), make.cadre(), make.area()
    dead_member, dead_area = make.cadre(), make.area()
    records.delete(members.KIND, dead_member.id)
    records.delete(workareas.KIND, dead_area.id)
    ok = {"member": member.id, "work_area": area.id, "start_on": "2020-01-01"}
    cases = [
        ({"start_on": None}, "start_on", REQUIRED),
        ({"member": None}, "member", REQUIRED),
        ({"start_on": "2020-13-01"}, "start_on", BAD_DATE),
        ({"end_on": "2019-12-31"}, "end_on", END_BEFORE_START),
        ({"member": "missing"}, "member", MISSING_REF),
        ({"member": dead_member.id}, "member", DELETED_REF),
        ({"work_area": dead_area.id}, "work_area", DELETED_REF),
    ]
    for extra, field, template in cases:
        assert_refused(unchanged, lambda e=extra: records.create(assignments.ASSIGNMENT,
                                                                 {**ok, **e}), field, template)
        assert_refused(unchanged, lambda e=extra: records.create(
            assignments.RESPONSIBILITY, {**ok, "member": cadre.id, **e}), field, template)


def test_responsibility_refusals(store, make, unchanged):
    cadre, area, worker = make.cadre(), make.area(), make.member()
    ok = {"member": cadre.id, "work_area": area.id, "start_on": "2020-01-01"}
    records.create(assignments.RESPONSIBILITY, ok)
    def create(changes):
        return lambda: records.create(assignments.RESPONSIBILITY, {**ok, **changes})

    assert_refused(unchanged, create({"member": worker.id}), "member", NOT_CADRE)
    assert_refused(unchanged, create({"start_on": "2023-01-01"}), "work_area", SAME_RESPONSIBILITY)
    assert_refused(unchanged, create({"end_on": "2019-01-01"}), "end_on", END_BEFORE_START)
    # The same cadre may answer for another area at the same time.
    records.create(assignments.RESPONSIBILITY, {**ok, "work_area": make.area().id})


def test_restoring_an_assignment_that_now_overlaps_is_refused(store, make, unchanged):
    member, area = make.member(), make.area()
    old = records.create(assignments.ASSIGNMENT, {"member": member, "work_area": area,
                                                  "start_on": "2020-01-01"})
    records.delete(assignments.ASSIGNMENT, old.id)
    records.create(assignments.ASSIGNMENT, {"member": member, "work_area": area,
                                            "start_on": "2021-01-01"})
    assert_refused(unchanged, lambda: records.restore(assignments.ASSIGNMENT, old.id), "start_on",
                   OVERLAP)
