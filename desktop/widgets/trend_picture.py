"""The 12-month trend of the coverage pictures: the coverage rate and the remoteness ratio over
the months, drawn with QPainter beside the line diagram and the tier bars
(desktop/widgets/coverage_pictures.py, which holds what the three share)."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from db.coverage import TEXTS, TrendPoint, unrecorded_span
from db.i18n import fill
from desktop.widgets.coverage_pictures import (
    FAINT,
    INK,
    RATE_COLOUR,
    RATIO_COLOUR,
    PictureView,
    coverage_text,
)

NO_RECORDS_FILL = QColor("#e8eaed")


class TrendView(PictureView):
    """Two panels over the months: the coverage rate (0–100%) and the remoteness ratio, with
    the even line at 1; each month's year is shown under its first month and each January."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.setObjectName("trend")
        self.setMinimumSize(220, 56)

    def show_figures(self, points: list[TrendPoint]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = self.begin_paint()
        painter.setFont(self.small_font())
        w, h = self.width(), self.height()
        if not self.points:  # the figures are still being computed
            return
        painter.setPen(INK)
        metrics = self.metrics(painter)
        painter.drawText(QRectF(0, 0, w, 16), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(coverage_text(TEXTS["trend"], n=len(self.points)),
                                            Qt.TextElideMode.ElideRight, w))
        left, right = 30.0, w - 8.0
        step = (right - left) / max(len(self.points) - 1, 1)
        xs = [left + step * i for i in range(len(self.points))]
        panel_h = (h - 18 - 30 - 2 * 14) / 2
        ratios = [p.remoteness_bias for p in self.points if p.remoteness_bias is not None]
        panels = ((coverage_text(TEXTS["rate"]), RATE_COLOUR, 1.0,
                   [p.coverage_rate for p in self.points], lambda v: f"{v:.0%}"),
                  (coverage_text(TEXTS["ratio"]), RATIO_COLOUR, max([1.2, *ratios]) * 1.1,
                   [p.remoteness_bias for p in self.points], lambda v: f"{v:.2f}"))
        empty = unrecorded_span(self.points)
        for n, (title, colour, top, values, shown) in enumerate(panels):
            y0 = 18 + 14 + n * (panel_h + 14)
            if empty:  # the months before the records begin: shaded, said in words
                band = QRectF(left, y0, min(xs[empty - 1] + step / 2, right) - left, panel_h)
                painter.fillRect(band, NO_RECORDS_FILL)
                if n == 0:
                    painter.setPen(FAINT)
                    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(
                        coverage_text(TEXTS["no_records"]), Qt.TextElideMode.ElideRight,
                        band.width()))
            painter.setPen(colour)
            last = values[-1] if values else None
            value = shown(last) if last is not None else ""
            painter.drawText(QRectF(left, y0 - 14, right - left, 13), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, right - left
                                                - metrics.horizontalAdvance(value) - 6))
            if value:
                painter.drawText(QRectF(left, y0 - 14, right - left, 13),
                                 Qt.AlignmentFlag.AlignRight, value)
            painter.setPen(QPen(FAINT, 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, y0, right - left, panel_h))
            ref_y = y0 + panel_h - panel_h * 1.0 / top
            painter.setPen(QPen(FAINT, 0.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(left, ref_y), QPointF(right, ref_y))
            painter.drawText(QRectF(0, ref_y - 7, left - 3, 14), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, shown(1.0))
            path, started = QPainterPath(), False
            for x, value, point in zip(xs, values, self.points, strict=True):
                if value is None:
                    started = False
                    if not point.recorded:  # a gap that says why: nothing was recorded yet
                        self.hits.append((QRectF(x - step / 2, y0, step, panel_h), "", fill(
                            self.tr("{month}: no records yet"),
                            month=point.month.isoformat()[:7])))
                    continue
                y = y0 + panel_h - panel_h * min(value, top) / top
                if started:
                    path.lineTo(x, y)
                else:
                    path.moveTo(x, y)
                    started = True
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x, y), 2.5, 2.5)
                self.hits.append((QRectF(x - step / 2, y0, step, panel_h), "", fill(
                    self.tr("{month}: {title} {value}"), month=point.month.isoformat()[:7],
                    title=title, value=shown(value))))
            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        self.draw_months(painter, xs, step, h)

    def draw_months(self, painter: QPainter, xs: list[float], step: float, h: float) -> None:
        """Each month's number under its point (every other one, or fewer, where they would
        touch; the last month always), its year under the first month and each January."""
        metrics = self.metrics(painter)
        every = max(1, math.ceil((metrics.horizontalAdvance("00") + 4) / max(step, 1.0)))
        years = [i for i, p in enumerate(self.points) if i == 0 or p.month.month == 1]
        if len(years) > 1 and xs[years[1]] - xs[years[0]] < metrics.horizontalAdvance("0000") + 6:
            years.pop(0)  # a December first: its year would run into January's
        for i, (x, point) in enumerate(zip(xs, self.points, strict=True)):
            painter.setPen(INK)
            if (len(xs) - 1 - i) % every == 0:
                painter.drawText(QRectF(x - 15, h - 28, 30, 13), Qt.AlignmentFlag.AlignCenter,
                                 f"{point.month.month:02d}")
            if i in years:
                painter.setPen(FAINT)
                painter.drawText(QRectF(x - 20, h - 15, 40, 13), Qt.AlignmentFlag.AlignCenter,
                                 str(point.month.year))
