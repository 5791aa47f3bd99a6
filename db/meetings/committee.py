"""Seats on a branch committee (支委) or the general committee: who sits on it, from when."""
from __future__ import annotations

from db import records
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Branch, CommitteeMember, Member
from db.validate import DELETED_REF, Checker

OVERLAP = QT_TRANSLATE_NOOP("db", "{name} already sits on this committee in that period.")


def _check(data: dict, current) -> dict:
    c = Checker(data)
    branch = c.ref("branch", Branch, required=False)
    member = c.ref("member", Member)
    c.text("role", max_len=50)
    start = c.date("start_on", required=True)
    end = c.date("end_on")
    c.period("start_on", "end_on")
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
# end_on.
# The same seat entered on two machines overlaps only once both arrive: not a wrong row.
KIND = records.Kind(CommitteeMember, _check, concurrent=frozenset({DELETED_REF, OVERLAP}))


def seats(branch_id: str | None) -> list[CommitteeMember]:
    where = (CommitteeMember.branch.is_null() if branch_id is None
             else CommitteeMember.branch == branch_id)
    return list(CommitteeMember.select().where(~CommitteeMember.deleted, where)
                .order_by(CommitteeMember.start_on))
