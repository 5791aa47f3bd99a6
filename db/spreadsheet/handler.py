"""What every sheet kind's importer does: match a row to a record, prepare, check, write."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, Generic, TypeVar

from db import records
from db.errors import Problem
from db.models import SyncModel
from db.spreadsheet.resolve import Resolver

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # typing.TypeIs is Python 3.13's


T = TypeVar("T", bound=SyncModel)
R = TypeVar("R")
E = TypeVar("E", bound=tuple)


def is_day(value: object) -> TypeIs[dt.date]:
    return isinstance(value, dt.date)


class ByDay(Generic[R]):
    """The live records of a day as `read(day)` gives them, read once a day: what a log's rows
    are matched with (a query per row was seconds for a 2,000-row log). `field` is the day a
    record of the kind is on."""

    def __init__(self, read: Callable[[dt.date], list[R]], field: str) -> None:
        self.read, self.field = read, field
        self.days: dict[dt.date, list[R]] = {}

    def __getitem__(self, day: dt.date) -> list[R]:
        found = self.days.get(day)
        if found is None:
            found = self.days[day] = self.read(day)
        return found

    def edit(self, kind: records.Kind[T], row: SyncModel, data: dict) -> T:
        """`records.edit` of a record a row matched, forgetting what was read of its day
        before and after: what later rows are matched with has changed."""
        self.days.pop(getattr(row, self.field), None)
        changed = records.edit(kind, row.id, data)
        self.days.pop(getattr(changed, self.field), None)
        return changed


class Found(Generic[E]):
    """The live records of a kind by their natural key, read once a sheet and kept up with what
    the import writes: what rows without an identity are matched with (a query per row was
    seconds for a depot's 7,000 make-ups). `read()` gives (key, entry) in the order a query
    would find them, `entry(record)` the same for a record written; an entry's first item is
    the record's id. `forget()` when the sheet is done (the next one reads again)."""

    def __init__(self, read: Callable[[], Iterable[tuple[Hashable, E]]],
                 entry: Callable[[SyncModel], tuple[Hashable, E]]) -> None:
        self.read, self.entry = read, entry
        self.by_key: defaultdict[Hashable, list[E]] | None = None

    def __getitem__(self, key: Hashable) -> list[E]:
        if self.by_key is None:
            self.by_key = defaultdict(list)
            for found, entry in self.read():
                self.by_key[found].append(entry)
        return self.by_key.get(key, [])

    def written(self, record: SyncModel, before: SyncModel | None = None) -> None:
        """`record` was made, or changed from `before` (its key may have changed)."""
        if self.by_key is None:  # not read yet: the reading will see it
            return
        if before is not None:
            key = self.entry(before)[0]
            self.by_key[key] = [e for e in self.by_key.get(key, []) if e[0] != before.id]
        key, entry = self.entry(record)
        self.by_key[key].append(entry)

    def forget(self) -> None:
        self.by_key = None


class Handler:
    """The default: a record kind written with its Kind (validate, then db.records)."""

    kind: records.Kind
    # Records a roster sheet makes by name (branches, work areas): a row of their own sheet whose
    # identity is not in the database is looked for by name too.
    made_by_name = False

    def key(self, data: dict) -> tuple | str | None:
        """The natural key of a row without an identity (None: the row cannot be matched): a
        tuple of its fields, or the name of a record made by name."""
        raise NotImplementedError

    def find(self, data: dict, resolver: Resolver) -> SyncModel | None:
        """The record a row with a natural key (`key` is not None) stands for, if any."""
        raise NotImplementedError

    def label(self, data: dict) -> str:
        return str(data.get("name", ""))

    def prepare(self, data: dict, row_text: str, problems: list[Problem],
                identified: bool) -> None:
        """Rules of the kind that look at the whole row (the members' category). `identified`:
        the row carries a record identity (it comes from an export)."""

    def check(self, data: dict) -> None:
        """Validate without writing (raises ValidationError)."""
        self.kind.validate(dict(data), None)

    def create(self, data: dict, resolver: Resolver, row_id: str | None = None
               ) -> SyncModel | None:
        """The record written, or None where it is queued for `flush()`."""
        if not row_id:
            return records.create(self.kind, data)
        # records.create under the identity the row carries: its extra keys written too
        fields, extras = self.kind.split(self.kind.validate(dict(data), None))
        row = records.insert(self.kind.model, {**fields, "id": row_id})
        if self.kind.after_write:
            self.kind.after_write(row, extras, None)
        return row

    def update(self, row: SyncModel, data: dict, resolver: Resolver) -> SyncModel:
        return records.edit(self.kind, row.id, data)

    def flush(self) -> None:
        """Write what `create` queued (kinds that insert in batches)."""


class FoundHandler(Handler):
    """A Handler whose rows without an identity are matched with `found` (read once a sheet,
    set by the subclass), kept up with every record it writes and forgotten when the sheet is
    done."""

    found: Found

    def create(self, data: dict, resolver: Resolver, row_id: str | None = None
               ) -> SyncModel | None:
        made = super().create(data, resolver, row_id)
        if made is not None:
            self.found.written(made)
        return made

    def update(self, row: SyncModel, data: dict, resolver: Resolver) -> SyncModel:
        changed = super().update(row, data, resolver)
        self.found.written(changed, row)
        return changed

    def flush(self) -> None:
        super().flush()
        self.found.forget()
