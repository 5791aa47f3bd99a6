"""Property: whatever three machines do and in whatever order they exchange, once everyone has
exchanged with everyone they hold the same rows, no created row is missing, and no version is lost
(each is an ancestor of what is shown, or a listed conflict, the same list on every machine)."""
from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from pathlib import Path

import peewee as pw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import migrations, records, workareas
from db.datafolder import DB_FILE_NAME
from db.models import SyncConflict, WorkArea, database
from db.store import Store
from db.sync import join, list_conflicts, resolve_conflict, write_key_file
from db.sync.merge import parse_history
from tests.db.sync.devices import Devices

NAMES = ("office", "laptop_a", "laptop_b")
device = st.sampled_from(NAMES)
operation = st.one_of(
    st.tuples(st.just("create"), device, st.integers(0, 3)),
    st.tuples(st.just("edit"), device, st.integers(0, 4), st.integers(0, 3)),
    st.tuples(st.just("delete"), device, st.integers(0, 4)),
    st.tuples(st.just("resolve"), device, st.sampled_from(["local", "incoming", "fields"])),
    # Two different machines: an exchange with itself did nothing and cost an example's op.
    st.tuples(st.just("exchange"), st.permutations(NAMES), st.booleans()).map(
        lambda op: (op[0], op[1][0], op[1][1], op[2])),
)


_TEMPLATE: list[Path] = []


def _template() -> Path:
    """An empty database at the latest schema, made once: each machine starts from a copy instead
    of running every migration again (its organisation and device are still its own)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="property-template-"))
        db = pw.SqliteDatabase(str(folder / DB_FILE_NAME))
        migrations.migrate(db)
        db.close()
        _TEMPLATE.append(folder / DB_FILE_NAME)
    return _TEMPLATE[0]


class Machines(Devices):
    """The three machines, each opened once and kept open: going to another machine binds its
    database and device instead of closing one store and opening the next (each open runs the
    file's checks; they cost nine tenths of the test before)."""

    def __init__(self, root: Path, names=NAMES):
        super().__init__(root, names)
        self.stores: dict[str, Store] = {}

    def open(self, name: str) -> Store:
        if self.current and self.current[0] == name:
            return self.current[1]
        store = self.stores.get(name)
        if store is None:
            folder = self.folder(name)
            folder.mkdir(parents=True)
            shutil.copyfile(_template(), folder / DB_FILE_NAME)
            (folder / "device.json").write_text(
                json.dumps({"id": str(uuid.uuid4()), "name": name}), "utf-8")
            store = self.stores[name] = Store.open(folder)
            self.current = (name, store)
            if self.key_file.exists():  # a laptop joins with the office's key, as in Devices
                join(self.key_file)
            else:
                write_key_file(self.key_file)
        else:
            database.initialize(store.db)  # the connection carries its device id
        self.current = (name, store)
        return store

    def close(self) -> None:
        for store in self.stores.values():
            store.close()
        self.stores.clear()
        self.current = None


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
        devices = Machines(Path(tmp))
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


