"""The 组织生活 page's committee tab: who sits on each committee (a branch's 支委, or the general
branch's own), with role and term. New gives a seat, Enter corrects one, "End seat" closes it
on a day, Delete moves it to the trash. A committee meeting expects the seats held on its day."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from db import clock, records
from db.meetings import COMMITTEE_KIND, branch_names, seat_ids, seat_rows
from db.meetings.committee import ALL
from desktop.context import AppContext
from desktop.dialogs.seat_dialog import TABLE, SeatDialog
from desktop.widgets.record_page import RecordPage
from desktop.widgets.record_table import Column

GENERAL = "general"   # the committee filter's choice for the general committee


class CommitteeList(RecordPage):
    columns = [
        Column("branch", QT_TRANSLATE_NOOP("columns", "Committee"), width=150),
        Column("member", QT_TRANSLATE_NOOP("columns", "Member"), width=90),
        Column("role", QT_TRANSLATE_NOOP("columns", "Role"), width=180),
        Column("start_on", QT_TRANSLATE_NOOP("columns", "From"), width=90),
        Column("end_on", QT_TRANSLATE_NOOP("columns", "To"), width=90),
    ]
    table_name = TABLE
    default_sort = ("branch", False)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("committee_list")
        self.search.setPlaceholderText(self.tr("Search name, initials or role"))
        self.branch_filter = self.add_combo_filter(self.tr("Committee"), [])
        self.branch_filter.setObjectName("committee_filter")
        self.current_filter = QCheckBox(self.tr("In &office today"))
        self.current_filter.setObjectName("in_office_filter")
        self.current_filter.setChecked(True)
        self.add_filter(self.current_filter, self.current_filter.isChecked)
        self.end_button = QPushButton(self.tr("End sea&t…"))
        self.end_button.setObjectName("end_seat")
        self.end_button.setToolTip(self.tr("The day the member leaves the committee"))
        self.end_button.clicked.connect(self.end_current)
        self.toolbar.insertWidget(self.toolbar.indexOf(self.delete_button), self.end_button)
        self._fill_branches()
        note = QLabel(self.tr("A committee meeting expects the members who hold a seat on its "
                              "day. A branch committee's members come from the branch; the "
                              "general committee's from any branch."))
        note.setWordWrap(True)
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.addWidget(note)
        layout.addStretch(1)
        self.set_detail(detail)
        context.events.changed.connect(self._choices_changed)

    def _fill_branches(self) -> None:
        combo = self.branch_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        combo.addItem(self.tr("General committee"), GENERAL)
        for branch_id, name in branch_names().items():   # 第一, 第二 … in number order
            if branch_id is not None:
                combo.addItem(name, branch_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _choices_changed(self, table: str) -> None:
        if table in ("*", "branch"):
            self._fill_branches()

    def _branch(self):
        """The filter's committee as the db takes it: ALL, None (general) or a branch id."""
        branch = self.branch_filter.currentData()
        return ALL if branch is None else None if branch == GENERAL else branch

    # RecordPage interface ----------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        _branch, current = filters
        return seat_ids(branch_id=self._branch(), search=search,
                        current_on=clock.today() if current else None,
                        sort_key=sort_key or "branch", descending=descending, deleted=deleted)

    def load_rows(self, ids: list[str]) -> list[dict]:
        general = self.tr("General committee")
        return [{"id": r.id, "branch": r.branch or general, "member": r.member, "role": r.role,
                 "start_on": r.start_on, "end_on": r.end_on} for r in seat_rows(ids)]

    def delete_record(self, record_id: str) -> None:
        records.delete(COMMITTEE_KIND, record_id)

    def restore_record(self, record_id: str) -> None:
        records.restore(COMMITTEE_KIND, record_id)

    def edit_record(self, record_id: str | None, *, ending: bool = False) -> str | bool:
        branch = self._branch()
        saved, accepted = SeatDialog.ask(self, self.context, record_id,
                                         branch_id=None if branch == ALL else branch,
                                         ending=ending)
        return saved.id if accepted and saved is not None else False

    def end_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or self.trash.isChecked():
            return
        saved = self.edit_record(record_id, ending=True)
        if isinstance(saved, str):
            self.select(saved)

    def record_label(self, record_id: str) -> str:
        row = self.model.record(self.model.row_of(record_id))
        return f"{row.get('member', '')} {row.get('role', '')}".strip()

    def empty_hint(self) -> str:
        return self.tr("No committee seat recorded. Click “New” to give one.")

    def _trash_toggled(self, on: bool) -> None:
        if hasattr(self, "end_button"):
            self.end_button.setVisible(not on)
        super()._trash_toggled(on)

    def _current_changed(self) -> None:
        super()._current_changed()
        if hasattr(self, "end_button"):
            self.end_button.setEnabled(self.current_id() is not None)
