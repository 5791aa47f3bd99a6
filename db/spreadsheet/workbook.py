"""Reading a workbook as people keep it: find each sheet's header row and its data rows.

A header row is found among the first rows even below a title, and merged cells are filled
(a title merged over the width, a header merged over two rows, a 工区 merged down a group of
people). Each sheet becomes a `SheetTable` of the kind its headers (or its name) point to.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.spreadsheet.cells import header_key, is_blank
from db.spreadsheet.layout import IGNORED_HEADERS, SPECS, Column, SheetSpec

NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "db", "{path} is not an Excel workbook (.xlsx). An old .xls file must first be saved as .xlsx.")
UNREADABLE = QT_TRANSLATE_NOOP("db", "{path} cannot be read as a workbook: {detail}")
EMPTY = QT_TRANSLATE_NOOP("db", "{path} is empty: none of its sheets holds any data.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "db", "No sheet of {path} has a header row Branch Desk recognises (such as 姓名 and 出生日期 "
    "for members, 工区名称 for work areas, 走访日期 and 参加干部 for visits). Start from the "
    "template: branch-desk export --template FILE.xlsx")

HEADER_SEARCH_ROWS = 20


class SpreadsheetError(BranchDeskError):
    """The file cannot be imported at all (not a workbook, empty, no header); nothing written."""


@dataclass
class SheetTable:
    """One recognised sheet: which column holds which field, and its non-blank data rows."""

    sheet: str
    spec: SheetSpec
    header_row: int  # 1-based, as Excel shows it
    columns: dict[str, list[int]]  # column key → 0-based indexes (first non-blank wins)
    headers: dict[str, str]  # column key → the header text as written in the file
    ignored: list[str] = field(default_factory=list)  # headers not understood
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (row number, key → raw value)


@dataclass
class Workbook:
    path: Path
    tables: list[SheetTable]
    ignored_sheets: list[str]

    def tables_of(self, kind: str) -> list[SheetTable]:
        return [t for t in self.tables if t.spec.kind == kind]


def _match(spec: SheetSpec) -> dict[str, Column]:
    out: dict[str, Column] = {}
    for column in spec.columns:
        for word in (column.header, *column.variants):
            out.setdefault(header_key(word), column)
    return out


_MATCHERS = {spec.kind: _match(spec) for spec in SPECS}


def _lookup(matcher: dict[str, Column], cell) -> Column | None:
    key = header_key(cell)
    if not key:
        return None
    found = matcher.get(key)
    if found is None and "（" in key:  # 出生日期（格式1990.01） → 出生日期
        found = matcher.get(key.split("（", 1)[0])
    return found


def _header_map(spec: SheetSpec, row: list, above: list) -> dict[str, list[int]]:
    """Column key → indexes for `row` as a header; an empty cell takes the header above it."""
    matcher = _MATCHERS[spec.kind]
    found: dict[str, list[int]] = {}
    for index, cell in enumerate(row):
        column = _lookup(matcher, cell)
        if column is None and index < len(above):
            column = _lookup(matcher, above[index])
        if column is not None:
            found.setdefault(column.key, []).append(index)
    return found


def _read_rows(sheet) -> list[list]:
    rows = [list(r) for r in sheet.iter_rows(min_row=1, min_col=1, values_only=True)]
    for merged in sheet.merged_cells.ranges:
        if merged.min_row > len(rows):
            continue
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, min(merged.max_row, len(rows))):
            row = rows[r]
            row.extend([None] * (merged.max_col - len(row)))
            for c in range(merged.min_col - 1, merged.max_col):
                row[c] = value
    return rows


def _recognise(name: str, rows: list[list]) -> SheetTable | None:
    best = None  # (score, name hint, row index, spec, map)
    for r in range(min(HEADER_SEARCH_ROWS, len(rows))):
        above = rows[r - 1] if r else []
        for spec in SPECS:
            found = _header_map(spec, rows[r], above)
            if len(found) < 2 or not all(k in found for k in spec.required):
                continue
            hinted = any(h in name for h in spec.hints)
            score = (len(found), hinted)
            if best is None or score > best[0]:
                best = (score, r, spec, found)
    if best is None:
        return None
    _score, r, spec, found = best
    # A header over two rows (联系方式 above 手机 | 电话): the lower row is the header too.
    while r + 1 < len(rows) and len(lower := _header_map(spec, rows[r + 1], [])) >= 2:
        for key, indexes in lower.items():
            found[key] = sorted(set(found.get(key, [])) | set(indexes))
        r += 1
    used = {i for indexes in found.values() for i in indexes}
    above = rows[r - 1] if r else []
    headers = {}
    for key, indexes in found.items():
        cell = rows[r][indexes[0]]
        headers[key] = str(cell if not is_blank(cell) else above[indexes[0]]).strip()
    ignored = [str(c).strip() for i, c in enumerate(rows[r]) if not is_blank(c) and i not in used
               and header_key(c) not in IGNORED_HEADERS]
    table = SheetTable(name, spec, r + 1, found, headers, ignored)
    for number, row in enumerate(rows[r + 1:], start=r + 2):
        values = {}
        for key, indexes in found.items():
            cells = [row[i] for i in indexes if i < len(row) and not is_blank(row[i])]
            values[key] = cells[0] if cells else None
        if any(v is not None for v in values.values()):
            table.rows.append((number, values))
    return table


def open_workbook(path: Path | str):
    """The openpyxl workbook, or SpreadsheetError with a message a person understands."""
    import openpyxl

    path = Path(path)
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise SpreadsheetError(NOT_A_WORKBOOK, path=str(path))
    try:
        return openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SpreadsheetError(UNREADABLE, path=str(path), detail=str(exc) or type(exc).__name__) \
            from exc


def read_workbook(path: Path | str) -> Workbook:
    """Every recognised sheet of the file. Raises SpreadsheetError when nothing can be imported."""
    path = Path(path)
    book = open_workbook(path)
    tables, ignored, any_data = [], [], False
    try:
        for sheet in book.worksheets:
            rows = _read_rows(sheet)
            if not any(not is_blank(c) for row in rows for c in row):
                continue
            any_data = True
            table = _recognise(sheet.title, rows)
            if table is None:
                ignored.append(sheet.title)
            else:
                tables.append(table)
    finally:
        book.close()
    if not any_data:
        raise SpreadsheetError(EMPTY, path=str(path))
    if not tables:
        raise SpreadsheetError(NO_HEADER, path=str(path))
    return Workbook(path, tables, ignored)
