"""The dashboard's "this week's planned visits": late entries of the month first, then those
planned for this week (plans.this_week, computed with the dashboard's figures off the GUI
thread). Double-clicking one opens the quick visit entry filled in from it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QListWidgetItem, QVBoxLayout, QWidget

from db import plans
from db.i18n import fill
from desktop.context import AppContext
from desktop.i18n import choice_label
from desktop.widgets.coverage_views import tier_label
from desktop.widgets.plan_panel import record_visit_for
from desktop.widgets.wrapping_list import WrappingList, add_placeholder

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
LATE_COLOUR = "#b00020"


class PlanWeekBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("This week's planned visits"))
        self.entries: dict[str, plans.EntryView] = {}
        self.list = WrappingList()
        self.list.setObjectName("planned_this_week")
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self._activated)
        QVBoxLayout(self).addWidget(self.list)

    def show_entries(self, entries: list[plans.EntryView]) -> None:
        self.list.clear()
        self.entries = {e.id: e for e in entries}
        for entry in entries:
            template = (self.tr("Late (week {week}) · {cadre} → {area} ({tier}) · {purpose}")
                        if entry.state == "late" else
                        self.tr("Week {week} · {cadre} → {area} ({tier}) · {purpose}"))
            item = QListWidgetItem(fill(template, week=entry.week, cadre=entry.cadre,
                                        area=entry.area, tier=tier_label(entry.tier),
                                        purpose=choice_label(plans.PURPOSES, entry.purpose)))
            item.setData(ENTRY_ROLE, entry.id)
            item.setToolTip(self.tr("Double-click to record this visit"))
            if entry.state == "late":
                item.setForeground(QColor(LATE_COLOUR))
            self.list.addItem(item)
        if not entries:
            add_placeholder(self.list, self.tr("No planned visit is due or late this week."))

    def _activated(self, item: QListWidgetItem) -> None:
        entry = self.entries.get(item.data(ENTRY_ROLE))
        if entry is not None:
            record_visit_for(self.context, entry)
