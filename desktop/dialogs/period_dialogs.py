"""Small dialogs for periods: a member's assignment to a work area (工区分配) and a cadre's
包保 responsibility, started from either the member or the work-area page, and ended on a date."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db import assignments, clock, records
from db.visit_queries import area_choices, people_choices
from desktop.context import AppContext
from desktop.widgets.fields import date_edit
from desktop.widgets.pickers import RecordPicker
from desktop.widgets.record_dialog import RecordDialog


class PeriodDialog(RecordDialog):
    """A new assignment (responsibility=False) or 包保 responsibility; the page gives the member
    or the work area already known, the dialog asks for the other and the dates."""

    def __init__(self, parent: QWidget | None, context: AppContext, *, responsibility: bool,
                 member_id: str | None = None, area_id: str | None = None) -> None:
        kind = assignments.RESPONSIBILITY if responsibility else assignments.ASSIGNMENT
        self.table = kind.model._meta.table_name
        fixed = {k: v for k, v in (("member", member_id), ("work_area", area_id)) if v}
        super().__init__(parent, "", check=lambda d: records.check(kind, {**d, **fixed}),
                         save=lambda d: records.create(kind, {**d, **fixed}))
        self.setWindowTitle(self.tr("Responsibility for a work area") if responsibility
                            else self.tr("Assign to a work area"))
        # Typed by name, pinyin or initials, as a visit's people and area are: a combo of every
        # member (600 at a depot) was reachable from the keyboard only through the arrows.
        if member_id is None:
            self.add_field("member", self.tr("Cadre") if responsibility else self.tr("Member"),
                           RecordPicker(people_choices(cadres_only=responsibility)))
        if area_id is None:
            self.add_field("work_area", self.tr("Work area"), RecordPicker(area_choices()))
        self.add_field("start_on", self.tr("From"), date_edit(clock.today().isoformat()))
        self.add_field("end_on", self.tr("Until"), date_edit())
        self.fields["end_on"].setToolTip(self.tr("Leave empty while it lasts"))
        self.setMinimumWidth(360)


class EndPeriodDialog(RecordDialog):
    """End an assignment or responsibility on a date (today unless changed)."""

    def __init__(self, parent: QWidget | None, context: AppContext, kind: records.Kind,
                 row_id: str) -> None:
        self.table = kind.model._meta.table_name
        super().__init__(parent, "", check=lambda d: records.check(kind, d, row_id),
                         save=lambda d: records.edit(kind, row_id, d), existing=True)
        self.setWindowTitle(self.tr("End"))
        self.add_field("end_on", self.tr("Ends on"), date_edit(clock.today().isoformat()))
