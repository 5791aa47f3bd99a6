"""Benchmark case: sync import."""
from __future__ import annotations

import datetime as dt
import json
import statistics
import time
from pathlib import Path

from db import members, records, workareas
from tests.perf.common import (
    Result,
    copy_of,
    result,
)


# sync import ------------------------------------------------------------------------------------
def build_office(folder: Path, rows: int):
    """An office database with rows/2 visits and rows/2 participant links."""
    from db import records
    from db.models import Visit, VisitPerson, database
    from db.store import Store
    from db.visits import link_id

    store = Store.open(folder)
    areas = [records.create(workareas.KIND, {"name": f"工区{i}"}).id for i in range(40)]
    cadres = [records.create(members.KIND, {"name": f"干部{i}",
                                            "is_cadre": True}).id for i in range(20)]
    start = dt.date(2020, 1, 1)
    with database.atomic():
        for i in range(rows // 2):
            visit = records.insert(Visit, {
                "visited_on": start + dt.timedelta(days=i % 1800), "work_area": areas[i % 40],
                "kind": "work_along", "hours": 2.0, "workers_met": 5, "summary": f"走访记录 {i}",
                "private": False})
            member = cadres[i % 20]
            records.insert(VisitPerson, {"id": link_id(visit.id, member, "participant"),
                                         "visit": visit.id, "member": member,
                                         "role": "participant"})
    return store


def edit_all() -> None:
    from db.models import Visit, VisitPerson, database

    with database.atomic():
        for visit in Visit.select():
            records.update(visit, {"hours": 3.0})
        for link in VisitPerson.select():
            records.update(link, {"role": "talked"})


def plain_executemany(db_path: Path, package) -> None:
    """The baseline: the package's rows written with sqlite3 executemany, nothing checked."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    seq = 10**9  # change numbers past any the database has given
    with conn:
        for table, (columns, rows) in package.tables.items():
            marks = ", ".join("?" for _ in [*columns, "seq"])
            names = ", ".join(f'"{c}"' for c in [*columns, "seq"])
            conn.executemany(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})',
                             [[*(json.dumps(v) if isinstance(v, list | dict) else v
                                 for v in row), seq + n] for n, row in enumerate(rows)])
    conn.close()


def case_sync(_depot: Path, scratch: Path, runs: int, rows: int = 20000) -> list[Result]:
    from db.store import Store
    from db.sync import export_package, import_package, read_package

    office = build_office(scratch / "office", rows)
    first = scratch / "first.bdsync"
    export_package(office.device, first)
    office.close()
    with Store.open(scratch / "laptop") as laptop:
        import_package(first, laptop.device)
    changed = scratch / "changed.bdsync"
    with Store.open(scratch / "office") as office:
        edit_all()  # every visit and link edited at the office: the laptop's rows fast-forward
        export_package(office.device, changed)
    package = read_package(changed)
    ours, base = [], []
    for run in range(runs):
        target = copy_of(scratch / "laptop", scratch, f"sync-{run}")
        with Store.open(target) as store:
            started = time.perf_counter()
            summary = import_package(changed, store.device)
            ours.append(time.perf_counter() - started)
        assert summary.updated == rows, summary.as_dict()
        target = copy_of(scratch / "laptop", scratch, f"plain-{run}")
        started = time.perf_counter()
        plain_executemany(target / "branch-desk.sqlite3", package)
        base.append(time.perf_counter() - started)
    return [result(f"sync import of {rows:,} changed rows", statistics.median(ours),
                   statistics.median(base), "< 5 s", max_seconds=5)]


CASES = {"sync": (case_sync, 3)}
