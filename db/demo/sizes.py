"""Demo data's sizes: how much a small workshop and a whole depot hold."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    areas: int
    branches: int
    members: int            # all members, cadres included
    cadres: int
    months: int             # of visits, the current month included
    visits_per_month: int
    concerns: int
    retired: int
    transferred: int
    deceased: int
    movers: int             # members who moved to another area during the period
    probationary: int


SIZES = {
    "small": Size(areas=12, branches=3, members=80, cadres=8, months=24, visits_per_month=11,
                  concerns=150, retired=3, transferred=2, deceased=0, movers=3, probationary=4),
    "depot": Size(areas=60, branches=8, members=600, cadres=40, months=120, visits_per_month=500,
                  concerns=20000, retired=45, transferred=30, deceased=2, movers=40,
                  probationary=20),
}
