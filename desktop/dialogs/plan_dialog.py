"""Add a visit plan entry by hand, or change one: cadre, work area, week or day, purpose, the
absentees of a make-up session, note."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from db import plans, records
from db.dates import DateParseError, parse_date
from db.i18n import fill
from db.member_queries import member_choices
from db.plans import KIND, PURPOSES, month_label, week_of, weeks_in
from db.visit_queries import area_choices
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.absentee_list import AbsenteeList
from desktop.widgets.fields import date_edit
from desktop.widgets.record_dialog import RecordDialog


class PlanEntryDialog(RecordDialog):
    """A plan entry added or changed by hand: `PlanEntryDialog.ask(parent, context, month, id)`.

    A day (optional, within the month) decides the week; a make-up session lists the make-ups
    owed by the members assigned to the chosen area, to tick whom it is for."""

    table = "plan_entry"

    def __init__(self, parent: QWidget | None, context: AppContext, month: dt.date,
                 entry_id: str | None = None) -> None:
        title = (QCoreApplication.translate("PlanEntryDialog", "Plan a visit in {month}")
                 if entry_id is None else
                 QCoreApplication.translate("PlanEntryDialog", "Change a planned visit ({month})"))
        super().__init__(parent, fill(title, month=month_label(month)),
                         check=lambda data: records.check(KIND, {**data, "month": month},
                                                          entry_id),
                         save=self._write, existing=entry_id is not None)
        self.context, self.month, self.entry_id = context, month, entry_id
        self.linked: list[plans.Absentee] = []
        self.setObjectName("plan_entry_dialog")
        self.cadre = self.add_field("cadre", self.tr("Cadre"), QComboBox())
        for member_id, name in member_choices(cadres_only=True):
            self.cadre.addItem(name, member_id)
        self.area = self.add_field("work_area", self.tr("Work area"), QComboBox())
        for area in area_choices():
            self.area.addItem(area["name"], area["id"])
        self.week = self.add_field("week", self.tr("Week"), QSpinBox())
        self.week.setRange(1, weeks_in(month))
        self.day = self.add_field("planned_on", self.tr("Day (optional)"), date_edit())
        self.day.setToolTip(self.tr("A day of the month; it decides the week."))
        self.purpose = self.add_field("purpose", self.tr("Purpose"), QComboBox())
        for code in PURPOSES:
            self.purpose.addItem(choice_label(PURPOSES, code), code)
        self.absentees = self.add_field("absentees", self.tr("Make-up for"), AbsenteeList())
        self.note = self.add_field("note", self.tr("Note"), QLineEdit())
        if entry_id is not None:
            row = records.get(KIND, entry_id)
            self.linked = plans.absentees_of([entry_id]).get(entry_id, [])
            self.set_data({"cadre": row.cadre_id, "work_area": row.work_area_id,
                           "week": row.week, "planned_on": row.planned_on,
                           "purpose": row.purpose, "note": row.note})
        self._area_changed()
        self.absentees.setValue([a.attendee_id for a in self.linked])
        self.area.currentIndexChanged.connect(self._area_changed)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.day.textChanged.connect(self._day_changed)
        self._purpose_changed()
        self._day_changed()

    def _area_changed(self, *_args) -> None:
        area_id = self.area.currentData()
        owed = plans.owed_at(area_id, self.month) if area_id else []
        choices = [(a.attendee_id, a.name, a.kind, a.held_on)
                   for a in self.linked if self.entry_id and area_id == self._stored_area()]
        known = {c[0] for c in choices}
        choices += [(o.attendee_id, o.name, o.kind, o.held_on) for o in owed
                    if o.attendee_id not in known]
        self.absentees.set_choices(sorted(choices, key=lambda c: (c[3], c[1])))

    def _stored_area(self) -> str | None:
        return records.get(KIND, self.entry_id).work_area_id if self.entry_id else None

    def _purpose_changed(self, *_args) -> None:
        self.absentees.setEnabled(self.purpose.currentData() == "makeup")

    def _day_changed(self, *_args) -> None:
        """A day of the month sets the week (the record layer does the same on saving)."""
        try:
            day = parse_date(self.day.text().strip()) if self.day.text().strip() else None
        except DateParseError:
            day = None
        inside = day is not None and day.replace(day=1) == self.month
        if inside:
            self.week.setValue(week_of(day))
        self.week.setEnabled(not inside)

    def data(self) -> dict:
        values = super().data()
        values["planned_on"] = values.get("planned_on") or None
        if values.get("purpose") != "makeup":
            values["absentees"] = []
        return values

    def _write(self, data: dict):
        values = {**data, "month": self.month}
        if self.entry_id is None:
            return records.create(KIND, values)
        return records.edit(KIND, self.entry_id, values)
