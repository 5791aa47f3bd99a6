"""The 月报 page: the real PDF previewed, saved and printed; made off the GUI thread."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from db import records, workareas
from desktop.pages.report import ReportPage


def test_preview_save_and_print(qtbot, context, tmp_path):
    records.create(workareas.KIND, {"name": "东站线路工区", "access_tier": 1})
    page = ReportPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.pdf_bytes is not None, timeout=20000)
    assert page.document.pageCount() >= 1
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    assert page.selected_month() == dt.date(2024, 6, 1)  # the context pins 2024-06-15

    target = tmp_path / "june.pdf"
    context.dialogs.file_answers.append(target)
    page.save_report()
    assert target.read_bytes() == page.pdf_bytes

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.print_to(printer) == page.document.pageCount()
    assert printed.stat().st_size > 1000


def test_changing_the_month_makes_that_month(qtbot, context):
    page = ReportPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.pdf_bytes is not None, timeout=20000)
    first = page.pdf_bytes
    with qtbot.waitSignal(page.generated, timeout=20000):
        page.month.setDate(QDate(2024, 3, 1))
    assert page.pdf_bytes != first
    text = PdfReader(io.BytesIO(page.pdf_bytes)).pages[0].extract_text()
    assert "Monthly work summary, 2024-03" in text


def test_full_lists_make_the_detail(qtbot, context):
    """The page offers what `report --detail` writes: every area's row, every concern."""
    records.create(workareas.KIND, {"name": "东站线路工区", "access_tier": 1})
    page = ReportPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.pdf_bytes is not None, timeout=20000)
    assert "Every work area and every concern" not in \
        PdfReader(io.BytesIO(page.pdf_bytes)).pages[0].extract_text()
    with qtbot.waitSignal(page.generated, timeout=20000):
        page.detail.setChecked(True)
    text = PdfReader(io.BytesIO(page.pdf_bytes)).pages[0].extract_text()
    assert "Every work area and every concern" in text and "东站线路工区" in text
    assert page.suggested_name().endswith("-2024-06-detail.pdf")
