"""The keyboard in the full window: Ctrl+F reaches the search box of whichever record page the
sidebar shows, wherever the focus is; Ctrl+N opens quick visit entry from every page."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import open_window
from desktop.dialogs.visit_dialog import VisitDialog
from desktop.pages import PAGE_NAMES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

RECORD_PAGES = ["areas", "members", "visits", "concerns"]


@pytest.fixture
def window(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(store, lang="en", app_settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())


def click_sidebar(qtbot, window, name: str):
    sidebar = window.sidebar
    item = sidebar.item(PAGE_NAMES.index(name))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(item).center())
    assert window.current_page_name() == name
    return window.stack.currentWidget()


@pytest.mark.parametrize("name", RECORD_PAGES)
def test_ctrl_f_focuses_the_search_of_the_page_chosen_in_the_sidebar(qtbot, window, name):
    click_sidebar(qtbot, window, "dashboard")
    page = click_sidebar(qtbot, window, name)
    assert window.sidebar.hasFocus()  # the click left the focus in the sidebar
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.table.setFocus()  # and from inside the page
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_ctrl_f_on_a_page_after_another_record_page(qtbot, window):
    first = click_sidebar(qtbot, window, "areas")
    second = click_sidebar(qtbot, window, "members")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert second.search.hasFocus() and not first.search.hasFocus()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_ctrl_n_opens_quick_visit_entry_from_every_page(qtbot, window, name, drive_dialog):
    page = click_sidebar(qtbot, window, name)
    focus = QApplication.focusWidget() or page
    dialog = drive_dialog(
        lambda: qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        lambda dialog: dialog.reject())
    assert isinstance(dialog, VisitDialog)


def test_tab_leaves_every_table_of_every_page(qtbot, window):
    """Qt's tables take Tab to walk their cells: a person in the visits table would press Tab
    thousands of times to reach the buttons. Every table of every page lets Tab go on."""
    from PySide6.QtWidgets import QAbstractItemView

    trapping = []
    for name in PAGE_NAMES:
        page = window.show_page(name)
        trapping += [f"{name}: {type(view).__name__} {view.objectName()}"
                     for view in page.findChildren(QAbstractItemView)
                     if view.tabKeyNavigation()]
    assert trapping == []
