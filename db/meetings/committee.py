"""Seats on a branch committee (支委) or the general committee: who sits on it, from when; and
the seats as the 组织生活 page lists them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db import records
from db.i18n import QT_TRANSLATE_NOOP
from db.meetings.figures import name_order
from db.models import Branch, CommitteeMember, Member
from db.validate import DELETED_REF, Checker

OVERLAP = QT_TRANSLATE_NOOP("db", "{name} already sits on this committee in that period.")
NOT_IN_BRANCH = QT_TRANSLATE_NOOP("db", "{name} is not a member of {branch}.")
ALL = "all"   # the committee filter's "every committee"; None means the general committee
SORTS = {"start_on": CommitteeMember.start_on, "end_on": CommitteeMember.end_on,
         "role": CommitteeMember.role, "member": Member.name_pinyin,
         "branch": Branch.name}


def _check(data: dict, current) -> dict:
    c = Checker(data)
    branch = c.ref("branch", Branch, required=False)
    member = c.ref("member", Member)
    c.text("role", max_len=50)
    start = c.date("start_on", required=True)
    end = c.date("end_on")
    c.period("start_on", "end_on")
    # A branch committee is elected from the branch. Asked of a seat given or moved that is held
    # today: a past term is history (its holder may have moved since, and the roll keeps no
    # branch history to check it against).
    moved = current is None or (current.member_id, current.branch_id) != (
        member.id if member is not None else None, branch.id if branch is not None else None)
    held = end is None or end >= c.today()
    if (branch is not None and member is not None and moved and held
            and member.branch_id != branch.id):
        c.fail("member", NOT_IN_BRANCH, name=member.name, branch=branch.name)
    if member is not None and start is not None and not c.problems:
        same = (CommitteeMember.branch.is_null() if branch is None
                else CommitteeMember.branch == branch.id)
        clash = CommitteeMember.select().where(
            ~CommitteeMember.deleted, same, CommitteeMember.member == member.id,
            CommitteeMember.end_on.is_null() | (CommitteeMember.end_on >= start))
        if end is not None:
            clash = clash.where(CommitteeMember.start_on <= end)
        if current is not None:
            clash = clash.where(CommitteeMember.id != current.id)
        if clash.exists():
            c.fail("start_on", OVERLAP, name=member.name)
    return c.done()


# records.create/edit(KIND, data): branch (None: the general committee), member, role, start_on,
# end_on. A seat arriving from another machine whose holder was moved here meanwhile is kept.
KIND = records.Kind(CommitteeMember, _check,
                    concurrent=frozenset({DELETED_REF, NOT_IN_BRANCH}))


def seats(branch_id: str | None) -> list[CommitteeMember]:
    where = (CommitteeMember.branch.is_null() if branch_id is None
             else CommitteeMember.branch == branch_id)
    return list(CommitteeMember.select().where(~CommitteeMember.deleted, where)
                .order_by(CommitteeMember.start_on))


def role_rank(role: str) -> int:
    """书记 first, then 副书记, then the other seats."""
    low = role.lower()
    if "副书记" in role or "deputy" in low:
        return 1
    return 0 if "书记" in role or "secretary" in low else 2


def seat_ids(*, branch_id: str | None = ALL, search: str = "", current_on: dt.date | None = None,
             sort_key: str = "branch", descending: bool = False,
             deleted: bool = False) -> list[str]:
    """Ids of seats on one committee (`branch_id`; None: the general committee; ALL: every
    one); `current_on`: only seats held on that day; `search`: the holder's name or initials,
    or the role. Sorted by `sort_key`; by committee (the general one first, then 第一, 第二 …),
    each secretary first, unless told."""
    query = (CommitteeMember.select(CommitteeMember.id, CommitteeMember.role, Branch.name,
                                    Member.name_pinyin).join(Member).switch(CommitteeMember)
             .join(Branch, pw.JOIN.LEFT_OUTER, on=CommitteeMember.branch == Branch.id)
             .where(CommitteeMember.deleted == deleted))
    if branch_id != ALL:
        query = query.where(CommitteeMember.branch.is_null() if branch_id is None
                            else CommitteeMember.branch == branch_id)
    if current_on is not None:
        query = query.where(CommitteeMember.start_on <= current_on,
                            CommitteeMember.end_on.is_null()
                            | (CommitteeMember.end_on >= current_on))
    text = search.strip()
    if text:
        query = query.where(Member.name.contains(text)
                            | Member.name_initials.startswith(text.lower())
                            | CommitteeMember.role.contains(text))
    column = SORTS.get(sort_key)
    if column is not None and sort_key != "branch":
        query = query.order_by(column.desc() if descending else column, Member.name_pinyin)
        return [seat_id for seat_id, *_rest in query.tuples()]
    rows = list(query.tuples())
    rows.sort(key=lambda r: (r[2] is not None, name_order(r[2] or ""), role_rank(r[1]), r[3]),
              reverse=descending)
    return [r[0] for r in rows]


@dataclass(frozen=True)
class SeatRow:
    id: str
    branch: str          # "" for the general committee
    member: str
    role: str
    start_on: dt.date
    end_on: dt.date | None


def seat_rows(ids: list[str]) -> list[SeatRow]:
    if not ids:
        return []
    branches = dict(Branch.select(Branch.id, Branch.name).tuples())
    query = (CommitteeMember.select(CommitteeMember, Member.name).join(Member)
             .where(CommitteeMember.id.in_(ids)))
    rows = {s.id: SeatRow(s.id, branches.get(s.branch_id, ""), s.member.name, s.role,
                          s.start_on, s.end_on) for s in query}
    return [rows[i] for i in ids if i in rows]
