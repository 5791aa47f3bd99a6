"""The 月报 page: choose a month, see the real PDF, print it or save it.

The PDF (the summary, or with "Full lists" the detail, as `report --detail`) is made off the GUI
thread by the same function the command line uses
(desktop.report.render.monthly_pdf), then shown with QtPdf and printed page by page with QPrinter.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import clock
from db.dates import FIRST_YEAR, LAST_YEAR
from db.files import write_whole
from db.i18n import fill
from db.periods import review_month
from desktop.context import AppContext
from desktop.i18n import error_text
from desktop.operations import Operation


def report_pdf(month: dt.date, translate: Callable[[str, str], str], detail: bool) -> bytes:
    """The month's report as the command line makes it (run off the GUI thread: reportlab and
    the report's modules, a third of a second to import, are imported there)."""
    from desktop.report.render import monthly_pdf

    return monthly_pdf(month, translate, detail=detail)


class ReportPage(QWidget):
    generated = Signal()  # a new PDF is shown
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pdf_bytes: bytes | None = None
        self._pending = 0
        self._latest = 0
        self._buffer: QBuffer | None = None

        month = review_month(clock.today()).start  # as the coverage page opens
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 1))
        self.month.setCalendarPopup(False)
        self.month.dateChanged.connect(lambda _d: self.generate())
        self.detail = QCheckBox(self.tr("Full &lists"))
        self.detail.setObjectName("detail")
        self.detail.setToolTip(self.tr("The detail instead of the summary: every work area's row "
                                       "and every concern (as “report --detail”)"))
        self.detail.toggled.connect(lambda _on: self.generate())
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        self.refresh_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip("Ctrl+P")
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save_report)
        # Ctrl+P prints and Ctrl+S saves wherever the focus is on this page (the sidebar
        # included): window-wide, and live only while the page is on show.
        for key, slot in ((QKeySequence.StandardKey.Print, self.print_report),
                          (QKeySequence.StandardKey.Save, self.save_report)):
            action = QAction(self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.status = QLabel()

        bar = QHBoxLayout()
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.month)
        bar.addWidget(month_label)
        bar.addWidget(self.month)
        bar.addWidget(self.detail)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._set_ready(False)
        context.events.changed.connect(lambda _table: self.generate() if self.isVisible() else None)
        self.generate()

    def busy(self) -> bool:
        """A report is being made."""
        return self._pending > 0

    def selected_month(self) -> dt.date:
        date = self.month.date()
        return dt.date(date.year(), date.month(), 1)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def generate(self) -> Operation:
        self._set_ready(False)
        self.status.setText(self.tr("Preparing the report…"))
        self._pending += 1
        self._latest += 1
        number = self._latest  # only the newest request's result is shown
        # QCoreApplication.translate is thread-safe and uses the window's language.
        return (Operation(self, self.context, report_pdf, self.selected_month(),
                          QCoreApplication.translate, self.detail.isChecked())
                .always(self._ended)
                .success(lambda pdf: self._show(pdf) if number == self._latest else None)
                .failure(lambda exc: self._failed(exc) if number == self._latest else None)
                .run(title=self.tr("Monthly report")))

    def _ended(self) -> None:
        self._pending -= 1

    def _show(self, pdf: bytes) -> None:
        if not shiboken6.isValid(self.document):
            return  # the page was closed while the report was made
        self.pdf_bytes = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(fill(self.tr("{count} pages"), count=self.document.pageCount()))
        self._set_ready(True)
        self.generated.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The report could not be made."))
        self.context.dialogs.error(self.tr("Monthly report"), error_text(exc))

    def suggested_name(self) -> str:
        from desktop.report.render import default_file_name

        return default_file_name(self.selected_month(), detail=self.detail.isChecked())

    def save_report(self) -> None:
        if not self.pdf_bytes:
            return
        path = self.context.dialogs.save_file(self.tr("Save the monthly report"),
                                              self.tr("PDF files (*.pdf)"), self.suggested_name())
        if path is None:
            return
        try:
            write_whole(path, self.pdf_bytes)
        except OSError as exc:
            self.context.dialogs.error(self.tr("Monthly report"), error_text(exc))
        else:
            self.status.setText(fill(self.tr("Saved to {path}"), path=path))

    def print_report(self) -> None:
        if not self.pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        if not self.context.dialogs.choose_printer(printer):
            return
        pages = self.print_to(printer)
        if pages:
            self.status.setText(fill(self.tr("{count} pages sent to the printer"), count=pages))

    def print_to(self, printer: QPrinter) -> int:
        """Render every page of the PDF onto the printer; returns the number of pages sent."""
        painter = QPainter()
        if not painter.begin(printer):
            self.context.dialogs.error(self.tr("Monthly report"),
                                       self.tr("The printer cannot be used."))
            return 0
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                width, height = int(size.width() * scale), int(size.height() * scale)
                image = self.document.render(page, QSize(width, height))
                painter.drawImage(QRect(0, 0, width, height), image)
        finally:
            painter.end()
        return self.document.pageCount()
