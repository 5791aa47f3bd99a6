"""Work areas (工区) along the line: where people work and cadres visit."""
from __future__ import annotations

from db import clock, pinyin, records
from db.choices import ACCESS_TIERS
from db.i18n import QT_TRANSLATE_NOOP
from db.mileage import BAD_POSITION, normalise_position
from db.models import WorkArea
from db.validate import DELETED_REF, Checker, deleted_flags

DUPLICATE_NAME = QT_TRANSLATE_NOOP("db", "A work area named “{name}” already exists.")
DUPLICATE_NAME_IN_TRASH = QT_TRANSLATE_NOOP(
    "db", "A work area named “{name}” is in the trash; restore it instead.")
DEACTIVATED_BUT_ACTIVE = QT_TRANSLATE_NOOP(
    "db", "Only a work area that is not in use has a deactivation date.")
CLOSED_BEFORE_OPENED = QT_TRANSLATE_NOOP(
    "db", "The deactivation date is before the day the area came into use.")


def _deactivation(c: Checker, active: bool, current) -> None:
    """停用日期: the day the area left the figures. Closing an area without a date closes it
    today; re-opening it clears the date. An area that was already inactive without a date
    (closed before any record) keeps none, so editing it does not move it into past months."""
    day = c.date("deactivated_on", not_future=True)
    was_active = current is None or current.active
    if active:
        if day is not None and was_active:
            c.fail("deactivated_on", DEACTIVATED_BUT_ACTIVE)
        c.clean["deactivated_on"] = None
    elif day is None and was_active and not c.has_problem("deactivated_on"):
        c.clean["deactivated_on"] = clock.today()


def _position(c: Checker) -> None:
    """里程: optional; stored in one form (K1845+240, or K1845+240–K1852+100)."""
    text = c.text("position", max_len=60)
    try:
        c.clean["position"] = normalise_position(text)
    except ValueError:
        c.fail("position", BAD_POSITION, value=text)


def _validate(data: dict, current) -> dict:
    c = Checker(data)
    name = c.text("name", required=True, max_len=50)
    c.text("code", max_len=20)
    c.text("line_section", max_len=100)
    c.text("location", max_len=200)
    _position(c)
    c.number("distance_km", minimum=0, maximum=10000)
    c.integer("travel_minutes", minimum=0, maximum=24 * 60)
    c.choice("access_tier", ACCESS_TIERS, default=2)
    c.integer("headcount", minimum=0, maximum=100000)
    c.clean["headcount"] = c.clean["headcount"] or 0
    c.integer("visit_target", minimum=0, maximum=100)
    since = c.date("in_use_since", not_future=True)
    _deactivation(c, c.flag("active", default=True), current)
    closed = c.clean.get("deactivated_on")
    if since and closed and closed < since:
        c.fail("deactivated_on", CLOSED_BEFORE_OPENED)
    c.text("notes", max_len=2000)
    if name:
        c.clean["name_pinyin"], c.clean["name_initials"] = pinyin.keys(name)
        same = deleted_flags(WorkArea, "name", name,
                             other_than=current.id if current is not None else None)
        if not all(same):
            c.fail("name", DUPLICATE_NAME, name=name)
        elif current is None and any(same):
            c.fail("name", DUPLICATE_NAME_IN_TRASH, name=name)
    return c.done()


# Two machines may each name a new area alike: the exchange renames the later one on both
# alike (db.sync.alike), and the secretary may rename it again.
KIND = records.Kind(WorkArea, _validate, concurrent=frozenset(
    {DELETED_REF, DUPLICATE_NAME, DUPLICATE_NAME_IN_TRASH}))


def list_work_areas(*, active_only: bool = False, deleted: bool = False,
                    tier: int | None = None) -> list[WorkArea]:
    query = WorkArea.select().where(WorkArea.deleted == deleted)
    if active_only:
        query = query.where(WorkArea.active)
    if tier is not None:
        query = query.where(WorkArea.access_tier == tier)
    return list(query.order_by(WorkArea.access_tier, WorkArea.name))
