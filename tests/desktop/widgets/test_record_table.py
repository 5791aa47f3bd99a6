"""The record table's model: rows loaded a page at a time when first shown, each cell's text,
colours and alignment answered from what was loaded, and a requery showing fresh values."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.widgets.record_table import PAGE_SIZE, ROW_ROLE, Column, RecordTableModel

COLUMNS = [Column("name", "Name"), Column("visits", "Visits", align_right=True),
           Column("since", "Since")]


def make(values: dict[str, dict]) -> tuple[RecordTableModel, list[list[str]]]:
    calls: list[list[str]] = []

    def loader(ids: list[str]) -> list[dict]:
        calls.append(list(ids))
        return [{"id": i, **values[i]} for i in ids if i in values]

    return RecordTableModel(COLUMNS, loader), calls


def test_rows_are_loaded_a_page_at_a_time_and_only_once():
    values = {f"r{n}": {"name": f"工区{n}", "visits": n} for n in range(PAGE_SIZE + 50)}
    model, calls = make(values)
    model.set_ids(list(values))
    assert calls == []  # nothing read before the view asks
    assert model.data(model.index(3, 0)) == "工区3"
    assert model.data(model.index(7, 1)) == "7"
    assert [len(c) for c in calls] == [PAGE_SIZE]
    assert model.data(model.index(PAGE_SIZE + 10, 0)) == f"工区{PAGE_SIZE + 10}"
    assert [len(c) for c in calls] == [PAGE_SIZE, 50]


def test_each_role_is_answered_from_the_loaded_row():
    model, _calls = make({"a": {"name": "东站", "visits": 2, "since": dt.date(2024, 5, 1),
                                "_background": "#ffdddd", "_foreground": "#888888",
                                "_tooltip": "偏远"},
                          "b": {"name": "西站", "visits": None}})
    model.set_ids(["a", "b"])
    a, b = model.index(0, 0), model.index(1, 1)
    assert model.data(model.index(0, 2)) == "2024-05-01"
    assert model.data(b) == ""  # no value shows as an empty cell
    assert model.data(a, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffdddd"
    assert model.data(a, int(Qt.ItemDataRole.ForegroundRole.value)).color().name() == "#888888"
    assert model.data(a, Qt.ItemDataRole.ToolTipRole) == "偏远"
    assert model.data(b, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(b, Qt.ItemDataRole.ToolTipRole) is None
    right = model.data(b, Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight.value)
    assert not model.data(a, Qt.ItemDataRole.TextAlignmentRole) \
        & int(Qt.AlignmentFlag.AlignRight.value)
    assert model.data(a, ROW_ROLE)["name"] == "东站"
    assert model.data(a, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(5, 0)) is None  # past the last row


def test_a_requery_shows_the_new_values():
    values = {"a": {"name": "东站"}}
    model, calls = make(values)
    model.set_ids(["a"])
    assert model.data(model.index(0, 0)) == "东站"
    values["a"] = {"name": "东站（新）"}
    model.set_ids(["a"])
    assert model.data(model.index(0, 0)) == "东站（新）"
    assert len(calls) == 2


def test_a_row_that_vanished_meanwhile_shows_empty():
    model, _calls = make({})
    model.set_ids(["gone"])
    assert model.data(model.index(0, 0)) == ""
    assert model.data(model.index(0, 0), ROW_ROLE) == {"id": "gone"}
