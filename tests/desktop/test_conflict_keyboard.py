"""A visit edited on the office PC and on a laptop between two exchanges, settled from the
keyboard alone in the real window's conflicts section (field by field: Down to a field, Space
switches the version kept of it); the laptop then receives the choice with the next exchange and
has no conflict of its own. Key events only (QTest); a filter on the application fails the test
on any mouse event."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from db.models import SyncConflict, Visit
from db.sync import list_conflicts
from desktop.app import open_window
from desktop.pages import PAGE_NAMES
from tests.db.sync.devices import Devices, visit_in_conflict
from tests.desktop.scripted_dialogs import ScriptedDialogs
from tests.desktop.test_keyboard_only import Keyboard, MouseWatch

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def machines(tmp_path):
    devices = Devices(tmp_path / "machines", ["office", "laptop_a"])
    # the secretary corrects the hours and the summary; the cadre, offline, notes the workers
    visit = visit_in_conflict(devices, {"hours": 2.0, "summary": "看望班组，听取意见"},
                              {"workers_met": 6, "summary": "看望班组，六人"})
    yield devices, visit
    devices.close()


def test_a_conflict_settled_by_keyboard_reaches_the_laptop(qtbot, machines, tmp_path):
    devices, visit = machines
    store = devices.open("office")
    assert len(list_conflicts()) == 1
    win = open_window(store, lang="en", app_settings=QSettings(str(tmp_path / "s.ini"),
                                                               QSettings.Format.IniFormat))
    win.context.dialogs = ScriptedDialogs()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)
    watch = MouseWatch()
    app = QApplication.instance()
    app.installEventFilter(watch)
    keys = Keyboard(qtbot)
    try:
        keys.key(getattr(Qt.Key, f"Key_{PAGE_NAMES.index('data') + 1}"), CTRL)
        keys.key(Qt.Key.Key_Tab)  # the section tabs
        keys.key(Qt.Key.Key_Right)  # Conflicts
        section = win.show_page("data").sections["conflicts"]
        keys.key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is section.list and section.list.currentRow() == 0
        conflict = section.current()
        # hours from the office, the workers met from the laptop, the laptop's summary
        wanted = {"hours": 2.0, "workers_met": 6, "summary": "看望班组，六人"}
        keys.key(Qt.Key.Key_Tab)  # the two versions, on the first field that differs
        versions = section.versions
        assert QApplication.focusWidget() is versions and versions.currentRow() == 0
        settled = set()
        for row in range(len(conflict.differing)):  # Down from field to field, Space switches
            box = versions.choice(row)
            field = versions.item(row, section.COL_FIELD).data(section.COLUMN_ROLE)
            if conflict.shown[field] != wanted[field]:
                keys.key(Qt.Key.Key_Space)
            version = conflict.shown if box.currentData() == "local" else conflict.other
            assert version[field] == wanted[field]
            settled.add(field)
            keys.key(Qt.Key.Key_Down)
        assert settled == set(wanted)
        keys.key(Qt.Key.Key_P, ALT)  # Apply the choice per field (a mnemonic clicks shortly)
        qtbot.waitUntil(lambda: section.list.count() == 0, timeout=5000)
        assert section.empty.isVisible() and win.context.dialogs.shown == []
    finally:
        app.removeEventFilter(watch)
        app._branch_desk_translations.uninstall(app)
    assert watch.seen == [], "a mouse event reached the application"
    row = Visit.get_by_id(visit)
    assert (row.hours, row.workers_met, row.summary) == (2.0, 6, "看望班组，六人")
    win.close()

    # the laptop receives the choice: no conflict there, the same visit on both machines
    summary = devices.exchange("office", "laptop_a")
    assert (summary.conflicts, summary.updated) == (0, 1)
    assert list_conflicts() == [] and not SyncConflict.select().where(
        SyncConflict.resolved_at.is_null()).exists()
    row = Visit.get_by_id(visit)
    assert (row.hours, row.workers_met, row.summary) == (2.0, 6, "看望班组，六人")
    assert devices.snapshot("laptop_a") == devices.snapshot("office")
    # and the laptop's next package changes nothing on the office
    summary = devices.exchange("laptop_a", "office")
    assert (summary.new, summary.updated, summary.conflicts) == (0, 0, 0)
