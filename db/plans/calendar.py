"""The month's plan as an iCalendar file (.ics), one all-day event per entry, for a phone.

An event spans the planned day, or the planned week when no day is given. It carries the work
area (as location and title), the purpose, the cadre and the note, as plain text without links.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import icalendar

from db.i18n import QT_TRANSLATE_NOOP, fill
from db.plans.entity import PURPOSES
from db.plans.states import EntryView, Plan

C = "plans"
TITLE = QT_TRANSLATE_NOOP("plans", "Visit: {area}")
DESCRIPTION = QT_TRANSLATE_NOOP("plans", "Purpose: {purpose}. Cadre: {cadre}. Week {week} "
                                         "({start} to {end}).")
DESCRIPTION_DAY = QT_TRANSLATE_NOOP("plans", "Purpose: {purpose}. Cadre: {cadre}. On {day}.")
CALENDAR_NAME = QT_TRANSLATE_NOOP("plans", "Visit plan {month}")
NOTE = QT_TRANSLATE_NOOP("plans", "Note: {note}")


def _identity(_context: str, text: str) -> str:
    return text


def event_of(entry: EntryView, translate: Callable[[str, str], str]) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{entry.id}@branch-desk")
    event.add("dtstamp", dt.datetime(entry.month.year, entry.month.month, 1,
                                     tzinfo=dt.UTC))
    first = entry.planned_on or entry.week_start
    last = entry.planned_on or entry.week_end
    event.add("dtstart", first)
    event.add("dtend", last + dt.timedelta(days=1))
    event.add("summary", fill(translate(C, TITLE), area=entry.area))
    event.add("location", entry.area)
    purpose = translate("choices", PURPOSES.get(entry.purpose, entry.purpose))
    if entry.planned_on:
        text = fill(translate(C, DESCRIPTION_DAY), cadre=entry.cadre, purpose=purpose,
                    day=entry.planned_on.isoformat())
    else:
        text = fill(translate(C, DESCRIPTION), cadre=entry.cadre, week=entry.week,
                    purpose=purpose, start=entry.week_start.isoformat(),
                    end=entry.week_end.isoformat())
    if entry.note:
        text += "\n" + fill(translate(C, NOTE), note=entry.note)
    event.add("description", text)
    event.add("transp", "TRANSPARENT")
    return event


def plan_calendar(plan: Plan, translate: Callable[[str, str], str] = _identity,
                  *, cadre_id: str | None = None) -> bytes:
    """The entries of `plan` (of one cadre, or all) that are not dropped, as .ics bytes."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Branch Desk//visit plan//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    month = f"{plan.month.year:04d}-{plan.month.month:02d}"
    cal.add("x-wr-calname", fill(translate(C, CALENDAR_NAME), month=month))
    for entry in plan.entries:
        if entry.state != "dropped" and (cadre_id is None or entry.cadre_id == cadre_id):
            cal.add_component(event_of(entry, translate))
    return cal.to_ical()
