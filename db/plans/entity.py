"""走访计划 entries: the record, its rules, and the weeks of a month it is planned in.

A month has weeks 1 to 4 (days 1-7, 8-14, 15-21, 22-28) and a week 5 (day 29 to the end) when
it has more than 28 days. An entry names a week, or a day (then the day decides the week).
Refused: a work area closed before the entry's week starts, a member who is not a cadre, a week
or a day outside the month, dropping without a reason, a concern of another work area.
"""
from __future__ import annotations

import datetime as dt

from db import records
from db.dates import DateParseError, month_end, parse_date
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Concern, Member, PlanEntry, WorkArea
from db.plans.absentees import check_absentees, write_absentees
from db.validate import BAD_DATE, REQUIRED, Checker

PURPOSES = {
    "routine": QT_TRANSLATE_NOOP("choices", "Routine visit"),
    "concern": QT_TRANSLATE_NOOP("choices", "Concern follow-up"),
    "makeup": QT_TRANSLATE_NOOP("choices", "Make-up session"),
    "talk": QT_TRANSLATE_NOOP("choices", "Heart-to-heart talk"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
}
# The visit kind the quick visit entry starts with for each purpose.
PURPOSE_VISIT_KIND = {"routine": "work_along", "concern": "survey", "makeup": "lecture",
                      "talk": "talk", "other": "other"}

NOT_A_CADRE = QT_TRANSLATE_NOOP("db", "{name} is not a cadre.")
AREA_CLOSED = QT_TRANSLATE_NOOP("db", "The work area {name} is closed; it cannot be planned.")
WEEK_OUTSIDE = QT_TRANSLATE_NOOP("db", "{month} has weeks 1 to {weeks}; week {week} is not in it.")
DAY_OUTSIDE = QT_TRANSLATE_NOOP("db", "The day {day} is not in {month}.")
CONCERN_ELSEWHERE = QT_TRANSLATE_NOOP("db", "That concern was raised in another work area.")


def weeks_in(month: dt.date) -> int:
    return 5 if month_end(month).day > 28 else 4


def week_of(day: dt.date) -> int:
    return min(5, (day.day - 1) // 7 + 1)


def week_span(month: dt.date, week: int) -> tuple[dt.date, dt.date]:
    """First and last day of `week` (1-5) of `month`."""
    first = month.replace(day=1) + dt.timedelta(days=7 * (week - 1))
    last = month_end(month) if week >= 5 else first + dt.timedelta(days=6)
    return first, last


def month_label(month: dt.date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def _month(c: Checker) -> dt.date | None:
    raw = c.data.get("month")
    value = None
    if raw in (None, ""):
        c.fail("month", REQUIRED)
    elif isinstance(raw, dt.date):
        value = raw.replace(day=1)
    else:
        try:
            value = parse_date(str(raw).strip(), allow_month=True).replace(day=1)
        except DateParseError:
            c.fail("month", BAD_DATE, value=str(raw))
    c.clean["month"] = value
    return value


def _when(c: Checker, month: dt.date | None) -> None:
    day = c.date("planned_on")
    week = c.integer("week", minimum=None)
    if month is None:
        return
    if day is not None:
        if day.replace(day=1) != month:
            c.fail("planned_on", DAY_OUTSIDE, day=day.isoformat(), month=month_label(month))
        else:
            c.clean["week"] = week_of(day)
        return
    if week is None and not c.has_problem("week"):
        c.fail("week", REQUIRED)
    elif week is not None and not 1 <= week <= weeks_in(month):
        c.fail("week", WEEK_OUTSIDE, month=month_label(month), weeks=weeks_in(month), week=week)


def _columns(c: Checker) -> None:
    """The entry's own columns, checked into `c`."""
    month = _month(c)
    _when(c, month)
    cadre = c.ref("cadre", Member)
    if cadre is not None and not cadre.deleted and not cadre.is_cadre:
        c.fail("cadre", NOT_A_CADRE, name=cadre.name)
    area = c.ref("work_area", WorkArea)
    week = c.clean.get("week")
    if area is not None and not area.active and month is not None and week:
        starts = week_span(month, min(week, weeks_in(month)))[0]
        if area.deactivated_on is None or area.deactivated_on < starts:
            c.fail("work_area", AREA_CLOSED, name=area.name)
    c.choice("purpose", PURPOSES, default="routine")
    concern = c.ref("concern", Concern, required=False)
    if concern is not None and area is not None and concern.work_area_id != area.id:
        c.fail("concern", CONCERN_ELSEWHERE)
    c.text("note", max_len=500)
    dropped = c.flag("dropped")
    reason = c.text("dropped_reason", max_len=500)
    if dropped and not reason:
        c.fail("dropped_reason", REQUIRED)
    if not dropped:
        c.clean["dropped_reason"] = ""


def _validate_columns(data: dict, current) -> dict:
    c = Checker({k: v for k, v in data.items() if k != "absentees"})
    _columns(c)
    return c.done()


def _validate(data: dict, current) -> dict:
    """The columns and, for a make-up session, its `absentees` (db.plans.absentees)."""
    c = Checker(data)
    _columns(c)
    area = c.clean.get("work_area")
    check_absentees(c, current, c.clean.get("purpose"), getattr(area, "id", area),
                    c.clean.get("month"))
    return c.done()


# records.create/edit(KIND, data): the entry's fields, plus `absentees` (attendee ids) for a
# make-up session, written with it. A row arriving in a package is checked by its columns: its
# absentees come as PlanAbsentee rows of their own.
KIND = records.Kind(PlanEntry, _validate, extra=("absentees",), after_write=write_absentees,
                    columns=_validate_columns)


def drop_entry(entry_id: str, reason: str) -> PlanEntry:
    """Dropped, with the reason (the entry stays in the plan and in plan against actual)."""
    return records.edit(KIND, entry_id, {"dropped": True, "dropped_reason": reason})


def reinstate_entry(entry_id: str) -> PlanEntry:
    return records.edit(KIND, entry_id, {"dropped": False, "dropped_reason": ""})
