"""Organisation-life figures for a period: quotas per branch and kind, each meeting with its
attendance and paper-only signals, absentees without a make-up, members without contact.

One call serves the page, the dashboard, the report, the CLI and the bench.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from db import clock
from db.meetings import signals as sig
from db.meetings.contact import ContactRow, no_contact
from db.meetings.quotas import QuotaRow, kinds_for, quota_row, quota_rules, unit_of
from db.models import Branch, MakeUp, Meeting, MeetingAttendee, Member, database
from db.periods import Period

MAKE_UP_DAYS = 30
WINDOW_DAYS = 366      # how far before the period signals look (alike minutes, sittings)
RUN_DAYS = 120         # ... and for the same people at meetings in a row

MEETING = Meeting._meta.table_name
ATTENDEE = MeetingAttendee._meta.table_name


@dataclass(frozen=True)
class BranchQuotas:
    id: str | None              # None: the general branch itself
    name: str
    quotas: list[QuotaRow]

    def to_json(self) -> dict:
        return {"name": self.name, "quotas": [q.to_json() for q in self.quotas]}


@dataclass(frozen=True)
class MeetingRow:
    id: str
    held_on: dt.date
    branch_id: str | None
    branch: str
    kind: str
    present: int
    expected: int
    signals: list[sig.Signal]

    @property
    def attendance(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def flagged(self) -> bool:
        return any(s.flag for s in self.signals)


@dataclass(frozen=True)
class Unmade:
    """An absentee with no make-up more than MAKE_UP_DAYS after the meeting."""

    meeting_id: str
    held_on: dt.date
    branch: str
    kind: str
    member_id: str
    name: str


@dataclass(frozen=True)
class MeetingFigures:
    period: Period
    as_of: dt.date
    branches: list[BranchQuotas]
    meetings: list[MeetingRow]
    unmade: list[Unmade]
    no_contact: list[ContactRow]

    @property
    def flagged(self) -> list[MeetingRow]:
        return [m for m in self.meetings if m.flagged]


def _day(text) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


def _when(text) -> dt.datetime:
    return text if isinstance(text, dt.datetime) else dt.datetime.fromisoformat(str(text))


def _facts(start: dt.date, attend_from: dt.date, end: dt.date,
           names: dict) -> list[sig.MeetingFacts]:
    """The meetings held start..end; those from `attend_from` on with their attendance."""
    rows = database.execute_sql(
        f'SELECT id, branch_id, kind, held_on, created_at, source, minutes, '
        f'votes_for IS NOT NULL OR votes_against IS NOT NULL OR votes_abstain IS NOT NULL '
        f'FROM "{MEETING}" WHERE deleted = 0 AND held_on BETWEEN ? AND ?',
        (start.isoformat(), end.isoformat())).fetchall()
    facts = {r[0]: sig.MeetingFacts(r[0], r[1], names.get(r[1], ""), r[2], _day(r[3]),
                                    _when(r[4]), r[5] == "import", r[6] or "", bool(r[7]))
             for r in rows}
    for meeting_id, expected, present in database.execute_sql(
            f'SELECT a.meeting_id, COUNT(*), TOTAL(a.present) '
            f'FROM "{MEETING}" m JOIN "{ATTENDEE}" a ON a.meeting_id = m.id '
            "WHERE m.deleted = 0 AND a.deleted = 0 AND m.held_on BETWEEN ? AND ? "
            "GROUP BY a.meeting_id", (attend_from.isoformat(), end.isoformat())):
        f = facts[meeting_id]
        f.expected, f.present_count = expected, int(present)
    voted = [f.id for f in facts.values() if f.voted and f.held_on >= attend_from]
    if voted:   # quorum: only full members vote
        for meeting_id, entitled, present in database.execute_sql(
                f'SELECT a.meeting_id, COUNT(*), TOTAL(a.present) FROM "{ATTENDEE}" a '
                f'JOIN "{Member._meta.table_name}" mb ON mb.id = a.member_id '
                f"WHERE a.deleted = 0 AND mb.category = 'full' AND a.meeting_id IN "
                f"({','.join('?' * len(voted))}) GROUP BY a.meeting_id", voted):
            facts[meeting_id].entitled = entitled
            facts[meeting_id].present_entitled = int(present)
    return list(facts.values())


def _read_present(facts: list[sig.MeetingFacts]) -> None:
    """Who was present at each of `facts` (in chunks, under SQLite's variable limit)."""
    by_id = {f.id: f for f in facts}
    ids = list(by_id)
    found: dict[str, list[str]] = defaultdict(list)
    for first in range(0, len(ids), 500):
        chunk = ids[first:first + 500]
        for meeting_id, member_id in database.execute_sql(
                f'SELECT meeting_id, member_id FROM "{ATTENDEE}" WHERE deleted = 0 AND '
                f"present = 1 AND meeting_id IN ({','.join('?' * len(chunk))})", chunk):
            found[meeting_id].append(member_id)
    for meeting_id, f in by_id.items():
        f.present = frozenset(found.get(meeting_id, ()))


def _unmade(period: Period, as_of: dt.date, names: dict, branch_id) -> list[Unmade]:
    line = as_of - dt.timedelta(days=MAKE_UP_DAYS)
    last = min(period.end, line)
    if last < period.start:
        return []
    where, params = "", [period.start.isoformat(), last.isoformat()]
    if branch_id is not None:
        where, params = "AND m.branch_id = ? ", [*params, branch_id]
    rows = database.execute_sql(
        f'SELECT m.id, m.held_on, m.branch_id, m.kind, a.member_id, mb.name '
        f'FROM "{ATTENDEE}" a JOIN "{MEETING}" m ON m.id = a.meeting_id '
        f'JOIN "{Member._meta.table_name}" mb ON mb.id = a.member_id '
        f"WHERE a.deleted = 0 AND a.present = 0 AND m.deleted = 0 AND m.held_on BETWEEN ? AND ? "
        f"{where}AND NOT EXISTS (SELECT 1 FROM \"{MakeUp._meta.table_name}\" u "
        "WHERE u.meeting_id = m.id AND u.member_id = a.member_id AND u.deleted = 0 "
        "AND u.made_up_on <= ?) ORDER BY m.held_on, mb.name_pinyin",
        (*params, as_of.isoformat())).fetchall()
    return [Unmade(m, _day(d), names.get(b, ""), k, mid, n) for m, d, b, k, mid, n in rows]


def branch_names() -> dict[str | None, str]:
    """branch id → name; None → "" (the general branch, named by the display)."""
    names: dict[str | None, str] = {None: ""}
    rows = Branch.select(Branch.id, Branch.name).where(~Branch.deleted)
    names.update({b.id: b.name for b in sorted(rows, key=lambda b: name_order(b.name))})
    return names


_NUMERALS = str.maketrans("一二三四五六七八九", "123456789")


def name_order(name: str) -> tuple:
    """第二党支部 before 第三党支部 before 第十党支部: Chinese numerals read as numbers."""
    text = re.sub(r"(\d)?十(\d)?", lambda m: f"{m[1] or 1}{m[2] or 0}", name.translate(_NUMERALS))
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


def meeting_figures(period: Period, *, branch_id: str | None = None,
                    as_of: dt.date | None = None, contacts: bool = True) -> MeetingFigures:
    """Everything about organisation life in `period`; `branch_id` keeps to one branch (the
    general branch's own quotas are then left out). `as_of`: the day make-ups and contact are
    judged on (default: the period's end, or today while it runs)."""
    as_of = as_of or period.as_of(clock.today())
    names = branch_names()
    rules = quota_rules()
    window = min(unit_of("year", period.start).start,
                 period.start - dt.timedelta(days=WINDOW_DAYS))
    facts = _facts(window, period.start - dt.timedelta(days=RUN_DAYS), period.end, names)
    shift = {b.id for b in Branch.select(Branch.id).where(~Branch.deleted, Branch.shift_work)}
    by_branch: dict[str | None, list[sig.MeetingFacts]] = defaultdict(list)
    for f in facts:
        by_branch[f.branch_id].append(f)
    targets = [f for f in facts if period.start <= f.held_on <= period.end
               and (branch_id is None or f.branch_id == branch_id)]
    target_ids = {f.id for f in targets}
    sig.similar_minutes(targets, facts)
    _read_present(sig.run_candidates(by_branch, shift))
    sig.same_people(by_branch, shift, target_ids)
    sig.sittings(by_branch, target_ids)
    for f in targets:
        sig.late_or_imported(f)
        sig.quorum(f)
    branches = []
    for bid, name in names.items():
        if branch_id is not None and bid != branch_id:
            continue
        days = defaultdict(list)
        for f in by_branch.get(bid, ()):
            days[f.kind].append(f.held_on)
        quotas = [quota_row(k, rules[k], period, days[k]) for k in kinds_for(bid, rules)]
        branches.append(BranchQuotas(bid, name, quotas))
    branches.sort(key=lambda b: (b.id is not None, name_order(b.name)))
    meetings = sorted((MeetingRow(f.id, f.held_on, f.branch_id, f.branch, f.kind,
                                  f.present_count, f.expected, f.signals) for f in targets),
                      key=lambda m: (m.held_on, m.branch, m.kind), reverse=True)
    return MeetingFigures(period, as_of, branches, meetings,
                          _unmade(period, as_of, names, branch_id),
                          no_contact(as_of, branch_id) if contacts else [])
