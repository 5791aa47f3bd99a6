"""One row of one kind: its cells → the entity's data, how it matches a record, how it is written.

Every write goes through the entity modules (create_*/update_*, or the Kind's validation and
db.records), so an import is validated and audited like a change made by hand. A row that
carries its record's identity (the ID column the export writes) is matched by it; a row without
one by the natural key of its kind. A new sheet kind is a declaration in db.spreadsheet.layout
plus a Handler here (or in its own module), registered in `handlers()`.
"""
from __future__ import annotations

import datetime as dt

from db import assignments, branches, concerns, plans, records, visits, workareas
from db.choices import PRIVATE_BY_DEFAULT_KINDS
from db.dates import DateParseError, parse_date
from db.models import (
    Branch,
    Concern,
    ConcernEvent,
    Member,
    PlanEntry,
    SyncModel,
    Visit,
    WorkArea,
    new_id,
)
from db.spreadsheet.handler import ByDay, Found, FoundHandler, Handler, is_day
from db.spreadsheet.life_sheets import MakeUps, Seats
from db.spreadsheet.meetings_sheet import Meetings
from db.spreadsheet.members_sheet import Members
from db.spreadsheet.resolve import Resolver
from db.validate import fetch_row
from db.visit_queries import DayVisit, visits_on


class WorkAreas(Handler):
    kind = workareas.KIND
    made_by_name = True

    def key(self, data: dict) -> str | None:
        return data.get("name") or None

    def find(self, data: dict, resolver: Resolver) -> WorkArea | None:
        return WorkArea.get_or_none(WorkArea.name == data["name"], ~WorkArea.deleted)


class Branches(Handler):
    kind = branches.KIND
    made_by_name = True

    def key(self, data: dict) -> str | None:
        return data.get("name") or None

    def find(self, data: dict, resolver: Resolver) -> Branch | None:
        return Branch.get_or_none(Branch.name == data["name"], ~Branch.deleted)


class Periods(Handler):
    """工区分配 and 包保: a member, a work area and a period."""

    def __init__(self, kind: records.Kind) -> None:
        self.kind = kind
        self.names: dict[str, str] | None = None  # member id → name, read once

    def key(self, data: dict) -> tuple | None:
        parts = (data.get("member"), data.get("work_area"), data.get("start_on"))
        return parts if all(parts) else None

    def find(self, data: dict, resolver: Resolver) -> SyncModel | None:
        model = self.kind.model
        if not is_day(data["start_on"]):
            return None
        return model.get_or_none(model.member == data["member"], ~model.deleted,
                                 model.work_area == data["work_area"],
                                 model.start_on == data["start_on"])

    def label(self, data: dict) -> str:
        if self.names is None:
            self.names = dict(Member.select(Member.id, Member.name).tuples())
        return self.names.get(data.get("member") or "", "")


class Visits(Handler):
    """Without an identity, a visit is the same only if everything about it is: two visits by
    one cadre to one area on one day (morning and afternoon) are two records."""

    kind = visits.KIND

    def __init__(self) -> None:
        self.people: dict | None = None
        self.pending: list[tuple[dict, list[str], list[str]]] = []
        self.days: ByDay[DayVisit] = ByDay(visits_on, "visited_on")

    def key(self, data: dict) -> tuple | None:
        if not (data.get("visited_on") and data.get("work_area")):
            return None
        return (data["visited_on"], data["work_area"], data.get("kind", "work_along"),
                frozenset(data.get("participants", ())), str(data.get("hours", "")),
                data.get("summary", ""))

    def find(self, data: dict, resolver: Resolver) -> Visit | None:
        key = self.key(data)
        assert key is not None  # find() is asked only for a row with a natural key
        date, area, kind, people, hours, summary = key
        if not is_day(date):
            return None
        for visit in self.days[date]:
            if (visit.work_area == area and visit.kind == kind
                    and (not hours or _number(hours) == visit.hours)
                    and (not summary or summary == visit.summary)
                    and visit.participants == people):
                return fetch_row(Visit, visit.id)
        return None

    def label(self, data: dict) -> str:
        return str(data.get("visited_on", ""))

    def check(self, data: dict) -> None:
        visits.validate_fields(_visit_defaults(data))  # its people may be new in this file

    def create(self, data: dict, resolver: Resolver, row_id: str | None = None) -> None:
        """Validated now (its problems belong to its row), written in a batch by flush()."""
        if self.people is None:
            self.people = visits.people_index()
        ((clean, participants, talked_to),) = visits.validate_new_visits(
            [_visit_defaults(data)], self.people)
        self.pending.append(({**clean, "id": row_id or new_id()}, participants, talked_to))

    def flush(self) -> None:
        visits.insert_visits(self.pending)
        self.pending, self.people = [], None

    def update(self, row: SyncModel, data: dict, resolver: Resolver) -> Visit:
        return self.days.edit(visits.KIND, row, data)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _visit_defaults(data: dict) -> dict:
    if "private" not in data:
        data = {**data, "private": data.get("kind") in PRIVATE_BY_DEFAULT_KINDS}
    return data


class Concerns(Handler):
    kind = concerns.KIND

    def __init__(self) -> None:
        self.pending: list[dict] = []
        self.days: ByDay[tuple] = ByDay(concerns.raised_on, "raised_on")

    def key(self, data: dict) -> tuple | None:
        parts = (data.get("raised_on"), data.get("work_area"), data.get("description"))
        if not all(parts):
            return None
        return (*parts, data.get("raised_by") or data.get("raised_by_name", ""))

    def find(self, data: dict, resolver: Resolver) -> Concern | None:
        day = data["raised_on"]
        if not is_day(day):
            return None
        key = self.key(data)
        assert key is not None  # find() is asked only for a row with a natural key
        raiser = key[3]
        for concern, area, description, member, name in self.days[day]:
            if (area == data["work_area"] and description == data["description"]
                    and (not raiser or raiser in (member, name))):
                return fetch_row(Concern, concern)
        return None

    def label(self, data: dict) -> str:
        return str(data.get("description", ""))[:30]

    def create(self, data: dict, resolver: Resolver, row_id: str | None = None) -> None:
        """A concern arrives in whatever state the sheet records (a log kept before the app);
        validated now, written with its 'created' event in a batch by flush()."""
        self.pending.append({**concerns.validate_fields(dict(data)), "id": row_id or new_id()})

    def flush(self) -> None:
        records.insert_many(Concern, self.pending)
        records.insert_many(ConcernEvent, [concerns.created_event(row) for row in self.pending])
        self.pending = []

    def check(self, data: dict) -> None:
        concerns.validate_fields(dict(data))

    def update(self, row: SyncModel, data: dict, resolver: Resolver) -> Concern:
        return self.days.edit(concerns.KIND, row, data)


def _month(value: object) -> dt.date | None:
    """A plan row's month as its validation reads it: a date, or text such as 2024-07 or
    2024年7月 (None where it is neither)."""
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(str(value).strip(), allow_month=True)
    except DateParseError:
        return None


class PlanEntries(FoundHandler):
    """走访计划: one entry per cadre, work area, month and week (the month's entries read once a
    sheet)."""

    kind = plans.KIND

    def __init__(self) -> None:
        self.found: Found[tuple[str, int | None, dt.date | None]] = Found(
            lambda: (((m, c, a), (i, w, d)) for i, m, c, a, w, d in PlanEntry.select(
                PlanEntry.id, PlanEntry.month, PlanEntry.cadre, PlanEntry.work_area,
                PlanEntry.week, PlanEntry.planned_on).where(~PlanEntry.deleted).tuples()),
            lambda e: ((e.month, e.cadre_id, e.work_area_id), (e.id, e.week, e.planned_on)))

    def key(self, data: dict) -> tuple | None:
        parts = (data.get("month"), data.get("cadre"), data.get("work_area"), data.get("week"),
                 data.get("planned_on"))
        return parts if all(parts[:3]) else None

    def find(self, data: dict, resolver: Resolver) -> PlanEntry | None:
        month = _month(data["month"])
        if month is None:
            return None
        entries = self.found[month.replace(day=1), data["cadre"], data["work_area"]]
        week, day = data.get("week"), data.get("planned_on")
        found = next((i for i, w, d in entries
                      if (d == day if day else week is None or w == week)), None)
        return fetch_row(PlanEntry, found) if found is not None else None

    def label(self, data: dict) -> str:
        month = data.get("month")
        return month.isoformat()[:7] if isinstance(month, dt.date) else ""



def handlers(place_from_roster: bool) -> dict[str, Handler]:
    return {
        "work_areas": WorkAreas(), "branches": Branches(), "members": Members(place_from_roster),
        "assignments": Periods(assignments.ASSIGNMENT),
        "responsibilities": Periods(assignments.RESPONSIBILITY),
        "visits": Visits(), "concerns": Concerns(), "plans": PlanEntries(),
        "meetings": Meetings(), "make_ups": MakeUps(), "committee": Seats(),
    }
