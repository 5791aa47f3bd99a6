"""Small dialogs for periods: a member's assignment to a work area (工区分配) and a cadre's
包保 responsibility, started from either the member or the work-area page, and ended on a date."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db import area_queries, assignments, clock, member_queries, records
from desktop.widgets.fields import date_edit, record_combo
from desktop.widgets.record_dialog import RecordDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("PeriodDialogs", text)


def _period_dialog(parent, title, kind, create, *, member_id, area_id, cadres_only) -> RecordDialog:
    fixed = {k: v for k, v in (("member", member_id), ("work_area", area_id)) if v}

    def with_fixed(data: dict) -> dict:
        return {**data, **fixed}

    dialog = RecordDialog(parent, title, check=lambda d: records.check(kind, with_fixed(d)),
                          save=lambda d: create(with_fixed(d)))
    if member_id is None:
        label = tr("Cadre") if cadres_only else tr("Member")
        dialog.add_field("member", label, record_combo(
            member_queries.member_choices(cadres_only=cadres_only)))
    if area_id is None:
        dialog.add_field("work_area", tr("Work area"), record_combo(area_queries.area_choices()))
    dialog.add_field("start_on", tr("From"), date_edit(clock.today().isoformat()))
    dialog.add_field("end_on", tr("Until"), date_edit())
    dialog.fields["end_on"].setToolTip(tr("Leave empty while it lasts"))
    dialog.setMinimumWidth(360)
    return dialog


def assignment_dialog(parent: QWidget | None, *, member_id: str | None = None,
                      area_id: str | None = None) -> RecordDialog:
    """Assign a member to a work area; the page gives the member or the area already known."""
    return _period_dialog(parent, tr("Assign to a work area"), assignments.ASSIGNMENT,
                          assignments.create_assignment, member_id=member_id, area_id=area_id,
                          cadres_only=False)


def responsibility_dialog(parent: QWidget | None, *, member_id: str | None = None,
                          area_id: str | None = None) -> RecordDialog:
    """Make a cadre responsible (包保) for a work area."""
    return _period_dialog(parent, tr("Responsibility (包保) for a work area"),
                          assignments.RESPONSIBILITY, assignments.create_responsibility,
                          member_id=member_id, area_id=area_id, cadres_only=True)


def end_period_dialog(parent: QWidget | None, kind: records.Kind, row_id: str) -> RecordDialog:
    """End an assignment or responsibility on a date (today unless changed)."""
    update = (assignments.update_assignment if kind is assignments.ASSIGNMENT
              else assignments.update_responsibility)
    dialog = RecordDialog(parent, tr("End"), check=lambda d: records.check(kind, d, row_id),
                          save=lambda d: update(row_id, d))
    dialog.add_field("end_on", tr("Ends on"), date_edit(clock.today().isoformat()))
    return dialog
