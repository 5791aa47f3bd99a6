"""A page of figures computed from the records (coverage, dashboard): recomputed when a table
it reads changes — at once while it is on screen, otherwise when it is next shown."""
from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext

# The tables the coverage figures read; "*" is an import, restore or exchange.
WATCHED = frozenset({"*", "visit", "visit_person", "work_area", "member", "responsibility",
                     "concern", "organisation", "plan_entry", "meeting", "make_up",
                     "meeting_quota"})


class FiguresPage(QWidget):
    watched = WATCHED  # the tables whose changes recompute the page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.events.changed.connect(self._data_changed)

    def refresh(self) -> None:
        """Recompute and show; subclasses call super().refresh() or clear `_stale` themselves."""
        self._stale = False

    def _data_changed(self, table: str) -> None:
        if table not in self.watched:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)
