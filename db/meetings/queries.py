"""What the 组织生活 page lists: meeting ids by search and filters, rows, one meeting's detail,
a member's meeting history, and the quota grid (branches × months for one kind)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import clock
from db.choices import MEETING_KINDS
from db.meetings.figures import branch_names
from db.meetings.quotas import grid_cell, grid_months, kinds_for, quota_rules
from db.models import Branch, MakeUp, Meeting, MeetingAttendee, Member, database

SORTS = {"held_on": Meeting.held_on, "kind": Meeting.kind, "created_at": Meeting.created_at}
ALL = "all"        # the branch filter's "every branch"; None means the general branch itself


def meeting_ids(*, search: str = "", branch_id: str | None = ALL, kind: str | None = None,
                start: dt.date | None = None, end: dt.date | None = None,
                only: set[str] | None = None, sort_key: str = "held_on",
                descending: bool = True, deleted: bool = False) -> list[str]:
    """Ids of meetings matching the filters; `only` keeps to those ids (e.g. the flagged)."""
    query = Meeting.select(Meeting.id).where(Meeting.deleted == deleted)
    if branch_id != ALL:
        query = query.where(Meeting.branch.is_null() if branch_id is None
                            else Meeting.branch == branch_id)
    if kind:
        query = query.where(Meeting.kind == kind)
    if start:
        query = query.where(Meeting.held_on >= start)
    if end:
        query = query.where(Meeting.held_on <= end)
    text = search.strip()
    if text:
        like = f"%{text}%"
        people = Member.select(Member.id).where(
            Member.name.contains(text) | Member.name_initials.startswith(text.lower()))
        query = query.where(Meeting.topics ** like | Meeting.place ** like
                            | Meeting.minutes ** like | Meeting.lecture_title ** like
                            | Meeting.chair.in_(people)
                            | Meeting.branch.in_(Branch.select(Branch.id)
                                                 .where(Branch.name ** like)))
    column = SORTS.get(sort_key, Meeting.held_on)
    query = query.order_by(column.desc() if descending else column, Meeting.held_on.desc())
    ids = [row.id for row in query]
    return [i for i in ids if i in only] if only is not None else ids


@dataclass(frozen=True)
class MeetingListRow:
    id: str
    held_on: dt.date
    branch: str                 # "" for the general branch
    kind: str
    topics: str
    present: int
    expected: int
    chair: str


def meeting_rows(ids: list[str]) -> list[MeetingListRow]:
    if not ids:
        return []
    names = branch_names()
    counts = {m: (int(p or 0), n) for m, p, n in database.execute_sql(
        f'SELECT meeting_id, TOTAL(present), COUNT(*) FROM "{MeetingAttendee._meta.table_name}" '
        f"WHERE deleted = 0 AND meeting_id IN ({','.join('?' * len(ids))}) GROUP BY meeting_id",
        ids)}
    chairs = {m.id: m.name for m in Member.select(Member.id, Member.name).where(
        Member.id.in_(Meeting.select(Meeting.chair).where(Meeting.id.in_(ids))))}
    rows = {m.id: MeetingListRow(m.id, m.held_on, names.get(m.branch_id, ""), m.kind, m.topics,
                                 *counts.get(m.id, (0, 0)), chairs.get(m.chair_id, ""))
            for m in Meeting.select().where(Meeting.id.in_(ids))}
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class AttendeeRow:
    member_id: str
    name: str
    present: bool
    reason: str | None
    make_up: str | None         # "2024-05-20 个别补课" when made up


def attendance_rows(meeting_id: str) -> list[AttendeeRow]:
    """Everyone expected, present first, then absentees; each absentee with any make-up."""
    made = {u.member_id: f"{u.made_up_on.isoformat()} {u.how}".strip()
            for u in MakeUp.select().where(MakeUp.meeting == meeting_id, ~MakeUp.deleted)}
    query = (MeetingAttendee.select(Member.id, Member.name, MeetingAttendee.present,
                                    MeetingAttendee.absence_reason)
             .join(Member).where(MeetingAttendee.meeting == meeting_id, ~MeetingAttendee.deleted)
             .order_by(MeetingAttendee.present.desc(), Member.name_pinyin).tuples())
    return [AttendeeRow(member, name, bool(present), reason, made.get(member))
            for member, name, present, reason in query]


def member_meetings(member_id: str, limit: int = 50) -> list[tuple[dt.date, str, str, bool]]:
    """A member's meetings, newest first: (day, kind, branch name, present)."""
    names = branch_names()
    query = (Meeting.select(Meeting.held_on, Meeting.kind, Meeting.branch,
                            MeetingAttendee.present)
             .join(MeetingAttendee, on=MeetingAttendee.meeting == Meeting.id)
             .where(MeetingAttendee.member == member_id, ~MeetingAttendee.deleted,
                    ~Meeting.deleted)
             .order_by(Meeting.held_on.desc()).limit(limit).objects())
    return [(m.held_on, m.kind, names.get(m.branch_id, ""), bool(m.present)) for m in query]


@dataclass(frozen=True)
class GridRow:
    branch_id: str | None
    branch: str
    cells: list[tuple[int, str]]    # per month: (held, state: met / short / pending / future)


def quota_grid(kind: str, end: dt.date | None = None, months: int = 12,
               today: dt.date | None = None) -> tuple[list[dt.date], list[GridRow]]:
    """For one kind, the branches holding it × the `months` months ending with `end`'s month."""
    today = today or clock.today()
    month_list = grid_months(end or today, months)
    rules = quota_rules()
    per, count = rules.get(kind, ("month", 0))
    first = min(month_list[0], dt.date(month_list[0].year, 1, 1))
    days: dict[str | None, list[dt.date]] = {}
    for branch, held in database.execute_sql(
            f'SELECT branch_id, held_on FROM "{Meeting._meta.table_name}" '
            "WHERE deleted = 0 AND kind = ? AND held_on >= ?", (kind, first.isoformat())):
        days.setdefault(branch, []).append(dt.date.fromisoformat(str(held)[:10]))
    rows = []
    for branch_id, name in branch_names().items():
        if kind not in kinds_for(branch_id, rules) and kind in MEETING_KINDS:
            continue
        cells = [grid_cell(per, max(count, 1), m, days.get(branch_id, []), today)
                 for m in month_list]
        rows.append(GridRow(branch_id, name, cells))
    return month_list, rows


def meetings_on(day: dt.date) -> list[tuple[str, str | None, str]]:
    """(id, branch or None for the general branch, kind) of the live meetings held on `day`, in
    one query: what an import compares a register typed in after the fact with (peewee
    composing a query for each of a ten-year register's 3,000 rows took seconds)."""
    return list(database.execute_sql(
        f'SELECT "id", "branch_id", "kind" FROM "{Meeting._meta.table_name}" '
        f'WHERE "held_on" = ? AND NOT "deleted"', (day.isoformat(),)))
