"""Demo data: a believable workshop (or a whole depot) for trials, screenshots and benchmarks.

`build(size, seed, today)` fills an empty, open database. The same seed and `today` give the same
rows — ids, dates, revisions — on any machine with the same device id; only the organisation row
(made when the database was first opened) keeps its own id and times.

What the data shows on purpose (DESIGN.md → Coverage): convenient (tier 1) areas and each cadre's
own 包保 areas are visited far more than remote ones; two remote areas have gone unvisited for
months and the most remote one was never visited; concerns sit in every state, some overdue.

Rows are written in batches straight into the tables (a depot is some 275,000 rows), with the
identity the record layer would give them: rev chains over each row's earlier states, ascending
local change numbers, times taken from the data's own dates. One audit entry records the build.
The tests run every entity's own validation over samples of the result.

The builder's ground (random helpers, rows, progress, writing) is db/demo_rows.py; what it
makes is split by kind: db/demo_people.py (organisation, branches, work areas, members,
assignments, 包保), db/demo_visits.py, db/demo_concerns.py; their words are db/demo_words.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import clock, records
from db.demo.concerns import ConcernBuilder
from db.demo.meetings import MeetingBuilder
from db.demo.rows import GENERATING
from db.demo.visits import VisitBuilder
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import SYNC_MODELS, Organisation, database
from db.organisation import update_organisation
from db.store import refresh_statistics

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "db", "Demo data goes only into an empty database; this one already holds {count} records. "
    "Choose a new data folder.")
UNKNOWN_SIZE = QT_TRANSLATE_NOOP("db", "Unknown demo size “{size}” (use small or depot).")


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


class _Builder(VisitBuilder, ConcernBuilder):
    """The whole builder. `generate` makes everything in the order the seed's rows depend on."""

    def generate(self) -> None:
        self.make_areas()
        self.make_people()
        self.make_responsibilities()
        self.make_lives()
        self.group_leaders()
        self.branch_rows()
        self.area_rows()
        self.member_rows()
        self.make_concerns(self.make_visits())
        MeetingBuilder(self).make()
        self.report(GENERATING)


def build(size: str = "small", seed: int = 1, today: dt.date | None = None, progress=None) -> dict:
    """Fill the open, empty database with demo data; returns the live rows per table.

    `today` (default: the clock's) is the last day of the data. `progress(done, total)` is told
    the share done in percent (total 100) now and then, and (100, 100) at the end. Raises
    BranchDeskError, writing nothing, when the database already holds records or the size is
    unknown.
    """
    if size not in SIZES:
        raise BranchDeskError(UNKNOWN_SIZE, size=size)
    today = today or clock.today()
    with database.atomic():
        present = sum(m.select().count() for m in SYNC_MODELS if m is not Organisation)
        if present:
            raise BranchDeskError(NOT_EMPTY, count=present)
        builder = _Builder(SIZES[size], seed, today, progress)
        builder.generate()
        update_organisation(builder.organisation())
        builder.write()
        counts = {m._meta.table_name: len(t.rows) for m, t in builder.tables.items()}
        counts = {"organisation": 1, **counts}
        records.audit("demo", "-", "demo", {"size": size, "seed": seed, "today": today.isoformat(),
                                            "counts": counts})
    refresh_statistics(database)  # the planner's figures were taken on the empty database
    if progress:
        progress(100, 100)
    return counts
