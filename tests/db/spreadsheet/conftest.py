"""Helpers for spreadsheet tests: a pinned today and workbooks built in the test."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

TODAY = dt.date(2025, 3, 15)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("db.clock.today", lambda: TODAY)


@pytest.fixture
def make_book(tmp_path):
    """make_book({"sheet": [row, ...]}, merges={"sheet": ["A1:D1"]}) → path of a saved .xlsx."""
    def make(sheets: dict, merges: dict | None = None, name: str = "book.xlsx"):
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
            for ref in (merges or {}).get(title, []):
                sheet.merge_cells(ref)
        path = tmp_path / name
        book.save(path)
        return path
    return make


def snapshot(store) -> tuple:
    """Everything a refused import must leave alone: counts, change counter, audit length."""
    from db.models import AuditEntry, DatabaseFact

    seq = DatabaseFact.get_or_none(DatabaseFact.key == "seq")
    return store.counts(), seq.value if seq else None, AuditEntry.select().count()
