"""What the concerns add up to for a period, and the lists the concerns page and command line show.

Definitions (a period is `start`..`end`, both days included; concerns in the trash never count):
- as of: the period's end, or today when the period has not ended yet (nothing is known later);
- raised: raised_on inside the period;
- resolved / explained: the concern's current status is resolved / explained and its closed_on
  is inside the period. Figures read the records as they are now: a concern closed, reopened and
  closed again counts once, by its latest closure; one reopened and not yet closed again is open;
- open: raised by the as-of day and not closed by it (closed_on empty or later), whatever its
  status code says; this includes concerns in progress;
- overdue: open as of that day and its due date is before that day;
- days to close: closed_on − raised_on of the concerns closed in the period; the median of those,
  and the share of them closed within the policy's concern_due_days;
- satisfaction: counts over the concerns closed in the period ("unrecorded" when none was given).
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

import peewee as pw

from db import clock
from db.choices import CLOSED_STATUSES, SATISFACTION
from db.models import Concern, Member, WorkArea
from db.organisation import get_organisation

UNRECORDED = "unrecorded"
OPEN_STATUSES = ("open", "in_progress")


class ConcernFilters(TypedDict, total=False):
    """The filters of list_concerns and concern_ids (see list_concerns)."""

    statuses: Iterable[str] | None
    area_id: str | None
    owner_id: str | None
    overdue: bool
    period: tuple[dt.date, dt.date] | None
    search: str
    visit_id: str | None
    due: tuple[dt.date, dt.date] | None
    deleted: bool


@dataclass(frozen=True)
class ConcernFigures:
    start: dt.date
    end: dt.date
    as_of: dt.date
    raised: int = 0
    resolved: int = 0
    explained: int = 0
    open: int = 0
    overdue: int = 0
    median_days_to_close: float | None = None
    closed_within_policy: int = 0
    share_closed_within_policy: float | None = None
    satisfaction: dict[str, int] = field(default_factory=dict)

    @property
    def closed(self) -> int:
        return self.resolved + self.explained


@dataclass(frozen=True)
class GroupFigures:
    """The figures of one work area or one owner."""

    id: str
    name: str
    figures: ConcernFigures


@dataclass(frozen=True)
class ConcernRow:
    """One concern as lists show it, with names resolved and its overdue state as of a day."""

    id: str
    raised_on: dt.date
    area_id: str
    area: str
    owner_id: str
    owner: str
    raised_by: str
    category: str
    description: str
    status: str
    due_on: dt.date
    response: str
    feedback_on: dt.date | None
    closed_on: dt.date | None
    satisfaction: str | None
    visit_id: str | None
    overdue: bool


def as_of_day(end: dt.date) -> dt.date:
    return min(end, clock.today())


def _closed_by(closed_on: dt.date | None, day: dt.date) -> bool:
    return closed_on is not None and closed_on <= day


def is_overdue(due_on: dt.date, closed_on: dt.date | None, day: dt.date) -> bool:
    """Past its due date on `day` and not closed by then."""
    return due_on < day and not _closed_by(closed_on, day)


_FIGURE_COLUMNS = (Concern.raised_on, Concern.status, Concern.due_on, Concern.closed_on,
                   Concern.satisfaction)


def _compute(rows: Iterable[Sequence[Any]], start: dt.date, end: dt.date, as_of: dt.date,
             policy_days: int) -> ConcernFigures:
    raised = resolved = explained = still_open = overdue = within = 0
    days: list[int] = []
    satisfaction = {code: 0 for code in (*SATISFACTION, UNRECORDED)}
    for raised_on, status, due_on, closed_on, satisfied in rows:
        if start <= raised_on <= end:
            raised += 1
        if status in CLOSED_STATUSES and closed_on is not None and start <= closed_on <= end:
            if status == "resolved":
                resolved += 1
            else:
                explained += 1
            taken = (closed_on - raised_on).days
            days.append(taken)
            within += taken <= policy_days
            satisfaction[satisfied if satisfied in SATISFACTION else UNRECORDED] += 1
        if raised_on <= as_of and not _closed_by(closed_on, as_of):
            still_open += 1
            overdue += due_on < as_of
    return ConcernFigures(
        start=start, end=end, as_of=as_of, raised=raised, resolved=resolved, explained=explained,
        open=still_open, overdue=overdue,
        median_days_to_close=float(statistics.median(days)) if days else None,
        closed_within_policy=within,
        share_closed_within_policy=within / len(days) if days else None,
        satisfaction=satisfaction)


def _period_query(start: dt.date, end: dt.date, *columns: pw.ColumnBase) -> pw.ModelSelect:
    """Concerns that can count in the period: raised by its end, not closed before its start."""
    return (Concern.select(*columns)
            .where(~Concern.deleted, Concern.raised_on <= end,
                   Concern.closed_on.is_null() | (Concern.closed_on >= start)))


def concern_figures(start: dt.date, end: dt.date) -> ConcernFigures:
    """The branch's concern figures for the period (see the module docstring for definitions)."""
    rows = _period_query(start, end, *_FIGURE_COLUMNS).tuples()
    return _compute(rows, start, end, as_of_day(end), get_organisation().concern_due_days)


def _grouped(start: dt.date, end: dt.date, key_field: pw.ForeignKeyField,
             name_model: type[WorkArea | Member]) -> list[GroupFigures]:
    query = (_period_query(start, end, key_field, name_model.name, *_FIGURE_COLUMNS)
             .join(name_model, on=(key_field == name_model.id)).tuples())
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for key, name, *figures in query:
        groups[(key, name)].append(figures)
    policy, as_of = get_organisation().concern_due_days, as_of_day(end)
    out = [GroupFigures(key, name, _compute(rows, start, end, as_of, policy))
           for (key, name), rows in groups.items()]
    return sorted(out, key=lambda g: (-g.figures.overdue, -g.figures.open, g.name))


def figures_by_area(start: dt.date, end: dt.date) -> list[GroupFigures]:
    """Per work area with any concern counting in the period; most overdue first."""
    return _grouped(start, end, Concern.work_area, WorkArea)


def figures_by_owner(start: dt.date, end: dt.date) -> list[GroupFigures]:
    """Per owning cadre with any concern counting in the period; most overdue first."""
    return _grouped(start, end, Concern.owner, Member)


def open_by_area(day: dt.date | None = None) -> dict[str, tuple[int, int]]:
    """Work area id → (open, overdue) as of `day` (default today): for area and coverage pages."""
    day = day or clock.today()
    query = (Concern.select(Concern.work_area, Concern.due_on, Concern.closed_on)
             .where(~Concern.deleted, Concern.raised_on <= day,
                    Concern.closed_on.is_null() | (Concern.closed_on > day)).tuples())
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for area_id, due_on, _closed_on in query:
        out[area_id][0] += 1
        out[area_id][1] += due_on < day
    return {area_id: (n_open, n_overdue) for area_id, (n_open, n_overdue) in out.items()}


def _joined(*columns: pw.ColumnBase, deleted: bool | None = False
            ) -> tuple[pw.ModelSelect, pw.ModelAlias]:
    """Concerns with their area, owner and (member) raiser joined, so lists can show and search
    names; `columns` come first, then the three names. `deleted` None means live and trash."""
    owner = Member.alias()
    query = (Concern.select(*columns, WorkArea.name, owner.name, Member.name)
             .join(WorkArea, on=(Concern.work_area == WorkArea.id))
             .switch(Concern).join(owner, on=(Concern.owner == owner.id))
             .switch(Concern).join(Member, pw.JOIN.LEFT_OUTER, on=(Concern.raised_by == Member.id)))
    if deleted is not None:
        query = query.where(Concern.deleted == deleted)
    return query, owner


def _filtered(*columns: pw.ColumnBase, statuses: Iterable[str] | None = None,
              area_id: str | None = None, owner_id: str | None = None,
              overdue: bool = False, period: tuple[dt.date, dt.date] | None = None,
              search: str = "", visit_id: str | None = None,
              due: tuple[dt.date, dt.date] | None = None, deleted: bool = False
              ) -> tuple[pw.ModelSelect, pw.ModelAlias, dt.date]:
    day = as_of_day(period[1]) if period else clock.today()
    query, owner = _joined(*columns, deleted=deleted)
    if period:
        query = query.where(Concern.raised_on <= period[1],
                            Concern.closed_on.is_null() | (Concern.closed_on >= period[0]))
    if statuses:
        query = query.where(Concern.status.in_(list(statuses)))
    if area_id:
        query = query.where(Concern.work_area == area_id)
    if owner_id:
        query = query.where(Concern.owner == owner_id)
    if visit_id:
        query = query.where(Concern.visit == visit_id)
    if due:
        query = query.where(Concern.due_on.between(*due))
    if overdue:
        query = query.where(Concern.due_on < day, Concern.raised_on <= day,
                            Concern.closed_on.is_null() | (Concern.closed_on > day))
    needle = search.strip()
    if needle:
        lower = needle.lower()
        query = query.where(Concern.description.contains(needle)
                            | Concern.raised_by_name.contains(needle)
                            | Concern.response.contains(needle) | WorkArea.name.contains(needle)
                            | owner.name.contains(needle) | owner.name_initials.contains(lower)
                            | owner.name_pinyin.contains(lower) | Member.name.contains(needle)
                            | Member.name_initials.contains(lower))
    return query, owner, day


def list_concerns(**filters: Unpack[ConcernFilters]) -> list[ConcernRow]:
    """Concerns for lists, earliest due date first. Filters (all optional):

    `period` (start, end) keeps the concerns on the books during it: raised by its end and not
    closed before its start (so raised in it, closed in it, or still open in it); overdue is
    judged as of the period's as-of day, or today without a period. `statuses` filters on the
    current status; `area_id`, `owner_id`, `visit_id`; `overdue`; `due` (first, last) keeps due
    dates inside a range; `search` looks in the text, the area and the names (owner and member
    raiser also by pinyin initials, as zs for 张三); `deleted` lists the trash instead.
    """
    query, _owner, day = _filtered(*Concern._meta.sorted_fields, **filters)
    query = query.order_by(Concern.due_on, Concern.raised_on, Concern.id)
    return [_row(values, day) for values in query.tuples()]


SORT_KEYS = ("raised_on", "area", "owner", "raised_by", "category", "status", "due_on",
             "description")


def concern_ids(*, sort_key: str = "due_on", descending: bool = False,
                **filters: Unpack[ConcernFilters]) -> list[str]:
    """Ids of the concerns `list_concerns(**filters)` would give, sorted by a SORT_KEYS column
    (ties by due date), for pages that load rows as they are shown."""
    query, owner, _day = _filtered(Concern.id, **filters)
    fields = {"area": WorkArea.name, "owner": owner.name,
              "raised_by": pw.fn.COALESCE(Member.name, Concern.raised_by_name)}
    key = fields.get(sort_key) or getattr(Concern, sort_key if sort_key in SORT_KEYS else "due_on")
    query = query.order_by(key.desc() if descending else key.asc(), Concern.due_on, Concern.id)
    return [row[0] for row in query.tuples()]


def concern_rows(ids: list[str], day: dt.date | None = None) -> list[ConcernRow]:
    """The rows of these concerns (trash included), overdue as of `day` (default today)."""
    query, _owner = _joined(*Concern._meta.sorted_fields, deleted=None)
    query = query.where(Concern.id.in_(list(ids)))
    day = day or clock.today()
    return [_row(values, day) for values in query.tuples()]


_CONCERN_FIELDS = Concern._meta.sorted_field_names


def _row(values: tuple, day: dt.date) -> ConcernRow:
    *fields, area, owner, raiser = values
    c = dict(zip(_CONCERN_FIELDS, fields, strict=True))
    return ConcernRow(
        id=c["id"], raised_on=c["raised_on"], area_id=c["work_area"], area=area,
        owner_id=c["owner"], owner=owner, raised_by=raiser or c["raised_by_name"],
        category=c["category"], description=c["description"], status=c["status"],
        due_on=c["due_on"], response=c["response"], feedback_on=c["feedback_on"],
        closed_on=c["closed_on"], satisfaction=c["satisfaction"], visit_id=c["visit"],
        overdue=is_overdue(c["due_on"], c["closed_on"], day) and c["raised_on"] <= day)


def due_this_week(today: dt.date | None = None) -> list[ConcernRow]:
    """Open concerns due from today to this Sunday (overdue ones are listed by `overdue=True`)."""
    today = today or clock.today()
    sunday = today + dt.timedelta(days=6 - today.weekday())
    return list_concerns(statuses=OPEN_STATUSES, due=(today, sunday))
