"""Several machines in one test: each a data folder with its own Store and device identity.

Only one Store can be bound to the global peewee proxy at a time, so `Devices.on(name)` closes
whatever is open and opens that machine's folder. The first machine opened makes the general
branch's exchange key; each other one joins with it the first time it is opened, as a laptop
does (`sync key --out` on the office PC, `sync join` on the laptop), so every package travels
sealed.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from db.models import SYNC_MODELS, database
from db.store import Store
from db.sync import export_package, import_package, join, sync_columns, write_key_file


class Devices:
    def __init__(self, root: Path, names=("office", "laptop_a", "laptop_b")):
        self.root = root
        self.names = list(names)
        self.current: tuple[str, Store] | None = None
        self._packages = 0
        self.key_file = root / "usb" / "exchange.bdkey"  # the stick, plugged in
        self.key_file.parent.mkdir(parents=True, exist_ok=True)
        self.joined: set[str] = set()

    def folder(self, name: str) -> Path:
        return self.root / name

    def open(self, name: str) -> Store:
        if self.current and self.current[0] == name:
            return self.current[1]
        self.close()
        store = Store.open(self.folder(name))
        if store.device.name != name:
            store.folder.rename_device(name)
            store.close()
            store = Store.open(self.folder(name))
        self.current = (name, store)
        if name not in self.joined:
            if self.key_file.exists():
                join(self.key_file)
            else:
                write_key_file(self.key_file)
            self.joined.add(name)
        return store

    @contextmanager
    def on(self, name: str):
        yield self.open(name)

    def close(self) -> None:
        if self.current:
            self.current[1].close()
            self.current = None

    def export(self, source: str, *, for_device: str | None = None, full: bool = False) -> Path:
        store = self.open(source)
        self._packages += 1
        out = self.root / "usb" / f"{self._packages:03d}-{source}.bdsync"
        export_package(store.device, out, for_device=None if full else (for_device or None))
        return out

    def import_(self, target: str, package: Path):
        store = self.open(target)
        return import_package(package, store.device)

    def exchange(self, source: str, target: str, *, full: bool = False):
        """source → target, incremental for the target unless `full`."""
        package = self.export(source, for_device=target, full=full)
        return self.import_(target, package)

    def snapshot(self, name: str) -> dict[str, dict[str, tuple]]:
        """Every synced row's columns (but created/modified stamps and seq), by table and id."""
        self.open(name)
        out = {}
        for model in SYNC_MODELS:
            cols = [c for c in sync_columns(model) if c not in ("created_at", "modified_at",
                                                                "modified_by")]
            names = ", ".join(f'"{c}"' for c in cols)
            rows = database.execute_sql(f'SELECT {names} FROM "{model._meta.table_name}"')
            out[model._meta.table_name] = {r[0]: tuple(r) for r in rows}
        return out


def visit_in_conflict(devices: Devices, office: dict, laptop: dict) -> str:
    """A visit to 东站工区 made on "office", carried to "laptop_a", edited on both (`office`'s
    and `laptop`'s changes) and the laptop's package imported at the office: one conflict
    there. Returns the visit's id."""
    import datetime as dt

    from db import members, records, visits, workareas

    with devices.on("office"):
        area = records.create(workareas.KIND, {"name": "东站工区"})
        cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True})
        visit = records.create(visits.KIND, {"visited_on": dt.date(2026, 11, 20),
                                             "work_area": area.id, "participants": [cadre.id],
                                             "summary": "看望班组", "hours": 1.0})
    devices.exchange("office", "laptop_a", full=True)
    with devices.on("office"):
        records.edit(visits.KIND, visit.id, office)
    with devices.on("laptop_a"):
        records.edit(visits.KIND, visit.id, laptop)
    devices.exchange("laptop_a", "office")
    return visit.id
