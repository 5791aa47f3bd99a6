"""Quick visit entry from the keyboard alone, validation by field, editing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from db import records, visits
from db.models import Visit
from db.visit_queries import visit_detail
from desktop.dialogs.concern_dialog import ConcernDialog
from desktop.dialogs.visit_dialog import VisitDialog, default_participant_key
from tests.visit_fixtures import TODAY, build

# Completer popups on the offscreen platform say they cannot grab the keyboard or raise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as a person presses it: an open completer popup gets it first, as on a screen."""
    qtbot.keyClick(QApplication.activePopupWidget() or widget, key, modifier)


@pytest.fixture
def data(store, monkeypatch):
    return build(monkeypatch)


@pytest.fixture
def today():
    return TODAY


def open_dialog(qtbot, context, visit_id=None):
    dialog = VisitDialog(None, context, visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def settle(qtbot, dialog):
    """Let the as-you-type validation run: the pause after the last key ends (no sleep: the
    wait ends when its timer has fired), then the fields are checked."""
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=2000)
    dialog.revalidate()


def new_visits(data):
    return list(Visit.select().where(Visit.id.not_in(list(data.visits.values()))))


def test_quick_entry_from_the_keyboard(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    assert dialog.date.text() == TODAY.isoformat()
    assert dialog.focusWidget() is dialog.area.edit
    qtbot.keyClicks(dialog.area.edit, "zzz")          # 株洲站 by its initials
    press(qtbot, dialog.area.edit, Qt.Key.Key_Tab)
    assert dialog.area.value() == data.areas["株洲站"]
    assert dialog.focusWidget() is dialog.participants.edit
    qtbot.keyClicks(dialog.participants.edit, "zs")
    press(qtbot, dialog.participants.edit, Qt.Key.Key_Down)     # pick from the list
    press(qtbot, dialog.participants.edit, Qt.Key.Key_Return)
    assert dialog.participants.value() == [data.people["张三"]]
    assert dialog.focusWidget() is dialog.participants.edit   # ready for another cadre
    qtbot.keyClicks(dialog.participants.edit, "lisi")           # typed, Enter without the list
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Return)
    assert dialog.participants.value() == [data.people["张三"], data.people["李四"]]
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Backspace)  # on empty: drop the last
    assert dialog.participants.value() == [data.people["张三"]]
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.kind
    qtbot.keyClicks(dialog.kind, "H")                   # Heart-to-heart talk
    assert dialog.kind.currentData() == "talk"
    assert dialog.private.isChecked()                   # private by default for a talk
    for widget, text in ((dialog.hours, "1.5"), (dialog.workers, "3")):
        widget.setFocus()
        widget.lineEdit().selectAll()
        qtbot.keyClicks(widget, text)
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "school fees")  # (QTest types Latin-1 only)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.talked_to.edit
    qtbot.keyClicks(dialog.talked_to.edit, "ww")
    press(qtbot, dialog.talked_to.edit, Qt.Key.Key_Down)
    press(qtbot, dialog.talked_to.edit, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == VisitDialog.DialogCode.Accepted
    [visit] = new_visits(data)
    detail = visit_detail(visit.id)
    assert (detail["visited_on"], detail["area"], detail["kind"]) == (TODAY, "株洲站", "talk")
    assert detail["private"] and detail["summary"] == "school fees"
    assert (detail["hours"], detail["workers_met"]) == (1.5, 3)
    assert [p["name"] for p in detail["participants"]] == ["张三"]
    assert [p["name"] for p in detail["talked_to"]] == ["王五"]
    assert context.settings.value(default_participant_key(context)) == data.people["张三"]


def test_default_participant_and_private_choice_kept(qtbot, data, context):
    context.settings.setValue(default_participant_key(context), data.people["李四"])
    dialog = open_dialog(qtbot, context)
    assert dialog.participants.value() == [data.people["李四"]]
    qtbot.mouseClick(dialog.private, Qt.MouseButton.LeftButton)   # the user says: private
    dialog.kind.setCurrentIndex(dialog.kind.findData("survey"))
    assert dialog.private.isChecked()                              # their choice stays


def test_date_steps_with_keys(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Down)
    assert dialog.date.text() == "2024-06-18"
    qtbot.keyClick(dialog.date, Qt.Key.Key_Up)
    assert dialog.date.text() == "2024-06-19"


def test_validation_refusals_are_shown_by_field(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    settle(qtbot, dialog)
    assert not dialog.save_button.isEnabled()
    assert not dialog.errors["work_area"].isVisibleTo(dialog)  # nothing touched yet
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save: why not
    assert dialog.errors["work_area"].isVisibleTo(dialog)
    assert dialog.errors["participants"].isVisibleTo(dialog)
    assert "at least one participating cadre" in dialog.errors["participants"].text()
    dialog.date.setText("2024-13-40")
    qtbot.keyClicks(dialog.area.edit, "no such place")
    dialog.talked_to.setValue([data.people["王五"]])
    dialog.participants.setValue([data.people["王五"]])      # not a cadre
    settle(qtbot, dialog)
    assert "not a date" in dialog.errors["visited_on"].text()
    assert "Nothing here is named “no such place”" in dialog.errors["work_area"].text()
    assert "王五 is not a cadre" in dialog.errors["participants"].text()
    assert not dialog.errors["talked_to"].isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and new_visits(data) == []
    dialog.date.setText("2024-06-21")                          # tomorrow
    settle(qtbot, dialog)
    assert "future" in dialog.errors["visited_on"].text()
    dialog.date.setText("2024/6/1")
    dialog.area.setValue(data.areas["长沙站"])
    dialog.participants.setValue([data.people["李四"]])
    settle(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    assert not any(label.isVisibleTo(dialog) for label in dialog.errors.values())


def test_escape_cancels_an_untouched_entry_at_once(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    qtbot.keyClick(dialog.area.edit, Qt.Key.Key_Escape)
    assert context.dialogs.shown == []
    assert not dialog.isVisible() and dialog.result() == VisitDialog.DialogCode.Rejected


@pytest.mark.parametrize("how", ["escape", "cancel"])
def test_escape_or_cancel_asks_before_dropping_what_was_typed(qtbot, data, context, how):
    """On the real window Esc dropped a whole typed visit without a word."""
    dialog = open_dialog(qtbot, context)
    dialog.area.setValue(data.areas["长沙站"])
    dialog.summary.setPlainText("检查道岔")

    def cancel():
        if how == "escape":
            qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
        else:
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()

    context.dialogs.confirm_answers.append(False)  # keep it
    cancel()
    assert [kind for kind, *_ in context.dialogs.shown] == ["confirm"]
    assert dialog.isVisible() and dialog.summary.toPlainText() == "检查道岔"
    context.dialogs.confirm_answers.append(True)  # now drop it
    cancel()
    assert not dialog.isVisible() and dialog.result() == VisitDialog.DialogCode.Rejected
    assert new_visits(data) == []


def test_edit_mode(qtbot, data, context):
    dialog = open_dialog(qtbot, context, data.visits["talk"])
    assert dialog.windowTitle() == "Edit visit"
    assert dialog.area.edit.text() == "株洲站" and dialog.private.isChecked()
    assert dialog.summary.toPlainText() == "谈了家里困难"
    assert dialog.talked_to.value() == [data.people["王五"]]
    dialog.hours.setValue(4)
    dialog.participants.edit.setFocus()
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Backspace)   # removes 李四
    qtbot.keyClicks(dialog.participants.edit, "zhangsan")
    press(qtbot, dialog.participants.edit, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    dialog.save_button.click()
    detail = visit_detail(data.visits["talk"])
    assert detail["hours"] == 4 and [p["name"] for p in detail["participants"]] == ["张三"]
    assert new_visits(data) == []


def test_save_then_add_concern(qtbot, data, context, monkeypatch, drive_dialog):
    opened = []
    monkeypatch.setattr(ConcernDialog, "ask", classmethod(
        lambda cls, parent, ctx, visit_id: opened.append(visit_id) or (None, False)))

    def fill(dialog):
        assert dialog.concern_button.isEnabled()
        dialog.area.setValue(data.areas["衡阳北"])
        dialog.participants.setValue([data.people["张三"]])
        settle(qtbot, dialog)
        dialog.concern_button.click()

    changed = []
    context.events.changed.connect(changed.append)
    result = []
    drive_dialog(lambda: result.append(VisitDialog.ask(None, context)), fill)
    [visit] = new_visits(data)
    assert result == [(visit, True)] and changed == ["visit"]
    assert opened == [visit.id]  # the concern dialog for the visit just saved


def test_a_removed_participant_cannot_be_saved(qtbot, data, context):
    records.edit(visits.KIND, data.visits["old"], {"participants": [data.people["李四"]]})
    dialog = open_dialog(qtbot, context, data.visits["old"])
    dialog.participants.remove(data.people["李四"])
    settle(qtbot, dialog)
    assert not dialog.save_button.isEnabled()


def type_text(widget, text):
    """Keys as an input method sends them, one character each (QTest types Latin-1 only)."""
    target = widget.focusProxy() or widget
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.mark.parametrize(("typed", "hours"), [("1,5", 1.5), ("１.５", 1.5), ("２，５", 2.5),
                                              ("0.5", 0.5), ("３", 3.0)])
def test_hours_typed_with_a_decimal_comma_or_full_width(qtbot, data, context, typed, hours):
    """“1,5” is one and a half hours (a comma cannot group thousands under 24), never 15; an
    input method's full-width digits are digits."""
    dialog = open_dialog(qtbot, context)
    dialog.hours.setFocus()
    dialog.hours.lineEdit().selectAll()
    type_text(dialog.hours, typed)
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Tab)
    assert dialog.hours.value() == hours


def test_workers_met_typed_in_full_width(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    dialog.workers.setFocus()
    dialog.workers.lineEdit().selectAll()
    type_text(dialog.workers, "１２")
    qtbot.keyClick(dialog.workers, Qt.Key.Key_Tab)
    assert dialog.workers.value() == 12



@pytest.mark.parametrize(("typed", "shown"), [("6/3", "2024-06-03"), ("6月3日", "2024-06-03"),
                                              ("12/25", "2023-12-25"), ("2024.6.3", "2024.6.3")])
def test_a_date_typed_without_its_year(qtbot, data, context, typed, shown):
    """6/3 is the latest 3 June up to today (TODAY is 2024-06-20), shown in full on leaving."""
    dialog = open_dialog(qtbot, context)
    dialog.date.setFocus()
    dialog.date.selectAll()
    type_text(dialog.date, typed)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    assert dialog.date.text() == shown


def test_saved_with_ctrl_enter_from_a_date_without_its_year(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    dialog.area.setValue(data.areas["株洲站"])
    dialog.participants.setValue([data.people["张三"]])
    settle(qtbot, dialog)
    dialog.date.setFocus()
    dialog.date.selectAll()
    type_text(dialog.date, "6.3")
    assert dialog.focusWidget() is dialog.date
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == VisitDialog.DialogCode.Accepted
    [visit] = new_visits(data)
    assert visit_detail(visit.id)["visited_on"].isoformat() == "2024-06-03"
