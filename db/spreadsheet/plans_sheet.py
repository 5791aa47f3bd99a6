"""The 走访计划 sheet's 补课对象 cell: the absentees a make-up session is for, each with the
meeting missed — 王铁柱（主题党日 2024-05-10）、赵大勇（党课 2024-04-12） — both ways."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from functools import partial

from db.dates import DateParseError, parse_date
from db.errors import Problem
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Meeting, MeetingAttendee, PlanAbsentee
from db.spreadsheet import cells
from db.spreadsheet.layout import MEETING_KIND, MEETING_KIND_ALIASES
from db.spreadsheet.resolve import Resolver

NO_ABSENCE = QT_TRANSLATE_NOOP("db", "“{value}” names no absence from a recorded meeting.")
SEPARATOR = "、"
_PART = re.compile(r"^(.*?)\(\s*(\D+?)\s*(\d{4}\D\d{1,2}\D\d{1,2}\D?)\s*\)$")
_KINDS = {**{v: k for k, v in MEETING_KIND.items()}, **MEETING_KIND_ALIASES,
          **{k: k for k in MEETING_KIND}}


def absentees_cell(value: object, resolver: Resolver) -> tuple[list[str], list[Problem]]:
    """王铁柱（主题党日 2024-05-10）、… → attendee ids (the meetings are read before the plans)."""
    out, problems = [], []
    for part in cells.name_list(value):
        match = _PART.match(unicodedata.normalize("NFKC", part))
        kind = _KINDS.get(match.group(2)) if match else None
        try:
            day = parse_date(match.group(3)) if match else None
        except DateParseError:
            day = None
        member, problem = resolver.member(match.group(1).strip(), "absentees") if (
            match and kind and day) else (None, None)
        found = None
        if member and kind and day:  # (a member is looked for only then)
            found = resolver.once(("attendees", kind, day),
                                  partial(_attendees, kind, day)).get(member)
        if problem:
            problems.append(problem)
        elif found is None:
            problems.append(Problem("absentees", NO_ABSENCE, {"value": part}))
        else:
            out.append(found)
    return out, problems


def _attendees(kind: str, day: dt.date) -> dict[str, str]:
    """member → attendee id on the live meetings of `kind` held on `day` (the first found where
    one had two), read once a sheet for each meeting named."""
    found: dict[str, str] = {}
    for attendee, member in (MeetingAttendee.select(MeetingAttendee.id, MeetingAttendee.member)
                             .join(Meeting).where(~MeetingAttendee.deleted, Meeting.kind == kind,
                                                  Meeting.held_on == day, ~Meeting.deleted)
                             .tuples()):
        found.setdefault(member, attendee)
    return found


def absentee_cells(people: dict[str, str]) -> dict[str, str]:
    """plan entry id → its 补课对象 cell, for the export."""
    query = (PlanAbsentee.select(PlanAbsentee.plan_entry, MeetingAttendee.member, Meeting.kind,
                                 Meeting.held_on)
             .join(MeetingAttendee).join(Meeting)
             .where(~PlanAbsentee.deleted).tuples())
    parts: dict[str, list[tuple]] = defaultdict(list)
    for entry_id, member_id, kind, day in query:
        if member_id in people:
            parts[entry_id].append((day, people[member_id], MEETING_KIND.get(kind, kind)))
    return {entry_id: SEPARATOR.join(f"{name}（{kind} {day.isoformat()}）"
                                     for day, name, kind in sorted(found))
            for entry_id, found in parts.items()}
