"""The work-areas page (工区): every area with its tier, people and last visit; its detail shows who
works there, which cadres answer for it (包保, edited here), recent visits and open concerns."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QWidget

from db import records, workarea_queries, workareas
from db.choices import ACCESS_TIERS, CONCERN_CATEGORIES, VISIT_KINDS
from db.i18n import LIST_SEPARATOR, fill
from desktop.context import AppContext
from desktop.dialogs.area_dialog import AreaDialog
from desktop.i18n import choice_label, tr_db
from desktop.widgets.detail_panel import ID_ROLE, DetailPanel
from desktop.widgets.period_sections import PeriodSections
from desktop.widgets.record_page import RecordPage
from desktop.widgets.record_table import Column, display

MUTED = "#888888"
OVERDUE = "#b00020"


class AreasPage(RecordPage):
    table_name = "work_area"
    excel_export = True
    columns = [
        Column("name", QT_TRANSLATE_NOOP("columns", "Work area"), width=120),
        Column("code", QT_TRANSLATE_NOOP("columns", "Code"), width=60),
        Column("line_section", QT_TRANSLATE_NOOP("columns", "Line / section"), width=190),
        Column("access_tier", QT_TRANSLATE_NOOP("columns", "Access"), width=70),
        Column("distance_km", QT_TRANSLATE_NOOP("columns", "km"), align_right=True, width=50),
        Column("travel_minutes", QT_TRANSLATE_NOOP("columns", "Travel min"), align_right=True,
               width=70),
        Column("headcount", QT_TRANSLATE_NOOP("columns", "Workers"), align_right=True, width=60),
        Column("members", QT_TRANSLATE_NOOP("columns", "Members"), align_right=True, width=60),
        Column("cadres", QT_TRANSLATE_NOOP("columns", "Responsible cadres"), width=110,
               sortable=False),
        Column("last_visit", QT_TRANSLATE_NOOP("columns", "Last visit"), width=90),
        Column("open_concerns", QT_TRANSLATE_NOOP("columns", "Open concerns"), align_right=True,
               width=80),
        Column("overdue_concerns", QT_TRANSLATE_NOOP("columns", "Overdue concerns"),
               align_right=True, width=80),
        # blank: in use since before any record
        Column("in_use_since", QT_TRANSLATE_NOOP("columns", "In use since"), width=80),
        Column("active", QT_TRANSLATE_NOOP("columns", "Active"), width=50),
        Column("deactivated_on", QT_TRANSLATE_NOOP("columns", "Deactivated on"), width=80),
    ]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search.setPlaceholderText(self.tr("Search name, code, line or pinyin (e.g. smz)"))
        self.tier_filter = self.add_combo_filter(
            self.tr("Access"), [(choice_label(ACCESS_TIERS, t), t) for t in ACCESS_TIERS])
        self.tier_filter.setObjectName("tier_filter")
        self.active_filter = self.add_combo_filter(
            self.tr("In use"), [(self.tr("Active"), True), (self.tr("Inactive"), False)])
        self.active_filter.setObjectName("active_filter")
        self.line_filter = self.add_combo_filter(self.tr("Line"), [])
        self.line_filter.setObjectName("line_filter")
        self._fill_lines()

        panel = DetailPanel()
        self.periods = PeriodSections(self, panel, own="area_id",
                                      assignments_title=self.tr("Members working here"),
                                      responsibilities_title=self.tr("Responsible cadres"))
        self.members_section = self.periods.assignments
        self.cadres_section = self.periods.responsibilities
        self.visits_section = panel.add_section(self.tr("Recent visits"))
        self.concerns_section = panel.add_section(self.tr("Open concerns"))
        # a double click (or Enter) opens the visit or concern on its own page
        self.visits_section.list.itemActivated.connect(
            lambda item: self.context.navigator.open_record("visits", item.data(ID_ROLE)))
        self.concerns_section.list.itemActivated.connect(
            lambda item: self.context.navigator.open_record("concerns", item.data(ID_ROLE)))
        self.panel = panel
        self.set_detail(panel)
        self.packet_button = QPushButton(self.tr("Field &packet…"))
        self.packet_button.setToolTip(self.tr("One A4 page to carry to this work area"))
        self.packet_button.clicked.connect(self._save_packet)
        self.toolbar.addWidget(self.packet_button)

    def _save_packet(self) -> None:
        from desktop.widgets.plan_panel import save_packet

        area_id = self.current_id()
        if area_id:
            save_packet(self, self.context, area_id, records.get(workareas.KIND, area_id).name)

    # data --------------------------------------------------------------------------------------
    def query_ids(self, search: str, filters: list, sort_key: str, descending: bool,
                  deleted: bool) -> list[str]:
        tier, active, line = filters
        return workarea_queries.area_ids(search=search, tier=tier, active=active, line_section=line,
                                     sort=sort_key, descending=descending, deleted=deleted)

    def load_rows(self, ids: list[str]) -> list[dict]:
        rows = workarea_queries.area_rows(ids)
        for row in rows:
            row["access_tier"] = choice_label(ACCESS_TIERS, row["access_tier"])
            if not row["active"]:
                row["_foreground"] = MUTED
        return rows

    def delete_record(self, record_id: str) -> None:
        records.delete(workareas.KIND, record_id)

    def restore_record(self, record_id: str) -> None:
        records.restore(workareas.KIND, record_id)

    def edit_record(self, record_id: str | None) -> str | None:
        saved, _accepted = AreaDialog.ask(self, self.context, record_id)
        return saved.id if saved is not None else None

    def _data_changed(self, table: str) -> None:
        if table in ("*", "work_area"):
            self._fill_lines()
        super()._data_changed(table)

    def _fill_lines(self) -> None:
        """The lines in use change with the areas: refill the filter, keeping the choice."""
        current = self.line_filter.currentData()
        self.line_filter.blockSignals(True)
        while self.line_filter.count() > 1:
            self.line_filter.removeItem(1)
        for line in workarea_queries.line_sections():
            self.line_filter.addItem(line, line)
        index = self.line_filter.findData(current)
        self.line_filter.setCurrentIndex(max(index, 0))
        self.line_filter.blockSignals(False)

    # detail ------------------------------------------------------------------------------------
    def empty_hint(self) -> str:
        return self.tr("No work areas yet. Click “New” to add the workshop's work areas; visits "
                       "and coverage are counted per work area.")

    def show_detail(self, record_id: str | None) -> None:
        panel = self.panel
        if record_id is None:
            panel.set_empty(self.tr("Choose a work area to see who works there, its responsible "
                                    "cadres, recent visits and open concerns."))
            return
        d = workarea_queries.area_detail(record_id)
        lines = [" · ".join(x for x in (choice_label(ACCESS_TIERS, d["access_tier"]),
                                        d["line_section"], d["location"]) if x),
                 fill(self.tr("{count} workers"), count=d["headcount"])]
        if d["in_use_since"]:
            lines.append(fill(self.tr("In use since {day}"), day=display(d["in_use_since"])))
        if not d["active"]:
            lines.append(fill(self.tr("Not in use since {day}"), day=display(d["deactivated_on"]))
                         if d["deactivated_on"] else self.tr("Not in use"))
        panel.set_facts(d["name"], lines)
        for section in panel.sections:
            section.show()
        self.periods.set_editable(not d["deleted"])
        period = self.periods.period_text
        self.members_section.set_items(
            [(m["assignment_id"], period(m["name"], m["start_on"], m["end_on"]), False)
             for m in d["members"]], self.tr("No one assigned"))
        self.cadres_section.set_items(
            [(c["responsibility_id"], period(c["name"], c["start_on"], c["end_on"]),
              False) for c in d["cadres"]], self.tr("No cadre responsible"))
        self.visits_section.set_items(
            [(v["id"], "  ".join((display(v["visited_on"]), choice_label(VISIT_KINDS, v["kind"]),
                                  tr_db(LIST_SEPARATOR).join(v["participants"]))), False)
             for v in d["visits"]], self.tr("Never visited"))
        overdue = sum(c["overdue"] for c in d["concerns"])
        heading = (self.tr("Open concerns ({count}, {overdue} overdue)") if overdue
                   else self.tr("Open concerns ({count})"))
        self.concerns_section.heading.setText(
            fill(heading, count=len(d["concerns"]), overdue=overdue))
        self.concerns_section.set_items(
            [(c["id"], self._concern_text(c), OVERDUE if c["overdue"] else False)
             for c in d["concerns"]], self.tr("None open"))


    def _concern_text(self, c: dict) -> str:
        due = fill(self.tr("due {day}"), day=display(c["due_on"]))
        if c["overdue"]:
            due = fill(self.tr("overdue since {day}"), day=display(c["due_on"]))
        description = c["description"].splitlines()[0] if c["description"] else ""
        return "  ".join((choice_label(CONCERN_CATEGORIES, c["category"]), description[:40],
                          c["owner"], due))
