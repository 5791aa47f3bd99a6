"""A branch of four members (one probationary) and a helper to record meetings."""
from __future__ import annotations

import datetime as dt

import pytest


class Org:
    def __init__(self, make, monkeypatch):
        self.make = make
        self.monkeypatch = monkeypatch
        self.branch = make.branch()
        self.people = [make.member(branch=self.branch.id, joined_on="2010-01-01",
                                   full_member_on="2011-01-01", category="full")
                       for _ in range(3)]
        self.people.append(make.member(branch=self.branch.id, joined_on="2023-12-01",
                                       category="probationary"))
        self.ids = [p.id for p in self.people]

    def meeting(self, held_on="2024-05-10", kind="theme_day", present=None, absent=None,
                branch=..., entered=None, **kw):
        """Entered (the row's creation stamp) the day after it was held at 10:00 unless told."""
        from db import clock, meetings, records

        when = (dt.datetime.fromisoformat(entered) if entered else
                dt.datetime.combine(dt.date.fromisoformat(held_on) + dt.timedelta(days=1),
                                    dt.time(10)))
        self.monkeypatch.setattr(clock, "now", lambda: when)

        present = self.ids if present is None and absent is None else present or []
        absent = absent or {}
        attendance = ([{"member": m, "present": True} for m in present]
                      + [{"member": m, "present": False, "reason": r} for m, r in absent.items()])
        branch = self.branch.id if branch is ... else branch
        return records.create(meetings.KIND, {"branch": branch, "kind": kind, "held_on": held_on,
                               "attendance": attendance, **kw})


@pytest.fixture
def org(make, monkeypatch):
    return Org(make, monkeypatch)
