"""Property: whatever a workbook's cells hold, under any of the sheets' headers, the preview lists
what is wrong row by row and never fails; a commit either imports or is refused with the
database exactly as it was. (Found this way: a roster naming a work area in the trash stopped
the whole import with no preview.)"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import demo
from db.spreadsheet import ImportRefused, SpreadsheetError, commit_import, preview_import
from db.spreadsheet.layout import SPECS
from db.store import Store
from tests.db.spreadsheet.conftest import snapshot

# Cells people type, cells a workbook holds, and cells nobody should: each column gets any.
# "<known>" stands for the name of a member, work area or branch the database holds.
CELLS = ("", " ", None, "x" * 300, "长" * 2100, 0, -1, 1.5, 10**20, "1,5", "1,500",
         dt.date(1850, 1, 1), dt.date(2199, 1, 1), dt.datetime(2024, 5, 1, 13, 5), "1899.01",
         "2025.02.30", "2024年13月", "=cmd|' /C calc'!A0", "+1", "@x", True, False, "是", "否",
         "正式", "预备", "偏远", "男", "公", "2024-05-01", "2024.5", "13800001111",
         "张三(1980-01-31)", "、、", "第一支部", "党总支", "病假", "张三（病假）",
         "00000000-0000-0000-0000-000000000000", "K12+345", "K1+2-K0+1", *["<known>"] * 6)
sheet = st.tuples(st.sampled_from(SPECS), st.integers(0, 2**16),
                  st.lists(st.lists(st.sampled_from(CELLS), min_size=30, max_size=30),
                           min_size=1, max_size=6))


@pytest.fixture(scope="module")
def depot_like():
    """The small demo's records (names, areas and branches a sheet may name), opened once."""
    with tempfile.TemporaryDirectory() as folder:
        opened = Store.open(Path(folder) / "data")
        demo.build("small", seed=1, today=dt.date(2025, 6, 15))
        # Names the demo holds, so that some cells name real records.
        from db.models import Branch, Member, WorkArea

        known = ([m.name for m in Member.select().limit(4)]
                 + [a.name for a in WorkArea.select().limit(4)]
                 + [b.name for b in Branch.select().limit(2)])
        yield opened, tuple(known), Path(folder)
        opened.close()


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(sheet, min_size=1, max_size=3, unique_by=lambda s: s[0].kind),
       st.sampled_from(["skip", "update"]), st.data())
def test_any_cells_are_a_preview_and_a_whole_commit_or_none(depot_like, sheets, existing, data):
    store, known, folder = depot_like
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec, pick, rows in sheets:
        columns = [c for i, c in enumerate(spec.columns) if pick >> (i % 16) & 1] or [
            spec.columns[0]]
        target = book.create_sheet(spec.title)
        target.append([c.header for c in columns])
        for cells in rows:
            target.append([data.draw(st.sampled_from(known)) if cell == "<known>" else cell
                           for cell in cells[:len(columns)]])
    path = folder / "any.xlsx"
    book.save(path)
    before = snapshot(store)
    try:
        preview = preview_import(path, existing=existing)
    except SpreadsheetError:  # no sheet recognised: said in one line, nothing written
        assert snapshot(store) == before
        return
    assert all(p.sheet and p.row > 0 and p.message for p in preview.problems)
    assert snapshot(store) == before
    try:
        commit_import(path, existing=existing)
    except ImportRefused:
        assert preview.has_errors
        assert snapshot(store) == before
    else:
        assert not preview.has_errors
