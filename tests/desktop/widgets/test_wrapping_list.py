"""Long rows in detail-panel sections and dashboard lists wrap and show in full, at any width."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle

from desktop.widgets.detail_panel import DetailPanel
from desktop.widgets.wrapping_list import WrappingList

LONG = ("2026-11-27 到期 · 杉木桥站线路工区 · 吴春洋：工具房太小，机具和材料没有地方存放，"
        "希望单位协调解决，另外工区的饮水机也坏了一个多月没人修。") * 2


def wrapped_text_height(widget: WrappingList, text: str) -> int:
    """How tall `text` is when wrapped the way the list paints it (inside the text margins)."""
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    width = widget.viewport().width() - 2 * margin
    return widget.fontMetrics().boundingRect(QRect(0, 0, width, 100000),
                                             Qt.TextFlag.TextWordWrap, text).height()


def test_section_rows_show_long_text_in_full_after_the_panel_is_laid_out(qtbot):
    panel = DetailPanel()
    qtbot.addWidget(panel)
    section = panel.add_section("Open concerns")
    section.set_items([("a", LONG, "#b00020"), ("b", "short", False)])  # before it has a width
    panel.resize(300, 700)
    panel.show()
    qtbot.waitExposed(panel)
    rows = section.list
    first = rows.visualItemRect(rows.item(0))
    assert first.height() >= wrapped_text_height(rows, LONG) > rows.fontMetrics().height() * 2
    # the whole list is visible: no row hidden under the frame, no scrolling needed
    last = rows.visualItemRect(rows.item(1))
    assert last.bottom() < rows.viewport().height()
    assert rows.verticalScrollBar().maximum() == 0


def test_rows_are_laid_out_again_when_the_width_changes(qtbot):
    panel = DetailPanel()
    qtbot.addWidget(panel)
    section = panel.add_section("Open concerns")
    panel.resize(500, 700)
    panel.show()
    qtbot.waitExposed(panel)
    section.set_items([("a", LONG, False)])
    wide = section.list.height()
    panel.resize(260, 700)
    qtbot.waitUntil(lambda: section.list.height() > wide)
    rows = section.list
    assert rows.visualItemRect(rows.item(0)).height() >= wrapped_text_height(rows, LONG)
    assert rows.verticalScrollBar().maximum() == 0


def test_a_list_never_scrolls_sideways(qtbot):
    rows = WrappingList()
    qtbot.addWidget(rows)
    rows.addItem(LONG)
    rows.resize(200, 300)
    rows.show()
    qtbot.waitExposed(rows)
    assert rows.horizontalScrollBar().maximum() == 0 or not rows.horizontalScrollBar().isVisible()
    assert rows.visualItemRect(rows.item(0)).height() >= wrapped_text_height(rows, LONG)
