"""A list whose long rows wrap onto more lines instead of being cut off or scrolled sideways.

QListWidget sizes a wrapped row for the width it had when the row was laid out and does not lay
out again when the width changes (a panel being shown, a vertical scroll bar appearing), so the
end of a wrapped row was lost under the next one. This list lays its rows out again whenever its
viewport changes width, and can set its own height to show its rows in full.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget


class WrappingList(QListWidget):
    """Word-wrapped rows, no horizontal scrolling; with `fit_rows` set, the list is exactly as
    tall as its first `fit_rows` rows (longer lists scroll inside)."""

    def __init__(self, parent: QWidget | None = None, fit_rows: int | None = None) -> None:
        super().__init__(parent)
        self.fit_rows = fit_rows
        self._laid_out_width = -1
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.viewport() and event.type() == QEvent.Type.Resize
                and self.viewport().width() != self._laid_out_width):
            self.relayout()
        return super().eventFilter(watched, event)

    def relayout(self) -> None:
        """Lay the rows out for the present width now (and fit the height to them)."""
        self._laid_out_width = self.viewport().width()
        self.doItemsLayout()
        if self.fit_rows is not None:
            self.setFixedHeight(self.rows_height(self.fit_rows) + 2 * self.frameWidth())

    def rows_height(self, rows: int) -> int:
        """The height of the first `rows` rows as laid out at the present width."""
        shown = min(self.count(), rows)
        height = sum(self.visualItemRect(self.item(i)).height() + 2 * self.spacing()
                     for i in range(shown))
        return height or self.fontMetrics().height() + 2


def add_placeholder(widget: QListWidget, text: str) -> None:
    """A row that only says why the list is empty: it cannot be selected, opened or ticked."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    widget.addItem(item)
