"""Recording a meeting (组织生活) — or correcting one — with its attendance, from the keyboard.

    meeting_id, accepted = MeetingDialog.get_meeting(parent, context)            # a new one
    meeting_id, accepted = MeetingDialog.get_meeting(parent, context, meeting_id)  # correct one

The facts on the left, attendance on the right (see desktop.widgets.attendance_list); the
expected people follow the branch, kind and day chosen, keeping marks already made. The kind
list follows the holding unit (db.meetings.kinds_held_by): a kind the new unit holds too is
kept, else the unit's default is chosen and a note under the list says what changed. Vote counts
show for a 支部党员大会 only. Make-ups are recorded from an absentee's row on the page.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from db import clock, member_queries, records
from db.choices import MEETING_KINDS
from db.i18n import fill
from db.meetings import (
    KIND,
    attendance_entries,
    default_attendance,
    default_kind,
    kinds_held_by,
)
from db.meetings.roll import names_of
from db.models import Branch
from db.validate import Checker
from db.visit_queries import people_choices
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.attendance_list import AttendanceList
from desktop.widgets.fields import date_edit, number_edit, record_combo
from desktop.widgets.pickers import RecordPicker
from desktop.widgets.record_dialog import RecordDialog

TABLE = "meeting"
NOTE_STYLE = "color: #555555;"
VOTES = ("votes_for", "votes_against", "votes_abstain")


def _text(rows: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(22 * rows + 10)
    return edit


class MeetingDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, context: AppContext,
                 meeting_id: str | None = None, branch_id: str | None = None) -> None:
        self.context = context
        self.meeting_id = meeting_id
        super().__init__(parent, "", check=self._check, save=self._save_meeting,
                         existing=meeting_id is not None)
        self.setObjectName("meeting_dialog")
        self.setWindowTitle(self.tr("New meeting") if meeting_id is None
                            else self.tr("Edit meeting"))
        add = self.add_field
        self.branch = add("branch", self.tr("Held by"), record_combo(
            member_queries.branch_choices(), none_label=self.tr("The general branch itself")))
        self.kind = add("kind", self.tr("Kind"), QComboBox())
        # Says which kind the unit's change replaced, until the user picks a kind.
        self.kind_note = QLabel()
        self.kind_note.setObjectName("kind_note")
        self.kind_note.setWordWrap(True)
        self.kind_note.setStyleSheet(NOTE_STYLE)
        self.kind_note.hide()
        self.kind.parentWidget().layout().insertWidget(1, self.kind_note)
        self.held_on = add("held_on", self.tr("Date"), date_edit(clock.today()))
        add("start_time", self.tr("Start time"), QLineEdit()).setPlaceholderText("14:30")
        add("place", self.tr("Place"), QLineEdit())
        add("topics", self.tr("Topics"), _text(2))
        # By name, pinyin or initials (zdp ⇥ 朱德鹏), as a visit's people: a combo of a depot's
        # 600 members could only be gone through with the arrows.
        people = people_choices()
        self.chair = add("chair", self.tr("Chair"), RecordPicker(people))
        self.recorder = add("recorder", self.tr("Recorder"), RecordPicker(people))
        add("lecturer", self.tr("Lecturer"), QLineEdit())
        add("lecture_title", self.tr("Lecture title"), QLineEdit())
        add("guests", self.tr("Guests"), QLineEdit())
        for key, label in (("votes_for", self.tr("Votes for")),
                           ("votes_against", self.tr("Votes against")),
                           ("votes_abstain", self.tr("Abstentions"))):
            add(key, label, number_edit())
        right = QFormLayout()
        self.attendance = add("attendance", self.tr("Attendance"), AttendanceList(), form=right)
        add("minutes", self.tr("Minutes"), _text(5), form=right)
        add("decisions", self.tr("Decisions"), _text(2), form=right)
        columns = QHBoxLayout()
        self.layout().removeItem(self.form)
        columns.addLayout(self.form, 1)
        columns.addLayout(right, 1)
        self.layout().insertLayout(0, columns)

        if meeting_id is None:
            branch = Branch.get_or_none(Branch.id == branch_id) if branch_id else None
            self.set_data({"branch": branch_id,
                           "chair": branch.secretary_id if branch else None})
            self._offer_kinds(default_kind(branch_id))
            self._reload_expected()
        else:
            content = records.content_of(records.get(KIND, meeting_id))
            self.set_data(content)
            self._offer_kinds(content["kind"])
            entries = attendance_entries(meeting_id)
            self.attendance.setValue(entries, names_of([e["member"] for e in entries]))
        self.branch.currentIndexChanged.connect(self._follow_unit)
        self.kind.currentIndexChanged.connect(self._reload_expected)
        self.kind.activated.connect(self.kind_note.hide)   # the user's own choice
        self.held_on.editingFinished.connect(self._reload_expected)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self._show_kind_fields()
        self.resize(980, 640)

    @classmethod
    def get_meeting(cls, parent: QWidget | None, context: AppContext,
                    meeting_id: str | None = None, branch_id: str | None = None
                    ) -> tuple[str | None, bool]:
        """Run the dialog: (the saved meeting's id, True), or (None, False) when cancelled."""
        dialog = cls(parent, context, meeting_id, branch_id)
        accepted = bool(dialog.exec())
        saved = dialog.saved.id if accepted and dialog.saved is not None else None
        dialog.deleteLater()
        if accepted:
            context.events.notify(TABLE)
        return saved, accepted

    # the kinds follow the unit, the form follows the kind ---------------------------------------
    def _offer_kinds(self, wanted: str | None) -> str:
        """List the kinds the chosen unit holds and select `wanted` when it is one of them, else
        the unit's default. Returns the kind selected."""
        unit = self.branch.currentData()
        held = kinds_held_by(unit)
        kind = wanted if wanted in held else default_kind(unit)
        self.kind.blockSignals(True)
        self.kind.clear()
        for code in held:
            self.kind.addItem(choice_label(MEETING_KINDS, code), code)
        self.kind.setCurrentIndex(held.index(kind))
        self.kind.blockSignals(False)
        return kind

    def _follow_unit(self) -> None:
        """Another unit chosen: its kinds, the current one kept if it holds it, else its
        default, said under the list (the list changing by itself is easy to miss)."""
        before = self.kind.currentData()
        kind = self._offer_kinds(before)
        if kind != before and before is not None:
            self.kind_note.setText(fill(self.tr("{unit} does not hold a “{old}”: the kind is now "
                                                "“{new}”."),
                                        unit=self.branch.currentText(),
                                        old=choice_label(MEETING_KINDS, before),
                                        new=choice_label(MEETING_KINDS, kind)))
            self.kind_note.show()
        else:
            self.kind_note.hide()
        self._show_kind_fields()
        self._reload_expected()
        self._changed("kind")

    def _show_kind_fields(self) -> None:
        kind = self.kind.currentData()
        for key in VOTES:
            self.form.setRowVisible(self.fields[key].parentWidget(), kind == "branch_assembly")
        for key in ("lecturer", "lecture_title"):
            self.form.setRowVisible(self.fields[key].parentWidget(), kind == "party_lecture")

    def _reload_expected(self) -> None:
        """The expected people for the branch, kind and day now chosen (marks kept)."""
        checker = Checker({"held_on": self.held_on.text()})
        day = checker.date("held_on")
        if day is None:
            return
        entries = default_attendance(self.branch.currentData(), self.kind.currentData(), day)
        self.attendance.set_expected(entries, names_of([e["member"] for e in entries]))

    # check and save -------------------------------------------------------------------------------
    def _values(self, data: dict) -> dict:
        data = dict(data)
        if data.get("kind") != "branch_assembly":
            for key in VOTES:
                data[key] = None
        return data

    def _check(self, data: dict):
        return records.check(KIND, self._values(data), self.meeting_id)

    def _save_meeting(self, data: dict):
        data = self._values(data)
        if self.meeting_id is None:
            return records.create(KIND, data)
        return records.edit(KIND, self.meeting_id, data)
