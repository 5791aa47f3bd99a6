"""The monthly summary as an A4 PDF: a builder over ReportData and a list of sections.

    pdf_bytes = MonthlyReport(data, translate).build(SECTIONS)                   # the summary
    pdf_bytes = MonthlyReport(data, translate, detail=True).build(DETAIL_SECTIONS)  # full lists

The summary leads with its message (page 1: sentences, key figures, pictures) and stays short
(at most 4 A4 pages for a depot); every area's row and every concern are in the detail, a second
document (`branch-desk report --detail`). A section is a class with `flowables()`; to add one,
append it to SECTIONS in desktop/report/sections.py (before the signature). Its class name is
its translation context, so its `self.tr("...")` strings are collected by lupdate.

`translate(context, text)` gives the language (desktop.i18n.Translations.tr, or identity for
English). All user text is escaped before it enters a Paragraph; tables repeat their header row
when they split, and a header never breaks inside a word (columns widen to fit it).
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from db.choices import ACCESS_TIERS
from db.i18n import fill
from db.organisation import DEFAULT_NAME
from desktop.report.blocks import Cells
from desktop.report.data import ReportData
from desktop.report.fonts import register_fonts
from desktop.report.page import a4_document, numbered_canvas

Translate = Callable[[str, str], str]
CTX = "MonthlyReport"  # the class name: the context lupdate gives self.tr() here

STATUS_COLOURS = {"none": colors.HexColor("#f4c7c3"), "below": colors.HexColor("#fce8b2"),
                  "met": colors.HexColor("#b7e1cd")}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
HEADER_FILL = colors.HexColor("#e8eaed")
GRID = colors.HexColor("#9aa0a6")
CELL_SIZE = 8
CELL_PADDING = 3  # left and right, points
WIDTH = 178 * mm  # the frame's width (A4 less the margins)


def identity(_context: str, text: str) -> str:
    return text


def fit_widths(headers: list[str], widths: list[float], font: str, size: float,
               total: float | None = None) -> list[float]:
    """Column widths in which every header fits on one line: a narrow column is widened and the
    columns with room to spare give it up, keeping the table's total width."""
    need = [max(stringWidth(line, font, size) for line in h.split("\n")) + 2 * CELL_PADDING + 1
            for h in headers]
    out = [max(w, n) for w, n in zip(widths, need, strict=True)]
    total = sum(widths) if total is None else total
    excess = sum(out) - total
    if excess > 0:
        spare = [max(0.0, w - n) for w, n in zip(out, need, strict=True)]
        room = sum(spare)
        if room > 0:
            out = [w - excess * s / room if room >= excess else w - s
                   for w, s in zip(out, spare, strict=True)]
    return out


class Part(Protocol):
    """What a section made for a report gives: its flowables, in order."""

    def flowables(self) -> list: ...


# A section: a class (or a function) that makes a Part of a report. The summary's own sections
# subclass Section; the plan and organisation-life sections keep to this shape without it.
SectionKind = Callable[["MonthlyReport"], Part]


class Section:
    """One part of the report. Subclasses give `flowables()`; `self.tr` translates in the
    subclass's own context (its class name) and fills `{name}` placeholders."""

    def __init__(self, report: MonthlyReport) -> None:
        self.report = report
        self.data: ReportData = report.data

    def tr(self, text: str, **params: object) -> str:
        return fill(self.report.translate(type(self).__name__, text), **params)

    def flowables(self) -> list:
        raise NotImplementedError


class MonthlyReport:
    def __init__(self, data: ReportData, translate: Translate = identity, *,
                 detail: bool = False) -> None:
        self.data = data
        self.translate = translate
        self.detail = detail
        self.font = register_fonts()
        self.styles = self._styles()
        self._latin: dict[str, ParagraphStyle] = {}

    # helpers ---------------------------------------------------------------------------------
    def tr(self, text: str, /, **params: object) -> str:
        """Translate a report string and fill its {name} placeholders from `params`."""
        return fill(self.translate(CTX, text), **params)
    def coverage_text(self, text: str, **params: object) -> str:
        """A string of db.coverage (context "coverage"), filled."""
        return fill(self.translate("coverage", text), **params)

    def tier(self, tier: int) -> str:
        return self.translate("choices", ACCESS_TIERS.get(tier, ""))

    def _styles(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("body", fontName=self.font, fontSize=9.5, leading=13.5,
                              wordWrap="CJK")
        return {
            "body": base,
            "lead": ParagraphStyle("lead", parent=base, fontSize=10.5, leading=16),
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5,
                                    textColor=colors.HexColor("#5f6368")),
            "cell": ParagraphStyle("cell", parent=base, fontSize=CELL_SIZE, leading=10),
            "title": ParagraphStyle("title", parent=base, fontSize=16, leading=21,
                                    alignment=TA_CENTER, spaceAfter=1 * mm),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=8.5, leading=11,
                                       alignment=TA_CENTER, textColor=colors.HexColor("#5f6368")),
            "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=4 * mm,
                                 spaceAfter=1.5 * mm, textColor=colors.HexColor("#1a3d6d"),
                                 keepWithNext=1),
        }

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain (user) text: escaped, never interpreted as markup.

        Text with Chinese in it wraps between any two characters (CJK rules); Latin-only text
        wraps at spaces, so English words are not split.
        """
        chosen = self.styles[style]
        if not CJK.search(text):
            chosen = self._latin.setdefault(style, ParagraphStyle(
                f"{style}-latin", parent=chosen, wordWrap=None))
        return Paragraph(escape(text), chosen)

    def month_label(self, day: dt.date) -> str:
        return self.tr("{year}-{month}", year=day.year, month=f"{day.month:02d}")

    def table(self, rows: Cells, widths: list[float], *, extra: list | None = None,
              size: float = CELL_SIZE) -> Table:
        """A table whose first row is its header: the header repeats on each page and each
        header cell stays on one line."""
        def cell(value):
            if isinstance(value, Paragraph):
                return value
            if isinstance(value, (int, float)):
                return f"{value:g}"  # a plain string: centred by the table style
            return self.p("" if value is None else str(value), "cell")

        headers = [str(h) for h in rows[0]]
        widths = fit_widths(headers, widths, self.font, size)
        cells = [headers] + [[cell(c) for c in row] for row in rows[1:]]
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.35, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        table.setStyle(TableStyle(style + (extra or [])))
        return table

    def side_by_side(self, cells: list, widths: list[float]) -> Table:
        """Flowables (tables, drawings) next to each other, tops aligned."""
        pair = Table([cells], colWidths=widths, hAlign="LEFT")
        pair.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return pair

    # the document ----------------------------------------------------------------------------
    def title(self) -> str:
        name = self.data.organisation or self.translate("db", DEFAULT_NAME)
        if self.detail:
            return self.tr("{name} monthly summary, {month}: detail", name=name,
                           month=self.month_label(self.data.month))
        return self.tr("{name} monthly summary, {month}", name=name,
                       month=self.month_label(self.data.month))

    def build(self, sections: list[SectionKind]) -> bytes:
        """The PDF of `sections` in order (desktop.report.sections: SECTIONS, DETAIL_SECTIONS)."""
        buffer = io.BytesIO()
        title = self.title()
        doc = a4_document(buffer, title=title, author=self.data.secretary or self.data.organisation)
        story: list = []
        for section in sections:
            story += section(self).flowables()
        canvas = numbered_canvas(self.font, lambda n, total: self.tr(
            "Page {page} of {pages}", page=n, pages=total), title)
        doc.build(story, canvasmaker=canvas)
        return buffer.getvalue()
