"""The pictures of page 1 as vector drawings (reportlab.graphics), from db.coverage's Pictures.

Each function takes the figures, the width, the font and `label(text, **params)` (translating,
in context "coverage") and returns a Drawing, a flowable with named shapes a test can find.
The window draws the same pictures with QPainter from the same figures (desktop/widgets).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from db.coverage import (
    BAND_COLOURS,
    BAND_LABELS,
    BANDS,
    ORDER_NOTES,
    TEXTS,
    LineDiagram,
    TierBar,
    track_spots,
    unrecorded_span,
)
from db.coverage import TrendPoint as Point

Label = Callable[..., str]
CJK = re.compile(r"[\u3400-\u9fff]")
INK = colors.HexColor("#3c4043")
FAINT = colors.HexColor("#9aa0a6")
NO_RECORDS_FILL = colors.HexColor("#eceef0")  # the trend's months before the records begin
TIER_COLOURS = {1: colors.HexColor("#8ab4f8"), 2: colors.HexColor("#4285f4"),
                3: colors.HexColor("#1a3d6d")}
RATE_COLOUR = colors.HexColor("#188038")
RATIO_COLOUR = colors.HexColor("#c5221f")


def _text(x: float, y: float, text: str, font: str, size: float, *, anchor: str = "start",
          colour=INK) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _mark(x: float, y: float, colour, remote: bool, r: float) -> Group:
    """A circle, or for a remote (tier 3) area a triangle with an outline: remote is seen."""
    if remote:
        return Group(Polygon([x - r * 1.25, y - r, x + r * 1.25, y - r, x, y + r * 1.35],
                             fillColor=colour, strokeColor=INK, strokeWidth=0.7))
    return Group(Circle(x, y, r, fillColor=colour, strokeColor=colors.white, strokeWidth=0.4))


def vertical_name(drawing: Drawing, x: float, top: float, name: str, font: str, size: float,
          length: float) -> None:
    """`name` written downwards from `top`: Chinese upright, one character under the other (as
    a vertical label reads, and as the window draws it); other text turned a quarter."""
    if CJK.search(name):
        step = size * 1.05
        fits = max(1, int(length // step))
        # ︰ (U+FE30): the bundled font has no vertical ellipsis (︙ U+FE19, ⋮ U+22EE)
        text = name if len(name) <= fits else name[:max(fits - 1, 1)] + "︰"
        for i, char in enumerate(text):
            drawing.add(_text(x, top - size * 0.85 - i * step, char, font, size,
                              anchor="middle"))
        return
    g = Group(_text(0, 0, _fit(name, font, size, length), font, size, anchor="end"))
    g.translate(x + size / 3, top)
    g.rotate(90)
    drawing.add(g)


def line_diagram(line: LineDiagram, width: float, font: str, label: Label,
                 tier_label: Callable[[int], str]) -> Drawing:
    """Each line a track; each area a mark in line order, coloured by days since the last visit;
    names below, rotated. A note says how the areas are ordered."""
    groups = line.groups or [("", [])]
    track_h, name_h, legend_h = 9 * mm, 20 * mm, 9 * mm
    height = legend_h + len(groups) * (track_h + name_h)
    drawing = Drawing(width, height, initialFontName=font)
    drawing.add(_text(0, height - 3 * mm, label(ORDER_NOTES[line.order], count=line.unplaced),
                      font, 7, colour=FAINT), name="order_note")
    y_top = height - legend_h
    label_w = 16 * mm
    for index, (name, marks) in enumerate(groups):
        y = y_top - index * (track_h + name_h) - track_h / 2
        drawing.add(_text(0, y - 2.5, _fit(name, font, 7.5, label_w - 2), font, 7.5))
        left, right = label_w, width - 2 * mm
        drawing.add(Line(left, y, right, y, strokeColor=FAINT, strokeWidth=1.6))
        step = (right - left) / max(len(marks), 1)
        radius = min(2.1 * mm, step * 0.36)
        xs = [left + (right - left) * spot for spot in track_spots(marks)]
        for i, (m, x) in enumerate(zip(marks, xs, strict=True)):
            drawing.add(_mark(x, y, colors.HexColor(m.colour), m.remote, radius),
                        name=f"mark_{index}_{i}")
            room = min([step, *(abs(x - o) for o in xs[max(i - 1, 0):i + 2] if o != x)])
            size = 5.5 if room >= 2.4 * mm else 4.5
            vertical_name(drawing, x, y - 3.4 * mm, m.name, font, size, name_h - 3.5 * mm)
        if marks and marks[0].position:
            drawing.add(_text(left, y + 2.8 * mm, marks[0].position.split("–")[0], font, 6,
                              colour=FAINT))
        if marks and marks[-1].position:
            drawing.add(_text(right, y + 2.8 * mm, marks[-1].position.split("–")[-1], font, 6,
                              anchor="end", colour=FAINT))
    x = 0.0
    y = 1.5 * mm
    for key in BANDS:
        drawing.add(Circle(x + 1.5 * mm, y + 1 * mm, 1.4 * mm,
                           fillColor=colors.HexColor(BAND_COLOURS[key]), strokeColor=None))
        text = label(BAND_LABELS[key], days=line.overdue_days)
        drawing.add(_text(x + 4 * mm, y, text, font, 7))
        x += 6 * mm + stringWidth(text, font, 7)
    drawing.add(_mark(x + 2 * mm, y + 1 * mm, colors.white, True, 1.4 * mm))
    drawing.add(_text(x + 5 * mm, y, label(TEXTS["remote"]), font, 7))
    return drawing


def tier_bars(tiers: list[TierBar], width: float, height: float, font: str, label: Label,
              tier_label: Callable[[int], str]) -> Drawing:
    """Per access tier: visits (filled) against target (outlined), numbers above."""
    drawing = Drawing(width, height, initialFontName=font)
    bottom, top = 9 * mm, height - 9 * mm
    top_value = max([t.visits for t in tiers] + [t.target for t in tiers] + [1])
    slot = width / max(len(tiers), 1)
    bar = min(slot / 3.2, 12 * mm)
    drawing.add(_text(0, height - 3.5 * mm, label(TEXTS["tiers"]),
                      font, 8.5))
    drawing.add(Line(0, bottom, width, bottom, strokeColor=FAINT, strokeWidth=0.6))
    for i, t in enumerate(tiers):
        centre = slot * (i + 0.5)
        for offset, value, filled in ((-bar / 2 - 0.5, t.visits, True),
                                      (bar / 2 + 0.5, t.target, False)):
            h = (top - bottom) * value / top_value
            drawing.add(Rect(centre + offset - bar / 2, bottom, bar, h,
                             fillColor=TIER_COLOURS.get(t.tier) if filled else colors.white,
                             strokeColor=TIER_COLOURS.get(t.tier), strokeWidth=0.9),
                        name=f"bar_{t.tier}_{'visits' if filled else 'target'}")
            drawing.add(_text(centre + offset, bottom + h + 1.2, str(value), font, 7,
                              anchor="middle"))
        drawing.add(_text(centre, bottom - 4 * mm, tier_label(t.tier), font, 7.5,
                          anchor="middle"))
        drawing.add(_text(centre, bottom - 7.5 * mm,
                          label(TEXTS["met_of"], met=t.met, areas=t.areas), font, 6.5,
                          anchor="middle", colour=FAINT))
    legend_x = width - 2 * mm
    for text, filled in ((label(TEXTS["target"]), False), (label(TEXTS["visits"]), True)):
        w = stringWidth(text, font, 6.5)
        drawing.add(_text(legend_x, height - 8 * mm, text, font, 6.5, anchor="end"))
        drawing.add(Rect(legend_x - w - 4 * mm, height - 8 * mm, 3 * mm, 2.4 * mm,
                         fillColor=INK if filled else colors.white, strokeColor=INK,
                         strokeWidth=0.6))
        legend_x -= w + 7 * mm
    return drawing


def trend(points: list[Point], width: float, height: float, font: str, label: Label) -> Drawing:
    """Two panels over the months: the coverage rate (0–100%) and the remoteness ratio with
    its even line at 1."""
    drawing = Drawing(width, height, initialFontName=font)
    drawing.add(_text(0, height - 3.5 * mm, label(TEXTS["trend"], n=len(points)), font, 8.5))
    left, right = 9 * mm, width - 2 * mm
    step = (right - left) / max(len(points) - 1, 1)
    xs = [left + step * i for i in range(len(points))]
    panel_h = (height - 24 * mm) / 2
    ratios = [p.remoteness_bias for p in points if p.remoteness_bias is not None]
    ratio_top = max([1.2, *ratios]) * 1.1
    panels = (("rate", label(TEXTS["rate"]), RATE_COLOUR, 1.0,
               [p.coverage_rate for p in points], lambda v: f"{v:.0%}"),
              ("ratio", label(TEXTS["ratio"]), RATIO_COLOUR, ratio_top,
               [p.remoteness_bias for p in points], lambda v: f"{v:.2f}"))
    empty = unrecorded_span(points)
    for n, (key, title, colour, top, values, shown) in enumerate(panels):
        base = height - 11 * mm - (n + 1) * panel_h - n * 6 * mm
        if empty:  # the months before the records begin: shaded, said in words
            band_w = min(xs[empty - 1] + step / 2, right) - left
            drawing.add(Rect(left, base, band_w, panel_h, fillColor=NO_RECORDS_FILL,
                             strokeColor=None), name=f"{key}_no_records")
            if n == 0:
                drawing.add(_text(left + band_w / 2, base + panel_h / 2 - 2,
                                  label(TEXTS["no_records"]), font, 6.5, anchor="middle",
                                  colour=FAINT))
        drawing.add(Rect(left, base, right - left, panel_h, fillColor=None, strokeColor=FAINT,
                         strokeWidth=0.4))
        drawing.add(_text(left, base + panel_h + 1.2 * mm, title, font, 7, colour=colour))
        drawing.add(_text(left - 1, base - 1.5, shown(0), font, 5.5, anchor="end",
                          colour=FAINT))
        reference = 1.0
        ref_y = base + panel_h * reference / top
        drawing.add(Line(left, ref_y, right, ref_y, strokeColor=FAINT, strokeWidth=0.4,
                         strokeDashArray=[2, 2]))
        drawing.add(_text(left - 1, ref_y - 2, shown(reference), font, 5.5, anchor="end",
                          colour=FAINT))
        run: list[float] = []
        for x, value in zip(xs, values, strict=True):
            if value is None:  # undefined that month: the line breaks
                if len(run) >= 4:
                    drawing.add(PolyLine(run, strokeColor=colour, strokeWidth=1.2))
                run = []
                continue
            y = base + panel_h * min(value, top) / top
            run += [x, y]
            drawing.add(Circle(x, y, 0.9 * mm, fillColor=colour, strokeColor=None))
        if len(run) >= 4:
            drawing.add(PolyLine(run, strokeColor=colour, strokeWidth=1.2), name=f"{key}_line")
        last = values[-1] if values else None
        if last is not None:
            drawing.add(_text(right, base + panel_h + 1.2 * mm, shown(last), font, 7,
                              anchor="end", colour=colour))
    for i, (x, p) in enumerate(zip(xs, points, strict=True)):
        drawing.add(_text(x, 4.5 * mm, f"{p.month.month:02d}", font, 5.5, anchor="middle"))
        if i == 0 or p.month.month == 1:  # the year under its first month: never guessed
            drawing.add(_text(x, 1 * mm, str(p.month.year), font, 5.5, anchor="middle",
                              colour=FAINT))
    return drawing
