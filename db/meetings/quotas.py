"""Quotas (how many meetings of each kind a branch holds per month, quarter or year) and how a
period measures up against them.

A quota is counted in its own periods ("units"): a monthly quota in each month, a quarterly one in
each quarter. For a period P the units are those that overlap P; a unit longer than P (a quarter,
seen from one of its months) counts its meetings from its start to P's end — "quarter to date".
required = count × units; held = meetings in those units; a unit is met when it holds `count`;
the completion rate is units met ÷ units.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import records
from db.choices import BRANCH_KINDS, DEFAULT_QUOTAS, MEETING_KINDS, QUOTA_PERIODS
from db.dates import add_months, month_end
from db.i18n import QT_TRANSLATE_NOOP
from db.models import MeetingQuota, database
from db.periods import Period, month_period, quarter_period, year_period
from db.validate import DELETED_REF, Checker

DUPLICATE_RULE = QT_TRANSLATE_NOOP("db", "This kind of meeting already has its own quota.")


def _check(data: dict, current) -> dict:
    c = Checker(data)
    kind = c.choice("kind", MEETING_KINDS)
    c.choice("per", QUOTA_PERIODS, default="month")
    c.integer("count", required=True, minimum=0, maximum=31)
    # (an edit of the kind's own rule is no clash, even beside a twin from another machine)
    if kind and not c.problems and (current is None or current.kind != kind):
        clash = MeetingQuota.select().where(~MeetingQuota.deleted, MeetingQuota.kind == kind)
        if current is not None:
            clash = clash.where(MeetingQuota.id != current.id)
        if clash.exists():
            c.fail("kind", DUPLICATE_RULE)
    return c.done()


# Two machines may each set a rule for one kind: both arrive (the one changed last applies, on
# every machine alike), and the next change in the settings keeps one of them.
KIND = records.Kind(MeetingQuota, _check, concurrent=frozenset({DELETED_REF, DUPLICATE_RULE}))


def _rules_of(kind: str) -> list[MeetingQuota]:
    """The live rules for `kind`, the one that applies first."""
    return list(MeetingQuota.select().where(~MeetingQuota.deleted, MeetingQuota.kind == kind)
                .order_by(MeetingQuota.modified_at.desc(), MeetingQuota.id.desc()))


def quota_rules() -> dict[str, tuple[str, int]]:
    """kind → (per, count): the defaults, with the local rules set in settings over them."""
    rules = dict(DEFAULT_QUOTAS)
    for row in (MeetingQuota.select().where(~MeetingQuota.deleted)
                .order_by(MeetingQuota.modified_at, MeetingQuota.id)):
        rules[row.kind] = (row.per, row.count)  # of twins, the one changed last
    return rules


def check_quota(kind: str, per: object, count: object) -> dict:
    """Validate a rule for `kind` as set_quota would (raises ValidationError); writes nothing."""
    rules = _rules_of(kind)
    return _check({"kind": kind, "per": per, "count": count}, rules[0] if rules else None)


def set_quota(kind: str, per: str, count: int) -> MeetingQuota:
    """Set the local rule for `kind` (made, or changed if it exists)."""
    with database.atomic():
        rules = _rules_of(kind)
        for twin in rules[1:]:  # one rule per kind again
            records.delete(KIND, twin.id)
        row = rules[0] if rules else None
        if row is None:
            return records.create(KIND, {"kind": kind, "per": per, "count": count})
        return records.edit(KIND, row.id, {"per": per, "count": count})


def unit_of(per: str, day: dt.date) -> Period:
    if per == "month":
        return month_period(day)
    if per == "quarter":
        return quarter_period(day)
    return year_period(day.year)


def units_of(per: str, period: Period) -> list[Period]:
    """The quota's own periods that overlap `period`, in order."""
    out, unit = [], unit_of(per, period.start)
    while unit.start <= period.end:
        out.append(unit)
        unit = unit_of(per, unit.end + dt.timedelta(days=1))
    return out


@dataclass(frozen=True)
class QuotaRow:
    kind: str
    per: str
    count: int
    required: int
    held: int
    units: int
    units_met: int
    due_on: dt.date | None      # the end of the earliest unit not met (None: all met)

    @property
    def met(self) -> bool:
        return self.units_met == self.units

    @property
    def completion(self) -> float | None:
        return self.units_met / self.units if self.units else None

    def to_json(self) -> dict:
        return {"kind": self.kind, "required": self.required, "held": self.held,
                "met": self.met, "per": self.per, "units": self.units,
                "units_met": self.units_met,
                "due_on": self.due_on.isoformat() if self.due_on else None}


def quota_row(kind: str, rule: tuple[str, int], period: Period, days: list[dt.date]) -> QuotaRow:
    """How the meetings held on `days` (one kind, one branch; any order) meet the rule in
    `period`."""
    per, count = rule
    units = units_of(per, period) if count else []
    held, met, due = 0, 0, None
    for unit in units:
        last = min(unit.end, period.end)
        n = sum(1 for d in days if unit.start <= d <= last)
        held += n
        if n >= count:
            met += 1
        elif due is None:
            due = unit.end
    return QuotaRow(kind, per, count, count * len(units), held, len(units), met, due)


def kinds_for(branch_id: str | None, rules: dict[str, tuple[str, int]]) -> list[str]:
    """The kinds with a quota for a branch (None: the general branch), in the kinds' order."""
    wanted = BRANCH_KINDS if branch_id is not None else {"general_committee"}
    return [k for k in MEETING_KINDS if k in wanted and rules.get(k, ("month", 0))[1] > 0]


def grid_months(end: dt.date, months: int = 12) -> list[dt.date]:
    first = add_months(end.replace(day=1), -(months - 1))
    return [add_months(first, i) for i in range(months)]


def grid_cell(per: str, count: int, month: dt.date, days: list[dt.date],
              today: dt.date) -> tuple[int, str]:
    """(meetings held in the month, state) for a quota grid cell. State: "met" (the quota's unit
    holding the month is met, as of today), "short" (its unit is over without it), "pending"
    (its unit is still running), "future"."""
    held = sum(1 for d in days if month <= d <= month_end(month))
    if month > today:
        return held, "future"
    unit = unit_of(per, month)
    upto = min(unit.end, today)
    in_unit = sum(1 for d in days if unit.start <= d <= upto)
    if in_unit >= count:
        return held, "met"
    return held, "pending" if unit.end > today else "short"
