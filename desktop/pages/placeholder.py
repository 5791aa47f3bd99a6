"""A page not built yet: says so, with the record counts that exist."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext


class PlaceholderPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        counts = self.context.store.counts()
        lines = [self.tr("This page is being built. The database holds:")]
        lines += [f"{table}: {count}" for table, count in counts.items()]
        self.label.setText("\n".join(lines))
