"""Small builders for concern tests: a work area, cadres, a concern, and a snapshot of the db."""
from __future__ import annotations

import datetime as dt

from db import concerns, members, records, workareas
from db.models import AuditEntry, Concern, ConcernEvent

TODAY = dt.date(2024, 5, 20)


def pin_today(monkeypatch, day: dt.date = TODAY) -> None:
    monkeypatch.setattr("db.clock.today", lambda: day)


def area(name: str = "石岭工区", tier: int = 2):
    return records.create(workareas.KIND, {"name": name, "access_tier": tier})


def cadre(name: str = "王建国"):
    return records.create(members.KIND, {"name": name, "is_cadre": True})


def concern(work_area, owner, raised_on=dt.date(2024, 5, 1), **extra):
    data = {"raised_on": raised_on, "work_area": work_area.id, "raised_by_name": "李师傅",
            "description": "宿舍热水器坏了", "owner": owner.id, **extra}
    return records.create(concerns.KIND, {**data, "actor": "tester"})


def snapshot() -> tuple:
    """Everything a refused step must leave untouched."""
    concerns = sorted(tuple(sorted(c.__data__.items())) for c in Concern.select())
    events = sorted(tuple(sorted(e.__data__.items())) for e in ConcernEvent.select())
    return concerns, events, AuditEntry.select().count()
