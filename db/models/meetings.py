"""Organisation life (三会一课): meetings, their attendance, make-ups, committee seats and local
quota rules."""
from __future__ import annotations

import peewee as pw

from db.models.base import SyncModel
from db.models.entities import Branch, Member, PlanEntry


class Meeting(SyncModel):
    """组织生活: a meeting of a branch (or, with no branch, of the general branch itself).

    `source` is "import" for a row that came from a spreadsheet (entered late on purpose, so the
    late-entry signal leaves it alone); "" for one typed in.
    """

    # No index of its own: (branch, held_on) below serves the branch; nothing looks meetings up
    # by chair or recorder (migration step 12).
    branch = pw.ForeignKeyField(Branch, null=True, backref="meetings", on_delete="RESTRICT",
                                index=False)
    kind = pw.CharField()
    held_on = pw.DateField(index=True)
    start_time = pw.CharField(default="")
    place = pw.CharField(default="")
    topics = pw.TextField(default="")
    chair = pw.ForeignKeyField(Member, null=True, backref="meetings_chaired",
                               on_delete="RESTRICT", index=False)
    recorder = pw.ForeignKeyField(Member, null=True, backref="meetings_recorded",
                                  on_delete="RESTRICT", index=False)
    lecturer = pw.CharField(default="")
    lecture_title = pw.CharField(default="")
    guests = pw.TextField(default="")
    minutes = pw.TextField(default="")
    decisions = pw.TextField(default="")
    votes_for = pw.IntegerField(null=True)
    votes_against = pw.IntegerField(null=True)
    votes_abstain = pw.IntegerField(null=True)
    source = pw.CharField(default="")

    class Meta:
        indexes = ((("branch", "held_on"), False),)


class MeetingAttendee(SyncModel):
    """One expected person at a meeting: present, or absent with a reason. The id is derived from
    (meeting, member), so the same person marked on two devices is one row."""

    meeting = pw.ForeignKeyField(Meeting, backref="attendees", on_delete="RESTRICT", index=False)
    member = pw.ForeignKeyField(Member, backref="meeting_links", on_delete="RESTRICT")
    present = pw.BooleanField(default=True)
    absence_reason = pw.CharField(null=True)

    class Meta:
        # Covers the figures' per-meeting counts and present lists without reading the rows.
        indexes = ((("meeting", "deleted", "present", "member"), False),)


class MakeUp(SyncModel):
    """补课: an absentee catches up on a meeting: when, how, with whom."""

    meeting = pw.ForeignKeyField(Meeting, backref="make_ups", on_delete="RESTRICT")
    member = pw.ForeignKeyField(Member, backref="make_ups", on_delete="RESTRICT")
    made_up_on = pw.DateField()
    how = pw.CharField(default="")
    by = pw.ForeignKeyField(Member, null=True, backref="make_ups_given", on_delete="RESTRICT",
                            index=False)  # nothing looks make-ups up by who gave them


class CommitteeMember(SyncModel):
    """A seat on a branch committee (支委) — or, with no branch, on the general committee."""

    branch = pw.ForeignKeyField(Branch, null=True, backref="committee", on_delete="RESTRICT")
    member = pw.ForeignKeyField(Member, backref="committee_seats", on_delete="RESTRICT")
    role = pw.CharField(default="")
    start_on = pw.DateField()
    end_on = pw.DateField(null=True)


class MeetingQuota(SyncModel):
    """A local rule replacing a kind's default quota: `count` meetings per `per` (month, quarter,
    year); count 0 means none required."""

    kind = pw.CharField()
    per = pw.CharField(default="month")
    count = pw.IntegerField(default=1)


class PlanAbsentee(SyncModel):
    """A make-up session in the visit plan is for this absence: the plan entry (purpose
    "makeup") and an attendance row marked absent. The id is derived from (entry, attendee),
    so the same choice made on two devices is one row."""

    plan_entry = pw.ForeignKeyField(PlanEntry, backref="absentees", on_delete="RESTRICT")
    attendee = pw.ForeignKeyField(MeetingAttendee, backref="plan_links", on_delete="RESTRICT")
