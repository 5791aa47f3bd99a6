"""Add a visit plan entry by hand, or change one: cadre, work area, week, purpose, note."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from db import records
from db.i18n import fill
from db.member_queries import member_choices
from db.plans import KIND, PURPOSES, month_label, weeks_in
from db.visit_queries import area_choices
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.record_dialog import RecordDialog


class PlanEntryDialog(RecordDialog):
    """A plan entry added or changed by hand: `PlanEntryDialog.ask(parent, context, month, id)`."""

    table = "plan_entry"

    def __init__(self, parent: QWidget | None, context: AppContext, month: dt.date,
                 entry_id: str | None = None):
        title = (QCoreApplication.translate("PlanEntryDialog", "Plan a visit in {month}")
                 if entry_id is None else
                 QCoreApplication.translate("PlanEntryDialog", "Change a planned visit ({month})"))
        super().__init__(parent, fill(title, month=month_label(month)),
                         check=lambda data: records.check(KIND, {**data, "month": month},
                                                          entry_id),
                         save=self._write, existing=entry_id is not None)
        self.context, self.month, self.entry_id = context, month, entry_id
        self.setObjectName("plan_entry_dialog")
        self.cadre = self.add_field("cadre", self.tr("Cadre"), QComboBox())
        for member_id, name in member_choices(cadres_only=True):
            self.cadre.addItem(name, member_id)
        self.area = self.add_field("work_area", self.tr("Work area"), QComboBox())
        for area in area_choices():
            self.area.addItem(area["name"], area["id"])
        self.week = self.add_field("week", self.tr("Week"), QSpinBox())
        self.week.setRange(1, weeks_in(month))
        self.purpose = self.add_field("purpose", self.tr("Purpose"), QComboBox())
        for code in PURPOSES:
            self.purpose.addItem(choice_label(PURPOSES, code), code)
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        if entry_id is not None:
            row = records.get(KIND, entry_id)
            self.set_data({"cadre": row.cadre_id, "work_area": row.work_area_id,
                           "week": row.week, "purpose": row.purpose, "note": row.note})

    def _write(self, data: dict):
        values = {**data, "month": self.month}
        if self.entry_id is None:
            entry = records.create(KIND, values)
        else:  # a changed week replaces a planned day
            entry = records.edit(KIND, self.entry_id, {**values, "planned_on": None})
        return entry
