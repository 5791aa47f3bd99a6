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

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import BranchDeskError, Problem, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import database
from db.spreadsheet.importers import convert, handlers
from db.spreadsheet.layout import SPECS
from db.spreadsheet.resolve import Resolver
from db.spreadsheet.workbook import SheetTable, Workbook, read_workbook

DUPLICATE_ROW = QT_TRANSLATE_NOOP("db", "The same record as row {row} of sheet “{sheet}”.")
REFUSED = QT_TRANSLATE_NOOP("db", "The workbook has {count} problems; nothing was imported.")

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
        return self.template.format(**self.params)

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


@dataclass
class ImportPreview:
    path: Path
    sheets: list[SheetResult]
    ignored_sheets: list[str]
    created_branches: list[str]
    created_areas: list[str]
    committed: bool = False

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

    def __init__(self, preview: ImportPreview):
        self.preview = preview
        super().__init__(REFUSED, count=len(preview.problems))


class _Rollback(Exception):
    pass




def preview_import(source: Workbook | Path | str, *, existing: str = SKIP,
                   decisions: dict[tuple[str, int], str] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """What importing would do, row by row. Writes nothing."""
    book = source if isinstance(source, Workbook) else read_workbook(source)
    try:
        with database.atomic():
            result = _run(book, existing, decisions or {}, progress)
            raise _Rollback
    except _Rollback:
        pass
    return result


def commit_import(source: Workbook | Path | str, *, existing: str = SKIP,
                  decisions: dict[tuple[str, int], str] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """Import every row in one transaction, or nothing (ImportRefused) if any row has a problem."""
    book = source if isinstance(source, Workbook) else read_workbook(source)
    try:
        with database.atomic():
            result = _run(book, existing, decisions or {}, progress)
            if result.has_errors:
                raise _Rollback
    except _Rollback:
        raise ImportRefused(result) from None
    result.committed = True
    return result


def _run(book: Workbook, existing: str, decisions: dict, progress) -> ImportPreview:
    resolver = Resolver()
    places = not any(t.rows for t in book.tables_of("assignments"))
    kinds = handlers(place_from_roster=places)
    sheets: list[SheetResult] = []
    total = sum(len(t.rows) for t in book.tables)
    done = 0
    seen: dict[tuple, tuple[str, int]] = {}
    for spec in SPECS:
        for table in book.tables_of(spec.kind):
            result = SheetResult(table.sheet, spec.kind, table.header_row, table.headers,
                                 table.ignored, table.rows)
            resolver.forget()
            for number, raw in table.rows:
                choice = decisions.get((table.sheet, number), existing)
                result.rows.append(_row(kinds[spec.kind], table, number, raw, resolver, seen,
                                        choice))
                done += 1
                if progress and done % 50 == 0:
                    progress(done, total)
            kinds[spec.kind].flush()
            sheets.append(result)
    if progress:
        progress(total, total)
    order = {t.sheet: i for i, t in enumerate(book.tables)}
    sheets.sort(key=lambda s: order[s.sheet])
    return ImportPreview(book.path, sheets, book.ignored_sheets, resolver.created_branches,
                         resolver.created_areas)


def _row(handler, table: SheetTable, number: int, raw: dict, resolver: Resolver, seen: dict,
         choice: str) -> RowResult:
    kind = table.spec.kind
    data, problems = convert(table.spec, raw, resolver, create_areas=kind == "members")
    result = RowResult(table.sheet, number, kind, handler.label(data), CREATE, False)
    key = handler.key(data)
    if key is not None and (kind, key) in seen:
        sheet, row = seen[kind, key]
        problems.append(Problem("", DUPLICATE_ROW, {"row": row, "sheet": sheet}))
    elif key is not None:
        seen[kind, key] = (table.sheet, number)
    row = handler.find(data, resolver) if key is not None and not problems else None
    if row is not None:
        result.existing = True
        if choice == SKIP and row.id not in resolver.created_ids:
            result.action = SKIP
            return result
        result.action = UPDATE
    try:
        if problems:
            handler.check(data)
        elif row is not None:
            before = row.rev
            if handler.update(row, data, resolver).rev == before:
                result.action = UNCHANGED
        else:
            handler.create(data, resolver)
    except ValidationError as exc:
        flagged = {p.field for p in problems}
        problems += [p for p in exc.problems if FIELD_COLUMNS.get(p.field, p.field) not in flagged
                     and p.field not in flagged]
    if problems:
        result.action = ERROR
        result.problems = [_locate(table, number, p) for p in problems]
    return result


def _locate(table: SheetTable, number: int, problem: Problem) -> RowProblem:
    key = FIELD_COLUMNS.get(problem.field, problem.field)
    header = table.headers.get(key, "")
    if not header and any(c.key == key for c in table.spec.columns):
        header = table.spec.column(key).header
    return RowProblem(table.sheet, number, header, problem.template, problem.params)
