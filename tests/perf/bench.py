"""Benchmark (run by hand, not by CI or pytest): Branch Desk at depot scale, against baselines.

    PYTHONPATH=$PWD /work/venv/bin/python tests/perf/bench.py [--json] [--runs N] [--only NAME]

Depot demo data (60 work areas, ten years, ~60,000 visits) is built once and cached in
tests/perf/.cache/, keyed by the demo seed and a hash of the modules that shape it; a case that
writes gets its own copy. Each case is timed several times and reports the median, next to a
baseline timed in the same run, so the ratios hold on a busy machine. `--json` prints a list of
{name, seconds, baseline_seconds, ratio, target, ok}; the exit code is 1 if any case misses.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.common import Result, depot_folder  # noqa: E402  (after the path is set)


def all_cases() -> dict:
    """Every case module beside this file (case_*.py) contributes its CASES {name: (fn, runs)}."""
    cases: dict = {}
    for path in sorted(Path(__file__).resolve().parent.glob("case_*.py")):
        cases.update(importlib.import_module(f"tests.perf.{path.stem}").CASES)
    return cases


CASES = all_cases()


# running ----------------------------------------------------------------------------------------


def table(results: list[Result]) -> str:
    def fmt(value: float | None, unit: str = " s") -> str:
        return "—" if value is None else f"{value:.3f}{unit}" if unit else f"{value:.2f}"

    lines = [f"{'case':<46} {'median':>9} {'baseline':>9} {'ratio':>6}  {'target':<24} ok",
             "-" * 102]
    for r in results:
        lines.append(f"{r.name:<46} {fmt(r.seconds, f' {r.unit}'):>9} "
                     f"{fmt(r.baseline_seconds, f' {r.unit}'):>9} "
                     f"{fmt(r.ratio, ''):>6}  {r.target:<24} {'yes' if r.ok else 'NO'}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--only", choices=list(CASES), action="append",
                        help="run only this case (repeatable)")
    parser.add_argument("--runs", type=int, help="timed runs per case (default: per case)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    depot = depot_folder()
    results = []
    for name in args.only or CASES:
        fn, runs = CASES[name]
        with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as scratch:
            results.extend(fn(depot, Path(scratch), args.runs or runs))
    if args.json:
        print(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1))
    else:
        print(table(results))
        print(f"\n{time.perf_counter() - started:.0f} s in all")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
