"""The people picker as a person uses it: type initials, pick from the list, go on."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.widgets.pickers import PeoplePicker

# Completer popups on the offscreen platform say they cannot grab the keyboard or raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CADRES = [{"id": "c1", "name": "陈洋", "search": "cy chenyang"},
          {"id": "c2", "name": "吴春洋", "search": "wcy"}]


def _shown(qtbot, picker: PeoplePicker) -> PeoplePicker:
    """The picker on screen, active, the keyboard in its entry."""
    qtbot.addWidget(picker)
    picker.show()
    picker.activateWindow()
    picker.edit.setFocus()
    QTest.qWaitForWindowActive(picker)
    return picker


def test_a_name_picked_from_the_list_leaves_the_entry_empty_for_the_next(qtbot):
    """↓ shows the row's name in the entry; Enter adds it. QCompleter reports the row, then
    writes its name into the entry again, after the picker had emptied it: the name stayed
    there as if not yet added, and the next cadre's initials were typed after it."""
    picker = _shown(qtbot, PeoplePicker(CADRES))
    QTest.keyClicks(picker.edit, "cy")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=1000)
    QTest.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Down)
    assert picker.edit.text() == "陈洋"
    QTest.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Return)
    assert picker.value() == ["c1"]
    qtbot.waitUntil(lambda: picker.edit.text() == "", timeout=1000)
    assert picker.edit.text() == "" and picker.value() == ["c1"]


def test_enter_on_initials_of_two_names_shows_them_and_down_picks(qtbot):
    """cy matches 陈洋 and 吴春洋: Enter cannot choose, so the list stays open to choose from
    (on the real window it closed, and ↓ did not bring it back: the initials had to be typed
    again)."""
    picker = _shown(qtbot, PeoplePicker(CADRES))
    QTest.keyClicks(picker.edit, "cy")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=1000)
    QTest.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Return)
    assert picker.value() == [] and picker.edit.text() == "cy"
    assert picker.completer.popup().isVisible()
    picker.completer.popup().hide()  # Esc, or a click elsewhere: ↓ brings the list back
    QTest.keyClick(picker.edit, Qt.Key.Key_Down)
    assert picker.completer.popup().isVisible()
    QTest.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Down)
    QTest.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Return)
    assert picker.value() == ["c1"]
