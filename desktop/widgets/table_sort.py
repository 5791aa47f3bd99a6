"""Sorting a table without the mouse: its context menu (the Menu key, Shift+F10 or a right
click) lists the columns it can sort by; choosing one sorts by it, choosing the column it is
sorted by again turns the order round. A header click does the same with the mouse."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu, QTableView

from desktop.widgets.record_table import RecordTableModel


class SortMenu(QObject):
    """Installed on a sortable table by `sort_from_keyboard`."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.menu: QMenu | None = None  # the menu on show (tests answer it)
        view.installEventFilter(self)

    def columns(self) -> list[tuple[int, str]]:
        """(column, title) of every shown column the table sorts by."""
        model = self.view.model()
        found = []
        for column in range(model.columnCount()):
            if self.view.isColumnHidden(column):
                continue
            if isinstance(model, RecordTableModel) and not model.columns[column].sortable:
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            found.append((column, str(title)))
        return found

    def choose(self, column: int) -> None:
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == column:
            order = Qt.SortOrder.DescendingOrder \
                if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder \
                else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(column, order)

    def build(self) -> QMenu:
        menu = QMenu(self.view)
        menu.addSection(self.tr("Sort by"))
        current = self.view.horizontalHeader().sortIndicatorSection()
        up = self.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        for column, title in self.columns():
            if column == current:
                title = f"{title}  {'▲' if up else '▼'}"
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column == current)
            action.triggered.connect(lambda _on=False, c=column: self.choose(c))
        return menu

    def show_menu(self, where: QPoint) -> None:
        if not self.columns():
            return
        self.menu = self.build()
        self.menu.exec(where)
        self.menu.deleteLater()
        self.menu = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.view:
            return False
        if event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            self.show_menu(event.globalPos())
            return True
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Menu and not event.modifiers() or \
                    event.key() == Qt.Key.Key_F10 and \
                    event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
                self.show_menu(self.menu_spot())
                return True
        return False

    def menu_spot(self) -> QPoint:
        """Where a menu the keyboard opens appears: at the current row, else the table's top."""
        rect = self.view.visualRect(self.view.currentIndex())
        spot = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        return self.view.viewport().mapToGlobal(spot)


def sort_from_keyboard(view: QTableView) -> SortMenu:
    """Give a sortable table its sort menu (kept as the view's child)."""
    return SortMenu(view)
