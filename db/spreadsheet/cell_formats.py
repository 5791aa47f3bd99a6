"""Which date cells of an .xlsx or .ods show no day: the month a person typed, not its first.

Chinese Excel turns 1987年11月 typed into a cell into a date (1987-11-01) formatted
`yyyy"年"m"月"`; python-calamine gives the date and no format. This reads just enough of the file
itself to tell: the number formats and cell styles of xl/styles.xml and, only where some style
shows a date without its day, the style (`s`) of the cells of the asked columns of one sheet
(xl/workbook.xml and its rels name each sheet's part). openpyxl would read it all, at several
times the cost of the whole import.

Covered: .xlsx and .xlsm from Excel, WPS, LibreOffice and openpyxl — custom formats such as
`yyyy"年"m"月"`, `yyyy.mm`, `yyyy-mm`, `mmmm yyyy`, `[$-x-sysdate]`-style locale prefixes, and
the built-in ids that show a year and month without a day (17 `mmm-yy`; in zh-CN Excel 27, 36,
50, 52 and 57 `yyyy"年"m"月"`; ids 27–36 and 50–58 mean other formats in Japanese, Korean and
Taiwanese Excel, which is not who keeps these rosters); and .ods as LibreOffice writes it (date
styles without a day, in styles.xml or content.xml, found through the cells' styles and the
columns' defaults). Not covered, read as full dates as before: .xlsb (binary styles), old .xls
(python-calamine gives no formats, and BIFF FORMAT records are not read here), .xlsx cells
written without their `r` reference, .ods written without LibreOffice's `table:` prefix, and a
year-only format (`yyyy`), which has no precision the app keeps. Anything unreadable here
leaves the cells as python-calamine read them.
"""
from __future__ import annotations

import bisect
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree as ET

SUFFIXES = (".xlsx", ".xlsm")
MAX_COLUMNS = 1024  # column defaults kept (LibreOffice repeats the last over 16,384 columns)
ODS_SUFFIXES = (".ods",)
# Built-in number formats (no numFmt element in the file) showing a year and month, no day.
MONTH_BUILTINS = frozenset({17, 27, 36, 50, 52, 57})
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# What a format shows literally: "年", \-, [$-804] or [Red], _) padding, *- fill.
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_CELL_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_R_FIRST = re.compile(rb'<(?:\w+:)?c r="')
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_UNREADABLE = (OSError, KeyError, ValueError, zipfile.BadZipFile, ET.ParseError)


def shows_no_day(code: str) -> bool:
    """True for a date format that shows the year and month but no day (nor a time)."""
    bare = _LITERAL.sub("", code).split(";")[0].lower()
    # a, as in aaaa, is a weekday (and am/pm); h and s, a time; d, a day.
    return "y" in bare and "m" in bare and not any(c in bare for c in "dhsa")


class CellFormats:
    """A workbook's cell formats, read when first asked and only as far as asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._styles: frozenset[int] | None = None  # cell style indexes showing no day
        self._parts: dict[str, str] | None = None  # sheet name → part name in the zip
        self._ods: dict[str, set[tuple[int, int]]] | None = None  # .ods: sheet → month cells

    def month_cells(self, sheet: str, columns: Iterable[int]) -> set[tuple[int, int]]:
        """(0-based row, column) of the cells of `columns` in `sheet` whose format shows a
        date without its day; empty where that cannot be read."""
        wanted = set(columns)
        suffix = self.path.suffix.lower()
        if suffix in ODS_SUFFIXES and wanted:
            return {(r, c) for r, c in self._ods_cells().get(sheet, ()) if c in wanted}
        if suffix not in SUFFIXES or not wanted:
            return set()
        try:
            with zipfile.ZipFile(self.path) as book:
                styles = self._month_styles(book)
                if not styles:
                    return set()
                part = self._sheet_parts(book).get(sheet)
                if part is None:
                    return set()
                return styled_cells(book.read(part), styles, wanted)
        except _UNREADABLE:
            return set()

    def _month_styles(self, book: zipfile.ZipFile) -> frozenset[int]:
        if self._styles is None:
            root = ET.fromstring(book.read("xl/styles.xml"))
            codes = {int(f.get("numFmtId", "-1")): f.get("formatCode", "")
                     for f in root.iter(f"{_MAIN}numFmt")}
            xfs = root.find(f"{_MAIN}cellXfs")
            found = set()
            for index, xf in enumerate(xfs if xfs is not None else ()):
                fmt = int(xf.get("numFmtId", "0"))
                if shows_no_day(codes[fmt]) if fmt in codes else fmt in MONTH_BUILTINS:
                    found.add(index)
            self._styles = frozenset(found)
        return self._styles

    def _ods_cells(self) -> dict[str, set[tuple[int, int]]]:
        if self._ods is None:
            try:
                with zipfile.ZipFile(self.path) as book:
                    self._ods = ods_month_cells(book)
            except _UNREADABLE:
                self._ods = {}
        return self._ods

    def _sheet_parts(self, book: zipfile.ZipFile) -> dict[str, str]:
        if self._parts is None:
            rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG}Relationship")}
            parts = {}
            for sheet in ET.fromstring(book.read("xl/workbook.xml")).iter(f"{_MAIN}sheet"):
                target = targets.get(sheet.get(_REL), "")
                if target:
                    parts[sheet.get("name", "")] = (target.lstrip("/") if target.startswith("/")
                                                    else "xl/" + target)
            self._parts = parts
        return self._parts


def column_letters(index: int) -> bytes:
    """The letters naming the 0-based column `index` (0 → A, 26 → AA)."""
    letters = b""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


def styled_cells(xml: bytes, styles: frozenset[int], columns: set[int]
                  ) -> set[tuple[int, int]]:
    """(row, column) of the cells of `columns` whose style is one of `styles`: only the start
    tags of such cells are looked for (a regular expression over the bytes, not a parse).
    Excel, WPS, LibreOffice and openpyxl write r first, then t or s: that order is looked for
    at once; other writers' tags are read attribute by attribute."""
    numbers = b"|".join(str(s).encode() for s in sorted(styles))
    names = {column_letters(c): c for c in columns}
    letters = b"|".join(sorted(names))
    if _R_FIRST.search(xml):
        tag = re.compile(rb'c r="(' + letters + rb')([0-9]+)"(?: t="\w+")? s="(?:'
                         + numbers + rb')"')
        return {(int(m.group(2)) - 1, names[m.group(1)]) for m in tag.finditer(xml)}
    tag = re.compile(rb'<(?:\w+:)?c\s[^>]*?\bs="(?:' + numbers + rb')"[^>]*>')
    found = set()
    for match in tag.finditer(xml):
        ref = _CELL_REF.search(match.group())
        if ref is not None and ref.group(1) in names:
            found.add((int(ref.group(2)) - 1, names[ref.group(1)]))
    return found


def _ods_month_styles(parts: list[bytes]) -> set[str]:
    """Names of the cell styles of an .ods (in styles.xml or content.xml) whose date style
    shows a year and a month but no day."""
    months: set[str | None] = set()
    cell_styles: dict[str | None, str | None] = {}
    for xml in parts:
        root = ET.fromstring(xml)
        for style in root.iter(f"{_NUMBER}date-style"):
            shown = {child.tag for child in style}
            if {f"{_NUMBER}year", f"{_NUMBER}month"} <= shown and not shown & {
                    f"{_NUMBER}day", f"{_NUMBER}hours", f"{_NUMBER}day-of-week"}:
                months.add(style.get(f"{_STYLE}name"))
        for style in root.iter(f"{_STYLE}style"):
            if style.get(f"{_STYLE}family") == "table-cell":
                cell_styles[style.get(f"{_STYLE}name")] = style.get(f"{_STYLE}data-style-name")
    return {name for name, data in cell_styles.items() if name and data in months}


_ODS_TAG = re.compile(
    rb"<table:(table|table-column|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)")
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_STYLE = re.compile(rb'table:(?:default-cell-)?style-name="([^"]*)"')
_ODS_COLUMNS = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_ODS_ROWS = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_ODS_DEFAULT = re.compile(rb'table:default-cell-style-name="([^"]*)"')
_ODS_ROW = re.compile(rb"<table:(table|table-row)(?=[\s/>])([^>]*)")


def ods_month_cells(book: zipfile.ZipFile) -> dict[str, set[tuple[int, int]]]:
    """Sheet name → (0-based row, column) of the date cells of an .ods whose style shows no
    day. content.xml is looked through only where some cell style shows a month, tag by tag
    (a regular expression, with LibreOffice's `table:` prefix): rows and cells repeat, and a
    cell without a style takes its column's default."""
    names = set(book.namelist())
    content = book.read("content.xml")
    body = content.find(b"<office:body")
    head = content[:body] + b"</office:document-content>" if body > 0 else content  # styles
    styles = {s.encode() for s in _ods_month_styles(
        [book.read(n) for n in ("styles.xml",) if n in names] + [head])}
    if not styles:
        return {}
    if not styles & set(_ODS_DEFAULT.findall(content)):  # (the usual case)
        return _ods_styled_cells(content, styles)
    found: dict[str, set[tuple[int, int]]] = {}
    cells: set[tuple[int, int]] = set()
    defaults: list[bytes | None] = []  # each column's default cell style
    row, column, next_row = 0, 0, 0
    for match in _ODS_TAG.finditer(content):
        kind, attrs = match.groups()
        repeated = _ODS_COLUMNS.search(attrs) if b"columns-repeated" in attrs else None
        if kind in (b"table-cell", b"covered-table-cell"):
            style = _ODS_STYLE.search(attrs) if b"style-name" in attrs else None
            shown = style.group(1) if style else (
                defaults[column] if column < len(defaults) else None)
            if shown in styles and b'value-type="date"' in attrs:
                cells.add((row, column))
            column += int(repeated.group(1)) if repeated else 1
        elif kind == b"table-row":
            row, column = next_row, 0
            rows = _ODS_ROWS.search(attrs) if b"rows-repeated" in attrs else None
            next_row = row + (int(rows.group(1)) if rows else 1)
        elif kind == b"table-column":
            style = _ODS_STYLE.search(attrs)
            count = min(int(repeated.group(1)) if repeated else 1, MAX_COLUMNS - len(defaults))
            defaults += [style.group(1) if style else None] * max(count, 0)
        else:  # a sheet
            name = _ODS_NAME.search(attrs)
            cells = found.setdefault(name.group(1).decode() if name else "", set())
            defaults, row, column, next_row = [], 0, 0, 0
    return found


def _ods_styled_cells(content: bytes, styles: set[bytes]) -> dict[str, set[tuple[int, int]]]:
    """ods_month_cells where no column's default style shows a month: only the date cells of
    such a style are looked at, each placed by the rows before it and the cells before it in
    its row (counted, not walked)."""
    starts: list[int] = []  # where each row begins
    places: list[tuple[set[tuple[int, int]], int]] = []  # its sheet's cells, its number
    found: dict[str, set[tuple[int, int]]] = {}
    cells: set[tuple[int, int]] = set()
    row = 0
    for match in _ODS_ROW.finditer(content):
        kind, attrs = match.groups()
        if kind == b"table":
            name = _ODS_NAME.search(attrs)
            cells = found.setdefault(name.group(1).decode() if name else "", set())
            row = 0
            continue
        starts.append(match.start())
        places.append((cells, row))
        repeated = _ODS_ROWS.search(attrs) if b"rows-repeated" in attrs else None
        row += int(repeated.group(1)) if repeated else 1
    names = b"|".join(re.escape(s) for s in sorted(styles))
    for match in re.finditer(rb'table:style-name="(?:' + names + rb')"', content):
        start = content.rfind(b"<", 0, match.start())  # the tag the style is of
        if not content.startswith(b"<table:table-cell", start):
            continue
        if b'value-type="date"' not in content[start:content.find(b">", match.end())]:
            continue
        index = bisect.bisect_right(starts, start) - 1
        if index < 0:
            continue
        before = content[starts[index]:start]
        column = before.count(b"<table:table-cell") + before.count(b"<table:covered-table-cell")
        if b"columns-repeated" in before:
            column += sum(int(n) - 1 for n in _ODS_COLUMNS.findall(before))
        sheet, number = places[index]
        sheet.add((number, column))
    return found
