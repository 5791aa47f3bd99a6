"""A sheet's cells → the field values its entity validates (links as record ids).

A roster repeats its cells (the same branch, work area, 汉族, 大专, a month such as 1987.11 on
many rows): a `Converter` turns each distinct text of a column into its value once per sheet, and
looks names up in the Resolver row by row (what a row links to may be made by an earlier row of
the same import). A cell whose value is a problem is converted anew on each row that has it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from db.dates import DateParseError, parse_dated
from db.errors import Problem
from db.i18n import QT_TRANSLATE_NOOP
from db.spreadsheet import cells, meetings_sheet, plans_sheet
from db.spreadsheet.layout import Column, SheetSpec
from db.spreadsheet.resolve import Resolver
from db.validate import BAD_CHOICE, TOO_EARLY

NOT_A_CHOICE = QT_TRANSLATE_NOOP("db", "“{value}” is not one of {choices}.")
BAD_ID = QT_TRANSLATE_NOOP("db", "“{value}” is not a record identity Branch Desk wrote.")
EARLIEST_DAY = dt.date(1900, 1, 1)
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

_PLAIN = {"text": cells.text, "name": cells.name, "phone": cells.phone, "int": cells.number,
          "float": cells.number}
_NAMED = ("area", "branch", "member", "raiser")  # a name, then a lookup
_LISTED = ("areas", "members")  # several names, then lookups
_MISSING, _BLANK = object(), object()


def _too_early(key: str, day: dt.date) -> Problem:
    return Problem(key, TOO_EARLY, {"value": day.isoformat(), "earliest": EARLIEST_DAY.isoformat()})


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
    """`convert` for the rows of one sheet of kind `spec`."""

    def __init__(self, spec: SheetSpec, resolver: Resolver, *, create_areas: bool = False):
        self.spec, self.resolver, self.create_areas = spec, resolver, create_areas
        self._present: dict[tuple, tuple] = {}
        # column key → {text: its value, or _BLANK}; names of a linking column's texts
        self._memo: dict[str, dict] = {c.key: {} for c in spec.columns}
        self._names: dict[str, dict] = {c.key: {} for c in spec.columns}

    def columns(self, raw: dict) -> tuple[tuple, ...]:
        """(key, memo of its texts, converter of a cell not in the memo) of the spec's columns
        that the row has, in the spec's order (the same for every row of a sheet)."""
        held = tuple(raw)
        found = self._present.get(held)
        if found is None:
            found = self._present[held] = tuple(
                (c.key, self._memo[c.key], self._converter(c)) for c in self.spec.columns
                if c.key in raw)
        return found

    def __call__(self, raw: dict) -> tuple[dict, list[Problem]]:
        """Non-blank cells → field values (links as ids). Blank cells are left out."""
        data: dict = {}
        problems: list[Problem] = []
        for key, memo, convert_cell in self.columns(raw):
            value = raw[key]
            if value is None:
                continue
            if type(value) is str:  # only text is remembered: 1, 1.0 and True are equal keys
                found = memo.get(value, _MISSING)
                if found is not _MISSING:
                    if found is not _BLANK:
                        data[key] = found
                    continue
            convert_cell(value, data, problems)
        return data, problems

    def _converter(self, column: Column) -> Callable[[object, dict, list[Problem]], None]:
        """What converts a cell of `column` that its memo does not hold (and fills the memo)."""
        key, kind, memo, trim = column.key, column.kind, self._memo[column.key], cells.TRIM
        plain, pure = _PLAIN.get(kind), _PURE.get(kind)
        if kind in ("date", "month"):
            return self._date_converter(column)
        if kind in ("area", "branch"):
            return self._place_converter(column)

        def convert_cell(value, data: dict, problems: list[Problem]) -> None:
            text = type(value) is str
            if text and not value.strip(trim):
                memo[value] = _BLANK
            elif plain is not None:
                data[key] = found = plain(value)
                if text:
                    memo[value] = found
            elif pure is not None:
                found, wrong = pure(column, value)
                if found is not _MISSING:
                    data[key] = found
                if wrong:  # converted anew on each row that has it
                    problems += wrong
                elif text:
                    memo[value] = found
            else:
                self._linked(key, kind, column, value, self._names[key] if text else None,
                             data, problems)
        return convert_cell

    def _date_converter(self, column: Column) -> Callable[[object, dict, list[Problem]], None]:
        """`_converter` of a date column: a date cell is its own value."""
        key, memo, trim, allow_month = column.key, self._memo[column.key], cells.TRIM, (
            column.kind == "month")

        def convert_cell(value, data: dict, problems: list[Problem]) -> None:
            text = type(value) is str
            if type(value) is dt.date:  # a date cell as a workbook reads it
                day = value
            elif text and not value.strip(trim):
                memo[value] = _BLANK
                return
            else:
                try:  # cells.date, without its layer: a roster has thousands of distinct days
                    day, month = parse_dated(value, allow_month=allow_month, from_sheet=True)
                except DateParseError:
                    day = cells.date(value, allow_month=allow_month)  # the text, for the Checker
                else:
                    day = day.isoformat()[:7] if month else day
            data[key] = day
            if isinstance(day, dt.date) and day < EARLIEST_DAY:
                problems.append(_too_early(key, day))
            elif text:
                memo[value] = day
        return convert_cell

    def _place_converter(self, column: Column) -> Callable[[object, dict, list[Problem]], None]:
        """`_converter` of a work area or branch column: a name, then its record's id."""
        key, memo, names, trim = column.key, self._memo[column.key], self._names[column.key], (
            cells.TRIM)
        resolver, create = self.resolver, self.create_areas
        is_area = column.kind == "area"

        def convert_cell(value, data: dict, problems: list[Problem]) -> None:
            if type(value) is str:
                if not value.strip(trim):
                    memo[value] = _BLANK
                    return
                name = names.get(value)
                if name is None:
                    name = names[value] = cells.name(value)
            else:
                name = cells.name(value)
            found, problem = (resolver.area(name, create=create, column=key) if is_area
                              else resolver.branch(name, column=key))
            data[key] = found
            if problem:
                problems.append(problem)
        return convert_cell

    def _linked(self, key: str, kind: str, column: Column, value, memo: dict | None,
                data: dict, problems: list[Problem]) -> None:
        """A cell naming records: looked up in the resolver (its names made once per text)."""
        resolver = self.resolver
        if kind in _NAMED or kind in _LISTED:
            names = memo.get(value) if memo is not None else None
            if names is None:
                names = cells.name(value) if kind in _NAMED else tuple(cells.name_list(value))
                if memo is not None:
                    memo[value] = names
            if kind == "area":
                data[key], problem = resolver.area(names, create=self.create_areas, column=key)
                problems += [problem] if problem else []
            elif kind == "areas":
                found = [resolver.area(n, create=self.create_areas, column=key) for n in names]
                data[key] = [i for i, _p in found if i]
                problems += [p for _i, p in found if p]
            elif kind == "branch":
                data[key], problem = resolver.branch(names, column=key)
                problems += [problem] if problem else []
            elif kind == "member":
                data[key], problem = resolver.member(names, key)
                problems += [problem] if problem else []
            elif kind == "members":
                found = [resolver.member(n, key) for n in names]
                data[key] = [i for i, _p in found if i]
                problems += [p for _i, p in found if p]
            else:  # raiser: a member, or a name kept as written
                member_id, problem = resolver.member(names, key)
                data["raised_by" if member_id else "raised_by_name"] = member_id or names
        elif kind == "meeting_branch":
            data[key], problem = meetings_sheet.branch_cell(value, resolver)
            problems += [problem] if problem else []
        elif kind == "absentees":
            data[key], found = meetings_sheet.absentees_cell(value, resolver)
            problems += found
        elif kind == "plan_absentees":
            data[key], found = plans_sheet.absentees_cell(value, resolver)
            problems += found

