"""The branch's synced records: the organisation, branches, work areas, members, their
assignments and 包保, visits, concerns, and the visit plan."""
from __future__ import annotations

import peewee as pw

from db.models.base import SyncModel, UtcDateTimeField


class Organisation(SyncModel):
    """The general branch itself: names for the report and the policy thresholds."""

    name = pw.CharField(default="")
    depot = pw.CharField(default="")
    secretary = pw.CharField(default="")
    signature_lines = pw.TextField(default="")
    visits_per_month = pw.IntegerField(default=1)
    overdue_days = pw.IntegerField(default=45)
    concern_due_days = pw.IntegerField(default=15)
    tier1_weight = pw.FloatField(default=1.0)
    tier2_weight = pw.FloatField(default=1.5)
    tier3_weight = pw.FloatField(default=2.5)


class Branch(SyncModel):
    name = pw.CharField()
    # The branch secretary, a Member (defined below; members belong to branches). Named by its
    # column so records and packages keep the field name; read as the id (lazy_load off). The
    # constraint is checked at commit: a package may bring a branch and its secretary together.
    secretary_id = pw.DeferredForeignKey(
        "Member", null=True, column_name="secretary_id", object_id_name="secretary_member_id",
        lazy_load=False, index=False, on_delete="RESTRICT", deferrable="INITIALLY DEFERRED")
    notes = pw.TextField(default="")
    # Its members work shifts (倒班), so the same people at every meeting is unlikely. Kept last:
    # migration step 8 adds the column at the end of the table.
    shift_work = pw.BooleanField(default=True, constraints=[pw.SQL("DEFAULT 1")])


class WorkArea(SyncModel):
    name = pw.CharField()  # unique among live areas: the partial index below
    code = pw.CharField(default="")
    line_section = pw.CharField(default="")
    location = pw.CharField(default="")
    distance_km = pw.FloatField(null=True)
    travel_minutes = pw.IntegerField(null=True)
    access_tier = pw.IntegerField(default=2)
    headcount = pw.IntegerField(default=0)
    visit_target = pw.IntegerField(null=True)
    active = pw.BooleanField(default=True)
    notes = pw.TextField(default="")
    # The day the area was closed (停用). NULL on an inactive area: inactive since before any
    # record. Kept last: migration step 4 adds the column at the end of the table.
    deactivated_on = pw.DateField(null=True)
    # The day the area came into use (启用日期). NULL: in use since before any record. Stated by
    # the user, never inferred from the day the record was typed in (migration step 6).
    in_use_since = pw.DateField(null=True)
    # Its place on the line (中心里程 K1845+240, or a stretch K1845+240–K1852+100), for the line
    # diagram; "" when not known. Added by migration step 7, at the end of the table.
    position = pw.CharField(default="", constraints=[pw.SQL("DEFAULT ''")])
    # The name's pinyin, full and initials, as a member's (every reading, the likely one first):
    # set from the name on each save (db.workareas), added by migration step 11.
    name_pinyin = pw.CharField(default="", constraints=[pw.SQL("DEFAULT ''")])
    name_initials = pw.CharField(default="", constraints=[pw.SQL("DEFAULT ''")])


class Member(SyncModel):
    name = pw.CharField(index=True)
    name_pinyin = pw.CharField(default="")
    name_initials = pw.CharField(default="")  # searched with LIKE: no index serves it
    gender = pw.CharField(max_length=1, default="")
    birth_date = pw.DateField(null=True)
    ethnicity = pw.CharField(default="")
    education = pw.CharField(default="")
    joined_on = pw.DateField(null=True)
    full_member_on = pw.DateField(null=True)
    category = pw.CharField(default="full")
    job_post = pw.CharField(default="")
    party_post = pw.CharField(default="")
    is_cadre = pw.BooleanField(default=False)
    branch = pw.ForeignKeyField(Branch, null=True, backref="members", on_delete="RESTRICT")
    phone = pw.CharField(default="")
    status = pw.CharField(default="active")
    status_on = pw.DateField(null=True)
    notes = pw.TextField(default="")
    # The date fields known only to the month (出生年月 1987.11), comma-separated field names
    # ("birth_date,joined_on"); their stored day is the month's first (migration step 6).
    month_precision = pw.CharField(null=True, default="")


# SQLite takes a reference to a table made later, so the branch table can state its constraint.
Branch.secretary_id.deferred = False


class Assignment(SyncModel):
    """A member works in a work area from `start_on` to `end_on` (open end = current)."""

    member = pw.ForeignKeyField(Member, backref="assignments", on_delete="RESTRICT")
    work_area = pw.ForeignKeyField(WorkArea, backref="assignments", on_delete="RESTRICT")
    start_on = pw.DateField()
    end_on = pw.DateField(null=True)


class Responsibility(SyncModel):
    """包保: a cadre answers for a work area from `start_on` to `end_on`."""

    member = pw.ForeignKeyField(Member, backref="responsibilities", on_delete="RESTRICT")
    work_area = pw.ForeignKeyField(WorkArea, backref="responsibilities", on_delete="RESTRICT")
    start_on = pw.DateField()
    end_on = pw.DateField(null=True)


class Visit(SyncModel):
    visited_on = pw.DateField(index=True)
    # Indexed by (work_area, visited_on), which serves a lookup by area alone too.
    work_area = pw.ForeignKeyField(WorkArea, backref="visits", on_delete="RESTRICT", index=False)
    kind = pw.CharField(default="work_along")
    hours = pw.FloatField(default=0)
    workers_met = pw.IntegerField(default=0)
    summary = pw.TextField(default="")
    private = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("work_area", "visited_on"), False),)

    def private_fields(self) -> tuple[str, ...]:
        return ("summary",) if self.private else ()


class VisitPerson(SyncModel):
    """A person on a visit: a participating cadre ("participant") or a member talked to ("talked").

    The id is derived from (visit, member, role), so the same link made on two devices is one row;
    the unique index (visit, role, member) says so and serves the links of a visit by role.
    """

    visit = pw.ForeignKeyField(Visit, backref="people", on_delete="RESTRICT", index=False)
    member = pw.ForeignKeyField(Member, backref="visit_links", on_delete="RESTRICT", index=False)
    role = pw.CharField(default="participant")

    class Meta:
        indexes = ((("visit", "role", "member"), True), (("member", "role"), False))


class Concern(SyncModel):
    raised_on = pw.DateField(index=True)
    # work_area and owner are indexed with status (below), which serves them alone too.
    work_area = pw.ForeignKeyField(WorkArea, backref="concerns", on_delete="RESTRICT",
                                   index=False)
    raised_by = pw.ForeignKeyField(Member, null=True, backref="concerns_raised",
                                   on_delete="RESTRICT")
    raised_by_name = pw.CharField(default="")
    visit = pw.ForeignKeyField(Visit, null=True, backref="concerns", on_delete="RESTRICT")
    category = pw.CharField(default="other")
    description = pw.TextField()
    owner = pw.ForeignKeyField(Member, backref="concerns_owned", on_delete="RESTRICT",
                               index=False)
    due_on = pw.DateField()
    status = pw.CharField(default="open", index=True)
    response = pw.TextField(default="")
    feedback_on = pw.DateField(null=True)
    closed_on = pw.DateField(null=True)
    satisfaction = pw.CharField(null=True)


# Indexes SQL cannot say in a field: names kept from the migration step that made them.
WorkArea.add_index(WorkArea.index(WorkArea.name, unique=True, where=WorkArea.deleted == False,  # noqa: E712
                                  name="work_area_name_live"))
Concern.add_index(Concern.index(Concern.work_area, Concern.status, name="concern_work_area_status"))
Concern.add_index(Concern.index(Concern.owner, Concern.status, name="concern_owner_status"))


class ConcernEvent(SyncModel):
    """One step in a concern's history: who, when, from which status to which, and what was said."""

    concern = pw.ForeignKeyField(Concern, backref="events", on_delete="RESTRICT")
    at = UtcDateTimeField()
    device = pw.CharField(default="")
    actor = pw.CharField(default="")
    action = pw.CharField()
    from_status = pw.CharField(null=True)
    to_status = pw.CharField(null=True)
    text = pw.TextField(default="")


class PlanEntry(SyncModel):
    """走访计划: a cadre is to visit a work area in a week of a month, for a purpose.

    `month` is the month's first day; `week` is 1..5 (days 1-7, 8-14, 15-21, 22-28, 29-end);
    `planned_on` an optional day within that week. Whether it was done, is open or late is not
    stored: it follows from the visits (db.plans.states). Only dropping is a decision kept here.
    """

    month = pw.DateField(index=True)
    cadre = pw.ForeignKeyField(Member, backref="plan_entries", on_delete="RESTRICT")
    work_area = pw.ForeignKeyField(WorkArea, backref="plan_entries", on_delete="RESTRICT")
    week = pw.IntegerField()
    planned_on = pw.DateField(null=True)
    purpose = pw.CharField(default="routine")
    concern = pw.ForeignKeyField(Concern, null=True, backref="plan_entries", on_delete="RESTRICT")
    note = pw.TextField(default="")
    dropped = pw.BooleanField(default=False)
    dropped_reason = pw.TextField(default="")


