"""The 数据 page: moving the records between machines and files, one tab per section.

Each section is its own widget class in a data_*.py module, listed in SECTIONS; another feature
(spreadsheet import and export) adds its tab with one line here.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.main_window import load_page_class
from desktop.widgets.tab_keys import tab_keys

SECTIONS: list[tuple[str, str, str]] = [
    ("exchange", QT_TRANSLATE_NOOP("data", "Exchange between machines"),
     "desktop.pages.data_exchange:ExchangeSection"),
    ("conflicts", QT_TRANSLATE_NOOP("data", "Conflicts"),
     "desktop.pages.data_conflicts:ConflictsSection"),
    ("sheets", QT_TRANSLATE_NOOP("data", "Excel spreadsheets"),
     "desktop.pages.data_sheets:SpreadsheetSection"),
    ("backup", QT_TRANSLATE_NOOP("data", "Backup and restore"),
     "desktop.pages.data_backup:BackupSection"),
]


class DataPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        tab_keys(self.tabs)
        self.sections: dict[str, QWidget] = {}
        for name, title, path in SECTIONS:
            section = load_page_class(path)(context, self)
            self.sections[name] = section
            self.tabs.addTab(section, QCoreApplication.translate("data", title))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        context.events.changed.connect(self._changed)

    def _changed(self, _table: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        for section in self.sections.values():
            refresh = getattr(section, "refresh", None)
            if refresh is not None:
                refresh()

    def show_section(self, name: str) -> QWidget:
        section = self.sections[name]
        self.tabs.setCurrentWidget(section)
        return section
