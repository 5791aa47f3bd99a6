"""Who works where (工区分配) and which cadre answers for which area (包保), over time."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from db import clock, records
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Assignment, Member, Responsibility, WorkArea
from db.validate import DELETED_REF, Checker

OVERLAP = QT_TRANSLATE_NOOP(
    "db", "This overlaps the member's assignment to {area} from {start}; end that one first.")
NOT_CADRE = QT_TRANSLATE_NOOP("db", "Only a cadre can be responsible for a work area.")
SAME_RESPONSIBILITY = QT_TRANSLATE_NOOP(
    "db", "This cadre is already responsible for this work area in that period.")


def _overlapping(model, member_id: str, start: dt.date, end: dt.date | None, current):
    """Live rows of `model` for the member whose period overlaps [start, end).

    An end date is the day the period stops: a new period may start on it.
    """
    # Only what a clash message needs: composing a wide SELECT per imported row is slow.
    query = model.select(model.id, model.work_area, model.start_on).where(
        ~model.deleted, model.member == member_id)
    if current is not None:
        query = query.where(model.id != current.id)
    query = query.where((model.end_on.is_null()) | (model.end_on > start))
    if end is not None:
        query = query.where(model.start_on < end)
    return query


def _common(data: dict) -> Checker:
    c = Checker(data)
    c.ref("member", Member)
    c.ref("work_area", WorkArea)
    c.date("start_on", required=True)
    c.date("end_on")
    c.period("start_on", "end_on")
    return c


def _validate_assignment(data: dict, current) -> dict:
    c = _common(data)
    if not c.problems:
        clash = _overlapping(Assignment, c.clean["member"], c.clean["start_on"], c.clean["end_on"],
                             current).first()
        if clash is not None:
            c.fail("start_on", OVERLAP, area=clash.work_area.name, start=clash.start_on.isoformat())
    return c.done()


def _validate_responsibility(data: dict, current) -> dict:
    c = _common(data)
    if not c.problems:
        if not Member.get_by_id(c.clean["member"]).is_cadre:
            c.fail("member", NOT_CADRE)
        same = _overlapping(Responsibility, c.clean["member"], c.clean["start_on"],
                            c.clean["end_on"], current)
        if same.where(Responsibility.work_area == c.clean["work_area"]).exists():
            c.fail("work_area", SAME_RESPONSIBILITY)
    return c.done()


# Periods entered on two machines may overlap, and a cadre may stop being one on the other.
ASSIGNMENT = records.Kind(Assignment, _validate_assignment,
                          concurrent=frozenset({DELETED_REF, OVERLAP}))
RESPONSIBILITY = records.Kind(Responsibility, _validate_responsibility,
                              concurrent=frozenset({DELETED_REF, OVERLAP, NOT_CADRE,
                                                    SAME_RESPONSIBILITY}))


def in_force(model: type[Assignment] | type[Responsibility], on: dt.date) -> pw.Expression:
    """Condition: live rows of Assignment or Responsibility whose period includes `on` (the end
    date is the first day it no longer applies)."""
    return ((~model.deleted) & (model.start_on <= on)
            & (model.end_on.is_null() | (model.end_on > on)))


def _current(query, model, on: dt.date | None):
    return query.where(in_force(model, on or clock.today()))


def members_in_area(area_id: str, on: dt.date | None = None) -> list[Member]:
    query = (Member.select().join(Assignment)
             .where(Assignment.work_area == area_id, ~Member.deleted))
    return list(_current(query, Assignment, on).order_by(Member.name_pinyin))


def cadres_for_area(area_id: str, on: dt.date | None = None) -> list[Member]:
    query = (Member.select().join(Responsibility)
             .where(Responsibility.work_area == area_id, ~Member.deleted))
    return list(_current(query, Responsibility, on).order_by(Member.name_pinyin))
