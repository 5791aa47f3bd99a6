"""demo: fill a data folder with realistic demo data."""
from __future__ import annotations

import argparse

from db.i18n import QT_TRANSLATE_NOOP
from desktop.cli.common import Subcommands, opened_store, say
from desktop.cli.maintenance import table_name

COUNT = QT_TRANSLATE_NOOP("cli", "{table}: {count}")
BUILT = QT_TRANSLATE_NOOP("cli", "built in {seconds} s in {path}")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("demo", help=QT_TRANSLATE_NOOP("cli", "create demo data in the data folder"))
    p.add_argument("--size", choices=["small", "depot"], default="small",
                   help=QT_TRANSLATE_NOOP(
                       "cli", "small: one workshop, two years; depot: 60 areas, ten years"))
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    import time

    from db import demo

    with opened_store(args) as store:
        started = time.perf_counter()
        counts = demo.build(args.size, seed=args.seed)
        elapsed = time.perf_counter() - started
    for table, count in counts.items():
        say(args, COUNT, table=table_name(args, table), count=count)
    say(args, BUILT, seconds=f"{elapsed:.1f}", path=store.folder.path)
    return 0
