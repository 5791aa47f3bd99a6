"""A long work-area name written downwards on the line diagram ends in a vertical ellipsis the
bundled font has: the window's diagram and the report's showed a box (the vertical ellipsis
︙ U+FE19 is not in WenQuanYi Micro Hei, nor is ⋮ U+22EE; the two-dot leader ︰ U+FE30 is)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QRawFont
from reportlab.graphics.shapes import Drawing, String

from desktop.report.charts import vertical_name as report_name
from desktop.report.fonts import register_fonts
from desktop.widgets.coverage_pictures import LineDiagramView
from resources import CJK_FONT_FILE

LONG = "柳家湾站线路工区"


def bundled_font_has(text: str) -> bool:
    raw = QRawFont(str(CJK_FONT_FILE), 12)  # glyph 0: the font has none for the character
    return raw.isValid() and all(raw.glyphIndexesForString(char) != [0] for char in text)


class Recorder(QPainter):
    def __init__(self, image: QImage):
        super().__init__(image)
        self.drawn: list[str] = []

    def drawText(self, *args):  # noqa: N802 - Qt override
        self.drawn.append(args[-1])


def test_the_windows_diagram_cuts_a_long_name_with_a_glyph_the_font_has(qtbot):
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    painter.setFont(QFont("WenQuanYi Micro Hei", 9))
    line = QFontMetricsF(painter.font()).height() * 0.92
    LineDiagramView.draw_name(painter, 50, 0, LONG, line * 5.5)  # room for 5 of 8 characters
    painter.end()
    assert "".join(painter.drawn[:-1]) == LONG[:4] and len(painter.drawn) == 5
    assert bundled_font_has("".join(painter.drawn))


def test_the_reports_diagram_cuts_a_long_name_with_a_glyph_the_font_has():
    font = register_fonts()
    drawing = Drawing(100, 100)
    report_name(drawing, 50, 100, LONG, font, 6, 6 * 1.05 * 5.5)
    drawn = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    assert "".join(drawn[:-1]) == LONG[:4] and len(drawn) == 5
    assert bundled_font_has("".join(drawn))
