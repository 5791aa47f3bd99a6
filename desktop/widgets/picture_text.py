"""How the coverage pictures write words where room is short: never under a readable size
(`MIN_POINTS`); a shorter form, fewer labels (names where there is room, every other month) or a
second legend row instead. At 1024 pixels the words had shrunk to 6 points, which nobody reads;
the tooltips still name every mark."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

MIN_POINTS = 8.0  # a picture's smallest words (the window's own are 9 points)
SMALL = 0.85  # a picture's words against the window's font


def small_font(font: QFont, scale: float = SMALL) -> QFont:
    """`font` made smaller by `scale`, but not under the readable minimum."""
    small = QFont(font)
    small.setPointSizeF(max(MIN_POINTS, font.pointSizeF() * scale))
    return small


def fit_font(painter: QPainter, measure: Callable[[QFontMetricsF], float], room: float) -> bool:
    """Make the painter's font smaller, to `MIN_POINTS` at the least, until what `measure`
    gives for it fits `room`; whether it fits (if not, the caller shortens or wraps)."""
    font = QFont(painter.font())
    while measure(QFontMetricsF(font)) > room and font.pointSizeF() > MIN_POINTS:
        font.setPointSizeF(max(MIN_POINTS, font.pointSizeF() * 0.92))
    painter.setFont(font)
    return measure(QFontMetricsF(font)) <= room


def first_fitting(metrics: QFontMetricsF, texts: Sequence[str], room: float) -> str:
    """The first of `texts` (longest form first) that fits `room` pixels; else the last, cut
    with an ellipsis."""
    for text in texts:
        if metrics.horizontalAdvance(text) <= room:
            return text
    return metrics.elidedText(texts[-1], Qt.TextElideMode.ElideRight, max(room, 0.0))


def rows_of(widths: Sequence[float], room: float) -> list[list[int]]:
    """Items of `widths` in order, broken into rows that fit `room` (an item wider than the
    room has a row of its own)."""
    rows: list[list[int]] = []
    used = room + 1
    for index, width in enumerate(widths):
        if rows and used + width <= room:
            rows[-1].append(index)
            used += width
        else:
            rows.append([index])
            used = width
    return rows


def thinned(spots: Sequence[float], gap: float) -> list[int]:
    """Indexes of `spots` (left to right) kept at least `gap` apart, the first kept: every
    other one where two neighbours are too close, and so on."""
    kept: list[int] = []
    for index, spot in enumerate(spots):
        if not kept or spot - spots[kept[-1]] >= gap:
            kept.append(index)
    return kept
