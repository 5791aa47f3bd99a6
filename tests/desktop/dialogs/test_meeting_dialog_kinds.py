"""The meeting dialog's kind list follows the holding unit (召开单位), from the keyboard: a branch
is offered only what a branch holds, the general branch only its own; a kind still held is kept,
else the unit's default is chosen and said, and the meeting then saves."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from db import branches, clock, members, records
from db.choices import BRANCH_KINDS, GENERAL_BRANCH_KINDS
from db.meetings import default_kind, kinds_held_by
from db.models import Meeting
from desktop.context import AppContext
from desktop.dialogs.meeting_dialog import MeetingDialog
from tests.desktop.scripted_dialogs import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def branch(store, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 6, 14, 9, 0))
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 14))
    made = records.create(branches.KIND, {"name": "第一支部"})
    for name in ("王建国", "李明"):
        records.create(members.KIND, {"name": name, "branch": made.id, "joined_on": "2010-01-01"})
    return made


@pytest.fixture
def context(store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings, dialogs=ScriptedDialogs(), lang="en")


def open_dialog(qtbot, context, branch_id=None):
    dialog = MeetingDialog(None, context, branch_id=branch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def offered(dialog) -> list[str]:
    return [dialog.kind.itemData(i) for i in range(dialog.kind.count())]


def choose_unit(qtbot, dialog, key) -> None:
    """Move the 召开单位 combo one step with the keyboard (Down: the first branch; Up: back)."""
    dialog.branch.setFocus()
    qtbot.keyClick(dialog.branch, key)


def test_the_rule_in_the_db_layer():
    assert set(kinds_held_by(None)) == GENERAL_BRANCH_KINDS
    assert set(kinds_held_by("any branch id")) == BRANCH_KINDS
    assert default_kind(None) == "general_committee"
    assert default_kind("any branch id") == "theme_day"


def test_general_committee_becomes_the_branch_default_and_saves(qtbot, context, branch, lang):
    dialog = open_dialog(qtbot, context)
    assert dialog.branch.currentData() is None
    assert dialog.kind.currentData() == "general_committee"
    assert set(offered(dialog)) == GENERAL_BRANCH_KINDS
    assert not dialog.kind_note.isVisible()

    choose_unit(qtbot, dialog, Qt.Key.Key_Down)
    assert dialog.branch.currentData() == branch.id
    assert set(offered(dialog)) == BRANCH_KINDS           # no 党总支委员会 for a branch
    assert dialog.kind.currentData() == "theme_day"        # the default of a branch's meeting
    assert dialog.kind_note.isVisible()                    # and the change is said
    note = dialog.kind_note.text()
    if lang == "zh_CN":
        assert note == "第一支部不召开“党总支委员会”，会议类型已改为“主题党日”。"
    else:
        assert "General branch committee meeting" in note and "Theme party day" in note
    assert dialog.attendance.table.rowCount() == 2         # the branch's roll on the day

    qtbot.waitUntil(dialog.save_button.isEnabled)
    dialog.try_save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    saved = Meeting.get()
    assert (saved.branch_id, saved.kind) == (branch.id, "theme_day")


def test_a_kind_both_hold_is_kept(qtbot, context, branch):
    dialog = open_dialog(qtbot, context)
    dialog.kind.setCurrentIndex(dialog.kind.findData("party_lecture"))
    choose_unit(qtbot, dialog, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == "party_lecture"
    assert not dialog.kind_note.isVisible()
    choose_unit(qtbot, dialog, Qt.Key.Key_Up)
    assert dialog.branch.currentData() is None
    assert dialog.kind.currentData() == "party_lecture"
    assert not dialog.kind_note.isVisible()


def test_a_branch_kind_becomes_the_general_default(qtbot, context, branch):
    dialog = open_dialog(qtbot, context, branch.id)
    assert dialog.kind.currentData() == "theme_day"
    dialog.kind.setCurrentIndex(dialog.kind.findData("branch_assembly"))
    choose_unit(qtbot, dialog, Qt.Key.Key_Up)
    assert dialog.branch.currentData() is None
    assert set(offered(dialog)) == GENERAL_BRANCH_KINDS
    assert dialog.kind.currentData() == "general_committee"
    assert dialog.kind_note.isVisible()
    assert not dialog.fields["votes_for"].isVisible()      # the assembly's vote counts go
    # choosing a kind oneself takes the note away
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    assert dialog.kind.currentData() == "theme_day"
    assert not dialog.kind_note.isVisible()


def test_an_existing_meeting_shows_its_own_kind(qtbot, context, branch):
    dialog = open_dialog(qtbot, context, branch.id)
    dialog.kind.setCurrentIndex(dialog.kind.findData("group_meeting"))
    dialog.held_on.setText("2024-06-10")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    dialog.try_save()
    meeting_id = dialog.saved.id
    again = MeetingDialog(None, context, meeting_id)
    qtbot.addWidget(again)
    again.show()
    assert again.kind.currentData() == "group_meeting"
    assert set(offered(again)) == BRANCH_KINDS
    assert not again.kind_note.isVisible()
