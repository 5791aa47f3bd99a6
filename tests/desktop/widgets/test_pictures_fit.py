"""The dashboard's pictures at a narrow width (1024×700, English or Chinese): every word they
write stays inside the picture and clear of its neighbours, never under the readable minimum
(8 points), and Chinese is drawn with glyphs, not boxes. On the real window the tier bars'
“18 个中 8 个达标” ran into each other and the line diagram's legend was cut at “remo”; then
both shrank to 6 points to fit."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout

from db.coverage.pictures import LineDiagram, LineMark, TierBar, TrendPoint
from desktop.app import register_fonts
from desktop.i18n import Translations
from desktop.widgets import coverage_pictures, trend_picture
from desktop.widgets.coverage_pictures import CJK, LineDiagramView, TierBarsView
from desktop.widgets.picture_text import MIN_POINTS
from desktop.widgets.trend_picture import TrendView


class Recorder(QPainter):
    """A painter that remembers the horizontal extent of each text it writes, and each text
    with its font and where it went."""

    spans: list[tuple[float, float, str]] = []
    drawn: list[tuple[str, QFont, object]] = []

    def drawText(self, *args):  # noqa: N802 - Qt override
        text = args[-1]
        Recorder.drawn.append((text, QFont(self.font()), args[0]))
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
    Recorder.spans, Recorder.drawn = [], []
    monkeypatch.setattr(coverage_pictures, "QPainter", Recorder)
    monkeypatch.setattr(trend_picture, "QPainter", Recorder)
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


# A depot's pictures: 45 areas along one line (tighter than names are wide at 1024 pixels), 16
# on another, the tiers and twelve months from a December.
NAMES = ["青石岭", "柳家湾", "枫林", "白沙铺", "黄泥塘", "龙口", "杉木", "双河口", "鹰嘴岩",
         "栗山", "长冲", "望云", "水口", "狮子岩", "樟木"]
DEPOT = LineDiagram(
    [LineMark(f"a{i}", f"{NAMES[i % len(NAMES)]}站线路工区", f"{i:02d}", "京广线",
              f"K{1756 + 8 * i}+700", 1 + i % 3, i % 4, dt.date(2026, 11, 1), 30, "recent")
     for i in range(45)]
    + [LineMark(f"b{i}", f"{NAMES[i % len(NAMES)]}桥隧工区", f"{50 + i}", "焦柳线",
                f"K{1410 + 9 * i}+110", 3, 0, None, None, "never") for i in range(16)],
    "position", 0, 45)
TIERS = [TierBar(1, 18, 10, 21, 8), TierBar(2, 24, 5, 24, 5), TierBar(3, 18, 2, 18, 2)]
TREND = [TrendPoint(dt.date(2025 + (m > 0), (m + 11) % 12 + 1, 1), 0.9 - 0.05 * m, 0.3)
         for m in range(12)]
# (line diagram, tier bars, trend) as the 1024×700 window lays them out
AT_1024 = {"coverage": ((428, 398), (180, 398), (256, 398)),
           "dashboard": ((421, 283), (180, 283), (253, 283))}


def glyphs_missing(text: str, font: QFont) -> bool:
    """Whether any character of `text` has no glyph (a box) in `font` and its fallbacks."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())


@pytest.mark.parametrize("page", sorted(AT_1024))
def test_words_stay_readable_at_1024_pixels(qtbot, recorded, language, page):
    line, bars, trend = LineDiagramView(), TierBarsView(), TrendView()
    line.show_figures(DEPOT)
    bars.show_figures(TIERS)
    trend.show_figures(TREND)
    for view, size in zip((line, bars, trend), AT_1024[page], strict=True):
        shown(qtbot, view, *size)
    texts = [(text, font) for text, font, _where in Recorder.drawn if text.strip()]
    assert len(texts) > 100
    small = sorted({(font.pointSizeF(), text) for text, font in texts
                    if font.pointSizeF() < MIN_POINTS})
    assert not small, small
    assert not [text for text, font in texts if glyphs_missing(text, font)]
    if language == "zh_CN":
        assert any("达标" in text for text, _font in texts)  # the tiers' short form, in Chinese
    # names under the crowded track: every other one or so, each column clear of the next
    columns = sorted({where.center().x() for text, _font, where in Recorder.drawn
                      if len(text) == 1 and CJK.match(text) and isinstance(where, QRectF)
                      and where.top() < line.spots[45].y()})  # above the second track
    height = QFontMetricsF(Recorder.drawn[0][1]).height()
    assert len(columns) >= 15, columns
    assert all(b - a >= height for a, b in zip(columns, columns[1:], strict=False)), columns


def test_a_december_first_month_leaves_its_year_to_january(qtbot, recorded, language):
    view = TrendView()
    view.show_figures(TREND)
    shown(qtbot, view, 253, 283)
    years = [text for text, _font, _where in Recorder.drawn if text in ("2025", "2026")]
    months = [text for text, _font, _where in Recorder.drawn if len(text) == 2 and text.isdigit()]
    assert years == ["2026"] and months[-1] == "11"  # the last month is always named
    assert len(months) == 12  # 253 pixels: room for every month
