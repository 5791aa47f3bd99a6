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
from collections.abc import Callable
from dataclasses import dataclass

from db import clock, records
from db.choices import CLOSED_STATUSES, SATISFACTION
from db.concerns.entity import OWNER_NOT_CADRE, add_event
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Concern, Member, database
from db.validate import Checker

ConcernRef = str | Concern  # a concern's id, or the concern itself
DateInput = dt.date | str | None  # a day as the checker reads it: a date, ISO text or nothing

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


def _load(concern_id: ConcernRef, action: str) -> Concern:
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


@dataclass(frozen=True)
class Step:
    """What a validated action will do: the concern's changes and the event that records them."""

    changes: dict
    event: str
    text: str
    to_status: str | None = None


def _plan_start(concern: Concern, data: dict) -> Step:
    c = Checker(data)
    note = c.text("note", max_len=5000)
    c.done()
    return Step({"status": "in_progress"}, "started", note, "in_progress")


def _plan_resolve(concern: Concern, data: dict) -> Step:
    c = Checker({**data, "closed_on": data.get("closed_on") or clock.today()})
    response = c.text("response", required=True, max_len=5000)
    feedback = _day(c, "feedback_on", concern, required=False)
    closed = _day(c, "closed_on", concern, required=True)
    c.done()
    changes = {"status": "resolved", "response": response, "feedback_on": feedback,
               "closed_on": closed}
    return Step(changes, "resolved", response, "resolved")


def _plan_explain(concern: Concern, data: dict) -> Step:
    c = Checker(data)
    explanation = c.text("response", required=True, max_len=5000)
    told = _day(c, "feedback_on", concern, required=True)
    c.done()
    changes = {"status": "explained", "response": explanation, "feedback_on": told,
               "closed_on": told}
    return Step(changes, "explained", explanation, "explained")


def _plan_reopen(concern: Concern, data: dict) -> Step:
    c = Checker(data)
    reason = c.text("reason", required=True, max_len=5000)
    c.done()
    changes = {"status": "in_progress", "response": "", "feedback_on": None, "closed_on": None,
               "satisfaction": None}
    return Step(changes, "reopened", reason, "in_progress")


def _plan_reassign(concern: Concern, data: dict) -> Step:
    c = Checker(data)
    new_owner = c.ref("owner", Member)
    note = c.text("note", max_len=5000)
    if new_owner is not None and not new_owner.deleted:
        if not new_owner.is_cadre:
            c.fail("owner", OWNER_NOT_CADRE)
        elif new_owner.id == concern.owner_id:
            c.fail("owner", SAME_OWNER)
    c.done()
    assert new_owner is not None  # c.done() refused a missing one
    text = f"{concern.owner.name} → {new_owner.name}" + (f": {note}" if note else "")
    return Step({"owner": new_owner.id}, "reassigned", text)


def _plan_satisfaction(concern: Concern, data: dict) -> Step:
    c = Checker(data)
    value = c.choice("satisfaction", SATISFACTION, required=False)
    c.done()
    return Step({"satisfaction": value}, "satisfaction", str(value or ""))


_PLANS: dict[str, Callable[[Concern, dict], Step]] = {
    START: _plan_start, RESOLVE: _plan_resolve, EXPLAIN: _plan_explain, REOPEN: _plan_reopen,
    REASSIGN: _plan_reassign, SATISFY: _plan_satisfaction,
}


def check(action: str, concern_id: ConcernRef, data: dict) -> Step:
    """Validate an action without writing anything (dialogs call this as the user types).

    `data` uses the field names the refusals name: start {note}; resolve {response, feedback_on,
    closed_on}; explain {response (the explanation), feedback_on (the day the worker was told)};
    reopen {reason}; reassign {owner, note}; satisfaction {satisfaction}.
    """
    return _PLANS[action](_load(concern_id, action), dict(data))


def perform(action: str, concern_id: ConcernRef, data: dict, *, actor: str = "") -> Concern:
    """Validate and apply an action with its event, in one transaction; refused means unchanged."""
    with database.atomic():
        concern = _load(concern_id, action)
        step = _PLANS[action](concern, dict(data))
        if step.changes.keys() == {"satisfaction"} and \
                step.changes["satisfaction"] == concern.satisfaction:
            return concern  # the same answer again is no change
        from_status = concern.status
        records.update(concern, step.changes)
        add_event(concern, step.event, from_status=from_status, to_status=step.to_status,
                  text=step.text, actor=actor)
        return concern


def start(concern_id: ConcernRef, note: str = "", *, actor: str = "") -> Concern:
    """Someone is working on it: open → in_progress. The note (what is being done) is optional."""
    return perform(START, concern_id, {"note": note}, actor=actor)


def resolve(concern_id: ConcernRef, response: str, feedback_on: DateInput = None, *,
            closed_on: DateInput = None, actor: str = "") -> Concern:
    """Solved: the response says what was done. `closed_on` defaults to today (for paper records
    entered later, the day it was actually solved); `feedback_on` is when the worker heard back."""
    return perform(RESOLVE, concern_id, {"response": response, "feedback_on": feedback_on,
                                         "closed_on": closed_on}, actor=actor)


def explain(concern_id: ConcernRef, explanation: str, told_on: DateInput, *,
            actor: str = "") -> Concern:
    """Cannot be solved, and the worker was told why on `told_on`, which is when it closes."""
    return perform(EXPLAIN, concern_id, {"response": explanation, "feedback_on": told_on},
                   actor=actor)


def reopen(concern_id: ConcernRef, reason: str, *, actor: str = "") -> Concern:
    """Back to in_progress (the worker came back, the fix did not hold); the reason is required."""
    return perform(REOPEN, concern_id, {"reason": reason}, actor=actor)


def reassign(concern_id: ConcernRef, owner: str | Member, *, note: str = "",
             actor: str = "") -> Concern:
    """Hand a concern that is not closed to another cadre; the event names both owners."""
    return perform(REASSIGN, concern_id, {"owner": owner, "note": note}, actor=actor)


def set_satisfaction(concern_id: ConcernRef, value: str | None, *,
                     actor: str = "") -> Concern:
    """The worker's satisfaction with the closure (a SATISFACTION code, or None to clear it)."""
    return perform(SATISFY, concern_id, {"satisfaction": value}, actor=actor)
