"""The empty dashboard says what to do first: the steps in order, each a button that opens where
it is done, each ticked once done, from the keyboard too (Tab, Alt+1 … Alt+6), and the panel gone
once the branch has work areas and members."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import branches, members, organisation, records, workareas
from db.first_steps import STEPS
from desktop.pages.dashboard import DashboardPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class Window:
    """The navigator's window, remembering what each step asked for."""

    def __init__(self):
        self.calls = []
        self.page = self

    def show_page(self, name):
        self.calls.append(("page", name))
        return self

    def new_record(self):
        self.calls.append(("new", self.calls[-1][1]))

    def record_visit(self, prefill=None):
        self.calls.append(("visit", None))

    def open_settings(self, tab="general"):
        self.calls.append(("settings", tab))

    def import_workbook(self):
        self.calls.append(("import", None))


@pytest.fixture
def window(context):
    window = Window()
    context.navigator.attach(window)
    return window


@pytest.fixture
def page(qtbot, context, window):
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.busy())
    return page


def refreshed(qtbot, page, context, table):
    context.events.notify(table)  # as a dialog's save does
    qtbot.waitUntil(lambda: not page.busy())
    return page.first_steps


def test_an_empty_dashboard_shows_the_steps_in_order_none_done(page):
    panel = page.first_steps
    assert panel.isVisible() and panel.done_steps() == []
    grid = panel.layout()
    rows = {grid.getItemPosition(grid.indexOf(panel.buttons[s][0]))[0]: s for s in STEPS}
    assert [rows[r] for r in sorted(rows)] == ["settings", "branches", "areas", "members",
                                               "visits", "concerns"]
    assert "Remote" in panel.notes["areas"].text()
    assert "File → Import from Excel" in panel.notes["members"].text()


def test_each_step_opens_where_it_is_done(qtbot, page, window):
    opened = {}
    for step in STEPS:
        for button in page.first_steps.buttons[step]:
            window.calls.clear()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            opened[button.text()] = window.calls[-1]
    assert opened == {
        "&1 General branch…": ("settings", "general"),
        "&2 Branches…": ("settings", "branches"),
        "&3 Add a work area…": ("new", "areas"),
        "&4 Add a member…": ("new", "members"),
        "Import a roster &workbook…": ("import", None),
        "&5 Record a visit…": ("visit", None),
        "&6 Log a concern…": ("new", "concerns"),
    }


def test_steps_tick_as_they_are_done_and_the_panel_goes(qtbot, page, context):
    organisation.update_organisation({"name": "线路车间党总支", "signature_lines": "审核：__"})
    assert refreshed(qtbot, page, context, "organisation").done_steps() == ["settings"]
    records.create(branches.KIND, {"name": "线路一支部"})
    assert refreshed(qtbot, page, context, "branch").done_steps() == ["settings", "branches"]
    records.create(workareas.KIND, {"name": "石门坎", "access_tier": 3})
    panel = refreshed(qtbot, page, context, "work_area")
    assert panel.isVisible() and panel.done_steps() == ["settings", "branches", "areas"]
    records.create(members.KIND, {"name": "张三", "is_cadre": True})
    assert not refreshed(qtbot, page, context, "member").isVisible()


def test_the_steps_from_the_keyboard(qtbot, page, window):
    page.window().windowHandle().requestActivate()  # mnemonics answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    first = page.first_steps.buttons["settings"][0]
    first.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [page.first_steps.buttons[s][i] for s, i in (
        ("settings", 0), ("branches", 0), ("areas", 0), ("members", 0), ("members", 1),
        ("visits", 0), ("concerns", 0))]
    window.calls.clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(window.calls) == 2)  # a mnemonic clicks shortly after
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(window.calls) == 3)
    assert window.calls == [("page", "areas"), ("new", "areas"), ("settings", "branches")]


@pytest.mark.parametrize("step, index, expected", [
    ("branches", 0, ("SettingsDialog", "Branches")),
    ("areas", 0, ("AreaDialog", None)),
    ("members", 0, ("MemberDialog", None)),
])
def test_in_the_window_a_step_opens_its_dialog(qtbot, store, tmp_path, drive_dialog, step,
                                               index, expected):
    from PySide6.QtCore import QSettings

    from desktop.app import open_window
    from tests.desktop.scripted_dialogs import ScriptedDialogs

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(store, lang="en", app_settings=settings)
    window.context.dialogs = ScriptedDialogs()
    qtbot.addWidget(window)
    try:
        page = window.show_page("dashboard")
        qtbot.waitUntil(lambda: not page.busy())
        seen = []

        def look(dialog):
            tabs = getattr(dialog, "tabs", None)
            seen.append((type(dialog).__name__,
                         tabs.tabText(tabs.currentIndex()) if tabs is not None else None))
            dialog.reject()

        drive_dialog(page.first_steps.buttons[step][index].click, look)
        assert seen == [expected]
    finally:
        QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
