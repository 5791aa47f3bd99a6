"""The month's visit plan on the coverage page: entries with their states, plan against actual,
and what to do with an entry (record its visit, drop it, print its field packet, a calendar)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import clock, plans, records
from db.files import write_whole
from db.i18n import fill
from desktop.context import AppContext
from desktop.i18n import choice_label, error_text
from desktop.widgets.absentee_list import absentee_label
from desktop.widgets.coverage_views import tier_label

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_COLOURS = {"late": "#b00020", "done": "#1e6b34", "dropped": "#80868b", "open": ""}


def prefill_of(entry: plans.EntryView) -> dict:
    """What the quick visit entry starts with for a plan entry (a make-up session: the
    absentees it is for as the members talked to)."""
    return {"work_area": entry.area_id, "participants": [entry.cadre_id],
            "kind": plans.PURPOSE_VISIT_KIND.get(entry.purpose, "work_along"),
            "talked_to": list(dict.fromkeys(a.member_id for a in entry.absentees))}


def purpose_text(entry: plans.EntryView) -> str:
    """The purpose, with whom a make-up session is for: 补课：王铁柱、赵大勇."""
    label = choice_label(plans.PURPOSES, entry.purpose)
    if not entry.absentees:
        return label
    names = QCoreApplication.translate("PlanPanel", ", ").join(
        dict.fromkeys(a.name for a in entry.absentees))
    return fill(QCoreApplication.translate("PlanPanel", "{purpose}: {names}"), purpose=label,
                names=names)


def record_visit_for(context: AppContext, entry: plans.EntryView) -> None:
    """The quick visit entry, filled in from `entry`."""
    context.navigator.record_visit(prefill_of(entry))


def save_packet(widget: QWidget, context: AppContext, area_id: str, area_name: str,
                entry: plans.EntryView | None = None) -> None:
    """Ask where, then write the field packet (走访准备单) of one work area."""
    title = QCoreApplication.translate("PlanPanel", "Save the field packet")
    path = context.dialogs.save_file(title, "PDF (*.pdf)", f"{area_name}.pdf")
    if path is None:
        return
    from desktop.report.packet import packet_pdf

    try:
        write_whole(path, packet_pdf([plans.area_packet(area_id, entry=entry)],
                                     QCoreApplication.translate))
    except Exception as exc:  # noqa: BLE001 - every failure is shown as one line
        context.dialogs.error(title, error_text(exc))


class PlanPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.month = clock.today().replace(day=1)
        self.plan: plans.Plan | None = None
        self.STATES = {state: QCoreApplication.translate(plans.STATE_CONTEXT, name)
                       for state, name in plans.STATE_NAMES.items()}

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("F&ill from the suggestions"))
        self.fill_button.clicked.connect(self.fill)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit)
        self.month_packet_button = QPushButton(self.tr("The cadre's &month of packets…"))
        self.month_packet_button.clicked.connect(self.save_month_packets)
        self.visit_button = QPushButton(self.tr("Record its &visit…"))
        self.visit_button.clicked.connect(self.record_visit)
        self.make_ups_button = QPushButton(self.tr("Record the ma&ke-ups…"))
        self.make_ups_button.setToolTip(self.tr(
            "A done make-up session: each absentee it was for made the meeting up on the "
            "visit's day."))
        self.make_ups_button.clicked.connect(self.record_make_ups)
        self.drop_button = QPushButton(self.tr("Dr&op…"))
        self.drop_button.clicked.connect(self.drop)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.packet_button = QPushButton(self.tr("Field &packet…"))
        self.packet_button.clicked.connect(self.save_packet)
        self.ics_button = QPushButton(self.tr("Ca&lendar (.ics)…"))
        self.ics_button.clicked.connect(self.save_calendar)
        # Two rows, so the tab fits a 1280-pixel window in both languages: the month's plan,
        # then what to do with the selected entry.
        month_row, entry_row = QHBoxLayout(), QHBoxLayout()
        for row, group in ((month_row, (self.fill_button, self.add_button, self.ics_button)),
                           (entry_row, (self.edit_button, self.visit_button,
                                        self.make_ups_button, self.drop_button,
                                        self.delete_button, self.packet_button,
                                        self.month_packet_button))):
            for button in group:
                row.addWidget(button)
            row.addStretch()

        self.table = QTableWidget(0, 7)
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("plan_entries")
        self.table.setHorizontalHeaderLabels([
            self.tr("Week"), self.tr("Cadre"), self.tr("Work area"), self.tr("Tier"),
            self.tr("Purpose"), self.tr("State"), self.tr("Visit")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.record_visit())

        self.tally = QTableWidget(0, 6)
        self.tally.setTabKeyNavigation(False)
        self.tally.setObjectName("plan_tally")
        self.tally.setHorizontalHeaderLabels([self.tr("Plan against actual"), *(
            QCoreApplication.translate("plans", header) for _key, header in plans.TALLY_COLUMNS)])
        self.tally.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tally.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tally.verticalHeader().setVisible(False)
        self.tally.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tally.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        tables = QHBoxLayout()
        tables.addWidget(self.table, 3)
        tables.addWidget(self.tally, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(month_row)
        layout.addLayout(entry_row)
        layout.addLayout(tables, 1)
        layout.addWidget(QLabel(self.tr(
            "An entry is done when its cadre visits its work area in the month; late once its "
            "week is over without one. Double-click an entry to record its visit.")))
        self._selection_changed()

    # data ------------------------------------------------------------------------------------
    def set_month(self, month: dt.date) -> None:
        self.month = month.replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        self.plan = plans.month_plan(self.month)
        self.show_plan(self.plan)

    def show_plan(self, plan: plans.Plan) -> None:
        t = plan.total
        self.summary.setText(fill(self.tr("Visit plan {month}: {planned} planned, {done} done, "
                                          "{open} open, {late} late, {dropped} dropped."),
            month=plans.month_label(plan.month), planned=t.planned, done=t.done, open=t.open,
            late=t.late, dropped=t.dropped))
        self.table.setRowCount(len(plan.entries))
        for row, entry in enumerate(plan.entries):
            when = (entry.planned_on.isoformat() if entry.planned_on else
                    f"{entry.week} ({entry.week_start.day}–{entry.week_end.day})")
            own = self.tr(" (own area)") if entry.own_area else ""
            cells = [when, entry.cadre, entry.area + own, tier_label(entry.tier),
                     purpose_text(entry), self.STATES[entry.state],
                     entry.visit_date.isoformat() if entry.visit_date else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.id)
                if column == 5 and STATE_COLOURS[entry.state]:
                    item.setForeground(QColor(STATE_COLOURS[entry.state]))
                if entry.dropped_reason:
                    item.setToolTip(entry.dropped_reason)
                elif column == 4 and entry.absentees:
                    item.setToolTip("\n".join(
                        absentee_label(a.name, a.kind, a.held_on) for a in entry.absentees))
                self.table.setItem(row, column, item)
        groups: list = [(self.tr("All entries"), plan.total, True)]
        groups += [(tier_label(tier), tally, False)
                   for tier, tally in sorted(plan.by_tier.items(), reverse=True)]
        groups += [(name, tally, False) for name, tally in sorted(plan.by_cadre.items())]
        self.tally.setRowCount(len(groups) if plan.entries else 0)
        shade = QColor("#eef1f5")
        for row, (name, tally, total) in enumerate(groups if plan.entries else []):
            values = [name, *tally.values()]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if total or row <= len(plan.by_tier):  # the total and the tiers, then cadres
                    item.setBackground(shade)
                if total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.tally.setItem(row, column, item)
        self._selection_changed()

    def selected(self) -> plans.EntryView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.plan is None:
            return None
        entry_id = self.table.item(rows[0].row(), 0).data(ID_ROLE)
        return next((e for e in self.plan.entries if e.id == entry_id), None)

    def _selection_changed(self) -> None:
        entry = self.selected()
        for button in (self.visit_button, self.drop_button, self.delete_button,
                       self.packet_button, self.edit_button, self.month_packet_button):
            button.setEnabled(entry is not None)
        self.make_ups_button.setEnabled(entry is not None and entry.state == "done"
                                        and bool(plans.pending_make_ups(entry)))
        if entry is not None:
            self.drop_button.setText(self.tr("Rei&nstate") if entry.state == "dropped"
                                     else self.tr("Dr&op…"))

    # actions ---------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.context.events.notify("plan_entry")
        self.refresh()

    def _run(self, action) -> bool:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - every failure is shown as one line
            self.context.dialogs.error(self.tr("Visit plan"), error_text(exc))
            return False
        return True

    def fill(self) -> None:
        if not self._run(lambda: plans.refuse_past_month(self.month)):
            return  # said before asking to replace entries with a draft that would be refused
        replace = bool(self.plan and self.plan.entries)
        question = fill(self.tr("Replace the {count} entries of {month} with a new draft? "
                                "They go to the trash."),
                        count=len(self.plan.entries) if self.plan else 0,
                        month=plans.month_label(self.month))
        if replace and not self.context.dialogs.confirm(self.tr("Visit plan"), question):
            return
        if self._run(lambda: plans.fill_plan(self.month, replace=replace)):
            self._changed()

    def add(self) -> None:
        from desktop.dialogs.plan_dialog import PlanEntryDialog

        if PlanEntryDialog.ask(self, self.context, self.month)[1]:
            self.refresh()

    def edit(self) -> None:
        from desktop.dialogs.plan_dialog import PlanEntryDialog

        entry = self.selected()
        if entry is not None and PlanEntryDialog.ask(self, self.context, self.month, entry.id)[1]:
            self.refresh()

    def save_month_packets(self) -> None:
        """A page per work area in the selected entry's cadre's plan (dropped ones left out)."""
        entry = self.selected()
        if entry is None or self.plan is None:
            return
        mine = [e for e in self.plan.entries
                if e.cadre_id == entry.cadre_id and e.state != "dropped"]
        title = self.tr("Save the field packet")
        path = self.context.dialogs.save_file(
            title, "PDF (*.pdf)", f"{entry.cadre}-{plans.month_label(self.month)}.pdf")
        if path is None:
            return

        def write():
            from desktop.report.packet import packet_pdf

            write_whole(path, packet_pdf([plans.area_packet(e.area_id, entry=e) for e in mine],
                                         QCoreApplication.translate))

        self._run(write)

    def record_visit(self) -> None:
        entry = self.selected()
        if entry is not None:
            record_visit_for(self.context, entry)

    def record_make_ups(self) -> None:
        entry = self.selected()
        if entry is None or entry.visit_date is None:
            return
        names = self.tr(", ").join(a.name for a in plans.pending_make_ups(entry))
        question = fill(self.tr("Record that {names} made up the meetings missed, on {date} "
                                "with {cadre}?"), names=names, cadre=entry.cadre,
                        date=entry.visit_date.isoformat())
        if not self.context.dialogs.confirm(self.tr("Visit plan"), question):
            return
        how = self.tr("At a planned make-up session")
        if self._run(lambda: plans.record_make_ups(entry.id, how=how)):
            self.context.events.notify("make_up")
            self._changed()

    def drop(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.state == "dropped":
            done = self._run(lambda: plans.reinstate_entry(entry.id))
        else:
            reason = self.context.dialogs.ask_text(self.tr("Drop a planned visit"),
                                                   self.tr("Why is it dropped?"))
            if reason is None:
                return
            done = self._run(lambda: plans.drop_entry(entry.id, reason))
        if done:
            self._changed()

    def delete(self) -> None:
        entry = self.selected()
        if entry is not None and self._run(lambda: records.delete(plans.KIND, entry.id)):
            self._changed()

    @staticmethod
    def _translate():
        return QCoreApplication.translate

    def save_packet(self) -> None:
        entry = self.selected()
        if entry is not None:
            save_packet(self, self.context, entry.area_id, entry.area, entry)

    def save_calendar(self) -> None:
        if self.plan is None:
            return
        path = self.context.dialogs.save_file(
            self.tr("Save the plan as a calendar"), "iCalendar (*.ics)",
            f"{plans.month_label(self.month)}.ics")
        if path is not None:
            plan = self.plan
            self._run(lambda: write_whole(path, plans.plan_calendar(plan, self._translate())))
