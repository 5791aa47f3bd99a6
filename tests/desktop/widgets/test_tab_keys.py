"""Every tab widget changes tab from the keyboard, wherever the focus is inside it: Ctrl+PgDn
the next tab, Ctrl+PgUp the previous one (round the ends). The coverage page's tabs (走访计划
among them) had no key at all: each holds a table, which took Qt's own Ctrl+PgDn."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.dialogs.settings_dialog import SettingsDialog
from desktop.pages.coverage import CoveragePage
from desktop.pages.data import DataPage
from desktop.pages.meetings import MeetingsPage

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()  # shortcuts answer in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def press(qtbot, key):
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, CTRL)


def test_coverage_tabs_from_inside_a_table_to_the_plan_and_round(qtbot, context):
    page = shown(qtbot, CoveragePage(context))
    qtbot.waitUntil(lambda: not page.busy())
    tabs = page.tabs
    tabs.setCurrentWidget(page.area_table)
    page.area_table.setFocus()
    assert QApplication.focusWidget() is page.area_table
    seen = [tabs.currentIndex()]
    for _ in range(tabs.count()):
        press(qtbot, Qt.Key.Key_PageDown)
        seen.append(tabs.currentIndex())
    assert seen == [1, 2, 3, 4, 5, 0, 1]
    assert tabs.tabText(5) == "Visit plan"  # reached with the keys, not only by mouse
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageUp)
    assert tabs.currentIndex() == tabs.count() - 1
    assert "Ctrl+PgDn" in tabs.tabBar().toolTip()


@pytest.mark.parametrize("make", [lambda c: SettingsDialog(None, c), DataPage, MeetingsPage])
def test_every_other_tab_widget_has_the_same_keys(qtbot, context, make):
    widget = shown(qtbot, make(context))
    tabs = widget.tabs
    tabs.setCurrentIndex(0)
    inside = next(w for w in tabs.currentWidget().findChildren(QWidget)
                  if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible())
    inside.setFocus()  # somewhere inside the first tab
    assert QApplication.focusWidget() is inside
    press(qtbot, Qt.Key.Key_PageDown)
    assert tabs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageUp)
    assert tabs.currentIndex() == tabs.count() - 1
