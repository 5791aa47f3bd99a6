"""A table model over record ids that fetches row contents in pages, on demand.

The page asks a db function for the ids in display order (search, filters and sorting happen in
SQL), and gives the model a loader that turns a list of ids into row dicts. With 60,000 visits only
the rows on screen are ever loaded, so the page appears at once (the Anki browser's approach).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

PAGE_SIZE = 200
# Roles as the plain ints the view passes (comparing with Qt's enum members costs more than the
# rest of data() together).
ID_ROLE = int(Qt.ItemDataRole.UserRole.value)
ROW_ROLE = ID_ROLE + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ROW_ROLES = frozenset((DISPLAY, ALIGNMENT, ROW_ROLE, TOOLTIP, BACKGROUND, FOREGROUND))


@dataclass(frozen=True)
class Column:
    key: str          # key in the row dict, and the sort key passed to the page
    title: str        # English, marked with QT_TRANSLATE_NOOP("columns", ...)
    align_right: bool = False
    width: int | None = None
    sortable: bool = True


@dataclass(frozen=True)
class _Cells:
    """What the view asks of one loaded row."""
    row: dict
    texts: tuple[str, ...]
    tooltip: str | None
    background: QBrush | None
    foreground: QBrush | None


def _brush(colour: str | None) -> QBrush | None:
    return QBrush(QColor(colour)) if colour else None


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Rows are dicts with at least "id"; optional "_background"/"_foreground" colour names and
    "_tooltip" apply to the whole row."""

    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, columns: list[Column], loader: Callable[[list[str]], list[dict]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.loader = loader
        self._ids: list[str] = []
        self._cells: dict[str, _Cells] = {}  # the loaded rows, by id
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        self._alignments = [int((right if c.align_right else left) | Qt.AlignmentFlag.AlignVCenter)
                            for c in columns]

    # data --------------------------------------------------------------------------------------
    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cells = {}
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> dict:
        return self._cells_of(row).row

    def _cells_of(self, row: int) -> _Cells:
        """The row's cells, loading the page of rows around it first if need be."""
        record_id = self._ids[row]
        cells = self._cells.get(record_id)
        if cells is None:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            chunk = [i for i in self._ids[start:start + PAGE_SIZE] if i not in self._cells]
            for loaded in self.loader(chunk):
                self._cells[loaded["id"]] = self._cells_for(loaded)
            cells = self._cells.get(record_id)
            if cells is None:  # vanished meanwhile
                cells = self._cells[record_id] = self._cells_for({"id": record_id})
        return cells

    def _cells_for(self, record: dict) -> _Cells:
        return _Cells(record, tuple(display(record.get(c.key)) for c in self.columns),
                      record.get("_tooltip") or None, _brush(record.get("_background")),
                      _brush(record.get("_foreground")))

    # Qt interface ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate("columns", self.columns[section].title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        # The view asks for every cell several times per paint (text, colours, alignment):
        # answered from the row's cells, made once when the row is loaded.
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[row]
        if role not in _ROW_ROLES:
            return None
        cells = self._cells.get(self._ids[row]) or self._cells_of(row)
        if role == DISPLAY:
            return cells.texts[index.column()]
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role == ROW_ROLE:
            return cells.row
        if role == TOOLTIP:
            return cells.tooltip
        return cells.background if role == BACKGROUND else cells.foreground

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sortable:
            self.sort_requested.emit(self.columns[column].key,
                                     order == Qt.SortOrder.DescendingOrder)
