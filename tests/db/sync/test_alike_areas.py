"""Two machines each add a work area of one name (the office and a laptop offline both enter
东站工区): the exchange is not refused (it was, for good: live names are unique), the area made
later becomes 东站工区 (2) on both machines alike, and nothing else changes."""
from __future__ import annotations

import pytest

from db import records, visits, workareas
from db.models import Visit, WorkArea
from db.sync import AreaRename
from tests.db.sync.test_merge import TODAY, _joined


def _areas(devices, name: str) -> list[tuple[str, str, str]]:
    with devices.on(name):
        return sorted((a.id, a.name, a.rev) for a in WorkArea.select().where(~WorkArea.deleted))


@pytest.mark.parametrize("first", ["office", "laptop_a"])
def test_an_area_named_alike_on_two_machines_is_renamed_alike_on_both(devices, first):
    ids = _joined(devices, "laptop_a")
    made = {}
    for machine in (first, "laptop_a" if first == "office" else "office"):  # first, then later
        with devices.on(machine):
            made[machine] = records.create(workareas.KIND, {"name": "北岭工区"}).id
            records.create(visits.KIND, {"visited_on": TODAY, "work_area": made[machine],
                                         "participants": [ids["cadre"]], "summary": machine})
    later = made["laptop_a" if first == "office" else "office"]

    on_office = devices.exchange("laptop_a", "office")
    on_laptop = devices.exchange("office", "laptop_a")
    assert _areas(devices, "office") == _areas(devices, "laptop_a")
    # each import says which area it renamed, and whose (the later one's machine)
    later_on = "laptop_a" if first == "office" else "office"
    assert on_office.renamed == [AreaRename("北岭工区", "北岭工区 (2)", later_on == "office",
                                            later_on)]
    assert on_laptop.renamed == ([] if later_on == "office" else [
        AreaRename("北岭工区", "北岭工区 (2)", True, "laptop_a")])
    names = {row_id: name for row_id, name, _rev in _areas(devices, "office")}
    assert names[made[first]] == "北岭工区" and names[later] == "北岭工区 (2)"
    # each visit stays with its own area, on both machines
    for machine in ("office", "laptop_a"):
        with devices.on(machine):
            assert {v.summary: v.work_area_id for v in Visit.select()} == {
                m: area for m, area in made.items()}

    # the rename is one revision both machines made alike: exchanging again changes nothing
    before = _areas(devices, "office")
    for summary in (devices.exchange("laptop_a", "office"),
                    devices.exchange("office", "laptop_a")):
        assert (summary.new, summary.updated, summary.conflicts) == (0, 0, 0)
    assert _areas(devices, "office") == _areas(devices, "laptop_a") == before


def test_an_area_renamed_to_a_name_another_machine_gave_a_new_area_is_kept_apart(devices):
    ids = _joined(devices, "laptop_a")
    with devices.on("office"):
        records.create(workareas.KIND, {"name": "南岭工区"})
    with devices.on("laptop_a"):
        records.edit(workareas.KIND, ids["a2"], {"name": "南岭工区"})  # 岭口工区, renamed later
    devices.exchange("laptop_a", "office")
    devices.exchange("office", "laptop_a")
    assert _areas(devices, "office") == _areas(devices, "laptop_a")
    assert sorted(name for _i, name, _r in _areas(devices, "office")) == [
        "东站工区", "南岭工区", "南岭工区 (2)"]
