"""What a field packet (走访准备单) holds for one work area: facts, never private content.

The area and how to get there, its last visits (non-private summaries only), the members who
work there with the last time a visit talked to them, its open concerns with days open, and the
purpose from the plan. Phone numbers are read only when asked for.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from db import clock, records
from db.assignments import in_force
from db.choices import CLOSED_STATUSES
from db.meetings.contact import last_contacts
from db.meetings.owed import Owed, owed_make_ups
from db.models import Assignment, Concern, Member, Visit, VisitPerson, WorkArea
from db.plans.states import EntryView

RECENT = 3


@dataclass(frozen=True)
class PacketVisit:
    day: dt.date
    kind: str
    people: list[str]
    summary: str  # "" for a private visit: its content never leaves the database here
    private: bool


@dataclass(frozen=True)
class PacketMember:
    member_id: str
    name: str
    job_post: str
    is_cadre: bool
    last_talked: dt.date | None
    phone: str = ""
    last_contact: dt.date | None = None  # meeting attended, make-up or talked to on a visit
    owed: tuple[Owed, ...] = ()  # make-ups owed (db.meetings.owed), oldest meeting first


@dataclass(frozen=True)
class PacketConcern:
    raised_on: dt.date
    days_open: int
    raised_by: str
    category: str
    description: str
    owner: str
    due_on: dt.date
    overdue: bool


@dataclass
class Packet:
    area_id: str
    name: str
    tier: int
    code: str
    line_section: str
    location: str
    distance_km: float | None
    travel_minutes: int | None
    headcount: int
    as_of: dt.date
    last_visit: dt.date | None
    visits: list[PacketVisit] = field(default_factory=list)
    members: list[PacketMember] = field(default_factory=list)
    concerns: list[PacketConcern] = field(default_factory=list)
    entry: EntryView | None = None
    follow_up: str = ""  # the description of the concern the entry follows up
    position: str = ""  # 里程 on the line, when recorded

    @property
    def days_since(self) -> int | None:
        return (self.as_of - self.last_visit).days if self.last_visit else None


def _visits(area_id: str, recent: int) -> list[PacketVisit]:
    rows = list(Visit.select(Visit.id, Visit.visited_on, Visit.kind, Visit.private, Visit.summary)
                .where(Visit.work_area == area_id, ~Visit.deleted)
                .order_by(Visit.visited_on.desc(), Visit.seq.desc()).limit(recent))
    people: dict[str, list[str]] = {}
    for visit_id, name in (VisitPerson.select(VisitPerson.visit, Member.name).join(Member)
                           .where(VisitPerson.visit.in_([v.id for v in rows]),
                                  VisitPerson.role == "participant", ~VisitPerson.deleted)
                           .order_by(Member.name_pinyin).tuples()):
        people.setdefault(visit_id, []).append(name)
    return [PacketVisit(v.visited_on, v.kind, people.get(v.id, []),
                        "" if v.private else v.summary, v.private) for v in rows]


def _members(area_id: str, on: dt.date, with_phones: bool) -> list[PacketMember]:
    last = (Visit.select(pw.fn.MAX(Visit.visited_on)).join(VisitPerson)
            .where(VisitPerson.member == Member.id, VisitPerson.role == "talked",
                   ~VisitPerson.deleted, ~Visit.deleted))
    query = (Member.select(Member.id, Member.name, Member.job_post, Member.is_cadre,
                           Member.phone, last.alias("last_talked"))
             .join(Assignment, on=Assignment.member == Member.id)
             .where(Assignment.work_area == area_id, in_force(Assignment, on), ~Member.deleted,
                    Member.status == "active")
             .order_by(Member.name_pinyin).tuples())
    rows = list(query)
    ids = [r[0] for r in rows]
    contact = last_contacts(on, ids)
    owed: dict[str, list[Owed]] = {}
    for row in owed_make_ups(on, ids):
        owed.setdefault(row.member_id, []).append(row)
    out = []
    for member_id, name, post, cadre, phone, talked in rows:
        day = dt.date.fromisoformat(str(talked)[:10]) if talked else None
        out.append(PacketMember(member_id, name, post, bool(cadre), day,
                                phone if with_phones else "", contact.get(member_id),
                                tuple(owed.get(member_id, ()))))
    return out


def _concerns(area_id: str, on: dt.date) -> list[PacketConcern]:
    raiser = Member.alias()
    query = (Concern.select(Concern, Member.name.alias("owner_name"),
                            raiser.name.alias("raiser_name"))
             .join(Member, on=Concern.owner == Member.id)
             .switch(Concern).join(raiser, pw.JOIN.LEFT_OUTER, on=Concern.raised_by == raiser.id)
             .where(Concern.work_area == area_id, ~Concern.deleted,
                    Concern.status.not_in(sorted(CLOSED_STATUSES)))
             .order_by(Concern.raised_on, Concern.id).objects())
    return [PacketConcern(c.raised_on, max(0, (on - c.raised_on).days),
                          c.raiser_name or c.raised_by_name, c.category, c.description,
                          c.owner_name, c.due_on, c.due_on < on) for c in query]


def area_packet(area_id: str, *, entry: EntryView | None = None, with_phones: bool = False,
                today: dt.date | None = None, recent: int = RECENT) -> Packet:
    on = today or clock.today()
    area = records.get_row(WorkArea, area_id)
    visits = _visits(area_id, recent)
    concern = (Concern.get_or_none(Concern.id == entry.concern_id)
               if entry is not None and entry.concern_id else None)
    return Packet(area.id, area.name, area.access_tier, area.code, area.line_section,
                  area.location, area.distance_km, area.travel_minutes, area.headcount, on,
                  visits[0].day if visits else None, visits, _members(area_id, on, with_phones),
                  _concerns(area_id, on), entry, concern.description if concern else "",
                  area.position)


def find_area(name: str) -> WorkArea | None:
    """A live work area by its exact name (as the command line names it)."""
    return WorkArea.get_or_none((WorkArea.name == name.strip()) & ~WorkArea.deleted)


def find_cadre(name: str) -> list[Member]:
    """Live cadres with exactly this name (more than one: the caller says it is ambiguous)."""
    return list(Member.select().where(Member.name == name.strip(), ~Member.deleted,
                                      Member.is_cadre))
