"""The conflicts section from the keyboard: Tab leaves the versions table at once, as every table
of the app does, rather than stopping at each differing field's choice box; the arrows go to a
field and Space switches the version kept of it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from db.models import Visit
from desktop.context import AppContext
from desktop.pages.data_conflicts import ConflictsSection
from tests.db.sync.devices import Devices, visit_in_conflict
from tests.desktop.scripted_dialogs import ScriptedDialogs

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def office(tmp_path):
    """The office's database with one visit edited in three fields on both machines."""
    devices = Devices(tmp_path / "machines", ["office", "laptop_a"])
    visit = visit_in_conflict(
        devices, {"hours": 2.0, "summary": "看望班组，听取意见", "workers_met": 3},
        {"hours": 3.0, "summary": "看望班组，六人", "workers_met": 6})
    yield devices.open("office"), visit
    devices.close()


@pytest.fixture
def section(qtbot, office, tmp_path, lang):
    context = AppContext(store=office[0], settings=QSettings(str(tmp_path / "s.ini"),
                                                             QSettings.Format.IniFormat))
    context.dialogs = ScriptedDialogs()
    section = ConflictsSection(context)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.list)
    return section


def tab(qtbot, modifier=Qt.KeyboardModifier.NoModifier):
    key = Qt.Key.Key_Backtab if modifier else Qt.Key.Key_Tab
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_tab_leaves_the_versions_table_at_once(qtbot, section):
    assert len(section.current().differing) == 3
    stops = [tab(qtbot) for _ in range(5)]
    assert stops == [section.versions, section.keep_shown, section.take_other,
                     section.by_field, section.list]  # no stop at the three choice boxes
    assert tab(qtbot) is section.versions
    assert tab(qtbot, SHIFT) is section.list  # and back out the other way


def test_space_switches_the_version_kept_of_a_field(qtbot, section, office):
    conflict = section.current()
    tab(qtbot)
    versions = section.versions
    assert versions.currentRow() == 0  # the first field that differs
    wanted = {"hours": 2.0, "workers_met": 6, "summary": "看望班组，六人"}
    for row in range(len(conflict.differing)):
        field = versions.item(versions.currentRow(), section.COL_FIELD).data(
            section.COLUMN_ROLE)
        if conflict.shown[field] != wanted[field]:
            qtbot.keyClick(versions, Qt.Key.Key_Space)
        assert versions.choice(row).currentData() == (
            "local" if conflict.shown[field] == wanted[field] else "incoming")
        qtbot.keyClick(versions, Qt.Key.Key_Down)
    assert versions.currentRow() == 3 and versions.choice(3) is None  # a field that agrees
    qtbot.keyClick(versions, Qt.Key.Key_Space)  # does nothing there
    assert QApplication.focusWidget() is versions
    qtbot.keyClick(versions, Qt.Key.Key_Up)
    qtbot.keyClick(versions, Qt.Key.Key_Space)  # twice: back where it was
    qtbot.keyClick(versions, Qt.Key.Key_Space)
    for _ in range(3):
        tab(qtbot)
    assert QApplication.focusWidget() is section.by_field
    qtbot.keyClick(section.by_field, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: section.list.count() == 0)
    row = Visit.get_by_id(office[1])
    assert (row.hours, row.workers_met, row.summary) == (2.0, 6, "看望班组，六人")
