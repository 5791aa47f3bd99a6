import datetime as dt

import pytest

from db import concerns, members, records, visits
from db.concerns import DUE_BEFORE_RAISED, KIND, NO_RAISER, OWNER_NOT_CADRE, history
from db.errors import NotFound, ValidationError
from db.models import Concern
from db.organisation import update_organisation
from db.validate import BAD_CHOICE, BAD_DATE, DELETED_REF, FUTURE_DATE, MISSING_REF, REQUIRED
from tests.db.helpers import assert_refused, check_lifecycle, digest


def _visible(concern_id):
    try:
        records.get(concerns.KIND, concern_id)
    except NotFound:
        return False
    return True


def test_concern_lifecycle(store, make):
    row = make.concern()
    assert row.status == "open" and row.due_on == dt.date(2024, 6, 16)  # raised + 15 days
    assert [(e.action, e.to_status) for e in history(row.id)] == [("created", "open")]
    check_lifecycle(
        store, concerns.KIND, row,
        visible=_visible, changes={"category": "living", "due_on": "2024-06-30"},
        expected_diff={"category": ["other", "living"], "due_on": ["2024-06-16", "2024-06-30"]})
    assert [e.action for e in history(row.id)] == ["created", "edited"]
    assert history(row.id)[-1].text == "category, due_on"


def test_due_date_follows_the_policy(store, make):
    update_organisation({"concern_due_days": 7})
    assert make.concern(raised_on="2024-06-01").due_on == dt.date(2024, 6, 8)


def test_status_is_not_edited_here(store, make):
    row = make.concern()
    before = digest(store.db)
    records.edit(concerns.KIND, row.id, {"status": "resolved", "closed_on": "2024-06-02"})
    assert digest(store.db) == before and records.get(concerns.KIND, row.id).status == "open"


def test_create_ignores_a_given_status(store, make):
    row = make.concern(status="resolved", closed_on="2024-06-02")
    assert (row.status, row.closed_on) == ("open", None)


def test_raised_by_a_member(store, make):
    worker = make.member()
    row = make.concern(raised_by=worker.id, raised_by_name="")
    assert row.raised_by_id == worker.id


def test_concern_refusals(store, make, unchanged):
    area, owner, worker = make.area(), make.cadre(), make.member()
    gone, visit = make.member(), make.visit()
    records.delete(members.KIND, gone.id)
    ok = {"raised_on": "2024-06-01", "work_area": area.id, "raised_by_name": "王师傅",
          "description": "宿舍热水器坏了", "owner": owner.id}
    cases = [
        ({"description": " "}, "description", REQUIRED),
        ({"raised_on": None}, "raised_on", REQUIRED),
        ({"raised_on": "2024-06-20"}, "raised_on", FUTURE_DATE),
        ({"raised_on": "6/1/2024"}, "raised_on", BAD_DATE),
        ({"due_on": "2024-05-31"}, "due_on", DUE_BEFORE_RAISED),
        ({"due_on": "明天"}, "due_on", BAD_DATE),
        ({"raised_by_name": ""}, "raised_by", NO_RAISER),
        ({"raised_by": "nobody"}, "raised_by", MISSING_REF),
        ({"raised_by": gone.id}, "raised_by", DELETED_REF),
        ({"owner": None}, "owner", REQUIRED),
        ({"owner": worker.id}, "owner", OWNER_NOT_CADRE),
        ({"work_area": "nowhere"}, "work_area", MISSING_REF),
        ({"category": "gossip"}, "category", BAD_CHOICE),
        ({"visit": "no-visit"}, "visit", MISSING_REF),
    ]
    for extra, field, template in cases:
        assert_refused(unchanged, lambda e=extra: records.create(concerns.KIND, {**ok, **e}), field,
                       template)
    row = records.create(concerns.KIND, {**ok, "visit": visit.id})
    records.delete(visits.KIND, visit.id)
    assert_refused(unchanged, lambda: records.edit(concerns.KIND, row.id,
                                                   {"description": "热水器"}), "visit",
                   DELETED_REF)
    assert_refused(unchanged, lambda: records.edit(concerns.KIND, row.id, {"owner": worker.id}),
                   "owner",
                   OWNER_NOT_CADRE)


def test_a_deleted_concern_cannot_be_corrected(store, make):
    row = make.concern()
    records.delete(concerns.KIND, row.id)
    with pytest.raises(NotFound):
        records.edit(concerns.KIND, row.id, {"description": "x"})


def test_satisfaction_must_be_one_of_the_choices(store, make, unchanged):
    row = make.concern()
    with unchanged():
        # an edit corrects facts only: status and closure are the lifecycle's
        records.edit(KIND, row.id, {"satisfaction": "satisfied", "status": "resolved"})
        with pytest.raises(ValidationError) as caught:  # a concern arriving whole (an import)
            concerns.validate_fields({**records.content_of(row), "satisfaction": "thrilled"}, row)
    assert caught.value.for_field("satisfaction")[0].template == BAD_CHOICE
    assert Concern.get_by_id(row.id).satisfaction is None
