"""Adding or correcting a party branch (党支部)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from db import branches, members, records
from db.visit_queries import people_choices
from desktop.context import AppContext
from desktop.widgets.pickers import RecordPicker
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
        # Typed by name, pinyin or initials (empty: none), as a meeting's chair is.
        secretary = self.add_field("secretary_id", self.tr("Secretary"),
                                   RecordPicker(people_choices()))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        self.add_field("notes", self.tr("Notes"), notes)
        shifts = self.add_field("shift_work", self.tr("Shifts"), QCheckBox(
            self.tr("Members work shifts (the same people at every meeting is then a signal)")))
        shifts.setChecked(True)
        if branch_id is not None:
            branch = records.get(branches.KIND, branch_id)
            held = branch.secretary_id
            if held and all(c["id"] != held for c in secretary.choices):  # off the roll now
                name = records.get(members.KIND, held, include_deleted=True).name
                secretary.set_choices([*secretary.choices, {"id": held, "name": name,
                                                            "search": name}])
            self.set_data(records.content_of(branch))
        self.setMinimumWidth(360)
