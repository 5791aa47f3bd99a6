"""One row of one kind: its cells → the entity's data, how it matches a record, how it is written.

Every write goes through db.records with the entity's Kind (records.create/edit, or the Kind's
validation and a batch insert), so an import is validated and audited like a change made by hand.
"""
from __future__ import annotations

import datetime as dt

from db import assignments, branches, clock, concerns, members, records, visits, workareas
from db.choices import PRIVATE_BY_DEFAULT_KINDS
from db.errors import Problem
from db.models import Assignment, Branch, Concern, Member, Visit, WorkArea, new_id
from db.spreadsheet import cells
from db.spreadsheet.layout import SheetSpec
from db.spreadsheet.resolve import Resolver
from db.validate import BAD_CHOICE


def convert(spec: SheetSpec, raw: dict, resolver: Resolver, *, create_areas: bool = False
            ) -> tuple[dict, list[Problem]]:
    """Non-blank cells → field values (links as ids). Blank cells are left out."""
    data: dict = {}
    problems: list[Problem] = []
    for column in spec.columns:
        value = raw.get(column.key)
        if cells.is_blank(value):
            continue
        kind, key = column.kind, column.key
        if kind == "text":
            data[key] = cells.text(value)
        elif kind == "name":
            data[key] = cells.name(value)
        elif kind == "phone":
            data[key] = cells.phone(value)
        elif kind in ("int", "float"):
            data[key] = cells.number(value)
        elif kind in ("date", "month"):
            data[key] = cells.date(value, allow_month=kind == "month")
        elif kind in ("choice", "bool"):
            code = cells.choice(column, value) if kind == "choice" else cells.flag(value)
            if code is None:
                problems.append(Problem(key, BAD_CHOICE, {"value": cells.text(value)}))
            else:
                data[key] = code
        elif kind == "area":
            data[key], problem = resolver.area(cells.name(value), create=create_areas)
            problems += [problem] if problem else []
        elif kind == "branch":
            data[key] = resolver.branch(cells.name(value))
        elif kind == "member":
            data[key], problem = resolver.member(cells.name(value), key)
            problems += [problem] if problem else []
        elif kind == "members":
            found = [resolver.member(n, key) for n in cells.name_list(value)]
            data[key] = [i for i, _p in found if i]
            problems += [p for _i, p in found if p]
        elif kind == "raiser":
            member_id, problem = resolver.member(cells.name(value), key)
            data["raised_by" if member_id else "raised_by_name"] = member_id or cells.name(value)
    return data, problems


class Handler:
    """The default: a record kind written with its Kind (validate, then db.records)."""

    kind: records.Kind

    def key(self, data: dict):
        raise NotImplementedError

    def find(self, data: dict, resolver: Resolver):
        raise NotImplementedError

    def label(self, data: dict) -> str:
        return str(data.get("name", ""))

    def check(self, data: dict) -> None:
        """Validate without writing (raises ValidationError)."""
        self.kind.validate(dict(data), None)

    def create(self, data: dict, resolver: Resolver):
        return records.create(self.kind, data)

    def update(self, row, data: dict, resolver: Resolver):
        return records.edit(self.kind, row.id, data)

    def flush(self) -> None:
        """Write what `create` queued (kinds that insert in batches)."""


class WorkAreas(Handler):
    kind = workareas.KIND

    def key(self, data):
        return data.get("name") or None

    def find(self, data, resolver):
        return WorkArea.get_or_none(WorkArea.name == data["name"], ~WorkArea.deleted)


class Branches(Handler):
    kind = branches.KIND

    def key(self, data):
        return data.get("name") or None

    def find(self, data, resolver):
        return Branch.get_or_none(Branch.name == data["name"], ~Branch.deleted)


class Members(Handler):
    """New members are validated row by row and inserted in batches (a roster is thousands)."""

    kind = members.KIND

    def __init__(self, place_from_roster: bool):
        # The 工区 column places people from today, unless the file has its own 工区分配 sheet.
        self.place_from_roster = place_from_roster
        self.pending: list[dict] = []
        self.placements: list[tuple[str, str]] = []

    def key(self, data):
        return (data["name"], data.get("birth_date")) if data.get("name") else None

    def find(self, data, resolver):
        birth = data.get("birth_date")
        if birth is not None and not isinstance(birth, dt.date):
            return None
        ids = [i for i, born in resolver.people(data["name"]) if born == birth]
        return Member.get_or_none(Member.id == ids[0]) if ids else None

    def check(self, data):
        self.kind.validate({k: v for k, v in data.items() if k != "work_area"}, None)

    def create(self, data, resolver):
        data = dict(data)
        area = data.pop("work_area", None)
        clean = {**self.kind.validate(data, None), "id": new_id()}
        self.pending.append(clean)
        resolver.remember(clean["id"], clean["name"], clean["birth_date"])
        if area and self.place_from_roster:
            self.placements.append((clean["id"], area))

    def flush(self):
        records.insert_many(Member, self.pending)
        today = clock.today()
        placed = [assignments.ASSIGNMENT.validate(
            {"member": member, "work_area": area, "start_on": today}, None)
            for member, area in self.placements]
        records.insert_many(Assignment, placed)
        self.pending, self.placements = [], []

    def update(self, row, data, resolver):
        data = dict(data)
        area = data.pop("work_area", None)
        row = records.edit(members.KIND, row.id, data)
        if area and self.place_from_roster:
            place(row.id, area)
        return row


def place(member_id: str, area_id: str) -> None:
    """The member works in `area_id` from today (ending the current assignment if it differs)."""
    today = clock.today()
    current = (Assignment.select().where(
        ~Assignment.deleted, Assignment.member == member_id, Assignment.start_on <= today,
        Assignment.end_on.is_null() | (Assignment.end_on > today)).first())
    if current is not None and current.work_area_id == area_id:
        return
    if current is not None and current.start_on == today:
        records.edit(assignments.ASSIGNMENT, current.id, {"work_area": area_id})
        return
    if current is not None:
        records.edit(assignments.ASSIGNMENT, current.id, {"end_on": today})
    records.create(assignments.ASSIGNMENT, {"member": member_id, "work_area": area_id,
                                            "start_on": today})


class Periods(Handler):
    """工区分配 and 包保: a member, a work area and a period."""

    def __init__(self, kind: records.Kind):
        self.kind = kind

    def key(self, data):
        parts = (data.get("member"), data.get("work_area"), data.get("start_on"))
        return parts if all(parts) else None

    def find(self, data, resolver):
        model = self.kind.model
        if not isinstance(data["start_on"], dt.date):
            return None
        return model.get_or_none(model.member == data["member"], ~model.deleted,
                                 model.work_area == data["work_area"],
                                 model.start_on == data["start_on"])

    def label(self, data):
        member = Member.get_or_none(Member.id == data.get("member"))
        return member.name if member else ""


class Visits(Handler):
    kind = visits.KIND

    def key(self, data):
        if not (data.get("visited_on") and data.get("work_area")):
            return None
        return (data["visited_on"], data["work_area"], data.get("kind", "work_along"),
                frozenset(data.get("participants", ())))

    def find(self, data, resolver):
        date, area, kind, people = self.key(data)
        if not isinstance(date, dt.date):
            return None
        for row in Visit.select().where(Visit.visited_on == date, Visit.work_area == area,
                                        Visit.kind == kind, ~Visit.deleted):
            if frozenset(visits.participant_ids(row.id)) == people:
                return row
        return None

    def label(self, data):
        return str(data.get("visited_on", ""))

    def check(self, data):
        visits.validate_fields(_visit_defaults(data))  # its people may be new in this file

    def create(self, data, resolver):
        return records.create(visits.KIND, _visit_defaults(data))

    def update(self, row, data, resolver):
        return records.edit(visits.KIND, row.id, data)


def _visit_defaults(data: dict) -> dict:
    if "private" not in data:
        data = {**data, "private": data.get("kind") in PRIVATE_BY_DEFAULT_KINDS}
    return data


class Concerns(Handler):
    kind = concerns.KIND

    def key(self, data):
        parts = (data.get("raised_on"), data.get("work_area"), data.get("description"))
        return parts if all(parts) else None

    def find(self, data, resolver):
        if not isinstance(data["raised_on"], dt.date):
            return None
        return Concern.get_or_none(Concern.raised_on == data["raised_on"], ~Concern.deleted,
                                   Concern.work_area == data["work_area"],
                                   Concern.description == data["description"])

    def label(self, data):
        return str(data.get("description", ""))[:30]

    def check(self, data):
        concerns.validate_fields(dict(data))

    def create(self, data, resolver):
        """A concern arrives in whatever state the sheet records (a log kept before the app)."""
        row = records.insert(Concern, concerns.validate_fields(dict(data)))
        concerns.add_event(row, "created", to_status=row.status, text=row.description)
        return row

    def update(self, row, data, resolver):
        return records.edit(concerns.KIND, row.id, data)


def handlers(place_from_roster: bool) -> dict[str, Handler]:
    return {
        "work_areas": WorkAreas(), "branches": Branches(), "members": Members(place_from_roster),
        "assignments": Periods(assignments.ASSIGNMENT),
        "responsibilities": Periods(assignments.RESPONSIBILITY),
        "visits": Visits(), "concerns": Concerns(),
    }

