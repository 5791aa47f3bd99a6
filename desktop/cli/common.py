"""What every subcommand shares: the list of command modules and the data folder they work on."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

DEMO_FOLDER_NAME = "demo"

MODULES = ["maintenance", "demo", "screenshot", "concerns", "coverage", "report", "sync", "sheets",
           "plan", "packet"]


def data_dir(args) -> Path:
    from db.datafolder import default_data_dir  # not needed before the window's first paint

    folder = args.data_dir or default_data_dir()
    return folder / DEMO_FOLDER_NAME if args.demo else folder


@contextmanager
def opened_store(args):
    from db.store import Store

    store = Store.open(data_dir(args))
    try:
        yield store
    finally:
        store.close()
