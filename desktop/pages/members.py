"""The members page (党员): the roll with branch, work area and status; its detail shows where the
member worked (assignments, edited here), the areas a cadre answers for (包保), visits made and
concerns raised."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from db import member_queries, members, records, workarea_queries
from db.choices import (
    CONCERN_CATEGORIES,
    CONCERN_STATUSES,
    GENDERS,
    MEMBER_CATEGORIES,
    MEMBER_STATUSES,
    VISIT_KINDS,
)
from db.i18n import fill
from desktop.context import AppContext
from desktop.dialogs.member_dialog import MemberDialog
from desktop.i18n import choice_label
from desktop.widgets.detail_panel import DetailPanel
from desktop.widgets.meeting_history import show_member_meetings
from desktop.widgets.period_sections import PeriodSections
from desktop.widgets.record_page import RecordPage
from desktop.widgets.record_table import Column, display

MUTED = "#888888"


class MembersPage(RecordPage):
    table_name = "member"
    excel_export = True
    excel_import = True
    columns = [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), width=80),
        Column("gender", QT_TRANSLATE_NOOP("columns", "Gender"), width=60),
        Column("branch", QT_TRANSLATE_NOOP("columns", "Branch"), width=110),
        Column("work_area", QT_TRANSLATE_NOOP("columns", "Work area"), width=100),
        Column("job_post", QT_TRANSLATE_NOOP("columns", "Job post"), width=100),
        Column("party_post", QT_TRANSLATE_NOOP("columns", "Party post"), width=100),
        Column("is_cadre", QT_TRANSLATE_NOOP("columns", "Cadre"), width=50),
        Column("category", QT_TRANSLATE_NOOP("columns", "Category"), width=80),
        Column("joined_on", QT_TRANSLATE_NOOP("columns", "Joined"), width=90),
        Column("birth_date", QT_TRANSLATE_NOOP("columns", "Born"), width=90),
        Column("phone", QT_TRANSLATE_NOOP("columns", "Phone"), width=100),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), width=70),
    ]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.branch_filter = self.add_combo_filter(self.tr("Branch"), [])
        self.branch_filter.setObjectName("branch_filter")
        self.status_filter = self.add_combo_filter(
            self.tr("Status"), [(choice_label(MEMBER_STATUSES, s), s) for s in MEMBER_STATUSES])
        self.status_filter.setObjectName("status_filter")
        self.cadre_filter = self.add_combo_filter(
            self.tr("Cadre"), [(self.tr("Cadres"), True), (self.tr("Not cadres"), False)])
        self.cadre_filter.setObjectName("cadre_filter")
        self.area_filter = self.add_combo_filter(self.tr("Work area"), [])
        self.area_filter.setObjectName("area_filter")
        self._fill_choice_filters()

        panel = DetailPanel()
        self.periods = PeriodSections(self, panel, own="member_id",
                                      assignments_title=self.tr("Work areas (assignments)"),
                                      responsibilities_title=self.tr("Responsible for"))
        self.assignments_section = self.periods.assignments
        self.responsibilities_section = self.periods.responsibilities
        self.visits_section = panel.add_section(self.tr("Visits made"))
        self.concerns_section = panel.add_section(self.tr("Concerns raised"))
        self.meetings_section = panel.add_section(self.tr("Organisation life"))
        self.panel = panel
        self.set_detail(panel)

    # data --------------------------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        branch, status, cadre, area = filters
        return member_queries.member_ids(search=search, branch_id=branch, status=status,
                                         cadre=cadre, work_area_id=area, sort=sort_key,
                                         descending=descending, deleted=deleted)

    def load_rows(self, ids: list[str]) -> list[dict]:
        rows = member_queries.member_rows(ids)
        for row in rows:
            row["gender"] = choice_label(GENDERS, row["gender"])
            row["category"] = choice_label(MEMBER_CATEGORIES, row["category"])
            if row["status"] != "active":
                row["_foreground"] = MUTED
            row["status"] = choice_label(MEMBER_STATUSES, row["status"])
        return rows

    def delete_record(self, record_id: str) -> None:
        records.delete(members.KIND, record_id)

    def restore_record(self, record_id: str) -> None:
        records.restore(members.KIND, record_id)

    def edit_record(self, record_id: str | None) -> str | None:
        saved, _accepted = MemberDialog.ask(self, self.context, record_id,
                                            branch_id=self.branch_filter.currentData())
        return saved.id if saved is not None else None

    def refresh(self) -> None:
        self._fill_choice_filters()
        super().refresh()

    def _data_changed(self, table: str) -> None:
        if table in ("*", "branch", "work_area"):
            self._fill_choice_filters()
        super()._data_changed(table)

    def _fill_choice_filters(self) -> None:
        """Branches and work areas change elsewhere: refill their filters, keeping the choice."""
        for combo, pairs in ((self.branch_filter, member_queries.branch_choices()),
                             (self.area_filter, workarea_queries.area_choices())):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for record_id, name in pairs:
                combo.addItem(name, record_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # detail ------------------------------------------------------------------------------------
    def empty_hint(self) -> str:
        return self.tr("No members yet. Click “New” to add one, or “Import from Excel…” to bring "
                       "in a list.")

    def show_detail(self, record_id: str | None) -> None:
        panel = self.panel
        if record_id is None:
            panel.set_empty(self.tr("Choose a member to see assignments, areas of "
                                    "responsibility, visits made and concerns raised."))
            return
        d = member_queries.member_detail(record_id)
        role = self.tr("Cadre") if d["is_cadre"] else ""
        lines = [" · ".join(x for x in (d["branch"], d["party_post"], d["job_post"], role) if x),
                 choice_label(MEMBER_STATUSES, d["status"]), d["phone"]]
        panel.set_facts(d["name"], lines)
        for section in panel.sections:
            section.show()
        self.periods.set_editable(not d["deleted"])
        period = self.periods.period_text
        self.assignments_section.set_items(
            [(a["id"], period(a["area"], a["start_on"], a["end_on"]), a["end_on"] is not None)
             for a in d["assignments"]],
            self.tr("Not assigned to a work area"))
        cadre = d["is_cadre"] or bool(d["responsibilities"])
        self.responsibilities_section.setVisible(cadre)
        self.visits_section.setVisible(cadre)
        self.responsibilities_section.set_items(
            [(r["id"], period(r["area"], r["start_on"], r["end_on"]), r["end_on"] is not None)
             for r in d["responsibilities"]], self.tr("None"))
        self.visits_section.heading.setText(
            fill(self.tr("Visits made ({count})"), count=d["visits_count"]))
        self.visits_section.set_items(
            [(v["id"], "  ".join((display(v["visited_on"]), v["area"],
                                  choice_label(VISIT_KINDS, v["kind"]))), False)
             for v in d["visits"]], self.tr("None yet"))
        self.concerns_section.set_items(
            [(c["id"], "  ".join((display(c["raised_on"]), c["area"],
                                  choice_label(CONCERN_CATEGORIES, c["category"]),
                                  choice_label(CONCERN_STATUSES, c["status"]))), False)
             for c in d["concerns"]], self.tr("None"))
        show_member_meetings(self.meetings_section, record_id)

