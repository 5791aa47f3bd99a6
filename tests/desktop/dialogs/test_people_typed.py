"""A 包保 or an assignment, and a branch's secretary, are given by typing a name's initials, as a
visit's people and a meeting's chair are: they were combos of every member on the roll (600 at
a depot), which the keyboard could only go through with the arrows."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import branches, members, records, workareas
from db.models import Assignment, Branch, Responsibility
from desktop.dialogs.branch_dialog import BranchDialog
from desktop.dialogs.period_dialogs import PeriodDialog

# The offscreen platform cannot raise or size a window as X does; the dialogs ask it to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def today():
    return dt.date(2025, 3, 15)


def _type(qtbot, picker, initials: str, name: str) -> None:
    """Initials typed and Tab on: the picker holds the one name they match."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, initials)
    qtbot.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: picker.edit.text() == name)


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_cadres_baobao_area_and_a_members_work_area_are_typed(qtbot, context):
    cadre = records.create(members.KIND, {"name": "王建国", "is_cadre": True})
    records.create(members.KIND, {"name": "王建军"})  # not a cadre: not offered for a 包保
    area = records.create(workareas.KIND, {"name": "猫儿洞桥隧工区"})
    dialog = _shown(qtbot, PeriodDialog(None, context, responsibility=True, area_id=area.id))
    _type(qtbot, dialog.fields["member"], "wjg", "王建国")
    dialog.try_save()
    assert [(r.member_id, r.work_area_id) for r in Responsibility.select()] == [
        (cadre.id, area.id)]

    worker = records.create(members.KIND, {"name": "李小红"})
    dialog = _shown(qtbot, PeriodDialog(None, context, responsibility=False, member_id=worker.id))
    _type(qtbot, dialog.fields["work_area"], "medqsgq", "猫儿洞桥隧工区")
    dialog.try_save()
    assert [(a.member_id, a.work_area_id) for a in Assignment.select()] == [(worker.id, area.id)]


def test_a_branch_secretary_is_typed_and_one_who_left_stays_shown(qtbot, context):
    secretary = records.create(members.KIND, {"name": "赵强"})
    dialog = _shown(qtbot, BranchDialog(None, context))
    dialog.fields["name"].setText("第一支部")
    _type(qtbot, dialog.fields["secretary_id"], "zq", "赵强")
    dialog.try_save()
    branch = Branch.get()
    assert (branch.name, branch.secretary_id) == ("第一支部", secretary.id)

    records.edit(members.KIND, secretary.id, {"status": "transferred",  # off the roll
                                              "status_on": "2025-03-01"})
    dialog = _shown(qtbot, BranchDialog(None, context, branch.id))
    assert dialog.fields["secretary_id"].edit.text() == "赵强"
    dialog.fields["name"].setText("第一党支部")
    dialog.try_save()
    assert (records.get(branches.KIND, branch.id).name, Branch.get().secretary_id) == (
        "第一党支部", secretary.id)
