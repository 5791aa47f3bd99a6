"""The 组织生活 sheet's own cells: the holding branch (党总支 for the general branch) and the
absentees with their reasons (张三（病假）、李四（倒班）), both ways; its rows for the export."""
from __future__ import annotations

import re
from collections import defaultdict

from db import meetings, records
from db.errors import Problem
from db.meetings.entity import NO_BRANCH, VOTES
from db.meetings.queries import meetings_on
from db.models import Meeting, MeetingAttendee, SyncModel, new_id
from db.spreadsheet import cells
from db.spreadsheet.handler import ByDay, Handler, is_day
from db.spreadsheet.layout import ABSENCE, ABSENCE_ALIASES
from db.spreadsheet.resolve import Resolver
from db.validate import BAD_CHOICE, fetch_row

GENERAL = "党总支"
GENERAL_WORDS = frozenset({"党总支", "总支", "车间党总支"})
SEPARATOR = "、"
ATTENDANCE_COLUMNS = ("present", "absent")
_REASON = re.compile(r"^(.*?)\s*[（(]\s*([^()（）]*?)\s*[)）]\s*$")
_WORDS = {**{v: k for k, v in ABSENCE.items()}, **ABSENCE_ALIASES,
          **{k: k for k in ABSENCE}}


def branch_cell(value: object, resolver: Resolver) -> tuple[str | None, Problem | None]:
    name = cells.name(value)
    if name in GENERAL_WORDS:
        return None, None
    found, problem = resolver.branch(name, create=False)  # 第一支部 for 第一党支部 too
    if found or problem:
        return found, problem
    return None, Problem("branch", NO_BRANCH, {"name": name})


def absentees_cell(value: object, resolver: Resolver) -> tuple[list[tuple[str, str | None]],
                                                        list[Problem]]:
    """张三（病假）、李四（倒班） → [(member id, reason code)]; a name without a reason gets None
    (the meeting's validation then asks for it)."""
    out, problems = [], []
    for part in cells.name_list(value):
        reason = None
        match = _REASON.match(part)
        if match and match.group(2) and not re.match(r"^\d", match.group(2)):
            part, word = match.group(1), match.group(2)
            reason = _WORDS.get(word)
            if reason is None:
                problems.append(Problem("absent", BAD_CHOICE, {"value": word}))
        member, problem = resolver.member(part, "absent")
        if problem:
            problems.append(problem)
        elif member:
            out.append((member, reason))
    return out, problems


def attendance_of(data: dict) -> list[dict]:
    """The sheet's 出席 and 缺席 columns as the attendance meetings.KIND takes."""
    return ([{"member": m, "present": True} for m in data.get("present", [])]
            + [{"member": m, "present": False, "reason": r} for m, r in data.get("absent", [])])


def export_rows(people: dict[str, str], branch_names: dict[str, str]) -> list[dict]:
    """Each live meeting as sheet values (names for links, attendance joined by 、)."""
    present, absent = defaultdict(list), defaultdict(list)
    for a in MeetingAttendee.select().where(~MeetingAttendee.deleted):
        name = people.get(a.member_id)
        if name is None:
            continue
        if a.present:
            present[a.meeting_id].append(name)
        else:
            absent[a.meeting_id].append(f"{name}（{ABSENCE.get(a.absence_reason, '')}）")
    rows = []
    for m in Meeting.select().where(~Meeting.deleted):
        rows.append({**m.__data__,
                     "branch": branch_names.get(m.branch_id, "") if m.branch_id else GENERAL,
                     "chair": people.get(m.chair_id), "recorder": people.get(m.recorder_id),
                     "present": SEPARATOR.join(sorted(present[m.id])),
                     "absent": SEPARATOR.join(sorted(absent[m.id]))})
    return rows


class Meetings(Handler):
    """组织生活: one row per meeting, found by its identity or else by its day, branch and kind.
    Rows made by an import are marked as imported (the late-entry signal leaves them alone)."""

    kind = meetings.KIND

    def __init__(self) -> None:
        self.pending: list[tuple[dict, dict]] = []  # (the meeting's columns, its attendance)
        self.days: ByDay[tuple[str, str | None, str]] = ByDay(meetings_on, "held_on")

    def key(self, data: dict) -> tuple | None:
        if not (data.get("held_on") and data.get("kind")):
            return None
        return data["held_on"], data.get("branch"), data["kind"]

    def find(self, data: dict, resolver: Resolver) -> Meeting | None:
        key = self.key(data)
        assert key is not None  # find() is asked only for a row with a natural key
        day, branch, kind = key
        if not is_day(day):
            return None
        found = next((i for i, b, k in self.days[day] if b == branch and k == kind), None)
        return fetch_row(Meeting, found) if found is not None else None

    def label(self, data: dict) -> str:
        return f"{data.get('held_on', '')} {data.get('kind', '')}".strip()

    def prepare(self, data: dict, row_text: str, problems: list[Problem],
                identified: bool) -> None:
        """A name in 出席 / 缺席 that is no member leaves the present count unknown: the votes
        are not checked against it (the row is refused for the name; a second problem saying
        the votes are more than those present would mislead)."""
        if any(p.field in ATTENDANCE_COLUMNS for p in problems):
            for name in VOTES:
                data.pop(name, None)

    @staticmethod
    def _data(data: dict) -> dict:
        fields = {k: v for k, v in data.items() if k not in ("present", "absent", "id")}
        if "present" in data or "absent" in data:
            fields["attendance"] = attendance_of(data)
        return fields

    def _imported(self, data: dict) -> dict:
        return {"branch": None, **self._data(data), "source": "import"}

    def check(self, data: dict) -> None:
        records.check(meetings.KIND, self._imported(data))

    def create(self, data: dict, resolver: Resolver, row_id: str | None = None) -> None:
        """Validated now (its problems belong to its row), written with its attendance in a
        batch by flush(): a depot's ten years are 3,000 meetings and 100,000 attendance marks."""
        fields, extras = self.kind.split(self.kind.validate(self._imported(data), None))
        self.pending.append(({**fields, "id": row_id or new_id()}, extras["attendance"]))

    def flush(self) -> None:
        """What records.create(meetings.KIND, ...) writes for each new meeting, in a few
        statements: the meeting, then one attendance row per person marked."""
        records.insert_many(Meeting, [fields for fields, _marks in self.pending])
        records.insert_many(MeetingAttendee, [
            {"id": meetings.attendee_id(fields["id"], member), "meeting": fields["id"],
             "member": member, "present": present, "absence_reason": reason}
            for fields, marks in self.pending for member, (present, reason) in marks.items()])
        self.pending = []

    def update(self, row: SyncModel, data: dict, resolver: Resolver) -> Meeting:
        return self.days.edit(meetings.KIND, row, self._data(data))
