"""From a done make-up session to the make-ups (补课) themselves.

Once the visit that answers a make-up session is recorded, each absentee the session was for
who has not made that meeting up yet gets a make-up on the visit's day, given by the entry's
cadre: written through db.meetings' make-up Kind, all of them or none.
"""
from __future__ import annotations

import datetime as dt

from db import records
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.meetings.makeups import KIND as MAKE_UP_KIND
from db.models import MakeUp, MeetingAttendee, PlanEntry, database
from db.plans.states import EntryView, month_plan

NOT_DONE = QT_TRANSLATE_NOOP(
    "db", "The visit of this make-up session is not recorded yet; record it first.")


def entry_view(entry_id: str, today: dt.date | None = None) -> EntryView:
    row = records.get_row(PlanEntry, entry_id)
    return next(e for e in month_plan(row.month, today=today).entries if e.id == entry_id)


def pending_make_ups(entry: EntryView) -> list:
    """The absentees of a done session with no make-up of their meeting yet."""
    return [a for a in entry.absentees if a.made_up_on is None]


def record_make_ups(entry_id: str, *, how: str = "") -> list[MakeUp]:
    """The make-ups of the done session `entry_id` (see the module). Refused (nothing written)
    while its visit is not recorded; [] when every absentee has made the meeting up."""
    with database.atomic():
        entry = entry_view(entry_id)
        if entry.state != "done" or entry.visit_date is None:
            raise BranchDeskError(NOT_DONE)
        meetings = dict(MeetingAttendee.select(MeetingAttendee.id, MeetingAttendee.meeting)
                        .where(MeetingAttendee.id.in_([a.attendee_id for a in entry.absentees]))
                        .tuples())
        return [records.create(MAKE_UP_KIND, {
            "meeting": meetings[a.attendee_id], "member": a.member_id,
            "made_up_on": entry.visit_date, "how": how, "by": entry.cadre_id})
            for a in pending_make_ups(entry)]
