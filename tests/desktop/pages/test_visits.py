"""The visits page driven through its widgets: create, edit, delete + undo, trash + restore,
search (pinyin initials too), each filter, the private summary, and the table model."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from db import records, visits
from db.models import Visit
from desktop.context import AppContext
from desktop.dialogs.visit_dialog import VisitDialog
from desktop.pages.visits import VisitsPage
from tests.desktop.scripted_dialogs import ScriptedDialogs
from tests.visit_fixtures import build

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store, monkeypatch):
    return build(monkeypatch)


@pytest.fixture
def page(qtbot, store, data, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(store=store, settings=settings, dialogs=ScriptedDialogs(), lang="en")
    widget = VisitsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.busy())   # the filters' choices, read in the background
    return widget


def shown(page, data):
    by_id = {v: k for k, v in data.visits.items()}
    return [by_id.get(i, "new") for i in page.model.ids()]


def search(qtbot, page, text):
    page.search.setText(text)
    qtbot.waitUntil(lambda: not page._search_timer.isActive())


def test_lists_newest_first_with_the_newest_selected(page, data):
    assert shown(page, data) == ["recent", "safety", "talk", "old"]
    assert page.current_id() == data.visits["recent"]
    assert "调研座谈" in page.detail_text.toPlainText()
    assert page.count_label.text() == "4 records"


def test_one_record_is_counted_in_the_singular(qtbot, page, data):
    search(qtbot, page, "调研座谈")
    assert len(page.model.ids()) == 1
    assert page.count_label.text() == "1 record"   # not "1 records"


def test_private_summary_hidden_until_asked(qtbot, page, data):
    row = page.model.row_of(data.visits["talk"])
    assert page.model.index(row, 7).data() == "(private)"
    page.select(data.visits["talk"])
    assert "谈了家里困难" not in page.detail_text.toPlainText()
    assert page.private_box.isVisible()
    qtbot.mouseClick(page.show_private_button, Qt.MouseButton.LeftButton)
    assert "谈了家里困难" in page.detail_text.toPlainText()
    assert not page.private_box.isVisible()
    page.select(data.visits["old"])
    page.select(data.visits["talk"])                    # hidden again when coming back
    assert "谈了家里困难" not in page.detail_text.toPlainText()


def test_detail_lists_people(page, data):
    page.select(data.visits["talk"])
    text = page.detail_text.toPlainText()
    assert "李四" in text and "王五" in text and "株洲站" in text


@pytest.mark.parametrize("text, expected", [
    ("zs", ["safety", "old"]),          # a participant's pinyin initials
    ("株洲", ["talk"]),                  # work area
    ("rail", ["safety"]),              # summary
    ("困难", []),                       # not in private summaries
])
def test_search(qtbot, page, data, text, expected):
    search(qtbot, page, text)
    assert shown(page, data) == expected


def test_ctrl_f_focuses_search(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus() or page.focusWidget() is page.search


def test_filters(qtbot, page, data):
    page.area_filter.setCurrentIndex(page.area_filter.findData(data.areas["长沙站"]))
    assert shown(page, data) == ["recent", "old"]
    page.area_filter.setCurrentIndex(0)
    page.tier_filter.setCurrentIndex(page.tier_filter.findData(3))
    assert shown(page, data) == ["talk"]
    page.tier_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("safety_check"))
    assert shown(page, data) == ["safety"]
    page.kind_filter.setCurrentIndex(0)
    page.cadre_filter.setCurrentIndex(page.cadre_filter.findData(data.people["张三"]))
    assert shown(page, data) == ["safety", "old"]
    page.cadre_filter.setCurrentIndex(0)
    page.date_from.setText("2024-03")                   # a month means its first day
    page.date_from.editingFinished.emit()
    page.date_to.setText("2024/5/31")
    page.date_to.editingFinished.emit()
    assert shown(page, data) == ["safety", "talk"]
    page.date_to.setText("not a date")
    page.date_to.editingFinished.emit()
    assert shown(page, data) == ["recent", "safety", "talk"]   # a bad date is ignored
    assert "b00020" in page.date_to.styleSheet()


def test_filter_by_area(page, data):
    page.search.setText("zs")
    page.filter_by_area(data.areas["株洲站"])
    assert page.search.text() == ""
    assert shown(page, data) == ["talk"]


def test_filter_by_area_before_the_choices_are_read(qtbot, store, data, tmp_path):
    """The coverage page sends people to a new visits page at once: the rows are the area's
    from the start, and the area filter names it as soon as its choices are read."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(store=store, settings=settings, dialogs=ScriptedDialogs(), lang="en")
    page = VisitsPage(context)
    qtbot.addWidget(page)
    assert page.busy() and page.area_filter.count() == 1   # All
    page.filter_by_area(data.areas["株洲站"])
    assert shown(page, data) == ["talk"]
    qtbot.waitUntil(lambda: not page.busy())
    assert page.area_filter.currentData() == data.areas["株洲站"]
    assert shown(page, data) == ["talk"]
    page.area_filter.setCurrentIndex(0)
    assert len(shown(page, data)) == len(data.visits)


def test_create_from_the_page(qtbot, page, data, drive_dialog):
    def fill(dialog):
        assert isinstance(dialog, VisitDialog)
        dialog.area.setValue(data.areas["衡阳北"])
        dialog.participants.setValue([data.people["李四"]])
        dialog.revalidate()
        dialog.save_button.click()

    with qtbot.waitSignal(page.context.events.changed):
        drive_dialog(page.new_button.click, fill)
    assert len(page.model.ids()) == 5 and shown(page, data)[0] == "new"


def test_edit_from_the_page(qtbot, page, data, drive_dialog):
    page.select(data.visits["old"])

    def fill(dialog):
        assert dialog.visit_id == data.visits["old"]
        dialog.workers.setValue(42)
        dialog.revalidate()
        dialog.save_button.click()

    drive_dialog(page.edit_button.click, fill)
    row = page.model.row_of(data.visits["old"])
    assert page.model.index(row, 6).data() == "42"
    assert page.current_id() == data.visits["old"]


def test_delete_undo_trash_restore(qtbot, page, data):
    page.select(data.visits["safety"])
    page.context.dialogs.confirm_answers = [True, True]
    page.delete_button.click()
    assert page.context.dialogs.shown[-1][0] == "confirm"
    assert "safety" not in shown(page, data)
    assert Visit.get_by_id(data.visits["safety"]).deleted
    assert page.undo_bar.isVisible()
    page.undo_button.click()
    assert "safety" in shown(page, data) and not Visit.get_by_id(data.visits["safety"]).deleted
    page.select(data.visits["old"])
    page.delete_button.click()
    page.trash.setChecked(True)
    assert shown(page, data) == ["old"]
    assert page.restore_button.isVisible() and not page.new_button.isEnabled()
    page.select(data.visits["old"])
    assert "In the trash" in page.detail_text.toPlainText()
    page.restore_button.click()
    assert shown(page, data) == []
    page.trash.setChecked(False)
    assert "old" in shown(page, data)


def test_delete_refused_when_cancelled(page, data):
    page.context.dialogs.confirm_answers = [False]
    page.select(data.visits["old"])
    page.delete_button.click()
    assert "old" in shown(page, data)


def test_sort_by_column(page, data):
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)      # kind
    assert shown(page, data) == ["safety", "recent", "talk", "old"]


def test_changes_elsewhere_refresh_the_page(page, data):
    records.delete(visits.KIND, data.visits["recent"])
    page.context.events.notify("visit")
    assert "recent" not in shown(page, data)


def test_model(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_the_people_who_went_are_joined_in_the_sessions_language(page, data, lang):
    """李四、张三 in Chinese, 李四, 张三 in English: the English detail had the Chinese mark."""
    page.select(data.visits["safety"])
    text = page.detail_text.toPlainText()
    assert ("李四、张三" if lang == "zh_CN" else "李四, 张三") in text
