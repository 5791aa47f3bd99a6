"""Recording a concern (诉求), from the concerns page or from a visit, and correcting one.

    concern, accepted = ConcernDialog.ask(parent, context)                    # a new one
    concern, accepted = ConcernDialog.ask(parent, context, visit_id=visit_id)  # heard on a visit
    concern, accepted = ConcernDialog.ask(parent, context, concern_id=row_id)  # a correction

From a visit, the visit's work area, date and first participating cadre (as owner) are filled in,
and the member talked to when the visit names exactly one (as raised by); the concern is linked
to it; saving tells `context.events` ("concern").
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from db import clock, concerns, records, visits, workareas
from db.choices import CONCERN_CATEGORIES
from db.i18n import fill
from db.members import list_cadres, list_members
from db.models import Concern
from db.organisation import get_organisation
from db.visits import participant_ids, talked_to_ids
from db.workareas import list_work_areas
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.fields import date_edit
from desktop.widgets.record_dialog import RecordDialog

TABLE = "concern"


def actor_of(context: AppContext) -> str:
    """Who is making a change: this computer's name (the app has no log-in)."""
    return context.store.device.name


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ConcernDialog(RecordDialog):
    """Record a new concern (from the page or a visit) or correct one's facts."""

    table = TABLE

    def __init__(self, parent: QWidget | None, context: AppContext, *,
                 concern_id: str | None = None, area_id: str | None = None,
                 visit_id: str | None = None) -> None:
        current: Concern | None = records.get(concerns.KIND, concern_id) if concern_id else None
        defaults = records.content_of(current) if current else {}
        raised_on = clock.today()
        owner_id = raiser_id = None
        if visit_id:
            visit = records.get(visits.KIND, visit_id)
            area_id, raised_on = visit.work_area_id, visit.visited_on
            owner_id = next(iter(participant_ids(visit_id)), None)
            talked = talked_to_ids(visit_id)
            if len(talked) == 1:  # the one member talked to raised it, unless changed
                raiser_id = talked[0]
        linked_visit = defaults.get("visit") or visit_id

        def with_visit(data: dict) -> dict:
            return {**data, "visit": linked_visit} if linked_visit else data

        if current is None:
            super().__init__(
                parent, "", check=lambda data: records.check(concerns.KIND, with_visit(data)),
                save=lambda data: records.create(
                    concerns.KIND, {**with_visit(data), "actor": actor_of(context)}))
            self.setWindowTitle(self.tr("New concern"))
        else:
            super().__init__(
                parent, "", check=lambda data: records.check(concerns.KIND, data, concern_id),
                save=lambda data: records.edit(
                    concerns.KIND, concern_id, {**data, "actor": actor_of(context)}),
                existing=True)
            self.setWindowTitle(self.tr("Edit concern"))
        self.resize(460, 0)
        if linked_visit:
            visit = records.get(visits.KIND, linked_visit)
            area_name = records.get(workareas.KIND, visit.work_area_id).name
            self.form.addRow(self.tr("Heard on visit"),
                             QLabel(f"{visit.visited_on.isoformat()} {area_name}"))

        self.add_field("raised_on", self.tr("Raised on"),
                       date_edit(dt.date.fromisoformat(defaults["raised_on"])
                                 if defaults.get("raised_on") else raised_on))
        area = QComboBox()
        for row in list_work_areas(active_only=True):
            area.addItem(row.name, row.id)
        select_data(area, defaults.get("work_area") or area_id)
        self.add_field("work_area", self.tr("Work area"), area)

        raiser = QComboBox()
        raiser.addItem(self.tr("(not a member)"), None)
        for member in list_members(status="active"):
            raiser.addItem(member.name, member.id)
        select_data(raiser, defaults.get("raised_by") or raiser_id)
        self.add_field("raised_by", self.tr("Raised by (member)"), raiser)
        name = QLineEdit(defaults.get("raised_by_name", ""))
        name.setPlaceholderText(self.tr("name of a worker who is not a member"))
        self.add_field("raised_by_name", self.tr("or name"), name)

        category = QComboBox()
        for code in CONCERN_CATEGORIES:
            category.addItem(choice_label(CONCERN_CATEGORIES, code), code)
        select_data(category, defaults.get("category", "other"))
        self.add_field("category", self.tr("Category"), category)
        description = QPlainTextEdit(defaults.get("description", ""))
        description.setTabChangesFocus(True)
        description.setFixedHeight(90)
        self.add_field("description", self.tr("Concern"), description)

        owner = QComboBox()
        owner.addItem("", None)
        for cadre in list_cadres():
            owner.addItem(cadre.name, cadre.id)
        select_data(owner, defaults.get("owner") or owner_id)
        self.add_field("owner", self.tr("Owner (cadre)"), owner)
        due = date_edit(dt.date.fromisoformat(defaults["due_on"])
                        if defaults.get("due_on") else None)
        due.setPlaceholderText(fill(self.tr("raised + {days} days"),
                                    days=get_organisation().concern_due_days))
        self.add_field("due_on", self.tr("Due"), due)
