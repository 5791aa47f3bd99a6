"""Every button a page shows can be reached with Alt and a letter, in both languages: each has a
mnemonic (Chinese labels as 保存(&S)), no two shown at once in the window share a letter (the
page's own, its detail area's for the selected record), and none takes a letter of the menu bar
(文件(F) 记录(R) 转到(G) 设置(S) 帮助(H))."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

from db import demo
from desktop.app import open_window
from desktop.pages import PAGE_NAMES
from tests.desktop.scripted_dialogs import ScriptedDialogs
from tests.visit_fixtures import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MNEMONIC = re.compile(r"&([^&])")
DEMO_TODAY = dt.date(2026, 11, 20)
ARROWS = {"◀", "▶", "◂", "▸"}  # the period steppers: Alt+← / Alt+→ would be their keys


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _shown_window(qtbot, store, tmp_path, lang):
    """The main window on `store` in `lang`, shown; its translations removed afterwards."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(store, lang=lang, app_settings=settings)
    win.context.dialogs = ScriptedDialogs()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, store, tmp_path, monkeypatch):
    build(monkeypatch)
    yield from _shown_window(qtbot, store, tmp_path, request.param)


def shown_buttons(page) -> list[QAbstractButton]:
    buttons = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page) or not button.text() or button.text() in ARROWS:
            continue
        if isinstance(button.parent(), QTabBar):
            continue
        buttons.append(button)
    return buttons


def assert_own_letters(window, name: str, buttons: list[QAbstractButton]) -> None:
    """Each button has a mnemonic, not a menu's and not another shown button's."""
    menu_letters = {mnemonic(a.text()) for a in window.menuBar().actions()}
    assert None not in menu_letters
    seen: dict[str, str] = {}
    for button in buttons:
        letter = mnemonic(button.text())
        assert letter is not None, f"{name}: “{button.text()}” has no mnemonic"
        assert letter not in menu_letters, f"{name}: “{button.text()}” takes a menu's letter"
        assert letter not in seen, f"{name}: “{button.text()}” and “{seen[letter]}”"
        seen[letter] = button.text()
        if window.context.lang == "zh_CN":
            assert button.text().endswith(f"(&{letter})") or f"(&{letter})…" in button.text()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_button_on_a_page_has_its_own_letter(qtbot, window, name):
    assert_own_letters(window, name, shown_buttons(window.show_page(name)))


def all_concerns(page):
    """The concerns page opens on those not closed; closed ones have buttons of their own."""
    page.status_filter.setCurrentIndex(0)
    return page


# Pages whose detail area shows buttons for the selected record: the page → its record list.
DETAIL_PAGES = {"areas": lambda page: page, "members": lambda page: page,
                "visits": lambda page: page, "concerns": all_concerns,
                "meetings": lambda page: page.list}


@pytest.fixture(params=["en", "zh_CN"])
def demo_window(request, qtbot, store, tmp_path, monkeypatch):
    """The window on the small demo branch: records in every state, so every detail button
    shows for some record."""
    monkeypatch.setattr("db.clock.today", lambda: DEMO_TODAY)
    demo.build("small", seed=1, today=DEMO_TODAY)
    yield from _shown_window(qtbot, store, tmp_path, request.param)


def test_every_detail_button_has_its_own_letter(qtbot, demo_window):
    """Select record after record: whatever the detail area shows beside the page's buttons
    has a letter of its own, until every button of every detail area has been shown."""
    for name in DETAIL_PAGES:
        page = demo_window.show_page(name)
        qtbot.waitUntil(lambda p=page: not getattr(p, "busy", lambda: False)())  # its rows
        records = DETAIL_PAGES[name](page)
        detail = [b for b in records.detail.findChildren(QAbstractButton) if b.text()]
        assert detail, name
        unseen = {id(b): b.text() for b in detail}
        for row in range(records.model.rowCount()):
            records.table.selectRow(row)
            shown = shown_buttons(page)
            if any(id(b) in unseen for b in shown):
                assert_own_letters(demo_window, f"{name} row {row}", shown)
                for button in shown:
                    unseen.pop(id(button), None)
            if not unseen:
                break
        assert not unseen, f"{name}: never shown {sorted(unseen.values())}"
