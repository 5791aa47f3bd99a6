"""Meetings (组织生活) and their attendance: who was expected, who came, who was absent and why.

A meeting is saved with its attendance in one transaction: `attendance` is a list of
{"member", "present", "reason"} — every expected person once, present, or absent with a reason.
The default expected list is the branch's roll on the day (for a committee meeting: its seats).
"""
from __future__ import annotations

import datetime as dt
import uuid
from typing import NamedTuple

from db import records
from db.choices import (
    ABSENCE_REASONS,
    BRANCH_KINDS,
    COMMITTEE_KINDS,
    GENERAL_BRANCH_KINDS,
    MEETING_KINDS,
)
from db.i18n import QT_TRANSLATE_NOOP
from db.meetings.roll import expected_ids
from db.models import Branch, Meeting, MeetingAttendee, Member, database, derived_id
from db.sqlite_limits import pieces
from db.validate import BAD_CHOICE, DELETED_REF, MISSING_REF, Checker

NO_ATTENDANCE = QT_TRANSLATE_NOOP("db", "Record who was expected and who came.")
NO_SEATS = QT_TRANSLATE_NOOP("db", "No one holds a seat on this committee that day: record its "
                                   "seats first (Organisation life, Committees tab).")
ABSENT_NO_REASON = QT_TRANSLATE_NOOP("db", "{name} is absent: give the reason.")
PRESENT_AND_ABSENT = QT_TRANSLATE_NOOP("db", "{name} is marked both present and absent.")
REASON_WHEN_PRESENT = QT_TRANSLATE_NOOP("db", "{name} is present; an absence reason is for "
                                              "those absent.")
VOTES_OVER_PRESENT = QT_TRANSLATE_NOOP(
    "db", "The votes ({votes}) are more than the members present ({present}).")
VOTE_NOT_AN_ASSEMBLY = QT_TRANSLATE_NOOP(
    "db", "Vote counts belong to a branch general meeting.")
KIND_NOT_FOR_BRANCH = QT_TRANSLATE_NOOP(
    "db", "A branch does not hold this kind of meeting; the general branch does.")
KIND_NOT_FOR_GENERAL = QT_TRANSLATE_NOOP(
    "db", "The general branch does not hold this kind of meeting; a branch does.")
NO_BRANCH = QT_TRANSLATE_NOOP("db", "There is no branch named “{name}”.")
BAD_TIME = QT_TRANSLATE_NOOP("db", "“{value}” is not a time like 14:30.")

_NAMESPACE = uuid.UUID("0b7c8f1e-3d7a-4a5e-9c61-6b1f0d2e8a44")
VOTES = ("votes_for", "votes_against", "votes_abstain")


def attendee_id(meeting_id: str, member_id: str) -> str:
    """One person at one meeting is one row on every device."""
    return derived_id(_NAMESPACE, f"{meeting_id}/{member_id}")


def _time(c: Checker, name: str) -> None:
    """14:30, as typed on a number pad too: 1430, 930, 14.30, 14：30, 14点30 (kept as 14:30)."""
    raw = c.text(name, max_len=6)
    if raw:
        text = raw.replace("：", ":").replace(".", ":").replace("点", ":").rstrip(":")
        if text.isdigit() and len(text) in (3, 4):
            text = f"{text[:-2]}:{text[-2:]}"
        elif text.isdigit() and len(text) <= 2:
            text += ":00"
        try:
            c.clean[name] = dt.datetime.strptime(text, "%H:%M").strftime("%H:%M")
        except ValueError:
            c.fail(name, BAD_TIME, value=raw)


def kinds_held_by(branch_id: str | None) -> list[str]:
    """The kinds of meeting a unit holds, in the kinds' order: a branch's (None: the general
    branch's own). The one rule the validation below and the entry dialog's kind list share."""
    held = GENERAL_BRANCH_KINDS if branch_id is None else BRANCH_KINDS
    return [k for k in MEETING_KINDS if k in held]


def default_kind(branch_id: str | None) -> str:
    """The kind a new meeting of the unit starts as: a branch's 主题党日 (held monthly by every
    branch), the general branch's 党总支委员会."""
    return "general_committee" if branch_id is None else "theme_day"


def _fields(data: dict) -> Checker:
    c = Checker(data)
    branch = c.ref("branch", Branch, required=False)
    kind = c.choice("kind", MEETING_KINDS)
    if kind and not c.has_problem("branch") \
            and kind not in kinds_held_by(None if branch is None else branch.id):
        c.fail("kind", KIND_NOT_FOR_GENERAL if branch is None else KIND_NOT_FOR_BRANCH)
    c.date("held_on", required=True, not_future=True)
    _time(c, "start_time")
    c.text("place", max_len=100)
    c.text("topics", max_len=2000)
    c.ref("chair", Member, required=False)
    c.ref("recorder", Member, required=False)
    c.text("lecturer", max_len=50)
    c.text("lecture_title", max_len=200)
    c.text("guests", max_len=1000)
    c.text("minutes", max_len=20000)
    c.text("decisions", max_len=5000)
    for name in VOTES:
        c.integer(name, minimum=0, maximum=10000)
    if kind != "branch_assembly" and any(c.clean.get(n) is not None for n in VOTES):
        c.fail("votes_for", VOTE_NOT_AN_ASSEMBLY)
    c.choice("source", {"": "", "import": "import"}, required=False, default="")
    c.clean["source"] = c.clean["source"] or ""
    return c


class _Person(NamedTuple):
    name: str
    deleted: bool


def _attendance(c: Checker, entries) -> dict[str, tuple[bool, str | None]]:
    """{member id: (present, reason)} from the entries, every problem recorded in `c`."""
    marks: dict[str, tuple[bool, str | None]] = {}
    ids = []
    for entry in entries or []:
        member = entry.get("member")
        member = member.id if isinstance(member, Member) else str(member)
        ids.append(member)
    # Only what the rules below read, by a statement made here: a meeting names dozens of
    # people, and whole Member rows, then peewee composing the query, were most of an imported
    # register's time.
    rows: dict[str, _Person] = {}
    for part in pieces(sorted(set(ids))):
        rows.update((i, _Person(name, bool(deleted))) for i, name, deleted in database.execute_sql(
            f'SELECT "id", "name", "deleted" FROM "{Member._meta.table_name}" '
            f'WHERE "id" IN ({", ".join("?" * len(part))})', list(part)))
    clashed = set()
    for entry, member_id in zip(entries or [], ids, strict=True):
        person = rows.get(member_id)
        if person is None:
            c.fail("attendance", MISSING_REF)
            continue
        if person.deleted:
            c.fail("attendance", DELETED_REF)
            continue
        present = bool(entry.get("present", True))
        reason = (entry.get("reason") or "").strip() or None
        if present and reason:
            c.fail("attendance", REASON_WHEN_PRESENT, name=person.name)
        elif not present and reason is None:
            c.fail("attendance", ABSENT_NO_REASON, name=person.name)
        elif not present and reason not in ABSENCE_REASONS:
            c.fail("attendance", BAD_CHOICE, value=reason)
        if member_id in marks and marks[member_id][0] != present and member_id not in clashed:
            clashed.add(member_id)
            c.fail("attendance", PRESENT_AND_ABSENT, name=person.name)
        marks.setdefault(member_id, (present, reason if not present else None))
    if not marks and not c.has_problem("attendance"):
        # a committee meeting expects the seats held that day: none means none were recorded
        c.fail("attendance", NO_SEATS if c.clean.get("kind") in COMMITTEE_KINDS
               else NO_ATTENDANCE)
    return marks


def validate_fields(data: dict, current: Meeting | None = None) -> dict:
    """The meeting's columns alone (an import previews a meeting whose people it has not
    written yet)."""
    return _fields({k: v for k, v in data.items() if k != "attendance"}).done()


def _check(data: dict, current) -> dict:
    """The meeting's columns and its `attendance` ({member: (present, reason)} when clean).
    For an existing meeting, attendance left out is the stored one, checked again."""
    data = dict(data)
    entries = data.pop("attendance", None)
    if current is not None and entries is None:
        entries = attendance_entries(current.id)
    c = _fields(data)
    marks = _attendance(c, entries)
    votes = sum(c.clean.get(n) or 0 for n in VOTES)
    present = sum(1 for p, _ in marks.values() if p)
    if votes > present and not c.has_problem("votes_for"):
        c.fail("votes_for", VOTES_OVER_PRESENT, votes=votes, present=present)
    c.clean["attendance"] = marks
    return c.done()


def _set_attendance(meeting: Meeting, extras: dict, _before: dict | None) -> None:
    marks = extras["attendance"]
    existing = {a.member_id: a for a in
                MeetingAttendee.select().where(MeetingAttendee.meeting == meeting.id)}
    for member_id, (present, reason) in marks.items():
        row = existing.get(member_id)
        values = {"present": present, "absence_reason": reason}
        if row is None:
            records.insert(MeetingAttendee, {"id": attendee_id(meeting.id, member_id),
                                             "meeting": meeting.id, "member": member_id,
                                             **values})
        else:
            records.update(row, {**values, "deleted": False},
                           action="restore" if row.deleted else "update")
    for member_id, row in existing.items():
        if member_id not in marks and not row.deleted:
            records.update(row, {"deleted": True}, action="delete")


# records.create/edit(KIND, data): `data` holds the meeting's fields plus `attendance` (see the
# module's docstring). A meeting arriving in a package is checked by its columns alone: its
# attendance comes as rows of their own, merged after it, so the rules that span both (a vote
# count within those present) were kept by the machine that wrote them; two machines editing
# the votes and the attendance apart is a concurrent change, not a wrong row.
KIND = records.Kind(Meeting, _check, extra=("attendance",), after_write=_set_attendance,
                    columns=validate_fields)


def attendance_entries(meeting_id: str) -> list[dict]:
    """The stored attendance in the form `create_meeting` takes."""
    query = (MeetingAttendee.select().where(MeetingAttendee.meeting == meeting_id,
                                            ~MeetingAttendee.deleted))
    return [{"member": a.member_id, "present": a.present, "reason": a.absence_reason}
            for a in query]


def default_attendance(branch_id: str | None, kind: str, day: dt.date) -> list[dict]:
    """Everyone expected on the day, marked present: where the entry dialog starts."""
    return [{"member": m, "present": True, "reason": None}
            for m in expected_ids(branch_id, kind, day)]


def _check_attendee(data: dict, current) -> dict:
    """An attendance row on its own (as a package brings it): its meeting and member exist; an
    absence has a reason, a presence none."""
    c = Checker(data)
    c.ref("meeting", Meeting)
    c.ref("member", Member)
    present = c.flag("present", default=True)
    reason = c.choice("absence_reason", ABSENCE_REASONS, required=not present)
    if present and reason:
        c.fail("absence_reason", REASON_WHEN_PRESENT, name="")
    return c.done()


ATTENDEE_KIND = records.Kind(MeetingAttendee, _check_attendee)
