"""demo: fill a data folder with realistic demo data."""
from __future__ import annotations

from desktop.cli.common import opened_store


def register(sub) -> None:
    p = sub.add_parser("demo", help="create demo data in the data folder")
    p.add_argument("--size", choices=["small", "depot"], default="small",
                   help="small: one workshop, two years; depot: 60 areas, ten years")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=run_demo)


def run_demo(args) -> int:
    import time

    from db import demo

    with opened_store(args) as store:
        started = time.perf_counter()
        counts = demo.build(args.size, seed=args.seed)
        elapsed = time.perf_counter() - started
    for table, count in counts.items():
        print(f"{table}: {count}")
    print(f"built in {elapsed:.1f} s in {store.folder.path}")
    return 0
