"""The 组织生活 page: the meetings (search; filters by branch, kind, period and "flagged only")
with the selected one's attendance and paper-only signals; and the quota grid (branches ×
months for one kind), coloured as the coverage heatmap is."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import clock, member_queries, records
from db.choices import MEETING_KINDS
from db.meetings import KIND, meeting_figures
from db.meetings.queries import ALL, meeting_ids, meeting_rows, quota_grid
from db.meetings.signals import GENERAL_BRANCH
from db.periods import month_period, quarter_period, year_period
from desktop.context import AppContext
from desktop.dialogs.make_up_dialog import MakeUpDialog
from desktop.dialogs.meeting_dialog import TABLE, MeetingDialog
from desktop.i18n import choice_label
from desktop.pages.meeting_committees import CommitteeList
from desktop.widgets.coverage_views import management_aid_note
from desktop.widgets.meeting_detail import MeetingDetail, branch_text, signal_text
from desktop.widgets.quota_grid import QuotaGridModel
from desktop.widgets.record_page import RecordPage
from desktop.widgets.record_table import Column
from desktop.widgets.tab_keys import tab_keys

FLAGGED_BACKGROUND = "#fff1d6"
GENERAL = "general"   # the branch filter's choice for the general branch's own meetings


THIS_YEAR = QT_TRANSLATE_NOOP("MeetingsPage", "This year")
THIS_QUARTER = QT_TRANSLATE_NOOP("MeetingsPage", "This quarter")
THIS_MONTH = QT_TRANSLATE_NOOP("MeetingsPage", "This month")


def periods(today: dt.date) -> list[tuple[str, object]]:
    """The period filter's choices: (label, Period)."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("MeetingsPage", text)

    out = [(tr(THIS_YEAR), year_period(today.year)), (tr(THIS_QUARTER), quarter_period(today)),
           (tr(THIS_MONTH), month_period(today))]
    for back in (1, 2, 3):
        out.append((str(today.year - back), year_period(today.year - back)))
    return out


class MeetingList(RecordPage):
    columns = [
        Column("held_on", QT_TRANSLATE_NOOP("columns", "Date"), width=84),
        Column("branch", QT_TRANSLATE_NOOP("columns", "Branch"), width=96),
        Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), width=175),
        Column("attendance", QT_TRANSLATE_NOOP("columns", "Present"), width=70),
        Column("signals", QT_TRANSLATE_NOOP("columns", "To check"), width=150),
        Column("topics", QT_TRANSLATE_NOOP("columns", "Topics")),
    ]
    table_name = TABLE
    default_sort = ("held_on", True)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._signals: dict[str, list] = {}
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Search topics, minutes, place, chair"))
        self.branch_filter = self.add_combo_filter(self.tr("Branch"), [])
        self.kind_filter = self.add_combo_filter(self.tr("Kind"), [
            (choice_label(MEETING_KINDS, k), k) for k in MEETING_KINDS])
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("period_filter")
        for label, period in periods(clock.today()):
            self.period_filter.addItem(label, period)
        self.add_filter(self.period_filter, self.period_filter.currentData, self.tr("Period"))
        self.flagged_filter = QCheckBox(self.tr("To check onl&y"))
        self.flagged_filter.setObjectName("flagged_filter")
        self.flagged_filter.setToolTip(self.tr("Meetings with a paper-only signal"))
        self.add_filter(self.flagged_filter, self.flagged_filter.isChecked)
        self._fill_branches()
        self.detail_panel = MeetingDetail(self)
        self.detail_panel.make_up_requested.connect(self._make_up)
        self.set_detail(self.detail_panel)
        self.splitter.setSizes([620, 420])
        context.events.changed.connect(self._choices_changed)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    def _fill_branches(self) -> None:
        combo = self.branch_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        combo.addItem(QCoreApplication.translate("db", GENERAL_BRANCH), GENERAL)
        for branch_id, name in member_queries.branch_choices():
            combo.addItem(name, branch_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _choices_changed(self, table: str) -> None:
        if table in ("*", "branch"):
            self._fill_branches()

    # RecordPage interface ----------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        branch, kind, period, flagged = filters
        branch_id = ALL if branch is None else None if branch == GENERAL else branch
        figures = meeting_figures(period, contacts=False)
        self._signals = {m.id: m.signals for m in figures.meetings}
        only = {m.id for m in figures.meetings if m.flagged} if flagged else None
        return meeting_ids(search=search, branch_id=branch_id, kind=kind, start=period.start,
                           end=period.end, only=only, sort_key=sort_key or "held_on",
                           descending=descending, deleted=deleted)

    def load_rows(self, ids: list[str]) -> list[dict]:
        out = []
        for row in meeting_rows(ids):
            flags = [s for s in self._signals.get(row.id, []) if s.flag]
            data = {"id": row.id, "held_on": row.held_on, "branch": branch_text(row.branch),
                    "kind": choice_label(MEETING_KINDS, row.kind),
                    "attendance": f"{row.present}/{row.expected}",
                    "signals": signal_text(flags[0]) if flags else "",
                    "topics": row.topics.replace("\n", " ")}
            if flags:
                data["_background"] = FLAGGED_BACKGROUND
                data["_tooltip"] = "\n".join(signal_text(s) for s in flags)
            out.append(data)
        return out

    def delete_record(self, record_id: str) -> None:
        records.delete(KIND, record_id)

    def restore_record(self, record_id: str) -> None:
        records.restore(KIND, record_id)

    def edit_record(self, record_id: str | None) -> bool:
        branch = self.branch_filter.currentData()
        saved, accepted = MeetingDialog.get_meeting(
            self, self.context, record_id,
            branch_id=branch if branch not in (None, GENERAL) else None)
        if accepted and saved:
            self.requery(keep=saved)
        return False   # the dialog has announced the change

    def record_label(self, record_id: str) -> str:
        row = self.model.record(self.model.row_of(record_id))
        return f"{row.get('held_on', '')} {row.get('kind', '')}"

    def empty_hint(self) -> str:
        return self.tr("No meeting recorded in this period. Click “New” to record one.")

    def empty_text(self, filtered: bool) -> str:
        """The period always holds a choice (this year by default): it is the page's frame, not
        a filter, so an empty database says what to do, not that nothing matches."""
        narrowed = bool(self.search.text().strip()) or any(
            get() for get in (self.branch_filter.currentData, self.kind_filter.currentData,
                              self.flagged_filter.isChecked))
        return super().empty_text(narrowed)

    def show_detail(self, record_id: str | None) -> None:
        if hasattr(self, "detail_panel"):
            self.detail_panel.show_meeting(record_id, self._signals.get(record_id, []))

    def _make_up(self, meeting_id: str, member_id: str) -> None:
        _saved, accepted = MakeUpDialog.get_make_up(self, self.context, meeting_id, member_id)
        if accepted:
            self.detail_panel.show_meeting(meeting_id, self._signals.get(meeting_id, []))


class QuotaGrid(QWidget):
    """One kind's quota, branch by branch, over the twelve months to this one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("grid_kind")
        for code in MEETING_KINDS:
            self.kind.addItem(choice_label(MEETING_KINDS, code), code)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.model = QuotaGridModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)
        self.view.setObjectName("quota_grid")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(38)
        legend = QLabel(self.tr("Each cell: meetings held that month. Green: quota met · red: "
                                "not met · amber: its period is still running · grey: to come."))
        legend.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kind")))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        layout.addWidget(management_aid_note(self.tr(
            "These figures are a management aid for seeing which meetings are due, not a score "
            "for rating people.")))

    def refresh(self) -> None:
        months, rows = quota_grid(self.kind.currentData())
        self.model.set_grid(months, rows, QCoreApplication.translate("db", GENERAL_BRANCH))
        # The twelve months share the width (resizing them to their contents had left them in
        # the left half of the page, the rest blank).
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


class MeetingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        tab_keys(self.tabs)
        self.tabs.setObjectName("meeting_tabs")
        self.list = MeetingList(context, self)
        self.grid = QuotaGrid(self)
        self.committees = CommitteeList(context, self)
        self.tabs.addTab(self.list, self.tr("Meetings"))
        self.tabs.addTab(self.grid, self.tr("Quotas"))
        self.tabs.addTab(self.committees, self.tr("Committees"))
        self.tabs.currentChanged.connect(lambda index: index == 1 and self.grid.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        context.events.changed.connect(self._changed)

    def _changed(self, table: str) -> None:
        if self.tabs.currentIndex() == 1 and table in ("*", TABLE, "meeting_quota"):
            self.grid.refresh()

    def refresh(self) -> None:
        self.list.refresh()
        if self.tabs.currentIndex() == 1:
            self.grid.refresh()
        elif self.tabs.currentIndex() == 2:
            self.committees.refresh()

    def show_record(self, record_id: str) -> bool:
        self.tabs.setCurrentIndex(0)
        return self.list.show_record(record_id)

    def show_quotas(self, kind: str | None = None) -> None:
        self.tabs.setCurrentIndex(1)
        if kind:
            self.grid.kind.setCurrentIndex(max(self.grid.kind.findData(kind), 0))
        self.grid.refresh()


