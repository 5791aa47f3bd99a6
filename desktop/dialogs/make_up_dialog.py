"""Recording a make-up (补课) for an absentee of a meeting.

    make_up_id, accepted = MakeUpDialog.get_make_up(parent, context, meeting_id, member_id)
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from db import clock, records
from db.i18n import fill
from db.meetings import MAKE_UP_KIND
from db.models import Member
from db.visit_queries import people_choices
from desktop.context import AppContext
from desktop.widgets.fields import date_edit
from desktop.widgets.pickers import RecordPicker
from desktop.widgets.record_dialog import RecordDialog


class MakeUpDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, meeting_id: str, member_id: str) -> None:
        fixed = {"meeting": meeting_id, "member": member_id}
        super().__init__(parent, "", check=lambda data: records.check(
            MAKE_UP_KIND, {**data, **fixed}), save=lambda data: records.create(
            MAKE_UP_KIND, {**data, **fixed}))
        self.setObjectName("make_up_dialog")
        name = Member.get_by_id(member_id).name
        self.setWindowTitle(fill(self.tr("Make-up for {name}"), name=name))
        self.add_field("made_up_on", self.tr("Date"), date_edit(clock.today()))
        how = QComboBox()
        how.setEditable(True)
        how.addItems([self.tr("One-to-one make-up"), self.tr("Group make-up"),
                      self.tr("Self-study with notes"), self.tr("Talk with the secretary")])
        self.add_field("how", self.tr("How"), how)
        # By name, pinyin or initials, as a meeting's chair (a combo of every member could only
        # be gone through with the arrows).
        self.by = self.add_field("by", self.tr("With"), RecordPicker(people_choices()))
        self.setMinimumWidth(360)

    @classmethod
    def get_make_up(cls, parent: QWidget | None, context: AppContext, meeting_id: str,
                    member_id: str) -> tuple[str | None, bool]:
        dialog = cls(parent, meeting_id, member_id)
        dialog.context = context
        accepted = bool(dialog.exec())
        saved = dialog.saved.id if accepted and dialog.saved is not None else None
        dialog.deleteLater()
        if accepted:
            context.events.notify("make_up")
        return saved, accepted
