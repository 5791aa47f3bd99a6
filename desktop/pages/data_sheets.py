"""The spreadsheet part of the 数据 page: import a roster or log, export every table, a template."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.widgets import sheet_actions


class SpreadsheetPanel(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Excel spreadsheets"))
        about = QLabel(self.tr(
            "Import the member roster, work areas, visits and concerns you keep in Excel or WPS "
            "(.xlsx, .xls, .ods or .csv). You see every row and its problems before anything is "
            "written. Export writes every table to one workbook; the template has the expected "
            "headers."))
        about.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.clicked.connect(
            lambda: sheet_actions.import_workbook(self, self.context))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(
            lambda: sheet_actions.export_workbook(self, self.context))
        self.template_button = QPushButton(self.tr("Blank &template…"))
        self.template_button.clicked.connect(
            lambda: sheet_actions.export_template(self, self.context))
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.template_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(buttons)


class SpreadsheetSection(QWidget):
    """The 数据 page's spreadsheet tab (see desktop.pages.data.SECTIONS)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.panel = SpreadsheetPanel(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch()
