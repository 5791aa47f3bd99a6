"""Plans travel in exchange packages; a visit recorded on a laptop answers the office's entry."""
from __future__ import annotations

import datetime as dt

from db import members, plans, records, visits, workareas
from db.organisation import update_organisation


def plan(data: dict):
    return records.create(plans.KIND, data)

JUNE = dt.date(2024, 6, 1)


def test_a_visit_recorded_on_a_laptop_marks_the_office_entry_done(devices):
    with devices.on("office"):
        update_organisation({"name": "线路车间党总支"})
        far = records.create(workareas.KIND, {"name": "岭口工区", "access_tier": 3})
        cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True})
        entry = plan({"month": JUNE, "cadre": cadre.id, "work_area": far.id,
                                    "week": 2, "purpose": "talk", "note": "带上慰问品"})
        assert plans.month_plan(JUNE).entries[0].state == "late"  # today is 15 June
    devices.exchange("office", "laptop_a", full=True)
    office_rows = devices.snapshot("office")["plan_entry"]
    assert devices.snapshot("laptop_a")["plan_entry"] == office_rows  # arrived unchanged
    with devices.on("laptop_a"):
        [seen] = plans.month_plan(JUNE).entries
        assert (seen.id, seen.cadre, seen.area, seen.note) == (entry.id, "王建国", "岭口工区",
                                                               "带上慰问品")
        records.create(visits.KIND, {"visited_on": "2024-06-14", "work_area": far.id,
                                     "kind": "talk", "participants": [cadre.id]})
        assert plans.month_plan(JUNE).entries[0].state == "done"
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        [done] = plans.month_plan(JUNE).entries
        assert (done.id, done.state, done.visit_date) == (entry.id, "done", dt.date(2024, 6, 14))
    assert devices.snapshot("office")["plan_entry"] == office_rows  # the entry itself unchanged


def test_an_entry_dropped_on_a_laptop_is_dropped_at_the_office(devices):
    with devices.on("office"):
        update_organisation({"name": "线路车间党总支"})
        far = records.create(workareas.KIND, {"name": "岭口工区", "access_tier": 3})
        cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True})
        entry = plan({"month": JUNE, "cadre": cadre.id, "work_area": far.id,
                                    "week": 4})
    devices.exchange("office", "laptop_a", full=True)
    with devices.on("laptop_a"):
        plans.drop_entry(entry.id, "塌方封路")
    devices.exchange("laptop_a", "office")
    with devices.on("office"):
        [dropped] = plans.month_plan(JUNE).entries
        assert (dropped.state, dropped.dropped_reason) == ("dropped", "塌方封路")
    assert devices.snapshot("office")["plan_entry"] == devices.snapshot("laptop_a")["plan_entry"]
