"""The getting-started steps of a new database, each done once its records exist."""
from __future__ import annotations

import datetime as dt

from db import branches, concerns, members, organisation, records, visits, workareas
from db.first_steps import STEPS, first_steps


def test_an_empty_database_has_every_step_to_do(store):
    steps = first_steps()
    assert not any(steps.done(step) for step in STEPS) and steps.needed


def test_steps_tick_as_records_come_and_go(store, monkeypatch):
    monkeypatch.setattr("db.clock.today", lambda: dt.date(2024, 6, 20))
    organisation.update_organisation({"name": "线路车间党总支"})
    assert not first_steps().done("settings")  # the signature lines too
    organisation.update_organisation({"signature_lines": "审核：____"})
    assert first_steps().done_steps == {"settings"}
    records.create(branches.KIND, {"name": "线路一支部"})
    area = records.create(workareas.KIND, {"name": "石门坎", "access_tier": 3}).id
    assert first_steps().needed  # areas, but no members yet
    cadre = records.create(members.KIND, {"name": "张三", "is_cadre": True}).id
    steps = first_steps()
    assert steps.done_steps == {"settings", "branches", "areas", "members"}
    assert not steps.needed
    visit = records.create(visits.KIND, {"visited_on": "2024-06-03", "work_area": area,
                                         "participants": [cadre]}).id
    records.create(concerns.KIND, {"raised_on": "2024-06-03", "work_area": area,
                                   "raised_by_name": "李工", "description": "宿舍漏雨",
                                   "owner": cadre, "visit": visit, "actor": "test"})
    assert first_steps().done_steps == set(STEPS)
    records.delete(workareas.KIND, area)  # in the trash: no work area any more
    assert not first_steps().done("areas") and first_steps().needed
