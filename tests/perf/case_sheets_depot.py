"""Benchmark cases: the whole depot to a workbook, and that workbook into a fresh folder."""
from __future__ import annotations

import time
from pathlib import Path

from tests.perf.common import DEMO_TODAY, Result, copy_of, result


def openpyxl_write(path: Path, sheets: dict[str, list[list]]) -> None:
    """The export's baseline: openpyxl's write-only mode writing the same cells, unformatted."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def calamine_cells(path: Path) -> dict[str, list[list]]:
    """The re-import's baseline: python-calamine reading every cell of the file."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                for name in book.sheet_names}
    finally:
        book.close()


def case_sheets_depot(depot: Path, scratch: Path, runs: int) -> list[Result]:
    from db import clock
    from db.spreadsheet import commit_import, export_workbook, preview_import, read_workbook
    from db.store import Store

    clock.today = lambda: DEMO_TODAY  # the data's own today (the bench runs in its own process)
    path = scratch / "depot.xlsx"
    with Store.open(copy_of(depot, scratch, "office")):
        started = time.perf_counter()
        counts = export_workbook(path)
        exported = time.perf_counter() - started
    cells = calamine_cells(path)
    started = time.perf_counter()
    openpyxl_write(scratch / "plain.xlsx", cells)
    written = time.perf_counter() - started
    started = time.perf_counter()
    calamine_cells(path)
    read = time.perf_counter() - started
    with Store.open(scratch / "fresh") as store:
        started = time.perf_counter()
        book = read_workbook(path)
        preview = preview_import(book)  # as the CLI and the window do: preview, then commit
        assert not preview.problems, [str(p) for p in preview.problems[:5]]
        assert commit_import(book).committed
        imported = time.perf_counter() - started
        assert store.counts()["visit"] == counts["走访"]
    return [result(f"depot export ({sum(counts.values()):,} rows)", exported, written,
                   "ratio ≤ 3", max_ratio=3),
            result("depot re-import into a fresh folder (read, preview, commit)", imported, read,
                   "< 300 s", max_seconds=300)]


CASES = {"sheets_depot": (case_sheets_depot, 1)}
