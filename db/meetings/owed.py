"""Make-ups owed (欠补课): a member absent from a meeting who has not made it up yet.

An absence is owed from the meeting's day until a live make-up of that meeting by that member
exists (on or before the day asked about). The field packet lists those of the last OWED_MONTHS;
a plan's make-up session names the attendance rows it is for.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.dates import add_months
from db.models import MakeUp, Meeting, MeetingAttendee, Member, database

OWED_MONTHS = 12
CHUNK = 500

_SQL = (
    f'SELECT a.id, m.id, a.member_id, mb.name, m.kind, m.held_on, m.branch_id '
    f'FROM "{MeetingAttendee._meta.table_name}" a '
    f'JOIN "{Meeting._meta.table_name}" m ON m.id = a.meeting_id '
    f'JOIN "{Member._meta.table_name}" mb ON mb.id = a.member_id '
    "WHERE a.deleted = 0 AND a.present = 0 AND m.deleted = 0 AND m.held_on BETWEEN ? AND ? "
    "{where}"
    f'AND NOT EXISTS (SELECT 1 FROM "{MakeUp._meta.table_name}" u '
    "WHERE u.meeting_id = m.id AND u.member_id = a.member_id AND u.deleted = 0 "
    "AND u.made_up_on <= ?) ORDER BY m.held_on, m.kind, mb.name_pinyin, a.id"
)


@dataclass(frozen=True)
class Owed:
    """One make-up owed: the attendance row (absent) of `member_id` at a meeting."""

    attendee_id: str
    meeting_id: str
    member_id: str
    name: str
    kind: str
    held_on: dt.date
    branch_id: str | None


def _rows(where: str, params: tuple, start: dt.date, as_of: dt.date) -> list[Owed]:
    rows = database.execute_sql(_SQL.format(where=where),
                                (start.isoformat(), as_of.isoformat(), *params,
                                 as_of.isoformat())).fetchall()
    return [Owed(a, m, mid, name, kind, dt.date.fromisoformat(str(day)[:10]), branch)
            for a, m, mid, name, kind, day, branch in rows]


def owed_make_ups(as_of: dt.date, member_ids: list[str] | None = None, *,
                  months: int | None = OWED_MONTHS) -> list[Owed]:
    """Make-ups owed on `as_of` for meetings of the last `months` (None: ever), of the members
    in `member_ids` (None: everyone), oldest meeting first."""
    start = add_months(as_of, -months) if months is not None else dt.date(1900, 1, 1)
    if member_ids is None:
        return _rows("", (), start, as_of)
    out: list[Owed] = []
    for first in range(0, len(member_ids), CHUNK):
        part = member_ids[first:first + CHUNK]
        marks = ",".join("?" * len(part))
        out += _rows(f"AND a.member_id IN ({marks}) ", tuple(part), start, as_of)
    out.sort(key=lambda o: (o.held_on, o.kind, o.name, o.attendee_id))
    return out


def owed_rows(attendee_ids: list[str], as_of: dt.date) -> dict[str, Owed]:
    """attendee id → its make-up owed on `as_of`; ids that owe nothing are left out."""
    out: dict[str, Owed] = {}
    for first in range(0, len(attendee_ids), CHUNK):
        part = attendee_ids[first:first + CHUNK]
        marks = ",".join("?" * len(part))
        out.update({o.attendee_id: o for o in _rows(f"AND a.id IN ({marks}) ", tuple(part),
                                                    dt.date(1900, 1, 1), as_of)})
    return out
