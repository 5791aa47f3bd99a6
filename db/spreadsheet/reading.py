"""A file → its sheets as rows of cell values: .xlsx/.xlsm/.xlsb, old .xls, .ods and CSV.

Workbooks are read with python-calamine (much faster than openpyxl, which the export still uses
for writing); merged cells are filled with their value where the format records them. CSV is
decoded by its byte-order mark, else as UTF-8, else as GB18030 (the superset of the GBK that
Chinese Excel writes), and its delimiter is sniffed. A sheet over the row cap is refused before
any row is looked at, so a runaway file costs seconds, not minutes and gigabytes.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from db.errors import BranchDeskError
from db.files import readable
from db.i18n import QT_TRANSLATE_NOOP

MISSING = QT_TRANSLATE_NOOP("db", "{path} does not exist.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "db", "{path} is not a workbook Branch Desk reads (.xlsx, .xls, .ods or .csv).")
UNREADABLE = QT_TRANSLATE_NOOP(
    "db", "{path} cannot be read as a workbook: it is damaged, protected by a password or of "
    "another kind. Open it in Excel or WPS and save it again as .xlsx.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "db", "Sheet “{sheet}” has {rows} rows; at most {limit} are imported at once. Split it into "
    "several files.")

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
MAX_ROWS = 100_000  # per sheet; the depot's ten years of visits are 60,000


class SpreadsheetError(BranchDeskError):
    """The file cannot be imported at all (missing, not a workbook, empty, no header)."""


def read_sheets(path: Path | str) -> list[tuple[str, list[list]]]:
    """[(sheet name, rows)] of the file; a row is a list of cell values ("" or None for blank)."""
    path = Path(path)
    if not path.exists():
        raise SpreadsheetError(MISSING, path=str(path))
    readable(path)
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return [(path.stem, _csv_rows(path))]
    if suffix not in WORKBOOK_SUFFIXES or not path.is_file():
        raise SpreadsheetError(NOT_A_WORKBOOK, path=str(path))
    return _workbook_rows(path)


def _check_size(sheet: str, rows: int) -> None:
    if rows > MAX_ROWS + 20:  # a title and a header above the data
        raise SpreadsheetError(TOO_MANY_ROWS, sheet=sheet, rows=rows, limit=MAX_ROWS)


def _workbook_rows(path: Path) -> list[tuple[str, list[list]]]:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception:  # calamine's errors carry English library text: not shown
        try:  # a workbook under another kind's name (an old .xls renamed .xlsx): by its content
            book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        except Exception as exc:
            raise SpreadsheetError(UNREADABLE, path=str(path)) from exc
    out = []
    try:
        for name in book.sheet_names:
            try:
                sheet = book.get_sheet_by_name(name)
                _check_size(name, sheet.height)
                rows = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or ()
            except SpreadsheetError:
                raise
            except Exception as exc:
                raise SpreadsheetError(UNREADABLE, path=str(path)) from exc
            out.append((name, _fill_merged(rows, merged)))
    finally:
        book.close()
    return out


def _fill_merged(rows: list[list], merged) -> list[list]:
    """Every cell of a merged range takes the value of its top-left cell."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows):
            continue
        top = rows[r0]
        value = top[c0] if c0 < len(top) else None
        for r in range(r0, min(r1 + 1, len(rows))):
            row = rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value
    return rows


def decode(data: bytes) -> str:
    """CSV bytes → text: a BOM says which; else UTF-8 if it decodes; else GB18030 (GBK)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise
        return str(best)


DELIMITERS = ("\t", ",", ";", "，")  # in this order where lines hold as many of two


def delimiter(sample: str) -> str:
    """The delimiter of a CSV: of tab, comma, semicolon and the full-width comma, the one on
    most of its first lines; a comma when none is. (csv.Sniffer wants every line alike, so a
    title above the header or a 合计 line below left a tab-separated file one column wide.)"""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, most = ",", 0
    for candidate in DELIMITERS:
        found = sum(candidate in line for line in lines)
        if found > most:
            best, most = candidate, found
    return best


def _csv_rows(path: Path) -> list[list]:
    try:
        text = decode(path.read_bytes())
    except (OSError, UnicodeDecodeError) as exc:
        raise SpreadsheetError(UNREADABLE, path=str(path)) from exc
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text[:20000])):
        rows.append(row)
        if len(rows) > MAX_ROWS + 20:
            _check_size(path.stem, len(rows))
    return rows
