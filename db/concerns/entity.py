"""Workers' concerns (诉求): recorded with an owner and a due date, carried to a closure.

This module keeps the record itself (create, correct, delete, restore) and its event history.
Status changes follow the lifecycle rules in db.concerns.flow.
"""
from __future__ import annotations

import datetime as dt

from db import clock, records
from db.choices import CONCERN_CATEGORIES, CONCERN_STATUSES, SATISFACTION
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Concern, ConcernEvent, Member, Visit, WorkArea, database, new_id
from db.organisation import get_organisation
from db.validate import DELETED_REF, Checker

OWNER_NOT_CADRE = QT_TRANSLATE_NOOP("db", "The owner must be a cadre.")
NO_RAISER = QT_TRANSLATE_NOOP("db", "Name the worker who raised it (a member or a name).")
DUE_BEFORE_RAISED = QT_TRANSLATE_NOOP("db", "The due date is before the date it was raised.")


def validate_fields(data: dict, current: Concern | None = None) -> dict:
    """The concern's columns as they stand (an import brings concerns in any state)."""
    c = Checker(data)
    raised = c.date("raised_on", required=True, not_future=True)
    c.ref("work_area", WorkArea)
    raiser = c.ref("raised_by", Member, required=False)
    name = c.text("raised_by_name", max_len=50)
    if raiser is None and not name and not c.has_problem("raised_by"):
        c.fail("raised_by", NO_RAISER)
    c.ref("visit", Visit, required=False)
    c.choice("category", CONCERN_CATEGORIES, default="other")
    c.text("description", required=True, max_len=5000)
    owner = c.ref("owner", Member)
    if owner is not None and not owner.is_cadre:
        c.fail("owner", OWNER_NOT_CADRE)
    if c.data.get("due_on") in (None, "") and raised:
        c.data["due_on"] = raised + dt.timedelta(days=get_organisation().concern_due_days)
    due = c.date("due_on", required=True)
    if raised and due and due < raised:
        c.fail("due_on", DUE_BEFORE_RAISED)
    c.choice("status", CONCERN_STATUSES, default="open")
    c.text("response", max_len=5000)
    c.date("feedback_on", not_future=True)
    c.date("closed_on", not_future=True)
    c.choice("satisfaction", SATISFACTION, required=False)
    return c.done()


def add_event(concern: Concern, action: str, *, from_status: str | None = None,
              to_status: str | None = None, text: str = "", actor: str = "") -> ConcernEvent:
    return records.insert(ConcernEvent, {
        "concern": concern.id, "at": clock.now(), "device": records.current_device(),
        "actor": actor, "action": action, "from_status": from_status, "to_status": to_status,
        "text": text,
    })


def created_event(concern: dict) -> dict:
    """The 'created' event of a concern arriving in the state it is in (an imported log)."""
    return {"id": new_id(), "concern": concern["id"], "at": clock.now(),
            "device": records.current_device(), "actor": "", "action": "created",
            "from_status": None, "to_status": concern["status"], "text": concern["description"]}


# The facts a correction may change; status and closure go through db.concerns.flow.
EDITABLE = ("raised_on", "work_area", "raised_by", "raised_by_name", "visit", "category",
            "description", "owner", "due_on")
NEW = {"status": "open", "response": "", "feedback_on": None, "closed_on": None,
       "satisfaction": None}


def _check(data: dict, current: Concern | None) -> dict:
    """A new concern starts open, with an owner and a due date (raised + policy days by
    default); a correction changes only its facts. `actor` (who is making the change) is
    written in its history."""
    if current is None:
        fields = {**data, **NEW}
    else:
        stored = records.content_of(current)
        fields = {**stored, **{k: v for k, v in data.items() if k in EDITABLE}}
    return {**validate_fields(fields, current), "actor": str(data.get("actor") or "")}


def _write_history(concern: Concern, extras: dict, before: dict | None) -> None:
    actor = extras.get("actor", "")
    if before is None:
        add_event(concern, "created", to_status="open", text=concern.description, actor=actor)
        return
    after = records.content_of(concern)
    changed = sorted(k for k in EDITABLE if before.get(k) != after.get(k))
    if changed:
        add_event(concern, "edited", text=", ".join(changed), actor=actor)


# records.create/edit(KIND, data) with data["actor"] for the concern's history.
# A row from another machine is checked by its columns alone (validate_fields); its owner may
# stop being a cadre on another machine meanwhile.
KIND = records.Kind(Concern, _check, extra=("actor",), after_write=_write_history,
                    columns=validate_fields,
                    concurrent=frozenset({DELETED_REF, OWNER_NOT_CADRE}))


def history(concern_id: str) -> list[ConcernEvent]:
    return list(ConcernEvent.select()
                .where(ConcernEvent.concern == concern_id, ~ConcernEvent.deleted)
                .order_by(ConcernEvent.at, ConcernEvent.seq))


def raised_on(day: dt.date) -> list[tuple[str, str, str, str | None, str]]:
    """(id, work area, description, raising member, raiser's name as written) of the live
    concerns raised on `day`, in one query: what an import compares a hand-kept log's rows
    with (peewee composing a query for each row of a 2,000-row log was seconds)."""
    table = Concern._meta.table_name
    return list(database.execute_sql(
        f'SELECT "id", "work_area_id", "description", "raised_by_id", "raised_by_name" '
        f'FROM "{table}" WHERE "raised_on" = ? AND NOT "deleted"', (day.isoformat(),)))
