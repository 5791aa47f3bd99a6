"""The 组织生活 page and its dialogs, driven from the keyboard: a meeting recorded with one absent
on shift, a refusal while someone is absent without a reason, a make-up from the absentee's row,
flagged meetings filtered, and the quota grid's colours."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import branches, clock, meetings, members, records
from db.models import MakeUp, Meeting
from desktop.pages.meetings import FLAGGED_BACKGROUND, MeetingsPage
from desktop.widgets.quota_grid import STATE_COLOURS
from desktop.widgets.record_table import ID_ROLE

D = dt.date


@pytest.fixture
def world(context, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 6, 14, 9, 0))
    branch = records.create(branches.KIND, {"name": "第一支部"})
    ids = [records.create(members.KIND, {"name": n, "branch": branch.id,
                                            "joined_on": "2010-01-01"}).id
           for n in ("王建国", "李明", "赵强")]
    return {"branch": branch, "ids": ids}


@pytest.fixture
def page(qtbot, context, world):
    widget = MeetingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.refresh()
    return widget


def test_a_meeting_recorded_from_the_keyboard(qtbot, page, world, drive_dialog, save_dialog):
    wang, li, zhao = world["ids"]
    page.list.branch_filter.setCurrentIndex(page.list.branch_filter.findData(world["branch"].id))

    def fill(dialog):
        assert dialog.kind.currentData() == "theme_day"
        dialog.held_on.setText("2024-06-10")
        dialog.held_on.editingFinished.emit()
        table = dialog.attendance.table
        assert table.rowCount() == 3           # the branch's roll on the day
        names = [table.item(r, 0).text() for r in range(3)]
        table.setFocus()
        table.setCurrentCell(names.index("赵强"), 0)
        qtbot.keyClick(table, Qt.Key.Key_Space)   # not present: a reason is asked for
        qtbot.waitUntil(lambda: not dialog.save_button.isEnabled())
        assert "赵强" in dialog.errors["attendance"].text()
        qtbot.keyClick(table, Qt.Key.Key_4)       # 4: on shift
        save_dialog(dialog)

    drive_dialog(lambda: page.list.edit_record(None), fill)
    meeting = Meeting.get()
    marks = {e["member"]: (e["present"], e["reason"])
             for e in meetings.attendance_entries(meeting.id)}
    assert marks == {wang: (True, None), li: (True, None), zhao: (False, "shift")}
    assert page.list.current_id() == meeting.id
    assert page.list.detail_panel.title.text().startswith("2024-06-10")


def test_absent_without_a_reason_keeps_save_off(qtbot, page, world, drive_dialog):
    page.list.branch_filter.setCurrentIndex(page.list.branch_filter.findData(world["branch"].id))

    def fill(dialog):
        dialog.attendance.mark(0, False, None)
        qtbot.waitUntil(lambda: not dialog.save_button.isEnabled())
        dialog.try_save()
        assert dialog.isVisible() and "absent" in dialog.errors["attendance"].text()
        dialog.attendance.mark_all_present()
        qtbot.waitUntil(dialog.save_button.isEnabled)
        dialog.reject()

    drive_dialog(lambda: page.list.edit_record(None), fill)
    assert Meeting.select().count() == 0


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's list, offscreen
def test_a_make_up_from_the_absentees_row(qtbot, page, world, drive_dialog, save_dialog):
    wang, li, zhao = world["ids"]
    meeting = records.create(meetings.KIND, {
        "branch": world["branch"].id, "kind": "theme_day", "held_on": D(2024, 6, 1),
        "attendance": [{"member": wang}, {"member": li},
                       {"member": zhao, "present": False, "reason": "sick"}]})
    page.refresh()
    page.show_record(meeting.id)
    detail = page.list.detail_panel
    row = next(i for i, r in enumerate(detail.rows) if not r.present)
    detail.attendance.setCurrentCell(row, 0)
    assert detail.make_up.isEnabled()

    def fill(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.fields["made_up_on"].setText("2024-06-12")
        dialog.by.edit.setFocus()  # with whom: typed by initials, not arrowed to in a list
        qtbot.keyClicks(dialog.by.edit, "wjg")
        qtbot.keyClick(QApplication.activePopupWidget() or dialog.by.edit, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: dialog.by.edit.text() == "王建国")
        save_dialog(dialog)

    drive_dialog(detail.request_make_up, fill)
    made = MakeUp.get()
    assert (made.member_id, made.made_up_on, made.by_id) == (zhao, D(2024, 6, 12), wang)
    assert detail.rows[row].make_up.startswith("2024-06-12") and not detail.make_up.isEnabled()


def test_flagged_meetings_are_marked_and_filtered(qtbot, page, world, monkeypatch):
    wang, li, zhao = world["ids"]
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 6, 14, 9, 0))
    late = records.create(meetings.KIND, {"branch": world["branch"].id, "kind": "theme_day",
                                    "held_on": D(2024, 3, 1), "attendance": [{"member": wang}]})
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2024, 5, 2, 9, 0))
    fine = records.create(meetings.KIND, {"branch": world["branch"].id, "kind": "theme_day",
                                    "held_on": D(2024, 5, 1), "attendance": [{"member": wang}]})
    page.refresh()
    model = page.list.model
    rows = {model.data(model.index(r, 0), ID_ROLE): r for r in range(model.rowCount())}
    assert set(rows) == {late.id, fine.id}
    background = model.data(model.index(rows[late.id], 0), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == FLAGGED_BACKGROUND
    assert "105 days" in model.data(model.index(rows[late.id], 4))
    page.list.flagged_filter.setChecked(True)
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())] == [late.id]


def test_the_quota_grid_colours_each_month(qtbot, page, world):
    wang, *_ = world["ids"]
    records.create(meetings.KIND, {"branch": world["branch"].id, "kind": "theme_day",
                             "held_on": D(2024, 5, 10), "attendance": [{"member": wang}]})
    page.show_quotas("theme_day")
    model = page.grid.model
    branch_row = next(r for r in range(model.rowCount())
                      if model.headerData(r, Qt.Orientation.Vertical) == "第一支部")
    months = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert months[-1] == "24-06" and len(months) == 12

    def colour(month):
        index = model.index(branch_row, months.index(month))
        return model.data(index, Qt.ItemDataRole.BackgroundRole).color().name(), \
            model.data(index)

    assert colour("24-05") == (STATE_COLOURS["met"], "1")
    assert colour("24-04") == (STATE_COLOURS["short"], "0")
    assert colour("24-06") == (STATE_COLOURS["pending"], "0")


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's list, offscreen
def test_the_chair_and_recorder_are_typed_by_initials(qtbot, page, world, drive_dialog,
                                                      save_dialog, type_into):
    """A depot has 600 members: the chair is found by name or initials (wjg ⇥ 王建国), not
    with the arrows through a list of all of them."""
    wang, li, _zhao = world["ids"]
    page.list.branch_filter.setCurrentIndex(page.list.branch_filter.findData(world["branch"].id))

    def fill(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.held_on.setText("2024-06-10")
        dialog.held_on.editingFinished.emit()
        type_into(dialog.chair.edit, "wjg")
        qtbot.keyClick(QApplication.activePopupWidget() or dialog.chair.edit, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: dialog.chair.edit.text() == "王建国")
        assert dialog.focusWidget() is dialog.recorder.edit
        type_into(dialog.recorder.edit, "lm")
        qtbot.keyClick(QApplication.activePopupWidget() or dialog.recorder.edit, Qt.Key.Key_Tab)
        save_dialog(dialog)

    drive_dialog(lambda: page.list.edit_record(None), fill)
    meeting = Meeting.get()
    assert (meeting.chair_id, meeting.recorder_id) == (wang, li)

    def check(dialog):  # and an edit shows them again
        assert (dialog.chair.edit.text(), dialog.recorder.edit.text()) == ("王建国", "李明")
        dialog.reject()

    drive_dialog(lambda: page.list.edit_record(meeting.id), check)


def test_the_first_absentee_owed_a_make_up_is_one_key_away(qtbot, page, world, drive_dialog,
                                                          save_dialog):
    """Absentees are listed after everyone present (61 at a branch assembly): the cursor waits
    on the first still owed a make-up, Alt+M records it, and it moves to the next owed; the
    make-up column takes the width the names leave."""
    wang, li, zhao = world["ids"]
    meeting = records.create(meetings.KIND, {
        "branch": world["branch"].id, "kind": "theme_day", "held_on": D(2024, 6, 1),
        "attendance": [{"member": wang, "present": False, "reason": "shift"}, {"member": li},
                       {"member": zhao, "present": False, "reason": "sick"}]})
    page.refresh()
    page.show_record(meeting.id)
    detail = page.list.detail_panel
    table = detail.attendance
    assert [r.name for r in detail.rows] == ["李明", "王建国", "赵强"]
    assert table.currentRow() == 1 and detail.make_up.isEnabled()
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(3)) == table.viewport().width()

    def fill(dialog):
        dialog.fields["made_up_on"].setText("2024-06-12")
        save_dialog(dialog)

    drive_dialog(detail.request_make_up, fill)
    assert MakeUp.get().member_id == wang
    assert table.currentRow() == 2 and detail.make_up.isEnabled()  # 赵强 next


def test_the_quota_grid_s_months_share_the_page_width(qtbot, page, world):
    page.tabs.setCurrentIndex(1)  # as Ctrl+Tab does
    view = page.grid.view
    qtbot.waitUntil(lambda: view.isVisible())
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(12)]
    assert sum(widths) == view.viewport().width() and max(widths) - min(widths) <= 1


def test_no_meeting_yet_says_what_to_do_not_that_the_filters_hide_it(qtbot, page):
    """A new database: the period (this year, always set) is no filter, so the empty table says
    to record the first meeting; a kind chosen makes it the filters' doing."""
    meetings_list = page.list
    qtbot.waitUntil(lambda: meetings_list.empty_label.isVisible())
    assert meetings_list.empty_label.text() == (
        "No meeting recorded in this period. Click “New” to record one.")
    meetings_list.kind_filter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: meetings_list.empty_label.text()
                    == "Nothing matches the search and filters.")
