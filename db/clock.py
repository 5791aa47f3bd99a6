"""The one place the record layer asks for the time, so tests can pin it."""
from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """Current time in UTC, naive (stored as such)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    """The local calendar date: what a person means by "today"."""
    return dt.date.today()


def local_minute(at: dt.datetime) -> str:
    """A stored (naive UTC) time as the person's clock showed it, to the minute."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


# How every date-time is stored: UTC, the zone stated, always six fractional digits (so text
# order is time order), e.g. "2026-12-01T07:36:33.626742Z". In Python: naive datetimes in UTC.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(value: dt.datetime | str) -> str:
    """The stored text of a date-time: an aware value is converted to UTC, a naive one is UTC;
    text (as older versions and their packages wrote it, "2026-11-30 05:28:00") is read first.
    Raises ValueError on text that is not a date-time."""
    if isinstance(value, str):
        if len(value) == 27 and value[10] == "T" and value[-1] == "Z":
            return value  # already in the format: the common case, no parsing
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"  # = strftime(UTC_FORMAT), 5x faster


def from_utc_text(text: str) -> dt.datetime:
    """A stored date-time as a naive UTC datetime (older text forms read too)."""
    parsed = dt.datetime.fromisoformat(text)
    return parsed if parsed.tzinfo is None else parsed.astimezone(dt.UTC).replace(tzinfo=None)
