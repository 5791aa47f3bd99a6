"""A planned make-up session (补课) and the absentees it is for.

A plan entry of purpose "makeup" names attendance rows (`absentees`: attendee ids) of members
who were absent from a meeting, have not made it up and are assigned to the entry's work area
during its month. They are written with the entry, in its transaction, as PlanAbsentee links.
Refused: an absentee who owes nothing there — present at the meeting, not assigned to the
area in the month, or the meeting made up before the month began (a make-up recorded since may
be the session's own: the link stays). Another purpose has no absentees.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from db import clock, records
from db.dates import month_end
from db.i18n import QT_TRANSLATE_NOOP
from db.meetings.owed import Owed, owed_make_ups
from db.models import (
    Assignment,
    MakeUp,
    Meeting,
    MeetingAttendee,
    Member,
    PlanAbsentee,
    PlanEntry,
    derived_id,
)
from db.validate import DELETED_REF, MISSING_REF, Checker

OWES_NOTHING = QT_TRANSLATE_NOOP(
    "db", "{name} owes no make-up of that meeting at this work area.")
NOT_A_MAKE_UP = QT_TRANSLATE_NOOP("db", "Absentees are named for a make-up session only.")
NOT_ABSENT = QT_TRANSLATE_NOOP("db", "That attendance row is not an absence.")

_NAMESPACE = uuid.UUID("5d0c7b0e-8f9a-4c41-a3f3-2a6b1c9e7d15")


def link_id(entry_id: str, attendee_id: str) -> str:
    """One absentee of one planned session is one row on every device."""
    return derived_id(_NAMESPACE, f"{entry_id}/{attendee_id}")


@dataclass(frozen=True)
class Absentee:
    """Whom a make-up session is for: the member, the meeting missed, a make-up since."""

    attendee_id: str
    member_id: str
    name: str
    kind: str
    held_on: dt.date
    made_up_on: dt.date | None


def _assigned(area_id: str, month: dt.date, member_ids: set[str] | None = None) -> set[str]:
    """The members (among `member_ids`) assigned to the area at some time in `month`."""
    query = (Assignment.select(Assignment.member)
             .where(~Assignment.deleted, Assignment.work_area == area_id,
                    Assignment.start_on <= month_end(month),
                    Assignment.end_on.is_null() | (Assignment.end_on > month)))
    if member_ids is not None:
        query = query.where(Assignment.member.in_(sorted(member_ids)))
    return {m for (m,) in query.tuples()}


def linked_ids(entry_id: str) -> list[str]:
    return [a for (a,) in PlanAbsentee.select(PlanAbsentee.attendee)
            .where(PlanAbsentee.plan_entry == entry_id, ~PlanAbsentee.deleted).tuples()]


def check_absentees(c: Checker, current: PlanEntry | None, purpose: str | None,
                    area_id: str | None, month: dt.date | None) -> None:
    """`absentees` in `c.data` (attendee ids), cleaned into `c.clean["absentees"]`; left out,
    the stored ones stay (another purpose than a make-up clears them)."""
    given = c.data.get("absentees")
    if given is None:
        if current is not None and purpose != "makeup" and linked_ids(current.id):
            c.clean["absentees"] = []
        return
    ids = list(dict.fromkeys(str(getattr(a, "id", a)) for a in given if a))
    c.clean["absentees"] = ids
    if not ids:
        return
    if purpose != "makeup":
        c.fail("absentees", NOT_A_MAKE_UP)
        return
    if area_id is None or month is None:
        return
    kept = set(linked_ids(current.id)) if current is not None else set()
    rows = {a.id: a for a in MeetingAttendee.select(MeetingAttendee.id, MeetingAttendee.meeting,
                                                    MeetingAttendee.member,
                                                    MeetingAttendee.present,
                                                    MeetingAttendee.deleted)
            .where(MeetingAttendee.id.in_(ids))}
    members = {a.member_id for a in rows.values()}
    here = _assigned(area_id, month, members)
    before = _made_up_before(list(rows.values()), month)
    names = dict(Member.select(Member.id, Member.name).where(Member.id.in_(sorted(members)))
                 .tuples())
    for attendee_id in ids:
        row = rows.get(attendee_id)
        if row is None or row.deleted:
            c.fail("absentees", MISSING_REF)
        elif attendee_id in kept:
            continue
        elif row.present or row.member_id not in here or attendee_id in before:
            c.fail("absentees", OWES_NOTHING, name=names.get(row.member_id, ""))


def _made_up_before(rows: list[MeetingAttendee], month: dt.date) -> set[str]:
    """The attendance rows among `rows` made up before `month` began (a make-up since may be
    this session's own, recorded afterwards or carried in a workbook)."""
    if not rows:
        return set()
    made = set(MakeUp.select(MakeUp.meeting, MakeUp.member)
               .where(~MakeUp.deleted, MakeUp.made_up_on < month,
                      MakeUp.meeting.in_(sorted({r.meeting_id for r in rows})),
                      MakeUp.member.in_(sorted({r.member_id for r in rows}))).tuples())
    return {r.id for r in rows if (r.meeting_id, r.member_id) in made}


def write_absentees(entry: PlanEntry, extras: dict, _before: dict | None) -> None:
    """After the entry is written: its links made, restored or moved to the trash."""
    if "absentees" not in extras:
        return
    wanted = extras["absentees"]
    existing = {a.attendee_id: a for a in
                PlanAbsentee.select().where(PlanAbsentee.plan_entry == entry.id)}
    for attendee_id in wanted:
        row = existing.get(attendee_id)
        if row is None:
            records.insert(PlanAbsentee, {"id": link_id(entry.id, attendee_id),
                                          "plan_entry": entry.id, "attendee": attendee_id})
        elif row.deleted:
            records.update(row, {"deleted": False}, action="restore")
    for attendee_id, row in existing.items():
        if attendee_id not in wanted and not row.deleted:
            records.update(row, {"deleted": True}, action="delete")


def _check_link(data: dict, current) -> dict:
    """A link on its own (as a package brings it): its entry and an absence exist."""
    c = Checker(data)
    c.ref("plan_entry", PlanEntry)
    attendee = c.ref("attendee", MeetingAttendee)
    if attendee is not None and attendee.present:
        c.fail("attendee", NOT_ABSENT)
    return c.done()


# Another machine may have marked the absentee present meanwhile: not a wrong row.
LINK_KIND = records.Kind(PlanAbsentee, _check_link,
                         concurrent=frozenset({DELETED_REF, NOT_ABSENT}))


def absentees_of(entry_ids: list[str]) -> dict[str, list[Absentee]]:
    """entry id → the absentees its make-up session is for (with a make-up since, if any),
    in meeting order."""
    if not entry_ids:
        return {}
    rows = list(PlanAbsentee.select(PlanAbsentee.plan_entry, MeetingAttendee.id, Meeting.id,
                                    Member.id, Member.name, Meeting.kind, Meeting.held_on)
                .join(MeetingAttendee).join(Meeting)
                .switch(MeetingAttendee).join(Member)
                .where(PlanAbsentee.plan_entry.in_(entry_ids), ~PlanAbsentee.deleted)
                .order_by(Meeting.held_on, Member.name_pinyin).tuples())
    done: dict[tuple[str, str], dt.date] = {}
    if rows:
        for meeting_id, member_id, day in (
                MakeUp.select(MakeUp.meeting, MakeUp.member, MakeUp.made_up_on)
                .where(~MakeUp.deleted, MakeUp.meeting.in_(sorted({r[2] for r in rows})),
                       MakeUp.member.in_(sorted({r[3] for r in rows}))).tuples()):
            key = (meeting_id, member_id)
            done[key] = min(day, done.get(key, day))
    out: dict[str, list[Absentee]] = {}
    for entry_id, attendee_id, meeting_id, member_id, name, kind, held in rows:
        out.setdefault(entry_id, []).append(Absentee(
            attendee_id, member_id, name, kind, held, done.get((meeting_id, member_id))))
    return out


def owed_at(area_id: str, month: dt.date, *, today: dt.date | None = None) -> list[Owed]:
    """The make-ups owed (db.meetings.owed, last OWED_MONTHS) by members assigned to the area
    in `month`: what a make-up session there can be for."""
    members = _assigned(area_id, month.replace(day=1))
    return owed_make_ups(today or clock.today(), sorted(members)) if members else []
