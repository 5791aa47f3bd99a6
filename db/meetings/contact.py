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
FEW = 32            # this many members or fewer are looked up through their own index entries
FIRST_DAYS = 92     # the walk back in time: windows of 92 days, then twice as long each time

MEMBERS = "AND {col} IN ({marks}) "
_CONTACTS = (       # every contact in ?..?: a meeting attended, a make-up, talked to on a visit
    f'SELECT a.member_id AS member, m.held_on AS day FROM "{MeetingAttendee._meta.table_name}" a '
    f'JOIN "{Meeting._meta.table_name}" m ON m.id = a.meeting_id '
    "WHERE a.deleted = 0 AND a.present = 1 AND m.deleted = 0 AND {by}m.held_on BETWEEN ? AND ? "
    "{a_members}"
    f'UNION ALL SELECT member_id, made_up_on FROM "{MakeUp._meta.table_name}" '
    "WHERE deleted = 0 AND {by}made_up_on BETWEEN ? AND ? {u_members}"
    f'UNION ALL SELECT p.member_id, v.visited_on FROM "{VisitPerson._meta.table_name}" p '
    f'JOIN "{Visit._meta.table_name}" v ON v.id = p.visit_id '
    "WHERE p.deleted = 0 AND p.role = 'talked' AND v.deleted = 0 "
    "AND {by}v.visited_on BETWEEN ? AND ? {p_members}")
_BOUNDS = (         # the first and the last day any contact can be on (deleted rows too)
    f'SELECT (SELECT MIN(x) FROM (SELECT MIN(held_on) AS x FROM "{Meeting._meta.table_name}" '
    f'UNION ALL SELECT MIN(made_up_on) FROM "{MakeUp._meta.table_name}" '
    f'UNION ALL SELECT MIN(visited_on) FROM "{Visit._meta.table_name}")), '
    f'(SELECT MAX(x) FROM (SELECT MAX(held_on) AS x FROM "{Meeting._meta.table_name}" '
    "WHERE held_on <= ? "
    f'UNION ALL SELECT MAX(made_up_on) FROM "{MakeUp._meta.table_name}" WHERE made_up_on <= ? '
    f'UNION ALL SELECT MAX(visited_on) FROM "{Visit._meta.table_name}" WHERE visited_on <= ?))')


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


def _day(text: object) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


def _grouped(start: dt.date, end: dt.date,
             member_ids: list[str] | None = None) -> dict[str, dt.date]:
    """member id → latest contact in start..end, in one grouped pass (the newest day per member
    over the three kinds of contact); `member_ids` (a few) keeps to them."""
    marks = ",".join("?" * len(member_ids)) if member_ids is not None else ""
    parts = {f"{k}_members": MEMBERS.format(col=col, marks=marks) if member_ids is not None
             else "" for k, col in (("a", "a.member_id"), ("u", "member_id"),
                                    ("p", "p.member_id"))}
    # A few members: through their own index entries ("+" keeps the planner off the date
    # indexes, which for a long range would have it try every meeting and visit for them).
    parts["by"] = "+" if member_ids is not None else ""
    days = (start.isoformat(), end.isoformat())
    params = [*days, *(member_ids or ())] * 3
    return {member: _day(day) for member, day in database.execute_sql(
        f"SELECT member, MAX(day) FROM ({_CONTACTS.format(**parts)}) GROUP BY member", params)}


def _latest(start: dt.date, end: dt.date, wanted: set[str] | None,
            first_days: int = FIRST_DAYS) -> dict[str, dt.date]:
    """member id → latest contact in start..end, for the `wanted` members (None: everyone).

    Everyone: one grouped pass over the range. A few: one grouped pass through their own index
    entries. Many: a walk back in time from the last recorded contact, one grouped pass (by the
    date indexes) per window, each window twice as long as the one before, until all of them are
    found or only a few are left (then looked up as a few) — so the cost follows how far back
    their contacts lie, not how many members there are or how long ago the records end."""
    if wanted is None:
        return _grouped(start, end)
    if len(wanted) <= FEW:
        return _grouped(start, end, sorted(wanted)) if wanted else {}
    first, last = database.execute_sql(_BOUNDS, [end.isoformat()] * 3).fetchone()
    if first is None or last is None:
        return {}
    floor, high = max(start, _day(first)), min(end, _day(last))
    found: dict[str, dt.date] = {}
    span = max(1, first_days)
    while high >= floor:
        missing = wanted - found.keys()
        if len(missing) <= FEW:
            found.update(_grouped(floor, high, sorted(missing)) if missing else {})
            break
        low = max(floor, high - dt.timedelta(days=span - 1))
        found.update((m, day) for m, day in _grouped(low, high).items() if m in missing)
        high, span = low - dt.timedelta(days=1), span * 2
    return found


def last_contacts(as_of: dt.date, member_ids: list[str] | None = None) -> dict[str, dt.date]:
    """member id → the day of the last contact on or before `as_of` (members with none absent)."""
    return _latest(dt.date(1900, 1, 1), as_of, None if member_ids is None else set(member_ids))


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
    last = _latest(dt.date(1900, 1, 1), as_of, {r[0] for r in roll},
                   first_days=(as_of - line).days)
    rows = []
    for member_id, name, branch in roll:
        day = last.get(member_id)
        if day is not None and day > line:
            continue
        rows.append(ContactRow(member_id, name, branch, day,
                               whole_months(day, as_of) if day else None))
    rows.sort(key=lambda r: (r.last_contact is not None, r.last_contact or as_of, r.name))
    return rows
