import datetime as dt

from db import records, workareas
from db.models import WorkArea
from db.validate import (
    BAD_CHOICE,
    BAD_DATE,
    BAD_INTEGER,
    BAD_NUMBER,
    FUTURE_DATE,
    REQUIRED,
    TOO_BIG,
    TOO_SMALL,
)
from db.workareas import (
    DEACTIVATED_BUT_ACTIVE,
    DUPLICATE_NAME,
    DUPLICATE_NAME_IN_TRASH,
    list_work_areas,
)
from tests.db.helpers import TODAY, assert_refused, check_lifecycle


def test_work_area_lifecycle(store):
    row = records.create(workareas.KIND, {"name": "柳州站", "access_tier": "3",
                                          "distance_km": "12.5",
                                          "headcount": 40})
    assert (row.access_tier, row.distance_km, row.headcount, row.active) == (3, 12.5, 40, True)
    check_lifecycle(
        store, workareas.KIND, row, visible=lambda i: i in [a.id for a in list_work_areas()],
        changes={"headcount": "41", "location": "柳州"},
        expected_diff={"headcount": [40, 41], "location": ["", "柳州"]})


def test_list_filters(store):
    near = records.create(workareas.KIND, {"name": "A", "access_tier": 1})
    far = records.create(workareas.KIND, {"name": "B", "access_tier": 3, "active": False})
    assert [a.id for a in list_work_areas()] == [near.id, far.id]
    assert [a.id for a in list_work_areas(active_only=True)] == [near.id]
    assert [a.id for a in list_work_areas(tier=3)] == [far.id]


def test_work_area_refusals(store, make, unchanged):
    area = make.area(name="鹿寨站")
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {}), "name", REQUIRED)
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "鹿寨站"}), "name",
                   DUPLICATE_NAME)
    other = make.area()
    assert_refused(unchanged, lambda: records.edit(workareas.KIND, other.id, {"name": "鹿寨站"}),
                   "name",
                   DUPLICATE_NAME)
    for field in ("headcount", "travel_minutes", "visit_target"):
        assert_refused(unchanged, lambda f=field: records.create(workareas.KIND, {"name": "新",
                                                                                  f: -1}), field,
                       TOO_SMALL)
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "新",
                                                                      "distance_km": "-0.5"}),
                   "distance_km", TOO_SMALL)
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "新",
                                                                      "distance_km": "远"}),
                   "distance_km", BAD_NUMBER)
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "新",
                                                                      "headcount": "2.5"}),
                   "headcount", BAD_INTEGER)
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "新",
                                                                      "travel_minutes": 1441}),
                   "travel_minutes", TOO_BIG)
    assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "新",
                                                                      "access_tier": 4}),
                   "access_tier", BAD_CHOICE)
    assert records.get(workareas.KIND, area.id).name == "鹿寨站"


def test_a_name_in_the_trash_is_refused_with_a_hint_to_restore(store, make, unchanged):
    area = make.area(name="洛维站")
    records.delete(workareas.KIND, area.id)
    error = assert_refused(unchanged, lambda: records.create(workareas.KIND, {"name": "洛维站"}),
                           "name",
                           DUPLICATE_NAME_IN_TRASH)
    assert "洛维站" in str(error)
    records.restore(workareas.KIND, area.id)
    assert [a.name for a in list_work_areas()] == ["洛维站"]


def test_closing_an_area_records_the_day_and_reopening_clears_it(store):
    area = records.create(workareas.KIND, {"name": "岭口工区"})
    assert area.deactivated_on is None
    closed = records.edit(workareas.KIND, area.id, {"active": False})
    assert (closed.active, closed.deactivated_on) == (False, TODAY)  # no date given: today
    dated = records.edit(workareas.KIND, area.id, {"deactivated_on": "2024-03-15"})
    assert dated.deactivated_on == dt.date(2024, 3, 15)
    noted = records.edit(workareas.KIND, area.id, {"notes": "撤并"})
    assert noted.deactivated_on == dt.date(2024, 3, 15)
    reopened = records.edit(workareas.KIND, area.id, {"active": True})
    assert (reopened.active, reopened.deactivated_on) == (True, None)
    made_closed = records.create(workareas.KIND, {"name": "旧工区", "active": False,
                                                  "deactivated_on": "2023-12-31"})
    assert made_closed.deactivated_on == dt.date(2023, 12, 31)


def test_an_area_inactive_since_before_any_record_keeps_no_date(store):
    area = records.create(workareas.KIND, {"name": "旧工区", "active": False})
    WorkArea.update(deactivated_on=None).where(WorkArea.id == area.id).execute()  # as migrated
    assert records.edit(workareas.KIND, area.id, {"headcount": 3}).deactivated_on is None


def test_deactivation_date_refusals(store, make, unchanged):
    area = make.area()
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    assert_refused(unchanged, lambda: records.create(workareas.KIND,
        {"name": "新", "active": False, "deactivated_on": tomorrow}), "deactivated_on",
        FUTURE_DATE)
    assert_refused(unchanged, lambda: records.create(workareas.KIND,
        {"name": "新", "active": False, "deactivated_on": "上月"}), "deactivated_on", BAD_DATE)
    assert_refused(unchanged, lambda: records.create(workareas.KIND,
        {"name": "新", "deactivated_on": "2024-01-01"}), "deactivated_on", DEACTIVATED_BUT_ACTIVE)
    assert_refused(unchanged, lambda: records.edit(workareas.KIND, area.id,
                                                   {"deactivated_on": "2024-01-01"}),
                   "deactivated_on", DEACTIVATED_BUT_ACTIVE)
