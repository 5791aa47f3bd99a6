"""The main window's pages: each opens by name and by Ctrl+1..8, Ctrl+N records a visit from any
page, and the sidebar speaks the chosen language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import open_window
from desktop.dialogs.visit_dialog import VisitDialog
from desktop.pages import PAGE_NAMES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CHINESE = ["工作台", "工区", "党员", "走访", "诉求", "覆盖分析", "月报", "数据"]
ENGLISH = ["Dashboard", "Work areas", "Members", "Visits", "Concerns", "Coverage",
           "Monthly report", "Data"]


def make_window(qtbot, store, tmp_path, lang):
    settings = QSettings(str(tmp_path / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    window = open_window(store, lang=lang, app_settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, store, tmp_path):
    yield make_window(qtbot, store, tmp_path, "en")
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())


def test_every_page_opens_by_name(window):
    for name in PAGE_NAMES:
        page = window.show_page(name)
        assert window.stack.currentWidget() is page
        assert window.current_page_name() == name


def test_every_page_opens_by_shortcut(qtbot, window):
    for index, name in enumerate(PAGE_NAMES):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name


def test_ctrl_n_records_a_visit_from_any_page(qtbot, window, drive_dialog):
    window.show_page("members")
    dialog = drive_dialog(
        lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        lambda dialog: dialog.reject())
    assert isinstance(dialog, VisitDialog)


@pytest.mark.parametrize("lang, titles", [("zh_CN", CHINESE), ("en", ENGLISH)])
def test_sidebar_language(qtbot, store, tmp_path, lang, titles):
    app = QApplication.instance()
    window = make_window(qtbot, store, tmp_path, lang)
    try:
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == titles
    finally:
        app._branch_desk_translations.uninstall(app)
