"""Reading a workbook as people keep it: find each sheet's header row and its data rows.

A header row is found among the first rows even below a title, and merged cells are filled
(a title merged over the width, a header merged over two rows, a 工区 merged down a group of
people). Each sheet becomes a `SheetTable` of the kind its headers (or its name) point to, with
what the preview shows about it: the columns matched (and how), those left out or ambiguous, the
total, signature and group-heading lines skipped, and the rows merged as exact repeats of an
earlier row.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count, zip_longest
from pathlib import Path

from db.i18n import QT_TRANSLATE_NOOP
from db.spreadsheet.cell_formats import CellFormats
from db.spreadsheet.cells import column_text, header_key, is_blank, text
from db.spreadsheet.headers import (
    CONTAINED,
    HEADING_LINE,
    HeaderMatch,
    cell_keys,
    footer_kind,
    forget_cells,
    is_heading,
    matcher,
    search_keys,
)
from db.spreadsheet.layout import IGNORED_HEADERS, SPECS, SheetSpec
from db.spreadsheet.reading import SpreadsheetError, read_sheets

EMPTY = QT_TRANSLATE_NOOP("db", "{path} is empty: none of its sheets holds any data.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "db", "No sheet of {path} has a header row Branch Desk recognises (such as 姓名 and 出生日期 "
    "for members, 工区名称 for work areas, 走访日期 and 参加干部 for visits). Start from the "
    "template: branch-desk export --template FILE.xlsx")

NEAR_ONLY = QT_TRANSLATE_NOOP(
    "db", "Nothing in {path} can be imported: sheet “{sheet}” has no column {columns}. Rename "
    "the column that holds it, or start from the template: branch-desk export --template "
    "FILE.xlsx")

HEADER_SEARCH_ROWS = 20
# Kinds of cell that hold several names: where two columns give one, both columns' names count.
LIST_KINDS = frozenset({"members", "areas", "absentees", "plan_absentees"})


@dataclass(frozen=True)
class Footer:
    row: int
    text: str
    reason: str  # headers.TOTAL_LINE, SIGNATURE_LINE or HEADING_LINE


@dataclass
class SheetTable:
    """One recognised sheet: which column holds which field, and its non-blank data rows."""

    sheet: str
    spec: SheetSpec
    header_row: int  # 1-based, as Excel shows it
    columns: dict[str, list[int]]  # column key → 0-based indexes (first non-blank wins)
    headers: dict[str, str]  # column key → the header text as written in the file
    ignored: list[str] = field(default_factory=list)  # headers not understood
    loose: dict[str, str] = field(default_factory=dict)  # header text → key, found inside it
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # header → candidate headers
    # column key → the headers of its columns, where several columns give one field
    shared: dict[str, list[str]] = field(default_factory=dict)
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (row number, key → raw value)
    row_text: dict[int, str] = field(default_factory=dict)  # row number → all its cells' text
    footers: list[Footer] = field(default_factory=list)
    repeats: list[tuple[int, int]] = field(default_factory=list)  # (row, the row it repeats)


@dataclass
class Workbook:
    path: Path
    tables: list[SheetTable]
    ignored_sheets: list[str]
    # sheet name → (kind, headers of the required columns it lacks), for sheets left out that
    # read like a kind
    near: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    prepared: object = None  # the last preview's writes, for its commit (db.spreadsheet.importing)

    def tables_of(self, kind: str) -> list[SheetTable]:
        return [t for t in self.tables if t.spec.kind == kind]


def _targets(row: list, above: list, keyed: list | None = None,
             keyed_above: list | None = None) -> list[tuple[int, tuple[str, str]]]:
    """(column index, keys to match) of the cells of `row` that may be a header: an empty cell
    takes the header above it. `keyed`, `keyed_above`: the rows' cell_keys, if made already."""
    keyed = keyed if keyed is not None else [cell_keys(c) for c in row]
    out = []
    for index, cell in enumerate(row):
        keys = keyed[index]
        if not keys[0] and index < len(above) and is_blank(cell):
            keys = keyed_above[index] if keyed_above is not None else cell_keys(above[index])
        if keys[0]:
            out.append((index, keys))
    return out


def _header_map(spec: SheetSpec, targets: list[tuple[int, tuple[str, str]]]
                ) -> dict[int, HeaderMatch]:
    """Column index → match of the `targets` of a row as a header of kind `spec`."""
    match = matcher(spec).match_keys
    found: dict[int, HeaderMatch] = {}
    for index, keys in targets:
        hit = match(*keys)
        if hit is not None:
            found[index] = hit
    return found


def _keys(found: dict[int, HeaderMatch]) -> dict[str, list[int]]:
    keys: dict[str, list[int]] = {}
    for index, hit in sorted(found.items()):
        if hit.column is not None:
            keys.setdefault(hit.column.key, []).append(index)
    return keys


def _recognise(name: str, rows: list[list], formats: CellFormats | None = None
               ) -> SheetTable | tuple[str, list[str]] | None:
    """The sheet's table; else (kind, headers of the columns it lacks) when its header reads
    like a kind but for a required column (时间 for 走访日期); else None."""
    best = None  # (score, row index, spec, matches)
    near = None  # (keys found, kind, headers missing)
    keyed = [[search_keys(c) for c in row] for row in rows[:HEADER_SEARCH_ROWS]]
    matchers = [matcher(spec) for spec in SPECS]
    matched: dict[tuple[str, str], tuple] = {}  # a cell's keys → its match for each kind
    for r in range(min(HEADER_SEARCH_ROWS, len(rows))):
        targets = _targets(rows[r], rows[r - 1] if r else [], keyed[r], keyed[r - 1] if r else [])
        if len(targets) < 2:
            continue  # a kind is recognised by two columns at least
        hits = []
        for index, cell in targets:
            per_kind = matched.get(cell)
            if per_kind is None:
                per_kind = matched[cell] = tuple(m.match_keys(*cell) for m in matchers)
            hits.append((index, per_kind))
        for kind, spec in enumerate(SPECS):
            found = {index: by_kind[kind] for index, by_kind in hits
                     if by_kind[kind] is not None}
            if len(found) < 2:
                continue
            keys = _keys(found)
            if len(keys) < 2:
                continue
            missing = [k for k in spec.required if k not in keys]
            if missing:  # a kind it reads like, save for a column it needs
                if near is None or len(keys) > near[0]:
                    near = (len(keys), spec.kind, [spec.column(k).header for k in missing])
                continue
            hinted = any(h in name for h in spec.hints)
            exact = sum(h.how != CONTAINED for h in found.values() if h.column is not None)
            score = (len(keys), exact, hinted)
            if best is None or score > best[0]:
                best = (score, r, spec, found)
    if best is None:
        return (near[1], near[2]) if near else None
    _score, r, spec, found = best
    # A header over two rows (联系方式 above 手机 | 电话): the lower row is the header too, if
    # it names columns outright (a data row's 第一支部 holds the word 支部, which is no header).
    while r + 1 < len(rows):
        lower = {i: h for i, h in _header_map(spec, _targets(rows[r + 1], [])).items()
                 if h.how != CONTAINED}
        if len(_keys(lower)) < 2:
            break
        found.update(lower)
        r += 1
    return _table(name, spec, rows, r, found, formats)


def _header_text(rows: list[list], r: int, index: int) -> str:
    cell = rows[r][index] if index < len(rows[r]) else None
    if is_blank(cell) and r and index < len(rows[r - 1]):
        cell = rows[r - 1][index]
    return text(cell) if not is_blank(cell) else ""


def _table(name: str, spec: SheetSpec, rows: list[list], r: int,
           found: dict[int, HeaderMatch], formats: CellFormats | None = None) -> SheetTable:
    keys = _keys(found)
    if formats is not None:
        _keep_months(name, spec, rows, r, keys, formats)
    table = SheetTable(name, spec, r + 1, keys, {})
    for key, indexes in keys.items():
        table.headers[key] = _header_text(rows, r, indexes[0])
        if len(indexes) > 1:
            table.shared[key] = [_header_text(rows, r, i) for i in indexes]
    for index, hit in sorted(found.items()):
        header = _header_text(rows, r, index)
        if hit.column is None:
            table.ambiguous[header] = [c.header for c in hit.candidates]
        elif hit.how == CONTAINED:
            table.loose[header] = hit.column.key
    table.ignored = [text(c) for i, c in enumerate(rows[r]) if not is_blank(c)
                     and i not in found and header_key(c) not in IGNORED_HEADERS]
    body = rows[r + 1:]
    lengths = list(map(len, body))
    width = max(lengths, default=0)
    ragged = min(lengths, default=0) != width
    # Column by column: the text of every cell ("" for a blank one, which no other cell reads
    # as), and each key's value (the first of its columns that is not blank).
    cells = list(zip_longest(*body) if ragged else zip(*body, strict=True))
    texts = [column_text(column) for column in cells]
    numbered = {i for i, c in enumerate(rows[r]) if header_key(c) in IGNORED_HEADERS}
    blank = [""] * len(body)
    # zip(strict=False) below: every column has a cell for each row, by construction
    values = zip(*(_joined_values(texts, indexes) if key in table.shared
                   and spec.column(key).kind in LIST_KINDS else _key_values(cells, texts, indexes)
                   for key, indexes in keys.items()), strict=False)
    # A repeat is the same in every cell but its serial number (序号), which every row has anew.
    repeat_keys = zip(*(blank if i in numbered else t for i, t in enumerate(texts)),
                      strict=False)
    # Where every column but the serial number is a key's, a row with any other cell filled
    # gives its kind a value.
    keyed = {i for indexes in keys.values() for i in indexes}
    by_cells = bool(numbered & keyed) or not set(range(width)) - numbered <= keyed
    # A row whose first cell is a number (序号) is no total or signature line.
    footers_possible = not cells or not set(map(type, cells[0])) <= {int, float}
    seen: dict[tuple, int] = {}
    rows_out, row_text, footers, repeats = table.rows, table.row_text, table.footers, table.repeats
    for number, row, whole, same, given in zip(count(r + 2), body, zip(*texts, strict=False),
                                               repeat_keys, values, strict=False):
        if not any(whole):
            continue
        filled = " ".join(whole) if "" not in whole else " ".join(filter(None, whole))
        reason = footer_kind(row) if footers_possible else None
        if reason is None and is_heading(whole):
            reason, filled = HEADING_LINE, next(t for t in whole if t)  # as it was typed, once
        if reason is not None:
            footers.append(Footer(number, filled[:60], reason))
            continue
        if not (given.count(None) != len(given) if by_cells else any(same)):
            continue  # no column of the kind is filled
        if ragged and len(row) != width:  # a short row is compared as the cells it has
            same = same[:len(row)]
        first = seen.setdefault(same, number)
        if first != number:
            repeats.append((number, first))
            continue
        rows_out.append((number, dict(zip(keys, given, strict=True))))
        row_text[number] = filled
    return table


def _keep_months(name: str, spec: SheetSpec, rows: list[list], r: int,
                 keys: dict[str, list[int]], formats: CellFormats) -> None:
    """A date cell of a month column whose format shows no day (1987年11月, which Excel keeps
    as the date 1987-11-01) becomes the month's text, 1987-11, as if typed so."""
    columns = [i for key, indexes in keys.items() if spec.column(key).kind == "month"
               for i in indexes]
    for row, column in formats.month_cells(name, columns) if columns else ():
        if row > r and row < len(rows) and column < len(rows[row]):
            value = rows[row][column]
            if isinstance(value, dt.date):  # a datetime too
                rows[row][column] = f"{value.year:04d}-{value.month:02d}"


def _joined_values(texts: list[list[str]], indexes: list[int]) -> list[str | None]:
    """A list's value on each row from several columns: the names of all of them (带队领导 and
    参加人员 both name the cadres who went), each cell once, joined by 、."""
    columns = [texts[i] for i in indexes if i < len(texts)]
    out: list[str | None] = []
    for parts in zip(*columns, strict=True):
        filled = list(dict.fromkeys(p for p in parts if p))
        out.append("、".join(filled) if filled else None)
    return out


def _key_values(cells: list[tuple], texts: list[list[str]], indexes: list[int]
                ) -> Sequence:
    """A key's value on each row: the cell of the first of its columns that is not blank."""
    indexes = [i for i in indexes if i < len(cells)]
    if not indexes:
        return [None] * (len(texts[0]) if texts else 0)
    first, *others = indexes
    if not others and "" not in texts[first]:
        return cells[first]  # no blank cell
    out = [value if text else None for value, text in zip(cells[first], texts[first],
                                                            strict=True)]
    for i in others:
        out = [value if value is not None or not text else cell
               for value, cell, text in zip(out, cells[i], texts[i], strict=True)]
    return out


def read_workbook(path: Path | str) -> Workbook:
    """Every recognised sheet of the file. Raises SpreadsheetError when nothing can be imported."""
    path = Path(path)
    forget_cells()
    with collector_paused():
        return _read(path)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused: reading or importing a sheet makes many objects that
    hold no cycles, and the collections they set off (over every row read so far) cost more
    than the work."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _read(path: Path) -> Workbook:
    tables, ignored, any_data = [], [], False
    near: dict[str, tuple[str, list[str]]] = {}
    formats = CellFormats(path)
    for name, rows in read_sheets(path):
        if not any(not is_blank(c) for row in rows for c in row):
            continue
        any_data = True
        table = _recognise(name, rows, formats)
        if isinstance(table, SheetTable):
            tables.append(table)
        else:
            ignored.append(name)
            if table is not None:
                near[name] = table
    if not any_data:
        raise SpreadsheetError(EMPTY, path=str(path))
    if not tables and near:
        sheet, (_kind, missing) = next(iter(near.items()))
        raise SpreadsheetError(NEAR_ONLY, path=str(path), sheet=sheet, columns="、".join(missing))
    if not tables:
        raise SpreadsheetError(NO_HEADER, path=str(path))
    return Workbook(path, tables, ignored, near)
