"""Importing a workbook: a preview that writes nothing, then an all-or-nothing commit.

The preview runs the very import the commit would run, inside a transaction that is rolled back:
so it checks every row with its entity's validation, sees rows that the same file creates (a
visit naming a cadre from the roster sheet), and reports each problem with sheet, row and column
header. The commit runs it again in one transaction and keeps it only if no row has a problem.

A record that already exists (a member with the same name and birth date, a work area or branch
with the same name, the same visit, concern or period) is updated or skipped as the caller says,
for every row or per row; never duplicated. The same record twice in the file is a problem.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db import journal
from db.errors import BranchDeskError, Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP, fill_joined
from db.models import database
from db.spreadsheet import cells
from db.spreadsheet.converting import Converter
from db.spreadsheet.importers import handlers
from db.spreadsheet.layout import SPECS
from db.spreadsheet.resolve import Resolver
from db.spreadsheet.workbook import (
    Footer,
    SheetTable,
    Workbook,
    collector_paused,
    read_workbook,
)
from db.validate import remembered_links, row_by_id

DUPLICATE_ROW = QT_TRANSLATE_NOOP("db", "The same record as row {row} of sheet “{sheet}”.")
DUPLICATE_ONE = QT_TRANSLATE_NOOP(
    "db", "The same record as row {row} of sheet “{sheet}”, but {column} differs.")
DUPLICATE_SOME = QT_TRANSLATE_NOOP(
    "db", "The same record as row {row} of sheet “{sheet}”, but {columns} and {last} differ.")
IN_TRASH = QT_TRANSLATE_NOOP("db", "This record is in the trash; restore it before importing.")
REFUSED = QT_TRANSLATE_NOOP(
    "db", "Nothing was imported: the workbook has problems ({count}). Fix them and import again.")

CREATE, UPDATE, UNCHANGED, SKIP, ERROR = "create", "update", "unchanged", "skip", "error"
FIELD_COLUMNS = {"raised_by_name": "raised_by", "name_pinyin": "name", "name_initials": "name",
                 "attendance": "absent"}


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int
    column: str  # the header as written in the file ("" for the whole row)
    template: str  # English, marked for translation in context "db"
    params: dict

    @property
    def message(self) -> str:
        return fill_joined(self.template, ", ", **self.params)

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.row}" + (f" [{self.column}]" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class RowResult:
    sheet: str
    row: int
    kind: str
    label: str
    action: str  # create, update, unchanged, skip, error
    existing: bool
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class SheetResult:
    sheet: str
    kind: str
    header_row: int
    headers: dict[str, str]  # column key → header text in the file
    ignored_headers: list[str]
    raw_rows: list[tuple[int, dict]]  # (row number, column key → cell value) for display
    rows: list[RowResult] = field(default_factory=list)
    loose: dict[str, str] = field(default_factory=dict)  # header → key, a known word inside it
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # header → candidate headers
    footers: list[Footer] = field(default_factory=list)  # total and signature lines skipped
    repeats: list[tuple[int, int]] = field(default_factory=list)  # (row, the row it repeats)
    shared: dict[str, list[str]] = field(default_factory=dict)  # key → its columns' headers
    # a branch or work area cell → the name of the record it was read as (第一支部 → 第一党支部)
    read_as: dict[str, str] = field(default_factory=dict)

    def column_header(self, key: str) -> str:
        """The canonical header of column `key` of this sheet's kind."""
        spec = next(s for s in SPECS if s.kind == self.kind)
        return spec.column(key).header


@dataclass
class ImportPreview:
    path: Path
    sheets: list[SheetResult]
    ignored_sheets: list[str]
    created_branches: list[str]
    created_areas: list[str]
    committed: bool = False
    near: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # see Workbook.near

    @property
    def rows(self) -> list[RowResult]:
        return [r for s in self.sheets for r in s.rows]

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def has_errors(self) -> bool:
        return any(r.problems for r in self.rows)

    def counts(self) -> dict[str, int]:
        out = {a: 0 for a in (CREATE, UPDATE, UNCHANGED, SKIP, ERROR)}
        for r in self.rows:
            out[r.action] += 1
        return out


class ImportRefused(BranchDeskError):
    """The commit found problems; nothing was written. `preview` lists them."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        super().__init__(REFUSED, count=len(preview.problems))


class _Rollback(Exception):
    pass


@dataclass
class _Prepared:
    """A preview's writes, replayed by the commit when nothing changed in between."""

    choice: tuple
    fingerprint: tuple
    writes: journal.Journal
    result: ImportPreview


def _choice(existing: str, decisions: dict) -> tuple:
    return existing, tuple(sorted(decisions.items()))


def preview_import(source: Workbook | Path | str, *, existing: str = SKIP,
                   decisions: dict[tuple[str, int], str] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """What importing would do, row by row. Writes nothing."""
    book = source if isinstance(source, Workbook) else read_workbook(source)
    decisions = decisions or {}
    before = journal.fingerprint()
    try:
        with journal.recording() as writes, database.atomic():
            result = _run(book, existing, decisions, progress, preview=True)
            raise _Rollback
    except _Rollback:
        pass
    book.prepared = _Prepared(_choice(existing, decisions), before, writes, result)
    return result


def commit_import(source: Workbook | Path | str, *, existing: str = SKIP,
                  decisions: dict[tuple[str, int], str] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """Import every row in one transaction, or nothing (ImportRefused) if any row has a problem.

    After a preview of the same workbook with the same choices, and no change to the database
    since, the commit repeats the preview's writes instead of running the import again."""
    book = source if isinstance(source, Workbook) else read_workbook(source)
    decisions = decisions or {}
    prepared, book.prepared = book.prepared, None
    try:
        with database.atomic():
            if (isinstance(prepared, _Prepared) and not prepared.result.has_errors
                    and prepared.choice == _choice(existing, decisions)
                    and prepared.fingerprint == journal.fingerprint()):
                journal.replay(prepared.writes)
                result = prepared.result
                if progress:
                    progress(1, 1)
            else:
                result = _run(book, existing, decisions, progress)
            if result.has_errors:
                raise _Rollback
    except _Rollback:
        raise ImportRefused(result) from None
    result.committed = True
    return result


def _run(book: Workbook, existing: str, decisions: dict, progress, preview: bool = False
         ) -> ImportPreview:
    """The import, with Python's cycle collector paused: a depot's 80,000 rows make objects
    that hold no cycles, and repeated full collections over them cost more than the work."""
    with collector_paused():
        return _import(book, existing, decisions, progress, preview)


def _import(book: Workbook, existing: str, decisions: dict, progress, preview: bool
            ) -> ImportPreview:
    resolver = Resolver()
    for table in book.tables_of("branches"):  # a branch the roster names keeps its identity
        resolver.branch_ids.update({cells.name(raw["name"]): cells.identity(raw["id"])
                                    for _n, raw in table.rows if raw.get("name") and raw.get("id")})
        resolver.listed_branches.update(cells.name(raw["name"]) for _n, raw in table.rows
                                        if raw.get("name"))
    places = not any(t.rows for t in book.tables_of("assignments"))
    kinds = handlers(place_from_roster=places)
    sheets: list[SheetResult] = []
    total = sum(len(t.rows) for t in book.tables)
    done = 0
    seen: dict[tuple, tuple[SheetTable, int, dict]] = {}  # (kind, key) → its first row
    order = [(spec, table) for spec in SPECS for table in book.tables_of(spec.kind)]
    for index, (spec, table) in enumerate(order):
        result = SheetResult(table.sheet, spec.kind, table.header_row, table.headers,
                             table.ignored, table.rows, loose=table.loose,
                             ambiguous=table.ambiguous, footers=table.footers,
                             repeats=table.repeats, shared=table.shared)
        resolver.forget()
        converted = Converter(spec, resolver, create_areas=spec.kind == "members").rows(
            [raw for _number, raw in table.rows])
        with remembered_links():
            for (number, _raw), (data, problems) in zip(table.rows, converted, strict=True):
                choice = decisions.get((table.sheet, number), existing) if decisions else existing
                result.rows.append(_row(kinds[spec.kind], table, number, _raw, data,
                                        problems, resolver, seen, choice))
                done += 1
                if progress and done % 50 == 0:
                    progress(done, total)
        result.read_as = dict(resolver.read_as)
        # A preview's last writes are read by nothing before its rollback: they are kept
        # for the commit to make, not made twice.
        last = preview and index == len(order) - 1
        with journal.deferring() if last else contextlib.nullcontext():
            resolver.flush()
            kinds[spec.kind].flush()
        sheets.append(result)
    if progress:
        progress(total, total)
    place = {t.sheet: i for i, t in enumerate(book.tables)}
    sheets.sort(key=lambda s: place[s.sheet])
    return ImportPreview(book.path, sheets, book.ignored_sheets, resolver.created_branches,
                         resolver.created_areas, near=book.near)


def _row(handler, table: SheetTable, number: int, raw: dict, data: dict,
         problems: list[Problem], resolver: Resolver, seen: dict, choice: str) -> RowResult:
    """What becomes of one row, its cells (`raw`) converted (`data`, and the cells'
    `problems`)."""
    kind = table.spec.kind
    row_id = data.pop("id", None)
    handler.prepare(data, table.row_text.get(number, ""), problems, bool(row_id))
    result = RowResult(table.sheet, number, kind, handler.label(data), CREATE, False)
    key = ("id", row_id) if row_id else handler.key(data)
    if key is not None:
        first = seen.setdefault((kind, key), (table, number, raw))
        if first[1] != number or first[0] is not table:
            problems.append(_duplicate(table, raw, *first))
    try:
        row = None
        if row_id and not problems:
            model = handler.kind.model
            row = row_by_id(model, row_id) if row_id in resolver.ids(model) else None
            if row is not None and row.deleted:
                problems.append(Problem("id", IN_TRASH, {}))
                row = None
            elif row is None and handler.made_by_name and handler.key(data) is not None:
                row = handler.find(data, resolver)  # e.g. a branch the roster sheet made
                if row is not None and row.id not in resolver.created_ids:
                    row = None  # another record by that name: the validation will say so
        elif key is not None and not problems:
            row = handler.find(data, resolver)
        # A record this run made from another sheet's cell (a branch the roster names) is new
        # to the secretary: its own row counts it as created, whatever the row fills in.
        made_here = row is not None and row.id in resolver.created_ids
        if row is not None and not made_here:
            result.existing = True
            if choice == SKIP:
                result.action = SKIP
                return result
            result.action = UPDATE
        if problems:
            handler.check(data)
        elif row is not None:
            before = row.rev
            if handler.update(row, data, resolver).rev == before and not made_here:
                result.action = UNCHANGED
        else:
            handler.create(data, resolver, row_id)
    except ValidationError as exc:
        flagged = {p.field for p in problems}
        problems += [p for p in exc.problems if FIELD_COLUMNS.get(p.field, p.field) not in flagged
                     and p.field not in flagged]
    if problems:
        result.action = ERROR
        result.problems = [_locate(table, number, p) for p in problems]
    return result


def _duplicate(table: SheetTable, raw: dict, first: SheetTable, row: int, first_raw: dict
               ) -> Problem:
    """A row naming the record an earlier row named, with the columns (headers as this row's
    sheet writes them) where the two rows' cells differ."""
    params: dict = {"row": row, "sheet": first.sheet}
    headers = {**first.headers, **table.headers}
    differ = [headers[key] for key in headers
              if cells.cell_text(raw.get(key)) != cells.cell_text(first_raw.get(key))]
    if not differ:
        return Problem("", DUPLICATE_ROW, params)
    if len(differ) == 1:
        return Problem("", DUPLICATE_ONE, {**params, "column": differ[0]})
    return Problem("", DUPLICATE_SOME, {**params, "columns": differ[:-1], "last": differ[-1]})


def _locate(table: SheetTable, number: int, problem: Problem) -> RowProblem:
    key = FIELD_COLUMNS.get(problem.field, problem.field)
    header = table.headers.get(key, "")
    if not header and any(c.key == key for c in table.spec.columns):
        header = table.spec.column(key).header
    return RowProblem(table.sheet, number, header, problem.template, problem.params)
