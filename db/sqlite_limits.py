"""The running SQLite's limits, read from the open connection (never assumed).

Every statement with a variable number of parameters is cut into pieces that stay under the
variable limit this SQLite reports: builds differ (999 in old ones, 32,766 in many, 250,000 in
some) and tests lower it with `Connection.setlimit`.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TypeVar

from db.models import database

T = TypeVar("T")


def variable_limit() -> int:
    """How many `?` one statement may hold on the open connection."""
    return database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def pieces(items: Sequence[T], per_item: int = 1, spare: int = 0) -> Iterator[Sequence[T]]:
    """`items` in slices small enough that `per_item` parameters each, plus `spare` others,
    fit in one statement."""
    size = max(1, (variable_limit() - spare) // per_item)
    for start in range(0, len(items), size):
        yield items[start:start + size]
