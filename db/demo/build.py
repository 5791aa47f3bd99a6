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

The builder's ground (random helpers, rows, progress, writing) is db/demo/rows.py; the places
and people (organisation, branches, work areas, members, assignments, 包保) are made by
db/demo/people.py on top of it, and that world is handed to db/demo/visits.py and
db/demo/concerns.py (composition, no mixins); plain records are db/demo/cast.py, sizes
db/demo/sizes.py, words db/demo/words.py.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import clock, records
from db.demo.concerns import make_concerns
from db.demo.meetings import MeetingBuilder
from db.demo.people import PeopleBuilder
from db.demo.plans import make_plans, plan_make_up_session
from db.demo.rows import GENERATING
from db.demo.sizes import SIZES
from db.demo.visits import make_visits
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import SYNC_MODELS, Organisation, database
from db.organisation import update_organisation
from db.store import refresh_statistics

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "db", "Demo data goes only into an empty database; this one already holds {count} records. "
    "Choose a new data folder.")
UNKNOWN_SIZE = QT_TRANSLATE_NOOP("db", "Unknown demo size “{size}” (use small or depot).")


def _generate(world: PeopleBuilder) -> None:
    """Make everything, in the order the seed's rows depend on."""
    world.make_areas()
    world.make_people()
    world.make_responsibilities()
    world.make_lives()
    world.group_leaders()
    world.branch_rows()
    world.area_rows()
    world.member_rows()
    visits = make_visits(world)
    make_concerns(world, visits)
    make_plans(world, visits)
    MeetingBuilder(world).make()
    plan_make_up_session(world)
    world.report(GENERATING)


def build(size: str = "small", seed: int = 1, today: dt.date | None = None,
          progress: Callable[[int, int], object] | None = None) -> dict:
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
        builder = PeopleBuilder(SIZES[size], seed, today, progress)
        _generate(builder)
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
