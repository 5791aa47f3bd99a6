"""Spreadsheets in and out: the rosters and logs a secretary already keeps in Excel/WPS.

    book = read_workbook(path)                 # SpreadsheetError if it cannot be imported at all
    preview = preview_import(book, existing="skip")   # row by row; writes nothing
    commit_import(book, existing="update")     # all rows in one transaction, or ImportRefused
    export_workbook(path) / write_template(path)

The file format (sheets, headers, labels) is in db.spreadsheet.layout.
"""
from db.spreadsheet.export import export_workbook, write_template
from db.spreadsheet.importing import (
    CREATE,
    ERROR,
    SKIP,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportRefused,
    RowProblem,
    RowResult,
    SheetResult,
    commit_import,
    preview_import,
)
from db.spreadsheet.reading import SpreadsheetError
from db.spreadsheet.workbook import Workbook, read_workbook

__all__ = [
    "CREATE", "ERROR", "SKIP", "UNCHANGED", "UPDATE", "ImportPreview", "ImportRefused",
    "RowProblem", "RowResult", "SheetResult", "SpreadsheetError", "Workbook", "commit_import",
    "preview_import", "read_workbook", "export_workbook", "write_template",
]
