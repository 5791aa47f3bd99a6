"""Adding or correcting a work area (工区)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from db import clock, records, workarea_queries, workareas
from db.choices import ACCESS_TIERS
from desktop.context import AppContext
from desktop.widgets.fields import choice_combo, date_edit, number_edit, text_with_completions
from desktop.widgets.record_dialog import RecordDialog


class AreaDialog(RecordDialog):
    """A new area (area_id None) or a correction: `AreaDialog.ask(parent, context, area_id)`."""

    table = "work_area"

    def __init__(self, parent: QWidget | None, context: AppContext,
                 area_id: str | None = None) -> None:
        super().__init__(
            parent, "",
            check=lambda data: records.check(workareas.KIND, data, area_id),
            save=lambda data: (records.create(workareas.KIND, data) if area_id is None
                               else records.edit(workareas.KIND, area_id, data)),
            existing=area_id is not None)
        self.setWindowTitle(self.tr("New work area") if area_id is None
                            else self.tr("Edit work area"))
        self.setObjectName("area_dialog")
        add = self.add_field
        add("name", self.tr("Name"), QLineEdit())
        add("code", self.tr("Code"), QLineEdit())
        add("line_section", self.tr("Line / section"),
            text_with_completions(workarea_queries.line_sections()))
        position = add("position", self.tr("Position on the line (chainage)"), QLineEdit())
        position.setPlaceholderText(self.tr("K1845+240, or K1845+240–K1852+100"))
        position.setToolTip(self.tr("The centre chainage, or the start and end, of the area: "
                                    "the line diagram shows the areas in this order"))
        add("location", self.tr("Location"), QLineEdit())
        add("access_tier", self.tr("Access tier"), choice_combo(ACCESS_TIERS))
        add("distance_km", self.tr("Distance (km)"), number_edit())
        add("travel_minutes", self.tr("Travel time (minutes)"), number_edit())
        add("headcount", self.tr("Workers (all, not only members)"), number_edit())
        add("visit_target", self.tr("Visits per month"),
            number_edit(self.tr("blank: the general branch's policy")))
        since = add("in_use_since", self.tr("In use since"), date_edit())
        since.setToolTip(self.tr(
            "blank: in use since before any record (counted in every past period)"))
        self.active = add("active", self.tr("Active"),
                          QCheckBox(self.tr("In use (counted in coverage)")))
        self.deactivated_on = add("deactivated_on", self.tr("Deactivated on"), date_edit())
        self.deactivated_on.setToolTip(self.tr(
            "The area stays in the coverage figures of the periods up to this day"))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        add("notes", self.tr("Notes"), notes)
        if area_id is None:
            self.set_data({"access_tier": 2, "active": True})
        else:
            self.set_data(records.content_of(records.get(workareas.KIND, area_id)))
        self.deactivated_on.setEnabled(not self.active.isChecked())
        self.active.toggled.connect(self._active_toggled)
        self.setMinimumWidth(420)

    def _active_toggled(self, active: bool) -> None:
        """The date belongs to an area not in use: closing one proposes today, re-opening clears
        it (as the db layer does on saving)."""
        self.deactivated_on.setEnabled(not active)
        if active:
            self.deactivated_on.clear()
        elif not self.deactivated_on.text().strip():
            self.deactivated_on.setText(clock.today().isoformat())
