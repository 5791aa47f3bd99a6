"""Quick visit entry, the keyboard's finer points: the kind list answers pinyin initials, an
unknown work area is named and keeps the focus, the last cadre is remembered per data folder."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from db.store import Store
from desktop.context import AppContext
from desktop.dialogs.visit_dialog import VisitDialog, default_participant_key
from desktop.i18n import Translations
from tests.desktop.scripted_dialogs import ScriptedDialogs
from tests.visit_fixtures import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store, monkeypatch):
    return build(monkeypatch)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(store, settings):
    return AppContext(store=store, settings=settings, dialogs=ScriptedDialogs(), lang="en")


@pytest.fixture
def chinese():
    app = QApplication.instance()
    translations = Translations("zh_CN")
    translations.install(app)
    yield
    translations.uninstall(app)


def open_dialog(qtbot, context):
    dialog = VisitDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_kind_list_takes_pinyin_initials(qtbot, data, context, chinese):
    dialog = open_dialog(qtbot, context)
    assert dialog.kind.currentText() == "跟班作业"
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "tx")              # 谈心谈话 (tán xīn tán huà)
    assert dialog.kind.currentData() == "talk"
    assert dialog.private.isChecked()
    dialog.kind.type_ahead("")  # (no-op guard: an empty prefix matches the first item)
    dialog.kind._clock.invalidate()  # a pause longer than the keyboard interval: start over
    qtbot.keyClicks(dialog.kind, "aqjc")            # 安全检查
    assert dialog.kind.currentData() == "safety_check"
    dialog.kind._clock.invalidate()
    qtbot.keyClicks(dialog.kind, "q")               # 其他
    assert dialog.kind.currentData() == "other"


def test_kind_list_takes_english_initial_letters(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "su")              # Survey meeting, not Shift work-along
    assert dialog.kind.currentData() == "survey"


def test_an_unknown_work_area_is_named_and_keeps_the_focus(qtbot, data, context, chinese):
    dialog = open_dialog(qtbot, context)
    assert dialog.focusWidget() is dialog.area.edit
    qtbot.keyClicks(dialog.area.edit, "qwx")        # matches no area's name or pinyin
    popup = QApplication.activePopupWidget()
    if popup is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.area.edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.area.edit   # Enter did not move on
    error = dialog.errors["work_area"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "没有名为“qwx”的选项：请从列表中选择。"  # the unknown name, said
    assert not dialog.save_button.isEnabled()
    dialog.area.edit.clear()                          # fixed: Enter moves on again
    qtbot.keyClicks(dialog.area.edit, "zzz")        # 株洲站
    popup = QApplication.activePopupWidget()
    if popup is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.area.edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.participants.edit
    assert dialog.area.edit.text() == "株洲站"
    qtbot.waitUntil(lambda: not error.isVisible())


def test_last_cadre_is_remembered_per_data_folder(qtbot, data, context, settings, tmp_path):
    context.settings.setValue(default_participant_key(context), data.people["李四"])
    assert open_dialog(qtbot, context).participants.value() == [data.people["李四"]]
    other = Store.open(tmp_path / "other")       # a second data folder, same machine
    try:
        second = AppContext(store=other, settings=settings, dialogs=ScriptedDialogs(), lang="en")
        assert default_participant_key(second) != default_participant_key(context)
        assert settings.value(default_participant_key(second)) is None
    finally:
        other.close()


def filled(qtbot, data, context):
    dialog = open_dialog(qtbot, context)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.area.setValue(data.areas["长沙站"])
    dialog.participants.setValue([data.people["张三"]])
    qtbot.waitUntil(lambda: not dialog._timer.isActive())
    assert dialog.revalidate()
    return dialog


def new_visits(data):
    from db.models import Visit

    return list(Visit.select().where(Visit.id.not_in(list(data.visits.values()))))


@pytest.mark.parametrize("field", ["kind", "private", "hours", "workers"])
def test_enter_in_a_middle_field_moves_on_and_saves_nothing(qtbot, data, context, field):
    """On the real window Enter on the kind list (or the hours) saved the visit half typed:
    the field let the key through to the dialog, whose Save Qt had made the default."""
    dialog = filled(qtbot, data, context)
    widget = getattr(dialog, field)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert dialog.isVisible() and new_visits(data) == []
    order = [dialog.kind, dialog.private, dialog.hours, dialog.workers, dialog.summary]
    assert dialog.focusWidget() is order[order.index(widget) + 1]


def test_enter_on_cancel_cancels(qtbot, data, context):
    """On the real window Enter on the focused Cancel saved the visit."""
    dialog = filled(qtbot, data, context)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.setFocus()
    context.dialogs.confirm_answers.append(True)  # drop what was typed
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert not dialog.isVisible() and new_visits(data) == []


def test_enter_in_the_empty_last_field_saves(qtbot, data, context):
    dialog = filled(qtbot, data, context)
    dialog.talked_to.edit.setFocus()
    qtbot.keyClick(dialog.talked_to.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and len(new_visits(data)) == 1
