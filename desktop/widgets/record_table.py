"""A table model over record ids that fetches row contents in pages, on demand.

The page asks a db function for the ids in display order (search, filters and sorting happen in
SQL), and gives the model a loader that turns a list of ids into row dicts. With 60,000 visits only
the rows on screen are ever loaded, so the page appears at once (the Anki browser's approach).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str          # key in the row dict, and the sort key passed to the page
    title: str        # English, marked with QT_TRANSLATE_NOOP("columns", ...)
    align_right: bool = False
    width: int | None = None
    sortable: bool = True


def display(value) -> str:
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
                 parent=None):
        super().__init__(parent)
        self.columns = columns
        self.loader = loader
        self._ids: list[str] = []
        self._rows: dict[str, dict] = {}

    # data --------------------------------------------------------------------------------------
    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {}
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record(self, row: int) -> dict:
        record_id = self._ids[row]
        if record_id not in self._rows:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            chunk = [i for i in self._ids[start:start + PAGE_SIZE] if i not in self._rows]
            for loaded in self.loader(chunk):
                self._rows[loaded["id"]] = loaded
            self._rows.setdefault(record_id, {"id": record_id})  # vanished meanwhile
        return self._rows[record_id]

    # Qt interface ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate("columns", self.columns[section].title)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE,
                    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.TextAlignmentRole):
            row = self.record(index.row())
        else:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row.get(column.key))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("_tooltip") or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = row.get("_background")
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = row.get("_foreground")
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column.align_right
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sortable:
            self.sort_requested.emit(self.columns[column].key,
                                     order == Qt.SortOrder.DescendingOrder)
