"""One place that says "the records changed", so pages refresh from the data, not from each
other."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    # The table that changed ("member", "visit", ...), or "*" after an import, restore or sync.
    changed = Signal(str)

    def notify(self, table: str = "*") -> None:
        self.changed.emit(table)
