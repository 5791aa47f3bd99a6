"""The dashboard's pictures at a narrow width (1024×700, English or Chinese): every word they
write stays inside the picture and clear of its neighbours. On the real window the tier bars'
“18 个中 8 个达标” ran into each other and the line diagram's legend was cut at “remo”."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from db.coverage.pictures import LineDiagram, LineMark, TierBar
from desktop.app import register_fonts
from desktop.i18n import Translations
from desktop.widgets import coverage_pictures
from desktop.widgets.coverage_pictures import LineDiagramView, TierBarsView


class Recorder(QPainter):
    """A painter that remembers the horizontal extent of each text it writes."""

    spans: list[tuple[float, float, str]] = []

    def drawText(self, *args):  # noqa: N802 - Qt override
        text = args[-1]
        advance = QFontMetricsF(self.font()).horizontalAdvance(text)
        if isinstance(args[0], QPointF):
            left = args[0].x()
        else:
            rect: QRectF = args[0]
            flags = Qt.AlignmentFlag(args[1])
            if flags & Qt.AlignmentFlag.AlignHCenter:
                left = rect.center().x() - advance / 2
            elif flags & Qt.AlignmentFlag.AlignRight:
                left = rect.right() - advance
            else:
                left = rect.left()
        origin = self.transform().map(QPointF(left, 0)).x()
        if not self.transform().isRotating():
            Recorder.spans.append((origin, origin + advance, text))
        super().drawText(*args)


@pytest.fixture
def recorded(monkeypatch):
    Recorder.spans = []
    monkeypatch.setattr(coverage_pictures, "QPainter", Recorder)
    return Recorder.spans


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    register_fonts(qapp)  # the window's fonts
    translations = Translations(request.param)
    translations.install(qapp)
    yield request.param
    translations.uninstall(qapp)


def shown(qtbot, view, width, height):
    qtbot.addWidget(view)
    view.resize(width, height)
    view.grab()  # paints it
    return view


def test_tier_labels_fit_their_bars(qtbot, recorded, language):
    view = TierBarsView()
    view.show_figures([TierBar(1, 18, 10, 21, 8), TierBar(2, 24, 5, 24, 5),
                       TierBar(3, 18, 2, 18, 2)])
    shown(qtbot, view, 180, 250)  # the dashboard's share of a 1024-pixel window
    spans = sorted(s for s in recorded if "met" in s[2] or "达标" in s[2])
    assert spans and all(left >= 0 and right <= 180 for left, right, _ in spans), spans
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans


def test_the_line_diagrams_legend_fits(qtbot, recorded, language):
    mark = LineMark("a", "沙坪站线路工区", "", "焦柳线", "", 3, 0, None, None, "never")
    view = LineDiagramView()
    view.show_figures(LineDiagram([mark], "position", 0, 45))
    shown(qtbot, view, 400, 160)
    assert recorded and all(right <= 400 for _left, right, _text in recorded), recorded
