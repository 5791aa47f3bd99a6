"""The branch's tables (peewee). Every table of the branch's data carries sync identity.

Identity fields (see DESIGN.md → Records): `id` a UUID minted where the row is created, `created_at`
and `modified_at` in UTC, `modified_by` the device id, `rev` a CouchDB-style revision
("generation-hash") with `rev_history` (earlier revisions, newest first) for merging, `seq` a local
change counter for incremental export, and `deleted` a tombstone: deletion hides, never erases.
"""
from __future__ import annotations

import uuid

import peewee as pw

database = pw.DatabaseProxy()


def new_id() -> str:
    return str(uuid.uuid4())


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Meta(BaseModel):
    """Key/value facts about this database file (organisation id, change counter ...)."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class SyncModel(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    created_at = pw.DateTimeField()
    modified_at = pw.DateTimeField()
    modified_by = pw.CharField(max_length=64)
    rev = pw.CharField(max_length=64)
    rev_history = pw.TextField(default="[]")
    seq = pw.IntegerField(index=True)
    deleted = pw.BooleanField(default=False, index=True)

    # Field names that are bookkeeping, not the record's content.
    IDENTITY_FIELDS = (
        "id", "created_at", "modified_at", "modified_by", "rev", "rev_history", "seq",
    )

    @classmethod
    def content_fields(cls) -> list[str]:
        return [n for n in cls._meta.sorted_field_names if n not in cls.IDENTITY_FIELDS]


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
    # The branch secretary is a Member; kept as an id (validated) to avoid a circular foreign key.
    secretary_id = pw.CharField(max_length=36, null=True)
    notes = pw.TextField(default="")


class WorkArea(SyncModel):
    name = pw.CharField(index=True)
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


class Member(SyncModel):
    name = pw.CharField(index=True)
    name_pinyin = pw.CharField(default="")
    name_initials = pw.CharField(default="", index=True)
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
    work_area = pw.ForeignKeyField(WorkArea, backref="visits", on_delete="RESTRICT")
    kind = pw.CharField(default="work_along")
    hours = pw.FloatField(default=0)
    workers_met = pw.IntegerField(default=0)
    summary = pw.TextField(default="")
    private = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("work_area", "visited_on"), False),)


class VisitPerson(SyncModel):
    """A person on a visit: a participating cadre ("participant") or a member talked to ("talked").

    The id is derived from (visit, member, role), so the same link made on two devices is one row.
    """

    visit = pw.ForeignKeyField(Visit, backref="people", on_delete="RESTRICT")
    member = pw.ForeignKeyField(Member, backref="visit_links", on_delete="RESTRICT")
    role = pw.CharField(default="participant")

    class Meta:
        indexes = ((("member", "role"), False),)


class Concern(SyncModel):
    raised_on = pw.DateField(index=True)
    work_area = pw.ForeignKeyField(WorkArea, backref="concerns", on_delete="RESTRICT")
    raised_by = pw.ForeignKeyField(Member, null=True, backref="concerns_raised",
                                   on_delete="RESTRICT")
    raised_by_name = pw.CharField(default="")
    visit = pw.ForeignKeyField(Visit, null=True, backref="concerns", on_delete="RESTRICT")
    category = pw.CharField(default="other")
    description = pw.TextField()
    owner = pw.ForeignKeyField(Member, backref="concerns_owned", on_delete="RESTRICT")
    due_on = pw.DateField()
    status = pw.CharField(default="open", index=True)
    response = pw.TextField(default="")
    feedback_on = pw.DateField(null=True)
    closed_on = pw.DateField(null=True)
    satisfaction = pw.CharField(null=True)


class ConcernEvent(SyncModel):
    """One step in a concern's history: who, when, from which status to which, and what was said."""

    concern = pw.ForeignKeyField(Concern, backref="events", on_delete="RESTRICT")
    at = pw.DateTimeField()
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


class AuditEntry(BaseModel):
    """A local, append-only log of every change made through the record layer."""

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    at = pw.DateTimeField(index=True)
    device = pw.CharField()
    table_name = pw.CharField()
    row_id = pw.CharField(max_length=36, index=True)
    action = pw.CharField()
    changes = pw.TextField(default="{}")


class SyncPeer(BaseModel):
    """What this database knows about another device it exchanges packages with (local, not synced).

    `acked_seq`: the highest of *our* change numbers the peer has confirmed holding (it tells us in
    the manifest of its own packages), so `sync export --for PEER` sends only what lies beyond.
    `received_seq`: the highest of the *peer's* change numbers we have imported, told back to it.
    """

    device_id = pw.CharField(primary_key=True, max_length=64)
    name = pw.CharField(default="")
    acked_seq = pw.IntegerField(default=0)
    received_seq = pw.IntegerField(default=0)
    last_exchange_at = pw.DateTimeField(null=True)


class SyncConflict(BaseModel):
    """A competing version of a synced row that is not the one shown (CouchDB's `_conflicts`).

    The table holds the interim winner; each other head of the row's revision tree is kept here,
    whole, until someone resolves it (or a package brings a revision that descends from both).
    Open conflicts travel in packages too (`seq`), so every device lists the same ones.
    """

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    table_name = pw.CharField()
    row_id = pw.CharField(max_length=36)
    rev = pw.CharField(max_length=64)
    data = pw.TextField()  # the version's columns as JSON (identity included, seq excluded)
    detected_at = pw.DateTimeField()
    seq = pw.IntegerField(index=True)
    resolved_at = pw.DateTimeField(null=True)
    resolution = pw.CharField(default="")

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


class ExchangeLog(BaseModel):
    """One package exported or imported: with whom, when, and what it carried (local)."""

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    at = pw.DateTimeField(index=True)
    direction = pw.CharField()  # "export" or "import"
    device_id = pw.CharField(max_length=64, index=True)
    device_name = pw.CharField(default="")
    file_name = pw.CharField(default="")
    counts = pw.TextField(default="{}")
    # Local change numbers given to the rows this import wrote: the peer already holds those
    # revisions, so an export for it skips them while they are unchanged.
    seq_from = pw.IntegerField(null=True)
    seq_to = pw.IntegerField(null=True)


SYNC_MODELS: tuple[type[SyncModel], ...] = (
    Organisation, Branch, WorkArea, Member, Assignment, Responsibility,
    Visit, VisitPerson, Concern, ConcernEvent, PlanEntry,
)
ALL_MODELS: tuple[type[BaseModel], ...] = (
    Meta, *SYNC_MODELS, AuditEntry, SyncPeer, SyncConflict, ExchangeLog,
)
