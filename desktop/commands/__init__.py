"""Subcommands of `branch-desk`, one module per feature.

Each module has `register(subparsers)` that adds its parsers with `set_defaults(run=...)`.
Commands that work on the data folder use `opened_store(args)`.
"""
from __future__ import annotations

from contextlib import contextmanager

MODULES = ["maintenance", "demo", "screenshot", "concerns", "coverage", "report", "sync", "sheets"]


@contextmanager
def opened_store(args):
    from db.store import Store
    from desktop.cli import data_dir

    store = Store.open(data_dir(args))
    try:
        yield store
    finally:
        store.close()
