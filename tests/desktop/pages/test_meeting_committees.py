"""The committee tab of the 组织生活 page, from the keyboard: a seat given (New, arrows, typed
role and date, Ctrl+Enter), ended on a day (End seat), and refused — a member of another branch,
an end before the start, an overlap with the member's seat — with the database unchanged."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import branches, meetings, members, records
from db.models import CommitteeMember
from desktop.pages.meetings import MeetingsPage
from tests.db.helpers import digest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # the completer list

D = dt.date
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(context):
    branch = records.create(branches.KIND, {"name": "第一支部"})
    other = records.create(branches.KIND, {"name": "第二支部"})
    ids = {n: records.create(members.KIND, {"name": n, "branch": branch.id,
                                            "joined_on": "2010-01-01"}).id
           for n in ("李明", "王建国", "赵强")}
    ids["钱进"] = records.create(members.KIND, {"name": "钱进", "branch": other.id,
                                               "joined_on": "2010-01-01"}).id
    return {"branch": branch, "other": other, "ids": ids}


@pytest.fixture
def tab(qtbot, context, world):
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.committees))
    page.committees.refresh()
    tab = page.committees
    tab.branch_filter.setCurrentIndex(tab.branch_filter.findData(world["branch"].id))
    return tab


INITIALS = {"王建国": "wjg", "钱进": "qj", "赵强": "zq", "李明": "lm"}


def _pick(qtbot, picker, name: str) -> None:
    """Type the member's pinyin initials and Tab on, as a keyboard user does (a list of every
    member, 600 at a depot, is not gone through with the arrows)."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, INITIALS[name])
    qtbot.keyClick(QApplication.activePopupWidget() or picker.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: picker.edit.text() == name)


def _active(qtbot, dialog) -> None:
    """The dialog has the keyboard (the offscreen platform activates no window by itself once
    one has closed)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _press(qtbot, button) -> None:
    """A button reached with Tab and pressed with Space."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def test_a_seat_given_and_ended_from_the_keyboard(qtbot, tab, world, drive_dialog, type_into):
    def give(dialog):
        _active(qtbot, dialog)
        assert dialog.branch.currentData() == world["branch"].id   # the filter's committee
        _pick(qtbot, dialog.member, "王建国")
        type_into(dialog.role.lineEdit(), "组织委员")
        _retype(qtbot, dialog.start_on, "2023-1-1")
        qtbot.waitUntil(dialog.save_button.isEnabled)
        qtbot.keyClick(dialog.start_on, Qt.Key.Key_Return, CTRL)
        assert not dialog.isVisible(), dialog.general_error.text()

    drive_dialog(lambda: _press(qtbot, tab.new_button), give)
    seat = CommitteeMember.get()
    assert (seat.member_id, seat.role, seat.start_on, seat.end_on) == (
        world["ids"]["王建国"], "组织委员", D(2023, 1, 1), None)
    assert tab.current_id() == seat.id and tab.model.rowCount() == 1

    def end(dialog):
        _active(qtbot, dialog)
        assert dialog.focusWidget() is dialog.end_on and dialog.end_on.text() == "2024-06-15"
        _retype(qtbot, dialog.end_on, "2024-05-31")
        qtbot.waitUntil(dialog.save_button.isEnabled)
        qtbot.keyClick(dialog.end_on, Qt.Key.Key_Return, CTRL)
        assert not dialog.isVisible(), dialog.general_error.text()

    drive_dialog(lambda: _press(qtbot, tab.end_button), end)
    assert CommitteeMember.get().end_on == D(2024, 5, 31)
    # no longer in office today: the default view leaves it out, unticking shows it
    assert tab.model.rowCount() == 0
    _press(qtbot, tab.current_filter)
    assert not tab.current_filter.isChecked() and tab.model.rowCount() == 1
    assert meetings.expected_ids(world["branch"].id, "branch_committee", D(2024, 5, 31)) == [
        world["ids"]["王建国"]]


@pytest.mark.parametrize("case", ["other_branch", "end_before_start", "overlap"])
def test_a_refused_seat_keeps_save_off_and_writes_nothing(qtbot, tab, world, store, case,
                                                         drive_dialog):
    records.create(meetings.COMMITTEE_KIND, {"branch": world["branch"].id,
                                             "member": world["ids"]["李明"], "role": "书记",
                                             "start_on": "2023-01-01"})
    tab.refresh()
    before = digest(store.db)
    name, field, words = {
        "other_branch": ("钱进", "member", "not a member of 第一支部"),
        "end_before_start": ("赵强", "end_on", "before the start"),
        "overlap": ("李明", "start_on", "already sits on this committee"),
    }[case]

    def fill(dialog):
        _active(qtbot, dialog)
        _pick(qtbot, dialog.member, name)
        _retype(qtbot, dialog.start_on, "2024-01-01")
        if case == "end_before_start":
            _retype(qtbot, dialog.end_on, "2023-12-31")
        qtbot.keyClick(dialog.start_on, Qt.Key.Key_Return, CTRL)   # asks to save: shows why not
        assert dialog.isVisible() and not dialog.save_button.isEnabled()
        assert words in dialog.errors[field].text()
        tab.context.dialogs.confirm_answers.append(True)  # Esc: drop what was typed? yes
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    drive_dialog(lambda: _press(qtbot, tab.new_button), fill)
    assert digest(store.db) == before


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_button_of_the_tab_has_its_own_letter(qtbot, store, tmp_path, lang):
    """The tab is hidden when the page's own mnemonics test looks at it."""
    from PySide6.QtCore import QSettings

    from desktop.app import open_window
    from tests.desktop.test_mnemonics import mnemonic, shown_buttons

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(store, lang=lang, app_settings=settings)
    qtbot.addWidget(win)
    try:
        win.show()
        page = win.show_page("meetings")
        page.tabs.setCurrentIndex(page.tabs.indexOf(page.committees))
        menu = {mnemonic(a.text()) for a in win.menuBar().actions()}
        letters = [mnemonic(b.text()) for b in shown_buttons(page.committees)]
        assert None not in letters and len(set(letters)) == len(letters) >= 6
        assert not menu & set(letters)
    finally:
        from PySide6.QtWidgets import QApplication
        QApplication.instance()._branch_desk_translations.uninstall(QApplication.instance())
