"""Adding or correcting a party member (党员)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from db import member_queries, members, records
from db.choices import GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES
from desktop.widgets.fields import choice_combo, date_edit, record_combo
from desktop.widgets.record_dialog import RecordDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


def member_dialog(parent: QWidget | None, member_id: str | None = None,
                  branch_id: str | None = None) -> RecordDialog:
    """The dialog for a new member (member_id None; `branch_id` preselected) or for correcting
    one; exec() it."""
    title = tr("New member") if member_id is None else tr("Edit member")
    dialog = RecordDialog(
        parent, title,
        check=lambda data: records.check(members.KIND, data, member_id),
        save=lambda data: (members.create_member(data) if member_id is None
                           else members.update_member(member_id, data)))
    dialog.setObjectName("member_dialog")
    dialog.add_field("name", tr("Name"), QLineEdit())
    dialog.add_field("gender", tr("Gender"), choice_combo(GENDERS, blank=""))
    dialog.add_field("birth_date", tr("Birth date"), date_edit())
    dialog.add_field("ethnicity", tr("Ethnicity"), QLineEdit())
    dialog.add_field("education", tr("Education"), QLineEdit())
    dialog.add_field("branch", tr("Branch"),
                     record_combo(member_queries.branch_choices(), none_label=tr("(none)")))
    dialog.add_field("category", tr("Category"), choice_combo(MEMBER_CATEGORIES))
    dialog.add_field("joined_on", tr("Joined the Party"), date_edit())
    dialog.add_field("full_member_on", tr("Full member since"), date_edit())
    dialog.add_field("job_post", tr("Job post"), QLineEdit())
    dialog.add_field("party_post", tr("Party post"), QLineEdit())
    dialog.add_field("is_cadre", tr("Cadre"),
                     QCheckBox(tr("Makes visits (committee member, branch secretary)")))
    dialog.add_field("phone", tr("Phone"), QLineEdit())
    dialog.add_field("status", tr("Status"), choice_combo(MEMBER_STATUSES))
    dialog.add_field("status_on", tr("Status since"), date_edit())
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    notes.setFixedHeight(60)
    dialog.add_field("notes", tr("Notes"), notes)
    if member_id is None:
        dialog.set_data({"category": "full", "status": "active", "branch": branch_id})
    else:
        dialog.set_data(records.content_of(members.get_member(member_id)))
    dialog.setMinimumWidth(440)
    return dialog
