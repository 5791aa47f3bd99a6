"""Names in a sheet → record ids, for one import run.

Rows made earlier in the same run are found too (the run works inside one transaction). A roster
may name a branch or a work area the database lacks: they are made in the same import and listed
in the preview, because a first-day roster is exactly where they come from. Visits, concerns,
assignments and 包保 must name an existing (or imported) work area: a typo there would otherwise
create a phantom area that then shows up as never visited.

A branch or work area is found by its exact name, else by the name written loosely
(db.names.loose_key: 第一支部 or 第1党支部 for 第一党支部, 东站 for 东站工区) where exactly one
record has that loose name; two that have it make the cell a problem that names both. Each cell
read so is listed in its sheet's preview (`read_as`), so nothing is matched out of sight.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from db import branches, records, workareas
from db.dates import DateParseError, parse_date
from db.errors import Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Branch, Member, SyncModel, WorkArea, new_id
from db.names import loose_key

NO_AREA = QT_TRANSLATE_NOOP("db", "There is no work area named “{name}”.")
LOOSELY_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "db", "“{name}” fits more than one record ({names}); write it as Branch Desk has it.")
NO_MEMBER = QT_TRANSLATE_NOOP("db", "There is no member named “{name}”.")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "db", "Several members are named “{name}”; write the birth date after the name, "
    "like {name}(1980-01-31).")

_WITH_BIRTH = re.compile(r"^(.+?)\((.*)\)$")


@dataclass
class Resolver:
    """Looks names up in tables read once per sheet (`forget()` before each sheet)."""

    created_branches: list[str] = field(default_factory=list)
    created_areas: list[str] = field(default_factory=list)
    created_ids: set[str] = field(default_factory=set)  # rows this run made (always updatable)
    branch_ids: dict[str, str] = field(default_factory=dict)  # name → identity its sheet gives
    pending_areas: list[dict] = field(default_factory=list)  # made by a roster, not yet written
    read_as: dict[str, str] = field(default_factory=dict)  # this sheet: cell → name it found
    _areas: dict[str, str] | None = None
    _branches: dict[str, str] | None = None
    # names the workbook's own 党支部 sheets give: a roster cell naming one exactly makes it
    listed_branches: set[str] = field(default_factory=set)
    # model → loose_key → {name: id} of `_areas` or `_branches` (and of `listed_branches`, id ""
    # until made), made at the first name not found exactly
    _loose: dict[type, dict[str, dict[str, str]]] = field(default_factory=dict)
    _people: dict[str, list[tuple[str, dt.date | None]]] | None = None  # name → [(id, birth date)]
    _ids: dict = field(default_factory=dict)
    _once: dict[Hashable, Any] = field(default_factory=dict)  # see once()
    # (model, name) → why a record of that name cannot be made (a name in the trash, too long)
    _refused: dict[tuple, Problem] = field(default_factory=dict)

    def forget(self) -> None:
        self._areas = self._branches = self._people = None
        self._ids, self._once, self._loose, self.read_as = {}, {}, {}, {}

    def _loosely(self, model: type, names: dict[str, str], name: str, column: str,
                 listed: set[str] | frozenset[str] = frozenset()
                 ) -> tuple[str | None, Problem | None]:
        """The name of the one record of `names` (name → id), or of the names the workbook's
        own sheet of the kind `listed` (made when its sheet is read), whose loose key is
        `name`'s; or the problem naming the several that have it; (None, None) for none."""
        index = self._loose.get(model)
        if index is None:
            index = self._loose[model] = {}
            for known in listed:
                index.setdefault(loose_key(known), {})[known] = ""
            for known, record in names.items():
                index.setdefault(loose_key(known), {})[known] = record
        found = index.get(loose_key(name), {})
        if len(found) > 1:
            return None, Problem(column, LOOSELY_AMBIGUOUS, {"name": name, "names": sorted(found)})
        if not found:
            return None, None
        (one,) = found
        self.read_as[name] = one
        return one, None

    def _known(self, model: type, names: dict[str, str], name: str, record: str) -> None:
        """A record this run made, for later cells to find by its name written loosely."""
        names[name] = record
        index = self._loose.get(model)
        if index is not None:
            index.setdefault(loose_key(name), {})[name] = record

    def once(self, key: Hashable, read: Callable[[], Any]) -> Any:
        """What `read()` gives, read once per sheet under `key`: the records a sheet's cells
        look up again and again (the meetings of a day, the live branches)."""
        if key not in self._once:
            self._once[key] = read()
        return self._once[key]

    def ids(self, model: type[SyncModel]) -> set[str]:
        """Every id of `model` in the database (trash included), read once per sheet."""
        found = self._ids.get(model)
        if found is None:
            found = self._ids[model] = {i for (i,) in model.select(model.id).tuples()}
        return found

    def _made(self, kind: records.Kind, name: str, column: str
              ) -> tuple[dict | None, Problem | None]:
        """The validated values of a new record of `kind` called `name`, or the problem that
        keeps it from being made, as a problem of the cell (`column`) that names it."""
        refused = self._refused.get((kind.model, name))
        if refused is None:
            try:
                return kind.validate({"name": name}, None), None
            except ValidationError as exc:
                refused = self._refused[kind.model, name] = exc.problems[0]
        return None, Problem(column, refused.template, refused.params)

    def area(self, name: str, *, create: bool = False, column: str = "work_area"
             ) -> tuple[str | None, Problem | None]:
        if self._areas is None:
            self._areas = {a.name: a.id for a in WorkArea.select(WorkArea.id, WorkArea.name)
                           .where(~WorkArea.deleted)}
        if name in self._areas:
            return self._areas[name], None
        known, problem = self._loosely(WorkArea, self._areas, name, column)
        if known is not None or problem:
            return (self._areas[known] if known is not None else None), problem
        if create:  # validated now, written with the others by flush()
            values, problem = self._made(workareas.KIND, name, column)
            if values is None:
                return None, problem
            made = {**values, "id": new_id()}
            self.pending_areas.append(made)
            self.created_areas.append(name)
            self.created_ids.add(made["id"])
            self._known(WorkArea, self._areas, name, made["id"])
            return made["id"], None
        return None, Problem(column, NO_AREA, {"name": name})

    def flush(self) -> None:
        """Write the work areas this sheet named for the first time (before what refers to
        them)."""
        records.insert_many(WorkArea, self.pending_areas)
        self.pending_areas = []

    def branch(self, name: str, *, column: str = "branch", create: bool = True
               ) -> tuple[str | None, Problem | None]:
        """The branch called `name`, made if there is none and `create` (a roster's first
        day); (None, None) for none not made."""
        if self._branches is None:
            self._branches = {b.name: b.id for b in Branch.select(Branch.id, Branch.name)
                              .where(~Branch.deleted)}
        if name in self._branches:
            return self._branches[name], None
        if name not in self.listed_branches:
            known, problem = self._loosely(Branch, self._branches, name, column,
                                           self.listed_branches)
            if problem:
                return None, problem
            if known in self._branches:
                return self._branches[known], None
            name = known or name  # a name the 党支部 sheet lists: made now, under that name
        if not create:
            return None, None
        values, problem = self._made(branches.KIND, name, column)
        if values is None:
            return None, problem
        made = records.insert(Branch, {**values, "id": self.branch_ids.get(name) or new_id()})
        self.created_branches.append(name)
        self.created_ids.add(made.id)
        self._known(Branch, self._branches, name, made.id)
        return made.id, None

    def people(self, name: str) -> list[tuple[str, dt.date | None]]:
        """Live members called `name`: [(id, birth date)]."""
        if self._people is None:
            self._people = {}
            query = Member.select(Member.id, Member.name, Member.birth_date)
            for m in query.where(~Member.deleted):
                self._people.setdefault(m.name, []).append((m.id, m.birth_date))
        return self._people.get(name, [])

    def remember(self, member_id: str, name: str, birth: dt.date | None) -> None:
        """A member this run is about to write, so later rows find them."""
        self.people(name)
        assert self._people is not None  # read by people()
        self._people.setdefault(name, []).append((member_id, birth))

    def member(self, text: str, field_name: str) -> tuple[str | None, Problem | None]:
        """A member by name, or by name(birth date) where two share a name."""
        name, birth = text, None
        match = _WITH_BIRTH.match(text)
        if match:
            with contextlib.suppress(DateParseError):
                name, birth = match.group(1), parse_date(match.group(2), allow_month=True)
        rows = [i for i, born in self.people(name) if birth is None or born == birth]
        if not rows:
            return None, Problem(field_name, NO_MEMBER, {"name": text})
        if len(rows) > 1:
            return None, Problem(field_name, AMBIGUOUS, {"name": name})
        return rows[0], None
