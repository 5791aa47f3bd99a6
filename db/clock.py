"""The one place the record layer asks for the time, so tests can pin it."""
from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """Current time in UTC, naive (stored as such)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    """The local calendar date: what a person means by "today"."""
    return dt.date.today()
