"""Every page fits a 1024×700 screen in either language: the window's smallest size, with each
page shown once, is within it. In English the window could not be narrower than 1,161 pixels
(the Conflicts tab's one-line introduction, the Exchange tab's, and the Members page's toolbar
with its 240-pixel search box), so on a 1024-pixel screen its right side was cut off; the
screenshot command, which squeezes a window to the size asked for, showed the search box
running under the Trash box."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import open_window, register_fonts
from desktop.pages import PAGE_NAMES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_window_fits_a_1024_by_700_screen(qtbot, store, tmp_path, lang):
    app = QApplication.instance()
    register_fonts(app)  # the window's fonts, as on a screen
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(store, lang=lang, app_settings=settings)
    try:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for name in PAGE_NAMES:
            window.show_page(name)
        smallest = window.minimumSizeHint()
        assert smallest.width() <= 1024 and smallest.height() <= 700, (smallest, lang)
    finally:
        app._branch_desk_translations.uninstall(app)
