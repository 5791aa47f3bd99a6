"""Import a workbook: choose the file, look at the preview (problems on their cells), commit.

Reading, previewing and committing run off the GUI thread (desktop.operations). The Import
button stays disabled while any row has a problem: the import is all or nothing, so the file is
fixed first.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import spreadsheet
from db.i18n import fill
from db.spreadsheet import ImportPreview
from db.spreadsheet.describe import render, sheet_lines
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.operations import Operation
from desktop.widgets.import_preview_model import PreviewModel, summary
from desktop.widgets.record_dialog import ModalDialog
from desktop.widgets.tab_keys import tab_keys

WIDEST_COLUMN = 24  # characters: a 300-character cell would push the problems out of sight


def _db_text(text: str) -> str:
    return QCoreApplication.translate("db", text)


def _read_and_preview(source, existing: str, progress=None):
    """(workbook, preview); the file is read once and previewed again when the choice changes."""
    book = source if isinstance(source, spreadsheet.Workbook) else spreadsheet.read_workbook(source)
    return book, spreadsheet.preview_import(book, existing=existing, progress=progress)


IMPORT_FOLDER_KEY = "import/folder"  # QSettings: the folder of the last file imported


def import_folder(context: AppContext) -> str:
    """Where the import chooser opens: the folder of the last file imported while it is still
    there (a USB stick pulled out is not), else the user's Documents folder (else home)."""
    from PySide6.QtCore import QStandardPaths

    last = context.settings.value(IMPORT_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return str(last)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def choose_workbook(context: AppContext) -> Path | None:
    """The import's file chooser, opened in `import_folder`; the chosen file's folder is kept
    for the next time. Qt's own default was the folder the program was started from."""
    path = context.dialogs.open_file(
        QCoreApplication.translate("ImportDialog", "Import from Excel"),
        QCoreApplication.translate("ImportDialog", "Workbooks (*.xlsx *.xls *.xlsb *.ods *.csv)"),
        import_folder(context))
    if path is not None:
        context.settings.setValue(IMPORT_FOLDER_KEY, str(Path(path).parent))
    return path


class ImportDialog(ModalDialog):
    """`ImportDialog.ask(parent, context, path)`: the preview of `path`, then the import; the
    committed result is `saved`. The import itself announces the change ("*")."""

    previewed = Signal()
    imported = Signal(object)  # the ImportPreview of the committed import

    def __init__(self, parent: QWidget | None, context: AppContext,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved = None
        self.book = None
        self.preview = None
        self._operation: Operation | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(1000, 600)

        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.existing = QComboBox()
        self.existing.addItem(self.tr("Skip people and records that already exist"),
                              spreadsheet.SKIP)
        self.existing.addItem(self.tr("Update people and records that already exist"),
                              spreadsheet.UPDATE)
        self.existing.currentIndexChanged.connect(lambda _i: self.run_preview())
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.existing)
        top.addWidget(choose)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        tab_keys(self.tabs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.commit_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.commit_button.setEnabled(False)
        self.commit_button.clicked.disconnect()
        self.commit_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    # steps ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = choose_workbook(self.context)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self.book = None
        self.file_label.setText(str(self.path))
        self.run_preview()

    def run_preview(self) -> None:
        if not hasattr(self, "path"):
            return
        self._set_busy(self.tr("Reading the workbook…"))
        self._operation = (
            Operation(self, self.context, _read_and_preview, self.book or self.path,
                      self.existing.currentData())
            .success(self._previewed).failure(self._failed)
            .run(title=self.tr("Import from Excel")))

    def commit(self) -> None:
        if self.book is None or self.preview is None or self.preview.has_errors:
            return
        self._set_busy(self.tr("Importing…"))
        self._operation = (
            Operation(self, self.context, spreadsheet.commit_import, self.book,
                      existing=self.existing.currentData())
            .success(self._committed).failure(self._failed).changes("*")
            .run(title=self.tr("Import from Excel"), label=self.tr("Importing…")))

    # results ----------------------------------------------------------------------------------
    def _set_busy(self, text: str) -> None:
        self.commit_button.setEnabled(False)
        self.summary.setText(text)

    def _previewed(self, result) -> None:
        self.book, self.preview = result
        self.show_preview(self.preview)
        self.previewed.emit()

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.tabs.clear()
        for sheet in preview.sheets:
            page = QWidget()
            found = QLabel("\n".join(render(line, _db_text) for line in sheet_lines(sheet)))
            found.setObjectName("sheet_found")
            found.setWordWrap(True)
            found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            view = QTableView()
            view.setModel(PreviewModel(sheet, view))
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            view.resizeColumnsToContents()
            widest = view.fontMetrics().horizontalAdvance("汉" * WIDEST_COLUMN)
            for index in range(view.model().columnCount()):  # a long cell elides, not the view
                view.setColumnWidth(index, min(view.columnWidth(index), widest))
            view.setWordWrap(True)
            for row, result in enumerate(sheet.rows):  # every problem in sight, one a line
                if result.problems:
                    view.resizeRowToContents(row)
            column = QVBoxLayout(page)
            column.setContentsMargins(4, 4, 4, 4)
            column.addWidget(found)
            column.addWidget(view, 1)
            errors = sum(1 for r in sheet.rows if r.problems)
            title = sheet.sheet if not errors else f"{sheet.sheet} ⚠ {errors}"
            self.tabs.addTab(page, title)
        text = summary(preview)
        if preview.has_errors:
            text += "\n" + self.tr("Fix the marked cells in the workbook and choose it again; "
                                   "nothing is imported while there are problems.")
        self.summary.setText(text)
        self.commit_button.setEnabled(not preview.has_errors and bool(preview.rows))

    def _committed(self, result) -> None:
        self.saved = result
        counts = result.counts()
        self.context.dialogs.info(self.tr("Import from Excel"), fill(
            self.tr("Imported: {new} new, {updated} updated, {skipped} skipped."),
            new=counts["create"], updated=counts["update"], skipped=counts["skip"]))
        self.imported.emit(result)
        self.accept()

    def _failed(self, exc) -> None:
        if isinstance(exc, spreadsheet.ImportRefused):
            self.show_preview(exc.preview)  # the data changed since the preview
            return
        self.tabs.clear()
        self.book = self.preview = None
        message = error_text(exc)
        self.summary.setText(message)
        self.context.dialogs.error(self.tr("Import from Excel"), message)
        self.previewed.emit()
