"""Page furniture: A4 frames, a running header, and "第 X 页 / 共 Y 页" on every page."""
from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

MARGIN = 16 * mm


def numbered_canvas(font: str, page_label: Callable[[int, int], str],
                    header: str) -> type[Canvas]:
    """A canvas class that knows the page count when it saves, so each page says "X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = font  # no unembedded Helvetica in the file
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_furniture(total)
                super().showPage()
            super().save()

        def _draw_furniture(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(font, 8)
            self.setFillGray(0.35)
            self.drawString(MARGIN, height - MARGIN + 5 * mm, header)
            self.drawCentredString(width / 2, MARGIN - 8 * mm, page_label(self._pageNumber, total))
            self.setStrokeGray(0.7)
            self.setLineWidth(0.4)
            self.line(MARGIN, height - MARGIN + 3.5 * mm,
                      width - MARGIN, height - MARGIN + 3.5 * mm)
            self.restoreState()

    return NumberedCanvas


def a4_document(out: str | BinaryIO, *, title: str, author: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title=title, author=author,
                          creator="Branch Desk")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
