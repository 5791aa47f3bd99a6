"""Adding or correcting a party member (党员)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from db import member_queries, members, records
from db.choices import GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES
from desktop.context import AppContext
from desktop.widgets.fields import choice_combo, date_edit, record_combo
from desktop.widgets.record_dialog import RecordDialog


class MemberDialog(RecordDialog):
    """A new member (member_id None; `branch_id` preselected) or a correction:
    `MemberDialog.ask(parent, context, member_id, branch_id=...)`."""

    table = "member"

    def __init__(self, parent: QWidget | None, context: AppContext, member_id: str | None = None,
                 *, branch_id: str | None = None) -> None:
        super().__init__(
            parent, "",
            check=lambda data: records.check(members.KIND, data, member_id),
            save=lambda data: (records.create(members.KIND, data) if member_id is None
                               else records.edit(members.KIND, member_id, data)),
            existing=member_id is not None)
        self.setWindowTitle(self.tr("New member") if member_id is None
                            else self.tr("Edit member"))
        self.setObjectName("member_dialog")
        add = self.add_field
        add("name", self.tr("Name"), QLineEdit())
        add("gender", self.tr("Gender"), choice_combo(GENDERS, blank=""))
        add("birth_date", self.tr("Birth date"), self._month_or_day())
        add("ethnicity", self.tr("Ethnicity"), QLineEdit())
        add("education", self.tr("Education"), QLineEdit())
        add("branch", self.tr("Branch"),
            record_combo(member_queries.branch_choices(), none_label=self.tr("(none)")))
        add("category", self.tr("Category"), choice_combo(MEMBER_CATEGORIES))
        add("joined_on", self.tr("Joined the Party"), self._month_or_day())
        add("full_member_on", self.tr("Full member since"), self._month_or_day())
        add("job_post", self.tr("Job post"), QLineEdit())
        add("party_post", self.tr("Party post"), QLineEdit())
        add("is_cadre", self.tr("Cadre"),
            QCheckBox(self.tr("Makes visits (committee member, branch secretary)")))
        add("phone", self.tr("Phone"), QLineEdit())
        add("status", self.tr("Status"), choice_combo(MEMBER_STATUSES))
        add("status_on", self.tr("Status since"), date_edit())
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        add("notes", self.tr("Notes"), notes)
        if member_id is None:
            self.set_data({"category": "full", "status": "active", "branch": branch_id})
        else:
            member = records.get(members.KIND, member_id)
            shown = records.content_of(member)
            for name in members.MONTH_FIELDS:  # a date known to the month reads 1987-11
                shown[name] = members.date_text(member, name) or None
            self.set_data(shown)
        self.setMinimumWidth(440)

    def _month_or_day(self) -> QLineEdit:
        edit = date_edit()
        edit.setPlaceholderText(self.tr("YYYY-MM-DD, or YYYY-MM if only the month is known"))
        return edit
