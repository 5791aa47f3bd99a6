"""Conflicts section: rows edited on two machines, both versions side by side, and the choice."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import BranchDeskError
from db.i18n import fill
from db.sync import ConflictView, list_conflicts, resolve_conflict
from desktop.context import AppContext
from desktop.i18n import error_text, row_label
from desktop.widgets.conflict_fields import field_label, value_text

DIFFERS = QColor("#fff3cd")


class VersionsTable(QTableWidget):
    """The two versions field by field. Tab leaves it at once, as every table of the app does
    (`setTabKeyNavigation(False)`), and its choice boxes are not stops of their own: the arrows
    go to a field, Space switches the version kept of it, F4 or Alt+Down opens its box. Each box
    had been a Tab stop (after the buttons below), so a row of many differing fields took as
    many Tabs to get back to the list."""

    def __init__(self, keep_column: int, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.keep_column = keep_column
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def choice(self, row: int) -> QComboBox | None:
        """The choice box of `row`, None where both versions agree."""
        widget = self.cellWidget(row, self.keep_column)
        return widget if isinstance(widget, QComboBox) else None

    def add_choice(self, row: int, choice: QComboBox) -> None:
        choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the mouse still opens it
        self.setCellWidget(row, self.keep_column, choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        choice = self.choice(self.currentRow())
        key, modifiers = event.key(), event.modifiers()
        if choice is not None and key == Qt.Key.Key_Space and not modifiers:
            choice.setCurrentIndex(1 - choice.currentIndex())
            event.accept()
            return
        if choice is not None and (key == Qt.Key.Key_F4 and not modifiers or key == Qt.Key.Key_Down
                                   and modifiers == Qt.KeyboardModifier.AltModifier):
            choice.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)


class ConflictsSection(QWidget):
    COL_FIELD, COL_SHOWN, COL_OTHER, COL_KEEP = range(4)
    COLUMN_ROLE = Qt.ItemDataRole.UserRole  # on the field cell: the stored column's name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conflicts: list[ConflictView] = []

        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.empty = QLabel(self.tr("No conflicts: every row is the same on the machines that "
                                    "exchanged."))
        self.empty.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.versions = VersionsTable(self.COL_KEEP)
        self.versions.verticalHeader().hide()
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_SHOWN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_OTHER, QHeaderView.ResizeMode.Stretch)
        self.keep_shown = QPushButton(self.tr("&Keep the shown version"))
        self.keep_shown.clicked.connect(lambda: self.resolve("local"))
        self.take_other = QPushButton(self.tr("&Take the other version"))
        self.take_other.clicked.connect(lambda: self.resolve("incoming"))
        self.by_field = QPushButton(self.tr("A&pply the choice per field"))
        self.by_field.clicked.connect(lambda: self.resolve(self.field_choices()))

        buttons = QHBoxLayout()
        for button in (self.keep_shown, self.take_other, self.by_field):
            buttons.addWidget(button)
        buttons.addStretch()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.versions, 1)
        keys = QLabel(self.tr("Up and Down: a field · Space: switch the version kept of it · "
                              "F4: its choices"))
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555;")
        right_layout.addWidget(keys)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A row changed on two machines before they exchanged. Until you choose, every machine "
            "shows the same version and keeps the other; your choice travels with the next "
            "exchange."))
        intro.setWordWrap(True)  # one line made the page too wide for 1024 pixels
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        self.conflicts = list_conflicts(own_name=self.context.store.device.name)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{row_label(conflict.table)} · {conflict.title}")
            item.setToolTip(f"{conflict.detected_at:%Y-%m-%d %H:%M}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.conflicts)
        ids = [c.id for c in self.conflicts]
        row = ids.index(current.id) if current and current.id in ids else 0
        self.list.setCurrentRow(row if self.conflicts else -1)
        self._show(self.list.currentRow())

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for button in (self.keep_shown, self.take_other, self.by_field):
            button.setEnabled(conflict is not None)
        self.versions.setHorizontalHeaderLabels([
            self.tr("Field"),
            fill(self.tr("Shown now ({device})"), device=conflict.shown_by if conflict else ""),
            fill(self.tr("Other version ({device})"),
                 device=conflict.other_by if conflict else ""),
            self.tr("Keep")])
        if conflict is None:
            self.heading.setText("")
            self.versions.setRowCount(0)
            return
        self.heading.setText(fill(self.tr("{table} “{title}”: {count} fields differ."),
                                  table=row_label(conflict.table), title=conflict.title,
                                  count=len(conflict.differing)))
        fields = conflict.differing + [f for f in conflict.fields if f not in conflict.differing]
        self.versions.setRowCount(0)  # drops the previous conflict's choice boxes
        self.versions.setRowCount(len(fields))
        for index, name in enumerate(fields):
            differs = name in conflict.differing
            cells = (field_label(conflict.table, name),
                     value_text(conflict, name, conflict.shown.get(name)),
                     value_text(conflict, name, conflict.other.get(name)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if differs:
                    item.setBackground(QBrush(DIFFERS))
                self.versions.setItem(index, column, item)
            self.versions.item(index, self.COL_FIELD).setData(self.COLUMN_ROLE, name)
            if differs:
                choice = QComboBox()
                choice.addItem(self.tr("shown"), "local")
                choice.addItem(self.tr("other"), "incoming")
                self.versions.add_choice(index, choice)
            else:
                self.versions.setItem(index, self.COL_KEEP, QTableWidgetItem(""))
        self.versions.setCurrentCell(0, self.COL_FIELD)  # the first field that differs

    def field_choices(self) -> dict[str, str]:
        choices = {}
        for row in range(self.versions.rowCount()):
            widget = self.versions.choice(row)
            if widget is not None:
                column = self.versions.item(row, self.COL_FIELD).data(self.COLUMN_ROLE)
                choices[column] = widget.currentData()
        return choices

    def resolve(self, choose: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(conflict.id, choose)
        except BranchDeskError as exc:
            self.context.dialogs.error(self.tr("Conflicts"), error_text(exc))
        self.context.events.notify(conflict.table)
        self.refresh()
