"""The concern lifecycle in one place: which step is allowed when, and what each step needs.

    open (待办) ──start──▶ in_progress (办理中) ──resolve──▶ resolved (已解决)
      │                        │            └──explain──▶ explained (已解释)
      └──resolve / explain─────┘  (a concern answered on the spot may close straight from open)
    resolved / explained ──reopen──▶ in_progress

Rules (DESIGN.md → Records, Concern):
- resolving needs the response; the date the worker was told (feedback_on) is optional;
- explaining needs the explanation (kept in `response`) and the date the worker was told
  (feedback_on), which closes it: an explanation counts only once the worker has heard it, so
  closed_on = feedback_on;
- every date is neither in the future nor before the concern was raised;
- reopening needs a reason; it clears the closure (closed_on, response, feedback_on, satisfaction)
  so the next closure is judged afresh; the earlier answer stays in the event history. A reopened
  concern goes to in_progress: its owner has already worked on it;
- the owner (a cadre) can be changed while the concern is not closed;
- satisfaction (满意/基本满意/不满意) can be recorded only on a closed concern.

Every step writes the concern and a ConcernEvent (who, when, from, to, text) in one transaction.
A refused step raises ValidationError and changes nothing.
"""
from __future__ import annotations

import datetime as dt

from db import clock, records
from db.choices import CLOSED_STATUSES, SATISFACTION
from db.concerns import OWNER_NOT_CADRE, add_event
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Concern, Member, database
from db.validate import Checker

START, RESOLVE, EXPLAIN, REOPEN, REASSIGN, SATISFY = (
    "start", "resolve", "explain", "reopen", "reassign", "satisfaction")

# Which actions each status allows, in the order the UI offers them.
ACTIONS: dict[str, tuple[str, ...]] = {
    "open": (START, RESOLVE, EXPLAIN, REASSIGN),
    "in_progress": (RESOLVE, EXPLAIN, REASSIGN),
    "resolved": (REOPEN, SATISFY),
    "explained": (REOPEN, SATISFY),
}

ALREADY_STARTED = QT_TRANSLATE_NOOP("db", "This concern is already being handled.")
ALREADY_CLOSED = QT_TRANSLATE_NOOP("db", "This concern is already closed; reopen it first.")
NOT_CLOSED = QT_TRANSLATE_NOOP("db", "Only a closed concern can be reopened.")
SATISFACTION_BEFORE_CLOSE = QT_TRANSLATE_NOOP(
    "db", "Satisfaction can be recorded only after the concern is closed.")
BEFORE_RAISED = QT_TRANSLATE_NOOP("db", "The date is before the concern was raised ({raised}).")
SAME_OWNER = QT_TRANSLATE_NOOP("db", "This cadre already owns the concern.")

# Why each action is refused in a status where it is not allowed.
_REFUSALS = {
    START: lambda status: ALREADY_CLOSED if status in CLOSED_STATUSES else ALREADY_STARTED,
    RESOLVE: lambda status: ALREADY_CLOSED,
    EXPLAIN: lambda status: ALREADY_CLOSED,
    REASSIGN: lambda status: ALREADY_CLOSED,
    REOPEN: lambda status: NOT_CLOSED,
    SATISFY: lambda status: SATISFACTION_BEFORE_CLOSE,
}


def allowed_actions(concern: Concern) -> list[str]:
    """The actions the concern's current status allows (none for a concern in the trash)."""
    if concern.deleted:
        return []
    return list(ACTIONS.get(concern.status, ()))


def _load(concern_id, action: str) -> Concern:
    concern = records.get_row(Concern, concern_id)
    if action not in ACTIONS.get(concern.status, ()):
        raise ValidationError([Problem("status", _REFUSALS[action](concern.status))])
    return concern


def _day(c: Checker, name: str, concern: Concern, *, required: bool) -> dt.date | None:
    """A date of this concern's life: not in the future, not before it was raised."""
    value = c.date(name, required=required, not_future=True)
    if value is not None and value < concern.raised_on:
        c.fail(name, BEFORE_RAISED, raised=concern.raised_on.isoformat())
    return value


def _apply(concern: Concern, changes: dict, action: str, text: str, actor: str,
           to_status: str | None = None) -> Concern:
    from_status = concern.status
    records.update(concern, changes)
    add_event(concern, action, from_status=from_status, to_status=to_status, text=text,
              actor=actor)
    return concern


def start(concern_id, note: str = "", *, actor: str = "") -> Concern:
    """Someone is working on it: open → in_progress. The note (what is being done) is optional."""
    with database.atomic():
        concern = _load(concern_id, START)
        c = Checker({"note": note})
        note = c.text("note", max_len=5000)
        c.done()
        return _apply(concern, {"status": "in_progress"}, "started", note, actor, "in_progress")


def resolve(concern_id, response: str, feedback_on=None, *, closed_on=None,
            actor: str = "") -> Concern:
    """Solved: the response says what was done. `closed_on` defaults to today (for paper records
    entered later, the day it was actually solved); `feedback_on` is when the worker heard back."""
    with database.atomic():
        concern = _load(concern_id, RESOLVE)
        c = Checker({"response": response, "feedback_on": feedback_on,
                     "closed_on": closed_on or clock.today()})
        response = c.text("response", required=True, max_len=5000)
        feedback = _day(c, "feedback_on", concern, required=False)
        closed = _day(c, "closed_on", concern, required=True)
        c.done()
        changes = {"status": "resolved", "response": response, "feedback_on": feedback,
                   "closed_on": closed}
        return _apply(concern, changes, "resolved", response, actor, "resolved")


def explain(concern_id, explanation: str, told_on, *, actor: str = "") -> Concern:
    """Cannot be solved, and the worker was told why on `told_on`, which is when it closes."""
    with database.atomic():
        concern = _load(concern_id, EXPLAIN)
        c = Checker({"response": explanation, "feedback_on": told_on})
        explanation = c.text("response", required=True, max_len=5000)
        told = _day(c, "feedback_on", concern, required=True)
        c.done()
        changes = {"status": "explained", "response": explanation, "feedback_on": told,
                   "closed_on": told}
        return _apply(concern, changes, "explained", explanation, actor, "explained")


def reopen(concern_id, reason: str, *, actor: str = "") -> Concern:
    """Back to in_progress (the worker came back, the fix did not hold); the reason is required."""
    with database.atomic():
        concern = _load(concern_id, REOPEN)
        c = Checker({"reason": reason})
        reason = c.text("reason", required=True, max_len=5000)
        c.done()
        changes = {"status": "in_progress", "response": "", "feedback_on": None,
                   "closed_on": None, "satisfaction": None}
        return _apply(concern, changes, "reopened", reason, actor, "in_progress")


def reassign(concern_id, owner, *, note: str = "", actor: str = "") -> Concern:
    """Hand a concern that is not closed to another cadre; the event names both owners."""
    with database.atomic():
        concern = _load(concern_id, REASSIGN)
        c = Checker({"owner": owner, "note": note})
        new_owner = c.ref("owner", Member)
        note = c.text("note", max_len=5000)
        if new_owner is not None and not new_owner.deleted:
            if not new_owner.is_cadre:
                c.fail("owner", OWNER_NOT_CADRE)
            elif new_owner.id == concern.owner_id:
                c.fail("owner", SAME_OWNER)
        c.done()
        text = f"{concern.owner.name} → {new_owner.name}" + (f": {note}" if note else "")
        return _apply(concern, {"owner": new_owner.id}, "reassigned", text, actor)


def set_satisfaction(concern_id, value: str | None, *, actor: str = "") -> Concern:
    """The worker's satisfaction with the closure (a SATISFACTION code, or None to clear it)."""
    with database.atomic():
        concern = _load(concern_id, SATISFY)
        c = Checker({"satisfaction": value})
        value = c.choice("satisfaction", SATISFACTION, required=False)
        c.done()
        if value == concern.satisfaction:
            return concern
        return _apply(concern, {"satisfaction": value}, "satisfaction", value or "", actor)
