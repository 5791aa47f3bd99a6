"""The quota grid: branches down, twelve months across, for one kind of meeting; each cell the
meetings held that month, coloured as the coverage heatmap colours work areas — green when the
quota's own period (month, quarter or year) is met, red when it passed without, amber while it
is still running, grey for months to come."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from db.i18n import fill
from desktop.widgets.coverage_views import NOT_YET, STATUS_COLOURS

STATE_COLOURS = {"met": STATUS_COLOURS["met"], "short": STATUS_COLOURS["none"],
                 "pending": STATUS_COLOURS["below"], "future": NOT_YET}
BRANCH_ROLE = Qt.ItemDataRole.UserRole


class QuotaGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.months: list[dt.date] = []
        self.rows: list = []          # db.meetings.queries.GridRow
        self.general = ""

    def set_grid(self, months: list[dt.date], rows: list, general: str) -> None:
        self.beginResetModel()
        self.months, self.rows, self.general = months, rows, general
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.months)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.months):
                month = self.months[section]
                return f"{month.year % 100:02d}-{month.month:02d}"
            return None
        if 0 <= section < len(self.rows):
            return self.rows[section].branch or self.general
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.months)):
            return None
        row = self.rows[index.row()]
        held, state = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if state == "future" else str(held)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATE_COLOURS[state]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = {"met": self.tr("quota met"), "short": self.tr("quota not met"),
                     "pending": self.tr("quota not met yet"), "future": self.tr("to come")}
            return fill(self.tr("{branch}, {month}: {held} held ({state})"),
                        branch=row.branch or self.general,
                        month=self.months[index.column()].isoformat()[:7], held=held,
                        state=texts[state])
        if role == BRANCH_ROLE:
            return row.branch_id
        return None
