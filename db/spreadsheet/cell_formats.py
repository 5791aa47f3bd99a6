"""Which date cells of an .xlsx show no day: the month a person typed, not the first of it.

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
Taiwanese Excel, which is not who keeps these rosters). Not covered, read as full dates as
before: .xlsb (binary styles), old .xls (python-calamine gives no formats, and BIFF FORMAT
records are not read here), .ods (LibreOffice's date styles are in content.xml), cells written
without their `r` reference, and a year-only format (`yyyy`), which has no precision the app
keeps. Anything unreadable here leaves the cells as python-calamine read them.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree as ET

SUFFIXES = (".xlsx", ".xlsm")
# Built-in number formats (no numFmt element in the file) showing a year and month, no day.
MONTH_BUILTINS = frozenset({17, 27, 36, 50, 52, 57})
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# What a format shows literally: "年", \-, [$-804] or [Red], _) padding, *- fill.
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_CELL_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_R_FIRST = re.compile(rb'<(?:\w+:)?c r="')
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

    def month_cells(self, sheet: str, columns: Iterable[int]) -> set[tuple[int, int]]:
        """(0-based row, column) of the cells of `columns` in `sheet` whose format shows a
        date without its day; empty where that cannot be read."""
        wanted = set(columns)
        if self.path.suffix.lower() not in SUFFIXES or not wanted:
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
