"""Adding or correcting a party branch (党支部)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from db import branches, member_queries, records
from desktop.context import AppContext
from desktop.widgets.fields import record_combo
from desktop.widgets.record_dialog import RecordDialog


class BranchDialog(RecordDialog):
    """A new branch (branch_id None) or a correction: `BranchDialog.ask(parent, context, id)`."""

    table = "branch"

    def __init__(self, parent: QWidget | None, context: AppContext,
                 branch_id: str | None = None) -> None:
        super().__init__(
            parent, self.tr("New branch") if branch_id is None else self.tr("Edit branch"),
            check=lambda data: records.check(branches.KIND, data, branch_id),
            save=lambda data: (records.create(branches.KIND, data) if branch_id is None
                               else records.edit(branches.KIND, branch_id, data)),
            existing=branch_id is not None)
        self.add_field("name", self.tr("Name"), QLineEdit())
        self.add_field("secretary_id", self.tr("Secretary"), record_combo(
            member_queries.member_choices(), none_label=self.tr("(none)")))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        self.add_field("notes", self.tr("Notes"), notes)
        shifts = self.add_field("shift_work", self.tr("Shifts"), QCheckBox(
            self.tr("Members work shifts (the same people at every meeting is then a signal)")))
        shifts.setChecked(True)
        if branch_id is not None:
            self.set_data(records.content_of(records.get(branches.KIND, branch_id)))
        self.setMinimumWidth(360)
