"""The concerns page: every concern with its state, overdue ones marked; the selected one's facts,
its history, and the steps its state allows."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import concerns, records
from db.choices import CONCERN_CATEGORIES, CONCERN_STATUSES, SATISFACTION
from db.concerns import OPEN_STATUSES, concern_ids, concern_rows, flow, history
from db.i18n import fill
from db.members import list_cadres
from db.models import ConcernEvent
from db.workareas import list_work_areas
from desktop.context import AppContext
from desktop.dialogs.concern_action_dialog import ConcernActionDialog
from desktop.dialogs.concern_dialog import TABLE, ConcernDialog
from desktop.i18n import choice_label
from desktop.widgets.record_page import RecordPage
from desktop.widgets.record_table import Column

OVERDUE_BACKGROUND = "#fde2e1"
NOT_CLOSED = "not_closed"  # the status filter's choice for open and in progress
CLOSED_FOREGROUND = "#666666"

EVENT_LABELS = {
    "created": QT_TRANSLATE_NOOP("ConcernsPage", "Recorded"),
    "edited": QT_TRANSLATE_NOOP("ConcernsPage", "Corrected"),
    "started": QT_TRANSLATE_NOOP("ConcernsPage", "Handling started"),
    "resolved": QT_TRANSLATE_NOOP("ConcernsPage", "Resolved"),
    "explained": QT_TRANSLATE_NOOP("ConcernsPage", "Explained"),
    "reopened": QT_TRANSLATE_NOOP("ConcernsPage", "Reopened"),
    "reassigned": QT_TRANSLATE_NOOP("ConcernsPage", "Reassigned"),
    "satisfaction": QT_TRANSLATE_NOOP("ConcernsPage", "Satisfaction recorded"),
}


def local_time(at: dt.datetime) -> str:
    """Event times are stored in UTC; people read them in local time."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class ConcernDetail(QWidget):
    """The selected concern: its facts, the buttons for the steps allowed now, and its history."""

    def __init__(self, page: ConcernsPage) -> None:
        super().__init__(page)
        self.page = page
        self.concern_id: str | None = None  # the concern shown
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (("status", self.tr("Status")), ("area", self.tr("Work area")),
                           ("raised", self.tr("Raised")), ("category", self.tr("Category")),
                           ("owner", self.tr("Owner")), ("due", self.tr("Due")),
                           ("response", self.tr("Response")),
                           ("feedback", self.tr("Worker told on")),
                           ("satisfaction", self.tr("Satisfaction"))):
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, value)
            self.values[key] = value
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        # Each with its own letter beside the page's buttons and the menus; Reopen and
        # Satisfaction show only when Explain and Reassign do not, so they share P and I.
        labels = {flow.START: self.tr("Start hand&ling…"), flow.RESOLVE: self.tr("Resol&ve…"),
                  flow.EXPLAIN: self.tr("Ex&plain…"), flow.REASSIGN: self.tr("Reass&ign…"),
                  flow.REOPEN: self.tr("Reo&pen…"), flow.SATISFY: self.tr("Sat&isfaction…")}
        for action in flow.ACTIONS["open"] + flow.ACTIONS["resolved"]:
            button = QPushButton(labels[action])
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _checked=False, a=action: self.page.run(a))
            actions.addWidget(button)
            self.buttons[action] = button
        actions.addStretch()
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.empty = QLabel(self.tr("Choose a concern to see its history and what can be done."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addLayout(actions)
        self.history_heading = QLabel(self.tr("History"))
        self.history_heading.setObjectName("history_heading")
        self.history_heading.setFont(font)  # bold, like the section headings of other panels
        layout.addWidget(self.history_heading)
        layout.addWidget(self.timeline, 1)
        self.show_concern(None)

    def show_concern(self, concern_id: str | None) -> None:
        rows = concern_rows([concern_id]) if concern_id else []
        row = rows[0] if rows else None
        self.concern_id = row.id if row is not None else None
        self.empty.setVisible(row is None)
        for widget in (self.title, self.history_heading, self.timeline):
            widget.setVisible(row is not None)
        for value in self.values.values():
            self.facts.setRowVisible(value, row is not None)
        live = row is not None and not self.page.in_trash()
        allowed = flow.allowed_actions(records.get(concerns.KIND, concern_id)) if live else []
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        self.timeline.clear()
        if row is None:
            return
        self.title.setText(row.description)
        status = choice_label(CONCERN_STATUSES, row.status)
        if row.overdue:
            status += " · " + self.tr("overdue")
        v = self.values
        v["status"].setText(status)
        v["area"].setText(row.area)
        v["raised"].setText(f"{row.raised_on.isoformat()} {row.raised_by}")
        v["category"].setText(choice_label(CONCERN_CATEGORIES, row.category))
        v["owner"].setText(row.owner)
        v["due"].setText(row.due_on.isoformat())
        v["response"].setText(row.response)
        v["feedback"].setText(row.feedback_on.isoformat() if row.feedback_on else "")
        v["satisfaction"].setText(choice_label(SATISFACTION, row.satisfaction))
        for key in ("response", "feedback", "satisfaction"):  # only once there is an answer
            self.facts.setRowVisible(v[key], bool(v[key].text()))
        for event in history(row.id):
            self.timeline.addItem(QListWidgetItem(self.event_text(event)))

    def event_text(self, event: ConcernEvent) -> str:
        label = QCoreApplication.translate("ConcernsPage", EVENT_LABELS.get(event.action,
                                                                            event.action))
        parts = [local_time(event.at), label]
        if event.from_status and event.to_status and event.from_status != event.to_status:
            parts.append(choice_label(CONCERN_STATUSES, event.from_status) + " → "
                         + choice_label(CONCERN_STATUSES, event.to_status))
        if event.actor:
            parts.append(event.actor)
        text = choice_label(SATISFACTION, event.text) if event.action == "satisfaction" \
            else event.text
        line = " · ".join(parts)
        return f"{line}\n{text}" if text else line


class ConcernsPage(RecordPage):
    columns = [
        Column("raised_on", QT_TRANSLATE_NOOP("columns", "Raised"), width=84),
        Column("area", QT_TRANSLATE_NOOP("columns", "Work area"), width=90),
        Column("raised_by", QT_TRANSLATE_NOOP("columns", "Raised by"), width=64),
        Column("category", QT_TRANSLATE_NOOP("columns", "Category"), width=116),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), width=126),
        Column("owner", QT_TRANSLATE_NOOP("columns", "Owner"), width=64),
        Column("due_on", QT_TRANSLATE_NOOP("columns", "Due"), width=84),
        Column("description", QT_TRANSLATE_NOOP("columns", "Concern")),
    ]
    table_name = TABLE
    excel_export = True
    default_sort = ("due_on", False)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Search text, area, names"))
        self.status_filter = self.add_combo_filter(self.tr("Status"), [
            (self.tr("Not closed"), NOT_CLOSED),
            *((choice_label(CONCERN_STATUSES, code), code) for code in CONCERN_STATUSES)])
        # The page opens on the work to do (soonest due first); "All" is the first choice.
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(self.status_filter.findData(NOT_CLOSED))
        self.status_filter.blockSignals(False)
        self.area_filter = self.add_combo_filter(self.tr("Work area"), [])
        self.owner_filter = self.add_combo_filter(self.tr("Owner"), [])
        self.overdue_filter = QCheckBox(self.tr("&Overdue only"))
        self.overdue_filter.setObjectName("overdue_filter")
        self.add_filter(self.overdue_filter, self.overdue_filter.isChecked)
        self._fill_choices()
        self.detail_panel = ConcernDetail(self)
        self.splitter.replaceWidget(1, self.detail_panel)
        self.detail.deleteLater()
        self.detail = self.detail_panel
        self.splitter.setSizes([660, 340])
        context.events.changed.connect(self._choices_changed)
        due_column = [c.key for c in self.columns].index(self.default_sort[0])
        self.table.horizontalHeader().setSortIndicator(due_column, Qt.SortOrder.AscendingOrder)

    # choices in the filters follow the areas and cadres ----------------------------------------
    def _fill_choices(self) -> None:
        for combo, options in (
                (self.area_filter, [(a.name, a.id) for a in list_work_areas(active_only=True)]),
                (self.owner_filter, [(m.name, m.id) for m in list_cadres()])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in options:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _choices_changed(self, table: str) -> None:
        if table in ("*", "work_area", "member"):
            self._fill_choices()

    # RecordPage interface ----------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        status, area_id, owner_id, overdue = filters
        statuses = OPEN_STATUSES if status == NOT_CLOSED else [status] if status else None
        return concern_ids(sort_key=sort_key or "due_on", descending=descending, search=search,
                           statuses=statuses, area_id=area_id, owner_id=owner_id,
                           overdue=overdue, deleted=deleted)

    def load_rows(self, ids: list[str]) -> list[dict]:
        out = []
        for row in concern_rows(ids):
            data = {
                "id": row.id, "raised_on": row.raised_on, "area": row.area,
                "raised_by": row.raised_by, "owner": row.owner, "due_on": row.due_on,
                "category": choice_label(CONCERN_CATEGORIES, row.category),
                "status": choice_label(CONCERN_STATUSES, row.status),
                "description": row.description.replace("\n", " "),
                "_tooltip": row.description,
            }
            if row.overdue:
                data["_background"] = OVERDUE_BACKGROUND
                data["status"] += " · " + self.tr("overdue")
                data["_tooltip"] = fill(self.tr("Overdue since {day}"),
                                        day=row.due_on.isoformat()) + "\n" + row.description
            elif row.closed_on:
                data["_foreground"] = CLOSED_FOREGROUND
            out.append(data)
        return out

    def delete_record(self, record_id: str) -> None:
        records.delete(concerns.KIND, record_id)

    def restore_record(self, record_id: str) -> None:
        records.restore(concerns.KIND, record_id)

    def edit_record(self, record_id: str | None) -> bool:
        if record_id is None:
            saved, _accepted = ConcernDialog.ask(self, self.context,
                                                 area_id=self.area_filter.currentData())
        else:
            saved, _accepted = ConcernDialog.ask(self, self.context, concern_id=record_id)
        return saved.id if saved is not None else None

    def record_label(self, record_id: str) -> str:
        row = self.model.record(self.model.row_of(record_id))
        text = str(row.get("description", ""))
        return text if len(text) <= 20 else text[:20] + "…"

    def empty_text(self, filtered: bool) -> str:
        only_open = (self.status_filter.currentData() == NOT_CLOSED and not self.search.text()
                     and self.area_filter.currentData() is None
                     and self.owner_filter.currentData() is None
                     and not self.overdue_filter.isChecked())
        if only_open and not self.trash.isChecked():
            return self.tr("No open concern. Click “New” to log a worker's concern; resolved and "
                           "explained ones are under Status “All”.")
        return super().empty_text(filtered)

    def show_detail(self, record_id: str | None) -> None:
        if hasattr(self, "detail_panel"):
            self.detail_panel.show_concern(record_id)

    # steps --------------------------------------------------------------------------------------
    def in_trash(self) -> bool:
        return self.trash.isChecked()

    def run(self, action: str) -> None:
        """A step on the concern in the detail panel (the selected one, or one just closed)."""
        record_id = self.detail_panel.concern_id
        if record_id is None:
            return
        ConcernActionDialog.ask(self, self.context, action, records.get(concerns.KIND, record_id))
        if self.current_id() is None:
            # The step closed it and "Not closed" now hides it: keep it in view with its
            # answer and history, rather than an empty panel.
            self.detail_panel.show_concern(record_id)
