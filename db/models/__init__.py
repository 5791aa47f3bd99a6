"""The branch's tables (peewee). Every table of the branch's data carries sync identity.

Identity fields (see DESIGN.md → Records): `id` a UUID minted where the row is created, `created_at`
and `modified_at` in UTC (like every date-time column: UtcDateTimeField), `modified_by` the device
id, `rev` a CouchDB-style revision ("generation-hash") with `rev_history` (earlier revisions, newest
first) for merging, `seq` a local change counter for incremental export, and `deleted` a
tombstone: deletion hides, never erases.
"""
from __future__ import annotations

from db.models.base import (
    BaseModel,
    DatabaseFact,
    SyncModel,
    UtcDateTimeField,
    database,
    derived_id,
    new_id,
    new_ids,
)
from db.models.entities import (
    Assignment,
    Branch,
    Concern,
    ConcernEvent,
    Member,
    Organisation,
    PlanEntry,
    Responsibility,
    Visit,
    VisitPerson,
    WorkArea,
)
from db.models.local import AuditEntry, ExchangeLog, SyncConflict, SyncPeer
from db.models.meetings import (
    CommitteeMember,
    MakeUp,
    Meeting,
    MeetingAttendee,
    MeetingQuota,
    PlanAbsentee,
)

SYNC_MODELS: tuple[type[SyncModel], ...] = (
    Organisation, Branch, WorkArea, Member, Assignment, Responsibility,
    Visit, VisitPerson, Concern, ConcernEvent, PlanEntry,
    Meeting, MeetingAttendee, MakeUp, CommitteeMember, MeetingQuota, PlanAbsentee,
)
ALL_MODELS: tuple[type[BaseModel], ...] = (
    DatabaseFact, *SYNC_MODELS, AuditEntry, SyncPeer, SyncConflict, ExchangeLog,
)

__all__ = [
    "database", "derived_id", "new_id", "new_ids", "UtcDateTimeField", "BaseModel", "DatabaseFact",
    "SyncModel",
    "Organisation", "Branch", "WorkArea", "Member", "Assignment", "Responsibility", "Visit",
    "VisitPerson", "Concern", "ConcernEvent", "PlanEntry", "AuditEntry", "SyncPeer",
    "SyncConflict", "ExchangeLog", "Meeting", "MeetingAttendee", "MakeUp", "CommitteeMember",
    "MeetingQuota", "PlanAbsentee", "SYNC_MODELS", "ALL_MODELS",
]
