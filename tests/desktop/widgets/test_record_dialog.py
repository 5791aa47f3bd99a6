"""RecordDialog: Save stays off while the record is invalid, but a new record's empty form is not
shown as a list of mistakes: a field's message appears once it is touched or on a save attempt;
a dialog for an existing record shows every problem at once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from db.errors import Problem, ValidationError
from db.validate import REQUIRED
from desktop.widgets.record_dialog import RecordDialog

NOT_A_NUMBER = "“{value}” is not a number."


def check(data: dict) -> dict:
    problems = [Problem(key, REQUIRED) for key in ("name", "code") if not data[key]]
    if data["code"] and not data["code"].isdigit():
        problems.append(Problem("code", NOT_A_NUMBER, {"value": data["code"]}))
    if data["name"] == "whole":
        problems.append(Problem("", "The record as a whole is wrong."))
    if problems:
        raise ValidationError(problems)
    return data


@pytest.fixture
def make(qtbot):
    saved = []

    def build(existing: bool = False, values: dict | None = None) -> RecordDialog:
        dialog = RecordDialog(None, "Test", check=check, save=saved.append, existing=existing)
        dialog.saved_rows = saved
        dialog.add_field("name", "Name", QLineEdit())
        dialog.add_field("code", "Code", QLineEdit())
        dialog.set_data(values or {})
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return build


def shown(dialog) -> list[str]:
    return sorted(key for key, label in dialog.errors.items() if label.isVisible())


def settle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog._timer.isActive())


def test_a_new_empty_dialog_shows_no_message_but_keeps_save_off(make):
    dialog = make()
    assert not dialog.save_button.isEnabled()
    assert shown(dialog) == [] and not dialog.general_error.isVisible()


def test_a_field_shows_its_message_once_touched(qtbot, make):
    dialog = make()
    qtbot.keyClicks(dialog.fields["code"], "x1")
    settle(qtbot, dialog)
    assert shown(dialog) == ["code"]  # the name is still empty, but untouched
    assert dialog.errors["code"].text() == "“x1” is not a number."
    dialog.fields["name"].setFocus()
    dialog.fields["code"].setFocus()  # left the name empty: now it says so
    settle(qtbot, dialog)
    assert shown(dialog) == ["code", "name"]
    assert dialog.errors["name"].text() == "This field is required."


def test_enter_on_an_invalid_dialog_shows_every_problem_and_saves_nothing(qtbot, make):
    dialog = make()
    qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_Return)
    assert shown(dialog) == ["code", "name"]
    assert dialog.isVisible() and dialog.saved_rows == []


def test_ctrl_enter_saves_a_valid_record(qtbot, make):
    dialog = make()
    qtbot.keyClicks(dialog.fields["name"], "North")
    qtbot.keyClicks(dialog.fields["code"], "12")
    qtbot.keyClick(dialog.fields["code"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_rows == [{"name": "North", "code": "12"}]
    assert not dialog.isVisible()


def test_values_filled_in_before_showing_do_not_count_as_touched(qtbot, make):
    dialog = make(values={"code": "abc"})
    assert shown(dialog) == []
    assert not dialog.save_button.isEnabled()


def test_an_existing_record_shows_its_problems_at_once(make):
    dialog = make(existing=True, values={"name": "whole", "code": "abc"})
    assert shown(dialog) == ["code"]
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "The record as a whole is wrong."


def test_problems_without_a_field_wait_for_a_touch_too(qtbot, make):
    dialog = make(values={"name": "whole", "code": "1"})
    assert not dialog.general_error.isVisible()
    qtbot.keyClicks(dialog.fields["code"], "2")
    settle(qtbot, dialog)
    assert dialog.general_error.isVisible()


def test_a_fixed_height_field_stays_beside_its_label_in_a_roomy_dialog(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    dialog = RecordDialog(None, "Test", check=lambda data: None, save=lambda data: data)
    qtbot.addWidget(dialog)
    dialog.add_field("name", "Name", QLineEdit())
    lines = QPlainTextEdit()
    lines.setFixedHeight(70)
    dialog.add_field("notes", "Notes", lines)
    dialog.resize(500, 600)  # far more room than the fields need
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.form.labelForField(lines.parentWidget())
    assert abs(lines.mapTo(dialog, lines.rect().topLeft()).y()
               - label.mapTo(dialog, label.rect().topLeft()).y()) < 10


@pytest.mark.parametrize("values", [{}, {"name": "a", "code": "1"}])
def test_typing_starts_in_the_first_field(qtbot, make, values):
    """Whether Save is on or off, the keyboard is in the first field, not on a button (on X,
    Qt handed it to Save or Cancel, and what was typed went nowhere)."""
    dialog = make(values=values)
    assert dialog.focusWidget() is dialog.fields["name"]
    qtbot.keyClicks(dialog.focusWidget(), "b")
    assert dialog.fields["name"].text().endswith("b")  # (a filled field's text was selected)
