import json

import pytest

from db import members, records, visits, workareas
from db.errors import NotFound
from db.models import VisitPerson
from db.validate import (
    BAD_CHOICE,
    BAD_DATE,
    BAD_NUMBER,
    DELETED_REF,
    FUTURE_DATE,
    MISSING_REF,
    REQUIRED,
    TOO_BIG,
    TOO_SMALL,
)
from db.visits import (
    NO_PARTICIPANT,
    NOT_A_CADRE,
    link_id,
    participant_ids,
    talked_to_ids,
)
from tests.db.helpers import assert_refused, audit_entries, check_lifecycle, digest


def _visible(visit_id):
    try:
        records.get(visits.KIND, visit_id)
    except NotFound:
        return False
    return True


def test_visit_lifecycle(store, make):
    area, cadre, worker = make.area(), make.cadre(), make.member()
    row = records.create(visits.KIND, {"visited_on": "2024年6月1日", "work_area": area.id,
                                       "hours": "3.5",
                                       "participants": [cadre], "talked_to": [worker.id,
                                                                              worker.id]})
    assert (row.hours, row.workers_met, row.kind, row.private) == (3.5, 0, "work_along", False)
    assert participant_ids(row.id) == [cadre.id] and talked_to_ids(row.id) == [worker.id]
    links = VisitPerson.select().where(VisitPerson.visit == row.id)
    assert {link.id for link in links} == {link_id(row.id, cadre.id, "participant"),
                                           link_id(row.id, worker.id, "talked")}
    for link in links:
        assert audit_entries(link.id)[0]["action"] == "create"
    check_lifecycle(
        store, visits.KIND, row,
        visible=_visible, changes={"summary": "跟班作业", "workers_met": 6},
        expected_diff={"summary": ["", "跟班作业"], "workers_met": [0, 6]})


def test_a_talk_is_private_by_default(store, make):
    assert make.visit(kind="talk").private
    assert not make.visit(kind="talk", private=False).private


def test_changing_the_people_of_a_visit(store, make):
    area, a, b, worker = make.area(), make.cadre(), make.cadre(), make.member()
    visit = make.visit(area=area, participants=[a.id], talked_to=[worker.id])
    rev = visit.rev
    records.edit(visits.KIND, visit.id, {"participants": [b.id]})
    assert participant_ids(visit.id) == [b.id] and talked_to_ids(visit.id) == [worker.id]
    dropped = VisitPerson.get_by_id(link_id(visit.id, a.id, "participant"))
    assert dropped.deleted and audit_entries(dropped.id)[-1]["action"] == "delete"
    assert records.get(visits.KIND, visit.id).rev == rev  # the visit's own fields did not change
    records.edit(visits.KIND, visit.id, {"participants": [a.id, b.id], "talked_to": []})
    back = VisitPerson.get_by_id(dropped.id)
    assert not back.deleted and audit_entries(back.id)[-1]["action"] == "restore"
    assert sorted(participant_ids(visit.id)) == sorted([a.id, b.id])
    assert talked_to_ids(visit.id) == []
    before = digest(store.db)
    records.edit(visits.KIND, visit.id, {"participants": [b.id, a.id]})
    assert digest(store.db) == before


def test_visit_refusals(store, make, unchanged, pinned_today):
    area, cadre, worker = make.area(), make.cadre(), make.member()
    dead_area, dead_cadre = make.area(), make.cadre()
    records.delete(workareas.KIND, dead_area.id)
    records.delete(members.KIND, dead_cadre.id)
    ok = {"visited_on": "2024-06-01", "work_area": area.id, "participants": [cadre.id]}
    cases = [
        ({"visited_on": ""}, "visited_on", REQUIRED),
        ({"visited_on": "2024-06-16"}, "visited_on", FUTURE_DATE),
        ({"visited_on": "2024-02-30"}, "visited_on", BAD_DATE),
        ({"work_area": None}, "work_area", REQUIRED),
        ({"work_area": "gone"}, "work_area", MISSING_REF),
        ({"work_area": dead_area.id}, "work_area", DELETED_REF),
        ({"kind": "party"}, "kind", BAD_CHOICE),
        ({"hours": -1}, "hours", TOO_SMALL),
        ({"hours": 25}, "hours", TOO_BIG),
        ({"hours": "两小时"}, "hours", BAD_NUMBER),
        ({"workers_met": -3}, "workers_met", TOO_SMALL),
        ({"participants": []}, "participants", NO_PARTICIPANT),
        ({"participants": None}, "participants", NO_PARTICIPANT),
        ({"participants": [worker.id]}, "participants", NOT_A_CADRE),
        ({"participants": ["nobody"]}, "participants", MISSING_REF),
        ({"participants": [dead_cadre.id]}, "participants", DELETED_REF),
        ({"talked_to": ["nobody"]}, "talked_to", MISSING_REF),
        ({"talked_to": [dead_cadre.id]}, "talked_to", DELETED_REF),
    ]
    for extra, field, template in cases:
        assert_refused(unchanged, lambda e=extra: records.create(visits.KIND, {**ok, **e}), field,
                       template)
    visit = make.visit(area=area, participants=[cadre])
    assert_refused(unchanged, lambda: records.edit(visits.KIND, visit.id, {"participants": []}),
                   "participants", NO_PARTICIPANT)
    assert_refused(unchanged, lambda: records.edit(visits.KIND, visit.id, {"hours": -2,
                                                                           "talked_to": [worker]}),
                   "hours", TOO_SMALL)
    error = assert_refused(unchanged, lambda: records.edit(visits.KIND, visit.id,
                                                           {"participants": [worker]}),
                           "participants", NOT_A_CADRE)
    assert worker.name in error.for_field("participants")[0].message


def test_a_visit_whose_only_cadre_left_cannot_be_edited_without_a_new_one(store, make, unchanged):
    cadre, other = make.cadre(), make.cadre()
    visit = make.visit(participants=[cadre])
    records.delete(members.KIND, cadre.id)
    assert_refused(unchanged, lambda: records.edit(visits.KIND, visit.id, {"summary": "补记"}),
                   "participants",
                   DELETED_REF)
    records.edit(visits.KIND, visit.id, {"summary": "补记", "participants": [other]})
    assert json.loads(records.get(visits.KIND, visit.id).rev_history)


def test_a_deleted_visit_cannot_be_edited(store, make):
    visit = make.visit()
    records.delete(visits.KIND, visit.id)
    with pytest.raises(NotFound):
        records.edit(visits.KIND, visit.id, {"summary": "x"})
