"""Benchmark case: a full depot exchange (export, then import into an empty data folder)."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.case_sync import plain_executemany
from tests.perf.common import ROOT, Result, copy_of, result

IMPORT_CHILD = """
import json, resource, sys, time
from db.store import Store
from db.sync import import_package, join
folder, key, package = sys.argv[1:4]
with Store.open(folder) as store:
    join(key)
    started = time.perf_counter()
    summary = import_package(package, store.device)
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "new": summary.new,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _import_in_child(folder: Path, key: Path, package: Path) -> dict:
    """A fresh process, so its peak memory is the import's own (plus Python and peewee)."""
    done = subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(folder), str(key),
                           str(package)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def case_exchange(depot: Path, scratch: Path, runs: int) -> list[Result]:
    from db.store import Store
    from db.sync import export_package, read_package, write_key_file

    office = copy_of(depot, scratch, "office")
    package, key = scratch / "depot.bdsync", scratch / "branch.bdkey"
    exports = []
    with Store.open(office) as store:
        write_key_file(key)
        for _ in range(runs):
            started = time.perf_counter()
            export_package(store.device, package)
            exports.append(time.perf_counter() - started)
        rows = read_package(package).tables()
    ours, peaks, base = [], [], []
    for run in range(runs):
        child = _import_in_child(scratch / f"empty-{run}", key, package)
        ours.append(child["seconds"])
        peaks.append(child["peak_mb"])
        empty = scratch / f"plain-{run}"
        Store.open(empty).close()
        started = time.perf_counter()
        plain_executemany(empty / "branch-desk.sqlite3", rows)
        base.append(time.perf_counter() - started)
    total = sum(len(r) for _c, r in rows.values())
    peak = max(peaks)
    print(f"(full depot exchange: {total:,} rows, package {package.stat().st_size / 1e6:.1f} MB, "
          f"export {statistics.median(exports):.2f} s, import peak {peak:.0f} MB)",
          file=sys.stderr)
    return [
        result(f"full depot exchange: import of {total:,} rows into an empty folder",
               statistics.median(ours), statistics.median(base), "ratio ≤ 6", max_ratio=6),
        result("full depot exchange: import peak memory", peak, None, "< 600 MB",
               max_seconds=600, unit="MB"),
        result("full depot exchange: export of the whole depot", statistics.median(exports),
               None, "—"),
    ]


CASES = {"exchange": (case_exchange, 1)}
