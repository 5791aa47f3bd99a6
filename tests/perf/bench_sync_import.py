"""Benchmark (run by hand, not a test): importing an exchange package of 20,000 changed rows.

    PYTHONPATH=. python tests/perf/bench_sync_import.py [--rows 20000] [--runs 5]

Builds an office database with ROWS/2 visits and ROWS/2 visit links, exports it, then times
(a) importing it into a new laptop database (all rows new) and (b) importing a package in which
every one of those rows was edited at the office (all fast-forwards). Prints the median of RUNS.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from db import records
from db.members import create_member
from db.models import Visit, VisitPerson, database
from db.store import Store
from db.sync_merge import import_package
from db.sync_package import export_package
from db.visits import link_id
from db.workareas import create_work_area


def build_office(folder: Path, rows: int) -> Store:
    store = Store.open(folder)
    areas = [create_work_area({"name": f"工区{i}"}).id for i in range(40)]
    cadres = [create_member({"name": f"干部{i}", "is_cadre": True}).id for i in range(20)]
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
    with database.atomic():
        for visit in Visit.select():
            records.update(visit, {"hours": 3.0})
        for link in VisitPerson.select():
            records.update(link, {"role": "talked"})


def timed_import(template: Path, package: Path, scratch: Path, runs: int) -> list[float]:
    times = []
    for run in range(runs):
        target = scratch / f"run{run}"
        shutil.copytree(template, target)
        store = Store.open(target)
        begin = time.perf_counter()
        summary = import_package(package, store.device)
        times.append(time.perf_counter() - begin)
        store.close()
        shutil.rmtree(target)
        print(f"  run {run + 1}: {times[-1]:.2f} s  (new {summary.new}, updated {summary.updated})")
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        office = build_office(root / "office", args.rows)
        first = root / "first.bdsync"
        export_package(office.device, first)
        office.close()
        laptop = Store.open(root / "laptop")  # an empty machine joining the branch
        laptop.close()
        print(f"(a) {args.rows} new rows, package {first.stat().st_size / 1e6:.1f} MB")
        new_times = timed_import(root / "laptop", first, root, args.runs)

        laptop = Store.open(root / "laptop")
        import_package(first, laptop.device)
        laptop.close()
        office = Store.open(root / "office")
        edit_all()
        changed = root / "changed.bdsync"
        export_package(office.device, changed, for_device=None)
        office.close()
        print(f"(b) {args.rows} edited rows (fast-forward), package "
              f"{changed.stat().st_size / 1e6:.1f} MB")
        update_times = timed_import(root / "laptop", changed, root, args.runs)
        print(f"median: new {statistics.median(new_times):.2f} s, "
              f"edited {statistics.median(update_times):.2f} s")


if __name__ == "__main__":
    main()
