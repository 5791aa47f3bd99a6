"""A sheet's cells → the field values its entity validates (links as record ids).

A roster repeats its cells (the same branch, work area, 汉族, 大专, a month such as 1987.11 on
many rows): a `Converter` converts a sheet a column at a time, each distinct cell of a column
once, at the first row that has it. The Resolver makes the branches and work areas a roster names
in the order of its rows. A sheet's cells name only what earlier sheets made (a visit log names
the roster's people), never rows of their own sheet, so the whole sheet is converted before its
rows are matched and written.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from db.dates import FIRST_DAY, DateParseError, parse_dated
from db.errors import Problem
from db.i18n import QT_TRANSLATE_NOOP
from db.spreadsheet import cells, meetings_sheet, plans_sheet
from db.spreadsheet.layout import Column, SheetSpec
from db.spreadsheet.resolve import Resolver
from db.validate import BAD_CHOICE, TOO_EARLY

NOT_A_CHOICE = QT_TRANSLATE_NOOP("db", "“{value}” is not one of {choices}.")
NO_DAY_IN_CELL = QT_TRANSLATE_NOOP(
    "db", "The date in this cell is before 1900 or cannot be read: the spreadsheet holds no "
    "day in it, only the time {value}.")
BAD_ID = QT_TRANSLATE_NOOP("db", "“{value}” is not a record identity Branch Desk wrote.")
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

_PLAIN = {"text": cells.text, "name": cells.name, "phone": cells.phone, "int": cells.number,
          "float": cells.number}
_NAMED = ("area", "branch", "member", "raiser")  # a name, then a lookup
_LISTED = ("areas", "members")  # several names, then lookups
_MANY = ("areas", "members", "absentees", "plan_absentees")  # cells that hold lists
_TEXT = frozenset({str, type(None)})
_MISSING = object()
_NOTHING: tuple[dict, list[Problem]] = ({}, [])  # a None cell: no value, no problem


def _too_early(key: str, day: dt.date) -> Problem:
    """A date cell before dates.FIRST_DAY: a problem even on a row the import skips."""
    return Problem(key, TOO_EARLY, {"value": day.isoformat(), "earliest": FIRST_DAY.isoformat()})


def _chosen(column: Column, value) -> tuple[object, list[Problem]]:
    code = cells.choice(column, value) if column.kind == "choice" else cells.flag(value)
    if code is not None:
        return code, []
    if column.labels:  # say what the column takes, as the sheet says it
        return _MISSING, [Problem(column.key, NOT_A_CHOICE, {
            "value": cells.text(value), "choices": " / ".join(column.labels.values())})]
    return _MISSING, [Problem(column.key, BAD_CHOICE, {"value": cells.text(value)})]


def _identity(column: Column, value) -> tuple[object, list[Problem]]:
    found = cells.identity(value)
    if not _ID.match(found):
        return found, [Problem(column.key, BAD_ID, {"value": cells.text(value)})]
    return found, []


_PURE = {"choice": _chosen, "bool": _chosen, "id": _identity}  # value and problems of a cell


class Converter:
    """Cells → field values for the rows of one sheet of kind `spec`."""

    def __init__(self, spec: SheetSpec, resolver: Resolver, *, create_areas: bool = False
                 ) -> None:
        self.spec, self.resolver, self.create_areas = spec, resolver, create_areas
        self._cells = {c.key: self._converter(c) for c in spec.columns}

    def __call__(self, raw: dict) -> tuple[dict, list[Problem]]:
        """One row's non-blank cells → field values (links as ids). Blank cells are left out."""
        return self.rows([raw])[0]

    def rows(self, raws: list[dict]) -> list[tuple[dict, list[Problem]]]:
        """`self(raw)` of each row, made a column at a time: each distinct cell of a column is
        converted once, at the first row that has it (so the Resolver makes what the sheet
        names in the order of its rows), and its values and problems go to every row that
        has it. Cells of different types stay apart (1, 1.0 and True are equal keys)."""
        datas: list[dict] = [{} for _ in raws]
        problems: list[list[Problem]] = [[] for _ in raws]
        present = set().union(*raws)
        for column in self.spec.columns:
            key = column.key
            if key not in present:
                continue
            values = [raw.get(key) for raw in raws]
            keys: list[Any] = values if set(map(type, values)) <= _TEXT else [
                v if v is None or type(v) is str else (type(v), v) for v in values]
            made: dict = {None: _NOTHING}  # a cell's key → (its values, its problems)
            convert_cell = self._cells[key]
            for cell in dict.fromkeys(keys):
                if cell not in made:
                    out: dict = {}
                    wrong: list[Problem] = []
                    convert_cell(cell if type(cell) is str else cell[1], out, wrong)
                    made[cell] = (out, wrong)
            copied = column.kind in _MANY  # lists: each row its own
            for data, found, (out, wrong) in zip(datas, problems, map(made.__getitem__, keys),
                                                 strict=True):
                if out:
                    data.update({k: list(v) for k, v in out.items()} if copied else out)
                if wrong:
                    found += wrong
        return list(zip(datas, problems, strict=True))

    def _converter(self, column: Column) -> Callable[[object, dict, list[Problem]], None]:
        """What converts a cell of `column` that is not None: it writes the cell's values into
        the dict and appends its problems to the list."""
        key, kind, trim = column.key, column.kind, cells.TRIM
        plain, pure = _PLAIN.get(kind), _PURE.get(kind)
        if kind in ("date", "month"):
            return self._date_converter(column)
        if kind in ("area", "branch"):
            return self._place_converter(column)

        def convert_cell(value, data: dict, problems: list[Problem]) -> None:
            if type(value) is str and not value.strip(trim):
                return
            if plain is not None:
                data[key] = plain(value)
            elif pure is not None:
                found, wrong = pure(column, value)
                if found is not _MISSING:
                    data[key] = found
                problems += wrong
            else:
                self._linked(key, kind, column, value, data, problems)
        return convert_cell

    def _date_converter(self, column: Column) -> Callable[[object, dict, list[Problem]], None]:
        """`_converter` of a date column: a date cell is its own value."""
        key, trim, allow_month = column.key, cells.TRIM, column.kind == "month"

        def convert_cell(value, data: dict, problems: list[Problem]) -> None:
            day: object  # a date, a month's text, or the cell for the Checker to report
            if type(value) is dt.date:  # a date cell as a workbook reads it
                day = value
            elif isinstance(value, (dt.time, dt.timedelta)):
                # A date cell holding 0 or less (LibreOffice writes a day before 1900 so) or a
                # time: python-calamine reads a time of day, which the Checker called no date.
                data[key] = value  # its own problem stands for the Checker's
                problems.append(Problem(key, NO_DAY_IN_CELL, {"value": str(value)}))
                return
            elif type(value) is str and not value.strip(trim):
                return
            else:
                try:  # cells.date, without its layer: a roster has thousands of distinct days
                    day, month = parse_dated(value, allow_month=allow_month, from_sheet=True)
                except DateParseError:
                    day = cells.date(value, allow_month=allow_month)  # the text, for the Checker
                else:
                    day = day.isoformat()[:7] if month else day
            data[key] = day
            if isinstance(day, dt.date) and day < FIRST_DAY:
                problems.append(_too_early(key, day))
        return convert_cell

    def _place_converter(self, column: Column) -> Callable[[object, dict, list[Problem]], None]:
        """`_converter` of a work area or branch column: a name, then its record's id."""
        key, trim, resolver, create = column.key, cells.TRIM, self.resolver, self.create_areas
        is_area = column.kind == "area"

        def convert_cell(value, data: dict, problems: list[Problem]) -> None:
            if type(value) is str and not value.strip(trim):
                return
            name = cells.name(value)
            found, problem = (resolver.area(name, create=create, column=key) if is_area
                              else resolver.branch(name, column=key))
            data[key] = found
            if problem:
                problems.append(problem)
        return convert_cell

    def _linked(self, key: str, kind: str, column: Column, value, data: dict,
                problems: list[Problem]) -> None:
        """A cell naming records: looked up in the resolver."""
        resolver = self.resolver
        if kind in _NAMED or kind in _LISTED:
            named = kind in _NAMED
            name = cells.name(value) if named else ""
            names = () if named else tuple(cells.name_list(value))
            if kind == "area":
                data[key], problem = resolver.area(name, create=self.create_areas, column=key)
                problems += [problem] if problem else []
            elif kind == "areas":
                found = [resolver.area(n, create=self.create_areas, column=key) for n in names]
                data[key] = [i for i, _p in found if i]
                problems += [p for _i, p in found if p]
            elif kind == "branch":
                data[key], problem = resolver.branch(name, column=key)
                problems += [problem] if problem else []
            elif kind == "member":
                data[key], problem = resolver.member(name, key)
                problems += [problem] if problem else []
            elif kind == "members":
                found = [resolver.member(n, key) for n in names]
                data[key] = [i for i, _p in found if i]
                problems += [p for _i, p in found if p]
            else:  # raiser: a member, or a name kept as written
                member_id, problem = resolver.member(name, key)
                data["raised_by" if member_id else "raised_by_name"] = member_id or name
        elif kind == "meeting_branch":
            data[key], problem = meetings_sheet.branch_cell(value, resolver)
            problems += [problem] if problem else []
        elif kind == "absentees":
            data[key], wrong = meetings_sheet.absentees_cell(value, resolver)
            problems += wrong
        elif kind == "plan_absentees":
            data[key], wrong = plans_sheet.absentees_cell(value, resolver)
            problems += wrong

