"""The assignment (工区分配) and 包保 lists of a detail panel, with their Add / End / Delete
buttons: the same on the members page (the member is known) and the work-areas page (the area
is)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from db import assignments, records
from desktop.dialogs.period_dialogs import EndPeriodDialog, PeriodDialog
from desktop.widgets.detail_panel import DetailPanel, ListSection
from desktop.widgets.record_table import display


class PeriodSections(QObject):
    """Adds the two sections to `panel`; `page` is a RecordPage whose current record is the member
    (own="member_id") or the work area (own="area_id")."""

    def __init__(self, page, panel: DetailPanel, *, own: str, assignments_title: str,
                 responsibilities_title: str):
        super().__init__(page)
        self.page, self.own = page, own
        self.assignments: ListSection = panel.add_section(assignments_title, [
            (self.tr("Assign…"), lambda: self._add(False), False),
            (self.tr("End…"), lambda row_id: self._end(assignments.ASSIGNMENT, row_id), True),
            (self.tr("Delete"), self.delete_assignment, True)])
        self.responsibilities: ListSection = panel.add_section(responsibilities_title, [
            (self.tr("Add…"), lambda: self._add(True), False),
            (self.tr("End…"), lambda row_id: self._end(assignments.RESPONSIBILITY, row_id), True),
            (self.tr("Delete"), self.delete_responsibility, True)])

    def period_text(self, name: str, start, end) -> str:
        """"name, since start" or "name, start to end"."""
        if end is None:
            return self.tr("%1, since %2").replace("%1", name).replace("%2", display(start))
        return (self.tr("%1, %2 to %3").replace("%1", name).replace("%2", display(start))
                .replace("%3", display(end)))

    def set_editable(self, editable: bool) -> None:
        """A record in the trash shows its lists without the buttons."""
        for section in (self.assignments, self.responsibilities):
            for button in section.buttons:
                button.setVisible(editable)

    def _run(self, dialog, table: str) -> None:
        if dialog.exec():
            self.page.context.events.notify(table)

    def _add(self, responsibility: bool) -> None:
        record_id = self.page.current_id()
        if record_id:
            self._run(PeriodDialog(self.page, responsibility=responsibility,
                                   **{self.own: record_id}),
                      "responsibility" if responsibility else "assignment")

    def _end(self, kind, row_id: str) -> None:
        self._run(EndPeriodDialog(self.page, kind, row_id),
                  "assignment" if kind is assignments.ASSIGNMENT else "responsibility")

    def _delete(self, question: str, kind: records.Kind, row_id: str, table: str) -> None:
        if self.page.context.dialogs.confirm(self.tr("Delete"), question) and \
                self.page._try(lambda: records.delete(kind, row_id)):
            self.page.context.events.notify(table)

    def delete_assignment(self, row_id: str) -> None:
        self._delete(self.tr("Delete this assignment? Use End instead when the member moved on."),
                     assignments.ASSIGNMENT, row_id, "assignment")

    def delete_responsibility(self, row_id: str) -> None:
        self._delete(self.tr("Delete this responsibility? Use End instead when it stopped."),
                     assignments.RESPONSIBILITY, row_id, "responsibility")
