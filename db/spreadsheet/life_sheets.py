"""The 补课 and 支委 sheets beside 组织生活: make-ups, each naming its meeting by day, branch and
kind as registers do (or by the meeting's identity, which the export writes), and committee
seats. Their handlers for the import, their rows for the export."""
from __future__ import annotations

from collections.abc import Hashable, Iterator

from db import meetings, records
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Branch, CommitteeMember, MakeUp, Meeting, Member
from db.spreadsheet.handler import Found, FoundHandler, is_day
from db.spreadsheet.layout import MEETING_KIND
from db.spreadsheet.meetings_sheet import GENERAL
from db.spreadsheet.resolve import Resolver
from db.validate import REQUIRED, fetch_row

NO_MEETING = QT_TRANSLATE_NOOP("db", "No {kind} of {branch} on {day} is recorded.")
MEETING_KEYS = ("meeting_held_on", "meeting_branch", "meeting_kind", "meeting_ref")


class _Named(FoundHandler):
    """Labels rows by their member's name (read once, when the member sheets are in); finds
    the records of rows without an identity in `found`, read once a sheet."""

    names: dict[str, str] | None = None
    found: Found[tuple[str]]

    def name(self, member_id: str | None) -> str:
        if self.names is None:
            self.names = dict(Member.select(Member.id, Member.name).tuples())
        return self.names.get(member_id or "", "")



def _branch_names() -> dict[str, str]:
    return dict(Branch.select(Branch.id, Branch.name).where(~Branch.deleted).tuples())


def make_up_rows(people: dict[str, str], branch_names: dict[str, str]) -> list[dict]:
    """Each live make-up of a live meeting as sheet values (the meeting by day, branch, kind
    and identity; people by name)."""
    held = {m.id: m for m in Meeting.select(Meeting.id, Meeting.held_on, Meeting.branch,
                                            Meeting.kind).where(~Meeting.deleted)}
    rows = []
    for u in MakeUp.select().where(~MakeUp.deleted):
        meeting = held.get(u.meeting_id)
        if meeting is None or u.member_id not in people:
            continue
        rows.append({**u.__data__, "meeting_held_on": meeting.held_on,
                     "meeting_branch": branch_names.get(meeting.branch_id, "")
                     if meeting.branch_id else GENERAL,
                     "meeting_kind": meeting.kind, "meeting_ref": meeting.id,
                     "member": people[u.member_id], "by": people.get(u.by_id)})
    return rows


def committee_rows(people: dict[str, str], branch_names: dict[str, str]) -> list[dict]:
    """Each live seat as sheet values (党总支 for the general committee)."""
    return [{**s.__data__, "branch": branch_names.get(s.branch_id, "") if s.branch_id
             else GENERAL, "member": people[s.member_id]}
            for s in CommitteeMember.select().where(~CommitteeMember.deleted)
            if s.member_id in people and (s.branch_id is None or s.branch_id in branch_names)]


def _meeting_keys() -> Iterator[tuple[Hashable, tuple[str]]]:
    """Each live meeting under its identity and under its day, branch and kind (the first made
    first), as a make-up names it."""
    for meeting, day, branch, kind in Meeting.select(
            Meeting.id, Meeting.held_on, Meeting.branch, Meeting.kind).where(
            ~Meeting.deleted).order_by(Meeting.created_at).tuples():
        yield meeting, (meeting,)
        yield (day, branch, kind), (meeting,)


class MakeUps(_Named):
    """补课: one row per make-up, found by its identity or by its meeting, member and day."""

    kind = meetings.MAKE_UP_KIND

    def __init__(self) -> None:
        self.found = Found(
            lambda: (((m, p, d), (i,)) for i, m, p, d in MakeUp.select(
                MakeUp.id, MakeUp.meeting, MakeUp.member, MakeUp.made_up_on)
                .where(~MakeUp.deleted).tuples()),
            lambda u: ((u.meeting_id, u.member_id, u.made_up_on), (u.id,)))
        # the live meetings a row names (by identity, or by day, branch and kind), read once
        self.meetings: Found[tuple[str]] = Found(_meeting_keys, lambda m: (m.id, (m.id,)))

    def flush(self) -> None:
        super().flush()
        self.meetings.forget()

    def prepare(self, data: dict, row_text: str, problems: list[Problem],
                identified: bool) -> None:
        """The meeting columns → `meeting` (the identity first, else day, branch and kind)."""
        given = {k: data.pop(k) for k in MEETING_KEYS if k in data}
        # an unknown branch is said at this sheet's own branch column
        problems[:] = [Problem("meeting_branch", p.template, p.params) if p.field == "branch"
                       else p for p in problems]
        if any(p.field in MEETING_KEYS for p in problems):
            return
        ref = given.get("meeting_ref")
        if ref and self.meetings[ref]:
            data["meeting"] = ref
            return
        day, kind = given.get("meeting_held_on"), given.get("meeting_kind")
        if not is_day(day) or not kind:
            problems.append(Problem("meeting_held_on" if not is_day(day) else "meeting_kind",
                                    REQUIRED, {}))
            return
        branch = given.get("meeting_branch")
        found = self.meetings[day, branch, kind]
        if not found:
            name = _branch_names().get(branch, "") if branch else GENERAL
            problems.append(Problem("meeting_held_on", NO_MEETING, {
                "kind": MEETING_KIND.get(kind, kind), "branch": name,
                "day": day.isoformat()}))
            return
        data["meeting"] = found[0][0]

    def key(self, data: dict) -> tuple | None:
        parts = (data.get("meeting"), data.get("member"), data.get("made_up_on"))
        return parts if all(parts) else None

    def find(self, data: dict, resolver: Resolver) -> MakeUp | None:
        key = self.key(data)
        assert key is not None  # find() is asked only for a row with a natural key
        if not is_day(key[2]):
            return None
        found = self.found[key]
        return fetch_row(MakeUp, found[0][0]) if found else None

    def label(self, data: dict) -> str:
        day = data.get("made_up_on")
        return f"{self.name(data.get('member'))} {day.isoformat() if is_day(day) else ''}".strip()

    def check(self, data: dict) -> None:
        """As the default, without asking for a meeting the row's own columns did not name
        (they carry that problem already)."""
        try:
            records.check(self.kind, dict(data))
        except ValidationError as exc:
            left = [p for p in exc.problems if "meeting" in data or p.field != "meeting"]
            if left:
                raise ValidationError(left) from None


class Seats(_Named):
    """支委: one row per seat, found by its identity or by committee, member and first day."""

    kind = meetings.COMMITTEE_KIND

    def __init__(self) -> None:
        self.found = Found(
            lambda: (((b, m, d), (i,)) for i, b, m, d in CommitteeMember.select(
                CommitteeMember.id, CommitteeMember.branch, CommitteeMember.member,
                CommitteeMember.start_on).where(~CommitteeMember.deleted).tuples()),
            lambda s: ((s.branch_id, s.member_id, s.start_on), (s.id,)))

    def key(self, data: dict) -> tuple | None:
        if not (data.get("member") and data.get("start_on")):
            return None
        return data.get("branch"), data["member"], data["start_on"]

    def find(self, data: dict, resolver: Resolver) -> CommitteeMember | None:
        key = self.key(data)
        assert key is not None  # find() is asked only for a row with a natural key
        if not is_day(key[2]):
            return None
        found = self.found[key]
        return fetch_row(CommitteeMember, found[0][0]) if found else None

    def label(self, data: dict) -> str:
        return f"{self.name(data.get('member'))} {data.get('role', '')}".strip()
