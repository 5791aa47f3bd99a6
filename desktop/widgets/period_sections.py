"""The assignment (工区分配) and 包保 lists of a detail panel, with their buttons to add, end
and delete a period (Move in / Move out / Delete, Take on / Step down / Remove): the same on the
members page (the member is known) and the work-areas page (the area is)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from db import assignments, records
from db.i18n import fill
from desktop.dialogs.period_dialogs import EndPeriodDialog, PeriodDialog
from desktop.widgets.detail_panel import DetailPanel, ListSection
from desktop.widgets.record_table import display

if TYPE_CHECKING:  # the page holds the sections
    from desktop.widgets.record_page import RecordPage


class PeriodSections(QObject):
    """Adds the two sections to `panel`; `page` is a RecordPage whose current record is the member
    (own="member_id") or the work area (own="area_id")."""

    def __init__(self, page: RecordPage, panel: DetailPanel, *, own: str,
                 assignments_title: str, responsibilities_title: str) -> None:
        super().__init__(page)
        self.page, self.own = page, own
        # Six buttons beside the page's own (New, Edit, Delete, Restore, Trash, Columns, Undo,
        # the Excel pair, Field packet) and the menus: each its own letter of what is left.
        self.assignments: ListSection = panel.add_section(assignments_title, [
            (self.tr("&Move in…"), lambda: self._add(False), False),
            (self.tr("Move &out…"), lambda row_id: self._end(assignments.ASSIGNMENT, row_id),
             True),
            (self.tr("De&lete"), self.delete_assignment, True)])
        self.responsibilities: ListSection = panel.add_section(responsibilities_title, [
            (self.tr("Ta&ke on…"), lambda: self._add(True), False),
            (self.tr("Step do&wn…"),
             lambda row_id: self._end(assignments.RESPONSIBILITY, row_id), True),
            (self.tr("Remo&ve"), self.delete_responsibility, True)])

    def period_text(self, name: str, start: date | None, end: date | None) -> str:
        """"name, since start" or "name, start to end"."""
        if end is None:
            return fill(self.tr("{name}, since {start}"), name=name, start=display(start))
        return fill(self.tr("{name}, {start} to {end}"), name=name, start=display(start),
                    end=display(end))

    def set_editable(self, editable: bool) -> None:
        """A record in the trash shows its lists without the buttons."""
        for section in (self.assignments, self.responsibilities):
            for button in section.buttons:
                button.setVisible(editable)

    def _add(self, responsibility: bool) -> None:
        record_id = self.page.current_id()
        if record_id:
            PeriodDialog.ask(self.page, self.page.context, responsibility=responsibility,
                             **{self.own: record_id})

    def _end(self, kind, row_id: str) -> None:
        EndPeriodDialog.ask(self.page, self.page.context, kind, row_id)

    def _delete(self, question: str, kind: records.Kind, row_id: str, table: str) -> None:
        if self.page.context.dialogs.confirm(self.tr("Delete"), question) and \
                self.page._try(lambda: records.delete(kind, row_id)):
            self.page.context.events.notify(table)

    def delete_assignment(self, row_id: str) -> None:
        self._delete(self.tr(
            "Delete this assignment? Use Move out instead when the member moved on."),
                     assignments.ASSIGNMENT, row_id, "assignment")

    def delete_responsibility(self, row_id: str) -> None:
        self._delete(self.tr("Delete this responsibility? Use Step down instead when it stopped."),
                     assignments.RESPONSIBILITY, row_id, "responsibility")
