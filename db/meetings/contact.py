"""Members' last organisational contact: the latest meeting attended, make-up, or visit on which
the member was talked to. Members on the roll with none for WARN_MONTHS are listed, for
HIGHLIGHT_MONTHS highlighted (the 党章's six-month line). The list states dates; whether anyone
has left the party is the branch's decision, never the app's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.dates import add_months, month_end
from db.models import Branch, MakeUp, Meeting, MeetingAttendee, Member, Visit, VisitPerson, database

WARN_MONTHS = 3
HIGHLIGHT_MONTHS = 6
CHUNK = 500

_SOURCES = (
    f'SELECT a.member_id, MAX(m.held_on) FROM "{MeetingAttendee._meta.table_name}" a '
    f'JOIN "{Meeting._meta.table_name}" m ON m.id = a.meeting_id '
    "WHERE a.deleted = 0 AND a.present = 1 AND m.deleted = 0 AND m.held_on BETWEEN ? AND ? "
    "{members} GROUP BY a.member_id",
    f'SELECT member_id, MAX(made_up_on) FROM "{MakeUp._meta.table_name}" '
    "WHERE deleted = 0 AND made_up_on BETWEEN ? AND ? {members} GROUP BY member_id",
    f'SELECT p.member_id, MAX(v.visited_on) FROM "{VisitPerson._meta.table_name}" p '
    f'JOIN "{Visit._meta.table_name}" v ON v.id = p.visit_id '
    "WHERE p.deleted = 0 AND p.role = 'talked' AND v.deleted = 0 AND v.visited_on BETWEEN ? AND ? "
    "{members} GROUP BY p.member_id",
)


@dataclass(frozen=True)
class ContactRow:
    member_id: str
    name: str
    branch: str
    last_contact: dt.date | None
    months: int | None          # whole months from the last contact to the day asked about

    @property
    def highlighted(self) -> bool:
        return self.months is None or self.months >= HIGHLIGHT_MONTHS

    def to_json(self) -> dict:
        return {"name": self.name, "branch": self.branch,
                "last_contact": self.last_contact.isoformat() if self.last_contact else None,
                "months": self.months}


def months_back(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the month's last day where it has fewer days)."""
    first = add_months(day, -months)
    return min(first.replace(day=min(day.day, 28)) + dt.timedelta(days=max(0, day.day - 28)),
               month_end(first))


def whole_months(first: dt.date, last: dt.date) -> int:
    months = (last.year - first.year) * 12 + last.month - first.month
    return months - 1 if last.day < first.day else months


def _latest(start: dt.date, end: dt.date, member_ids: list[str] | None) -> dict[str, dt.date]:
    """member id → latest contact in start..end; `member_ids` (None: everyone) are asked in
    chunks, so no statement passes SQLite's variable limit."""
    if member_ids is not None and len(member_ids) > CHUNK:
        out = {}
        for first in range(0, len(member_ids), CHUNK):
            out.update(_latest(start, end, member_ids[first:first + CHUNK]))
        return out
    found: dict[str, str] = {}
    members, extra = "", tuple[str, ...]()
    if member_ids is not None:
        if not member_ids:
            return {}
        members = f"AND {{col}} IN ({','.join('?' * len(member_ids))})"
        extra = tuple(member_ids)
    for sql, col in zip(_SOURCES, ("a.member_id", "member_id", "p.member_id"), strict=True):
        query = sql.format(members=members.format(col=col))
        for member_id, day in database.execute_sql(
                query, (start.isoformat(), end.isoformat(), *extra)):
            if day and (member_id not in found or str(day) > found[member_id]):
                found[member_id] = str(day)
    return {k: dt.date.fromisoformat(v[:10]) for k, v in found.items()}


def last_contacts(as_of: dt.date, member_ids: list[str] | None = None) -> dict[str, dt.date]:
    """member id → the day of the last contact on or before `as_of` (members with none absent)."""
    return _latest(dt.date(1900, 1, 1), as_of, member_ids)


def last_contact(member_id: str, as_of: dt.date) -> dt.date | None:
    return last_contacts(as_of, [member_id]).get(member_id)


def no_contact(as_of: dt.date, branch_id: str | None = None,
               months: int = WARN_MONTHS) -> list[ContactRow]:
    """Members on the roll on `as_of` (and on it for `months` already) with no contact for
    `months` or more, longest first. Members 在册 only: joined by then, not left."""
    line = months_back(as_of, months)
    where = ["m.deleted = 0", "m.status = 'active'", "(m.joined_on IS NULL OR m.joined_on <= ?)"]
    params: list = [line.isoformat()]
    if branch_id is not None:
        where.append("m.branch_id = ?")
        params.append(branch_id)
    roll = database.execute_sql(
        f'SELECT m.id, m.name, COALESCE(b.name, \'\') FROM "{Member._meta.table_name}" m '
        f'LEFT JOIN "{Branch._meta.table_name}" b ON b.id = m.branch_id '
        f"WHERE {' AND '.join(where)}", params).fetchall()
    recent = _latest(line + dt.timedelta(days=1), as_of, None)   # one pass over recent rows
    quiet = [r for r in roll if r[0] not in recent]
    earlier = last_contacts(line, [r[0] for r in quiet])
    rows = []
    for member_id, name, branch in quiet:
        day = earlier.get(member_id)
        rows.append(ContactRow(member_id, name, branch, day,
                               whole_months(day, as_of) if day else None))
    rows.sort(key=lambda r: (r.last_contact is not None, r.last_contact or as_of, r.name))
    return rows
