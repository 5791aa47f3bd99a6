"""The bundled CJK font, registered once with reportlab and embedded in every PDF.

WenQuanYi Micro Hei has TrueType outlines, which reportlab can subset and embed. A missing or
unreadable font is an error: falling back to Helvetica would print Chinese as boxes.
"""
from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from desktop.report import line_breaks
from resources import CJK_FONT_FILE

FONT = "WenQuanYiMicroHei"


class ReportFontError(BranchDeskError):
    """The bundled font could not be loaded."""


def register_fonts() -> str:
    """Register the CJK font (idempotent) and return its reportlab name."""
    line_breaks.install()  # Chinese punctuation never begins a wrapped line
    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT_FILE), subfontIndex=0))
    except Exception as exc:  # reportlab raises several types for unreadable fonts
        raise ReportFontError(
            QT_TRANSLATE_NOOP("db", "The report font {path} cannot be loaded ({reason}); "
                                    "reinstall Branch Desk."),
            path=str(CJK_FONT_FILE), reason=str(exc)) from exc
    # The font has one weight: <b> and <i> map to it instead of falling back to Helvetica.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT
