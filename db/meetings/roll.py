"""Who is expected at a meeting: the branch's members on the roll (在册) that day, or for a
committee meeting the committee's seats in force that day."""
from __future__ import annotations

import datetime as dt

from peewee import Expression

from db.choices import COMMITTEE_KINDS
from db.models import CommitteeMember, Member


def on_roll(day: dt.date) -> Expression:
    """A peewee condition: the member was on the roll on `day` (joined by then, and active or
    left after it)."""
    return (~Member.deleted
            & ((Member.joined_on.is_null()) | (Member.joined_on <= day))
            & ((Member.status == "active")
               | (Member.status_on.is_null(False) & (Member.status_on > day))))


def committee_ids(branch_id: str | None, day: dt.date) -> list[str]:
    seat_branch = (CommitteeMember.branch.is_null() if branch_id is None
                   else CommitteeMember.branch == branch_id)
    query = (CommitteeMember.select(CommitteeMember.member).join(Member)
             .where(~CommitteeMember.deleted, seat_branch, CommitteeMember.start_on <= day,
                    CommitteeMember.end_on.is_null() | (CommitteeMember.end_on >= day),
                    ~Member.deleted)
             .order_by(Member.name_pinyin))
    return list(dict.fromkeys(row.member_id for row in query))


def expected_ids(branch_id: str | None, kind: str, day: dt.date) -> list[str]:
    """Member ids expected at a meeting of `kind` held by the branch (None: the general branch)
    on `day`, in name order. The general branch's own meetings other than its committee reach
    every member on the roll."""
    if kind in COMMITTEE_KINDS:
        return committee_ids(branch_id if kind == "branch_committee" else None, day)
    where = on_roll(day)
    if branch_id is not None:
        where &= Member.branch == branch_id
    query = Member.select(Member.id).where(where).order_by(Member.name_pinyin)
    return [m.id for m in query]


def names_of(ids: list[str]) -> dict[str, str]:
    return {m.id: m.name for m in Member.select(Member.id, Member.name)
            .where(Member.id.in_(list(ids)))} if ids else {}


