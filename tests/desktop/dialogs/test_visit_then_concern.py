"""A concern heard on a visit, entered straight after it ("Save and add a concern"): the concern
dialog opens for that visit with the keyboard in its first field, ready to type."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.dialogs.concern_dialog import ConcernDialog
from desktop.dialogs.visit_dialog import VisitDialog
from tests.visit_fixtures import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store, monkeypatch):
    return build(monkeypatch)


def test_focus_lands_in_the_concerns_first_field(qtbot, data, context, drive_dialog):
    seen = {}

    def concern():
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConcernDialog))
        dialog = QApplication.activeModalWidget()
        # The window's focus widget: where typing goes once the window manager hands the new
        # dialog the keyboard (offscreen Qt does not activate it; on X, without this, Cancel had it)
        seen["focus"] = dialog.focusWidget()
        seen["first"] = dialog.fields["raised_on"]
        dialog.reject()

    def fill(dialog):
        dialog.area.setValue(data.areas["衡阳北"])
        dialog.participants.setValue([data.people["张三"]])
        qtbot.waitUntil(lambda: not dialog._timer.isActive())
        assert dialog.revalidate()
        QTimer.singleShot(0, concern)
        dialog.concern_button.click()

    drive_dialog(lambda: VisitDialog.ask(None, context), fill)
    assert seen["focus"] is seen["first"]


def test_the_one_member_talked_to_is_who_raised_it(qtbot, data, context, drive_dialog):
    """Save and add a concern on a visit that talked to one member: 提出人 is that member,
    and can still be changed to anyone else."""
    seen = {}

    def concern():
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConcernDialog))
        dialog = QApplication.activeModalWidget()
        raiser = dialog.fields["raised_by"]
        seen["raised_by"] = raiser.currentData()
        raiser.setCurrentIndex(raiser.findData(data.people["李四"]))
        seen["changed"] = dialog.data()["raised_by"]
        dialog.reject()

    def fill(dialog):
        dialog.area.setValue(data.areas["株洲站"])
        dialog._area_changed()
        dialog.participants.setValue([data.people["张三"]])
        dialog.talked_to.setValue([data.people["王五"]])
        qtbot.waitUntil(lambda: not dialog._timer.isActive())
        assert dialog.revalidate()
        QTimer.singleShot(0, concern)
        dialog.concern_button.click()

    drive_dialog(lambda: VisitDialog.ask(None, context), fill)
    assert seen == {"raised_by": data.people["王五"], "changed": data.people["李四"]}


@pytest.mark.parametrize("talked", [[], ["王五", "李四"]])
def test_no_one_or_several_talked_to_leaves_it_open(qtbot, data, context, talked):
    from db import records, visits

    visit = records.create(visits.KIND, {
        "visited_on": "2024-06-01", "work_area": data.areas["株洲站"],
        "participants": [data.people["张三"]], "talked_to": [data.people[n] for n in talked]})
    dialog = ConcernDialog(None, context, visit_id=visit.id)
    qtbot.addWidget(dialog)
    assert dialog.fields["raised_by"].currentData() is None
