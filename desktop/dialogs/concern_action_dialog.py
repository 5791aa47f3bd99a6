"""One small dialog per lifecycle step, asking exactly what db.concerns.flow's rule for it needs.

The fields carry the names the rules use (response, feedback_on, closed_on, reason, owner, note,
satisfaction), so a refusal appears next to the field it is about, as the user types.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from db import clock
from db.choices import SATISFACTION
from db.concerns import flow
from db.members import list_cadres
from db.models import Concern
from desktop.context import AppContext
from desktop.dialogs.concern_dialog import TABLE, actor_of
from desktop.i18n import choice_label
from desktop.widgets.fields import date_edit
from desktop.widgets.record_dialog import RecordDialog

C = "ConcernActions"
# Button text and dialog title of each action.
ACTION_LABELS = {
    flow.START: QT_TRANSLATE_NOOP("ConcernActions", "Start handling"),
    flow.RESOLVE: QT_TRANSLATE_NOOP("ConcernActions", "Resolve"),
    flow.EXPLAIN: QT_TRANSLATE_NOOP("ConcernActions", "Explain"),
    flow.REASSIGN: QT_TRANSLATE_NOOP("ConcernActions", "Reassign"),
    flow.REOPEN: QT_TRANSLATE_NOOP("ConcernActions", "Reopen"),
    flow.SATISFY: QT_TRANSLATE_NOOP("ConcernActions", "Satisfaction"),
}


def action_label(action: str) -> str:
    return QCoreApplication.translate(C, ACTION_LABELS[action])


def _text(height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ConcernActionDialog(RecordDialog):
    """The dialog for one `action` on `concern`; Save applies it through db.concerns.flow:
    `ConcernActionDialog.ask(parent, context, action, concern)`."""

    table = TABLE

    def __init__(self, parent: QWidget | None, context: AppContext, action: str,
                 concern: Concern) -> None:
        super().__init__(
            parent, action_label(action),
            check=lambda data: flow.check(action, concern.id, data),
            save=lambda data: flow.perform(action, concern.id, data, actor=actor_of(context)))
        self.setObjectName(f"{action}_dialog")
        self.resize(420, 0)
        getattr(self, f"_ask_{action}")(concern)

    def _ask_start(self, concern: Concern) -> None:
        self.add_field("note", self.tr("What is being done (optional)"), _text(60))

    def _ask_resolve(self, concern: Concern) -> None:
        self.add_field("response", self.tr("Response: what was done"), _text())
        self.add_field("closed_on", self.tr("Resolved on"), date_edit(clock.today()))
        self.add_field("feedback_on", self.tr("Worker told on (optional)"), date_edit())

    def _ask_explain(self, concern: Concern) -> None:
        self.add_field("response", self.tr("Explanation: why it cannot be solved"), _text())
        self.add_field("feedback_on", self.tr("Worker told on"), date_edit())

    def _ask_reopen(self, concern: Concern) -> None:
        self.add_field("reason", self.tr("Reason for reopening"), _text(60))

    def _ask_reassign(self, concern: Concern) -> None:
        owner = QComboBox()
        owner.addItem("", None)
        for cadre in list_cadres():
            if cadre.id != concern.owner_id:
                owner.addItem(cadre.name, cadre.id)
        self.add_field("owner", self.tr("New owner"), owner)
        self.add_field("note", self.tr("Note (optional)"), _text(60))

    def _ask_satisfaction(self, concern: Concern) -> None:
        choice = QComboBox()
        choice.addItem(self.tr("(not recorded)"), None)
        for code in SATISFACTION:
            choice.addItem(choice_label(SATISFACTION, code), code)
        choice.setCurrentIndex(max(choice.findData(concern.satisfaction), 0))
        self.add_field("satisfaction", self.tr("Worker's satisfaction"), choice)
