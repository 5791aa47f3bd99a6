"""Attendance as a checklist that works from the keyboard.

One row per expected person, ticked when present. On a row: Space ticks or unticks; the digits
1–6 mark the person absent with a reason (1 on duty elsewhere, 2 sick, 3 personal, 4 on shift,
5 other, 6 unexcused) and move to the next row; 0 marks present again. "All present" ticks
everyone. `value()` gives the list `db.meetings.KIND` takes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.choices import ABSENCE_REASONS
from db.i18n import fill
from desktop.i18n import choice_label

REASON_KEYS = {getattr(Qt.Key, f"Key_{i + 1}"): code for i, code in enumerate(ABSENCE_REASONS)}
ABSENT_COLOUR = "#fde2e1"


class _Table(QTableWidget):
    key_pressed = Signal(object)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.key_pressed.emit(event)
        if not event.isAccepted():
            super().keyPressEvent(event)


class AttendanceList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[dict] = []   # {"member", "name", "present", "reason"}
        self.table = _Table(0, 2)
        self.table.setObjectName("attendance_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Absent because")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.key_pressed.connect(self._key)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._show_reason())
        self.all_present = QPushButton(self.tr("&All present"))
        self.all_present.setObjectName("all_present")
        self.all_present.setAutoDefault(False)
        self.all_present.clicked.connect(self.mark_all_present)
        self.reason = QComboBox()
        self.reason.setObjectName("absence_reason")
        self.reason.addItem(self.tr("Present"), "")
        for code in ABSENCE_REASONS:
            self.reason.addItem(choice_label(ABSENCE_REASONS, code), code)
        self.reason.activated.connect(self._reason_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("attendance_summary")
        hint = QLabel(self.tr("Space: present or not · 1–6: absent (1 on duty elsewhere, 2 sick "
                              "leave, 3 personal leave, 4 on shift, 5 other, 6 unexcused) · "
                              "0: present"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(self.all_present)
        bar.addWidget(QLabel(self.tr("Selected person:")))
        bar.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(hint)

    # value ------------------------------------------------------------------------------------
    def value(self) -> list[dict]:
        return [{"member": p["member"], "present": p["present"],
                 "reason": None if p["present"] else p["reason"]} for p in self.people]

    def setValue(self, entries: list[dict], names: dict[str, str] | None = None) -> None:  # noqa: N802
        """Show `entries` ({"member", "present", "reason"}); `names` gives each member's name."""
        known = {p["member"]: p["name"] for p in self.people}
        names = {**known, **(names or {})}
        self.people = [{"member": e["member"], "name": names.get(e["member"], ""),
                        "present": bool(e.get("present", True)), "reason": e.get("reason")}
                       for e in entries]
        self._fill()
        self.changed.emit()

    def set_expected(self, entries: list[dict], names: dict[str, str]) -> None:
        """A new expected list: people already marked keep their marks."""
        marks = {p["member"]: p for p in self.people}
        merged = [marks.get(e["member"], e) for e in entries]
        self.setValue(merged, names)

    # actions ------------------------------------------------------------------------------------
    def mark_all_present(self) -> None:
        for person in self.people:
            person["present"], person["reason"] = True, None
        self._fill(keep_row=True)
        self.changed.emit()

    def mark(self, row: int, present: bool, reason: str | None = None) -> None:
        if not 0 <= row < len(self.people):
            return
        person = self.people[row]
        person["present"], person["reason"] = present, None if present else reason
        self._show_row(row)
        self._update_summary()
        self._show_reason()
        self.changed.emit()

    # internals ----------------------------------------------------------------------------------
    def _key(self, event) -> None:
        row = self.table.currentRow()
        key = event.key()
        if key == Qt.Key.Key_Space and row >= 0:
            person = self.people[row]
            self.mark(row, not person["present"], person["reason"])
        elif key in REASON_KEYS and row >= 0:
            self.mark(row, False, REASON_KEYS[key])
            self.table.setCurrentCell(min(row + 1, len(self.people) - 1), 0)
        elif key == Qt.Key.Key_0 and row >= 0:
            self.mark(row, True)
            self.table.setCurrentCell(min(row + 1, len(self.people) - 1), 0)
        else:
            event.ignore()
            return
        event.accept()

    def _fill(self, keep_row: bool = False) -> None:
        row = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.people))
        for index in range(len(self.people)):
            self._show_row(index)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        if self.people:
            self.table.setCurrentCell(row if keep_row and 0 <= row < len(self.people) else 0, 0)
        self._update_summary()
        self._show_reason()

    def _show_row(self, index: int) -> None:
        person = self.people[index]
        self.table.blockSignals(True)
        name = QTableWidgetItem(person["name"])
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        name.setCheckState(Qt.CheckState.Checked if person["present"]
                           else Qt.CheckState.Unchecked)
        reason = QTableWidgetItem("" if person["present"] else
                                  choice_label(ABSENCE_REASONS, person["reason"])
                                  or self.tr("(give a reason)"))
        reason.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if not person["present"]:
            for item in (name, reason):
                item.setBackground(QColor(ABSENT_COLOUR))
        self.table.setItem(index, 0, name)
        self.table.setItem(index, 1, reason)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        present = item.checkState() == Qt.CheckState.Checked
        person = self.people[item.row()]
        if present != person["present"]:
            self.mark(item.row(), present, person["reason"])

    def _update_summary(self) -> None:
        present = sum(1 for p in self.people if p["present"])
        self.summary.setText(fill(self.tr("Expected {expected} · present {present} · absent "
                                          "{absent}"), expected=len(self.people),
                                  present=present, absent=len(self.people) - present))

    def _show_reason(self) -> None:
        row = self.table.currentRow()
        self.reason.setEnabled(0 <= row < len(self.people))
        if 0 <= row < len(self.people):
            person = self.people[row]
            self.reason.setCurrentIndex(self.reason.findData(
                "" if person["present"] else person["reason"] or ""))

    def _reason_chosen(self, index: int) -> None:
        code = self.reason.itemData(index)
        self.mark(self.table.currentRow(), not code, code or None)
