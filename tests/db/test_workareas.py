from db.models import WorkArea
from db.validate import BAD_CHOICE, BAD_INTEGER, BAD_NUMBER, REQUIRED, TOO_BIG, TOO_SMALL
from db.workareas import (
    DUPLICATE_NAME,
    DUPLICATE_NAME_IN_TRASH,
    create_work_area,
    delete_work_area,
    get_work_area,
    list_work_areas,
    restore_work_area,
    update_work_area,
)
from tests.db.helpers import assert_refused, check_lifecycle


def test_work_area_lifecycle(store):
    row = create_work_area({"name": "柳州站", "access_tier": "3", "distance_km": "12.5",
                            "headcount": 40})
    assert (row.access_tier, row.distance_km, row.headcount, row.active) == (3, 12.5, 40, True)
    check_lifecycle(
        store, WorkArea, row, update=update_work_area, delete=delete_work_area,
        restore=restore_work_area, visible=lambda i: i in [a.id for a in list_work_areas()],
        changes={"headcount": "41", "location": "柳州"},
        expected_diff={"headcount": [40, 41], "location": ["", "柳州"]})


def test_list_filters(store):
    near = create_work_area({"name": "A", "access_tier": 1})
    far = create_work_area({"name": "B", "access_tier": 3, "active": False})
    assert [a.id for a in list_work_areas()] == [near.id, far.id]
    assert [a.id for a in list_work_areas(active_only=True)] == [near.id]
    assert [a.id for a in list_work_areas(tier=3)] == [far.id]


def test_work_area_refusals(store, make, unchanged):
    area = make.area(name="鹿寨站")
    assert_refused(unchanged, lambda: create_work_area({}), "name", REQUIRED)
    assert_refused(unchanged, lambda: create_work_area({"name": "鹿寨站"}), "name", DUPLICATE_NAME)
    other = make.area()
    assert_refused(unchanged, lambda: update_work_area(other.id, {"name": "鹿寨站"}), "name",
                   DUPLICATE_NAME)
    for field in ("headcount", "travel_minutes", "visit_target"):
        assert_refused(unchanged, lambda f=field: create_work_area({"name": "新", f: -1}), field,
                       TOO_SMALL)
    assert_refused(unchanged, lambda: create_work_area({"name": "新", "distance_km": "-0.5"}),
                   "distance_km", TOO_SMALL)
    assert_refused(unchanged, lambda: create_work_area({"name": "新", "distance_km": "远"}),
                   "distance_km", BAD_NUMBER)
    assert_refused(unchanged, lambda: create_work_area({"name": "新", "headcount": "2.5"}),
                   "headcount", BAD_INTEGER)
    assert_refused(unchanged, lambda: create_work_area({"name": "新", "travel_minutes": 1441}),
                   "travel_minutes", TOO_BIG)
    assert_refused(unchanged, lambda: create_work_area({"name": "新", "access_tier": 4}),
                   "access_tier", BAD_CHOICE)
    assert get_work_area(area.id).name == "鹿寨站"


def test_a_name_in_the_trash_is_refused_with_a_hint_to_restore(store, make, unchanged):
    area = make.area(name="洛维站")
    delete_work_area(area.id)
    error = assert_refused(unchanged, lambda: create_work_area({"name": "洛维站"}), "name",
                           DUPLICATE_NAME_IN_TRASH)
    assert "洛维站" in str(error)
    restore_work_area(area.id)
    assert [a.name for a in list_work_areas()] == ["洛维站"]
