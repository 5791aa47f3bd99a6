"""Giving a seat on a committee (支委) — or correcting or ending one — from the keyboard.

    seat, accepted = SeatDialog.ask(parent, context)                          # a new seat
    seat, accepted = SeatDialog.ask(parent, context, seat_id)                 # correct one
    seat, accepted = SeatDialog.ask(parent, context, seat_id, ending=True)    # it ends

The committee (a branch's, or the general branch's own), the member, the role (书记, 组织委员 …:
suggested, any text taken), from and to. The record layer refuses a member of another branch,
an end before the start and an overlap with the member's other seat on that committee.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from db import clock, member_queries, records
from db.meetings import COMMITTEE_KIND
from db.visit_queries import people_choices
from desktop.context import AppContext
from desktop.widgets.fields import date_edit, record_combo
from desktop.widgets.pickers import RecordPicker
from desktop.widgets.record_dialog import RecordDialog

TABLE = "committee_member"
# Suggested roles, in the window's language (the role is stored as the text chosen).
ROLES = (QT_TRANSLATE_NOOP("SeatDialog", "Secretary"),
         QT_TRANSLATE_NOOP("SeatDialog", "Deputy secretary"),
         QT_TRANSLATE_NOOP("SeatDialog", "Organisation member"),
         QT_TRANSLATE_NOOP("SeatDialog", "Publicity member"),
         QT_TRANSLATE_NOOP("SeatDialog", "Discipline member"),
         QT_TRANSLATE_NOOP("SeatDialog", "Youth member"),
         QT_TRANSLATE_NOOP("SeatDialog", "Member of the committee"))


def role_labels() -> list[str]:
    return [QCoreApplication.translate("SeatDialog", role) for role in ROLES]


class SeatDialog(RecordDialog):
    table = TABLE

    def __init__(self, parent: QWidget | None, context: AppContext, seat_id: str | None = None,
                 branch_id: str | None = None, ending: bool = False) -> None:
        self.seat_id = seat_id
        super().__init__(
            parent, "", check=lambda data: records.check(COMMITTEE_KIND, data, seat_id),
            save=lambda data: (records.create(COMMITTEE_KIND, data) if seat_id is None
                               else records.edit(COMMITTEE_KIND, seat_id, data)),
            existing=seat_id is not None)
        self.setObjectName("seat_dialog")
        self.setWindowTitle(self.tr("New committee seat") if seat_id is None
                            else self.tr("End the seat") if ending
                            else self.tr("Edit committee seat"))
        add = self.add_field
        self.branch = add("branch", self.tr("Committee"), record_combo(
            member_queries.branch_choices(), none_label=self.tr("General committee")))
        self.member = add("member", self.tr("Member"), RecordPicker(people_choices()))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(role_labels())
        self.role.setCurrentIndex(-1)
        add("role", self.tr("Role"), self.role)
        self.start_on = add("start_on", self.tr("From"), date_edit(clock.today()))
        self.end_on = add("end_on", self.tr("To"), date_edit())
        self.end_on.setToolTip(self.tr("Blank while the seat is held"))
        if seat_id is None:
            self.set_data({"branch": branch_id})
            self.member.setFocus()
        else:
            seat = records.get(COMMITTEE_KIND, seat_id)
            if all(c["id"] != seat.member_id for c in self.member.choices):  # off the roll now
                self.member.set_choices([*self.member.choices, {
                    "id": seat.member_id, "name": seat.member.name, "search": seat.member.name}])
            self.set_data(records.content_of(seat))
            if ending:
                if not self.end_on.text():
                    self.end_on.setText(clock.today().isoformat())
                self.end_on.setFocus()
                self.end_on.selectAll()
        self.setMinimumWidth(380)
