"""What every benchmark case shares: results, medians, the cached depot data folder."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 1
DEMO_TODAY = dt.date(2025, 6, 15)  # pinned, so the cached data and the figures never drift
MONTH = dt.date(2025, 5, 1)        # the month the coverage and report cases are about
SHAPED_BY = (*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "db" / "demo").glob("*.py")),
             *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "db" / "models").glob("*.py")),
             "db/migrations.py", "db/store.py")


@dataclass
class Result:
    name: str
    seconds: float
    baseline_seconds: float | None
    ratio: float | None
    target: str
    ok: bool
    unit: str = "s"  # what `seconds` counts: "s", or "MB" for a memory case


def median_of(fn: Callable[[], float | None], runs: int) -> float:
    """Median of `runs` calls; `fn` returns its own elapsed seconds, or None to be timed whole."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        elapsed = fn()
        times.append(elapsed if elapsed is not None else time.perf_counter() - started)
    return statistics.median(times)


def result(name: str, seconds: float, baseline: float | None, target: str, *,
           max_ratio: float | None = None, max_seconds: float | None = None,
           unit: str = "s") -> Result:
    ratio = seconds / baseline if baseline else None
    ok = ((max_ratio is None or (ratio is not None and ratio <= max_ratio))
          and (max_seconds is None or seconds < max_seconds))
    return Result(name, round(seconds, 4), None if baseline is None else round(baseline, 4),
                  None if ratio is None else round(ratio, 2), target, ok, unit)


# depot data ------------------------------------------------------------------------------------
def depot_folder() -> Path:
    """The cached depot data folder, built on first use or when the demo code changed."""
    digest = hashlib.sha256()
    for name in SHAPED_BY:
        digest.update((ROOT / name).read_bytes())
    folder = CACHE / f"depot-seed{SEED}-{DEMO_TODAY.isoformat()}-{digest.hexdigest()[:12]}"
    if folder.is_dir():
        return folder
    from db import demo
    from db.store import Store

    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob("depot-*"):
        shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE))
    started = time.perf_counter()
    with Store.open(building):
        demo.build("depot", seed=SEED, today=DEMO_TODAY)
    for leftover in [building / ".lock", *building.glob("backups/*")]:
        leftover.unlink()
    building.rename(folder)
    print(f"(built depot demo data in {time.perf_counter() - started:.0f} s: {folder.name})",
          file=sys.stderr)
    return folder


def copy_of(folder: Path, scratch: Path, name: str) -> Path:
    target = scratch / name
    shutil.copytree(folder, target)
    return target


