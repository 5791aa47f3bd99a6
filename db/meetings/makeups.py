"""补课: an absentee catches up on a meeting he missed — when, how and with whom."""
from __future__ import annotations

from db import records
from db.i18n import QT_TRANSLATE_NOOP
from db.models import MakeUp, Meeting, MeetingAttendee, Member
from db.validate import DELETED_REF, Checker

BEFORE_MEETING = QT_TRANSLATE_NOOP("db", "The make-up ({day}) is before the meeting ({held}).")
NOT_ABSENT = QT_TRANSLATE_NOOP("db", "{name} was not absent from this meeting.")


def _check(data: dict, current) -> dict:
    c = Checker(data)
    meeting = c.ref("meeting", Meeting)
    member = c.ref("member", Member)
    day = c.date("made_up_on", required=True, not_future=True)
    c.text("how", max_len=200)
    c.ref("by", Member, required=False)
    if meeting is not None and day is not None and day < meeting.held_on:
        c.fail("made_up_on", BEFORE_MEETING, day=day.isoformat(),
               held=meeting.held_on.isoformat())
    if meeting is not None and member is not None:
        absent = (MeetingAttendee.select()
                  .where(MeetingAttendee.meeting == meeting.id,
                         MeetingAttendee.member == member.id, ~MeetingAttendee.deleted,
                         ~MeetingAttendee.present).exists())
        if not absent:
            c.fail("member", NOT_ABSENT, name=member.name)
    return c.done()


# records.create/edit/delete(KIND, data): meeting, member (an absentee of it), made_up_on,
# how, by (a member, optional).
# Another machine may have marked the person present, or moved the meeting, meanwhile: a make-up
# arriving in a package is not refused for that (a local one is).
KIND = records.Kind(MakeUp, _check,
                    concurrent=frozenset({DELETED_REF, NOT_ABSENT, BEFORE_MEETING}))


def make_ups_of(meeting_id: str) -> list[MakeUp]:
    return list(MakeUp.select().where(MakeUp.meeting == meeting_id, ~MakeUp.deleted)
                .order_by(MakeUp.made_up_on))
