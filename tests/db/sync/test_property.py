"""Property: whatever three machines do and in whatever order they exchange, once everyone has
exchanged with everyone they hold the same rows, no created row is missing, and no version is lost
(each is an ancestor of what is shown, or a listed conflict, the same list on every machine)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import records, workareas
from db.models import SyncConflict, WorkArea
from db.sync import list_conflicts, resolve_conflict
from db.sync.merge import parse_history
from tests.db.sync.devices import Devices

NAMES = ("office", "laptop_a", "laptop_b")
device = st.sampled_from(NAMES)
operation = st.one_of(
    st.tuples(st.just("create"), device, st.integers(0, 3)),
    st.tuples(st.just("edit"), device, st.integers(0, 4), st.integers(0, 3)),
    st.tuples(st.just("delete"), device, st.integers(0, 4)),
    st.tuples(st.just("resolve"), device, st.sampled_from(["local", "incoming", "fields"])),
    st.tuples(st.just("exchange"), device, device, st.booleans()),
)


def _live_areas() -> list[str]:
    return [a.id for a in WorkArea.select().where(~WorkArea.deleted).order_by(WorkArea.id)]


def _apply(devices: Devices, op: tuple, created: set[str], made_revs: set[str]) -> None:
    kind, name = op[0], op[1]
    if kind == "exchange":
        if op[1] != op[2]:
            devices.exchange(op[1], op[2], full=op[3])
        return
    devices.open(name)
    if kind == "create":
        row = records.create(workareas.KIND, {"name": f"工区{len(created)}", "headcount": op[2]})
        created.add(row.id)
        made_revs.add(row.rev)
    elif kind == "resolve":
        conflicts = list_conflicts()
        if conflicts:
            first = conflicts[0]
            choice = {"headcount": "incoming"} if op[2] == "fields" else op[2]
            resolve_conflict(first.id, choice)
            made_revs.add(WorkArea.get_by_id(first.row_id).rev)
    else:
        areas = _live_areas()
        if not areas:
            return
        area_id = areas[op[2] % len(areas)]
        if kind == "edit":
            row = records.edit(workareas.KIND, area_id, {"headcount": 10 + op[3]})
        else:
            row = records.delete(workareas.KIND, area_id)
        made_revs.add(row.rev)


def _versions_kept(devices: Devices, name: str) -> tuple[set[str], set[tuple[str, str]]]:
    """Every rev this machine can account for, and its open conflicts (row, rev)."""
    devices.open(name)
    known = set()
    for row in WorkArea.select():
        known |= {row.rev, *json.loads(row.rev_history)}
    open_ = set()
    for record in SyncConflict.select().where(SyncConflict.resolved_at.is_null()):
        data = json.loads(record.data)
        known |= {record.rev, *parse_history(data["rev_history"])}  # a list, or its JSON text
        open_.add((record.row_id, record.rev))
    return known, open_


@settings(max_examples=50, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=14))
def test_three_machines_converge_without_losing_anything(ops):
    with tempfile.TemporaryDirectory() as tmp:
        devices = Devices(Path(tmp), NAMES)
        try:
            created: set[str] = set()
            made_revs: set[str] = set()
            devices.open("office")
            for number in range(3):  # rows every machine holds, so edits can collide
                row = records.create(workareas.KIND, {"name": f"共同工区{number}"})
                created.add(row.id)
                made_revs.add(row.rev)
            devices.exchange("office", "laptop_a")
            devices.exchange("office", "laptop_b")
            for op in ops:
                _apply(devices, op, created, made_revs)
            for _round in range(2):
                for source in NAMES:
                    for target in NAMES:
                        if source != target:
                            devices.exchange(source, target)
            snapshots = [devices.snapshot(n) for n in NAMES]
            assert snapshots[0] == snapshots[1] == snapshots[2]
            assert created <= set(snapshots[0]["work_area"])
            kept = [_versions_kept(devices, n) for n in NAMES]
            assert kept[0][1] == kept[1][1] == kept[2][1]  # the same conflicts listed everywhere
            for known, _open in kept:
                assert made_revs <= known  # every version made is shown, an ancestor, or listed
        finally:
            devices.close()


def test_a_listed_conflict_is_a_real_concurrent_edit():
    """The property above, on its smallest interesting case, written out."""
    with tempfile.TemporaryDirectory() as tmp:
        devices = Devices(Path(tmp), NAMES)
        try:
            devices.open("office")
            area = records.create(workareas.KIND, {"name": "东站工区"}).id
            devices.exchange("office", "laptop_a")
            devices.exchange("office", "laptop_b")
            for name, count in (("laptop_a", 1), ("laptop_b", 2)):
                devices.open(name)
                records.edit(workareas.KIND, area, {"headcount": count})
            devices.exchange("laptop_a", "office")
            devices.exchange("laptop_b", "office")
            devices.open("office")
            [conflict] = list_conflicts()
            assert {conflict.shown["headcount"], conflict.other["headcount"]} == {1, 2}
        finally:
            devices.close()


