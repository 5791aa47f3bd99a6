"""Demo data's cast: the work areas and people the builder makes, as plain records, and the
small helpers over them that every part of the builder uses."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(eq=False)
class Area:
    id: str
    name: str
    kind: str
    station: str
    line: str
    km: tuple[float, float]
    headcount: int
    position: float                                  # km along the workshop's stretch
    distance: float = 0.0                            # from the workshop's base
    tier: int = 2
    branch: int = 0
    cadres: list = field(default_factory=list)       # its 包保 cadres
    pool: list = field(default_factory=list)         # (member, from, until): who works there when
    workers: list = field(default_factory=list)      # names of workers who are not members
    blocked_after: dt.date | None = None             # neglected: nobody goes after this day

    def members_on(self, day: dt.date) -> list:
        return [p for p, first, until in self.pool
                if first <= day and (until is None or day < until)]


@dataclass(eq=False)
class Person:
    id: str
    name: str
    gender: str
    home: Area                                      # where the member works (first)
    job_post: str
    party_post: str = ""
    is_cadre: bool = False
    life: str = "active"                             # active, probationary, mover, retired ...
    periods: list = field(default_factory=list)      # (area, start, end) assignments
    own: list = field(default_factory=list)          # a cadre's 包保 areas
    scope: int | None = None                         # a branch cadre keeps to its branch
    activity: float = 1.0                            # how often a cadre leads a visit
    own_pull: float = 1.0                            # how much a cadre favours its own areas
    flatten: float = 1.0                             # < 1: a cadre who minds remoteness less
    birth: dt.date | None = None
    joined: dt.date | None = None
    full: dt.date | None = None                      # full member since
    left: dt.date | None = None                      # retired, transferred or died on
    on_roll: dt.date | None = None                   # on this database's roll from


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def km_text(km: float) -> str:
    metres = int(round(km * 100)) * 10
    return f"K{metres // 1000}+{metres % 1000:03d}"
