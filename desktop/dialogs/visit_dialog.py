"""Quick visit entry: the branch's most frequent task, done in seconds from the keyboard.

Date (today unless changed; Alt+←/→ or ↑/↓ step a day), work area (name or pinyin initials),
participating cadres (the last one used comes pre-filled), kind (谈心谈话 switches on the private
flag unless the user set it), hours, workers met, summary, members talked to. Enter moves on and,
in the empty last field, saves; Ctrl+Enter saves from anywhere; Esc cancels (asking, when
something was typed). "Save and add a concern" saves, then opens the concern dialog for this visit.
The same dialog edits an existing visit.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from db import clock, records, visits
from db.choices import PRIVATE_BY_DEFAULT_KINDS, VISIT_KINDS
from db.dates import DateParseError, complete_year, parse_date
from db.visit_queries import area_choices, people_choices, visit_detail
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.fields import CountSpinBox, DecimalSpinBox
from desktop.widgets.pickers import ChoiceCombo, PeoplePicker, RecordPicker
from desktop.widgets.record_dialog import RecordDialog

DEFAULT_PARTICIPANT_KEY = "visit/default_participant"


def default_participant_key(context: AppContext) -> str:
    """The settings key of the last cadre used, one per data folder: a second data folder (a
    colleague's USB stick) must not pre-fill a cadre it has never heard of."""
    import hashlib

    folder = str(context.store.folder.path.resolve()) if context.store is not None else ""
    digest = hashlib.sha1(folder.encode("utf-8")).hexdigest()[:16]
    return f"{DEFAULT_PARTICIPANT_KEY}/{digest}"


class DateEdit(QLineEdit):
    """A date typed in any form db.dates reads, or without its year (6/3, 6月3日: the latest
    such day, shown in full on leaving the field); Alt+←/→ and ↑/↓ step one day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.complete)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.complete()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override (Tab)
        self.complete()
        return super().focusNextPrevChild(forward)

    def complete(self) -> None:
        text = complete_year(self.text(), clock.today())
        if text != self.text():
            self.setText(text)

    STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
    ALT_STEPS = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        step = self.ALT_STEPS.get(event.key()) if alt else self.STEPS.get(event.key())
        if step:
            self.step(step)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.complete()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def step(self, days: int) -> None:
        try:
            day = parse_date(complete_year(self.text(), clock.today()))
        except DateParseError:
            day = clock.today()
        self.setText((day + dt.timedelta(days=days)).isoformat())


class VisitDialog(RecordDialog):
    """Quick visit entry, or a correction: `VisitDialog.ask(parent, context, visit_id)`. "Save,
    then a concern" saves and opens the concern dialog for the visit."""

    table = "visit"

    def __init__(self, parent: QWidget | None, context: AppContext, visit_id: str | None = None,
                 prefill: dict | None = None) -> None:
        title = (QCoreApplication.translate("VisitDialog", "Record a visit") if visit_id is None
                 else QCoreApplication.translate("VisitDialog", "Edit visit"))
        super().__init__(parent, title,
                         check=lambda data: records.check(visits.KIND, data, visit_id),
                         save=self._write, existing=visit_id is not None)
        self.context, self.visit_id = context, visit_id
        self.setObjectName("visit_dialog")
        self._private_touched = visit_id is not None
        self._concern_after = False
        detail = visit_detail(visit_id) if visit_id else None

        self.date = self.add_field("visited_on", self.tr("Date"), DateEdit())
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setToolTip(self.tr("Alt+Left / Alt+Right (or Up / Down) step a day"))
        areas = area_choices(include_inactive=detail is not None)
        self.area = self.add_field("work_area", self.tr("Work area"), RecordPicker(areas))
        self.area.edit.setPlaceholderText(self.tr("Name or pinyin initials"))
        self.participants = self.add_field(
            "participants", self.tr("Participants"), PeoplePicker(people_choices(cadres_only=True)))
        self.participants.edit.setPlaceholderText(self.tr("Cadre: name or initials, then Enter"))
        self.kind = self.add_field("kind", self.tr("Kind"), ChoiceCombo())
        for code in VISIT_KINDS:
            self.kind.addItem(choice_label(VISIT_KINDS, code), code)
        self.private = self.add_field(
            "private", self.tr("Private"),
            QCheckBox(self.tr("Keep the summary private (hidden in lists and reports)")))
        self.hours = self.add_field("hours", self.tr("Hours on site"), DecimalSpinBox())
        self.hours.setRange(0, 24)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.workers = self.add_field("workers_met", self.tr("Workers met"), CountSpinBox())
        self.workers.setRange(0, 10000)
        self.summary = self.add_field("summary", self.tr("Summary"), QPlainTextEdit())
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.talked_to = self.add_field("talked_to", self.tr("Members talked to"), PeoplePicker())
        self.talked_to.edit.setPlaceholderText(self.tr("Name or initials, then Enter"))

        self.concern_button = self.buttons.addButton(
            self.tr("Save and add a &concern…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.concern_button.setObjectName("concern_button")
        self.concern_button.clicked.connect(self._save_then_concern)
        # Enter moves from field to field (a field that lets the key through included: see
        # keyPressEvent), presses the button it is on, and in the empty last field saves;
        # Ctrl+Enter saves from anywhere.
        add_typed = self.talked_to.edit.on_enter
        self.talked_to.edit.on_enter = lambda: add_typed() or self._save_from_the_end()

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.private.clicked.connect(self._private_clicked)
        self.area.changed.connect(self._area_changed)
        self._fill(detail)
        if prefill and detail is None:
            self._prefill(prefill)
        order = [self.date, self.area.edit, self.participants.edit, self.kind, self.private,
                 self.hours, self.workers, self.summary, self.talked_to.edit,
                 *self.buttons.buttons()]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(520, self.sizeHint().height())

    # filling and reading -----------------------------------------------------------------------
    def _fill(self, detail: dict | None) -> None:
        if detail is None:
            self.date.setText(clock.today().isoformat())
            self.kind.setCurrentIndex(self.kind.findData("work_along"))
            default = self.context.settings.value(default_participant_key(self.context))
            if default and any(c["id"] == default for c in self.participants.choices):
                self.participants.setValue([default])
            self._kind_changed()
            self.area.setFocus()
            return
        self.date.setText(detail["visited_on"].isoformat())
        if not any(a["id"] == detail["area_id"] for a in self.area.choices):
            self.area.set_choices([*self.area.choices, {"id": detail["area_id"],
                                                        "name": detail["area"], "search": ""}])
        self.area.setValue(detail["area_id"])
        names = {p["id"]: p["name"] for p in detail["participants"] + detail["talked_to"]}
        self.participants.setValue([p["id"] for p in detail["participants"]], names)
        self.kind.setCurrentIndex(max(0, self.kind.findData(detail["kind"])))
        self.private.setChecked(detail["private"])
        self.hours.setValue(detail["hours"] or 0)
        self.workers.setValue(detail["workers_met"] or 0)
        self.summary.setPlainText(detail["summary"])
        self._area_changed()
        self.talked_to.setValue([p["id"] for p in detail["talked_to"]], names)
        self.date.setFocus()

    def _prefill(self, values: dict) -> None:
        """A new visit started from a plan entry: its work area, cadres, kind and (a make-up
        session) the absentees as members talked to, filled in."""
        if values.get("work_area") and any(a["id"] == values["work_area"]
                                           for a in self.area.choices):
            self.area.setValue(values["work_area"])
            self._area_changed()
        known = {c["id"] for c in self.participants.choices}
        cadres = [c for c in values.get("participants", []) if c in known]
        if cadres:
            self.participants.setValue(cadres)
        if values.get("kind"):
            self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind"])))
        people = {c["id"]: c["name"] for c in self.talked_to.choices}
        talked = [m for m in values.get("talked_to", []) if m in people]
        if talked:
            self.talked_to.setValue(talked, people)
        self.date.setFocus()

    def _kind_changed(self, *_args) -> None:
        if not self._private_touched:
            self.private.setChecked(self.kind.currentData() in PRIVATE_BY_DEFAULT_KINDS)

    def _private_clicked(self, *_args) -> None:
        self._private_touched = True

    def _area_changed(self) -> None:
        area_id = self.area.value()
        known = any(a["id"] == area_id for a in self.area.choices)
        self.talked_to.set_choices(people_choices(area_id=area_id if known else None))

    # saving ------------------------------------------------------------------------------------
    def _write(self, data: dict):
        visit = (records.create(visits.KIND, data) if self.visit_id is None
                 else records.edit(visits.KIND, self.visit_id, data))
        if self.visit_id is None and data["participants"]:
            self.context.settings.setValue(default_participant_key(self.context),
                                           data["participants"][0])
        return visit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter let through by a field (the kind list, the private box, a number) moves on:
        Qt's default button (Save) took it, and a visit half typed was saved. Enter on a
        button presses that button (it pressed Save on Cancel too)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                if focus.isEnabled():
                    focus.click()
            elif focus is not None:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _save_from_the_end(self) -> bool:
        """Enter in the empty last field: save (the entry stays where it is if that fails)."""
        self.try_save()
        return True

    def try_save(self) -> None:
        self.date.complete()  # Ctrl+Enter from the date field: 6/3 gets its year first
        super().try_save()

    def _save_then_concern(self) -> None:
        self._concern_after = True
        self.try_save()
        if self.saved is None:
            self._concern_after = False

    def after_accept(self, parent: QWidget | None, context: AppContext) -> None:
        if self._concern_after and self.saved is not None:
            from desktop.dialogs.concern_dialog import ConcernDialog

            ConcernDialog.ask(parent, context, visit_id=self.saved.id)
