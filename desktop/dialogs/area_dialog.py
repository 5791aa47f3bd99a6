"""Adding or correcting a work area (工区)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from db import area_queries, records, workareas
from db.choices import ACCESS_TIERS
from desktop.widgets.fields import choice_combo, number_edit, text_with_completions
from desktop.widgets.record_dialog import RecordDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("AreaDialog", text)


def area_dialog(parent: QWidget | None, area_id: str | None = None) -> RecordDialog:
    """The dialog for a new area (area_id None) or for correcting one; exec() it."""
    title = tr("New work area") if area_id is None else tr("Edit work area")
    dialog = RecordDialog(
        parent, title,
        check=lambda data: records.check(workareas.KIND, data, area_id),
        save=lambda data: (workareas.create_work_area(data) if area_id is None
                           else workareas.update_work_area(area_id, data)))
    dialog.setObjectName("area_dialog")
    dialog.add_field("name", tr("Name"), QLineEdit())
    dialog.add_field("code", tr("Code"), QLineEdit())
    dialog.add_field("line_section", tr("Line / section"),
                     text_with_completions(area_queries.line_sections()))
    dialog.add_field("location", tr("Location"), QLineEdit())
    dialog.add_field("access_tier", tr("Access tier"), choice_combo(ACCESS_TIERS))
    dialog.add_field("distance_km", tr("Distance (km)"), number_edit())
    dialog.add_field("travel_minutes", tr("Travel time (minutes)"), number_edit())
    dialog.add_field("headcount", tr("Workers (all, not only members)"), number_edit())
    dialog.add_field("visit_target", tr("Visits per month"),
                     number_edit(tr("blank: the general branch's policy")))
    dialog.add_field("active", tr("Active"), QCheckBox(tr("In use (counted in coverage)")))
    notes = QPlainTextEdit()
    notes.setTabChangesFocus(True)
    notes.setFixedHeight(70)
    dialog.add_field("notes", tr("Notes"), notes)
    if area_id is None:
        dialog.set_data({"access_tier": 2, "active": True})
    else:
        dialog.set_data(records.content_of(workareas.get_work_area(area_id)))
    dialog.setMinimumWidth(420)
    return dialog
