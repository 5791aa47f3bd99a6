"""The pictures of coverage in the window, drawn with QPainter from db.coverage's Pictures: the
line diagram, visits against target per tier, and the 12-month trend. The printed report draws
the same figures with reportlab (desktop/report/charts.py).

QPainter rather than QtCharts: the pictures are a few dozen marks, bars and two polylines; a
self-drawn widget paints them in well under a millisecond, needs no PySide6-Addons (≈ 200 MB
more in the bundle, and QtCharts' import costs start-up time), and draws the very shapes the
paper shows, with the same colours.

Each view is self-contained: `show_figures(...)` feeds it, `area_clicked(area_id)` says a mark
was clicked; hovering a mark shows the area, its tier, last visit and days since. The three side
by side, computed off the GUI thread, are desktop/widgets/pictures_panel.py.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from db.coverage import (
    BAND_COLOURS,
    BAND_LABELS,
    BANDS,
    ORDER_NOTES,
    TEXTS,
    LineDiagram,
    LineMark,
    TierBar,
    track_spots,
)
from db.i18n import fill
from desktop.widgets.coverage_views import tier_label
from desktop.widgets.picture_keys import MarkCursor
from desktop.widgets.picture_text import first_fitting, fit_font, rows_of, small_font, thinned

CJK = re.compile(r"[\u3400-\u9fff]")
INK = QColor("#3c4043")
FAINT = QColor("#9aa0a6")
TIER_COLOURS = {1: QColor("#8ab4f8"), 2: QColor("#4285f4"), 3: QColor("#1a3d6d")}
RATE_COLOUR = QColor("#188038")
RATIO_COLOUR = QColor("#c5221f")


def coverage_text(text: str, **params: object) -> str:
    return fill(QCoreApplication.translate("coverage", text), **params)


class PictureView(QWidget):
    """A picture with marks that answer the mouse: hover shows a tooltip, a click emits
    `area_clicked`."""

    area_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.hits: list[tuple[QRectF, str, str]] = []  # (where, area id, tooltip)
        self.spots: list[QPointF] = []  # where each area's mark is, in the order of `hits`

    def hit(self, point: QPointF) -> tuple[QRectF, str, str] | None:
        return next((h for h in self.hits if h[0].contains(point)), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        found = self.hit(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if found and found[1]
                       else Qt.CursorShape.ArrowCursor)
        if found:
            QToolTip.showText(event.globalPosition().toPoint(), found[2], self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        found = self.hit(event.position())
        if found and found[1] and event.button() == Qt.MouseButton.LeftButton:
            self.area_clicked.emit(found[1])
        super().mousePressEvent(event)

    def begin_paint(self) -> QPainter:
        """A smoothed painter on the view; the marks of the last painting are forgotten."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.hits, self.spots = [], []
        return painter

    def small_font(self) -> QFont:
        """The picture's words: smaller than the window's, never under the readable minimum."""
        return small_font(self.font())

    def metrics(self, painter: QPainter) -> QFontMetricsF:
        return QFontMetricsF(painter.font())


class LineDiagramView(PictureView):
    """Each line a track, each area a mark in line order coloured by days since the last visit;
    remote areas are triangles. A note says how the areas are ordered."""

    TRACK = 34
    TOP = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram: LineDiagram | None = None
        self.setObjectName("line_diagram")
        self.setMinimumHeight(56)
        self.keys = MarkCursor(self)  # Tab reaches it, the arrows go from mark to mark

    def show_figures(self, diagram: LineDiagram) -> None:
        self.diagram = diagram
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        groups = len(self.diagram.groups) if self.diagram else 1
        return QSize(600, self.TOP + (self.TRACK + 60) * max(groups, 1) + 22)

    def tooltip(self, m: LineMark) -> str:
        if m.last_visit is None:
            last = self.tr("never visited")
        else:
            last = fill(self.tr("last visit {day}, {days} days ago"),
                        day=m.last_visit.isoformat(), days=m.days_since)
        where = f" · {m.position}" if m.position else ""
        return fill(self.tr("{name} ({tier}){where}\n{last}\n{visits} visits in the period; "
                            "click to see its visits"), name=m.name, tier=tier_label(m.tier),
                    where=where, last=last, visits=m.visits)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = self.begin_paint()
        d = self.diagram
        if d is None:
            return
        painter.setFont(self.small_font())
        legend_h = self.draw_legend(painter, d.overdue_days)
        painter.setPen(FAINT)
        width = self.width()
        metrics = self.metrics(painter)
        painter.drawText(QRectF(0, 0, width, self.TOP - 4), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(coverage_text(ORDER_NOTES[d.order], count=d.unplaced),
                                            Qt.TextElideMode.ElideRight, width))
        label_w = 64
        groups = d.groups
        # Names go under the marks, turned upright, when there is room for them: where marks
        # are closer than a name is wide, every other one (or fewer) is named.
        band_h = max(float(self.TRACK),
                     (self.height() - self.TOP - legend_h - 6) / max(len(groups), 1))
        names_h = band_h - self.TRACK + 6
        for index, (name, marks) in enumerate(groups):
            y = self.TOP + index * band_h + self.TRACK / 2
            painter.setPen(INK)
            painter.drawText(QRectF(0, y - 9, label_w - 4, 18),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 4))
            left, right = label_w, width - 6
            painter.setPen(QPen(FAINT, 2))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            step = (right - left) / max(len(marks), 1)
            r = max(3.0, min(7.0, step * 0.38))
            xs = [left + (right - left) * spot for spot in track_spots(marks)]
            named = set(thinned(xs, metrics.height() + 2)) if names_h >= 40 else set()
            for i, (m, x) in enumerate(zip(marks, xs, strict=True)):
                # its hit area and its name reach halfway to the marks beside it
                before = (x + xs[i - 1]) / 2 if i else x - step / 2
                after = (x + xs[i + 1]) / 2 if i + 1 < len(xs) else x + step / 2
                self.draw_mark(painter, x, y, QColor(m.colour), m.remote, r)
                self.hits.append((QRectF(before, y - self.TRACK / 2, after - before, band_h),
                                  m.area_id, self.tooltip(m)))
                self.spots.append(QPointF(x, y))
                if i in named:
                    self.draw_name(painter, x, y + r + 4, m.name, names_h - r - 8)
            painter.setPen(FAINT)
            ends = (marks[0].position.split("–")[0] if marks and marks[0].position else "",
                    marks[-1].position.split("–")[-1] if marks and marks[-1].position else "")
            if ends[0]:
                painter.drawText(QRectF(left, y - self.TRACK / 2, 200, 12),
                                 Qt.AlignmentFlag.AlignLeft, ends[0])
            if ends[1] and metrics.horizontalAdvance(ends[0]) + 8 \
                    + metrics.horizontalAdvance(ends[1]) <= right - left:  # else the start only
                painter.drawText(QRectF(right - 200, y - self.TRACK / 2, 200, 12),
                                 Qt.AlignmentFlag.AlignRight, ends[1])
        self.keys.draw(painter)

    @staticmethod
    def draw_name(painter: QPainter, x: float, y: float, name: str, length: float) -> None:
        """`name` written downwards from (x, y) within `length` pixels: Chinese upright, one
        character under the other (as a vertical label reads), cut with ︰ (the bundled font has
        no vertical ellipsis ︙ or ⋮: a box showed); other text turned a quarter."""
        metrics = QFontMetricsF(painter.font())
        painter.setPen(INK)
        if CJK.search(name):
            line = metrics.height() * 0.92
            fits = max(1, int(length // line))
            text = name if len(name) <= fits else name[:max(fits - 1, 1)] + "…"
            for i, char in enumerate(text):
                painter.drawText(QRectF(x - line / 2, y + i * line, line, line),
                                 Qt.AlignmentFlag.AlignCenter, "︰" if char == "…" else char)
            return
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, length)
        painter.save()
        painter.translate(x - metrics.ascent() / 2 + 1, y)
        painter.rotate(90)
        painter.drawText(QPointF(0, 0), text)
        painter.restore()

    @staticmethod
    def draw_mark(painter: QPainter, x: float, y: float, colour: QColor, remote: bool,
                  r: float) -> None:
        painter.setBrush(colour)
        if remote:
            painter.setPen(QPen(INK, 1.2))
            painter.drawPolygon(QPolygonF([QPointF(x - r * 1.2, y + r), QPointF(x + r * 1.2, y + r),
                                           QPointF(x, y - r * 1.3)]))
        else:
            painter.setPen(QPen(QColor("white"), 0.8))
            painter.drawEllipse(QPointF(x, y), r, r)

    ROW = 16  # a legend row's height

    def draw_legend(self, painter: QPainter, overdue_days: int) -> float:
        """The colours' legend at the foot, on as many rows as the width needs (one, where it
        fits the picture's words down to the minimum size); the height it takes."""
        texts = [coverage_text(BAND_LABELS[key], days=overdue_days) for key in BANDS]
        texts.append(coverage_text(TEXTS["remote"]))
        painter.save()
        fit_font(painter, lambda m: sum(24 + m.horizontalAdvance(t) for t in texts) - 10,
                 self.width())
        metrics = self.metrics(painter)
        rows = rows_of([24 + metrics.horizontalAdvance(t) for t in texts], self.width() + 10)
        top = self.height() - self.ROW * len(rows)
        for number, row in enumerate(rows):
            x, y = 0.0, top + self.ROW * number
            for index in row:
                remote = index == len(BANDS)
                colour = QColor("white") if remote else QColor(BAND_COLOURS[BANDS[index]])
                self.draw_mark(painter, x + 6, y + (8 if remote else 7), colour, remote, 5)
                painter.setPen(INK)
                painter.drawText(QPointF(x + 14, y + 11), texts[index])
                x += 24 + metrics.horizontalAdvance(texts[index])
        painter.restore()
        return self.ROW * len(rows)


class TierBarsView(PictureView):
    """Per access tier: visits (filled) against target (outlined)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiers: list[TierBar] = []
        self.setObjectName("tier_bars")
        self.setMinimumSize(180, 56)

    def show_figures(self, tiers: list[TierBar]) -> None:
        self.tiers = tiers
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = self.begin_paint()
        painter.setFont(self.small_font())
        painter.setPen(INK)
        w, h = self.width(), self.height()
        if not self.tiers:  # the figures are still being computed
            return
        painter.drawText(QRectF(0, 0, w, 16), Qt.AlignmentFlag.AlignLeft,
                         self.metrics(painter).elidedText(coverage_text(TEXTS["tiers"]),
                                                          Qt.TextElideMode.ElideRight, w))
        top, bottom = 34.0, h - 34.0
        top_value = max([t.visits for t in self.tiers] + [t.target for t in self.tiers] + [1])
        slot = w / len(self.tiers)
        bar = min(slot / 3.2, 34)
        for i, t in enumerate(self.tiers):
            centre = slot * (i + 0.5)
            colour = TIER_COLOURS.get(t.tier, INK)
            for offset, value, filled in ((-bar / 2 - 1, t.visits, True),
                                          (bar / 2 + 1, t.target, False)):
                height = (bottom - top) * value / top_value
                rect = QRectF(centre + offset - bar / 2, bottom - height, bar, height)
                painter.setPen(QPen(colour, 1.2))
                painter.setBrush(colour if filled else QColor("white"))
                painter.drawRect(rect)
                painter.setPen(INK)
                painter.drawText(QRectF(rect.left() - 10, rect.top() - 15, bar + 20, 14),
                                 Qt.AlignmentFlag.AlignCenter, str(value))
            painter.save()
            # "8 of 18 met", else "met 8/18", else "8/18": never smaller than the minimum
            met = (coverage_text(TEXTS["met_of"], met=t.met, areas=t.areas),
                   coverage_text(TEXTS["met_short"], met=t.met, areas=t.areas),
                   f"{t.met}/{t.areas}")
            for row, texts in enumerate(((tier_label(t.tier),), met)):
                fit_font(painter, lambda m, text=texts[0]: m.horizontalAdvance(text), slot - 4)
                text = first_fitting(self.metrics(painter), texts, slot - 4)
                painter.setPen(FAINT if row else INK)
                painter.drawText(QRectF(centre - slot / 2, bottom + 2 + 14 * row, slot, 14),
                                 Qt.AlignmentFlag.AlignCenter, text)
            painter.restore()
            self.hits.append((QRectF(centre - slot / 2, top, slot, bottom - top), "", fill(
                self.tr("{tier}: {visits} visits against a target of {target}; {met} of {areas} "
                        "areas met it"), tier=tier_label(t.tier), visits=t.visits,
                target=t.target, met=t.met, areas=t.areas)))
        painter.setPen(QPen(FAINT, 1))
        painter.drawLine(QPointF(0, bottom), QPointF(w, bottom))
