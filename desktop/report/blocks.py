"""Small building blocks shared by the field packet and the plan section (reportlab, no Qt)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

Rows = list[list[object]]  # a table's cells, row by row: text, numbers or flowables
Cells = Sequence[Sequence[object]]  # the same, as a table reads them

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
HEADER_FILL = colors.HexColor("#e8eaed")
GRID = colors.HexColor("#9aa0a6")
ACCENT = colors.HexColor("#1a3d6d")


def identity(_context: str, text: str) -> str:
    return text


def styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontSize=15, leading=20, spaceAfter=1 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontSize=10.5, leading=14, spaceBefore=2.5 * mm,
                             spaceAfter=1 * mm, textColor=ACCENT),
    }


class Blocks:
    """Paragraphs of escaped user text and grid tables in one font."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.styles = styles(font)
        self._latin: dict[str, ParagraphStyle] = {}

    def p(self, text: str, style: str = "body") -> Paragraph:
        chosen = self.styles[style]
        if not CJK.search(text):  # Latin text wraps at spaces, not inside words
            chosen = self._latin.setdefault(style, ParagraphStyle(
                f"{style}-latin", parent=chosen, wordWrap=None))
        return Paragraph(escape(text), chosen)

    def table(self, rows: Cells, widths: list[float], *, extra: list | None = None,
              header: bool = True, heights: list[float] | None = None) -> Table:
        def cell(value):
            if isinstance(value, Paragraph):
                return value
            return self.p("" if value is None else str(value), "cell")

        table = Table([[cell(c) for c in row] for row in rows], colWidths=widths,
                      rowHeights=heights, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("GRID", (0, 0), (-1, -1), 0.35, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        table.setStyle(TableStyle(style + (extra or [])))
        return table
