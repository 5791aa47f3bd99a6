"""Demo data's ground: the builder's random helpers, the rows it makes with the identity the
record layer would give them, and writing those rows in batches while telling the progress.

db/demo/people.py builds on RowBuilder; db/demo/visits.py and db/demo/concerns.py take the
result as their argument.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from db import clock, records, revisions
from db.dates import add_months
from db.models import SYNC_MODELS, Organisation, SyncModel, UtcDateTimeField, database
from db.organisation import get_organisation

if TYPE_CHECKING:
    from db.demo.cast import Person
    from db.demo.sizes import Size

T = TypeVar("T")
WRITE_BATCH = 5000    # rows between progress reports
GENERATING = 0.55     # the share of the time spent making rows, before writing them


# --- Rows with sync identity -----------------------------------------------------------------

def _jsonable_all(values: dict) -> dict:
    return {k: revisions.jsonable(v) for k, v in values.items()}


class _Table:
    """Rows for one model, in column order, with identity filled the way records.stamp does."""

    def __init__(self, model: type[SyncModel], device: str):
        self.model = model
        self.device = device
        self.fields = model._meta.sorted_fields
        self.names = [f.name for f in self.fields]
        self.content = model.content_fields()
        self.defaults = {f.name: f.default for f in self.fields if not callable(f.default)}
        self.seq_index = self.names.index("seq")
        self.times = [i for i, f in enumerate(self.fields) if isinstance(f, UtcDateTimeField)]
        self.rows: list[list] = []

    def add(self, values: dict, created: dt.datetime, modified: dt.datetime | None = None,
            earlier: tuple[dict, ...] = ()) -> None:
        """`values` is the row as it is now; `earlier` its earlier states (the fields that
        differed), oldest first."""
        full = {**self.defaults, "deleted": False, **values}
        now = _jsonable_all({name: full[name] for name in self.content})
        rev, history = None, list[str]()
        for undo in earlier:
            rev = records.make_rev(rev, {**now, **_jsonable_all(undo)})
            history.insert(0, rev)
        full.update(created_at=created, modified_at=modified or created, modified_by=self.device,
                    rev=records.make_rev(rev, now), rev_history=json.dumps(history), seq=None)
        row = [full[name] for name in self.names]
        for i in self.times:  # written as the field would (rows go in without peewee)
            if row[i] is not None:
                row[i] = clock.utc_text(row[i])
        self.rows.append(row)


def undo_chain(changes: list[tuple[dt.date, dict]]) -> tuple[dict, ...]:
    """Earlier states of a row, oldest first, from its changes [(day, fields as they were)]."""
    return tuple({k: v for _, undo in changes[i:] for k, v in undo.items()}
                 for i in range(len(changes)))


class RowBuilder:
    """What the parts of the builder share: one random generator, the rows made so far per
    table, the progress told, and the writing of the rows."""

    def __init__(self, size: Size, seed: int, today: dt.date,
                 progress: Callable[[int, int], object] | None = None) -> None:
        self.size = size
        self.progress = progress
        self.rng = random.Random(seed)
        self.today = today
        self.start = add_months(today, -(size.months - 1))
        self.device = records.current_device()
        self.due_days = get_organisation().concern_due_days   # the policy: raised + these days
        self.tables = {m: _Table(m, self.device) for m in SYNC_MODELS if m is not Organisation}
        self.reported = -1
        self.names: set[str] = set()
        self.phones: set[str] = set()
        self.people: list[Person] = []

    # small helpers ----------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: dt.date, after: dt.datetime | None = None) -> dt.datetime:
        """A UTC time in a local working day (08:30–18:00 in China), later than `after`."""
        day = min(day, self.today)
        minutes = self.rng.randint(0, 30) if day == self.today else self.rng.randint(30, 600)
        when = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
        if after is not None and when <= after:
            when = after + dt.timedelta(minutes=self.rng.randint(1, 20))
        return when

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def pick(self, pairs: Iterable[tuple[T, float]]) -> T:
        """One item of ((item, weight), ...)."""
        items, weights = zip(*pairs, strict=True)
        return self.rng.choices(items, weights)[0]

    # progress and writing --------------------------------------------------------------------
    def report(self, fraction: float) -> None:
        if self.progress:
            percent = min(99, int(fraction * 100))
            if percent > self.reported:
                self.reported = percent
                self.progress(percent, 100)

    def write(self) -> None:
        """Insert every row, parents first, with ascending change numbers.

        peewee writes the INSERT statement once per table and sqlite runs it over the rows
        (executemany): building the statements with insert_many took four times as long.
        """
        tables = [t for t in self.tables.values() if t.rows]
        total = sum(len(t.rows) for t in tables)
        seq = records.next_seq(total) - total
        cursor, done = database.cursor(), 0
        for table in tables:
            for row in table.rows:
                seq += 1
                row[table.seq_index] = seq
            sql, _params = table.model.insert_many(table.rows[:1], fields=table.fields).sql()
            for first in range(0, len(table.rows), WRITE_BATCH):
                chunk = table.rows[first:first + WRITE_BATCH]
                cursor.executemany(sql, chunk)
                done += len(chunk)
                self.report(GENERATING + (1 - GENERATING) * done / total)
