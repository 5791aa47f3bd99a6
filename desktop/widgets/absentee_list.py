"""The absentees a planned make-up session is for: a checklist of the make-ups owed at a work
area (db.plans.owed_at), each naming the member and the meeting missed. Space ticks a row.
`value()` gives the attendee ids `db.plans.KIND` takes as `absentees`."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from db.choices import MEETING_KINDS
from db.i18n import fill
from desktop.i18n import choice_label
from desktop.widgets.wrapping_list import add_placeholder

ID_ROLE = Qt.ItemDataRole.UserRole


def absentee_label(name: str, kind: str, held_on: dt.date) -> str:
    return fill(QCoreApplication.translate("AbsenteeList", "{name} · {kind} {date}"), name=name,
                kind=choice_label(MEETING_KINDS, kind), date=held_on.isoformat())


class AbsenteeList(QListWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(110)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, str, str, dt.date]]) -> None:
        """(attendee id, name, meeting kind, meeting day) rows; ticks kept where still offered."""
        ticked = set(self.value())
        self.blockSignals(True)
        self.clear()
        for attendee_id, name, kind, day in choices:
            item = QListWidgetItem(absentee_label(name, kind, day))
            item.setData(ID_ROLE, attendee_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if attendee_id in ticked
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        if not choices:
            add_placeholder(self, QCoreApplication.translate(
                "AbsenteeList", "Nobody assigned here owes a make-up."))
        self.blockSignals(False)
        self.changed.emit()

    def value(self) -> list[str]:
        return [self.item(i).data(ID_ROLE) for i in range(self.count())
                if self.item(i).data(ID_ROLE)
                and self.item(i).checkState() == Qt.CheckState.Checked]

    def setValue(self, ids: list[str] | None) -> None:  # noqa: N802 - the set_value convention
        wanted = set(ids or ())
        for i in range(self.count()):
            item = self.item(i)
            if item.data(ID_ROLE):
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)
