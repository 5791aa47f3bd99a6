"""Excel in and out for any page: `export_workbook(parent, context)`, `import_workbook(...)`.

Files are chosen through context.dialogs; the work runs off the GUI thread (desktop.operations).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db import clock
from db.i18n import fill
from desktop.context import AppContext
from desktop.operations import Operation

XLSX_FILTER = "Excel (*.xlsx)"


def _xlsx(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def _export(path: Path) -> object:
    from db import spreadsheet  # openpyxl and the sheets: imported with the work, not the page

    return spreadsheet.export_workbook(path)


def _template(path: Path) -> object:
    from db import spreadsheet

    return spreadsheet.write_template(path)


def _run(parent: QWidget, context: AppContext, fn, path: Path, title: str,
         done_text: str) -> Operation:
    return (Operation(parent, context, fn, path)
            .success(lambda _r: context.dialogs.info(title, fill(done_text, path=path)))
            .run(title=title, label=title))


def export_workbook(parent: QWidget, context: AppContext) -> Operation | None:
    """Ask where, then write every table to a formatted workbook (private content included)."""
    title = QCoreApplication.translate("SheetActions", "Export to Excel")
    suggested = f"branch-desk-{clock.today().isoformat()}.xlsx"
    path = context.dialogs.save_file(title, XLSX_FILTER, suggested)
    if path is None:
        return None
    done = QCoreApplication.translate(
        "SheetActions",
        "Saved {path}. Its visit summaries include private talks: keep it in the office.")
    return _run(parent, context, _export, _xlsx(path), title, done)


def export_template(parent: QWidget, context: AppContext) -> Operation | None:
    title = QCoreApplication.translate("SheetActions", "Blank Excel template")
    path = context.dialogs.save_file(title, XLSX_FILTER, "branch-desk-template.xlsx")
    if path is None:
        return None
    done = QCoreApplication.translate("SheetActions", "Saved {path}.")
    return _run(parent, context, _template, _xlsx(path), title, done)


def import_workbook(parent: QWidget, context: AppContext) -> tuple[object, bool]:
    """Choose a workbook, then preview and import it in the import dialog: (the committed
    import, True), or (None, False) when no file was chosen or the dialog was cancelled."""
    from desktop.dialogs.import_dialog import ImportDialog, choose_workbook

    path = choose_workbook(context)
    if path is None:
        return None, False
    return ImportDialog.ask(parent, context, path)


def add_buttons(page: Any) -> None:
    """A record page's "Import from Excel…" / "Export to Excel…" buttons, as its class
    attributes `excel_import` and `excel_export` ask, at the end of its toolbar."""
    from PySide6.QtWidgets import QPushButton

    if page.excel_import:
        page.import_button = QPushButton(
            QCoreApplication.translate("RecordPage", "&Import from Excel…"))
        page.import_button.setObjectName("excel_import")
        page.import_button.clicked.connect(lambda: import_workbook(page, page.context))
        page.toolbar.addWidget(page.import_button)
    if page.excel_export:
        page.export_button = QPushButton(
            QCoreApplication.translate("RecordPage", "E&xport to Excel…"))
        page.export_button.setObjectName("excel_export")
        page.export_button.setToolTip(
            QCoreApplication.translate("RecordPage", "Every table, in one workbook"))
        page.export_button.clicked.connect(lambda: export_workbook(page, page.context))
        page.toolbar.addWidget(page.export_button)
