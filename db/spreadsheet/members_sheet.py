"""Importing a roster (党员花名册): people as the secretary's own sheets list them.

- A person is the same as an existing member by identity (the export's ID column), else by name
  and birth date; a row without a birth date matches by name where the name is unique among the
  members (a phone-list update), and is a problem where two share it.
- The category follows the facts: 预备 where a row without a 转正 date says so anywhere (a
  remarks column; 预备役 is a reservist), or with no 转正 date and joining less than a year
  before the import. A 正式 member with no 转正 date,
  or a 转正 date less than a year after joining, is a problem.
- A hand-kept roster's 包保 column (areas joined by 、，, or spaces) makes 包保 rows from the
  import day (or the 包保日期 column), and a yes/no committee column marks cadres.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import cast

from db import assignments, clock, journal, members, records
from db.dates import DateParseError, parse_date
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Assignment, Member, Responsibility, SyncModel, new_ids
from db.spreadsheet.handler import Handler
from db.spreadsheet.resolve import Resolver
from db.validate import fetch_row

SAME_NAME = QT_TRANSLATE_NOOP(
    "db", "{count} members are named “{name}” and the row gives no birth date to tell which.")
FULL_WITHOUT_DATE = QT_TRANSLATE_NOOP(
    "db", "A full member needs the date of full membership; without one, the member is "
    "probationary.")
EARLY_FULL = QT_TRANSLATE_NOOP(
    "db", "Full membership on {full} is less than a year after joining ({joined}).")
# 预备 on a row without a 转正 date: 预备党员 in the remarks. Not 预备役 (a reservist's post); and
# with a 转正 date the row says the member is full, whatever a note mentions.
PROBATIONARY_WORD = re.compile(r"预备(?!役)")
YEAR_DAYS, YEAR_DAYS_BY_MONTH = 365, 334  # a month-precision date may be the month's last day
IMPORT_ONLY = ("work_area", "responsible_for", "responsible_from", "committee")
_UNSEEN = object()


def _day(value) -> dt.date | None:
    if type(value) is dt.date or isinstance(value, dt.date):
        return value
    try:
        return parse_date(value, allow_month=True) if value else None
    except DateParseError:
        return None


class Members(Handler):
    """New members are validated row by row and inserted in batches (a roster is thousands)."""

    kind = members.KIND

    def __init__(self, place_from_roster: bool) -> None:
        # The 工区 column places people from today, unless the file has its own 工区分配 sheet.
        self.place_from_roster = place_from_roster
        self.pending: list[dict] = []
        self.placements: list[tuple[str, str]] = []
        self.duties: list[tuple[str, str, dt.date]] = []  # (member, area, from): 包保 to make
        self.spare_ids: list[str] = []  # new members' ids, drawn from the random source in bulk
        self._days: dict[str, dt.date | None] = {}  # a month's text ("1997-10") → its first day
        self._placed: dict[str, tuple[str, str, dt.date]] | None = None  # see _current()

    def _day(self, value) -> dt.date | None:
        """`_day(value)`, each text once per import (a roster repeats its months)."""
        if type(value) is not str:
            return _day(value)
        found = self._days.get(value, _UNSEEN)
        if found is _UNSEEN:
            found = self._days[value] = _day(value)
        return cast("dt.date | None", found)  # not _UNSEEN, replaced above

    def key(self, data: dict) -> tuple | None:
        return (data["name"], self._day(data.get("birth_date"))) if data.get("name") else None

    def find(self, data: dict, resolver: Resolver) -> Member | None:
        people = resolver.people(data["name"])
        if not people:
            return None
        if "birth_date" not in data:
            if len(people) > 1:
                raise ValidationError([Problem("name", SAME_NAME, {"count": len(people),
                                                                   "name": data["name"]})])
            ids = [i for i, _born in people]
        else:
            birth = self._day(data["birth_date"])
            if birth is None:
                return None
            ids = [i for i, born in people if born == birth]
        return fetch_row(Member, ids[0]) if ids else None  # (peewee's get: 2 ms a row)

    def prepare(self, data: dict, row_text: str, problems: list[Problem],
                identified: bool) -> None:
        if data.pop("committee", False):
            data["is_cadre"] = True
        if data.get("responsible_for"):
            data["is_cadre"] = True
        if identified:  # a record the app holds already: its category stands as it was
            return
        joined, full = self._day(data.get("joined_on")), self._day(data.get("full_member_on"))
        if full is None and PROBATIONARY_WORD.search(row_text):
            data["category"] = "probationary"
        elif data.get("category") == "full" and full is None:
            problems.append(Problem("category", FULL_WITHOUT_DATE, {}))
        elif ("category" not in data and full is None and joined is not None
              and (clock.today() - joined).days < YEAR_DAYS):
            data["category"] = "probationary"
        if joined and full and full >= joined and (full - joined).days < (
                YEAR_DAYS_BY_MONTH if isinstance(data.get("joined_on"), str)
                or isinstance(data.get("full_member_on"), str) else YEAR_DAYS):
            problems.append(Problem("full_member_on", EARLY_FULL, {
                "full": full.isoformat(), "joined": joined.isoformat()}))

    def check(self, data: dict) -> None:
        self.kind.validate({k: v for k, v in data.items() if k not in IMPORT_ONLY}, None)

    def _later(self, member_id: str, extra: dict) -> None:
        area = extra.get("work_area")
        if area and self.place_from_roster:
            self.placements.append((member_id, area))
        duties = extra.get("responsible_for")
        if duties:
            start = _day(extra.get("responsible_from")) or clock.today()
            self.duties += [(member_id, a, start) for a in duties]

    def create(self, data: dict, resolver: Resolver, row_id: str | None = None) -> None:
        extra = {k: data.pop(k) for k in IMPORT_ONLY if k in data}
        clean = {**self.kind.validate(data, None), "id": row_id or self._new_id()}
        self.pending.append(clean)
        resolver.remember(clean["id"], clean["name"], clean["birth_date"])
        self._later(clean["id"], extra)

    def _new_id(self) -> str:
        if not self.spare_ids:
            self.spare_ids = new_ids(256)
        return self.spare_ids.pop()

    def flush(self) -> None:
        records.insert_many(Member, self.pending)
        # A member this import has just made has no other assignment, and both ids come from
        # this run's lookups: the period from today is valid by construction (validating each
        # with its queries was most of a 2,000-member roster's time).
        today = clock.today()
        placed = [{"member": member, "work_area": area, "start_on": today, "end_on": None}
                  for member, area in self.placements]
        records.insert_many(Assignment, placed)
        if self.duties:
            journal.settle()  # the 包保 rows below are validated against the members just made
        for member, area, start in self.duties:
            exists = Responsibility.get_or_none(Responsibility.member == member,
                                                Responsibility.work_area == area,
                                                ~Responsibility.deleted)
            if exists is None:
                records.create(assignments.RESPONSIBILITY, {"member": member, "work_area": area,
                                                            "start_on": start})
        self.pending, self.placements, self.duties = [], [], []

    def update(self, row: SyncModel, data: dict, resolver: Resolver) -> Member:
        data = dict(data)
        extra = {k: data.pop(k) for k in IMPORT_ONLY if k in data}
        resolver.flush()  # a work area this row names for the first time, before placing
        row = records.edit(members.KIND, row.id, data)
        area = extra.pop("work_area", None)
        if area and self.place_from_roster:
            self._place(row.id, area)
        self._later(row.id, extra)
        return row

    def _current(self) -> dict[str, tuple[str, str, dt.date]]:
        """member → (assignment, work area, start) of today's assignments, read once a run
        (a query per row was most of a 2,000-row roster update) and kept up by `_place`."""
        if self._placed is None:
            today = clock.today()
            self._placed = {}
            for assignment, member, area, start in Assignment.select(
                    Assignment.id, Assignment.member, Assignment.work_area, Assignment.start_on,
            ).where(~Assignment.deleted, Assignment.start_on <= today,
                    Assignment.end_on.is_null() | (Assignment.end_on > today)).tuples():
                self._placed.setdefault(member, (assignment, area, start))
        return self._placed

    def _place(self, member_id: str, area_id: str) -> None:
        """The member works in `area_id` from today (ending the current assignment if it
        differs)."""
        today = clock.today()
        current = self._current().get(member_id)
        if current is not None and current[1] == area_id:
            return
        if current is not None and current[2] == today:
            records.edit(assignments.ASSIGNMENT, current[0], {"work_area": area_id})
            self._current()[member_id] = (current[0], area_id, today)
            return
        if current is not None:
            records.edit(assignments.ASSIGNMENT, current[0], {"end_on": today})
        made = records.create(assignments.ASSIGNMENT, {"member": member_id, "work_area": area_id,
                                                       "start_on": today})
        self._current()[member_id] = (made.id, area_id, today)
